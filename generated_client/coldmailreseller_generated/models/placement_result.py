# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.placement_inbox_test import PlacementInboxTest
    from ..models.placement_result_ai_insight import PlacementResultAiInsight
    from ..models.placement_result_blacklist import PlacementResultBlacklist
    from ..models.placement_result_spamassassin import PlacementResultSpamassassin


T = TypeVar("T", bound="PlacementResult")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.placement_inbox_test import PlacementInboxTest
        from ..models.placement_result_ai_insight import PlacementResultAiInsight
        from ..models.placement_result_blacklist import PlacementResultBlacklist
        from ..models.placement_result_spamassassin import PlacementResultSpamassassin

        d = dict(src_dict)
        _inbox_test = d.pop("inboxTest", UNSET)
        inbox_test: PlacementInboxTest | Unset
        if isinstance(_inbox_test, Unset):
            inbox_test = UNSET
        else:
            inbox_test = PlacementInboxTest.from_dict(_inbox_test)

        _spamassassin = d.pop("spamassassin", UNSET)
        spamassassin: PlacementResultSpamassassin | Unset
        if isinstance(_spamassassin, Unset):
            spamassassin = UNSET
        else:
            spamassassin = PlacementResultSpamassassin.from_dict(_spamassassin)

        _blacklist = d.pop("blacklist", UNSET)
        blacklist: PlacementResultBlacklist | Unset
        if isinstance(_blacklist, Unset):
            blacklist = UNSET
        else:
            blacklist = PlacementResultBlacklist.from_dict(_blacklist)

        _ai_insight = d.pop("aiInsight", UNSET)
        ai_insight: PlacementResultAiInsight | Unset
        if isinstance(_ai_insight, Unset):
            ai_insight = UNSET
        else:
            ai_insight = PlacementResultAiInsight.from_dict(_ai_insight)

        placement_result = cls(
            inbox_test=inbox_test,
            spamassassin=spamassassin,
            blacklist=blacklist,
            ai_insight=ai_insight,
        )

        placement_result.additional_properties = d
        return placement_result

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
