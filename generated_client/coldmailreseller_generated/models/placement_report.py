# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.placement_mailbox_report import PlacementMailboxReport


T = TypeVar("T", bound="PlacementReport")


@_attrs_define
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

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.placement_mailbox_report import PlacementMailboxReport

        d = dict(src_dict)
        order_id = d.pop("orderId", UNSET)

        status = d.pop("status", UNSET)

        spamassassin = d.pop("spamassassin", UNSET)

        blacklist = d.pop("blacklist", UNSET)

        ai_insight_requested = d.pop("aiInsightRequested", UNSET)

        mailbox_count = d.pop("mailboxCount", UNSET)

        _mailboxes = d.pop("mailboxes", UNSET)
        mailboxes: list[PlacementMailboxReport] | Unset = UNSET
        if _mailboxes is not UNSET:
            mailboxes = []
            for mailboxes_item_data in _mailboxes:
                mailboxes_item = PlacementMailboxReport.from_dict(mailboxes_item_data)

                mailboxes.append(mailboxes_item)

        placement_report = cls(
            order_id=order_id,
            status=status,
            spamassassin=spamassassin,
            blacklist=blacklist,
            ai_insight_requested=ai_insight_requested,
            mailbox_count=mailbox_count,
            mailboxes=mailboxes,
        )

        placement_report.additional_properties = d
        return placement_report

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
