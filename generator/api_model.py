"""The structured model of the client the facade templates render: resources, operations, their arguments and
the JSON shapes of those arguments, paging, webhook events and authentication.

Everything here is data read from the spec (names, kinds, references to generated classes); the templates in
generator/templates/client/ turn it into code. Names follow openapi-python-client's, so that a `ClassRef`
points at the module and class it writes.
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.spec import Spec, SpecOperation, primary_type, ref_name

FIELD_PREFIX = "field_"  # openapi-python-client's default prefix for names that are not identifiers

ShapeKind = Literal["str", "int", "float", "bool", "enum", "model", "list", "map", "union", "any"]
Location = Literal["path", "query", "body"]
PRIMITIVES: dict[str, ShapeKind] = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
# What the generator reads from the hand-written contract, from its source (regenerate does not install the
# package, and nothing is imported from it): the effect table and the registry of typed results.
CONTRACT = Path(__file__).resolve().parent.parent / "overrides" / "coldmailreseller"
RECORDS_SOURCE = CONTRACT / "_records.py"
RESULTS_SOURCE = CONTRACT / "_results.py"
CONTRACT_SOURCES = (RECORDS_SOURCE, RESULTS_SOURCE)


class SpecError(ValueError):
    """The spec breaks a convention the client relies on (spec/README.md lists them)."""


def _assignment(path: Path, name: str) -> ast.expr:
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and t.id == name for t in targets) and node.value is not None:
                return node.value
    raise LookupError(f"{path}: no {name} = ...")


@dataclass(frozen=True)
class Effect:
    """One row of the contract's effect table (coldmailreseller/_records.py `EFFECTS`)."""

    name: str
    retry_safe: bool
    meaning: str


@cache
def effects() -> tuple[Effect, ...]:
    """The effect table, in its order, read from the contract's source: the one definition."""
    table = ast.literal_eval(_assignment(RECORDS_SOURCE, "EFFECTS"))
    return tuple(Effect(name, safe, meaning) for name, (safe, meaning) in table.items())


@dataclass(frozen=True)
class ResultKind:
    """One `x-cmr-result` kind of the contract's registry (coldmailreseller/_results.py `RESULTS`): the class it
    builds, and whether that is a page of a list whose array upstream never named (a `ConventionPage`)."""

    kind: str
    cls: str
    convention_page: bool


@cache
def result_kinds() -> dict[str, ResultKind]:
    """The typed results the runtime builds, read from `RESULTS = {"kind": ResultKind(Class, ...), ...}`."""
    tree = ast.parse(RESULTS_SOURCE.read_text(encoding="utf-8"))
    bases = {
        node.name: [ast.unparse(b).split("[")[0] for b in node.bases]
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    }

    def is_page(name: str) -> bool:
        return name == "ConventionPage" or any(is_page(base) for base in bases.get(name, []))

    registry = _assignment(RESULTS_SOURCE, "RESULTS")
    assert isinstance(registry, ast.Dict)
    found = {}
    for key, value in zip(registry.keys, registry.values, strict=True):
        assert isinstance(key, ast.Constant) and isinstance(value, ast.Call) and isinstance(value.args[0], ast.Name)
        cls = value.args[0].id
        found[key.value] = ResultKind(key.value, cls, is_page(cls))
    return found


def class_name(schema_name: str) -> str:
    return str(ClassName(schema_name, FIELD_PREFIX))


def module_name(schema_name: str) -> str:
    return str(PythonIdentifier(class_name(schema_name), FIELD_PREFIX))


def attr_name(wire: str) -> str:
    return str(PythonIdentifier(wire, FIELD_PREFIX))


@dataclass(frozen=True, order=True)
class ClassRef:
    """A class openapi-python-client generates: `models/<module>.py` defines `<name>`."""

    module: str
    name: str
    is_enum: bool = False

    @classmethod
    def of(cls, spec: Spec, schema_name: str) -> ClassRef:
        return cls(module_name(schema_name), class_name(schema_name), "enum" in spec.schemas[schema_name])


@dataclass(frozen=True)
class Shape:
    """The JSON shape of an argument: a primitive, an enum or model class, a list or map of a shape, one of
    several shapes, or anything."""

    kind: ShapeKind
    ref: ClassRef | None = None
    item: Shape | None = None
    options: tuple[Shape, ...] = ()
    values: tuple[str, ...] = ()  # an enum's values, in the spec's order

    def refs(self) -> Iterator[ClassRef]:
        if self.ref is not None:
            yield self.ref
        if self.item is not None:
            yield from self.item.refs()
        for option in self.options:
            yield from option.refs()


