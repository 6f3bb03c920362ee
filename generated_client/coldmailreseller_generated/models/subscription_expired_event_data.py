# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_provider import ServiceProvider
from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionExpiredEventData")


@_attrs_define
class SubscriptionExpiredEventData:
    """Subscription state carried by `subscription.expired` (common subscription event fields; event-specific extras
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        user_email = d.pop("userEmail", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        domain_id = d.pop("domainId", UNSET)

        domain = d.pop("domain", UNSET)

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

        quantity = d.pop("quantity", UNSET)

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

        auto_renew = d.pop("autoRenew", UNSET)

        description = d.pop("description", UNSET)

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

        subscription_expired_event_data = cls(
            user_id=user_id,
            user_email=user_email,
            subscription_id=subscription_id,
            domain_id=domain_id,
            domain=domain,
            workspace_type=workspace_type,
            quantity=quantity,
            period_start=period_start,
            period_end=period_end,
            auto_renew=auto_renew,
            description=description,
            subscription_status=subscription_status,
        )

        subscription_expired_event_data.additional_properties = d
        return subscription_expired_event_data

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
