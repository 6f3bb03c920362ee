"""Propose spec changes from drift observations (`CMR_DRIFT_LOG` files), edited into spec/openapi.yaml in place
so that they are reviewed with `git diff`. Run it through nox: `nox -s learn -- FILE [FILE ...]`.

- unknown fields (and unknown envelope keys) become optional properties, typed from the JSON types seen (a
  union when several were), marked `x-cmr-source: observed` with an `x-cmr-observed` record;
  an observed field whose name looks like a secret (a scalar named like `password`, `apiKey`, not an id) is
  marked `x-cmr-secret: true`, so that learning it never unmasks it in reprs (review the mark);
- unknown enum values join the enum;
- a type mismatch seen more than once widens the declared type; seen once, it is listed;
- undocumented statuses and missing required fields are listed for a human, never applied;
- `suppressed` records (a process reached `CMR_DRIFT_MAX_OBSERVATIONS` and recorded no more) are listed and
  counted below the table: those files miss what came after, so collect again with a higher limit.

Nothing is ever removed. Running it again on the same files changes nothing: a record only counts the
observations newer than its `last_seen`.

A line that is not an observation (not JSON, not an object, no `operation_id`/`pointer`/`kind`, an unknown kind)
is named as `file:line: why` and the command exits 1; every other line is applied all the same. The line format
is in CONTRIBUTING.md ("Learning the spec from traffic").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.spec import Spec
from tools import spec_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
APPLIED = {"unknown_field", "unknown_envelope_key", "unknown_enum_value", "type_mismatch"}
# A type mismatch must be seen this often before the declared type is widened.
WIDEN_AFTER = 2
# The names coldmailreseller._excerpt calls secret in unknown fields (tests/drift checks they stay the same): a field
# learned under such a name gets `x-cmr-secret: true`, unless it is an id or holds objects or arrays.
SECRET_NAME = r"pass(?:word|wd|phrase)|\bpass\b|secret|token|api[_-]?key|credential(?!_?id)|private[_-]?key"
_ID_NAME = r"(^id|Id|_id|Ids|_ids)$"


@dataclass
class Group:
    """Every observation of one (operation, pointer, kind)."""

    operation_id: str
    pointer: str
    kind: str
    times: list[str] = field(default_factory=list)
    json_types: set[str] = field(default_factory=set)
    values: set[str] = field(default_factory=set)
    statuses: set[int] = field(default_factory=set)
    sdk_versions: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.times)


@dataclass
class Outcome:
    group: Group
    action: str  # added, extended, widened, listed, unchanged, unplaced


# Every kind a client writes (coldmailreseller._drift.DriftKind); a line of another kind is named, not guessed at.
KINDS = (
    "unknown_field",
    "unknown_envelope_key",
    "unknown_enum_value",
    "type_mismatch",
    "undocumented_status",
    "missing_required",
    "suppressed",
)


def _problem(record: Any) -> str | None:
    """Why a decoded line is not an observation, or None when it is one."""
    if not isinstance(record, dict):
        return f"not a JSON object but {type(record).__name__}"
    for key in ("operation_id", "pointer", "kind"):
        if key not in record:
            return f"no `{key}`"
        if not isinstance(record[key], str):
            return f"`{key}` is not a string"
    if record["kind"] not in KINDS:
        return f"unknown kind {record['kind']!r}"
    if record.get("status") is not None and (
        isinstance(record["status"], bool) or not isinstance(record["status"], int)
    ):
        return "`status` is not an integer"
    return None


def read(paths: Iterable[Path]) -> tuple[list[Group], list[str]]:
    """The observations of every file, grouped; and one `file:line: why` for every line that is not one."""
    groups: dict[tuple[str, str, str], Group] = {}
    problems: list[str] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                problems.append(f"{path}:{number}: not JSON ({exc})")
                continue
            why = _problem(record)
            if why is not None:
                problems.append(f"{path}:{number}: {why}")
                continue
            key = (record["operation_id"], record["pointer"], record["kind"])
            group = groups.setdefault(key, Group(*key))
            group.times.append(str(record.get("observed_at") or ""))
            group.json_types.add(str(record.get("json_type", "")))
            if record.get("value") is not None:
                group.values.add(str(record["value"]))
            if isinstance(record.get("status"), int):
                group.statuses.add(record["status"])
            if record.get("sdk_version"):
                group.sdk_versions.add(str(record["sdk_version"]))
    return sorted(groups.values(), key=lambda g: (g.operation_id, g.pointer, g.kind)), problems


class Learner:
    def __init__(self, spec: CommentedMap) -> None:
        self.spec = spec
        self.reader = Spec(spec)

    def apply(self, group: Group) -> Outcome:
        if group.kind not in APPLIED or (group.kind == "type_mismatch" and group.count < WIDEN_AFTER):
            return Outcome(group, "listed")
        root = self._root(group)
        if root is None:
            return Outcome(group, "unplaced")
        tokens = [t.replace("~1", "/").replace("~0", "~") for t in group.pointer.split("/")[1:]]
        if not tokens:
            return Outcome(group, "unplaced")
        parent = self._walk(root, tokens[:-1])
        if parent is None:
            return Outcome(group, "unplaced")
        if group.kind in ("unknown_field", "unknown_envelope_key"):
            return Outcome(group, self._add_property(parent, tokens[-1], group))
        target = self._child(parent, tokens[-1])
        if target is None:
            return Outcome(group, "unplaced")
        if group.kind == "unknown_enum_value":
            return Outcome(group, self._add_enum_values(target, group))
        return Outcome(group, self._widen(target, group))

    # -- finding the schema an observation points into ---------------------------------------------------

    def _root(self, group: Group) -> Any:
        """The schema of the body the pointer starts from: the success envelope, or the webhook payload (the
        document's own node, edited in place)."""
        event = self.reader.events.get(group.operation_id)
        if event is not None:
            return self.reader.event_schema(event.node)
        op = self.reader.operations.get(group.operation_id)
        media = None if op is None else self.reader.success_media(op.node)
        return None if media is None else media.get("schema")

    def _resolve(self, node: Any) -> Any:
        return self.reader.resolve(node)

    def _walk(self, node: Any, tokens: list[str]) -> Any:
        for token in tokens:
            node = self._child(node, token)
            if node is None:
                return None
        return self._object(node)

    def _child(self, node: Any, token: str) -> Any:
        node = self._resolve(node)
        if token == "*":
            array = next((n for n in self._options(node) if "items" in n), None)
            return None if array is None else array["items"]
        obj = self._object(node)
        return None if obj is None else obj.get("properties", {}).get(token)

    def _options(self, node: Any) -> list[Any]:
        node = self._resolve(node)
        return [self._resolve(option) for option in node.get("anyOf", node.get("oneOf", []))] or [node]

    def _object(self, node: Any) -> Any:
        """The object schema among a node's options (itself, or one of its anyOf/oneOf), if any."""
        for option in self._options(node):
            kind = option.get("type")
            if kind == "object" or "properties" in option or (isinstance(kind, list) and "object" in kind):
                return option
        return None

    # -- the edits -----------------------------------------------------------------------------------------

    def _add_property(self, parent: CommentedMap, name: str, group: Group) -> str:
        properties = parent.get("properties")
        if properties is None:
            properties = parent["properties"] = CommentedMap()
        existing = properties.get(name)
        if existing is None:
            schema = CommentedMap()
            schema["type"] = _type_of(group.json_types)
            if "array" in group.json_types:
                schema["items"] = CommentedMap()
            if _looks_secret(name, group.json_types):
                schema["x-cmr-secret"] = True
            schema["x-cmr-source"] = "observed"
            schema["x-cmr-observed"] = _record(group, None)
            properties[name] = schema
            return "added"
        if existing.get("x-cmr-source") != "observed":
            return "unchanged"  # documented meanwhile: the spec wins
        declared = set(_types(existing.get("type")))
        record = _record(group, existing.get("x-cmr-observed"))
        if declared >= group.json_types and record == existing.get("x-cmr-observed"):
            return "unchanged"
        if not declared >= group.json_types:
            existing["type"] = _type_of(declared | group.json_types)
        existing["x-cmr-observed"] = record
        return "extended"

    def _add_enum_values(self, field_schema: Any, group: Group) -> str:
        enum_schema = next((o for o in self._options(field_schema) if "enum" in o), None)
        if enum_schema is None:
            return "unplaced"
        new = sorted(value for value in group.values if value not in enum_schema["enum"])
        for value in new:
            enum_schema["enum"].append(value)
        return "extended" if new else "unchanged"

    def _widen(self, field_schema: Any, group: Group) -> str:
        schema = self._resolve(field_schema)
        if "type" not in schema or "$ref" in field_schema:
            return "listed"  # a model or a union: a human decides
        declared = set(_types(schema["type"]))
        found = {"number" if t == "integer" and "number" in declared else t for t in group.json_types}
        if found <= declared:
            return "unchanged"
        schema["type"] = _type_of(declared | found)
        return "widened"


def _looks_secret(name: str, json_types: set[str]) -> bool:
    scalar = bool(json_types) and json_types <= {"string", "integer", "number", "null"}
    return scalar and bool(re.search(SECRET_NAME, name, re.IGNORECASE)) and not re.search(_ID_NAME, name)


def _types(value: Any) -> list[str]:
    return list(value) if isinstance(value, list) else [value] if value else []


# JSON Schema lists types in this order here, so that repeated runs write the same list.
_TYPE_ORDER = ("string", "integer", "number", "boolean", "array", "object", "null")


def _type_of(types: Iterable[str]) -> Any:
    ordered = [t for t in _TYPE_ORDER if t in set(types)]
    if len(ordered) == 1:
        return ordered[0]
    seq = CommentedSeq(ordered)
    seq.fa.set_flow_style()
    return seq


def _record(group: Group, existing: Any) -> CommentedMap:
    """first seen, last seen, count, SDK versions; merged so that the same file never counts twice."""
    times = sorted(t for t in group.times if t)
    record = CommentedMap()
    if existing is None:
        record["first_seen"], record["last_seen"], record["count"] = times[0], times[-1], len(times)
        versions = sorted(group.sdk_versions)
    else:
        last = str(existing.get("last_seen", ""))
        newer = [t for t in times if t > last]
        record["first_seen"] = min(str(existing.get("first_seen", times[0])), times[0])
        record["last_seen"] = max(last, times[-1])
        record["count"] = int(existing.get("count", 0)) + len(newer)
        versions = sorted(set(existing.get("sdk_versions", [])) | group.sdk_versions)
    sdk = CommentedSeq(versions)
    sdk.fa.set_flow_style()
    record["sdk_versions"] = sdk
    return record


def table(outcomes: list[Outcome]) -> str:
    rows = [("action", "kind", "operation", "pointer", "count", "seen")]
    for outcome in outcomes:
        group = outcome.group
        seen = ", ".join(sorted(group.values) or sorted(group.json_types))
        if group.kind == "undocumented_status":
            seen = ", ".join(map(str, sorted(group.statuses)))
        if group.kind == "suppressed":
            seen = "limit " + ", ".join(sorted(group.values, key=lambda v: (len(v), v)))
        rows.append((outcome.action, group.kind, group.operation_id, group.pointer or "/", str(group.count), seen))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def suppressed_note(outcomes: list[Outcome]) -> str | None:
    """What the `suppressed` records say: how many processes stopped recording, and at which limits."""
    groups = [outcome.group for outcome in outcomes if outcome.group.kind == "suppressed"]
    if not groups:
        return None
    count = sum(group.count for group in groups)
    limits = sorted({value for group in groups for value in group.values}, key=lambda v: (len(v), v))
    return (
        f"{count} process(es) reached their drift limit ({', '.join(limits) or 'unknown'} observations) and "
        "recorded nothing after it: collect again with a higher CMR_DRIFT_MAX_OBSERVATIONS to see the rest"
    )


@dataclass
class Result:
    outcomes: list[Outcome]
    changed: bool  # whether the spec file was rewritten
    problems: list[str]  # `file:line: why` of every line that is not an observation


def apply(paths: list[Path], spec_path: Path = SPEC) -> Result:
    """Apply the observations the files hold to the spec file (the unreadable lines are named, not applied)."""
    groups, problems = read(paths)
    before = spec_path.read_text(encoding="utf-8")
    spec = spec_yaml.load(spec_path)
    learner = Learner(spec)
    outcomes = [learner.apply(group) for group in groups]
    after = spec_yaml.dump(spec)
    if after != before:
        spec_path.write_text(after, encoding="utf-8")
    return Result(outcomes, after != before, problems)


def learn(paths: list[Path], spec_path: Path = SPEC) -> tuple[list[Outcome], bool, int]:
    """`apply`, as (outcomes, whether the file changed, how many lines were not observations)."""
    result = apply(paths, spec_path)
    return result.outcomes, result.changed, len(result.problems)


def main(argv: list[str] | None = None) -> int:
    """0 when every line was an observation; 1 when some were not (the others are applied all the same);
    2 when a file is missing."""
    parser = argparse.ArgumentParser(prog="nox -s learn --", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="observation files (JSON lines, CMR_DRIFT_LOG)")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the spec to edit (default: spec/openapi.yaml)")
    args = parser.parse_args(argv)
    missing = [str(path) for path in args.files if not path.is_file()]
    if missing:
        print(f"no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    result = apply(args.files, args.spec)
    print(table(result.outcomes) if result.outcomes else "no observations")
    note = suppressed_note(result.outcomes)
    if note:
        print(f"\n{note}")
    if result.problems:
        print(f"\n{len(result.problems)} line(s) are not observations and were not applied:", file=sys.stderr)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
    state = "changed: review it with `git diff`, then `nox -s regenerate`" if result.changed else "unchanged"
    print(f"\n{args.spec} {state}")
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
