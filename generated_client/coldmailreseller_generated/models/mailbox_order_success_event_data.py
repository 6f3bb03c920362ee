# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_provider import ServiceProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxOrderSuccessEventData")


@_attrs_define
class MailboxOrderSuccessEventData:
    """Mailbox order details; the docs table is cut after `price`.

    Attributes:
        domain_id (str | Unset):
        domain_name (str | Unset):
        user_id (str | Unset):
        user_email (str | Unset):
        subscription_id (str | Unset): Subscription created for this domain.
        order_id (str | Unset):
        workspace_type (ServiceProvider | str | Unset):
        creation_time (datetime.datetime | Unset):
        expiry_date (datetime.datetime | Unset): Subscription renewal date.
        price (float | Unset):
        quantity (int | Unset): Number of mailboxes (from the example).
    """

    domain_id: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_email: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    workspace_type: ServiceProvider | str | Unset = UNSET
    creation_time: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_id = self.domain_id

        domain_name = self.domain_name

        user_id = self.user_id

        user_email = self.user_email

        subscription_id = self.subscription_id

        order_id = self.order_id

        workspace_type: str | Unset
        if isinstance(self.workspace_type, Unset):
            workspace_type = UNSET
        elif isinstance(self.workspace_type, ServiceProvider):
            workspace_type = self.workspace_type.value
        else:
            workspace_type = self.workspace_type

        creation_time: str | Unset = UNSET
        if not isinstance(self.creation_time, Unset):
            creation_time = self.creation_time.isoformat()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        price = self.price

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if workspace_type is not UNSET:
            field_dict["workspaceType"] = workspace_type
        if creation_time is not UNSET:
            field_dict["creationTime"] = creation_time
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        domain_id = d.pop("domainId", UNSET)

        domain_name = d.pop("domainName", UNSET)

        user_id = d.pop("userId", UNSET)

        user_email = d.pop("userEmail", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        order_id = d.pop("orderId", UNSET)

        def _parse_workspace_type(data: object) -> ServiceProvider | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                workspace_type_type_0 = ServiceProvider(data)

                return workspace_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ServiceProvider | str | Unset, data)

        workspace_type = _parse_workspace_type(d.pop("workspaceType", UNSET))

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

        quantity = d.pop("quantity", UNSET)

        mailbox_order_success_event_data = cls(
            domain_id=domain_id,
            domain_name=domain_name,
            user_id=user_id,
            user_email=user_email,
            subscription_id=subscription_id,
            order_id=order_id,
            workspace_type=workspace_type,
            creation_time=creation_time,
            expiry_date=expiry_date,
            price=price,
            quantity=quantity,
        )

        mailbox_order_success_event_data.additional_properties = d
        return mailbox_order_success_event_data

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
