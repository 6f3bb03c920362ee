# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformCredentialMetadata")


@_attrs_define
class PlatformCredentialMetadata:
    """Platform-specific settings stored with a credential (EmailBison needs the whole block). `clientId` is sent when
    adding a credential but is not echoed in the listing example.

        Attributes:
            app_base_url (str | Unset): Base URL of the platform app. Example: https://app.emailbison.com.
            client_id (str | Unset): Client id on the platform.
            app_name (str | Unset): Display name of the platform app.
            workspace (str | Unset): Workspace on the platform.
    """

    app_base_url: str | Unset = UNSET
    client_id: str | Unset = UNSET
    app_name: str | Unset = UNSET
    workspace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_base_url = self.app_base_url

        client_id = self.client_id

        app_name = self.app_name

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_base_url is not UNSET:
            field_dict["appBaseUrl"] = app_base_url
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if app_name is not UNSET:
            field_dict["appName"] = app_name
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_base_url = d.pop("appBaseUrl", UNSET)

        client_id = d.pop("clientId", UNSET)

        app_name = d.pop("appName", UNSET)

        workspace = d.pop("workspace", UNSET)

        platform_credential_metadata = cls(
            app_base_url=app_base_url,
            client_id=client_id,
            app_name=app_name,
            workspace=workspace,
        )

        platform_credential_metadata.additional_properties = d
        return platform_credential_metadata

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
