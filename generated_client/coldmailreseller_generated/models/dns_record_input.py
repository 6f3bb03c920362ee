# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dmarc_tag import DmarcTag
from ..types import UNSET, Unset

T = TypeVar("T", bound="DnsRecordInput")


@_attrs_define
class DnsRecordInput:
    """A DNS record to add.

    Attributes:
        host (str): Host name of the record, e.g. "@", "mail" or "_dmarc".
        value (str): Record value.
        record_type (str): Record type, e.g. A, AAAA, CNAME, MX, TXT, NS.
        excluded_dmar_ctags (list[DmarcTag] | Unset): Only on DMARC TXT records; default tags CMR must not add.
    """

    host: str
    value: str
    record_type: str
    excluded_dmar_ctags: list[DmarcTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        value = self.value

        record_type = self.record_type

        excluded_dmar_ctags: list[str] | Unset = UNSET
        if not isinstance(self.excluded_dmar_ctags, Unset):
            excluded_dmar_ctags = []
            for excluded_dmar_ctags_item_data in self.excluded_dmar_ctags:
                excluded_dmar_ctags_item = excluded_dmar_ctags_item_data.value
                excluded_dmar_ctags.append(excluded_dmar_ctags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "value": value,
                "recordType": record_type,
            }
        )
        if excluded_dmar_ctags is not UNSET:
            field_dict["excludedDMARCtags"] = excluded_dmar_ctags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        host = d.pop("host")

        value = d.pop("value")

        record_type = d.pop("recordType")

        _excluded_dmar_ctags = d.pop("excludedDMARCtags", UNSET)
        excluded_dmar_ctags: list[DmarcTag] | Unset = UNSET
        if _excluded_dmar_ctags is not UNSET:
            excluded_dmar_ctags = []
            for excluded_dmar_ctags_item_data in _excluded_dmar_ctags:
                excluded_dmar_ctags_item = DmarcTag(excluded_dmar_ctags_item_data)

                excluded_dmar_ctags.append(excluded_dmar_ctags_item)

        dns_record_input = cls(
            host=host,
            value=value,
            record_type=record_type,
            excluded_dmar_ctags=excluded_dmar_ctags,
        )

        dns_record_input.additional_properties = d
        return dns_record_input

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
