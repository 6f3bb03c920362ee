# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dns_record_input import DnsRecordInput


T = TypeVar("T", bound="AddDnsRecordRequest")


@_attrs_define
class AddDnsRecordRequest:
    """
    Attributes:
        domain (str): Domain to add records to.
        records (list[DnsRecordInput]):
    """

    domain: str
    records: list[DnsRecordInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dns_record_input import DnsRecordInput

        d = dict(src_dict)
        domain = d.pop("domain")

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = DnsRecordInput.from_dict(records_item_data)

            records.append(records_item)

        add_dns_record_request = cls(
            domain=domain,
            records=records,
        )

        add_dns_record_request.additional_properties = d
        return add_dns_record_request

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
