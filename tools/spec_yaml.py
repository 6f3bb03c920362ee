"""spec/openapi.yaml as ruamel.yaml round-trip data, for tools that edit it (`nox -s learn`): comments, key
order and quoting survive, and the spec is kept in the form this dumper writes (one line per scalar), so that a
load and dump with no edit changes no byte."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=2, offset=0)
    yaml.width = 4096  # no folding: a folded line would move with every edit of its text
    return yaml


def load(path: Path) -> Any:
    return _yaml().load(path.read_text(encoding="utf-8"))


def dump(data: Any) -> str:
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()
