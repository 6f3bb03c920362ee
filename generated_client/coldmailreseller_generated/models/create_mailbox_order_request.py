# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_cycle import BillingCycle
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_mailboxes_by_domain import OrderMailboxesByDomain


T = TypeVar("T", bound="CreateMailboxOrderRequest")


@_attrs_define
class CreateMailboxOrderRequest:
    """Mailboxes for a domain CMR already holds. Send exactly one of `subscriptionId` or `domainId`.

    Attributes:
        mailboxes (OrderMailboxesByDomain): Mailboxes to create, keyed by the real domain name (not a domain id).
        subscription_id (str | Unset): Active subscription to add the mailboxes to (scenario 1).
        domain_id (str | Unset): Domain whose cancelled subscription is replaced by a new one (scenario 2).
        auto_renew (bool | Unset): Renewal preference of the new subscription; only used with `domainId`.
        confirm (bool | Unset): `true` queues the order at once (wallet must cover it); `false` only creates it.
        billing_cycle (BillingCycle | Unset): Billing period; only MONTHLY is accepted.
    """

    mailboxes: OrderMailboxesByDomain
    subscription_id: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    confirm: bool | Unset = UNSET
    billing_cycle: BillingCycle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailboxes = self.mailboxes.to_dict()

        subscription_id = self.subscription_id

        domain_id = self.domain_id

        auto_renew = self.auto_renew

        confirm = self.confirm

        billing_cycle: str | Unset = UNSET
        if not isinstance(self.billing_cycle, Unset):
            billing_cycle = self.billing_cycle.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailboxes": mailboxes,
            }
        )
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if auto_renew is not UNSET:
            field_dict["autoRenew"] = auto_renew
        if confirm is not UNSET:
            field_dict["confirm"] = confirm
        if billing_cycle is not UNSET:
            field_dict["billingCycle"] = billing_cycle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_mailboxes_by_domain import OrderMailboxesByDomain

        d = dict(src_dict)
        mailboxes = OrderMailboxesByDomain.from_dict(d.pop("mailboxes"))

        subscription_id = d.pop("subscriptionId", UNSET)

        domain_id = d.pop("domainId", UNSET)

        auto_renew = d.pop("autoRenew", UNSET)

        confirm = d.pop("confirm", UNSET)

        _billing_cycle = d.pop("billingCycle", UNSET)
        billing_cycle: BillingCycle | Unset
        if isinstance(_billing_cycle, Unset):
            billing_cycle = UNSET
        else:
            billing_cycle = BillingCycle(_billing_cycle)

        create_mailbox_order_request = cls(
            mailboxes=mailboxes,
            subscription_id=subscription_id,
            domain_id=domain_id,
            auto_renew=auto_renew,
            confirm=confirm,
            billing_cycle=billing_cycle,
        )

        create_mailbox_order_request.additional_properties = d
        return create_mailbox_order_request

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
