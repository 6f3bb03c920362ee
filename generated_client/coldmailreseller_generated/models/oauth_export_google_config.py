# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthExportGoogleConfig")


@_attrs_define
class OauthExportGoogleConfig:
    """OAuth settings for exporting Google mailboxes.

    Attributes:
        google_oauth_route (str | Unset): OAuth route (URL) of the receiving app.
        client_id (str | Unset): Google OAuth client id of the receiving app.
        app_name (str | Unset): Name of the receiving app.
    """

    google_oauth_route: str | Unset = UNSET
    client_id: str | Unset = UNSET
    app_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        google_oauth_route = self.google_oauth_route

        client_id = self.client_id

        app_name = self.app_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if google_oauth_route is not UNSET:
            field_dict["googleOauthRoute"] = google_oauth_route
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if app_name is not UNSET:
            field_dict["appName"] = app_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        google_oauth_route = d.pop("googleOauthRoute", UNSET)

        client_id = d.pop("clientId", UNSET)

        app_name = d.pop("appName", UNSET)

        oauth_export_google_config = cls(
            google_oauth_route=google_oauth_route,
            client_id=client_id,
            app_name=app_name,
        )

        oauth_export_google_config.additional_properties = d
        return oauth_export_google_config

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