@dataclass(frozen=True)
class Constraints:
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None

    @classmethod
    def of(cls, schema: dict[str, Any]) -> Constraints:
        return cls(
            schema.get("minLength"),
            schema.get("maxLength"),
            schema.get("minimum"),
            schema.get("maximum"),
            schema.get("minItems"),
        )

    def items(self) -> list[tuple[str, int | float]]:
        """The constraints that are set, as (keyword, value)."""
        return [(name, value) for name, value in vars(self).items() if value is not None]


@dataclass(frozen=True)
class Argument:
    """One keyword argument of a method, or one field of a request model: where it goes on the wire and what it
    must look like."""

    wire: str
    attr: str
    location: Location
    shape: Shape
    required: bool
    description: str
    constraints: Constraints


@dataclass(frozen=True)
class RequestModel:
    """An object schema a request may carry: its fields (for the TypedDict and the validator), what else it
    accepts (`extra`: a map's value shape; neither fields nor extra: anything), and its rules across fields
    (`one_of`: exactly one of these groups of wire names is sent)."""

    ref: ClassRef
    fields: tuple[Argument, ...]
    extra: Shape | None
    one_of: tuple[tuple[str, ...], ...]

    @property
    def dict_name(self) -> str:
        return f"{self.ref.name}Dict"

    @property
    def const(self) -> str:
        return f"{self.ref.module.upper()}_FIELDS"


@dataclass(frozen=True)
class Data:
    """What the 2xx envelope's `data` holds: nothing, a model, a list of models, or unmodelled JSON. `json`: the
    JSON types unmodelled `data` is declared with (`object`, `array`), when the spec narrows it (upstream never
    published its shape, only that it is there): the method is typed `dict[str, Any]` / `list[Any]`."""

    kind: Literal["none", "model", "list", "any"]
    ref: ClassRef | None
    required: bool  # False: a successful answer may leave `data` out (the method then returns None)
    json: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paging:
    """Where a page/limit list keeps its items and its paging state, as attribute paths into `data`. Without
    `items` (upstream does not name the array) the client reads the API-wide convention: the one array in `data`,
    and `pagination.totalPages` beside it when present."""

    items: str | None
    item: ClassRef
    total_pages: tuple[str, ...] | None
    current_page: tuple[str, ...] | None


OUTCOME = "x-cmr-outcome"
OUTCOME_KEYS = frozenset({"success", "failure", "correlate", "by", "per_item", "reconcile", "rule", "source"})
OUTCOME_SOURCES = ("docs", "repo")
OUTCOME_REQUIRED = frozenset({"async", "money"})  # effects whose operations must say how they end


@dataclass(frozen=True)
class Outcome:
    """`x-cmr-outcome`: how work that finishes by webhook ends (spec/README.md), or why upstream does not say."""

    success: tuple[str, ...] = ()
    failure: tuple[str, ...] = ()
    correlate: str | None = None
    by: str | None = None
    per_item_event: str | None = None
    per_item_count: str | None = None
    per_item_count_path: str | None = None  # request path whose leaves are counted (request.mailboxes.*[*])
    reconcile: tuple[tuple[str, str], ...] = ()  # (event path, request path): what matches without the work's id
    reconcile_rule: str | None = None
    reconcile_undocumented: str | None = None
    rule: str = ""
    source: str | None = None
    undocumented: str | None = None

    @property
    def events(self) -> tuple[str, ...]:
        found = [*self.success, *self.failure]
        if self.per_item_event is not None:
            found.append(self.per_item_event)
        return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class Operation:
    operation_id: str
    resource: str
    method: str
    http_method: str
    path: str
    effect: str
    summary: str
    description: str
    deprecated: bool
    sandbox: bool
    arguments: tuple[Argument, ...]
    body: bool  # sends a JSON body (possibly with no declared fields: then only extra_body fills it)
    one_of: tuple[tuple[str, ...], ...]  # rules across the body's fields (wire names)
    data: Data
    action_id: bool
    paging: Paging | None
    result: str | None  # x-cmr-result: a typed result built by the client instead of `data`
    success_status: int
    success_example: Any  # the documented 2xx answer, or the smallest one the spec allows
    example_documented: bool
    statuses: tuple[int, ...]  # every documented response status
    envelope_keys: tuple[str, ...]  # the success envelope's declared top-level fields
    outcome: Outcome | None = None  # x-cmr-outcome: how work that finishes by webhook ends

    @property
    def const(self) -> str:
        return attr_name(self.operation_id).upper()

    @property
    def action_result(self) -> bool:
        """The method answers with an `ActionResult` (`AsyncActionResult` on the async client): the envelope carries
        an actionId, or the work finishes later (`x-cmr-outcome`: `wait()` follows it). A typed result wins."""
        return self.result is None and (self.action_id or self.outcome is not None)

    @property
    def iter_name(self) -> str:
        """`iter` beside `list`, `iter_reports` beside `list_reports`, `iter_<method>` beside anything else."""
        return "iter" if self.method == "list" else f"iter_{self.method.removeprefix('list_')}"

    @property
    def iter_arguments(self) -> tuple[Argument, ...]:
        """The arguments of the iterator: the page number is its own business."""
        return tuple(a for a in self.arguments if a.wire != "page")

    def docstring(self, returns: str, arguments: tuple[Argument, ...] | None = None, width: int = 100) -> list[str]:
        """The lines of the method's docstring (prose from the spec, wrapped; no code)."""
        lines = [self.summary.strip().rstrip(".") + "."]
        if self.description.strip():
            lines += ["", *textwrap.wrap(" ".join(self.description.split()), width)]
        if self.deprecated:
            lines += ["", "Deprecated upstream."]
        documented = [a for a in (self.arguments if arguments is None else arguments) if a.description.strip()]
        if documented:
            lines += ["", "Args:"]
            for a in documented:
                text = f"{a.attr}: {' '.join(a.description.split())}"
                lines += textwrap.wrap(text, width - 4, initial_indent="    ", subsequent_indent="        ")
        lines += [
            "",
            f"Returns: {returns}",
            "",
            f"`{self.http_method} {self.path}` (operationId `{self.operation_id}`).",
        ]
        return lines


