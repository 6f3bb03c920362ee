# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxUpdateResult")


@_attrs_define
class MailboxUpdateResult:
    """Per-mailbox outcome of a bulk update; some items may fail while others succeed.

    Attributes:
        mailbox_id (str | Unset):
        success (bool | Unset):
        message (str | Unset):
    """

    mailbox_id: str | Unset = UNSET
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailbox_id = self.mailbox_id

        success = self.success

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mailbox_id is not UNSET:
            field_dict["mailboxId"] = mailbox_id
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mailbox_id = d.pop("mailboxId", UNSET)

        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        mailbox_update_result = cls(
            mailbox_id=mailbox_id,
            success=success,
            message=message,
        )

        mailbox_update_result.additional_properties = d
        return mailbox_update_result

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
