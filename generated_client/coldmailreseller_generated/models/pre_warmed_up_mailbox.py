# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreWarmedUpMailbox")


@_attrs_define
class PreWarmedUpMailbox:
    """A pre-warmed mailbox handed over with its credentials.

    Attributes:
        mailbox_id (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        profile_picture (str | Unset): Image URL.
        password (str | Unset):
        app_password (str | Unset):
        authenticator_secret (str | Unset): TOTP secret for two-factor login.
        is_admin (bool | Unset):
        warming_up_from (datetime.datetime | Unset): When warming started.
        expiry_date (datetime.datetime | Unset):
    """

    mailbox_id: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    profile_picture: str | Unset = UNSET
    password: str | Unset = UNSET
    app_password: str | Unset = UNSET
    authenticator_secret: str | Unset = UNSET
    is_admin: bool | Unset = UNSET
    warming_up_from: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailbox_id = self.mailbox_id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        profile_picture = self.profile_picture

        password = self.password

        app_password = self.app_password

        authenticator_secret = self.authenticator_secret

        is_admin = self.is_admin

        warming_up_from: str | Unset = UNSET
        if not isinstance(self.warming_up_from, Unset):
            warming_up_from = self.warming_up_from.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mailbox_id is not UNSET:
            field_dict["mailboxId"] = mailbox_id
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture
        if password is not UNSET:
            field_dict["password"] = password
        if app_password is not UNSET:
            field_dict["appPassword"] = app_password
        if authenticator_secret is not UNSET:
            field_dict["authenticatorSecret"] = authenticator_secret
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin
        if warming_up_from is not UNSET:
            field_dict["warmingUpFrom"] = warming_up_from
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mailbox_id = d.pop("mailboxId", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        profile_picture = d.pop("profilePicture", UNSET)

        password = d.pop("password", UNSET)

        app_password = d.pop("appPassword", UNSET)

        authenticator_secret = d.pop("authenticatorSecret", UNSET)

        is_admin = d.pop("isAdmin", UNSET)

        _warming_up_from = d.pop("warmingUpFrom", UNSET)
        warming_up_from: datetime.datetime | Unset
        if isinstance(_warming_up_from, Unset):
            warming_up_from = UNSET
        else:
            warming_up_from = datetime.datetime.fromisoformat(_warming_up_from)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        pre_warmed_up_mailbox = cls(
            mailbox_id=mailbox_id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            profile_picture=profile_picture,
            password=password,
            app_password=app_password,
            authenticator_secret=authenticator_secret,
            is_admin=is_admin,
            warming_up_from=warming_up_from,
            expiry_date=expiry_date,
        )

        pre_warmed_up_mailbox.additional_properties = d
        return pre_warmed_up_mailbox

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
