# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_record import DnsRecord


T = TypeVar("T", bound="DnsRecordSet")


@_attrs_define
class DnsRecordSet:
    """Records of a domain.

    Attributes:
        records (list[DnsRecord] | Unset): Active records.
        disabled_records (list[DnsRecord] | Unset): Disabled records.
    """

    records: list[DnsRecord] | Unset = UNSET
    disabled_records: list[DnsRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        disabled_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.disabled_records, Unset):
            disabled_records = []
            for disabled_records_item_data in self.disabled_records:
                disabled_records_item = disabled_records_item_data.to_dict()
                disabled_records.append(disabled_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if records is not UNSET:
            field_dict["records"] = records
        if disabled_records is not UNSET:
            field_dict["disabledRecords"] = disabled_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dns_record import DnsRecord

        d = dict(src_dict)
        _records = d.pop("records", UNSET)
        records: list[DnsRecord] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = DnsRecord.from_dict(records_item_data)

                records.append(records_item)

        _disabled_records = d.pop("disabledRecords", UNSET)
        disabled_records: list[DnsRecord] | Unset = UNSET
        if _disabled_records is not UNSET:
            disabled_records = []
            for disabled_records_item_data in _disabled_records:
                disabled_records_item = DnsRecord.from_dict(disabled_records_item_data)

                disabled_records.append(disabled_records_item)

        dns_record_set = cls(
            records=records,
            disabled_records=disabled_records,
        )

        dns_record_set.additional_properties = d
        return dns_record_set

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
