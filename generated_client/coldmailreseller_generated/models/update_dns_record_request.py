# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateDnsRecordRequest")


@_attrs_define
class UpdateDnsRecordRequest:
    """
    Attributes:
        record_id (str): Record to replace.
        domain (str):
        host (str):
        value (str):
        record_type (str): Record type, e.g. A, MX, TXT.
    """

    record_id: str
    domain: str
    host: str
    value: str
    record_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        domain = self.domain

        host = self.host

        value = self.value

        record_type = self.record_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordId": record_id,
                "domain": domain,
                "host": host,
                "value": value,
                "recordType": record_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        record_id = d.pop("recordId")

        domain = d.pop("domain")

        host = d.pop("host")

        value = d.pop("value")

        record_type = d.pop("recordType")

        update_dns_record_request = cls(
            record_id=record_id,
            domain=domain,
            host=host,
            value=value,
            record_type=record_type,
        )

        update_dns_record_request.additional_properties = d
        return update_dns_record_request

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
