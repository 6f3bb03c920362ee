"""Small readers of JSON Schema nodes shared by the renderers."""

from __future__ import annotations

from typing import Any


def ref_name(node: Any) -> str | None:
    """`X` for a node `{$ref: '#/components/.../X'}`, else None."""
    return node["$ref"].rsplit("/", 1)[-1] if isinstance(node, dict) and "$ref" in node else None


def json_types(schema: dict[str, Any]) -> list[str]:
    """The JSON types a schema allows (`type` as a list), `null` included."""
    kind = schema.get("type")
    return kind if isinstance(kind, list) else [kind] if kind else []


def primary_type(schema: dict[str, Any]) -> str | None:
    """The first non-null JSON type of a schema."""
    return next((kind for kind in json_types(schema) if kind != "null"), None)
