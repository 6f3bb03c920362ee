"""Render `facade/_parsers.py`: one checking parser per model that responses and webhook events carry.

openapi-python-client's `from_dict` trusts primitive types (a number where a string is declared ends up in a
`str` attribute) and builds enums slowly. These parsers check every JSON type the spec declares, keep unknown
fields in `additional_properties`, read `anyOf: [Enum, string]` fields tolerantly, and build the same attrs
models in one pass. A mismatch raises TypeError naming the JSON path; the client turns it into
ResponseValidationError.
"""

from __future__ import annotations

from typing import Any

from generator.names import attr_name, class_name, inline_class_name, module_name
from generator.schema import json_types, ref_name

JSON_TYPES = {"string": "str", "integer": "int", "boolean": "bool"}
DESCRIBE = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "an array",
    "object": "an object",
    "null": "null",
}


def parser_name(cls: str) -> str:
    return f"parse_{module_name(cls)}"


class ParserRenderer:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.models: dict[str, dict[str, Any]] = {}  # class name -> object schema, in render order
        self.enums: set[str] = set()
        self.lines: list[str] = []

    # -- what to render ---------------------------------------------------------------------------------

    # -- checks ---------------------------------------------------------------------------------------------

    def check(self, var: str, schema: dict[str, Any], path: str, owner: str, prop: str, indent: str) -> list[str]:
        """Lines that check `var` against `schema` and replace it with the model value."""
        name = ref_name(schema)
        if name is not None:
            target = self.schemas[name]
            if "enum" in target:
                self.enums.add(name)
                return [
                    f"{indent}if type({var}) is not str or {var} not in _{class_name(name)}:",
                    f"{indent}    raise _expected({path}, 'one of {', '.join(map(str, target['enum']))}', {var})",
                    f"{indent}{var} = _{class_name(name)}[{var}]",
                ]
            if "object" in json_types(target) or "properties" in target:
                return self._model_call(var, class_name(name), target, path, indent)
            return self.check(var, target, path, name, "", indent)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            enums = [ref_name(o) for o in options if ref_name(o) and "enum" in self.schemas[ref_name(o) or ""]]
            rest = [o for o in options if not ref_name(o)]
            if len(enums) == 1 and rest == [{"type": "string"}]:
                self.enums.add(enums[0] or "")
                return [
                    f"{indent}if type({var}) is not str:",
                    f"{indent}    raise _expected({path}, 'a string', {var})",
                    f"{indent}{var} = _{class_name(enums[0] or '')}.get({var}, {var})",
                ]
            return []  # other unions are not used by response schemas; accept the value as it is
        types = json_types(schema)
        nullable = "null" in types
        types = [t for t in types if t != "null"]
        if not types:
            return []
        body: list[str]
        if len(types) > 1:
            allowed = [t for t in types if t in JSON_TYPES or t == "number"]
            tests = " or ".join(self._type_test(var, t) for t in allowed)
            body = [
                f"{indent}if not ({tests}):",
                f"{indent}    raise _expected({path}, {' or '.join(DESCRIBE[t] for t in allowed)!r}, {var})",
            ]
        else:
            body = self._single(var, types[0], schema, path, owner, prop, indent)
        if nullable and len(body) == 2:
            # A plain type test: null joins the condition instead of nesting another `if`.
            return [body[0].removesuffix(":") + f" and {var} is not None:", body[1]]
        if nullable and body:
            return [f"{indent}if {var} is not None:", *["    " + line for line in body]]
        return body

    @staticmethod
    def _type_test(var: str, kind: str) -> str:
        if kind == "number":
            return f"(type({var}) is int or type({var}) is float)"
        return f"type({var}) is {JSON_TYPES[kind]}"

    def _single(
        self, var: str, kind: str, schema: dict[str, Any], path: str, owner: str, prop: str, indent: str
    ) -> list[str]:
        if kind in JSON_TYPES or kind == "number":
            mismatch = (
                f"type({var}) is not int and type({var}) is not float"
                if kind == "number"
                else f"type({var}) is not {JSON_TYPES[kind]}"
            )
            lines = [f"{indent}if {mismatch}:", f"{indent}    raise _expected({path}, {DESCRIBE[kind]!r}, {var})"]
            if kind == "string" and schema.get("format") in ("date-time", "date"):
                # Inline rather than a helper call: lists of models parse many of these.
                date = ".date()" if schema["format"] == "date" else ""
                lines += [
                    f"{indent}try:",
                    f"{indent}    {var} = _fromisoformat({var}){date}",
                    f"{indent}except ValueError:",
                    f"{indent}    raise _expected({path}, 'an ISO 8601 date-time', {var}) from None",
                ]
            return lines
        if kind == "array":
            lines = [f"{indent}if type({var}) is not list:", f"{indent}    raise _expected({path}, 'an array', {var})"]
            items = schema.get("items") or {}
            item_lines = self.check("item", items, f"{path} + '[]'", owner, prop + "_item", indent + "    ")
            if len(item_lines) == 1 and item_lines[0].strip().startswith("item = parse_"):
                # A list of models: one comprehension, the path built once.
                call = item_lines[0].strip().removeprefix("item = ").replace(f"{path} + '[]'", "item_path")
                lines += [f"{indent}item_path = {path} + '[]'", f"{indent}{var} = [{call} for item in {var}]"]
            elif item_lines:
                converts = any(line.strip().startswith("item =") for line in item_lines)
                if converts:
                    lines += [
                        f"{indent}converted = []",
                        f"{indent}for item in {var}:",
                        *item_lines,
                        f"{indent}    converted.append(item)",
                        f"{indent}{var} = converted",
                    ]
                else:
                    lines += [f"{indent}for item in {var}:", *item_lines]
            return lines
        if kind == "object":
            # An inline object: openapi-python-client names its class <Owner><Property>.
            cls = inline_class_name(class_name(owner), prop)
            return self._model_call(var, cls, schema, path, indent)
        return []

    def _model_call(self, var: str, cls: str, schema: dict[str, Any], path: str, indent: str) -> list[str]:
        if cls not in self.models:
            self.models[cls] = schema
        return [f"{indent}{var} = {parser_name(cls)}({var}, {path})"]

    # -- one parser per model -----------------------------------------------------------------------------

    @staticmethod
    def _optional(var: str, checks: list[str]) -> list[str]:
        """Checks of an optional field; a plain type test comes first, so a present value costs one comparison."""
        if checks and checks[0] == f"        if {var} is not None:":
            return [f"    if {var} is not UNSET and {var} is not None:", *[line[4:] for line in checks[1:]]]
        if len(checks) == 2:
            mismatch = checks[0].strip().removeprefix("if ").removesuffix(":")
            return [f"    if {mismatch} and {var} is not UNSET:", checks[1][4:]]
        if len(checks) < 2 or not checks[0].startswith(f"        if type({var}) is not "):
            return [f"    if {var} is not UNSET:", *checks] if checks else []
        mismatch = checks[0].strip().removeprefix("if ").removesuffix(":")
        match = mismatch.replace(" is not ", " is ").replace(" and ", " or ")
        return [f"    if {match}:", *checks[2:], f"    elif {var} is not UNSET:", checks[1][4:]]

    def render_model(self, cls: str, schema: dict[str, Any]) -> list[str]:
        props: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        lines = [
            f"def {parser_name(cls)}(d: Any, at: str = {cls!r}) -> {cls}:",
            "    if type(d) is not dict:",
            "        raise _expected(at, 'an object', d)",
        ]
        if props:
            lines.append("    get = d.get")  # one attribute lookup for all fields
        kwargs = []
        for index, (wire, prop) in enumerate(props.items()):
            var = f"v{index}"
            path = f"at + {'.' + wire!r}"
            checks = self.check(var, prop, path, cls, wire, "        ")
            if wire in required:
                lines += [
                    f"    {var} = get({wire!r}, UNSET)",
                    f"    if {var} is UNSET:",
                    f"        raise _missing(at, {wire!r})",
                ]
                lines += [line[4:] for line in checks]
            else:
                lines.append(f"    {var} = get({wire!r}, UNSET)")
                lines += self._optional(var, checks)
            kwargs.append(f"{attr_name(wire)}={var}")
        lines.append(f"    obj = {cls}({', '.join(kwargs)})")
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            value_checks = self.check("value", extra, "at + '.' + key", cls, "additional_property", "        ")
            lines += [
                "    extra = {}",
                "    for key, value in d.items():",
                *value_checks,
                "        extra[key] = value",
                "    obj.additional_properties = extra",
            ]
        elif props:
            keys = f"_KEYS_{module_name(cls).upper()}"
            self.lines.append(f"{keys} = frozenset({sorted(props)!r})")
            lines += [
                f"    if not {keys}.issuperset(d):",
                f"        obj.additional_properties = {{k: v for k, v in d.items() if k not in {keys}}}",
            ]
        else:
            lines.append("    obj.additional_properties = dict(d)")
        return [*lines, "    return obj", "", ""]

    def render(self, roots: list[str]) -> str:
        for root in roots:
            self.models.setdefault(class_name(root), self.schemas[root])
        bodies: list[str] = []
        done: set[str] = set()
        while len(done) < len(self.models):  # rendering a model can discover nested ones
            for cls, schema in list(self.models.items()):
                if cls not in done:
                    done.add(cls)
                    bodies += self.render_model(cls, schema)
        imports = sorted({*self.models, *map(class_name, self.enums)})
        head = [
            '"""Checking parsers for every model in responses and webhook events (see generator/parsers.py)."""',
            "",
            "from __future__ import annotations",
            "",
            "import datetime",
            "from typing import Any",
            "",
            *[f"from coldmailreseller_generated.models.{module_name(c)} import {c}" for c in imports],
            "from coldmailreseller_generated.types import UNSET",
            "",
            *[
                f"_{class_name(e)}: dict[str, {class_name(e)}] = {{m.value: m for m in {class_name(e)}}}"
                for e in sorted(self.enums)
            ],
            *self.lines,
            "",
            "",
            "def _expected(at: str, what: str, value: Any) -> TypeError:",
            "    return TypeError(f'{at}: expected {what}, got {type(value).__name__}')",
            "",
            "",
            "def _missing(at: str, key: str) -> TypeError:",
            "    return TypeError(f'{at}: required field {key!r} is missing')",
            "",
            "",
            "# The same reading of dates as the generated models' from_dict.",
            "_fromisoformat = datetime.datetime.fromisoformat",
            "",
            "",
        ]
        return "\n".join(head + bodies)


def render(spec: dict[str, Any], roots: list[str]) -> str:
    """The parsers module for the schemas in `roots` (those the facade parses responses and events with) and
    every model nested in them."""
    return ParserRenderer(spec).render(roots)
