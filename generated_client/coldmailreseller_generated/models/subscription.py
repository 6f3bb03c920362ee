# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_cycle import BillingCycle
from ..models.service_provider import ServiceProvider
from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """A mailbox subscription (one workspace on one domain).

    Attributes:
        subscription_id (str):
        subscription_status (str | SubscriptionStatus | Unset):
        total_mailbox_quantity (int | Unset): Mailboxes covered by the subscription.
        billing_cycle (BillingCycle | str | Unset):
        price_per_mailbox (float | Unset): Price per mailbox per billing cycle (example values are illustrative).
        period_start (datetime.datetime | Unset):
        period_end (datetime.datetime | Unset):
        service_provider (ServiceProvider | str | Unset):
        auto_renew (bool | Unset):
        user_id (str | Unset): Customer that owns the subscription.
        domain (str | Unset):
    """

    subscription_id: str
    subscription_status: str | SubscriptionStatus | Unset = UNSET
    total_mailbox_quantity: int | Unset = UNSET
    billing_cycle: BillingCycle | str | Unset = UNSET
    price_per_mailbox: float | Unset = UNSET
    period_start: datetime.datetime | Unset = UNSET
    period_end: datetime.datetime | Unset = UNSET
    service_provider: ServiceProvider | str | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    user_id: str | Unset = UNSET
    domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        subscription_status: str | Unset
        if isinstance(self.subscription_status, Unset):
            subscription_status = UNSET
        elif isinstance(self.subscription_status, SubscriptionStatus):
            subscription_status = self.subscription_status.value
        else:
            subscription_status = self.subscription_status

        total_mailbox_quantity = self.total_mailbox_quantity

        billing_cycle: str | Unset
        if isinstance(self.billing_cycle, Unset):
            billing_cycle = UNSET
        elif isinstance(self.billing_cycle, BillingCycle):
            billing_cycle = self.billing_cycle.value
        else:
            billing_cycle = self.billing_cycle

        price_per_mailbox = self.price_per_mailbox

        period_start: str | Unset = UNSET
        if not isinstance(self.period_start, Unset):
            period_start = self.period_start.isoformat()

        period_end: str | Unset = UNSET
        if not isinstance(self.period_end, Unset):
            period_end = self.period_end.isoformat()

        service_provider: str | Unset
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        elif isinstance(self.service_provider, ServiceProvider):
            service_provider = self.service_provider.value
        else:
            service_provider = self.service_provider

        auto_renew = self.auto_renew

        user_id = self.user_id

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriptionId": subscription_id,
            }
        )
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status
        if total_mailbox_quantity is not UNSET:
            field_dict["totalMailboxQuantity"] = total_mailbox_quantity
        if billing_cycle is not UNSET:
            field_dict["billingCycle"] = billing_cycle
        if price_per_mailbox is not UNSET:
            field_dict["pricePerMailbox"] = price_per_mailbox
        if period_start is not UNSET:
            field_dict["periodStart"] = period_start
        if period_end is not UNSET:
            field_dict["periodEnd"] = period_end
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscription_id = d.pop("subscriptionId")

        def _parse_subscription_status(data: object) -> str | SubscriptionStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subscription_status_type_0 = SubscriptionStatus(data)

                return subscription_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | SubscriptionStatus | Unset, data)

        subscription_status = _parse_subscription_status(d.pop("subscriptionStatus", UNSET))

        total_mailbox_quantity = d.pop("totalMailboxQuantity", UNSET)

        def _parse_billing_cycle(data: object) -> BillingCycle | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_cycle_type_0 = BillingCycle(data)

                return billing_cycle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCycle | str | Unset, data)

        billing_cycle = _parse_billing_cycle(d.pop("billingCycle", UNSET))

        price_per_mailbox = d.pop("pricePerMailbox", UNSET)

        _period_start = d.pop("periodStart", UNSET)
        period_start: datetime.datetime | Unset
        if isinstance(_period_start, Unset):
            period_start = UNSET
        else:
            period_start = datetime.datetime.fromisoformat(_period_start)

        _period_end = d.pop("periodEnd", UNSET)
        period_end: datetime.datetime | Unset
        if isinstance(_period_end, Unset):
            period_end = UNSET
        else:
            period_end = datetime.datetime.fromisoformat(_period_end)

        def _parse_service_provider(data: object) -> ServiceProvider | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_provider_type_0 = ServiceProvider(data)

                return service_provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ServiceProvider | str | Unset, data)

        service_provider = _parse_service_provider(d.pop("serviceProvider", UNSET))

        auto_renew = d.pop("autoRenew", UNSET)

        user_id = d.pop("userId", UNSET)

        domain = d.pop("domain", UNSET)

        subscription = cls(
            subscription_id=subscription_id,
            subscription_status=subscription_status,
            total_mailbox_quantity=total_mailbox_quantity,
            billing_cycle=billing_cycle,
            price_per_mailbox=price_per_mailbox,
            period_start=period_start,
            period_end=period_end,
            service_provider=service_provider,
            auto_renew=auto_renew,
            user_id=user_id,
            domain=domain,
        )

        subscription.additional_properties = d
        return subscription

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
