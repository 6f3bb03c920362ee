# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mailbox_update import MailboxUpdate


T = TypeVar("T", bound="UpdateMailboxDetailsRequest")


@_attrs_define
class UpdateMailboxDetailsRequest:
    """
    Attributes:
        mailbox_data (list[MailboxUpdate] | MailboxUpdate): One mailbox change (object) or several (array, bulk).
    """

    mailbox_data: list[MailboxUpdate] | MailboxUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mailbox_update import MailboxUpdate

        mailbox_data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.mailbox_data, MailboxUpdate):
            mailbox_data = self.mailbox_data.to_dict()
        else:
            mailbox_data = []
            for mailbox_data_type_1_item_data in self.mailbox_data:
                mailbox_data_type_1_item = mailbox_data_type_1_item_data.to_dict()
                mailbox_data.append(mailbox_data_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailboxData": mailbox_data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_update import MailboxUpdate

        d = dict(src_dict)

        def _parse_mailbox_data(data: object) -> list[MailboxUpdate] | MailboxUpdate:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mailbox_data_type_0 = MailboxUpdate.from_dict(data)

                return mailbox_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            mailbox_data_type_1 = []
            _mailbox_data_type_1 = data
            for mailbox_data_type_1_item_data in _mailbox_data_type_1:
                mailbox_data_type_1_item = MailboxUpdate.from_dict(mailbox_data_type_1_item_data)

                mailbox_data_type_1.append(mailbox_data_type_1_item)

            return mailbox_data_type_1

        mailbox_data = _parse_mailbox_data(d.pop("mailboxData"))

        update_mailbox_details_request = cls(
            mailbox_data=mailbox_data,
        )

        update_mailbox_details_request.additional_properties = d
        return update_mailbox_details_request

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
