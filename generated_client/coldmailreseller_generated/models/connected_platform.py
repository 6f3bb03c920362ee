# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_credential import PlatformCredential


T = TypeVar("T", bound="ConnectedPlatform")


@_attrs_define
class ConnectedPlatform:
    """Connection state of one platform for a user.

    Attributes:
        connected (bool | Unset): True when at least one credential is stored; says nothing about whether it still works
            on the platform.
        credentials (list[PlatformCredential] | Unset):
    """

    connected: bool | Unset = UNSET
    credentials: list[PlatformCredential] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connected = self.connected

        credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = []
            for credentials_item_data in self.credentials:
                credentials_item = credentials_item_data.to_dict()
                credentials.append(credentials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connected is not UNSET:
            field_dict["connected"] = connected
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.platform_credential import PlatformCredential

        d = dict(src_dict)
        connected = d.pop("connected", UNSET)

        _credentials = d.pop("credentials", UNSET)
        credentials: list[PlatformCredential] | Unset = UNSET
        if _credentials is not UNSET:
            credentials = []
            for credentials_item_data in _credentials:
                credentials_item = PlatformCredential.from_dict(credentials_item_data)

                credentials.append(credentials_item)

        connected_platform = cls(
            connected=connected,
            credentials=credentials,
        )

        connected_platform.additional_properties = d
        return connected_platform

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
