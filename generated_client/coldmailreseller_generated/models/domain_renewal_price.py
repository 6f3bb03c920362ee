# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainRenewalPrice")


@_attrs_define
class DomainRenewalPrice:
    """Renewal quote for one domain.

    Attributes:
        domain_name (str | Unset):
        domain_id (str | Unset):
        years (int | Unset): Renewal period in years.
        renewal_price (str | Unset): Price as a decimal string, e.g. "14.50".
        expire_on (datetime.datetime | Unset): Current expiry of the domain.
        auto_renew (bool | Unset):
    """

    domain_name: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    years: int | Unset = UNSET
    renewal_price: str | Unset = UNSET
    expire_on: datetime.datetime | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name = self.domain_name

        domain_id = self.domain_id

        years = self.years

        renewal_price = self.renewal_price

        expire_on: str | Unset = UNSET
        if not isinstance(self.expire_on, Unset):
            expire_on = self.expire_on.isoformat()

        auto_renew = self.auto_renew

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if years is not UNSET:
            field_dict["years"] = years
        if renewal_price is not UNSET:
            field_dict["renewalPrice"] = renewal_price
        if expire_on is not UNSET:
            field_dict["expireOn"] = expire_on
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain_name = d.pop("domainName", UNSET)

        domain_id = d.pop("domainId", UNSET)

        years = d.pop("years", UNSET)

        renewal_price = d.pop("renewalPrice", UNSET)

        _expire_on = d.pop("expireOn", UNSET)
        expire_on: datetime.datetime | Unset
        if isinstance(_expire_on, Unset):
            expire_on = UNSET
        else:
            expire_on = datetime.datetime.fromisoformat(_expire_on)

        auto_renew = d.pop("autoRenew", UNSET)

        domain_renewal_price = cls(
            domain_name=domain_name,
            domain_id=domain_id,
            years=years,
            renewal_price=renewal_price,
            expire_on=expire_on,
            auto_renew=auto_renew,
        )

        domain_renewal_price.additional_properties = d
        return domain_renewal_price

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
