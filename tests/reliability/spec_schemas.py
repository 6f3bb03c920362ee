"""Spec-valid values for the reliability tests: arguments and success envelopes of every operation, minimal ones
and Hypothesis strategies for the subset of JSON Schema the spec uses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from coldmailreseller import Operation
from tests.support.spec import field_schemas, is_valid, resolve, response_schema, success_status

__all__ = ["field_schemas", "is_valid", "minimal", "ok_envelope", "resolve", "strategy", "valid_args"]

# $ref nesting deeper than this is cut short (the spec has no recursive schemas, this only bounds the walk).
MAX_DEPTH = 12
# Arrays and maps stay small: the fuzz test wants many shapes, not big documents.
MAX_ITEMS = 3


# --- minimal spec-valid values ------------------------------------------------------------------------------


def minimal(schema: dict[str, Any], depth: int = 0) -> Any:
    """A small value the schema accepts: required properties only, minItems items, shortest strings."""
    if depth > MAX_DEPTH:
        return None
    schema = resolve(schema)
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema:
        return minimal(schema["anyOf"][0], depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = kind[0]
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: minimal(props[name], depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        return [minimal(schema["items"], depth + 1) for _ in range(schema.get("minItems", 0))]
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2024-01-02T03:04:05Z"
        return "x" * max(1, schema.get("minLength", 1))
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    return None if kind == "null" else {}


def valid_args(op: Operation[Any], with_field: str | None = None) -> dict[str, Any]:
    """Keyword arguments for the method that the spec accepts: every required field, and one group of an
    exactly-one-of rule (the one holding the wire name `with_field`, else the first), minimal."""
    schemas = field_schemas(op.operation_id)
    groups = [group for group in op.one_of if with_field in group] or list(op.one_of[:1])
    chosen = set(groups[0]) if groups else set()
    return {f.attr: minimal(schemas[f.wire][0]) for f in op.fields if f.required or f.wire in chosen}


def ok_envelope(op_id: str) -> dict[str, Any]:
    """A minimal success envelope whose `data` (when declared) is present."""
    schema = resolve(response_schema(op_id))
    envelope = minimal(schema)
    envelope["status"] = success_status(op_id)
    envelope.setdefault("message", "ok")
    if "data" in schema.get("properties", {}):
        envelope["data"] = minimal(schema["properties"]["data"])
    return envelope


# --- Hypothesis strategies ----------------------------------------------------------------------------------

JSON_SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8)
)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=MAX_ITEMS) | st.dictionaries(st.text(max_size=6), inner, max_size=MAX_ITEMS),
    max_leaves=8,
)
_OFFSETS = st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8))])
DATE_TIMES = st.builds(
    lambda moment, tz: moment.replace(tzinfo=tz).isoformat().replace("+00:00", "Z"),
    st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1)),
    _OFFSETS,
)


def strategy(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values the schema accepts, for the keywords the spec uses."""
    if depth > MAX_DEPTH:
        return st.none()
    schema = resolve(schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "anyOf" in schema:
        return st.one_of([strategy(sub, depth + 1) for sub in schema["anyOf"]])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([strategy({**schema, "type": k}, depth) for k in kind])
    if kind == "object" or "properties" in schema:
        return _object(schema, depth)
    if kind == "array":
        low = schema.get("minItems", 0)
        return st.lists(strategy(schema["items"], depth + 1), min_size=low, max_size=max(low, MAX_ITEMS))
    if kind == "string":
        if schema.get("format") == "date-time":
            return DATE_TIMES
        return st.text(min_size=schema.get("minLength", 0), max_size=max(schema.get("minLength", 0), 12))
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers()
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return ANY_JSON  # no type: the spec allows anything


def _object(schema: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
    props = schema.get("properties", {})
    required = set(schema.get("required", []))
    fixed = st.fixed_dictionaries(
        {name: strategy(sub, depth + 1) for name, sub in props.items() if name in required},
        optional={name: strategy(sub, depth + 1) for name, sub in props.items() if name not in required},
    )
    extra = schema.get("additionalProperties")
    if not extra:
        return fixed
    values = ANY_JSON if extra is True else strategy(extra, depth + 1)
    keys = st.text(min_size=1, max_size=8).filter(lambda key: key not in props)
    extras = st.dictionaries(keys, values, max_size=MAX_ITEMS)
    return st.builds(lambda base, more: {**more, **base}, fixed, extras)
