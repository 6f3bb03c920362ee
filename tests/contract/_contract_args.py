"""Valid keyword arguments for every operation, taken from the spec's examples (or made from its schemas)
and named as the client names them (`Field.wire` on the wire, `Field.attr` in Python)."""

from __future__ import annotations

from typing import Any

from coldmailreseller import OPERATIONS
from tests.support.spec import operation, resolve

_MISSING: Any = object()
_NULL_TYPE = "null"


def call_arguments(operation_id: str) -> dict[str, Any]:
    op = OPERATIONS[operation_id]
    node = operation(operation_id).node
    parameters = {p["name"]: p for p in map(resolve, node.get("parameters", []))}
    media = _json_media(node)
    kwargs: dict[str, Any] = {}
    for field in op.fields:
        if field.location == "body_object":
            # Undocumented body fields: send the documented example, or an empty object.
            example = media.get("example")
            value = dict(example) if isinstance(example, dict) else {}
        elif field.location == "body":
            # An exactly-one-of rule: the example's group when it shows one, else the first group.
            chosen = _chosen_group(op.one_of, media.get("example"))
            value = _body_value(media, field.wire, field.required or field.wire in chosen)
        else:
            value = _parameter_value(parameters[field.wire], field.required)
        if value is not _MISSING:
            kwargs[field.attr] = value
    return kwargs


def _chosen_group(groups: tuple[tuple[str, ...], ...], example: Any) -> set[str]:
    for group in groups:
        if isinstance(example, dict) and all(key in example for key in group):
            return set(group)
    return set(groups[0]) if groups else set()


def _json_media(operation: dict[str, Any]) -> dict[str, Any]:
    body = resolve(operation.get("requestBody", {}))
    return dict(body.get("content", {}).get("application/json", {}))


def _parameter_value(parameter: dict[str, Any], required: bool) -> Any:
    if "example" in parameter:
        return parameter["example"]
    schema = resolve(parameter.get("schema", {}))
    if required or "default" in schema or "enum" in schema:
        return minimal_value(schema)
    return _MISSING


def _body_value(media: dict[str, Any], wire: str, required: bool) -> Any:
    example = media.get("example")
    if isinstance(example, dict) and wire in example:
        return example[wire]
    schema = resolve(media.get("schema", {}))
    prop = resolve(schema.get("properties", {}).get(wire, {}))
    if "example" in prop or required:
        return minimal_value(prop)
    return _MISSING


def minimal_value(schema: dict[str, Any]) -> Any:
    """A small value valid for `schema`: its example, default or first enum member, else one built from
    its type and bounds."""
    schema = resolve(schema)
    for key in ("example", "default", "const"):
        if key in schema:
            return schema[key]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return minimal_value(schema[key][0])
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(t for t in kind if t != _NULL_TYPE)
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: minimal_value(properties.get(name, {})) for name in schema.get("required", [])}
    if kind == "array":
        return [minimal_value(schema.get("items", {}))] * max(schema.get("minItems", 0), 1)
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2025-01-01T00:00:00Z"
        return "x" * max(schema.get("minLength", 0), 1)
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    raise AssertionError(f"no minimal value for schema {schema!r}")
