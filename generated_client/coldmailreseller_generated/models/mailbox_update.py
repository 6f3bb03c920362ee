# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxUpdate")


@_attrs_define
class MailboxUpdate:
    """Changes for one mailbox; send only the fields to change.

    Attributes:
        mailbox_id (str): Mailbox to change.
        user_name (str | Unset): New username (note the capital N, unlike `username` in orders).
        first_name (str | Unset):
        last_name (str | Unset):
        profile_picture (str | Unset): URL of the new profile picture.
        remove_profile_picture (bool | Unset): `true` clears the current profile picture.
    """

    mailbox_id: str
    user_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    profile_picture: str | Unset = UNSET
    remove_profile_picture: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailbox_id = self.mailbox_id

        user_name = self.user_name

        first_name = self.first_name

        last_name = self.last_name

        profile_picture = self.profile_picture

        remove_profile_picture = self.remove_profile_picture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailboxId": mailbox_id,
            }
        )
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture
        if remove_profile_picture is not UNSET:
            field_dict["removeProfilePicture"] = remove_profile_picture

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mailbox_id = d.pop("mailboxId")

        user_name = d.pop("userName", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        profile_picture = d.pop("profilePicture", UNSET)

        remove_profile_picture = d.pop("removeProfilePicture", UNSET)

        mailbox_update = cls(
            mailbox_id=mailbox_id,
            user_name=user_name,
            first_name=first_name,
            last_name=last_name,
            profile_picture=profile_picture,
            remove_profile_picture=remove_profile_picture,
        )

        mailbox_update.additional_properties = d
        return mailbox_update

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