@dataclass(frozen=True)
class Resource:
    name: str  # the client attribute, also the module name
    class_name: str
    description: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Event:
    name: str
    ref: ClassRef


@dataclass(frozen=True)
class Auth:
    """The API key headers, from the spec's securitySchemes (`x-cmr-environment` says which is which)."""

    production_header: str
    sandbox_header: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    base_url: str
    spec_sha256: str
    auth: Auth
    operations: tuple[Operation, ...]  # in the spec's order
    resources: tuple[Resource, ...]
    events: tuple[Event, ...]
    request_models: tuple[RequestModel, ...]  # nested ones first
    secret_fields: tuple[str, ...]  # wire names of every property marked `x-cmr-secret: true`, sorted

    @property
    def pagings(self) -> list[Operation]:
        return [op for op in self.operations if op.paging is not None]


# -- building it from the spec ------------------------------------------------------------------------------


def build(spec: Spec) -> Api:
    auth = _auth(spec)
    operations = tuple(_operation(spec, op, auth) for op in spec.operations.values())
    by_resource: dict[str, list[Operation]] = {}
    for operation in operations:
        by_resource.setdefault(operation.resource, []).append(operation)
    descriptions = {tag["name"]: tag.get("description", "") for tag in spec.raw.get("tags", [])}
    resources = []
    for name in sorted(by_resource):
        ops = tuple(by_resource[name])
        _check_method_names(name, ops)
        resources.append(Resource(name, class_name(name), " ".join(descriptions.get(name, "").split()), ops))
    events = tuple(Event(e.name, ClassRef.of(spec, e.schema_name)) for e in spec.events.values())
    servers = spec.raw.get("servers") or [{"url": ""}]
    models: dict[ClassRef, RequestModel] = {}
    for operation in operations:
        for argument in operation.arguments:
            _request_models(spec, argument.shape, models)
    return Api(
        title=spec.raw["info"]["title"],
        version=str(spec.raw["info"]["version"]),
        base_url=servers[0]["url"],
        spec_sha256=spec.sha256,
        auth=auth,
        operations=operations,
        resources=tuple(resources),
        events=events,
        request_models=tuple(models.values()),
        secret_fields=secret_fields(spec),
    )


SECRET_MARK = "x-cmr-secret"


