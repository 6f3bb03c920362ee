# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderMailbox")


@_attrs_define
class OrderMailbox:
    """One mailbox to provision on a domain.

    Attributes:
        username (str): Local part of the address (before the @).
        first_name (str): Given name shown on the mailbox.
        last_name (str): Family name shown on the mailbox.
        profile_picture (str | Unset): URL of a profile picture (JSON order only).
        on_warmup (bool | Unset): Enrol the mailbox in warmup once it is provisioned (known from the guide site only).
            Default: False.
    """

    username: str
    first_name: str
    last_name: str
    profile_picture: str | Unset = UNSET
    on_warmup: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        first_name = self.first_name

        last_name = self.last_name

        profile_picture = self.profile_picture

        on_warmup = self.on_warmup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "firstName": first_name,
                "lastName": last_name,
            }
        )
        if profile_picture is not UNSET:
            field_dict["profilePicture"] = profile_picture
        if on_warmup is not UNSET:
            field_dict["onWarmup"] = on_warmup

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        username = d.pop("username")

        first_name = d.pop("firstName")

        last_name = d.pop("lastName")

        profile_picture = d.pop("profilePicture", UNSET)

        on_warmup = d.pop("onWarmup", UNSET)

        order_mailbox = cls(
            username=username,
            first_name=first_name,
            last_name=last_name,
            profile_picture=profile_picture,
            on_warmup=on_warmup,
        )

        order_mailbox.additional_properties = d
        return order_mailbox

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
