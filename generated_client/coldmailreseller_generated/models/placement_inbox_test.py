# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlacementInboxTest")


@_attrs_define
class PlacementInboxTest:
    """Seed-inbox placement per provider; entry shape undocumented.

    Attributes:
        google (list[Any] | Unset):
        microsoft365 (list[Any] | Unset):
    """

    google: list[Any] | Unset = UNSET
    microsoft365: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        google: list[Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google

        microsoft365: list[Any] | Unset = UNSET
        if not isinstance(self.microsoft365, Unset):
            microsoft365 = self.microsoft365

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if google is not UNSET:
            field_dict["google"] = google
        if microsoft365 is not UNSET:
            field_dict["microsoft365"] = microsoft365

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        google = cast(list[Any], d.pop("google", UNSET))

        microsoft365 = cast(list[Any], d.pop("microsoft365", UNSET))

        placement_inbox_test = cls(
            google=google,
            microsoft365=microsoft365,
        )

        placement_inbox_test.additional_properties = d
        return placement_inbox_test

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
