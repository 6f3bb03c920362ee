"""Check call arguments against the spec and turn them into a request, before anything is sent.

One generic validator for every operation, driven by the generated `Field`/`Shape` records. This module reads the
Python forms of a value (the attrs model, or a mapping with its attribute names or with the spec's wire names,
never both in one mapping; enum members; sequences) into wire JSON; the rules themselves (types, enums, lengths
and bounds, unknown and required keys, the spec's rules across fields) are `_rules`, which the testing kit applies
to what the server receives. Errors name the path of the bad value (`domains[0].domian`).

Every accepted form of a value is one value on the wire: an attrs model (built by its constructor or by
`from_dict`), a mapping with attribute names and a mapping with wire names encode to the same JSON, at every
depth, map models (whose values live in `additional_properties`) included. A model is read field by field from
its `Shape`, never through `to_dict()`, so nested models go through the same checks as nested mappings. A field
left out is not sent; an optional field equal to the default the generated model gives it (`on_warmup=False`,
the spec's `default`) is not sent either, whatever the form: the constructor cannot tell that value from "not
set", and CMR applies the same default to a field that is absent.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any
from urllib.parse import quote

from . import _rules
from ._modelkit import Unset
from ._rules import Broken as _Invalid
from ._runtime import Field, Operation, Shape
from .errors import InvalidArgumentError


class EncodedRequest:
    """A plain class rather than a dataclass: creating a dataclass costs the client's import a millisecond."""

    __slots__ = ("headers", "json", "method", "params", "path")

    def __init__(
        self,
        method: str,
        path: str,
        params: list[tuple[str, str]],
        json: dict[str, Any] | None,
        headers: dict[str, str],
    ) -> None:
        self.method = method
        self.path = path
        self.params = params
        self.json = json
        self.headers = headers


def encode(
    op: Operation[Any],
    args: Mapping[str, object],
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, object] | None = None,
    extra_body: Mapping[str, object] | None = None,
    key_headers: frozenset[str] = frozenset(),
) -> EncodedRequest:
    try:
        return _encode(op, args, extra_headers, extra_query, extra_body, key_headers)
    except _Invalid as exc:
        raise InvalidArgumentError(
            f"{op.resource}.{op.method}(): {exc}",
            operation_id=op.operation_id,
            argument=exc.path.split("[", 1)[0].split(".", 1)[0],
            path=exc.path,
        ) from None


def _encode(
    op: Operation[Any],
    args: Mapping[str, object],
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
    key_headers: frozenset[str],
) -> EncodedRequest:
    path = op.path
    params: list[tuple[str, str]] = []
    body: dict[str, Any] | None = {} if op.has_body else None
    for field in op.fields:
        value = args.get(field.attr)
        if value is None:
            if field.required:
                raise _Invalid(field.attr, "missing required argument")
            continue
        wire = _convert(field.shape, value, field.attr)
        _check_constraints(field, wire, field.attr)
        if field.location == "path":
            # Encode everything, `/` included, so that an id can never change the path.
            path = path.replace("{" + field.wire + "}", quote(_query_text(wire), safe=""))
        elif field.location == "query":
            items = wire if isinstance(wire, list) else [wire]
            params.extend((field.wire, _query_text(item)) for item in items)
        else:
            assert body is not None
            body[field.wire] = wire
    if op.one_of:
        assert body is not None
        _rules.check_one_of(op.one_of, body, "(arguments)", {f.wire: f.attr for f in op.fields})
    if extra_query:
        params.extend(_extra_query(op, extra_query))
    if extra_body:
        body = _extra_body(op, body, extra_body)
    return EncodedRequest(op.http_method, path, params, body, _extra_headers(extra_headers, key_headers))


