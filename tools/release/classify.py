"""What a change of spec/openapi.yaml means for the teams that use the client: explicit rules that know the
direction of data (what a team sends, what it reads).

Breaking: an operation, parameter, request field or request enum value removed; a required parameter or request
field added (or made required); a type changed or narrowed (a constraint tightened); a response field removed (a
model loses its attribute); a response enum value removed; a path, method, resource or method name changed; a
call's effect changed towards riskier retries; a webhook event removed; an `x-cmr-outcome` removed, made
undocumented, or losing its correlation or reconciliation (`wait()` / `wait_for_outcome()` then stop following the
work), or added to an operation whose answer had no `actionId` (it now returns an `ActionResult`).
Feature: an operation, optional parameter, optional request field, response field, response or request enum
value, or webhook event added (the reader keeps unknown response values, so new ones are safe); an outcome added
(to an operation that already returned an `ActionResult`), documented, or given a correlation or reconciliation.
Fix: a call's effect changed towards safer retries; a constraint loosened; a request field made optional; the
events, per-item count or fields an outcome is decided by changed.
Docs: summaries, descriptions, and `example`/`examples` of a request or response body, a parameter or a schema;
an outcome's `rule` sentences and `source`.

Parameters are the path item's merged with the operation's (an operation-level parameter overrides the
path-level one with the same name and location), read through `generator.spec.Spec` like everything else.

Each finding is a sentence naming the operation (or event) and the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.spec import Spec, SpecOperation

Category = Literal["breaking", "features", "fixes", "docs"]
# The client re-sends these after timeouts and 5xx; the others only when a request provably never left.
RETRIED = {"read", "idempotent"}
EFFECTS = {"read", "idempotent", "create", "async", "money"}
# Constraint -> whether a larger value is stricter.
CONSTRAINTS = {"minLength": True, "maxLength": False, "minimum": True, "maximum": False, "minItems": True}
PROSE = ("summary", "description")
# Examples change no behaviour: documentation, wherever they sit (a body, a parameter, a schema).
EXAMPLES = ("example", "examples")


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


def classify(old_raw: dict[str, Any], new_raw: dict[str, Any]) -> Report:
    report = Report()
    old, new = Spec(old_raw), Spec(new_raw)
    old_ops, new_ops = old.operations, new.operations
    for op_id in sorted(old_ops.keys() - new_ops.keys()):
        report.add("breaking", f"{op_id}: operation removed ({old_ops[op_id].http_method} {old_ops[op_id].path})")
    for op_id in sorted(new_ops.keys() - old_ops.keys()):
        op = new_ops[op_id]
        report.add("features", f"{op_id}: operation added ({op.http_method} {op.path}, {_client_name(op.node)})")
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        _operation(report, op_id, old, new, old_ops[op_id], new_ops[op_id])
    _events(report, old, new)
    return report


def _client_name(op: dict[str, Any]) -> str:
    return f"`{op.get('x-cmr-resource')}.{op.get('x-cmr-method')}()`"


def _operation(report: Report, op_id: str, old: Spec, new: Spec, before: SpecOperation, after: SpecOperation) -> None:
    old_method, old_path, old_op = before.http_method, before.path, before.node
    new_method, new_path, new_op = after.http_method, after.path, after.node
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
    _outcome(report, op_id, old, new, before, after)
    _parameters(report, op_id, old, new, before, after)
    old_media, new_media = old.body_media(old_op), new.body_media(new_op)
    old_required = bool((old.request_body(old_op) or {}).get("required"))
    new_required = bool((new.request_body(new_op) or {}).get("required"))
    if old_media is None and new_media is not None:
        report.add("breaking" if new_required else "features", f"{op_id}: request body added")
    elif old_media is not None and new_media is None:
        report.add("breaking", f"{op_id}: request body removed")
    elif old_media is not None and new_media is not None:
        if new_required and not old_required:
            report.add("breaking", f"{op_id}: request body became required")
        _examples(report, f"{op_id}: request body", old_media, new_media)
        old_body, new_body = old.resolve(old_media["schema"]), new.resolve(new_media["schema"])
        _compare(report, f"{op_id}: request field", "request", old, new, old_body, new_body, "", set())
    old_answer, new_answer = old.success_media(old_op), new.success_media(new_op)
    if old_answer is not None and new_answer is not None:
        _examples(report, f"{op_id}: response body", old_answer, new_answer)
    old_data = None if old_answer is None else old_answer.get("schema")
    new_data = None if new_answer is None else new_answer.get("schema")
    if old_data is not None and new_data is not None:
        _compare(report, f"{op_id}: response field", "response", old, new, old_data, new_data, "", set())
    elif old_data is not None:
        report.add("breaking", f"{op_id}: success response no longer has a JSON body")


OUTCOME = "x-cmr-outcome"
# The parts of an outcome that decide it (wait() reads them); `rule`, `reconcile.rule` and `source` are prose.
DECIDING = ("success", "failure", "per_item")


def _outcome(report: Report, op_id: str, old: Spec, new: Spec, before: SpecOperation, after: SpecOperation) -> None:
    """`x-cmr-outcome`: how `ActionResult.wait()` and `OutcomeUnknownError.wait_for_outcome()` follow the work."""
    was, now = before.node.get(OUTCOME), after.node.get(OUTCOME)
    if was == now:
        return
    if was is None or now is None:
        if now is None:
            report.add("breaking", f"{op_id}: x-cmr-outcome removed; wait() no longer follows its outcome")
        elif not _answers_action(old, before):
            report.add("breaking", f"{op_id}: x-cmr-outcome added; returns an ActionResult instead of its data")
        else:
            report.add("features", f"{op_id}: x-cmr-outcome added; wait() follows its outcome")
        return
    if "undocumented" in was or "undocumented" in now:
        if "undocumented" in now and "undocumented" in was:
            report.add("docs", f"{op_id}: x-cmr-outcome: why the outcome is undocumented changed")
        elif "undocumented" in now:
            report.add("breaking", f"{op_id}: x-cmr-outcome made undocumented; wait() no longer follows it")
        else:
            report.add("features", f"{op_id}: x-cmr-outcome documented; wait() follows its outcome")
        return
    for key in DECIDING:
        if was.get(key) != now.get(key):
            report.add("fixes", f"{op_id}: x-cmr-outcome {key} changed ({was.get(key)!r} -> {now.get(key)!r})")
    for key in ("correlate", "by"):
        if was.get(key) == now.get(key):
            continue
        if now.get(key) is None:
            report.add("breaking", f"{op_id}: x-cmr-outcome {key} removed; wait() can no longer match its events")
        elif was.get(key) is None:
            report.add("features", f"{op_id}: x-cmr-outcome {key} added ({now[key]})")
        else:
            report.add("fixes", f"{op_id}: x-cmr-outcome {key} {was[key]} -> {now[key]}")
    _reconcile(report, op_id, was.get("reconcile") or {}, now.get("reconcile") or {})
    for key in ("rule", "source"):
        if was.get(key) != now.get(key):
            report.add("docs", f"{op_id}: x-cmr-outcome {key} changed")


def _reconcile(report: Report, op_id: str, was: dict[str, Any], now: dict[str, Any]) -> None:
    if was.get("match") != now.get("match"):
        if not now.get("match"):
            report.add("breaking", f"{op_id}: x-cmr-outcome reconcile match removed; wait_for_outcome() cannot find it")
        elif not was.get("match"):
            report.add("features", f"{op_id}: x-cmr-outcome reconcile match added; wait_for_outcome() can find it")
        else:
            report.add("fixes", f"{op_id}: x-cmr-outcome reconcile match {was['match']!r} -> {now['match']!r}")
    for key in ("rule", "undocumented"):
        if was.get(key) != now.get(key) and now.get(key) is not None and was.get(key) is not None:
            report.add("docs", f"{op_id}: x-cmr-outcome reconcile {key} changed")


def _answers_action(spec: Spec, op: SpecOperation) -> bool:
    """Whether the success envelope declares `actionId` (the method then returned an ActionResult already)."""
    envelope = spec.success(op)[1] or {}
    return "actionId" in envelope.get("properties", {})


def _examples(report: Report, where: str, before: dict[str, Any], after: dict[str, Any]) -> None:
    """`example` and `examples` of a media object, a parameter or a schema: documentation only."""
    for key in EXAMPLES:
        if before.get(key) != after.get(key):
            report.add("docs", f"{where}: {key} changed")


def _effect(report: Report, op_id: str, before: Any, after: Any) -> None:
    if before == after or before not in EFFECTS or after not in EFFECTS:
        return
    if before in RETRIED and after not in RETRIED:
        report.add("fixes", f"{op_id}: effect {before} -> {after}, no longer re-sent after timeouts and 5xx")
    elif after in RETRIED and before not in RETRIED:
        report.add("breaking", f"{op_id}: effect {before} -> {after}, now re-sent after timeouts and 5xx")
    else:
        report.add("docs", f"{op_id}: effect {before} -> {after} (retried as before)")


def _parameter_map(spec: Spec, op: SpecOperation) -> dict[tuple[str, str], dict[str, Any]]:
    """(location, name) -> parameter: the path item's and the operation's, merged (the operation's win)."""
    return {(p["in"], p["name"]): p for p in spec.parameters(op) if p["in"] in ("path", "query", "header")}


def _parameters(report: Report, op_id: str, old: Spec, new: Spec, old_op: SpecOperation, new_op: SpecOperation) -> None:
    before, after = _parameter_map(old, old_op), _parameter_map(new, new_op)
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
        _examples(report, label, before[key], after[key])
        _schema(report, label, "request", old, new, before[key].get("schema", {}), after[key].get("schema", {}))


def _compare(
    report: Report,
    label: str,
    direction: str,
    old: Spec,
    new: Spec,
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


def _schema(report: Report, where: str, direction: str, old: Spec, new: Spec, before: Any, after: Any) -> None:
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
    _examples(report, where, before, after)


def _groups(schema: dict[str, Any]) -> frozenset[tuple[str, ...]]:
    """The `oneOf` of `required` groups of a request schema (exactly one is sent)."""
    return frozenset(tuple(option.get("required", ())) for option in schema.get("oneOf") or [] if "required" in option)


def _types(doc: Spec, schema: dict[str, Any]) -> frozenset[str]:
    kind = schema.get("type")
    if kind is not None:
        return frozenset(kind if isinstance(kind, list) else [kind])
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return frozenset(t for option in options for t in _types(doc, doc.resolve(option)))
    if "enum" in schema or "properties" in schema:
        return frozenset(["string" if "enum" in schema else "object"])
    return frozenset()


def _enum(doc: Spec, schema: dict[str, Any]) -> frozenset[Any] | None:
    if "enum" in schema:
        return frozenset(schema["enum"])
    for option in schema.get("anyOf") or schema.get("oneOf") or []:
        values = _enum(doc, doc.resolve(option))
        if values is not None:
            return values
    return None


def _names(types: frozenset[str]) -> str:
    return " | ".join(sorted(types))


def _events(report: Report, old: Spec, new: Spec) -> None:
    before, after = old.events, new.events
    for name in sorted(before.keys() - after.keys()):
        report.add("breaking", f"webhook `{name}`: event removed")
    for name in sorted(after.keys() - before.keys()):
        report.add("features", f"webhook `{name}`: event added")
    for name in sorted(before.keys() & after.keys()):
        old_media, new_media = old.body_media(before[name].node), new.body_media(after[name].node)
        if old_media is not None and new_media is not None:
            _examples(report, f"webhook `{name}`: payload", old_media, new_media)
        schemas = old.event_schema(before[name].node), new.event_schema(after[name].node)
        _compare(report, f"webhook `{name}`: field", "response", old, new, schemas[0], schemas[1], "", set())
