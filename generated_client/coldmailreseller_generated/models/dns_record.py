# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsRecord")


@_attrs_define
class DnsRecord:
    """A DNS record as returned by CMR (field list from the guide site).

    Attributes:
        record_id (str | Unset): Needed to update or delete the record.
        host (str | Unset):
        value (str | Unset):
        record_type (str | Unset):
        priority (int | None | str | Unset): MX priority; the guide example shows an empty string for other types.
        ttl (int | Unset):
    """

    record_id: str | Unset = UNSET
    host: str | Unset = UNSET
    value: str | Unset = UNSET
    record_type: str | Unset = UNSET
    priority: int | None | str | Unset = UNSET
    ttl: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_id = self.record_id

        host = self.host

        value = self.value

        record_type = self.record_type

        priority: int | None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_id is not UNSET:
            field_dict["recordId"] = record_id
        if host is not UNSET:
            field_dict["host"] = host
        if value is not UNSET:
            field_dict["value"] = value
        if record_type is not UNSET:
            field_dict["recordType"] = record_type
        if priority is not UNSET:
            field_dict["priority"] = priority
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        record_id = d.pop("recordId", UNSET)

        host = d.pop("host", UNSET)

        value = d.pop("value", UNSET)

        record_type = d.pop("recordType", UNSET)

        def _parse_priority(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        ttl = d.pop("ttl", UNSET)

        dns_record = cls(
            record_id=record_id,
            host=host,
            value=value,
            record_type=record_type,
            priority=priority,
            ttl=ttl,
        )

        dns_record.additional_properties = d
        return dns_record

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
