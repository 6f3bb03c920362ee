"""Render the resource facade (the `coldmailreseller_facade` package) from the spec.

One class per `x-cmr-resource`, one method per operation named by `x-cmr-method`, in four flavours:
sync and async, each returning parsed data or the raw response. Methods only describe the call (an
`Operation` constant and the keyword arguments); `coldmailreseller` does the work. Also writes
`OPERATIONS` (a light table with no model imports) and `EVENTS` (webhook event name -> payload model).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import parsers
from generator.coverage import operations as spec_operations
from generator.names import attr_name, class_name, module_name
from generator.schema import primary_type, ref_name

TEMPLATES = Path(__file__).parent / "templates"
MODELS = "coldmailreseller_generated.models"
PRIMITIVES = {
    "string": ("str", "str"),
    "integer": ("int", "int"),
    "number": ("float", "float"),
    "boolean": ("bool", "bool"),
}


def const_name(operation_id: str) -> str:
    return attr_name(operation_id).upper()


@dataclass
class Imports:
    models: set[str] = field(default_factory=set)
    parsed: set[str] = field(default_factory=set)

    def use(self, schema_name: str) -> str:
        self.models.add(schema_name)
        return class_name(schema_name)

    def parser(self, schema_name: str) -> str:
        """The checking parser of a model; the parser renderer writes one for every schema asked for here."""
        self.parsed.add(schema_name)
        return parsers.parser_name(class_name(schema_name))

    def lines(self) -> list[str]:
        lines = [f"from {MODELS}.{module_name(n)} import {class_name(n)}" for n in sorted(self.models)]
        if self.parsed:
            names = sorted(parsers.parser_name(class_name(n)) for n in self.parsed)
            lines.append(f"from ._parsers import {', '.join(names)}")
        return lines


class Spec:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.raw = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            *_, section, name = node["$ref"].split("/")
            node = self.raw["components"][section][name]
        return node


def shape(spec: Spec, schema: dict[str, Any], imports: Imports) -> tuple[str, str]:
    """(Python annotation, `Shape(...)` expression) of a request value."""
    name = ref_name(schema)
    if name is not None:
        target = spec.schemas[name]
        cls = imports.use(name)
        if "enum" in target:
            return f"{cls} | str", f'Shape("enum", enum={cls})'
        if primary_type(target) == "object" or "properties" in target:
            return f"{cls} | Mapping[str, Any]", f'Shape("model", model={cls})'
        return shape(spec, target, imports)
    if "anyOf" in schema or "oneOf" in schema:
        options = [shape(spec, option, imports) for option in schema.get("anyOf", schema.get("oneOf", []))]
        annotation = " | ".join(dict.fromkeys(a for a, _ in options))
        return annotation, f'Shape("union", options=({", ".join(s for _, s in options)},))'
    kind = primary_type(schema)
    if kind in PRIMITIVES and "enum" not in schema:
        annotation, shape_kind = PRIMITIVES[kind]
        return annotation, f'Shape("{shape_kind}")'
    if kind == "array":
        item_ann, item_shape = shape(spec, schema.get("items", {}), imports)
        return f"Sequence[{item_ann}]", f'Shape("list", item={item_shape})'
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        item_ann, item_shape = shape(spec, schema["additionalProperties"], imports)
        return f"Mapping[str, {item_ann}]", f'Shape("map", item={item_shape})'
    if kind == "object":
        return "Mapping[str, Any]", 'Shape("map", item=Shape("any"))'
    return "Any", 'Shape("any")'


@dataclass
class Arg:
    wire: str
    attr: str
    location: str
    annotation: str
    shape: str
    required: bool
    description: str
    constraints: dict[str, Any]

    def field_expr(self) -> str:
        extra = "".join(f", {k}={v!r}" for k, v in self.constraints.items())
        return f'Field("{self.wire}", "{self.attr}", "{self.location}", {self.shape}, required={self.required}{extra})'


CONSTRAINTS = {
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "minimum",
    "maximum": "maximum",
    "minItems": "min_items",
}


def _constraints(schema: dict[str, Any]) -> dict[str, Any]:
    return {py: schema[key] for key, py in CONSTRAINTS.items() if key in schema}


@dataclass
class Op:
    operation_id: str
    resource: str
    method: str
    http_method: str
    path: str
    effect: str
    summary: str
    description: str
    args: list[Arg]
    returns: str
    parse: str
    has_data: bool
    has_action_id: bool
    items: str | None
    item_class: str | None
    sandbox: bool
    deprecated: bool

    @property
    def const(self) -> str:
        return const_name(self.operation_id)

    @property
    def result(self) -> str:
        return f"ActionResult[{self.returns}]" if self.has_action_id else self.returns


def _parameters(spec: Spec, path_item: dict[str, Any], op: dict[str, Any], imports: Imports) -> list[Arg]:
    args = []
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        param = spec.resolve(raw)
        if param["in"] not in ("path", "query"):
            continue
        schema = param.get("schema", {})
        annotation, shape_expr = shape(spec, schema, imports)
        resolved = spec.resolve(schema)
        args.append(
            Arg(
                wire=param["name"],
                attr=attr_name(param["name"]),
                location=param["in"],
                annotation=annotation,
                shape=shape_expr,
                required=bool(param.get("required")) or param["in"] == "path",
                description=param.get("description", ""),
                constraints=_constraints(resolved),
            )
        )
    return args


def _body(spec: Spec, op: dict[str, Any], taken: set[str], imports: Imports) -> list[Arg]:
    body = op.get("requestBody")
    if not body:
        return []
    body = spec.resolve(body)
    schema = spec.resolve(body["content"]["application/json"]["schema"])
    if not schema.get("properties"):
        # Upstream does not document this body's fields: take them as one mapping.
        description = schema.get("description", "the request body, as a mapping of JSON fields")
        required = bool(body.get("required"))
        return [
            Arg(
                "",
                "body",
                "body_object",
                "Mapping[str, Any]",
                'Shape("map", item=Shape("any"))',
                required,
                description,
                {},
            )
        ]
    required = set(schema.get("required", []))
    args = []
    for wire, prop in schema.get("properties", {}).items():
        attr = attr_name(wire)
        if attr in taken:
            attr = f"body_{attr}"
        annotation, shape_expr = shape(spec, prop, imports)
        args.append(
            Arg(
                wire=wire,
                attr=attr,
                location="body",
                annotation=annotation,
                shape=shape_expr,
                required=wire in required,
                description=spec.resolve(prop).get("description", prop.get("description", "")),
                constraints=_constraints(spec.resolve(prop)),
            )
        )
    return args


def _data(spec: Spec, op: dict[str, Any], imports: Imports) -> tuple[str, str, bool, bool, dict[str, Any] | None]:
    """(return annotation, parse expression, has data, has actionId, data schema) of the 2xx envelope."""
    success = next(v for k, v in op["responses"].items() if str(k).startswith("2"))
    content = spec.resolve(success).get("content", {}).get("application/json")
    if content is None:
        return "None", "parse_nothing", False, False, None
    envelope = spec.resolve(content["schema"])
    props = envelope.get("properties", {})
    has_action = "actionId" in props
    data = props.get("data")
    if data is None:
        return "None", "parse_nothing", False, has_action, None
    name = ref_name(data)
    schema = None
    if name is not None and "enum" not in spec.schemas[name]:
        cls = imports.use(name)
        returns, parse, schema = cls, imports.parser(name), spec.schemas[name]
    elif primary_type(data) == "array" and ref_name(data.get("items", {})):
        item = ref_name(data["items"]) or ""
        cls = imports.use(item)
        returns, parse = f"builtins.list[{cls}]", f"list_of({imports.parser(item)})"
    else:
        returns, parse = "Any", "_passthrough"
    if "data" in envelope.get("required", []):
        return returns, parse, True, has_action, schema
    # Upstream documents successes without `data` here: None stands for "not sent".
    return f"{returns} | None", f"optional({parse})", False, has_action, schema


def collect(spec_dict: dict[str, Any]) -> dict[str, tuple[list[Op], Imports]]:
    spec = Spec(spec_dict)
    resources: dict[str, tuple[list[Op], Imports]] = {}
    for op_id, op in spec_operations(spec_dict).items():
        resource = op["x-cmr-resource"]
        ops, imports = resources.setdefault(resource, ([], Imports()))
        args = _parameters(spec, spec_dict["paths"][op["path"]], op, imports)
        args += _body(spec, op, {a.attr for a in args}, imports)
        returns, parse, has_data, has_action, data_schema = _data(spec, op, imports)
        items = item_class = None
        if "x-cmr-paginate" in op:
            items = op["x-cmr-paginate"]["items"]
            assert data_schema is not None, f"{op_id}: paginated data must be a page model"
            item_class = imports.use(ref_name(data_schema["properties"][items]["items"]) or "")
        ops.append(
            Op(
                operation_id=op_id,
                resource=resource,
                method=op["x-cmr-method"],
                http_method=op["http_method"],
                path=op["path"],
                effect=op["x-cmr-effect"],
                summary=op.get("summary", ""),
                description=op.get("description", ""),
                args=args,
                returns=returns,
                parse=parse,
                has_data=has_data,
                has_action_id=has_action,
                items=attr_name(items) if items else None,
                item_class=item_class,
                sandbox=all("cmr-x-api-key" not in s for s in op.get("security", [])),
                deprecated=bool(op.get("deprecated")),
            )
        )
    for name, (ops, _) in resources.items():
        methods = [o.method for o in ops] + [_iter_name(o) for o in ops if o.items]
        dupes = {m for m in methods if methods.count(m) > 1}
        if dupes:
            raise ValueError(f"resource {name!r} has duplicate method names: {sorted(dupes)}")
    return resources


def _iter_name(op: Op) -> str:
    return "iter" if op.method == "list" else f"iter_{op.method}"


def _docstring(op: Op, indent: str, returns: str) -> str:
    parts = [op.summary.strip().rstrip(".") + "."]
    if op.description.strip():
        parts += ["", *textwrap.wrap(" ".join(op.description.split()), 100)]
    if op.deprecated:
        parts += ["", "Deprecated upstream."]
    documented = [a for a in op.args if a.description.strip()]
    if documented:
        parts += ["", "Args:"]
        for a in documented:
            parts += textwrap.wrap(
                f"{a.attr}: {' '.join(a.description.split())}", 96, initial_indent="    ", subsequent_indent="        "
            )
    parts += ["", f"Returns: {returns}", "", f"`{op.http_method} {op.path}` (operationId `{op.operation_id}`)."]
    body = "\n".join((indent + line) if line else "" for line in parts)
    body = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'{indent}"""{body.lstrip()}\n{indent}"""'


def _signature(args: list[Arg]) -> str:
    required = [f"{a.attr}: {a.annotation}" for a in args if a.required]
    optional = [f"{a.attr}: {a.annotation} | None = None" for a in args if not a.required]
    return ", ".join(["self", "*", *required, *optional, "timeout: TimeoutArg = None"])


def _call_args(args: list[Arg]) -> str:
    return "{" + ", ".join(f'"{a.attr}": {a.attr}' for a in args) + "}"


def _methods(op: Op, flavour: str) -> list[str]:
    is_async, raw = flavour.startswith("async"), flavour.endswith("raw")
    prefix = "async def" if is_async else "def"
    awaits = "await " if is_async else ""
    if raw:
        call, result = "request_raw", f"RawResponse[{op.returns}]"
    elif op.has_action_id:
        call, result = "request_action", op.result
    else:
        call, result = "request", op.returns
    out = [
        f"    {prefix} {op.method}({_signature(op.args)}) -> {result}:",
        _docstring(op, "        ", "the raw response; `.parse()` gives the data." if raw else f"`{result}`."),
        f"        return {awaits}self._requester.{call}({op.const}, {_call_args(op.args)}, timeout)",
        "",
    ]
    if op.items and not raw:
        args = [a for a in op.args if a.wire != "page"]
        iterator = "AsyncIterator" if is_async else "Iterator"
        out += [
            f"    def {_iter_name(op)}({_signature(args)}) -> {iterator}[{op.item_class}]:",
            _docstring(op, "        ", f"every `{op.item_class}` of every page, fetched page by page."),
            f"        return self._requester.paginate({op.const}, {_call_args(args)}, timeout, {op.item_class})",
            "",
        ]
    return out


def _class_names(resource: str) -> dict[str, str]:
    base = class_name(resource)
    return {
        "sync": base,
        "sync-raw": f"{base}WithRawResponse",
        "async": f"Async{base}",
        "async-raw": f"Async{base}WithRawResponse",
    }


def render_resource(resource: str, ops: list[Op], imports: Imports, description: str) -> str:
    names = _class_names(resource)
    lines = [
        f'"""The `{resource}` resource: {" ".join(description.split())}"""',
        "",
        "from __future__ import annotations",
        "",
        "import builtins",
        "from collections.abc import AsyncIterator, Iterator, Mapping, Sequence",
        "from functools import cached_property",
        "from typing import Any",
        "",
        *imports.lines(),
        "from ._spec import (ActionResult, AsyncRequester, Field, Operation, RawResponse, Requester, Shape,",
        "    TimeoutArg, list_of, optional, parse_nothing, passthrough as _passthrough)",
        "",
        "__all__ = [" + ", ".join(f'"{n}"' for n in names.values()) + "]",
        "",
    ]
    for op in ops:
        fields = ", ".join(a.field_expr() for a in op.args)
        lines += [
            f"{op.const}: Operation[{op.returns}] = Operation(",
            f'    operation_id="{op.operation_id}", resource="{op.resource}", method="{op.method}",',
            f'    http_method="{op.http_method}", path="{op.path}", effect="{op.effect}",',
            f"    fields=({fields}{',' if len(op.args) == 1 else ''}),",
            f"    parse={op.parse}, has_data={op.has_data}, has_action_id={op.has_action_id},",
            f"    items={op.items and repr(op.items)}, sandbox={op.sandbox},",
            ")",
            "",
        ]
    for flavour, cls in names.items():
        requester = "AsyncRequester" if flavour.startswith("async") else "Requester"
        kind = "raw responses" if flavour.endswith("raw") else "parsed data"
        lines += [
            "",
            f"class {cls}:",
            f'    """`{resource}` operations returning {kind}."""',
            "",
            f"    def __init__(self, requester: {requester}) -> None:",
            "        self._requester = requester",
            "",
        ]
        if not flavour.endswith("raw"):
            raw_cls = names[f"{flavour}-raw"]
            lines += [
                "    @cached_property",
                f"    def with_raw_response(self) -> {raw_cls}:",
                '        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""',
                f"        return {raw_cls}(self._requester)",
                "",
            ]
        for op in ops:
            lines += _methods(op, flavour)
    return "\n".join(lines) + "\n"


def render_resources_index(resources: dict[str, tuple[list[Op], Imports]]) -> str:
    lines = [
        '"""Typed, lazily imported resource attributes of the client (`client.users`, ...)."""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING",
        "",
        "from ._spec import AsyncRequester, Requester",
        "",
        "if TYPE_CHECKING:",
    ]
    for resource in sorted(resources):
        names = _class_names(resource)
        lines.append(f"    from .{attr_name(resource)} import {names['sync']}, {names['async']}")
    for flavour, base, requester in (
        ("sync", "SyncResources", "Requester"),
        ("async", "AsyncResources", "AsyncRequester"),
    ):
        lines += [
            "",
            "",
            f"class {base}:",
            '    """One attribute per resource, imported on first use."""',
            "",
            f"    _requester: {requester}",
            "",
        ]
        for resource in sorted(resources):
            cls = _class_names(resource)[flavour]
            lines += [
                "    @cached_property",
                f"    def {attr_name(resource)}(self) -> {cls}:",
                f"        from .{attr_name(resource)} import {cls}",
                "",
                f"        return {cls}(self._requester)",
                "",
            ]
    return "\n".join(lines) + "\n"


def render_operations(resources: dict[str, tuple[list[Op], Imports]]) -> str:
    lines = [
        '"""Every operation of the spec: operationId -> where it lives on the client and on the wire."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import NamedTuple",
        "",
        "",
        "class OperationInfo(NamedTuple):",
        "    resource: str",
        "    method: str",
        "    http_method: str",
        "    path: str",
        "    effect: str",
        "",
        "",
        "OPERATIONS: dict[str, OperationInfo] = {",
    ]
    for ops, _ in resources.values():
        for op in ops:
            lines.append(
                f'    "{op.operation_id}": OperationInfo("{op.resource}", "{op.method}", "{op.http_method}", '
                f'"{op.path}", "{op.effect}"),'
            )
    return "\n".join([*lines, "}", ""])


