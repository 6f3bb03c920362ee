"""Render the client part of the generated package (resources, operations, events, spec facts) from the
structured model in generator/api_model.py with the Jinja2 templates in generator/templates/client/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from generator.api_model import Api, Resource

TEMPLATES = Path(__file__).parent / "templates"


def environment(package: str) -> jinja2.Environment:
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
    env.globals["package"] = package
    return env


def _literal(value: Any) -> str:
    """A Python literal of a str, number, bool, None or tuple of those (spec text never enters code unquoted)."""
    if isinstance(value, tuple):
        return "(" + ", ".join(map(_literal, value)) + ("," if len(value) == 1 else "") + ")"
    if value is None or isinstance(value, str | int | float | bool):
        return repr(value)
    raise TypeError(f"no literal for {type(value).__name__}")


def _docstring_body(lines: list[str], indent: int) -> str:
    """Docstring lines (the first right after the quotes), indented; backslashes and quotes made harmless."""
    pad = " " * indent
    text = "\n".join((pad + line) if line else "" for line in lines).lstrip()
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _resource_context(resource: Resource) -> dict[str, Any]:
    """The names a resource module must import, from the shapes of its arguments and results."""
    kinds = resource.kinds()
    abc = set()
    if resource.paged:
        abc |= {"AsyncIterator", "Iterator"}
    if kinds & {"model", "map"}:
        abc.add("Mapping")
    if "list" in kinds:
        abc.add("Sequence")
    data_kinds = {op.data.kind for op in resource.operations}
    return {
        "r": resource,
        "abc_names": sorted(abc),
        "needs_any": bool(kinds & {"model", "any"}) or "any" in data_kinds,
        "data_kinds": data_kinds,
    }


def render(api: Api, package_dir: Path) -> list[Path]:
    """Write the client modules into `package_dir` (the generated package); returns the files written."""
    env = environment(package_dir.name)
    files: dict[str, str] = {
        "__init__.py": env.get_template("package_init.py.jinja").render(),
        "api.py": env.get_template("api.py.jinja").render(api=api),
        "operations.py": env.get_template("operations.py.jinja").render(api=api),
        "events.py": env.get_template("events.py.jinja").render(api=api),
        "resources/__init__.py": env.get_template("resources_init.py.jinja").render(api=api),
    }
    resource_template = env.get_template("resource.py.jinja")
    for resource in api.resources:
        files[f"resources/{resource.name}.py"] = resource_template.render(**_resource_context(resource))
    written = []
    for name, text in files.items():
        path = package_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
