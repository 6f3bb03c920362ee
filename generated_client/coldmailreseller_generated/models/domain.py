# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """A user's domain. Only the identifiers and the auto-renew flag have published field names; the other documented
    attributes (status, registration and expiry dates, purchase type, provider, protection, forwarding) are kept as
    extra properties until their names are known.

        Attributes:
            domain_id (str | Unset):
            domain_name (str | Unset):
            auto_renew (bool | Unset):
    """

    domain_id: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_id = self.domain_id

        domain_name = self.domain_name

        auto_renew = self.auto_renew

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain_id = d.pop("domainId", UNSET)

        domain_name = d.pop("domainName", UNSET)

        auto_renew = d.pop("autoRenew", UNSET)

        domain = cls(
            domain_id=domain_id,
            domain_name=domain_name,
            auto_renew=auto_renew,
        )

        domain.additional_properties = d
        return domain

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