def _extra_query(op: Operation[Any], extra: Mapping[str, object]) -> list[tuple[str, str]]:
    declared = {f.wire: f.attr for f in op.fields if f.location == "query"}
    params = []
    for key, value in extra.items():
        if key in declared:
            raise _Invalid(f"extra_query.{key}", f"is an argument of this method: pass {declared[key]}=...")
        if isinstance(value, Enum):
            value = value.value
        if not isinstance(value, str | int | float | bool):
            raise _Invalid(f"extra_query.{key}", f"must be a string, number or boolean, got {type(value).__name__}")
        params.append((key, _query_text(value)))
    return params


def _extra_body(op: Operation[Any], body: dict[str, Any] | None, extra: Mapping[str, object]) -> dict[str, Any]:
    if body is None and op.http_method == "GET":
        raise _Invalid("extra_body", "a GET request has no body; use extra_query")
    declared = {f.wire: f.attr for f in op.fields if f.location == "body"} | {
        f.attr: f.attr for f in op.fields if f.location == "body"
    }
    merged = dict(body or {})
    for key, value in extra.items():
        if key in declared:
            raise _Invalid(f"extra_body.{key}", f"is an argument of this method: pass {declared[key]}=...")
        merged[str(key)] = _plain(value, f"extra_body.{key}")
    return merged


