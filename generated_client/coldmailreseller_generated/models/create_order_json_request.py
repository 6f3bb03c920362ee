# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_cycle import BillingCycle
from ..models.service_provider import ServiceProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.google_oauth_config import GoogleOauthConfig
    from ..models.order_domain import OrderDomain
    from ..models.order_mailboxes_by_domain import OrderMailboxesByDomain


T = TypeVar("T", bound="CreateOrderJsonRequest")


@_attrs_define
class CreateOrderJsonRequest:
    """Domains to register plus the mailboxes to provision on them.

    Attributes:
        domains (list[OrderDomain]): Domains to register.
        mailboxes (OrderMailboxesByDomain): Mailboxes to create, keyed by the real domain name (not a domain id).
        billing_cycle (BillingCycle | Unset): Billing period; only MONTHLY is accepted.
        confirm (bool | Unset): `true` queues the order for processing at once (the wallet must cover it); `false` only
            creates it for later processing.
        service_provider (ServiceProvider | Unset): Mailbox provider.
        microsoft_oauth_route (str | Unset): OAuth route used to export Microsoft mailboxes; needed for MICROSOFT
            orders.
        google (GoogleOauthConfig | Unset): Google OAuth settings used when exporting Google mailboxes.
        auto_renew (bool | Unset): Whether the mailbox subscription renews automatically (does not cover the domain).
    """

    domains: list[OrderDomain]
    mailboxes: OrderMailboxesByDomain
    billing_cycle: BillingCycle | Unset = UNSET
    confirm: bool | Unset = UNSET
    service_provider: ServiceProvider | Unset = UNSET
    microsoft_oauth_route: str | Unset = UNSET
    google: GoogleOauthConfig | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domains = []
        for domains_item_data in self.domains:
            domains_item = domains_item_data.to_dict()
            domains.append(domains_item)

        mailboxes = self.mailboxes.to_dict()

        billing_cycle: str | Unset = UNSET
        if not isinstance(self.billing_cycle, Unset):
            billing_cycle = self.billing_cycle.value

        confirm = self.confirm

        service_provider: str | Unset = UNSET
        if not isinstance(self.service_provider, Unset):
            service_provider = self.service_provider.value

        microsoft_oauth_route = self.microsoft_oauth_route

        google: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google, Unset):
            google = self.google.to_dict()

        auto_renew = self.auto_renew

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domains": domains,
                "mailboxes": mailboxes,
            }
        )
        if billing_cycle is not UNSET:
            field_dict["billingCycle"] = billing_cycle
        if confirm is not UNSET:
            field_dict["confirm"] = confirm
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider
        if microsoft_oauth_route is not UNSET:
            field_dict["microsoftOauthRoute"] = microsoft_oauth_route
        if google is not UNSET:
            field_dict["google"] = google
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.google_oauth_config import GoogleOauthConfig
        from ..models.order_domain import OrderDomain
        from ..models.order_mailboxes_by_domain import OrderMailboxesByDomain

        d = dict(src_dict)
        domains = []
        _domains = d.pop("domains")
        for domains_item_data in _domains:
            domains_item = OrderDomain.from_dict(domains_item_data)

            domains.append(domains_item)

        mailboxes = OrderMailboxesByDomain.from_dict(d.pop("mailboxes"))

        _billing_cycle = d.pop("billingCycle", UNSET)
        billing_cycle: BillingCycle | Unset
        if isinstance(_billing_cycle, Unset):
            billing_cycle = UNSET
        else:
            billing_cycle = BillingCycle(_billing_cycle)

        confirm = d.pop("confirm", UNSET)

        _service_provider = d.pop("serviceProvider", UNSET)
        service_provider: ServiceProvider | Unset
        if isinstance(_service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = ServiceProvider(_service_provider)

        microsoft_oauth_route = d.pop("microsoftOauthRoute", UNSET)

        _google = d.pop("google", UNSET)
        google: GoogleOauthConfig | Unset
        if isinstance(_google, Unset):
            google = UNSET
        else:
            google = GoogleOauthConfig.from_dict(_google)

        auto_renew = d.pop("autoRenew", UNSET)

        create_order_json_request = cls(
            domains=domains,
            mailboxes=mailboxes,
            billing_cycle=billing_cycle,
            confirm=confirm,
            service_provider=service_provider,
            microsoft_oauth_route=microsoft_oauth_route,
            google=google,
            auto_renew=auto_renew,
        )

        create_order_json_request.additional_properties = d
        return create_order_json_request

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
