"""What the contract tests read from the spec and the facade: operations, their Operation constants and
declared return types, and every `example` the spec holds."""

from __future__ import annotations

import functools
import importlib
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from coldmailreseller_facade._spec import Operation

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


@functools.cache
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        return dict(yaml.safe_load(f))


def resolve(node: Any) -> Any:
    """Follow local `$ref`s until the node is not a reference (the spec has no remote refs)."""
    for _ in range(20):  # bounded: a longer chain is a cycle
        if not (isinstance(node, dict) and "$ref" in node):
            return node
        node = pointer_get(node["$ref"].removeprefix("#"))
    raise AssertionError(f"$ref chain too long or cyclic at {node!r}")


def pointer_get(pointer: str) -> Any:
    node: Any = spec()
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def pointer(*tokens: str | int) -> str:
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


@functools.cache
def spec_operations() -> dict[str, dict[str, Any]]:
    """operationId -> operation object, for the paths only (webhooks are not client calls)."""
    found = {}
    for item in spec()["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                found[item[method]["operationId"]] = item[method]
    return found


def facade_module(resource: str) -> Any:
    return importlib.import_module(f"coldmailreseller_facade.{resource}")


@functools.cache
def facade_operation(operation_id: str, resource: str) -> tuple[str, Operation[Any]]:
    """(constant name, Operation) of the facade constant describing this operation."""
    module = facade_module(resource)
    matches = [(n, v) for n, v in vars(module).items() if isinstance(v, Operation) and v.operation_id == operation_id]
    assert len(matches) == 1, f"facade.{resource} has {len(matches)} Operation constants for {operation_id}"
    return matches[0]


def declared_type(operation_id: str, resource: str) -> Any:
    """T of the facade's `NAME: Operation[T]` annotation: a model class, list[model] or NoneType."""
    name, _ = facade_operation(operation_id, resource)
    hint = typing.get_type_hints(facade_module(resource))[name]
    (data_type,) = typing.get_args(hint)
    return data_type


def uses_examples_keyword() -> list[str]:
    """JSON pointers of the places where the spec uses the plural `examples`, which `spec_examples` ignores."""
    return list(_plural_examples(spec(), ()))


def _plural_examples(node: Any, path: tuple[str | int, ...]) -> Iterator[str]:
    in_properties = bool(path) and path[-1] == "properties"
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if key == "examples" and not in_properties:
            yield pointer(*path, key)
        elif key != "example" or in_properties:
            yield from _plural_examples(value, (*path, key))


def spec_examples() -> list[tuple[str, str, Any]]:
    """(readable id, JSON pointer of the schema, example value) for every `example` in the spec.

    An object with both `schema` and `example` is a parameter, header or media type; its example is checked
    against its `schema`. Any other object with `example` is a schema, checked against itself."""
    return list(_examples(spec(), ()))


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
    node: Any = spec()[path[0]][path[1]][path[2]]
    label = f"webhook:{path[1]}" if path[0] == "webhooks" else node.get("operationId", f"{path[1]} {path[2]}")
    parts = [str(label)]
    for token in path[3:]:
        node = node[token]
        name = node.get("name") if isinstance(token, int) and isinstance(node, dict) else None
        parts.append(str(name or token))
    return "/".join(parts)