def _extra_headers(extra: Mapping[str, str] | None, key_headers: frozenset[str]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for key, value in (extra or {}).items():
        if key.lower() in key_headers:
            raise _Invalid(f"extra_headers.{key}", "the API key header is set by the client (api_key=...)")
        if not isinstance(value, str):
            raise _Invalid(f"extra_headers.{key}", f"must be a string, got {type(value).__name__}")
        headers[key] = value
    return headers


def _query_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _convert(shape: Shape, value: object, path: str) -> Any:
    kind = shape.kind
    if kind in _rules.WANTED:
        _rules.check_type(kind, value, path, integral_floats=False)  # a Python argument: 2.0 is no int
        return value
    if kind == "enum":
        return _enum_value(shape, value, path)
    if kind == "model":
        return _model(shape, value, path)
    if kind == "list":
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise _Invalid(path, f"must be a list, got {type(value).__name__}")
        assert shape.item is not None
        return [_convert(shape.item, item, f"{path}[{index}]") for index, item in enumerate(value)]
    if kind == "union":
        for option in shape.options:
            try:
                return _convert(option, value, path)
            except _Invalid:
                continue
        wanted = " or ".join(_describe(option) for option in shape.options)
        raise _Invalid(path, f"must be {wanted}, got {type(value).__name__}")
    if kind == "map":
        if not isinstance(value, Mapping):
            raise _Invalid(path, f"must be a mapping, got {type(value).__name__}")
        assert shape.item is not None
        return {str(k): _convert(shape.item, v, f"{path}.{k}") for k, v in value.items()}
    return _plain(value, path)


def _model(shape: Shape, value: object, path: str) -> dict[str, Any]:
    assert shape.ref is not None
    model = shape.ref.get()
    if isinstance(value, model):
        return _instance(shape, value, path)
    if not isinstance(value, Mapping):
        raise _Invalid(path, f"must be a {model.__name__} or a mapping, got {type(value).__name__}")
    if shape.fields:
        return _fields(shape, value, path)
    if shape.item is not None:  # a map model: any keys, values of one shape
        return {str(k): _convert(shape.item, v, _join(path, k)) for k, v in value.items()}
    return {str(k): _plain(v, _join(path, k)) for k, v in value.items()}  # no fields documented upstream


def _instance(shape: Shape, value: Any, path: str) -> dict[str, Any]:
    """An attrs model, read through its shape: the declared fields by attribute, and `additional_properties`
    (the values of a map model, or the extra fields set on any other model)."""
    extra: Mapping[Any, Any] = getattr(value, "additional_properties", None) or {}
    if shape.item is not None and not shape.fields:
        return {str(k): _convert(shape.item, v, _join(path, k)) for k, v in extra.items()}
    out = {str(k): _plain(v, _join(path, k)) for k, v in extra.items()}
    if shape.fields:
        declared = {field.wire: getattr(value, field.attr, None) for field in shape.fields}
        out.update(_fields(shape, declared, path, wire_only=True))
    return out


def _fields(shape: Shape, value: Mapping[Any, Any], path: str, wire_only: bool = False) -> dict[str, Any]:
    """A mapping given for a model with declared fields, as its wire JSON."""
    by_attr = {f.attr: f for f in shape.fields}
    by_wire = {f.wire: f for f in shape.fields}
    present = {key: item for key, item in value.items() if item is not None and not isinstance(item, Unset)}
    known = by_wire.keys() if wire_only else by_wire.keys() | by_attr.keys()
    also = "" if wire_only or list(by_attr) == list(by_wire) else f" (or the wire names {', '.join(by_wire)})"
    _rules.check_known(present, known, path, ", ".join(by_attr) + also)
    only_attr = [key for key in present if key in by_attr and key not in by_wire]
    only_wire = [key for key in present if key in by_wire and key not in by_attr]
    if only_attr and only_wire:
        raise _Invalid(
            path or "(body)",
            f"mixes attribute names ({only_attr[0]!r}) and wire names ({only_wire[0]!r}); use one naming",
        )
    names = by_wire if only_wire or wire_only else by_attr
    defaults = _defaults(shape)
    out: dict[str, Any] = {}
    for key, item in present.items():
        field = names.get(key) or by_wire[key]
        converted = _convert(field.shape, item, _join(path, key))
        _check_constraints(field, converted, _join(path, key))
        if field.wire in defaults and not field.required and converted == defaults[field.wire]:
            continue  # the model's default: indistinguishable from "not set" on a model, so never sent
        out[field.wire] = converted
    naming = {f.wire: (f.wire if names is by_wire else f.attr) for f in shape.fields}
    _rules.check_required(shape.fields, out, path, naming)
    _rules.check_one_of(shape.one_of, out, path or "(arguments)", naming)
    return out


_DEFAULTS: dict[Any, dict[str, Any]] = {}


def _defaults(shape: Shape) -> dict[str, Any]:
    """The wire values the generated model's constructor gives optional fields left out (`on_warmup=False` from
    the spec's `default: false`), by wire name; UNSET, factories and required fields have none."""
    if shape.ref is None:
        return {}
    model = shape.ref.get()
    known = _DEFAULTS.get(model)
    if known is None:
        attrs = {attribute.name: attribute.default for attribute in getattr(model, "__attrs_attrs__", ())}
        known = {}
        for field in shape.fields:
            default = attrs.get(field.attr)
            if isinstance(default, Enum):
                default = default.value
            if isinstance(default, str | int | float | bool):
                known[field.wire] = default
        _DEFAULTS[model] = known
    return known


_join = _rules.join


def _describe(shape: Shape) -> str:
    if shape.kind in _rules.WANTED:
        return _rules.WANTED[shape.kind]
    if shape.kind in ("model", "enum") and shape.ref is not None:
        return f"a {shape.ref.name}"
    if shape.kind == "list" and shape.item is not None:
        return f"a list of {_describe(shape.item)}"
    return f"a {shape.kind}"


def _enum_value(shape: Shape, value: object, path: str) -> str:
    assert shape.ref is not None
    if isinstance(value, shape.ref.get()):
        return str(value.value)
    return _rules.check_enum(shape, value, path)


def _plain(value: object, path: str) -> Any:
    """A JSON-ready copy of a value built from models, enums, mappings and sequences."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): _plain(v, f"{path}.{k}") for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, bytes):
        return [_plain(v, f"{path}[{i}]") for i, v in enumerate(value)]
    raise _Invalid(path, f"contains a {type(value).__name__}, which cannot be sent as JSON")


def _check_constraints(field: Field, value: object, path: str) -> None:
    if field.location == "path" and value == "":
        raise _Invalid(path, "must not be empty")  # an empty segment would change the path
    _rules.check_bounds(field, value, path)
