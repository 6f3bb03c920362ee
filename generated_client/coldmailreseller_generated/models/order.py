# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """What CMR hands back when it accepts an order. Only the fields of the guide-site example are known.

    Attributes:
        order_id (str | Unset): Order identifier; pass it to the order status lookup and match it in order webhooks.
        unavailable_domains (list[Any] | Unset): Requested domains that could not be taken (item shape not documented;
            empty in the only example).
    """

    order_id: str | Unset = UNSET
    unavailable_domains: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        unavailable_domains: list[Any] | Unset = UNSET
        if not isinstance(self.unavailable_domains, Unset):
            unavailable_domains = self.unavailable_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if unavailable_domains is not UNSET:
            field_dict["unavailableDomains"] = unavailable_domains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        unavailable_domains = cast(list[Any], d.pop("unavailableDomains", UNSET))

        order = cls(
            order_id=order_id,
            unavailable_domains=unavailable_domains,
        )

        order.additional_properties = d
        return order

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
