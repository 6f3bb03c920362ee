"""The fake's checks of a request against the spec, on the wire: query text and the JSON body with the spec's
names.

The client checks Python arguments before it sends (`coldmailreseller._encode`); these checks look at what
arrived, so that a request built by hand or sent through the client's raw `request()` meets the same rules: this
module reads query text and the JSON body, and the rules are the client's own (`coldmailreseller._rules`, on the
same generated `Field`/`Shape` tables). Statuses follow what CMR documents: 400 when the body is not a
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

from .. import _rules
from .._rules import Broken
from .._runtime import Field, Operation, Shape
from ._reply import Rejected

_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
# What a JSON value of each kind must be, in words (the primitives' are the rules').
_WANTED = {**_rules.WANTED, "enum": "a string", "list": "an array", "map": "an object", "model": "an object"}


def check_query(op: Operation[Any], params: httpx.QueryParams) -> dict[str, Any]:
    """The declared query parameters that were sent, parsed to their JSON types."""
    try:
        return _check_query(op, params)
    except Broken as exc:
        raise _rejected(exc) from None


def _check_query(op: Operation[Any], params: httpx.QueryParams) -> dict[str, Any]:
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
        _rules.check_bounds(field, value, field.wire)
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
        try:
            _check_object(fields, op.one_of, body, "")
        except Broken as exc:
            raise _rejected(exc) from None
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
        _rules.check_enum(shape, text, path)
    return text  # a string, or whatever else a query string can only carry as text


def _check_object(
    fields: Sequence[Field], one_of: tuple[tuple[str, ...], ...], value: dict[str, Any], path: str
) -> None:
    by_wire = {field.wire: field for field in fields}
    _rules.check_known(value, by_wire, path, ", ".join(by_wire))
    _rules.check_required(fields, value, path, {})
    for field in fields:
        if field.wire in value:
            where = _rules.join(path, field.wire)
            _check_value(field.shape, value[field.wire], where)
            _rules.check_bounds(field, value[field.wire], where)
    _rules.check_one_of(one_of, value, path or "body", {})


def _check_value(shape: Shape, value: Any, path: str) -> None:
    kind = shape.kind
    if kind == "any":
        return
    if kind == "union":
        _check_union(shape, value, path)
        return
    if not _fits(shape, value):
        raise Broken(path, f"must be {_WANTED[kind]}, got {_rules.found(value)}")
    if kind == "enum":
        _rules.check_enum(shape, value, path)
    elif kind == "list":
        assert shape.item is not None
        for index, item in enumerate(value):
            _check_value(shape.item, item, f"{path}[{index}]")
    elif kind == "map" or (kind == "model" and shape.item is not None):
        assert shape.item is not None
        for key, item in value.items():
            _check_value(shape.item, item, _rules.join(path, key))
    elif kind == "model" and shape.fields:
        _check_object(shape.fields, shape.one_of, value, path)


def _check_union(shape: Shape, value: Any, path: str) -> None:
    """The first option of the value's JSON type decides, so that its message is the one reported."""
    first: Broken | None = None
    for option in shape.options:
        if not _fits(option, value):
            continue
        try:
            _check_value(option, value, path)
            return
        except Broken as exc:
            first = first or exc
    if first is not None:
        raise first
    wanted = " or ".join(_WANTED.get(option.kind, option.kind) for option in shape.options)
    raise Broken(path, f"must be {wanted}, got {_rules.found(value)}")


def _fits(shape: Shape, value: Any) -> bool:
    """Whether the value has the JSON type the shape needs (its content is checked separately)."""
    kind = shape.kind
    if kind in _rules.WANTED:
        # JSON has numbers only: 2.0 is an integer to JSON Schema (and to CMR's JavaScript), 2.5 is not.
        return _rules.fits(kind, value, integral_floats=True)
    if kind == "enum":
        return isinstance(value, str)
    if kind == "list":
        return isinstance(value, list)
    if kind in ("map", "model"):
        return isinstance(value, dict)
    if kind == "union":
        return any(_fits(option, value) for option in shape.options)
    return True


def _rejected(broken: Broken) -> Rejected:
    """CMR's answer to a broken rule: 400 for a missing value, in its wording ("Please provide a userId"; "an
    email": a name starting with u is read "you"), 422 for anything else."""
    if broken.missing:
        article = "an" if broken.path[:1].lower() in "aeio" else "a"
        return Rejected(400, f"Please provide {article} {broken.path}")
    return Rejected(422, str(broken))


def _missing(path: str) -> Broken:
    return Broken(path, "missing required key", missing=True)


def _invalid(path: str, problem: str) -> Broken:
    return Broken(path, problem)
