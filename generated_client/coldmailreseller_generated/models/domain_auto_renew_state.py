# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainAutoRenewState")


@_attrs_define
class DomainAutoRenewState:
    """Auto-renew flag of one domain after a toggle.

    Attributes:
        domain_name (str | Unset):
        domain_id (str | Unset):
        auto_renew (bool | Unset):
    """

    domain_name: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name = self.domain_name

        domain_id = self.domain_id

        auto_renew = self.auto_renew

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain_name = d.pop("domainName", UNSET)

        domain_id = d.pop("domainId", UNSET)

        auto_renew = d.pop("autoRenew", UNSET)

        domain_auto_renew_state = cls(
            domain_name=domain_name,
            domain_id=domain_id,
            auto_renew=auto_renew,
        )

        domain_auto_renew_state.additional_properties = d
        return domain_auto_renew_state

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
