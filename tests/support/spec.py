"""The spec as test data, loaded once for every suite: operations, webhook events, `$ref` resolution, the
`example`s it holds, and JSON Schema validation against its components."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from generator.pipeline import SPEC as SPEC_PATH
from generator.spec import Spec, SpecOperation

SPEC = Spec.load(SPEC_PATH)
RAW: dict[str, Any] = SPEC.raw
COMPONENTS: dict[str, Any] = RAW["components"]
resolve = SPEC.resolve


def operation(op_id: str) -> SpecOperation:
    return SPEC.operations[op_id]


def success_status(op_id: str) -> int:
    return SPEC.success(operation(op_id))[0]


def response_schema(op_id: str) -> dict[str, Any]:
    """The JSON schema of the 2xx envelope."""
    schema = SPEC.success(operation(op_id))[1]
    assert schema is not None, f"{op_id} has no JSON success body"
    return schema


def field_schemas(op_id: str) -> dict[str, tuple[dict[str, Any], bool]]:
    """Wire name -> (schema, required) for every parameter and top-level body property; the wire name ""
    is the whole body (the `body` argument of bodies whose fields are undocumented)."""
    op = operation(op_id)
    fields: dict[str, tuple[dict[str, Any], bool]] = {}
    for param in SPEC.parameters(op):
        fields[param["name"]] = (param["schema"], bool(param.get("required")))
    body = SPEC.request_schema(op)
    if body is not None:
        fields[""] = (body, bool(resolve(op.node["requestBody"]).get("required")))
        required = set(body.get("required", []))
        for name, prop in body.get("properties", {}).items():
            fields[name] = (prop, name in required)
    return fields


def request_example(op_id: str) -> dict[str, Any] | None:
    """The request body example of an operation, when the spec has one."""
    body = resolve(operation(op_id).node.get("requestBody", {}))
    example = body.get("content", {}).get("application/json", {}).get("example")
    return example if isinstance(example, dict) else None


@cache
def _validator(schema_json: str) -> Draft202012Validator:
    return Draft202012Validator({**json.loads(schema_json), "components": COMPONENTS})


def validation_errors(schema: dict[str, Any], value: object) -> list[str]:
    """Where and why `value` breaks `schema` (refs resolved against the spec's components); empty when valid."""
    validator = _validator(json.dumps(schema, sort_keys=True))
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(value)]


def is_valid(schema: dict[str, Any], value: object) -> bool:
    return _validator(json.dumps(schema, sort_keys=True)).is_valid(value)


def webhook_examples() -> list[tuple[str, dict[str, Any]]]:
    """(event name, example body) for every `example` and `examples` entry of the webhook request bodies."""
    found = []
    for name in sorted(SPEC.events):
        for media in SPEC.events[name].node["requestBody"]["content"].values():
            if "example" in media:
                found.append((name, media["example"]))
            found.extend((name, example["value"]) for example in media.get("examples", {}).values())
    return found


# -- every `example` in the document ------------------------------------------------------------------------


def pointer(*tokens: str | int) -> str:
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


def examples() -> list[tuple[str, str, Any]]:
    """(readable id, JSON pointer of the schema, example value) for every `example` in the spec.

    An object with both `schema` and `example` is a parameter, header or media type; its example is checked
    against its `schema`. Any other object with `example` is a schema, checked against itself."""
    return list(_examples(RAW, ()))


def plural_examples() -> list[str]:
    """JSON pointers of the places where the spec uses the plural `examples`, which `examples()` ignores."""
    return list(_plural(RAW, ()))


def _plural(node: Any, path: tuple[str | int, ...]) -> Iterator[str]:
    in_properties = bool(path) and path[-1] == "properties"
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if key == "examples" and not in_properties:
            yield pointer(*path, key)
        elif key != "example" or in_properties:
            yield from _plural(value, (*path, key))


def _examples(node: Any, path: tuple[str | int, ...]) -> Iterator[tuple[str, str, Any]]:
    if isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, (*path, index))
        return
    if not isinstance(node, dict):
        return
    # A `properties` map is keyed by field names, any of which could be "example" or start with "x-".
    in_properties = bool(path) and path[-1] == "properties"
    if "example" in node and not in_properties:
        schema_path = (*path, "schema") if "schema" in node else path
        yield _readable(path), pointer(*schema_path), node["example"]
    for key, value in node.items():
        if in_properties or (key != "example" and not key.startswith("x-")):
            yield from _examples(value, (*path, key))


def _readable(path: tuple[str | int, ...]) -> str:
    """`getUser/parameters/userId`, `webhook:domain.order.success/requestBody/...`, `components/schemas/X/...`:
    operations by operationId, list entries by their `name` when they have one."""
    if len(path) < 3 or path[0] not in ("paths", "webhooks"):
        return "/".join(str(p) for p in path)
    node: Any = RAW[path[0]][path[1]][path[2]]
    label = f"webhook:{path[1]}" if path[0] == "webhooks" else node.get("operationId", f"{path[1]} {path[2]}")
    parts = [str(label)]
    for token in path[3:]:
        node = node[token]
        name = node.get("name") if isinstance(token, int) and isinstance(node, dict) else None
        parts.append(str(name or token))
    return "/".join(parts)
