# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDomain")


@_attrs_define
class OrderDomain:
    """A domain to register as part of an order.

    Attributes:
        domain (str): Domain name to register. Example: alicesender.com.
        years (int): Registration term in years. Example: 1.
        forward_to (str | Unset): Optional destination the domain forwards to.
    """

    domain: str
    years: int
    forward_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        years = self.years

        forward_to = self.forward_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "years": years,
            }
        )
        if forward_to is not UNSET:
            field_dict["forwardTo"] = forward_to

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain = d.pop("domain")

        years = d.pop("years")

        forward_to = d.pop("forwardTo", UNSET)

        order_domain = cls(
            domain=domain,
            years=years,
            forward_to=forward_to,
        )

        order_domain.additional_properties = d
        return order_domain

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
