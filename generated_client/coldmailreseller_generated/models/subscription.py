# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import (
    UNSET,
    Unset,
    expected,
    missing,
    model_json,
    model_repr,
    unknown_enum,
    unknown_fields,
)

from .billing_cycle import BillingCycle
from .service_provider import ServiceProvider
from .subscription_status import SubscriptionStatus

_BILLING_CYCLE: dict[str, BillingCycle] = {member.value: member for member in BillingCycle}
_SERVICE_PROVIDER: dict[str, ServiceProvider] = {member.value: member for member in ServiceProvider}
_SUBSCRIPTION_STATUS: dict[str, SubscriptionStatus] = {member.value: member for member in SubscriptionStatus}
_FIELDS = frozenset(
    (
        "subscriptionId",
        "subscriptionStatus",
        "totalMailboxQuantity",
        "billingCycle",
        "pricePerMailbox",
        "periodStart",
        "periodEnd",
        "serviceProvider",
        "autoRenew",
        "userId",
        "domain",
    )
)


@_attrs_define(repr=False)
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
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "subscription_id",
                "subscription_status",
                "total_mailbox_quantity",
                "billing_cycle",
                "price_per_mailbox",
                "period_start",
                "period_end",
                "service_provider",
                "auto_renew",
                "user_id",
                "domain",
            ),
        )

    @property
    def request_id(self) -> str | None:
        """CMR's request id of the answer this model was read from; None when CMR sent none, and on models built
        by hand or nested in another one."""
        return self._request_id

    def to_json(self, **dumps: Any) -> str:
        """`to_dict()` as JSON text; keyword arguments go to `json.dumps` (`indent=2`, ...)."""
        return model_json(self.to_dict(), **dumps)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of this model: wire names, fields left UNSET omitted, extra fields included."""
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
    def from_dict(cls, src_dict: Mapping[str, Any], at: str = "") -> Self:
        """Build the model from decoded JSON, checking it against the spec.

        Raises TypeError naming the JSON pointer (`at` is the pointer of `src_dict`) of the first field that does
        not match. Fields the spec does not declare are kept in `additional_properties`.
        """
        d: Any = src_dict
        if type(d) is not dict:
            raise expected(at, "an object", d)
        get = d.get
        absent = 0  # declared fields left out; d holds unknown fields when it has more than the rest
        v_subscription_id = get("subscriptionId", UNSET)
        if v_subscription_id is UNSET:
            raise missing(at, "subscriptionId")
        if type(v_subscription_id) is not str:
            raise expected(at + "/subscriptionId", "a string", v_subscription_id)

        v_subscription_status = get("subscriptionStatus", UNSET)
        if type(v_subscription_status) is str:
            v_subscription_status = _SUBSCRIPTION_STATUS.get(v_subscription_status) or unknown_enum(
                at + "/subscriptionStatus", v_subscription_status
            )
        elif v_subscription_status is UNSET:
            absent += 1
        else:
            raise expected(at + "/subscriptionStatus", "a string", v_subscription_status)

        v_total_mailbox_quantity = get("totalMailboxQuantity", UNSET)
        if type(v_total_mailbox_quantity) is not int:
            if v_total_mailbox_quantity is not UNSET:
                raise expected(at + "/totalMailboxQuantity", "an integer", v_total_mailbox_quantity)
            absent += 1

        v_billing_cycle = get("billingCycle", UNSET)
        if type(v_billing_cycle) is str:
            v_billing_cycle = _BILLING_CYCLE.get(v_billing_cycle) or unknown_enum(at + "/billingCycle", v_billing_cycle)
        elif v_billing_cycle is UNSET:
            absent += 1
        else:
            raise expected(at + "/billingCycle", "a string", v_billing_cycle)

        v_price_per_mailbox = get("pricePerMailbox", UNSET)
        if type(v_price_per_mailbox) is not int and type(v_price_per_mailbox) is not float:
            if v_price_per_mailbox is not UNSET:
                raise expected(at + "/pricePerMailbox", "a number", v_price_per_mailbox)
            absent += 1

        v_period_start = get("periodStart", UNSET)
        if type(v_period_start) is str:
            try:
                v_period_start = datetime.datetime.fromisoformat(v_period_start)
            except ValueError:
                raise expected(at + "/periodStart", "an ISO 8601 date-time", v_period_start) from None
        elif v_period_start is UNSET:
            absent += 1
        else:
            raise expected(at + "/periodStart", "an ISO 8601 date-time", v_period_start)

        v_period_end = get("periodEnd", UNSET)
        if type(v_period_end) is str:
            try:
                v_period_end = datetime.datetime.fromisoformat(v_period_end)
            except ValueError:
                raise expected(at + "/periodEnd", "an ISO 8601 date-time", v_period_end) from None
        elif v_period_end is UNSET:
            absent += 1
        else:
            raise expected(at + "/periodEnd", "an ISO 8601 date-time", v_period_end)

        v_service_provider = get("serviceProvider", UNSET)
        if type(v_service_provider) is str:
            v_service_provider = _SERVICE_PROVIDER.get(v_service_provider) or unknown_enum(
                at + "/serviceProvider", v_service_provider
            )
        elif v_service_provider is UNSET:
            absent += 1
        else:
            raise expected(at + "/serviceProvider", "a string", v_service_provider)

        v_auto_renew = get("autoRenew", UNSET)
        if type(v_auto_renew) is not bool:
            if v_auto_renew is not UNSET:
                raise expected(at + "/autoRenew", "a boolean", v_auto_renew)
            absent += 1

        v_user_id = get("userId", UNSET)
        if type(v_user_id) is not str:
            if v_user_id is not UNSET:
                raise expected(at + "/userId", "a string", v_user_id)
            absent += 1

        v_domain = get("domain", UNSET)
        if type(v_domain) is not str:
            if v_domain is not UNSET:
                raise expected(at + "/domain", "a string", v_domain)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_subscription_id,
            v_subscription_status,
            v_total_mailbox_quantity,
            v_billing_cycle,
            v_price_per_mailbox,
            v_period_start,
            v_period_end,
            v_service_provider,
            v_auto_renew,
            v_user_id,
            v_domain,
        )
        if len(d) != 11 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("subscription_id", "subscriptionId", "str", True),
                ("subscription_status", "subscriptionStatus", ("enum", SubscriptionStatus), False),
                ("total_mailbox_quantity", "totalMailboxQuantity", "int", False),
                ("billing_cycle", "billingCycle", ("enum", BillingCycle), False),
                ("price_per_mailbox", "pricePerMailbox", "number", False),
                ("period_start", "periodStart", "datetime", False),
                ("period_end", "periodEnd", "datetime", False),
                ("service_provider", "serviceProvider", ("enum", ServiceProvider), False),
                ("auto_renew", "autoRenew", "bool", False),
                ("user_id", "userId", "str", False),
                ("domain", "domain", "str", False),
            ),
            "keep",
        )

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
