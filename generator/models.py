"""The models: openapi-python-client (pinned) with our templates in generator/templates/models/.

It is given the spec's models document (no paths, only the schemas the client reads or sends). Version 0.29.1
always writes its client.py, errors.py, types.py and api/ as well (`Project._build_api` has no switch); it
writes them into a scratch folder and only its `models/` package is kept.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from generator.spec import Spec, ref_name

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "generator" / "templates" / "models"


class ModelsError(Exception):
    """openapi-python-client failed, or the spec has a shape the model templates do not support."""


def generate(spec: Spec, dest: Path) -> None:
    """Write the models package into `dest` (which must not exist)."""
    document = spec.models_document()
    _check_acyclic(document["components"]["schemas"])
    _check_reserved(document["components"]["schemas"])
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "models.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        scratch = Path(tmp) / "package"
        command = [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(source),
            "--config",
            str(CONFIG),
            "--meta",
            "none",
            "--output-path",
            str(scratch),
            "--custom-template-path",
            str(TEMPLATES),
            "--fail-on-warning",
        ]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            raise ModelsError(f"openapi-python-client failed:\n{result.stdout}{result.stderr}")
        (scratch / "models").rename(dest)


def _check_acyclic(schemas: dict[str, Any]) -> None:
    """Models import the models they contain at module level, which a cycle of references would break."""
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            cycle = " -> ".join([*trail[trail.index(name) :], name])
            raise ModelsError(f"schemas refer to each other in a cycle ({cycle}); the model templates need a tree")
        if name in done:
            return
        for target in _refs(schemas.get(name, {})):
            visit(target, [*trail, name])
        done.add(name)

    for name in schemas:
        visit(name, [])


# Attributes every model defines besides its fields (model.py.jinja): `request_id` returns the request id the client
# stores on a model a method returns.
RESERVED = {"request_id": "the request id of the answer (model.request_id)"}


def _check_reserved(schemas: dict[str, Any]) -> None:
    """A field whose attribute name is one every model already has would be shadowed by it (or shadow it)."""
    from generator.api_model import attr_name

    clashes = [
        f"{name}.{wire} ({RESERVED[attr_name(wire)]})"
        for name, schema in schemas.items()
        for wire in schema.get("properties", {})
        if attr_name(wire) in RESERVED
    ]
    if clashes:
        raise ModelsError(
            f"fields named like an attribute every model has: {', '.join(clashes)}; rename the accessor in "
            "generator/templates/models/model.py.jinja (and RESERVED here) before adding them"
        )


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        name = ref_name(node)
        if name is not None:
            return [name]
        return [target for value in node.values() for target in _refs(value)]
    if isinstance(node, list):
        return [target for value in node for target in _refs(value)]
    return []
