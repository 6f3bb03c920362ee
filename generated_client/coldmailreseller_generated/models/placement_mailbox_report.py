# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.placement_result import PlacementResult


T = TypeVar("T", bound="PlacementMailboxReport")


@_attrs_define
class PlacementMailboxReport:
    """Result of the placement test for one sending mailbox.

    Attributes:
        placement_order_id (str | Unset):
        from_email (str | Unset):
        status (str | Unset): e.g. PENDING.
        report (PlacementResult | Unset): Test results; inner shapes are undocumented.
    """

    placement_order_id: str | Unset = UNSET
    from_email: str | Unset = UNSET
    status: str | Unset = UNSET
    report: PlacementResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        placement_order_id = self.placement_order_id

        from_email = self.from_email

        status = self.status

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if placement_order_id is not UNSET:
            field_dict["placementOrderId"] = placement_order_id
        if from_email is not UNSET:
            field_dict["fromEmail"] = from_email
        if status is not UNSET:
            field_dict["status"] = status
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.placement_result import PlacementResult

        d = dict(src_dict)
        placement_order_id = d.pop("placementOrderId", UNSET)

        from_email = d.pop("fromEmail", UNSET)

        status = d.pop("status", UNSET)

        _report = d.pop("report", UNSET)
        report: PlacementResult | Unset
        if isinstance(_report, Unset):
            report = UNSET
        else:
            report = PlacementResult.from_dict(_report)

        placement_mailbox_report = cls(
            placement_order_id=placement_order_id,
            from_email=from_email,
            status=status,
            report=report,
        )

        placement_mailbox_report.additional_properties = d
        return placement_mailbox_report

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
