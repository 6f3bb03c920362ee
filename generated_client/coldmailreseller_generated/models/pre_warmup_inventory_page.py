# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

from .pre_warmup_domain import PreWarmupDomain

_FIELDS = frozenset(
    (
        "inventory",
        "currentPage",
        "totalPages",
        "totalDomains",
        "totalMailboxes",
    )
)


@_attrs_define(repr=False)
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
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "inventory",
                "current_page",
                "total_pages",
                "total_domains",
                "total_mailboxes",
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
        v_inventory = get("inventory", UNSET)
        if type(v_inventory) is list:
            parse_v_inventory = PreWarmupDomain.from_dict
            at_v_inventory = at + "/inventory" + "/*"
            v_inventory = [parse_v_inventory(item, at_v_inventory) for item in v_inventory]
        elif v_inventory is UNSET:
            absent += 1
        else:
            raise expected(at + "/inventory", "an array", v_inventory)

        v_current_page = get("currentPage", UNSET)
        if type(v_current_page) is not int:
            if v_current_page is not UNSET:
                raise expected(at + "/currentPage", "an integer", v_current_page)
            absent += 1

        v_total_pages = get("totalPages", UNSET)
        if type(v_total_pages) is not int:
            if v_total_pages is not UNSET:
                raise expected(at + "/totalPages", "an integer", v_total_pages)
            absent += 1

        v_total_domains = get("totalDomains", UNSET)
        if type(v_total_domains) is not int:
            if v_total_domains is not UNSET:
                raise expected(at + "/totalDomains", "an integer", v_total_domains)
            absent += 1

        v_total_mailboxes = get("totalMailboxes", UNSET)
        if type(v_total_mailboxes) is not int:
            if v_total_mailboxes is not UNSET:
                raise expected(at + "/totalMailboxes", "an integer", v_total_mailboxes)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_inventory,
            v_current_page,
            v_total_pages,
            v_total_domains,
            v_total_mailboxes,
        )
        if len(d) != 5 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("inventory", "inventory", ("list", ("model", PreWarmupDomain)), False),
                ("current_page", "currentPage", "int", False),
                ("total_pages", "totalPages", "int", False),
                ("total_domains", "totalDomains", "int", False),
                ("total_mailboxes", "totalMailboxes", "int", False),
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
