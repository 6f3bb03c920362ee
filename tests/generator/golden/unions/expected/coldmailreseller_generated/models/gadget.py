# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_enum, unknown_fields

from .gadget_labels import GadgetLabels
from .part import Part
from .shade import Shade

_SHADE: dict[str, Shade] = {member.value: member for member in Shade}
_FIELDS = frozenset(
    (
        "shade",
        "size",
        "next",
        "madeAt",
        "parts",
        "labels",
    )
)


@_attrs_define(repr=False)
class Gadget:
    """
    Attributes:
        shade (Shade | str | Unset):
        size (int | None | str | Unset):
        next_ (int | None | Unset):
        made_at (datetime.datetime | Unset):
        parts (list[Part] | Part | Unset):
        labels (GadgetLabels | Unset):
    """

    shade: Shade | str | Unset = UNSET
    size: int | None | str | Unset = UNSET
    next_: int | None | Unset = UNSET
    made_at: datetime.datetime | Unset = UNSET
    parts: list[Part] | Part | Unset = UNSET
    labels: GadgetLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "shade",
                "size",
                "next_",
                "made_at",
                "parts",
                "labels",
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
        shade: str | Unset
        if isinstance(self.shade, Unset):
            shade = UNSET
        elif isinstance(self.shade, Shade):
            shade = self.shade.value
        else:
            shade = self.shade

        size: int | None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        next_: int | None | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        made_at: str | Unset = UNSET
        if not isinstance(self.made_at, Unset):
            made_at = self.made_at.isoformat()

        parts: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.parts, Unset):
            parts = UNSET
        elif isinstance(self.parts, Part):
            parts = self.parts.to_dict()
        else:
            parts = []
            for parts_type_1_item_data in self.parts:
                parts_type_1_item = parts_type_1_item_data.to_dict()
                parts.append(parts_type_1_item)

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if shade is not UNSET:
            field_dict["shade"] = shade
        if size is not UNSET:
            field_dict["size"] = size
        if next_ is not UNSET:
            field_dict["next"] = next_
        if made_at is not UNSET:
            field_dict["madeAt"] = made_at
        if parts is not UNSET:
            field_dict["parts"] = parts
        if labels is not UNSET:
            field_dict["labels"] = labels
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
        v_shade = get("shade", UNSET)
        if type(v_shade) is str:
            v_shade = _SHADE.get(v_shade) or unknown_enum(at + "/shade", v_shade)
        elif v_shade is UNSET:
            absent += 1
        else:
            raise expected(at + "/shade", "a string", v_shade)

        v_size = get("size", UNSET)
        if type(v_size) is not str and type(v_size) is not int and v_size is not None:
            if v_size is not UNSET:
                raise expected(at + "/size", "a string or an integer or null", v_size)
            absent += 1

        v_next_ = get("next", UNSET)
        if type(v_next_) is not int and v_next_ is not None:
            if v_next_ is not UNSET:
                raise expected(at + "/next", "an integer or null", v_next_)
            absent += 1

        v_made_at = get("madeAt", UNSET)
        if type(v_made_at) is str:
            try:
                v_made_at = datetime.datetime.fromisoformat(v_made_at)
            except ValueError:
                raise expected(at + "/madeAt", "an ISO 8601 date-time", v_made_at) from None
        elif v_made_at is UNSET:
            absent += 1
        else:
            raise expected(at + "/madeAt", "an ISO 8601 date-time", v_made_at)

        v_parts = get("parts", UNSET)
        if type(v_parts) is dict:
            v_parts = Part.from_dict(v_parts, at + "/parts")
        elif type(v_parts) is list:
            parse_v_parts1 = Part.from_dict
            at_v_parts1 = at + "/parts" + "/*"
            v_parts = [parse_v_parts1(item, at_v_parts1) for item in v_parts]
        elif v_parts is UNSET:
            absent += 1
        else:
            raise expected(at + "/parts", "an object or an array", v_parts)

        v_labels = get("labels", UNSET)
        if type(v_labels) is dict:
            v_labels = GadgetLabels.from_dict(v_labels, at + "/labels")
        elif v_labels is UNSET:
            absent += 1
        else:
            raise expected(at + "/labels", "an object", v_labels)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_shade,
            v_size,
            v_next_,
            v_made_at,
            v_parts,
            v_labels,
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
                ("shade", "shade", ("enum", Shade), False),
                (
                    "size",
                    "size",
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
                (
                    "next_",
                    "next",
                    (
                        "union",
                        (
                            "int",
                            "null",
                        ),
                    ),
                    False,
                ),
                ("made_at", "madeAt", "datetime", False),
                (
                    "parts",
                    "parts",
                    (
                        "union",
                        (
                            ("model", Part),
                            ("list", ("model", Part)),
                        ),
                    ),
                    False,
                ),
                ("labels", "labels", ("model", GadgetLabels), False),
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
