# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePlacementTestRequest")


@_attrs_define
class CreatePlacementTestRequest:
    """
    Attributes:
        mailbox_ids (list[str]): Mailboxes to test.
        spamassassin (bool | Unset): Add a SpamAssassin check.
        blacklist (bool | Unset): Add a blacklist check.
        ai_insight (bool | Unset): Add an AI insight (extra charge).
    """

    mailbox_ids: list[str]
    spamassassin: bool | Unset = UNSET
    blacklist: bool | Unset = UNSET
    ai_insight: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mailbox_ids = self.mailbox_ids

        spamassassin = self.spamassassin

        blacklist = self.blacklist

        ai_insight = self.ai_insight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mailboxIds": mailbox_ids,
            }
        )
        if spamassassin is not UNSET:
            field_dict["spamassassin"] = spamassassin
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist
        if ai_insight is not UNSET:
            field_dict["aiInsight"] = ai_insight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mailbox_ids = cast(list[str], d.pop("mailboxIds"))

        spamassassin = d.pop("spamassassin", UNSET)

        blacklist = d.pop("blacklist", UNSET)

        ai_insight = d.pop("aiInsight", UNSET)

        create_placement_test_request = cls(
            mailbox_ids=mailbox_ids,
            spamassassin=spamassassin,
            blacklist=blacklist,
            ai_insight=ai_insight,
        )

        create_placement_test_request.additional_properties = d
        return create_placement_test_request

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
