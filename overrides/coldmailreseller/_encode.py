"""Check call arguments against the spec and turn them into a request, before anything is sent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import quote

from ._runtime import Field, Operation, Shape
from .errors import InvalidArgumentError

_TYPES: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}


@dataclass(frozen=True, slots=True)
class EncodedRequest:
    method: str
    path: str
    params: list[tuple[str, str]]
    json: dict[str, Any] | None


class _Invalid(Exception):
    """Raised deep inside a value; turned into InvalidArgumentError naming the argument."""


def encode(op: Operation[Any], args: Mapping[str, object]) -> EncodedRequest:
    path = op.path
    params: list[tuple[str, str]] = []
    body: dict[str, Any] | None = {} if any(f.location.startswith("body") for f in op.fields) else None
    for field in op.fields:
        value = args.get(field.attr)
        if value is None:
            if field.required:
                raise _error(op, field, f"missing required argument {field.attr!r}")
            continue
        try:
            wire = _convert(field.shape, value)
            _check_constraints(field, wire)
        except _Invalid as exc:
            raise _error(op, field, f"argument {field.attr!r} {exc}") from None
        if field.location == "path":
            # Encode everything, `/` included, so that an id can never change the path.
            path = path.replace("{" + field.wire + "}", quote(str(_query_text(wire)), safe=""))
        elif field.location == "query":
            items = wire if isinstance(wire, list) else [wire]
            params.extend((field.wire, _query_text(item)) for item in items)
        elif field.location == "body_object":
            assert body is not None
            body.update(wire)
        else:
            assert body is not None
            body[field.wire] = wire
    return EncodedRequest(op.http_method, path, params, body)


def _error(op: Operation[Any], field: Field, message: str) -> InvalidArgumentError:
    return InvalidArgumentError(
        f"{op.resource}.{op.method}(): {message}", operation_id=op.operation_id, argument=field.attr
    )


def _query_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _convert(shape: Shape, value: object) -> Any:
    kind = shape.kind
    if kind in _TYPES:
        if (isinstance(value, bool) and kind != "bool") or not isinstance(value, _TYPES[kind]):
            raise _Invalid(f"must be {_TYPE_NAMES[kind]}, got {type(value).__name__}")
        return value
    if kind == "enum":
        return _enum_value(shape, value)
    if kind == "model":
        assert shape.ref is not None
        model = shape.ref.get()
        if isinstance(value, model):
            return value.to_dict()
        if isinstance(value, Mapping):
            return _plain(value)
        raise _Invalid(f"must be a {model.__name__} or a mapping, got {type(value).__name__}")
    if kind == "list":
        if isinstance(value, str | bytes) or not isinstance(value, Sequence):
            raise _Invalid(f"must be a list, got {type(value).__name__}")
        assert shape.item is not None
        return [_convert(shape.item, item) for item in value]
    if kind == "union":
        for option in shape.options:
            try:
                return _convert(option, value)
            except _Invalid:
                continue
        raise _Invalid(f"must be one of {', '.join(_describe(o) for o in shape.options)}, got {type(value).__name__}")
    if kind == "map":
        if not isinstance(value, Mapping):
            raise _Invalid(f"must be a mapping, got {type(value).__name__}")
        assert shape.item is not None
        return {str(k): _convert(shape.item, v) for k, v in value.items()}
    return _plain(value)


_TYPE_NAMES = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean"}


def _describe(shape: Shape) -> str:
    if shape.kind in _TYPE_NAMES:
        return _TYPE_NAMES[shape.kind]
    if shape.kind in ("model", "enum") and shape.ref is not None:
        return f"a {shape.ref.name}"
    if shape.kind == "list" and shape.item is not None:
        return f"a list of {_describe(shape.item)}"
    return f"a {shape.kind}"


def _enum_value(shape: Shape, value: object) -> str:
    assert shape.ref is not None
    enum = shape.ref.get()
    if isinstance(value, enum):
        return str(value.value)
    if isinstance(value, str):
        try:
            return str(enum(value).value)
        except ValueError:
            pass
    allowed = ", ".join(repr(m.value) for m in enum)
    raise _Invalid(f"must be one of {allowed}, got {value!r}")


def _plain(value: object) -> Any:
    """A JSON-ready copy of a value built from models, enums, mappings and sequences."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Enum):
        return value.value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, bytes):
        return [_plain(v) for v in value]
    raise _Invalid(f"contains a {type(value).__name__}, which cannot be sent as JSON")


def _check_constraints(field: Field, value: object) -> None:
    if isinstance(value, str):
        if field.location == "path" and not value:
            raise _Invalid("must not be empty")
        if field.min_length is not None and len(value) < field.min_length:
            raise _Invalid(
                "must not be empty" if field.min_length == 1 else f"must be at least {field.min_length} characters"
            )
        if field.max_length is not None and len(value) > field.max_length:
            raise _Invalid(f"must be at most {field.max_length} characters")
    elif isinstance(value, list):
        if field.min_items is not None and len(value) < field.min_items:
            raise _Invalid(f"must have at least {field.min_items} item(s)")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if field.minimum is not None and value < field.minimum:
            raise _Invalid(f"must be >= {field.minimum}, got {value}")
        if field.maximum is not None and value > field.maximum:
            raise _Invalid(f"must be <= {field.maximum}, got {value}")
