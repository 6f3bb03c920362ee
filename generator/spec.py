"""Reading the spec: loading it, following `$ref`s, listing operations and webhook events, their parameters and
bodies, and the models document handed to openapi-python-client.

The one reader of the spec: the generator, `nox -s learn` (`tools/learn.py`, on the ruamel.yaml round-trip data,
whose nodes it edits in place: the lookups return the document's own nodes unless they say they copy) and the
release classifier (`tools/release/classify.py`) all read the spec through `Spec`."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    http_method: str  # upper case
    path: str
    node: dict[str, Any]  # the operation object
    path_item: dict[str, Any]


@dataclass(frozen=True)
class SpecEvent:
    name: str
    node: dict[str, Any]  # the webhook's `post` operation
    schema_name: str  # the component schema of its payload


class Spec:
    """A loaded spec document with the lookups the renderers and tests share."""

    def __init__(self, raw: dict[str, Any], sha256: str = "") -> None:
        self.raw = raw
        self.sha256 = sha256
        self.schemas: dict[str, Any] = raw.get("components", {}).get("schemas", {})

    @classmethod
    def load(cls, path: Path) -> Spec:
        data = path.read_bytes()
        return cls(yaml.load(data, Loader=_Loader), hashlib.sha256(data).hexdigest())

    def pointer(self, pointer: str) -> Any:
        """The node at a JSON pointer (`#/components/schemas/User`)."""
        node: Any = self.raw
        for token in pointer.removeprefix("#").split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s until the node is not a reference."""
        for _ in range(32):  # bounded: a longer chain is a cycle
            if not (isinstance(node, dict) and "$ref" in node):
                return node
            node = self.pointer(node["$ref"])
        raise ValueError(f"$ref chain too long or cyclic at {node!r}")

    @cached_property
    def operations(self) -> dict[str, SpecOperation]:
        """operationId -> operation, in document order (webhooks are not client calls)."""
        found: dict[str, SpecOperation] = {}
        for path, item in self.raw.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    op = item[method]
                    found[op["operationId"]] = SpecOperation(op["operationId"], method.upper(), path, op, item)
        return found

    @cached_property
    def events(self) -> dict[str, SpecEvent]:
        """Webhook event name -> its delivery, in document order."""
        found = {}
        for name, item in self.raw.get("webhooks", {}).items():
            schema = self.event_schema(item["post"])
            found[name] = SpecEvent(name, item["post"], ref_name(schema) or "")
        return found

    def event_schema(self, node: dict[str, Any]) -> Any:
        """The payload schema of a webhook's `post` node, unresolved (the node itself, for in-place edits)."""
        media = self.body_media(node)
        if media is None:
            raise ValueError("a webhook without a JSON request body")
        return media["schema"]

    def parameters(self, op: SpecOperation) -> list[dict[str, Any]]:
        """The operation's parameters, resolved: the path item's merged with the operation's as OpenAPI says (an
        operation-level parameter overrides the path-level one of the same name and location)."""
        own = [self.resolve(p) for p in op.node.get("parameters", [])]
        overridden = {(p.get("name"), p.get("in")) for p in own}
        shared = (self.resolve(p) for p in op.path_item.get("parameters", []))
        return [*(p for p in shared if (p.get("name"), p.get("in")) not in overridden), *own]

    def request_body(self, node: dict[str, Any]) -> dict[str, Any] | None:
        """The resolved `requestBody` object of an operation node (or a webhook's `post`), or None."""
        body = node.get("requestBody")
        return None if body is None else dict(self.resolve(body))

    def body_media(self, node: dict[str, Any]) -> dict[str, Any] | None:
        """The `application/json` media object (schema, example, examples) of an operation node's (or a webhook's)
        request body, or None."""
        body = self.request_body(node)
        return None if body is None else body.get("content", {}).get("application/json")

    def request_schema(self, op: SpecOperation) -> dict[str, Any] | None:
        """A copy of the resolved request body schema, or None."""
        media = self.body_media(op.node)
        return None if media is None else dict(self.resolve(media["schema"]))

    def success_response(self, node: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        """The first 2xx status of an operation node and its resolved response object, or None."""
        found = next(((k, v) for k, v in node.get("responses", {}).items() if str(k).startswith("2")), None)
        return None if found is None else (int(found[0]), self.resolve(found[1]))

    def success_media(self, node: dict[str, Any]) -> dict[str, Any] | None:
        """The `application/json` media object of an operation node's 2xx response, or None."""
        found = self.success_response(node)
        return None if found is None else found[1].get("content", {}).get("application/json")

    def success(self, op: SpecOperation) -> tuple[int, dict[str, Any] | None]:
        """The 2xx status and its JSON envelope schema (None when the response has no JSON body)."""
        found = self.success_response(op.node)
        if found is None:
            raise ValueError(f"{op.operation_id}: no 2xx response")
        content = found[1].get("content", {}).get("application/json")
        return found[0], None if content is None else dict(self.resolve(content["schema"]))

    def success_example(self, op: SpecOperation) -> tuple[Any, bool]:
        """The documented example of the 2xx answer, or the smallest envelope the spec allows; and whether
        it is documented."""
        media = self.success_media(op.node) or {}
        if "example" in media:
            return media["example"], True
        if "schema" not in media:
            return None, False
        envelope = self.minimal(media["schema"])
        envelope["status"] = self.success(op)[0]
        envelope.setdefault("message", "Success")
        if "data" in self.resolve(media["schema"]).get("properties", {}):
            envelope["data"] = self.minimal(self.resolve(media["schema"])["properties"]["data"])
        return envelope, False

    def minimal(self, schema: Any, depth: int = 0) -> Any:
        """A small value `schema` accepts: required properties only, shortest strings, first enum values."""
        schema = self.resolve(schema)
        if depth > 16:
            raise ValueError("schema nesting too deep for a minimal value")
        for key in ("example", "const", "default"):
            if key in schema and key != "example":
                return schema[key]
        if "enum" in schema:
            return schema["enum"][0]
        options = schema.get("anyOf") or schema.get("oneOf")
        if options and not schema.get("properties"):
            return self.minimal(options[0], depth + 1)
        kind = primary_type(schema) or ("object" if "properties" in schema else None)
        if kind == "object":
            props = schema.get("properties", {})
            return {name: self.minimal(props.get(name, {}), depth + 1) for name in schema.get("required", [])}
        if kind == "array":
            return [self.minimal(schema.get("items", {}), depth + 1) for _ in range(schema.get("minItems", 0))]
        if kind == "string":
            if schema.get("format") == "date-time":
                return "2025-01-01T00:00:00Z"
            return "x" * max(schema.get("minLength", 0), 1)
        if kind in ("integer", "number"):
            return schema.get("minimum", 1)
        if kind == "boolean":
            return True
        return None

    def models_document(self) -> dict[str, Any]:
        """The spec cut down to what openapi-python-client must turn into models: no paths (so no endpoint
        modules) and only the schemas the client reads or sends (so no per-operation envelope models)."""
        wanted: set[str] = set()
        for root in self._model_roots():
            self._collect(root, wanted)
        schemas = {name: schema for name, schema in self.schemas.items() if name in wanted}
        return {
            "openapi": self.raw["openapi"],
            "info": self.raw["info"],
            "paths": {},
            "components": {"schemas": schemas},
        }

    def _model_roots(self) -> Iterator[Any]:
        for op in self.operations.values():
            for param in self.parameters(op):
                yield param.get("schema", {})
            body = self.request_schema(op)
            if body is not None:
                yield from body.get("properties", {}).values()
            _, envelope = self.success(op)
            if envelope is not None and "data" in envelope.get("properties", {}):
                yield envelope["properties"]["data"]
        for event in self.events.values():
            yield {"$ref": f"#/components/schemas/{event.schema_name}"}

    def _collect(self, node: Any, found: set[str]) -> None:
        if isinstance(node, dict):
            name = ref_name(node)
            if name is not None and node["$ref"].startswith("#/components/schemas/"):
                if name not in found:
                    found.add(name)
                    self._collect(self.schemas[name], found)
                return
            for value in node.values():
                self._collect(value, found)
        elif isinstance(node, list):
            for value in node:
                self._collect(value, found)


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
