# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_warmed_up_mailbox import PreWarmedUpMailbox


T = TypeVar("T", bound="PreWarmupDomainAssignment")


@_attrs_define
class PreWarmupDomainAssignment:
    """Mailboxes assigned on one pre-warmed domain.

    Attributes:
        domain (str | Unset):
        subscription_id (str | Unset):
        pre_warmed_up_mailboxes (list[PreWarmedUpMailbox] | Unset):
    """

    domain: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    pre_warmed_up_mailboxes: list[PreWarmedUpMailbox] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        subscription_id = self.subscription_id

        pre_warmed_up_mailboxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pre_warmed_up_mailboxes, Unset):
            pre_warmed_up_mailboxes = []
            for pre_warmed_up_mailboxes_item_data in self.pre_warmed_up_mailboxes:
                pre_warmed_up_mailboxes_item = pre_warmed_up_mailboxes_item_data.to_dict()
                pre_warmed_up_mailboxes.append(pre_warmed_up_mailboxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if pre_warmed_up_mailboxes is not UNSET:
            field_dict["preWarmedUpMailboxes"] = pre_warmed_up_mailboxes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pre_warmed_up_mailbox import PreWarmedUpMailbox

        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        subscription_id = d.pop("subscriptionId", UNSET)

        _pre_warmed_up_mailboxes = d.pop("preWarmedUpMailboxes", UNSET)
        pre_warmed_up_mailboxes: list[PreWarmedUpMailbox] | Unset = UNSET
        if _pre_warmed_up_mailboxes is not UNSET:
            pre_warmed_up_mailboxes = []
            for pre_warmed_up_mailboxes_item_data in _pre_warmed_up_mailboxes:
                pre_warmed_up_mailboxes_item = PreWarmedUpMailbox.from_dict(pre_warmed_up_mailboxes_item_data)

                pre_warmed_up_mailboxes.append(pre_warmed_up_mailboxes_item)

        pre_warmup_domain_assignment = cls(
            domain=domain,
            subscription_id=subscription_id,
            pre_warmed_up_mailboxes=pre_warmed_up_mailboxes,
        )

        pre_warmup_domain_assignment.additional_properties = d
        return pre_warmup_domain_assignment

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
