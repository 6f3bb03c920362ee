# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecreateSubscriptionsRequest")


@_attrs_define
class RecreateSubscriptionsRequest:
    """Give `subscriptionIds` or `domainNames` (whether both may be combined is undocumented).

    Attributes:
        subscription_ids (list[str] | Unset): Subscriptions to recreate.
        domain_names (list[str] | Unset): Domains whose subscriptions to recreate.
    """

    subscription_ids: list[str] | Unset = UNSET
    domain_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_ids: list[str] | Unset = UNSET
        if not isinstance(self.subscription_ids, Unset):
            subscription_ids = self.subscription_ids

        domain_names: list[str] | Unset = UNSET
        if not isinstance(self.domain_names, Unset):
            domain_names = self.domain_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_ids is not UNSET:
            field_dict["subscriptionIds"] = subscription_ids
        if domain_names is not UNSET:
            field_dict["domainNames"] = domain_names

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscription_ids = cast(list[str], d.pop("subscriptionIds", UNSET))

        domain_names = cast(list[str], d.pop("domainNames", UNSET))

        recreate_subscriptions_request = cls(
            subscription_ids=subscription_ids,
            domain_names=domain_names,
        )

        recreate_subscriptions_request.additional_properties = d
        return recreate_subscriptions_request

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
