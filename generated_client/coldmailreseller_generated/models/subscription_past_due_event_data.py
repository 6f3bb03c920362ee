# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_enum, unknown_fields

from .service_provider import ServiceProvider
from .subscription_status import SubscriptionStatus

_SERVICE_PROVIDER: dict[str, ServiceProvider] = {member.value: member for member in ServiceProvider}
_SUBSCRIPTION_STATUS: dict[str, SubscriptionStatus] = {member.value: member for member in SubscriptionStatus}
_FIELDS = frozenset(
    (
        "userId",
        "userEmail",
        "subscriptionId",
        "domainId",
        "domain",
        "workspaceType",
        "quantity",
        "periodStart",
        "periodEnd",
        "autoRenew",
        "description",
        "subscriptionStatus",
    )
)


@_attrs_define(repr=False)
class SubscriptionPastDueEventData:
    """Subscription state carried by `subscription.past_due` (common subscription event fields; event-specific extras
    undocumented).

        Attributes:
            user_id (str | Unset):
            user_email (str | Unset):
            subscription_id (str | Unset):
            domain_id (str | Unset):
            domain (str | Unset): Domain name.
            workspace_type (ServiceProvider | str | Unset):
            quantity (int | Unset): Mailboxes in the subscription.
            period_start (datetime.datetime | Unset): Start of the current billing period.
            period_end (datetime.datetime | Unset): End of the current billing period.
            auto_renew (bool | Unset):
            description (str | Unset): Readable summary of the subscription.
            subscription_status (str | SubscriptionStatus | Unset):
    """

    user_id: str | Unset = UNSET
    user_email: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    domain: str | Unset = UNSET
    workspace_type: ServiceProvider | str | Unset = UNSET
    quantity: int | Unset = UNSET
    period_start: datetime.datetime | Unset = UNSET
    period_end: datetime.datetime | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    description: str | Unset = UNSET
    subscription_status: str | SubscriptionStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "user_id",
                "user_email",
                "subscription_id",
                "domain_id",
                "domain",
                "workspace_type",
                "quantity",
                "period_start",
                "period_end",
                "auto_renew",
                "description",
                "subscription_status",
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
        user_id = self.user_id

        user_email = self.user_email

        subscription_id = self.subscription_id

        domain_id = self.domain_id

        domain = self.domain

        workspace_type: str | Unset
        if isinstance(self.workspace_type, Unset):
            workspace_type = UNSET
        elif isinstance(self.workspace_type, ServiceProvider):
            workspace_type = self.workspace_type.value
        else:
            workspace_type = self.workspace_type

        quantity = self.quantity

        period_start: str | Unset = UNSET
        if not isinstance(self.period_start, Unset):
            period_start = self.period_start.isoformat()

        period_end: str | Unset = UNSET
        if not isinstance(self.period_end, Unset):
            period_end = self.period_end.isoformat()

        auto_renew = self.auto_renew

        description = self.description

        subscription_status: str | Unset
        if isinstance(self.subscription_status, Unset):
            subscription_status = UNSET
        elif isinstance(self.subscription_status, SubscriptionStatus):
            subscription_status = self.subscription_status.value
        else:
            subscription_status = self.subscription_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if domain is not UNSET:
            field_dict["domain"] = domain
        if workspace_type is not UNSET:
            field_dict["workspaceType"] = workspace_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if period_start is not UNSET:
            field_dict["periodStart"] = period_start
        if period_end is not UNSET:
            field_dict["periodEnd"] = period_end
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if description is not UNSET:
            field_dict["description"] = description
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status
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
        v_user_id = get("userId", UNSET)
        if type(v_user_id) is not str:
            if v_user_id is not UNSET:
                raise expected(at + "/userId", "a string", v_user_id)
            absent += 1

        v_user_email = get("userEmail", UNSET)
        if type(v_user_email) is not str:
            if v_user_email is not UNSET:
                raise expected(at + "/userEmail", "a string", v_user_email)
            absent += 1

        v_subscription_id = get("subscriptionId", UNSET)
        if type(v_subscription_id) is not str:
            if v_subscription_id is not UNSET:
                raise expected(at + "/subscriptionId", "a string", v_subscription_id)
            absent += 1

        v_domain_id = get("domainId", UNSET)
        if type(v_domain_id) is not str:
            if v_domain_id is not UNSET:
                raise expected(at + "/domainId", "a string", v_domain_id)
            absent += 1

        v_domain = get("domain", UNSET)
        if type(v_domain) is not str:
            if v_domain is not UNSET:
                raise expected(at + "/domain", "a string", v_domain)
            absent += 1

        v_workspace_type = get("workspaceType", UNSET)
        if type(v_workspace_type) is str:
            v_workspace_type = _SERVICE_PROVIDER.get(v_workspace_type) or unknown_enum(
                at + "/workspaceType", v_workspace_type
            )
        elif v_workspace_type is UNSET:
            absent += 1
        else:
            raise expected(at + "/workspaceType", "a string", v_workspace_type)

        v_quantity = get("quantity", UNSET)
        if type(v_quantity) is not int:
            if v_quantity is not UNSET:
                raise expected(at + "/quantity", "an integer", v_quantity)
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

        v_auto_renew = get("autoRenew", UNSET)
        if type(v_auto_renew) is not bool:
            if v_auto_renew is not UNSET:
                raise expected(at + "/autoRenew", "a boolean", v_auto_renew)
            absent += 1

        v_description = get("description", UNSET)
        if type(v_description) is not str:
            if v_description is not UNSET:
                raise expected(at + "/description", "a string", v_description)
            absent += 1

        v_subscription_status = get("subscriptionStatus", UNSET)
        if type(v_subscription_status) is str:
            v_subscription_status = _SUBSCRIPTION_STATUS.get(v_subscription_status) or unknown_enum(
                at + "/subscriptionStatus", v_subscription_status
            )
        elif v_subscription_status is UNSET:
            absent += 1
        else:
            raise expected(at + "/subscriptionStatus", "a string", v_subscription_status)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_user_id,
            v_user_email,
            v_subscription_id,
            v_domain_id,
            v_domain,
            v_workspace_type,
            v_quantity,
            v_period_start,
            v_period_end,
            v_auto_renew,
            v_description,
            v_subscription_status,
        )
        if len(d) != 12 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("user_id", "userId", "str", False),
                ("user_email", "userEmail", "str", False),
                ("subscription_id", "subscriptionId", "str", False),
                ("domain_id", "domainId", "str", False),
                ("domain", "domain", "str", False),
                ("workspace_type", "workspaceType", ("enum", ServiceProvider), False),
                ("quantity", "quantity", "int", False),
                ("period_start", "periodStart", "datetime", False),
                ("period_end", "periodEnd", "datetime", False),
                ("auto_renew", "autoRenew", "bool", False),
                ("description", "description", "str", False),
                ("subscription_status", "subscriptionStatus", ("enum", SubscriptionStatus), False),
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
