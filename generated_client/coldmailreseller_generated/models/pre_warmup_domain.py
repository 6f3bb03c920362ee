# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_warmup_inventory_mailbox import PreWarmupInventoryMailbox


T = TypeVar("T", bound="PreWarmupDomain")


@_attrs_define
class PreWarmupDomain:
    """A pre-warmed domain available for ordering, with its mailboxes and prices.

    Attributes:
        domain (str | Unset):
        pre_warmed_up_mailboxes (list[PreWarmupInventoryMailbox] | Unset):
        purchase_price (float | Unset):
        renewal_price (float | Unset):
    """

    domain: str | Unset = UNSET
    pre_warmed_up_mailboxes: list[PreWarmupInventoryMailbox] | Unset = UNSET
    purchase_price: float | Unset = UNSET
    renewal_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        pre_warmed_up_mailboxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pre_warmed_up_mailboxes, Unset):
            pre_warmed_up_mailboxes = []
            for pre_warmed_up_mailboxes_item_data in self.pre_warmed_up_mailboxes:
                pre_warmed_up_mailboxes_item = pre_warmed_up_mailboxes_item_data.to_dict()
                pre_warmed_up_mailboxes.append(pre_warmed_up_mailboxes_item)

        purchase_price = self.purchase_price

        renewal_price = self.renewal_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if pre_warmed_up_mailboxes is not UNSET:
            field_dict["preWarmedUpMailboxes"] = pre_warmed_up_mailboxes
        if purchase_price is not UNSET:
            field_dict["purchasePrice"] = purchase_price
        if renewal_price is not UNSET:
            field_dict["renewalPrice"] = renewal_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pre_warmup_inventory_mailbox import PreWarmupInventoryMailbox

        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        _pre_warmed_up_mailboxes = d.pop("preWarmedUpMailboxes", UNSET)
        pre_warmed_up_mailboxes: list[PreWarmupInventoryMailbox] | Unset = UNSET
        if _pre_warmed_up_mailboxes is not UNSET:
            pre_warmed_up_mailboxes = []
            for pre_warmed_up_mailboxes_item_data in _pre_warmed_up_mailboxes:
                pre_warmed_up_mailboxes_item = PreWarmupInventoryMailbox.from_dict(pre_warmed_up_mailboxes_item_data)

                pre_warmed_up_mailboxes.append(pre_warmed_up_mailboxes_item)

        purchase_price = d.pop("purchasePrice", UNSET)

        renewal_price = d.pop("renewalPrice", UNSET)

        pre_warmup_domain = cls(
            domain=domain,
            pre_warmed_up_mailboxes=pre_warmed_up_mailboxes,
            purchase_price=purchase_price,
            renewal_price=renewal_price,
        )

        pre_warmup_domain.additional_properties = d
        return pre_warmup_domain

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
