"""Render the client part of the generated package (resources, operations, events, spec facts) from the
structured model in generator/api_model.py with the Jinja2 templates in generator/templates/client/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from generator.api_model import Api, ClassRef, Operation, Resource, Shape, effects, result_kinds

TEMPLATES = Path(__file__).parent / "templates"
# The annotation of unmodelled `data` of each declared JSON type (api_model.Data.json). `builtins.list`: a resource
# class with a `list` method would shadow the builtin in its annotations.
RAW_JSON = {"object": "dict[str, Any]", "array": "builtins.list[Any]"}


def environment(package: str, api: Api) -> jinja2.Environment:
    env = jinja2.Environment(
        # models/ holds banner.jinja, shared with the model templates openapi-python-client renders.
        loader=jinja2.FileSystemLoader([TEMPLATES / "client", TEMPLATES / "models"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["literal"] = _literal
    env.filters["docstring_body"] = _docstring_body
    env.filters["add_suffix"] = lambda text, suffix: f"{text}{suffix}"
    env.filters["md_code"] = lambda text: f"`{text}`"
    env.filters["result_class"] = _result_class
    env.filters["raw_json_type"] = RAW_JSON.__getitem__
    env.globals["package"] = package
    env.globals["models"] = {model.ref: model for model in api.request_models}
    env.globals["results"] = {kind: result.cls for kind, result in result_kinds().items()}
    env.globals["effects"] = effects()
    return env


def _result_class(kind: str) -> str:
    # api_model refused any kind the registry does not know.
    return result_kinds()[kind].cls


def _literal(value: Any) -> str:
    """A Python literal of JSON-like data (str, number, bool, None, and tuples, lists and dicts of those): spec
    text never enters code unquoted."""
    if isinstance(value, tuple):
        return "(" + ", ".join(map(_literal, value)) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(map(_literal, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(str(k))}: {_literal(v)}" for k, v in value.items()) + "}"
    if value is None or isinstance(value, str | int | float | bool):
        return repr(value)
    raise TypeError(f"no literal for {type(value).__name__}")


def _docstring_body(lines: list[str], indent: int) -> str:
    """Docstring lines (the first right after the quotes), indented; backslashes and quotes made harmless."""
    pad = " " * indent
    text = "\n".join((pad + line) if line else "" for line in lines).lstrip()
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


class _Names:
    """What the annotations of some shapes mention, walked exactly as macros.jinja's `annotation` renders them."""

    def __init__(self, api: Api) -> None:
        self._models = {model.ref: model for model in api.request_models}
        self.refs: set[ClassRef] = set()
        self.dicts: set[str] = set()
        self.abc: set[str] = set()
        self.typing: set[str] = set()

    def shape(self, shape: Shape) -> None:
        if shape.kind == "enum":
            assert shape.ref is not None
            self.refs.add(shape.ref)
            self.typing.add("Literal")
        elif shape.kind == "model":
            assert shape.ref is not None
            self.refs.add(shape.ref)
            model = self._models[shape.ref]
            if model.fields:
                self.dicts.add(model.dict_name)
                return
            self.abc.add("Mapping")
            if model.extra is not None:
                self.shape(model.extra)
            else:
                self.typing.add("Any")
        elif shape.kind == "list":
            self.abc.add("Sequence")
        elif shape.kind == "map":
            self.abc.add("Mapping")
        elif shape.kind == "any":
            self.typing.add("Any")
        for inner in [*([shape.item] if shape.item else []), *shape.options]:
            self.shape(inner)

    def operation(self, op: Operation) -> None:
        for argument in op.arguments:
            self.shape(argument.shape)
        if op.result is None and op.data.ref is not None:
            self.refs.add(op.data.ref)
        if op.result is None and op.data.kind == "any":
            self.typing.add("Any")
        if op.paging is not None:
            self.refs.add(op.paging.item)
            self.abc |= {"AsyncIterator", "Iterator"}


def _resource_context(api: Api, resource: Resource) -> dict[str, Any]:
    """The names a resource module must import, from the shapes of its arguments and results."""
    names = _Names(api)
    for op in resource.operations:
        names.operation(op)
    results = {_result_class(op.result) for op in resource.operations if op.result}
    return {
        "r": resource,
        "abc_names": sorted(names.abc),
        "needs_any": "Any" in names.typing,
        "needs_literal": "Literal" in names.typing,
        "builtins": any(
            op.result is None and (op.data.kind == "list" or "array" in op.data.json) for op in resource.operations
        ),
        "refs": sorted(names.refs),
        "dict_names": sorted(names.dicts),
        "result_names": sorted(results),
        "lazy": bool(results or names.dicts),
        "action_results": any(op.action_result for op in resource.operations),
    }


def _params_context(api: Api) -> dict[str, Any]:
    typed = [model for model in api.request_models if model.fields]
    names = _Names(api)
    for model in typed:
        for field in model.fields:
            names.shape(field.shape)
    typing_names = ({"TypedDict"} | names.typing) if typed else set()
    if any(field.required for model in typed for field in model.fields):
        typing_names.add("Required")
    return {
        "typed": typed,
        "abc_names": sorted(names.abc),
        "typing_names": sorted(typing_names, key=lambda name: (not name.isupper(), name)),
        "refs": sorted(names.refs),
    }


def render(api: Api, package_dir: Path) -> list[Path]:
    """Write the client modules into `package_dir` (the generated package); returns the files written."""
    env = environment(package_dir.name, api)
    files: dict[str, str] = {
        "params.py": env.get_template("params.py.jinja").render(**_params_context(api)),
        "__init__.py": env.get_template("package_init.py.jinja").render(),
        "api.py": env.get_template("api.py.jinja").render(api=api),
        "operations.py": env.get_template("operations.py.jinja").render(api=api),
        "events.py": env.get_template("events.py.jinja").render(api=api),
        "examples.py": env.get_template("examples.py.jinja").render(api=api),
        "resources/__init__.py": env.get_template("resources_init.py.jinja").render(api=api),
    }
    resource_template = env.get_template("resource.py.jinja")
    for resource in api.resources:
        files[f"resources/{resource.name}.py"] = resource_template.render(**_resource_context(api, resource))
    written = []
    for name, text in files.items():
        path = package_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def api_reference(api: Api, model_names: list[tuple[str, str]], errors: list[dict[str, Any]]) -> str:
    """api.md: every method (HTTP method, path, arguments and types, return type, effect), the request
    TypedDicts, the models, the error classes and the webhook events."""
    env = environment("coldmailreseller_generated", api)
    return env.get_template("api.md.jinja").render(api=api, model_names=model_names, errors=errors)
