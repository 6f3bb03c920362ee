# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from coldmailreseller._modelkit import UNSET, Unset, expected, model_json, model_repr, unknown_fields

from .paging import Paging
from .widget import Widget

_FIELDS = frozenset(
    (
        "widgets",
        "paging",
    )
)


@_attrs_define(repr=False)
class WidgetPage:
    """
    Attributes:
        widgets (list[Widget] | Unset):
        paging (Paging | Unset):
    """

    widgets: list[Widget] | Unset = UNSET
    paging: Paging | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # CMR's request id, set on a model a method returns (when CMR sent one); not part of the value.
    _request_id: str | None = _attrs_field(init=False, default=None, eq=False)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "widgets",
                "paging",
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
        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
            widgets = []
            for widgets_item_data in self.widgets:
                widgets_item = widgets_item_data.to_dict()
                widgets.append(widgets_item)

        paging: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paging, Unset):
            paging = self.paging.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if widgets is not UNSET:
            field_dict["widgets"] = widgets
        if paging is not UNSET:
            field_dict["paging"] = paging
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
        v_widgets = get("widgets", UNSET)
        if type(v_widgets) is list:
            parse_v_widgets = Widget.from_dict
            at_v_widgets = at + "/widgets" + "/*"
            v_widgets = [parse_v_widgets(item, at_v_widgets) for item in v_widgets]
        elif v_widgets is UNSET:
            absent += 1
        else:
            raise expected(at + "/widgets", "an array", v_widgets)

        v_paging = get("paging", UNSET)
        if type(v_paging) is dict:
            v_paging = Paging.from_dict(v_paging, at + "/paging")
        elif v_paging is UNSET:
            absent += 1
        else:
            raise expected(at + "/paging", "an object", v_paging)

        # Positional arguments, in the order of the attributes above: much faster than keywords on wide models.
        obj = cls(
            v_widgets,
            v_paging,
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
                ("widgets", "widgets", ("list", ("model", Widget)), False),
                ("paging", "paging", ("model", Paging), False),
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
