# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

_FIELDS = frozenset(
    (
        "recordId",
        "host",
        "value",
        "recordType",
        "priority",
        "ttl",
    )
)


@_attrs_define(repr=False)
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
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "record_id",
                "host",
                "value",
                "record_type",
                "priority",
                "ttl",
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
        v_record_id = get("recordId", UNSET)
        if type(v_record_id) is not str:
            if v_record_id is not UNSET:
                raise expected(at + "/recordId", "a string", v_record_id)
            absent += 1

        v_host = get("host", UNSET)
        if type(v_host) is not str:
            if v_host is not UNSET:
                raise expected(at + "/host", "a string", v_host)
            absent += 1

        v_value = get("value", UNSET)
        if type(v_value) is not str:
            if v_value is not UNSET:
                raise expected(at + "/value", "a string", v_value)
            absent += 1

        v_record_type = get("recordType", UNSET)
        if type(v_record_type) is not str:
            if v_record_type is not UNSET:
                raise expected(at + "/recordType", "a string", v_record_type)
            absent += 1

        v_priority = get("priority", UNSET)
        if type(v_priority) is not str and type(v_priority) is not int and v_priority is not None:
            if v_priority is not UNSET:
                raise expected(at + "/priority", "a string or an integer or null", v_priority)
            absent += 1

        v_ttl = get("ttl", UNSET)
        if type(v_ttl) is not int:
            if v_ttl is not UNSET:
                raise expected(at + "/ttl", "an integer", v_ttl)
            absent += 1

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_record_id,
            v_host,
            v_value,
            v_record_type,
            v_priority,
            v_ttl,
        )
        if len(d) != 6 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("record_id", "recordId", "str", False),
                ("host", "host", "str", False),
                ("value", "value", "str", False),
                ("record_type", "recordType", "str", False),
                (
                    "priority",
                    "priority",
                    (
                        "union",
                        (
                            "str",
                            "int",
                            "null",
                        ),
                    ),
                    False,
                ),
                ("ttl", "ttl", "int", False),
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
