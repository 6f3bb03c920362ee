# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

from .dns_record import DnsRecord

_FIELDS = frozenset(
    (
        "records",
        "disabledRecords",
    )
)


@_attrs_define(repr=False)
class DnsRecordSet:
    """Records of a domain.

    Attributes:
        records (list[DnsRecord] | Unset): Active records.
        disabled_records (list[DnsRecord] | Unset): Disabled records.
    """

    records: list[DnsRecord] | Unset = UNSET
    disabled_records: list[DnsRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "records",
                "disabled_records",
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
        if records is not UNSET:
            field_dict["records"] = records
        if disabled_records is not UNSET:
            field_dict["disabledRecords"] = disabled_records
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
        v_records = get("records", UNSET)
        if type(v_records) is list:
            parse_v_records = DnsRecord.from_dict
            at_v_records = at + "/records" + "/*"
            v_records = [parse_v_records(item, at_v_records) for item in v_records]
        elif v_records is UNSET:
            absent += 1
        else:
            raise expected(at + "/records", "an array", v_records)

        v_disabled_records = get("disabledRecords", UNSET)
        if type(v_disabled_records) is list:
            parse_v_disabled_records = DnsRecord.from_dict
            at_v_disabled_records = at + "/disabledRecords" + "/*"
            v_disabled_records = [parse_v_disabled_records(item, at_v_disabled_records) for item in v_disabled_records]
        elif v_disabled_records is UNSET:
            absent += 1
        else:
            raise expected(at + "/disabledRecords", "an array", v_disabled_records)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_records,
            v_disabled_records,
        )
        if len(d) != 2 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("records", "records", ("list", ("model", DnsRecord)), False),
                ("disabled_records", "disabledRecords", ("list", ("model", DnsRecord)), False),
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
