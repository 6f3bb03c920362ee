# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailbox_updated_event_data_updated_fields import (
        MailboxUpdatedEventDataUpdatedFields,
    )


T = TypeVar("T", bound="MailboxUpdatedEventData")


@_attrs_define
class MailboxUpdatedEventData:
    """Mailbox change; other fields are undocumented.

    Attributes:
        updated_fields (MailboxUpdatedEventDataUpdatedFields | Unset): Only the fields that changed (shape
            undocumented).
    """

    updated_fields: MailboxUpdatedEventDataUpdatedFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        updated_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated_fields, Unset):
            updated_fields = self.updated_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if updated_fields is not UNSET:
            field_dict["updatedFields"] = updated_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_updated_event_data_updated_fields import (
            MailboxUpdatedEventDataUpdatedFields,
        )

        d = dict(src_dict)
        _updated_fields = d.pop("updatedFields", UNSET)
        updated_fields: MailboxUpdatedEventDataUpdatedFields | Unset
        if isinstance(_updated_fields, Unset):
            updated_fields = UNSET
        else:
            updated_fields = MailboxUpdatedEventDataUpdatedFields.from_dict(_updated_fields)

        mailbox_updated_event_data = cls(
            updated_fields=updated_fields,
        )

        mailbox_updated_event_data.additional_properties = d
        return mailbox_updated_event_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
