# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_warmup_domain import PreWarmupDomain


T = TypeVar("T", bound="PreWarmupInventoryPage")


@_attrs_define
class PreWarmupInventoryPage:
    """One page of the pre-warmed inventory. Paging fields sit beside `inventory` (no `pagination` object here).

    Attributes:
        inventory (list[PreWarmupDomain] | Unset):
        current_page (int | Unset):
        total_pages (int | Unset):
        total_domains (int | Unset):
        total_mailboxes (int | Unset):
    """

    inventory: list[PreWarmupDomain] | Unset = UNSET
    current_page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_domains: int | Unset = UNSET
    total_mailboxes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inventory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inventory, Unset):
            inventory = []
            for inventory_item_data in self.inventory:
                inventory_item = inventory_item_data.to_dict()
                inventory.append(inventory_item)

        current_page = self.current_page

        total_pages = self.total_pages

        total_domains = self.total_domains

        total_mailboxes = self.total_mailboxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if total_domains is not UNSET:
            field_dict["totalDomains"] = total_domains
        if total_mailboxes is not UNSET:
            field_dict["totalMailboxes"] = total_mailboxes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pre_warmup_domain import PreWarmupDomain

        d = dict(src_dict)
        _inventory = d.pop("inventory", UNSET)
        inventory: list[PreWarmupDomain] | Unset = UNSET
        if _inventory is not UNSET:
            inventory = []
            for inventory_item_data in _inventory:
                inventory_item = PreWarmupDomain.from_dict(inventory_item_data)

                inventory.append(inventory_item)

        current_page = d.pop("currentPage", UNSET)

        total_pages = d.pop("totalPages", UNSET)

        total_domains = d.pop("totalDomains", UNSET)

        total_mailboxes = d.pop("totalMailboxes", UNSET)

        pre_warmup_inventory_page = cls(
            inventory=inventory,
            current_page=current_page,
            total_pages=total_pages,
            total_domains=total_domains,
            total_mailboxes=total_mailboxes,
        )

        pre_warmup_inventory_page.additional_properties = d
        return pre_warmup_inventory_page

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