def render_events(spec_dict: dict[str, Any], imports: Imports) -> str:
    entries = []
    parser_entries = []
    for event, item in spec_dict.get("webhooks", {}).items():
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        name = ref_name(schema) or ""
        entries.append(f'    "{event}": {imports.use(name)},')
        parser_entries.append(f'    "{event}": {imports.parser(name)},')
    return "\n".join(
        [
            '"""Webhook event name -> payload model, from the spec\'s `webhooks:` section."""',
            "",
            "from __future__ import annotations",
            "",
            "from collections.abc import Callable",
            "from typing import Any",
            "",
            *imports.lines(),
            "",
            "EVENTS: dict[str, Any] = {",
            *entries,
            "}",
            "",
            "# The checking parser of each event's payload (see _parsers.py).",
            "EVENT_PARSERS: dict[str, Callable[[Any], Any]] = {",
            *parser_entries,
            "}",
            "",
        ]
    )


def render(spec_dict: dict[str, Any], out: Path) -> list[Path]:
    """Write the facade package into `out`; returns the files written."""
    out.mkdir()
    resources = collect(spec_dict)
    event_imports = Imports()
    descriptions = {t["name"]: t.get("description", "") for t in spec_dict.get("tags", [])}
    files = {
        "__init__.py": '"""The resource facade rendered from the spec by generator/facade.py."""\n',
        "_spec.py": (TEMPLATES / "facade_spec.py").read_text(),
        "operations.py": render_operations(resources),
        "resources.py": render_resources_index(resources),
        "events.py": render_events(spec_dict, event_imports),
    }
    parsed = set(event_imports.parsed).union(*(imports.parsed for _, imports in resources.values()))
    files["_parsers.py"] = parsers.render(spec_dict, sorted(parsed))
    for resource, (ops, imports) in sorted(resources.items()):
        files[f"{attr_name(resource)}.py"] = render_resource(resource, ops, imports, descriptions.get(resource, ""))
    for name, text in files.items():
        (out / name).write_text(text)
    return [out / name for name in files]
