# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, missing, model_json, model_repr, unknown_fields

from .dmarc_tag import DmarcTag

_DMARC_TAG: dict[str, DmarcTag] = {member.value: member for member in DmarcTag}
_FIELDS = frozenset(
    (
        "host",
        "value",
        "recordType",
        "excludedDMARCtags",
    )
)


@_attrs_define(repr=False)
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
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "host",
                "value",
                "record_type",
                "excluded_dmar_ctags",
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
        v_host = get("host", UNSET)
        if v_host is UNSET:
            raise missing(at, "host")
        if type(v_host) is not str:
            raise expected(at + "/host", "a string", v_host)

        v_value = get("value", UNSET)
        if v_value is UNSET:
            raise missing(at, "value")
        if type(v_value) is not str:
            raise expected(at + "/value", "a string", v_value)

        v_record_type = get("recordType", UNSET)
        if v_record_type is UNSET:
            raise missing(at, "recordType")
        if type(v_record_type) is not str:
            raise expected(at + "/recordType", "a string", v_record_type)

        v_excluded_dmar_ctags = get("excludedDMARCtags", UNSET)
        if type(v_excluded_dmar_ctags) is list:
            items_v_excluded_dmar_ctags = []
            for item_v_excluded_dmar_ctags in v_excluded_dmar_ctags:
                if type(item_v_excluded_dmar_ctags) is not str:
                    raise expected(
                        at + "/excludedDMARCtags" + "/*",
                        "one of adkim, aspf, fo, pct, rf, ri, rua, ruf, sp",
                        item_v_excluded_dmar_ctags,
                    )
                if item_v_excluded_dmar_ctags not in _DMARC_TAG:
                    raise expected(
                        at + "/excludedDMARCtags" + "/*",
                        "one of adkim, aspf, fo, pct, rf, ri, rua, ruf, sp",
                        item_v_excluded_dmar_ctags,
                    )
                item_v_excluded_dmar_ctags = _DMARC_TAG[item_v_excluded_dmar_ctags]
                items_v_excluded_dmar_ctags.append(item_v_excluded_dmar_ctags)
            v_excluded_dmar_ctags = items_v_excluded_dmar_ctags
        elif v_excluded_dmar_ctags is UNSET:
            absent += 1
        else:
            raise expected(at + "/excludedDMARCtags", "an array", v_excluded_dmar_ctags)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_host,
            v_value,
            v_record_type,
            v_excluded_dmar_ctags,
        )
        if len(d) != 4 - absent:
            obj.additional_properties = unknown_fields(d, _FIELDS, at)
        return obj

    @staticmethod
    def _wire() -> tuple[tuple[tuple[str, str, Any, bool], ...], Any]:
        """The layout msgspec reads this model with (coldmailreseller/_fastdecode.py): (attribute, wire name, type,
        required) in the order of the constructor's arguments, and what happens to fields the spec does not declare
        ("keep", "drop", or the type of a map's values)."""
        return (
            (
                ("host", "host", "str", True),
                ("value", "value", "str", True),
                ("record_type", "recordType", "str", True),
                ("excluded_dmar_ctags", "excludedDMARCtags", ("list", ("enum", DmarcTag)), False),
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
