"""What a change of spec/openapi.yaml means for the teams that use the client: explicit rules that know the
direction of data (what a team sends, what it reads).

Breaking: an operation, parameter, request field or request enum value removed; a required parameter or request
field added (or made required); a type changed or narrowed (a constraint tightened); a response field removed (a
model loses its attribute); a response enum value removed; a path, method, resource or method name changed; a
call's effect changed towards riskier retries; a webhook event removed.
Feature: an operation, optional parameter, optional request field, response field, response or request enum
value, or webhook event added (the reader keeps unknown response values, so new ones are safe).
Fix: a call's effect changed towards safer retries; a constraint loosened; a request field made optional.
Docs: summaries, descriptions and examples.

Each finding is a sentence naming the operation (or event) and the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Category = Literal["breaking", "features", "fixes", "docs"]
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# The client re-sends these after timeouts and 5xx; the others only when a request provably never left.
RETRIED = {"read", "idempotent"}
EFFECTS = {"read", "idempotent", "create", "async", "money"}
# Constraint -> whether a larger value is stricter.
CONSTRAINTS = {"minLength": True, "maxLength": False, "minimum": True, "maximum": False, "minItems": True}
PROSE = ("summary", "description", "example")


@dataclass
class Report:
    breaking: list[str] = field(default_factory=list)
    features: list[str] = field(default_factory=list)
    fixes: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)

    def add(self, category: Category, sentence: str) -> None:
        bucket: list[str] = getattr(self, category)
        if sentence not in bucket:
            bucket.append(sentence)

    @property
    def bump(self) -> str:
        """The semver bump before 1.0 is applied by the release tool; here the plain meaning."""
        if self.breaking:
            return "major"
        if self.features:
            return "minor"
        if self.fixes or self.docs:
            return "patch"
        return "none"

    def as_json(self) -> dict[str, Any]:
        return {"bump": self.bump, **{k: getattr(self, k) for k in ("breaking", "features", "fixes", "docs")}}


class _Doc:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def resolve(self, node: Any) -> Any:
        for _ in range(32):
            if not (isinstance(node, dict) and "$ref" in node):
                return node
            target: Any = self.raw
            for token in node["$ref"].removeprefix("#/").split("/"):
                target = target[token]
            node = target
        raise ValueError("$ref chain too long or cyclic")

    def operations(self) -> dict[str, tuple[str, str, dict[str, Any]]]:
        found = {}
        for path, item in self.raw.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    found[item[method]["operationId"]] = (method.upper(), path, item[method])
        return found

    def parameters(self, op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
        params = (self.resolve(p) for p in op.get("parameters", []))
        return {(p["in"], p["name"]): p for p in params if p["in"] in ("path", "query", "header")}

    def body(self, op: dict[str, Any]) -> tuple[dict[str, Any] | None, bool]:
        body = op.get("requestBody")
        if body is None:
            return None, False
        body = self.resolve(body)
        return self.resolve(body["content"]["application/json"]["schema"]), bool(body.get("required"))

    def success(self, op: dict[str, Any]) -> Any:
        response = next((v for k, v in op.get("responses", {}).items() if str(k).startswith("2")), None)
        content = self.resolve(response or {}).get("content", {}).get("application/json")
        return None if content is None else content.get("schema")


def classify(old_raw: dict[str, Any], new_raw: dict[str, Any]) -> Report:
    report = Report()
    old, new = _Doc(old_raw), _Doc(new_raw)
    old_ops, new_ops = old.operations(), new.operations()
    for op_id in sorted(old_ops.keys() - new_ops.keys()):
        report.add("breaking", f"{op_id}: operation removed ({old_ops[op_id][0]} {old_ops[op_id][1]})")
    for op_id in sorted(new_ops.keys() - old_ops.keys()):
        method, path, op = new_ops[op_id]
        report.add("features", f"{op_id}: operation added ({method} {path}, {_client_name(op)})")
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        _operation(report, op_id, old, new, old_ops[op_id], new_ops[op_id])
    _events(report, old, new)
    return report


def _client_name(op: dict[str, Any]) -> str:
    return f"`{op.get('x-cmr-resource')}.{op.get('x-cmr-method')}()`"


def _operation(
    report: Report,
    op_id: str,
    old: _Doc,
    new: _Doc,
    before: tuple[str, str, dict[str, Any]],
    after: tuple[str, str, dict[str, Any]],
) -> None:
    (old_method, old_path, old_op), (new_method, new_path, new_op) = before, after
    if (old_method, old_path) != (new_method, new_path):
        report.add("breaking", f"{op_id}: moved from {old_method} {old_path} to {new_method} {new_path}")
    for key in ("x-cmr-resource", "x-cmr-method"):
        if old_op.get(key) != new_op.get(key):
            report.add(
                "breaking", f"{op_id}: client method renamed from {_client_name(old_op)} to {_client_name(new_op)}"
            )
    _effect(report, op_id, old_op.get("x-cmr-effect"), new_op.get("x-cmr-effect"))
    if old_op.get("x-cmr-result") != new_op.get("x-cmr-result"):
        was, now = old_op.get("x-cmr-result") or "its data", new_op.get("x-cmr-result") or "its data"
        report.add("breaking", f"{op_id}: returns {now} instead of {was}")
    if "x-cmr-paginate" in new_op and "x-cmr-paginate" not in old_op:
        report.add("features", f"{op_id}: iterator over every page added")
    elif "x-cmr-paginate" in old_op and "x-cmr-paginate" not in new_op:
        report.add("breaking", f"{op_id}: iterator removed")
    for key in PROSE:
        if old_op.get(key) != new_op.get(key):
            report.add("docs", f"{op_id}: {key} changed")
    _parameters(report, op_id, old, new, old_op, new_op)
    old_body, old_required = old.body(old_op)
    new_body, new_required = new.body(new_op)
    if old_body is None and new_body is not None:
        report.add("breaking" if new_required else "features", f"{op_id}: request body added")
    elif old_body is not None and new_body is None:
        report.add("breaking", f"{op_id}: request body removed")
    elif old_body is not None and new_body is not None:
        if new_required and not old_required:
            report.add("breaking", f"{op_id}: request body became required")
        _compare(report, f"{op_id}: request field", "request", old, new, old_body, new_body, "", set())
    old_data, new_data = old.success(old_op), new.success(new_op)
    if old_data is not None and new_data is not None:
        _compare(report, f"{op_id}: response field", "response", old, new, old_data, new_data, "", set())
    elif old_data is not None:
        report.add("breaking", f"{op_id}: success response no longer has a JSON body")


def _effect(report: Report, op_id: str, before: Any, after: Any) -> None:
    if before == after or before not in EFFECTS or after not in EFFECTS:
        return
    if before in RETRIED and after not in RETRIED:
        report.add("fixes", f"{op_id}: effect {before} -> {after}, no longer re-sent after timeouts and 5xx")
    elif after in RETRIED and before not in RETRIED:
        report.add("breaking", f"{op_id}: effect {before} -> {after}, now re-sent after timeouts and 5xx")
    else:
        report.add("docs", f"{op_id}: effect {before} -> {after} (retried as before)")


def _parameters(
    report: Report, op_id: str, old: _Doc, new: _Doc, old_op: dict[str, Any], new_op: dict[str, Any]
) -> None:
    before, after = old.parameters(old_op), new.parameters(new_op)
    for key in sorted(before.keys() - after.keys()):
        report.add("breaking", f"{op_id}: {key[0]} parameter `{key[1]}` removed")
    for key in sorted(after.keys() - before.keys()):
        required = bool(after[key].get("required"))
        report.add(
            "breaking" if required else "features",
            f"{op_id}: {'required' if required else 'optional'} {key[0]} parameter `{key[1]}` added",
        )
    for key in sorted(before.keys() & after.keys()):
        label = f"{op_id}: {key[0]} parameter `{key[1]}`"
        was, now = bool(before[key].get("required")), bool(after[key].get("required"))
        if now and not was:
            report.add("breaking", f"{label} became required")
        elif was and not now:
            report.add("fixes", f"{label} became optional")
        if before[key].get("description") != after[key].get("description"):
            report.add("docs", f"{label}: description changed")
        _schema(report, label, "request", old, new, before[key].get("schema", {}), after[key].get("schema", {}))


def _compare(
    report: Report,
    label: str,
    direction: str,
    old: _Doc,
    new: _Doc,
    before: Any,
    after: Any,
    path: str,
    seen: set[tuple[int, int]],
) -> None:
    """Object schemas compared field by field (recursively); other schemas by type, enum and constraints."""
    if (id(before), id(after)) in seen:
        return
    seen = seen | {(id(before), id(after))}
    before, after = old.resolve(before), new.resolve(after)
    if not isinstance(before, dict) or not isinstance(after, dict):
        return
    _schema(
        report, f"{label} `{path}`" if path else label.replace(" field", " body"), direction, old, new, before, after
    )
    old_props, new_props = before.get("properties") or {}, after.get("properties") or {}
    old_req, new_req = set(before.get("required") or []), set(after.get("required") or [])
    for name in old_props.keys() - new_props.keys():
        report.add("breaking", f"{label} `{_join(path, name)}` removed")
    for name in sorted(new_props.keys() - old_props.keys()):
        where = f"{label} `{_join(path, name)}`"
        if direction == "request" and name in new_req:
            report.add("breaking", f"{where} added as required")
        else:
            report.add("features", f"{where} added{'' if direction == 'response' else ' (optional)'}")
    for name in sorted(old_props.keys() & new_props.keys()):
        where = f"{label} `{_join(path, name)}`"
        if direction == "request" and name in new_req and name not in old_req:
            report.add("breaking", f"{where} became required")
        elif direction == "request" and name in old_req and name not in new_req:
            report.add("fixes", f"{where} became optional")
        old_prop, new_prop = old.resolve(old_props[name]), new.resolve(new_props[name])
        if (
            isinstance(old_prop, dict)
            and isinstance(new_prop, dict)
            and old_prop.get("description") != new_prop.get("description")
        ):
            report.add("docs", f"{where}: description changed")
        _compare(report, label, direction, old, new, old_props[name], new_props[name], _join(path, name), seen)
    old_items, new_items = before.get("items"), after.get("items")
    if isinstance(old_items, dict) and isinstance(new_items, dict):
        _compare(report, label, direction, old, new, old_items, new_items, path + "[]", seen)
    for key in ("anyOf", "oneOf"):
        for a, b in zip(before.get(key) or [], after.get(key) or [], strict=False):
            _compare(report, label, direction, old, new, a, b, path, seen)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _schema(report: Report, where: str, direction: str, old: _Doc, new: _Doc, before: Any, after: Any) -> None:
    """Type, enum and constraints of one schema (no recursion into properties)."""
    before, after = old.resolve(before), new.resolve(after)
    if not isinstance(before, dict) or not isinstance(after, dict):
        return
    old_types, new_types = _types(old, before), _types(new, after)
    if old_types and new_types and old_types != new_types:
        if new_types > old_types and direction == "request":
            report.add("fixes", f"{where}: type widened from {_names(old_types)} to {_names(new_types)}")
        elif new_types > old_types:
            report.add("features", f"{where}: type widened from {_names(old_types)} to {_names(new_types)}")
        else:
            report.add("breaking", f"{where}: type changed from {_names(old_types)} to {_names(new_types)}")
    old_enum, new_enum = _enum(old, before), _enum(new, after)
    if old_enum is not None and new_enum is not None:
        for value in sorted(old_enum - new_enum, key=str):
            report.add("breaking", f"{where}: enum value {value!r} removed")
        for value in sorted(new_enum - old_enum, key=str):
            report.add("features", f"{where}: enum value {value!r} added")
    for key, larger_is_stricter in CONSTRAINTS.items():
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        stricter = now is not None and (was is None or (now > was) == larger_is_stricter)
        if direction == "request" or stricter:
            report.add("breaking" if stricter else "fixes", f"{where}: {key} {was} -> {now}")
    if before.get("const") != after.get("const"):
        if direction == "request" and after.get("const") is not None:
            report.add("breaking", f"{where}: now only {after['const']!r}")
        else:
            report.add(
                "features" if after.get("const") is not None else "fixes",
                f"{where}: const {before.get('const')!r} -> {after.get('const')!r}",
            )
    if direction == "request":
        was, now = _groups(before), _groups(after)
        if now != was:
            described = " or ".join(" + ".join(group) for group in sorted(now)) if now else "none"
            report.add("breaking" if now - was else "fixes", f"{where}: exactly one of {described} must be sent")
    if before.get("example") != after.get("example"):
        report.add("docs", f"{where}: example changed")


def _groups(schema: dict[str, Any]) -> frozenset[tuple[str, ...]]:
    """The `oneOf` of `required` groups of a request schema (exactly one is sent)."""
    return frozenset(tuple(option.get("required", ())) for option in schema.get("oneOf") or [] if "required" in option)


def _types(doc: _Doc, schema: dict[str, Any]) -> frozenset[str]:
    kind = schema.get("type")
    if kind is not None:
        return frozenset(kind if isinstance(kind, list) else [kind])
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return frozenset(t for option in options for t in _types(doc, doc.resolve(option)))
    if "enum" in schema or "properties" in schema:
        return frozenset(["string" if "enum" in schema else "object"])
    return frozenset()


def _enum(doc: _Doc, schema: dict[str, Any]) -> frozenset[Any] | None:
    if "enum" in schema:
        return frozenset(schema["enum"])
    for option in schema.get("anyOf") or schema.get("oneOf") or []:
        values = _enum(doc, doc.resolve(option))
        if values is not None:
            return values
    return None


def _names(types: frozenset[str]) -> str:
    return " | ".join(sorted(types))


def _events(report: Report, old: _Doc, new: _Doc) -> None:
    before, after = old.raw.get("webhooks", {}), new.raw.get("webhooks", {})
    for name in sorted(before.keys() - after.keys()):
        report.add("breaking", f"webhook `{name}`: event removed")
    for name in sorted(after.keys() - before.keys()):
        report.add("features", f"webhook `{name}`: event added")
    for name in sorted(before.keys() & after.keys()):
        schemas = [
            doc.resolve(item["post"]["requestBody"])["content"]["application/json"]["schema"]
            for doc, item in ((old, before[name]), (new, after[name]))
        ]
        _compare(report, f"webhook `{name}`: field", "response", old, new, schemas[0], schemas[1], "", set())
