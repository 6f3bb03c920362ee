"""The fake's checks of a request against the spec, on the wire: query text and the JSON body with the spec's
names.

The client checks Python arguments before it sends (`coldmailreseller._encode`); these checks look at what
arrived, so that a request built by hand or sent through the client's raw `request()` meets the same rules. Both
read the same generated `Field`/`Shape` tables. Statuses follow what CMR documents: 400 when the body is not a
JSON object or a required value is missing ("Please provide a userId"), 422 when a value has the wrong type, is
outside its enum or bounds, is an unknown key, or breaks a rule across fields. Messages name the field and never
repeat a value (bodies carry passwords), except the value of an enum.

Query parameters the operation does not declare are ignored, as HTTP servers do (the users list's search
parameter has no known name); a body whose fields the spec declares takes no other key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import httpx

from .._runtime import Field, Operation, Shape
from ._reply import Rejected

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_WANTED = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
    "enum": "a string",
    "list": "an array",
    "map": "an object",
    "model": "an object",
}


def check_query(op: Operation[Any], params: httpx.QueryParams) -> dict[str, Any]:
    """The declared query parameters that were sent, parsed to their JSON types."""
    values: dict[str, Any] = {}
    for field in op.fields:
        if field.location != "query":
            continue
        texts = params.get_list(field.wire)
        if not texts:
            if field.required:
                raise _missing(field.wire)
            continue
        if field.shape.kind == "list":
            assert field.shape.item is not None
            value: Any = [_query_value(field.shape.item, text, field.wire) for text in texts]
        elif len(texts) > 1:
            raise _invalid(field.wire, "must be given once")
        else:
            value = _query_value(field.shape, texts[0], field.wire)
        _check_bounds(field, value, field.wire)
        values[field.wire] = value
    return values


def check_body(op: Operation[Any], request: httpx.Request) -> dict[str, Any]:
    """The JSON body (empty for operations that take none), checked against the operation's body fields."""
    if not op.has_body:
        return {}
    if not request.content:
        raise Rejected(400, "The request body must be a JSON object")
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media != "application/json":
        raise Rejected(400, "The request body must be sent as application/json")
    try:
        body = json.loads(request.content, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # ValueError covers text that is not UTF-8
        raise Rejected(400, "The request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise Rejected(400, "The request body must be a JSON object")
    fields = tuple(field for field in op.fields if field.location == "body")
    if fields:  # without declared fields the body is an open object: upstream never documented its keys
        _check_object(fields, op.one_of, body, "")
    return body


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # Python accepts NaN and Infinity; JSON (and CMR's parser) does not


def _query_value(shape: Shape, text: str, path: str) -> Any:
    kind = shape.kind
    if kind == "int":
        if not _INTEGER.fullmatch(text):
            raise _invalid(path, "must be an integer")
        return int(text)
    if kind == "float":
        if not _NUMBER.fullmatch(text):
            raise _invalid(path, "must be a number")
        return float(text)
    if kind == "bool":
        if text not in ("true", "false"):
            raise _invalid(path, "must be true or false")
        return text == "true"
    if kind == "enum":
        _check_enum(shape, text, path)
    return text  # a string, or whatever else a query string can only carry as text


def _check_object(
    fields: Sequence[Field], one_of: tuple[tuple[str, ...], ...], value: dict[str, Any], path: str
) -> None:
    by_wire = {field.wire: field for field in fields}
    unknown = [key for key in value if key not in by_wire]
    if unknown:
        raise _invalid(_join(path, unknown[0]), f"unknown field; allowed: {', '.join(by_wire)}")
    for field in fields:
        where = _join(path, field.wire)
        if field.wire not in value:
            if field.required:
                raise _missing(where)
            continue
        _check_value(field.shape, value[field.wire], where)
        _check_bounds(field, value[field.wire], where)
    if one_of:
        sent = [group for group in one_of if all(key in value for key in group)]
        if len(sent) != 1:
            options = " or ".join(" + ".join(group) for group in one_of)
            raise _invalid(path or "body", f"send exactly one of {options}")


def _check_value(shape: Shape, value: Any, path: str) -> None:
    kind = shape.kind
    if kind == "any":
        return
    if kind == "union":
        _check_union(shape, value, path)
        return
    if not _fits(shape, value):
        raise _invalid(path, f"must be {_WANTED[kind]}, got {_json_type(value)}")
    if kind == "enum":
        _check_enum(shape, value, path)
    elif kind == "list":
        assert shape.item is not None
        for index, item in enumerate(value):
            _check_value(shape.item, item, f"{path}[{index}]")
    elif kind == "map" or (kind == "model" and shape.item is not None):
        assert shape.item is not None
        for key, item in value.items():
            _check_value(shape.item, item, _join(path, key))
    elif kind == "model" and shape.fields:
        _check_object(shape.fields, shape.one_of, value, path)


def _check_union(shape: Shape, value: Any, path: str) -> None:
    """The first option of the value's JSON type decides, so that its message is the one reported."""
    first: Rejected | None = None
    for option in shape.options:
        if not _fits(option, value):
            continue
        try:
            _check_value(option, value, path)
            return
        except Rejected as exc:
            first = first or exc
    if first is not None:
        raise first
    wanted = " or ".join(_WANTED.get(option.kind, option.kind) for option in shape.options)
    raise _invalid(path, f"must be {wanted}, got {_json_type(value)}")


def _fits(shape: Shape, value: Any) -> bool:
    """Whether the value has the JSON type the shape needs (its content is checked separately)."""
    kind = shape.kind
    if kind in ("str", "enum"):
        return isinstance(value, str)
    if kind == "int":
        # JSON has numbers only: 2.0 is an integer to JSON Schema (and to CMR's JavaScript), 2.5 is not.
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "list":
        return isinstance(value, list)
    if kind in ("map", "model"):
        return isinstance(value, dict)
    if kind == "union":
        return any(_fits(option, value) for option in shape.options)
    return True


def _check_enum(shape: Shape, value: str, path: str) -> None:
    assert shape.ref is not None
    allowed = [str(member.value) for member in shape.ref.get()]
    if value not in allowed:
        raise _invalid(path, f"must be one of {', '.join(allowed)}, got {value!r}")


def _check_bounds(field: Field, value: Any, path: str) -> None:
    if isinstance(value, str):
        if field.min_length is not None and len(value) < field.min_length:
            raise _invalid(
                path,
                "must not be empty" if field.min_length == 1 else f"must be at least {field.min_length} characters",
            )
        if field.max_length is not None and len(value) > field.max_length:
            raise _invalid(path, f"must be at most {field.max_length} characters")
    elif isinstance(value, list):
        if field.min_items is not None and len(value) < field.min_items:
            raise _invalid(path, f"must have at least {field.min_items} item(s)")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if field.minimum is not None and value < field.minimum:
            raise _invalid(path, f"must be at least {field.minimum:g}")
        if field.maximum is not None and value > field.maximum:
            raise _invalid(path, f"must be at most {field.maximum:g}")


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _join(path: str, key: object) -> str:
    return f"{path}.{key}" if path else str(key)


def _missing(path: str) -> Rejected:
    # CMR's wording: "Please provide a userId" (and "an email"; a name starting with u is read "you").
    article = "an" if path[:1].lower() in "aeio" else "a"
    return Rejected(400, f"Please provide {article} {path}")


def _invalid(path: str, problem: str) -> Rejected:
    return Rejected(422, f"{path}: {problem}")
