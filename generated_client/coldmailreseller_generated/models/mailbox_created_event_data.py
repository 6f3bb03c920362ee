# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxCreatedEventData")


@_attrs_define
class MailboxCreatedEventData:
    """Created mailbox. Only the fields of a simplified guide illustration are listed; the real payload carries full
    credentials.

        Attributes:
            user_id (str | Unset):
            order_id (str | Unset):
            mailbox_id (str | Unset):
            email (str | Unset):
    """

    user_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    mailbox_id: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        order_id = self.order_id

        mailbox_id = self.mailbox_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if mailbox_id is not UNSET:
            field_dict["mailboxId"] = mailbox_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        order_id = d.pop("orderId", UNSET)

        mailbox_id = d.pop("mailboxId", UNSET)

        email = d.pop("email", UNSET)

        mailbox_created_event_data = cls(
            user_id=user_id,
            order_id=order_id,
            mailbox_id=mailbox_id,
            email=email,
        )

        mailbox_created_event_data.additional_properties = d
        return mailbox_created_event_data

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
