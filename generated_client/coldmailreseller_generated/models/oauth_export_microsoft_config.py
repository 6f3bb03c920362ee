# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OauthExportMicrosoftConfig")


@_attrs_define
class OauthExportMicrosoftConfig:
    """OAuth settings for exporting Microsoft mailboxes.

    Attributes:
        microsoft_oauth_route (str | Unset): OAuth route (URL) of the receiving app.
    """

    microsoft_oauth_route: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        microsoft_oauth_route = self.microsoft_oauth_route

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if microsoft_oauth_route is not UNSET:
            field_dict["microsoftOauthRoute"] = microsoft_oauth_route

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        microsoft_oauth_route = d.pop("microsoftOauthRoute", UNSET)

        oauth_export_microsoft_config = cls(
            microsoft_oauth_route=microsoft_oauth_route,
        )

        oauth_export_microsoft_config.additional_properties = d
        return oauth_export_microsoft_config

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
