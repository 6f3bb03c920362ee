# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainOrderSuccessEventData")


@_attrs_define
class DomainOrderSuccessEventData:
    """Registered domain and what it cost.

    Attributes:
        user_id (str | Unset):
        user_email (str | Unset):
        order_id (str | Unset):
        domain_id (str | Unset):
        domain_name (str | Unset): e.g. company.com
        creation_time (datetime.datetime | Unset):
        expiry_date (datetime.datetime | Unset):
        price (float | Unset):
    """

    user_id: str | Unset = UNSET
    user_email: str | Unset = UNSET
    order_id: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_email = self.user_email

        order_id = self.order_id

        domain_id = self.domain_id

        domain_name = self.domain_name

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        user_email = d.pop("userEmail", UNSET)

        order_id = d.pop("orderId", UNSET)

        domain_id = d.pop("domainId", UNSET)

        domain_name = d.pop("domainName", UNSET)

        _creation_time = d.pop("creationTime", UNSET)
        creation_time: datetime.datetime | Unset
        if isinstance(_creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = datetime.datetime.fromisoformat(_creation_time)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        price = d.pop("price", UNSET)

        domain_order_success_event_data = cls(
            user_id=user_id,
            user_email=user_email,
            order_id=order_id,
            domain_id=domain_id,
            domain_name=domain_name,
            creation_time=creation_time,
            expiry_date=expiry_date,
            price=price,
        )

        domain_order_success_event_data.additional_properties = d
        return domain_order_success_event_data

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
