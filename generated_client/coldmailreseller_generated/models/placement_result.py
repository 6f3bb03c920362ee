# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

from .placement_inbox_test import PlacementInboxTest
from .placement_result_ai_insight import PlacementResultAiInsight
from .placement_result_blacklist import PlacementResultBlacklist
from .placement_result_spamassassin import PlacementResultSpamassassin

_FIELDS = frozenset(
    (
        "inboxTest",
        "spamassassin",
        "blacklist",
        "aiInsight",
    )
)


@_attrs_define(repr=False)
class PlacementResult:
    """Test results; inner shapes are undocumented.

    Attributes:
        inbox_test (PlacementInboxTest | Unset): Seed-inbox placement per provider; entry shape undocumented.
        spamassassin (PlacementResultSpamassassin | Unset):
        blacklist (PlacementResultBlacklist | Unset):
        ai_insight (PlacementResultAiInsight | Unset): Present once generated when an AI insight was bought.
    """

    inbox_test: PlacementInboxTest | Unset = UNSET
    spamassassin: PlacementResultSpamassassin | Unset = UNSET
    blacklist: PlacementResultBlacklist | Unset = UNSET
    ai_insight: PlacementResultAiInsight | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "inbox_test",
                "spamassassin",
                "blacklist",
                "ai_insight",
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
        inbox_test: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inbox_test, Unset):
            inbox_test = self.inbox_test.to_dict()

        spamassassin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spamassassin, Unset):
            spamassassin = self.spamassassin.to_dict()

        blacklist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blacklist, Unset):
            blacklist = self.blacklist.to_dict()

        ai_insight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_insight, Unset):
            ai_insight = self.ai_insight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if inbox_test is not UNSET:
            field_dict["inboxTest"] = inbox_test
        if spamassassin is not UNSET:
            field_dict["spamassassin"] = spamassassin
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist
        if ai_insight is not UNSET:
            field_dict["aiInsight"] = ai_insight
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
        v_inbox_test = get("inboxTest", UNSET)
        if type(v_inbox_test) is dict:
            v_inbox_test = PlacementInboxTest.from_dict(v_inbox_test, at + "/inboxTest")
        elif v_inbox_test is UNSET:
            absent += 1
        else:
            raise expected(at + "/inboxTest", "an object", v_inbox_test)

        v_spamassassin = get("spamassassin", UNSET)
        if type(v_spamassassin) is dict:
            v_spamassassin = PlacementResultSpamassassin.from_dict(v_spamassassin, at + "/spamassassin")
        elif v_spamassassin is UNSET:
            absent += 1
        else:
            raise expected(at + "/spamassassin", "an object", v_spamassassin)

        v_blacklist = get("blacklist", UNSET)
        if type(v_blacklist) is dict:
            v_blacklist = PlacementResultBlacklist.from_dict(v_blacklist, at + "/blacklist")
        elif v_blacklist is UNSET:
            absent += 1
        else:
            raise expected(at + "/blacklist", "an object", v_blacklist)

        v_ai_insight = get("aiInsight", UNSET)
        if type(v_ai_insight) is dict:
            v_ai_insight = PlacementResultAiInsight.from_dict(v_ai_insight, at + "/aiInsight")
        elif v_ai_insight is UNSET:
            absent += 1
        else:
            raise expected(at + "/aiInsight", "an object", v_ai_insight)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_inbox_test,
            v_spamassassin,
            v_blacklist,
            v_ai_insight,
        )
        if len(d) != 4 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("inbox_test", "inboxTest", ("model", PlacementInboxTest), False),
                ("spamassassin", "spamassassin", ("model", PlacementResultSpamassassin), False),
                ("blacklist", "blacklist", ("model", PlacementResultBlacklist), False),
                ("ai_insight", "aiInsight", ("model", PlacementResultAiInsight), False),
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