def secret_fields(spec: Spec) -> tuple[str, ...]:
    """The wire names of every property the spec marks `x-cmr-secret: true`, wherever the property is (component
    schemas, inline bodies, webhook payloads). The mark belongs on a property schema and is `true`: anything else
    is a SpecError, so that a misplaced mark never silently leaves a secret unmasked."""
    found: set[str] = set()

    def visit(node: Any, where: str, is_property: bool) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                visit(item, f"{where}/{index}", False)
            return
        if not isinstance(node, dict):
            return
        if SECRET_MARK in node:
            if not is_property:
                raise SpecError(f"{where}: {SECRET_MARK} belongs on a property schema (spec/README.md)")
            if node[SECRET_MARK] is not True:
                raise SpecError(f"{where}: {SECRET_MARK} must be `true` (leave it out for a field that is not secret)")
            found.add(where.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~"))
        for key, value in node.items():
            if key in ("example", "examples", "x-cmr-observed"):
                continue  # data, not schemas
            escaped = str(key).replace("~", "~0").replace("/", "~1")
            if key == "properties" and isinstance(value, dict):
                for name, prop in value.items():
                    visit(prop, f"{where}/properties/{str(name).replace('~', '~0').replace('/', '~1')}", True)
            else:
                visit(value, f"{where}/{escaped}", False)

    visit(spec.raw, "#", False)
    return tuple(sorted(found))


def _request_models(spec: Spec, shape_: Shape, found: dict[ClassRef, RequestModel]) -> None:
    """Every model a request value of this shape may contain, each after the models it contains."""
    for ref in shape_.refs():
        if ref.is_enum or ref in found:
            continue
        schema = next(spec.schemas[name] for name in spec.schemas if ClassRef.of(spec, name) == ref)
        required = set(schema.get("required", []))
        fields = tuple(
            Argument(
                wire=wire,
                attr=attr_name(wire),
                location="body",
                shape=shape(spec, prop),
                required=wire in required,
                description=spec.resolve(prop).get("description", prop.get("description", "")),
                constraints=Constraints.of(spec.resolve(prop)),
            )
            for wire, prop in schema.get("properties", {}).items()
        )
        extra_schema = schema.get("additionalProperties")
        extra = shape(spec, extra_schema) if isinstance(extra_schema, dict) and extra_schema else None
        for field_ in fields:
            _request_models(spec, field_.shape, found)
        if extra is not None:
            _request_models(spec, extra, found)
        found[ref] = RequestModel(ref, fields, extra, one_of=_one_of(schema))


def _one_of(schema: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """`oneOf: [{required: [...]}, ...]`, the spec's way to say "exactly one of these" across fields."""
    groups = []
    for option in schema.get("oneOf", []):
        if set(option) != {"required"}:
            raise SpecError("a body's oneOf may only list `required` groups (spec/README.md)")
        groups.append(tuple(option["required"]))
    return tuple(groups)


def _auth(spec: Spec) -> Auth:
    headers: dict[str, str] = {}
    for name, scheme in spec.raw.get("components", {}).get("securitySchemes", {}).items():
        environment = scheme.get("x-cmr-environment")
        if scheme.get("type") != "apiKey" or scheme.get("in") != "header" or environment is None:
            raise SpecError(f"securityScheme {name!r} must be an apiKey header with x-cmr-environment")
        headers[environment] = scheme["name"]
    if set(headers) != {"production", "sandbox"}:
        raise SpecError("securitySchemes need one production and one sandbox API key header")
    return Auth(headers["production"], headers["sandbox"])


def _check_method_names(resource: str, ops: tuple[Operation, ...]) -> None:
    names = [op.method for op in ops] + [op.iter_name for op in ops if op.paging is not None]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise SpecError(f"resource {resource!r} has duplicate method names: {duplicates}")


def _operation(spec: Spec, op: SpecOperation, auth: Auth) -> Operation:
    node = op.node
    for key in ("x-cmr-resource", "x-cmr-method", "x-cmr-effect"):
        if key not in node:
            raise SpecError(f"{op.operation_id}: {key} is missing")
    names = [effect.name for effect in effects()]
    if node["x-cmr-effect"] not in names:
        raise SpecError(f"{op.operation_id}: x-cmr-effect must be one of {', '.join(names)}")
    arguments = _parameters(spec, op)
    arguments += _body(spec, op, {a.attr for a in arguments})
    body = spec.request_schema(op)
    data, action_id, data_schema = _data(spec, op)
    _check_paged(op, arguments)
    example, documented = spec.success_example(op)
    schemes = {name for requirement in node.get("security", []) for name in requirement}
    headers = {spec.raw["components"]["securitySchemes"][name]["name"] for name in schemes}
    return Operation(
        operation_id=op.operation_id,
        resource=node["x-cmr-resource"],
        method=node["x-cmr-method"],
        http_method=op.http_method,
        path=op.path,
        effect=node["x-cmr-effect"],
        summary=node.get("summary", ""),
        description=node.get("description", ""),
        deprecated=bool(node.get("deprecated")),
        sandbox=auth.production_header not in headers,
        arguments=tuple(arguments),
        body=body is not None,
        one_of=_one_of(body or {}),
        data=data,
        action_id=action_id,
        paging=_paging(spec, op, data_schema),
        result=_result(op, data_schema),
        success_status=spec.success(op)[0],
        success_example=example,
        example_documented=documented,
        statuses=tuple(sorted(int(code) for code in node["responses"])),
        envelope_keys=tuple((spec.success(op)[1] or {}).get("properties", {})),
        outcome=_outcome(spec, op, arguments),
    )


def _outcome(spec: Spec, op: SpecOperation, arguments: list[Argument]) -> Outcome | None:
    """`x-cmr-outcome`, checked: required on async and money operations, allowed on any other; every event it names
    is one of the spec's webhooks; `correlate` exists in the payloads that declare their fields; `by` names a field
    the operation sends or answers with."""
    node = op.node.get(OUTCOME)
    where = f"{op.operation_id}: {OUTCOME}"
    effect = op.node["x-cmr-effect"]
    if node is None:
        if effect in OUTCOME_REQUIRED:
            raise SpecError(
                f"{op.operation_id}: an operation with effect {effect} needs {OUTCOME} "
                "(or `{undocumented: <why>}`; spec/README.md)"
            )
        return None
    if not isinstance(node, dict):
        raise SpecError(f"{where} must be a mapping")
    if "undocumented" in node:
        if set(node) != {"undocumented"} or not _text(node["undocumented"]):
            raise SpecError(f"{where}: `undocumented` takes a sentence saying why, and nothing else beside it")
        return Outcome(undocumented=" ".join(node["undocumented"].split()))
    unknown = sorted(set(node) - OUTCOME_KEYS)
    if unknown:
        raise SpecError(f"{where}: unknown keys {unknown}; known: {sorted(OUTCOME_KEYS | {'undocumented'})}")
    for key in ("success", "rule", "source"):
        if key not in node:
            raise SpecError(f"{where}: `{key}` is missing")
    if node["source"] not in OUTCOME_SOURCES:
        raise SpecError(f"{where}: `source` must be one of {', '.join(OUTCOME_SOURCES)}")
    if not _text(node["rule"]):
        raise SpecError(f"{where}: `rule` must be a sentence")
    success = _event_list(spec, where, node, "success")
    failure = _event_list(spec, where, node, "failure")
    if not success:
        raise SpecError(f"{where}: `success` needs at least one event")
    both = sorted(set(success) & set(failure))
    if both:
        raise SpecError(f"{where}: {both} listed as both success and failure")
    per_item = node.get("per_item")
    item_event = item_count = count_path = None
    if per_item is not None:
        if (
            not isinstance(per_item, dict)
            or not {"event", "count"} <= set(per_item) <= {"event", "count", "count_path"}
            or not _text(per_item["count"])
        ):
            raise SpecError(
                f"{where}: `per_item` is {{event: <event name>, count: <what counts>, count_path: <request path>}}"
            )
        item_event, item_count = _event(spec, where, per_item["event"]), " ".join(per_item["count"].split())
        if "count_path" in per_item:
            count_path = per_item["count_path"]
            _check_request_path(spec, op, where, "per_item.count_path", count_path, leaves=True)
    reconcile, reconcile_rule, reconcile_undocumented = _reconcile(spec, op, where, node)
    outcome = Outcome(
        success=success,
        failure=failure,
        correlate=node.get("correlate"),
        by=node.get("by"),
        per_item_event=item_event,
        per_item_count=item_count,
        per_item_count_path=count_path,
        reconcile=reconcile,
        reconcile_rule=reconcile_rule,
        reconcile_undocumented=reconcile_undocumented,
        rule=" ".join(node["rule"].split()),
        source=node["source"],
    )
    if outcome.correlate is not None:
        _check_correlate(spec, where, outcome)
    if outcome.by is not None:
        if outcome.correlate is None:
            raise SpecError(f"{where}: `by` needs `correlate` (the event field it is matched with)")
        _check_by(spec, op, where, outcome.by, arguments)
    if outcome.correlate is not None and not (outcome.by or "").startswith("request.") and "reconcile" not in node:
        raise SpecError(
            f"{where}: `reconcile` is missing: say what matches the work when its id is unknown, or "
            "`{undocumented: <why>}` (spec/README.md)"
        )
    if reconcile and outcome.correlate is None:
        raise SpecError(f"{where}: `reconcile.match` needs `correlate` (the id a matched event leads to)")
    if reconcile:
        _check_reconcile_events(spec, where, outcome)
    return outcome


def _reconcile(
    spec: Spec, op: SpecOperation, where: str, node: dict[str, Any]
) -> tuple[tuple[tuple[str, str], ...], str | None, str | None]:
    """`reconcile`: `{match: {<event path>: <request path>}, rule: <sentence>}` or `{undocumented: <why>}`."""
    found = node.get("reconcile")
    if found is None:
        return (), None, None
    where = f"{where}: reconcile"
    if not isinstance(found, dict):
        raise SpecError(f"{where} must be a mapping")
    if "undocumented" in found:
        if set(found) != {"undocumented"} or not _text(found["undocumented"]):
            raise SpecError(f"{where}: `undocumented` takes a sentence saying why, and nothing else beside it")
        return (), None, " ".join(found["undocumented"].split())
    match = found.get("match")
    if set(found) != {"match", "rule"} or not isinstance(match, dict) or not match or not _text(found["rule"]):
        raise SpecError(f"{where} is {{match: {{<event path>: <request path>}}, rule: <sentence>}} or {{undocumented}}")
    pairs = []
    for event_path, request_path in match.items():
        _path_segments(where, "match", event_path)
        if not str(event_path).startswith("data."):
            raise SpecError(f"{where}: {event_path!r} must be a path into the event's `data`")
        _check_request_path(spec, op, where, "match", request_path, leaves=False)
        pairs.append((str(event_path), str(request_path)))
    return tuple(pairs), " ".join(found["rule"].split()), None


def _check_reconcile_events(spec: Spec, where: str, outcome: Outcome) -> None:
    """Some event of the rule must declare every matched field and the correlation field (the id it leads to);
    no event whose payload declares its fields may contradict a matched path."""
    assert outcome.correlate is not None
    wanted = [_path_segments(where, "match", path) for path, _ in outcome.reconcile]
    correlate = _path_segments(where, "correlate", outcome.correlate)
    carriers = []
    for name in outcome.events:
        payload = spec.event_schema(spec.events[name].node)
        if all(_walk(spec, payload, parts) for parts in [*wanted, correlate]):
            carriers.append(name)
    if not carriers:
        raise SpecError(
            f"{where}: no event of the rule declares every field of `reconcile.match` and {outcome.correlate}"
        )


# A path into a request or an event payload: dotted segments, each a field name, `*` (every value of a map) or
# `*~` (every key of a map), optionally followed by `[*]` (every item of a list): request.mailboxes.*[*].
_SEGMENT = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*|\*~?)(?P<each>\[\*\])?")


def _path_segments(where: str, key: str, path: Any) -> list[tuple[str, bool]]:
    parts = path.split(".") if isinstance(path, str) else []
    found = [_SEGMENT.fullmatch(part) for part in parts]
    if not parts or not all(found):
        raise SpecError(f"{where}: `{key}` must be a path like data.orderId or request.domains[*].domain, not {path!r}")
    return [(m["name"], bool(m["each"])) for m in found if m is not None]


def _walk(spec: Spec, schema: Any, parts: list[tuple[str, bool]]) -> bool | None:
    """Whether the schema declares the path (lists and maps followed); None where some level declares nothing
    (upstream never published it), so that the path cannot be checked."""
    for name, each in parts:
        node = spec.resolve(schema) if isinstance(schema, dict) else {}
        if name in ("*", "*~"):
            extra = node.get("additionalProperties")
            if not isinstance(extra, dict):
                return None if not node.get("properties") else False
            schema = extra if name == "*" else {"type": "string"}
        else:
            properties = node.get("properties")
            if not properties:
                return None
            if name not in properties:
                return False
            schema = properties[name]
        if each:
            resolved = spec.resolve(schema)
            if primary_type(resolved) != "array":
                return False
            schema = resolved.get("items", {})
    return True


def _check_request_path(spec: Spec, op: SpecOperation, where: str, key: str, path: Any, *, leaves: bool) -> None:
    """`request.<wire name>...`: a parameter or body field the operation sends, followed through its schema."""
    if not isinstance(path, str) or not path.startswith("request."):
        raise SpecError(f"{where}: `{key}` must start with `request.` (a field the operation sends), not {path!r}")
    parts = _path_segments(where, key, path.removeprefix("request."))
    (first, _), rest = parts[0], parts[1:]
    parameter = next((p for p in spec.parameters(op) if p.get("name") == first and p.get("in") != "header"), None)
    body = spec.request_schema(op) or {}
    if parameter is not None:
        schema = parameter.get("schema", {})
    elif first in body.get("properties", {}):
        schema = body["properties"][first]
    else:
        raise SpecError(f"{where}: `{key}` names {first!r}, which {op.operation_id} does not send")
    declared = _walk(spec, {"properties": {first: schema}}, [parts[0], *rest])
    if declared is False:
        raise SpecError(f"{where}: the request of {op.operation_id} does not declare {path!r}")
    if leaves and not any(each or name in ("*", "*~") for name, each in parts):
        raise SpecError(f"{where}: `{key}` counts items, so it must go through a list or map ({path!r})")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _event(spec: Spec, where: str, name: Any) -> str:
    if not isinstance(name, str) or name not in spec.events:
        raise SpecError(f"{where}: {name!r} is not a webhook event of the spec")
    return name


def _event_list(spec: Spec, where: str, node: dict[str, Any], key: str) -> tuple[str, ...]:
    value = node.get(key, [])
    if not isinstance(value, list):
        raise SpecError(f"{where}: `{key}` must be a list of event names")
    names = tuple(_event(spec, where, name) for name in value)
    if len(set(names)) != len(names):
        raise SpecError(f"{where}: `{key}` names an event twice")
    return names


_PATH_PART = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _path(where: str, key: str, path: Any) -> list[tuple[str, bool]]:
    """A path of field names only (no `*` or `[*]`), as `_walk` follows it."""
    parts = path.split(".") if isinstance(path, str) else []
    if not parts or not all(_PATH_PART.fullmatch(part) for part in parts):
        raise SpecError(f"{where}: `{key}` must be a dotted path of field names (data.orderId), not {path!r}")
    return [(part, False) for part in parts]


def _check_correlate(spec: Spec, where: str, outcome: Outcome) -> None:
    assert outcome.correlate is not None
    parts = _path(where, "correlate", outcome.correlate)
    for name in outcome.events:
        payload = spec.event_schema(spec.events[name].node)
        if _walk(spec, payload, parts) is False:
            raise SpecError(f"{where}: the payload of {name} has no {outcome.correlate}")


def _check_by(spec: Spec, op: SpecOperation, where: str, by: Any, arguments: list[Argument]) -> None:
    side, _, rest = by.partition(".") if isinstance(by, str) else ("", "", "")
    if side == "request":
        each = rest.endswith("[*]")
        wire = rest.removesuffix("[*]")
        found = next((a for a in arguments if a.wire == wire), None)
        if found is None:
            raise SpecError(f"{where}: `by` names {wire!r}, which {op.operation_id} does not send")
        if each != (found.shape.kind == "list"):
            raise SpecError(f"{where}: `by` marks each item of a list with [*], and only a list ({by!r})")
        return
    if side == "response":
        envelope = spec.success(op)[1]
        if not _walk(spec, envelope or {}, _path(where, "by", rest)):
            raise SpecError(f"{where}: the success response of {op.operation_id} does not declare {rest!r}")
        return
    raise SpecError(f"{where}: `by` is request.<field>[ [*] ] or response.<path>, not {by!r}")


def _result(op: SpecOperation, data_schema: dict[str, Any] | None) -> str | None:
    result = op.node.get("x-cmr-result")
    if result is None:
        return None
    known = result_kinds()
    if result not in known:
        raise SpecError(
            f"{op.operation_id}: unknown x-cmr-result {result!r}; known (coldmailreseller/_results.py RESULTS): "
            f"{', '.join(sorted(known))}"
        )
    marker = op.node.get("x-cmr-paginate") or {}
    if known[result].convention_page and (marker.get("items") != "*" or data_schema is None):
        raise SpecError(f"{op.operation_id}: x-cmr-result {result} needs x-cmr-paginate with items '*' on a page model")
    return result


PAGE_PARAMETERS = frozenset({"page", "limit"})


def _check_paged(op: SpecOperation, arguments: list[Argument]) -> None:
    """Every page/limit list gets an iterator: an operation with both query parameters must say where its items
    are (`x-cmr-paginate`, with `items: '*'` where upstream does not name the array)."""
    query = {a.wire for a in arguments if a.location == "query"}
    if query >= PAGE_PARAMETERS and "x-cmr-paginate" not in op.node:
        raise SpecError(f"{op.operation_id}: takes page and limit but has no x-cmr-paginate (spec/README.md)")


def shape(spec: Spec, schema: dict[str, Any]) -> Shape:
    """The shape of a request value described by `schema`."""
    name = ref_name(schema)
    if name is not None:
        target = spec.schemas[name]
        if "enum" in target:
            return Shape("enum", ClassRef.of(spec, name), values=tuple(map(str, target["enum"])))
        if primary_type(target) == "object" or "properties" in target:
            return Shape("model", ClassRef.of(spec, name))
        return shape(spec, target)
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        return Shape("union", options=tuple(shape(spec, option) for option in options))
    kind = primary_type(schema)
    if kind in PRIMITIVES and "enum" not in schema:
        return Shape(PRIMITIVES[kind])
    if kind == "array":
        return Shape("list", item=shape(spec, schema.get("items", {})))
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return Shape("map", item=shape(spec, schema["additionalProperties"]))
    if kind == "object":
        return Shape("map", item=Shape("any"))
    return Shape("any")


def _parameters(spec: Spec, op: SpecOperation) -> list[Argument]:
    arguments = []
    for param in spec.parameters(op):
        if param["in"] not in ("path", "query"):
            continue
        schema = param.get("schema", {})
        arguments.append(
            Argument(
                wire=param["name"],
                attr=attr_name(param["name"]),
                location=param["in"],
                shape=shape(spec, schema),
                required=bool(param.get("required")) or param["in"] == "path",
                description=param.get("description", ""),
                constraints=Constraints.of(spec.resolve(schema)),
            )
        )
    return arguments


def _body(spec: Spec, op: SpecOperation, taken: set[str]) -> list[Argument]:
    schema = spec.request_schema(op)
    if schema is None:
        return []
    # A body without documented properties gives the method no body arguments: its fields go in extra_body.
    required = set(schema.get("required", []))
    arguments = []
    for wire, prop in schema.get("properties", {}).items():
        attr = attr_name(wire)
        if attr in taken:
            attr = f"body_{attr}"
        resolved = spec.resolve(prop)
        arguments.append(
            Argument(
                wire=wire,
                attr=attr,
                location="body",
                shape=shape(spec, prop),
                required=wire in required,
                description=resolved.get("description", prop.get("description", "")),
                constraints=Constraints.of(resolved),
            )
        )
    return arguments


def _data(spec: Spec, op: SpecOperation) -> tuple[Data, bool, dict[str, Any] | None]:
    """How `data` is read, whether the envelope carries an actionId, and the data schema (for paging)."""
    _, envelope = spec.success(op)
    if envelope is None:
        return Data("none", None, False), False, None
    properties = envelope.get("properties", {})
    action_id = "actionId" in properties
    node = properties.get("data")
    if node is None or node.get("type") == "null":  # absent, or documented as always null: nothing to return
        return Data("none", None, False), action_id, None
    required = "data" in envelope.get("required", [])
    name = ref_name(node)
    if name is not None and "enum" not in spec.schemas[name]:
        return Data("model", ClassRef.of(spec, name), required), action_id, spec.schemas[name]
    item = ref_name(node.get("items", {})) if primary_type(node) == "array" else None
    if item is not None:
        return Data("list", ClassRef.of(spec, item), required), action_id, None
    return Data("any", None, required, _raw_json_types(op, node)), action_id, None


RAW_JSON_TYPES = ("object", "array")


def _raw_json_types(op: SpecOperation, node: dict[str, Any]) -> tuple[str, ...]:
    """The JSON types of unmodelled `data` (`type: object` / `array` / both, without properties or a modelled item),
    in a fixed order; () when the schema does not narrow it."""
    declared = node.get("type")
    if declared is None:
        return ()
    types = [declared] if isinstance(declared, str) else list(declared)
    if not set(types) <= set(RAW_JSON_TYPES):
        raise SpecError(f"{op.operation_id}: unmodelled `data` may only be declared `type: object` and/or `array`")
    return tuple(kind for kind in RAW_JSON_TYPES if kind in types)


def _paging(spec: Spec, op: SpecOperation, data_schema: dict[str, Any] | None) -> Paging | None:
    marker = op.node.get("x-cmr-paginate")
    if marker is None:
        return None
    if data_schema is None:
        raise SpecError(f"{op.operation_id}: x-cmr-paginate needs `data` to be a page model")
    if marker["items"] == "*":
        # The array is not named upstream: the API-wide convention, with the item schema given by the marker.
        item_ref = marker.get("item", "")
        if not item_ref.startswith("#/components/schemas/"):
            raise SpecError(f"{op.operation_id}: x-cmr-paginate with items '*' needs item: <schema $ref>")
        item_name = item_ref.rsplit("/", 1)[-1]
        if item_name not in spec.models_document()["components"]["schemas"]:
            # Only schemas the client reads or sends become models; the marker alone is not such a use.
            raise SpecError(
                f"{op.operation_id}: {item_name} is generated only if something the client reads refers to it: "
                f"name it in the page schema (`x-cmr-items: {{$ref: '{item_ref}'}}`)"
            )
        return Paging(None, ClassRef.of(spec, item_name), None, None)
    items = data_schema.get("properties", {}).get(marker["items"])
    item = ref_name((items or {}).get("items", {}))
    if item is None:
        raise SpecError(f"{op.operation_id}: data.{marker['items']} must be an array of a component schema")
    return Paging(
        items=attr_name(marker["items"]),
        item=ClassRef.of(spec, item),
        total_pages=_find(spec, data_schema, "totalPages") or _missing_paging(op, "totalPages"),
        current_page=_find(spec, data_schema, "currentPage"),
    )


def _find(spec: Spec, schema: dict[str, Any], wire: str) -> tuple[str, ...] | None:
    """Attribute path to `wire` in the page model: directly, or inside one nested object (`pagination`)."""
    properties = schema.get("properties", {})
    if wire in properties:
        return (attr_name(wire),)
    for name, prop in properties.items():
        if wire in spec.resolve(prop).get("properties", {}):
            return attr_name(name), attr_name(wire)
    return None


def _missing_paging(op: SpecOperation, wire: str) -> tuple[str, ...]:
    raise SpecError(f"{op.operation_id}: x-cmr-paginate needs `{wire}` in the page model")
