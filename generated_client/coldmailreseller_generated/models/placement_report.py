# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

from .placement_mailbox_report import PlacementMailboxReport

_FIELDS = frozenset(
    (
        "orderId",
        "status",
        "spamassassin",
        "blacklist",
        "aiInsightRequested",
        "mailboxCount",
        "mailboxes",
    )
)


@_attrs_define(repr=False)
class PlacementReport:
    """Placement test results for one purchase (orderId), newest first.

    Attributes:
        order_id (str | Unset):
        status (str | Unset): e.g. PENDING.
        spamassassin (bool | Unset):
        blacklist (bool | Unset):
        ai_insight_requested (bool | Unset):
        mailbox_count (int | Unset):
        mailboxes (list[PlacementMailboxReport] | Unset):
    """

    order_id: str | Unset = UNSET
    status: str | Unset = UNSET
    spamassassin: bool | Unset = UNSET
    blacklist: bool | Unset = UNSET
    ai_insight_requested: bool | Unset = UNSET
    mailbox_count: int | Unset = UNSET
    mailboxes: list[PlacementMailboxReport] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "order_id",
                "status",
                "spamassassin",
                "blacklist",
                "ai_insight_requested",
                "mailbox_count",
                "mailboxes",
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
        order_id = self.order_id

        status = self.status

        spamassassin = self.spamassassin

        blacklist = self.blacklist

        ai_insight_requested = self.ai_insight_requested

        mailbox_count = self.mailbox_count

        mailboxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mailboxes, Unset):
            mailboxes = []
            for mailboxes_item_data in self.mailboxes:
                mailboxes_item = mailboxes_item_data.to_dict()
                mailboxes.append(mailboxes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if status is not UNSET:
            field_dict["status"] = status
        if spamassassin is not UNSET:
            field_dict["spamassassin"] = spamassassin
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist
        if ai_insight_requested is not UNSET:
            field_dict["aiInsightRequested"] = ai_insight_requested
        if mailbox_count is not UNSET:
            field_dict["mailboxCount"] = mailbox_count
        if mailboxes is not UNSET:
            field_dict["mailboxes"] = mailboxes
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
        v_order_id = get("orderId", UNSET)
        if type(v_order_id) is not str:
            if v_order_id is not UNSET:
                raise expected(at + "/orderId", "a string", v_order_id)
            absent += 1

        v_status = get("status", UNSET)
        if type(v_status) is not str:
            if v_status is not UNSET:
                raise expected(at + "/status", "a string", v_status)
            absent += 1

        v_spamassassin = get("spamassassin", UNSET)
        if type(v_spamassassin) is not bool:
            if v_spamassassin is not UNSET:
                raise expected(at + "/spamassassin", "a boolean", v_spamassassin)
            absent += 1

        v_blacklist = get("blacklist", UNSET)
        if type(v_blacklist) is not bool:
            if v_blacklist is not UNSET:
                raise expected(at + "/blacklist", "a boolean", v_blacklist)
            absent += 1

        v_ai_insight_requested = get("aiInsightRequested", UNSET)
        if type(v_ai_insight_requested) is not bool:
            if v_ai_insight_requested is not UNSET:
                raise expected(at + "/aiInsightRequested", "a boolean", v_ai_insight_requested)
            absent += 1

        v_mailbox_count = get("mailboxCount", UNSET)
        if type(v_mailbox_count) is not int:
            if v_mailbox_count is not UNSET:
                raise expected(at + "/mailboxCount", "an integer", v_mailbox_count)
            absent += 1

        v_mailboxes = get("mailboxes", UNSET)
        if type(v_mailboxes) is list:
            parse_v_mailboxes = PlacementMailboxReport.from_dict
            at_v_mailboxes = at + "/mailboxes" + "/*"
            v_mailboxes = [parse_v_mailboxes(item, at_v_mailboxes) for item in v_mailboxes]
        elif v_mailboxes is UNSET:
            absent += 1
        else:
            raise expected(at + "/mailboxes", "an array", v_mailboxes)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_order_id,
            v_status,
            v_spamassassin,
            v_blacklist,
            v_ai_insight_requested,
            v_mailbox_count,
            v_mailboxes,
        )
        if len(d) != 7 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("order_id", "orderId", "str", False),
                ("status", "status", "str", False),
                ("spamassassin", "spamassassin", "bool", False),
                ("blacklist", "blacklist", "bool", False),
                ("ai_insight_requested", "aiInsightRequested", "bool", False),
                ("mailbox_count", "mailboxCount", "int", False),
                ("mailboxes", "mailboxes", ("list", ("model", PlacementMailboxReport)), False),
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
