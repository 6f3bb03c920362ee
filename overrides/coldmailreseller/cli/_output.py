"""What `cmr` prints: a result as JSON with wire names (what the client's models give with `to_dict()`), or as a
readable table; secret values masked where a request is shown."""

from __future__ import annotations

import dataclasses
import enum
import json
import shutil
from collections.abc import Iterable
from typing import Any, TextIO

from coldmailreseller._excerpt import MASK, scrubbed

_CELL = 60  # widest table cell before it is cut


def to_json(value: Any) -> Any:
    """Plain JSON of what a client method returns: a model's `to_dict()`, a page's `data` as sent, an action's
    data with its `actionId`, lists item by item."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if hasattr(value, "action_id") and hasattr(value, "data"):
        return {"data": to_json(value.data), "actionId": value.action_id, "message": value.message}
    if hasattr(value, "items") and hasattr(value, "array") and hasattr(value, "data"):  # a ConventionPage
        return value.data
    if hasattr(value, "checks") and hasattr(value, "has_workspace"):  # the workspace check's typed answer
        return {
            "hasWorkspace": value.has_workspace,
            "conflict": value.conflict,
            "message": value.message,
            "checks": [
                {"domainName": c.domain_name, "hasWorkspace": c.has_workspace, "message": c.message}
                for c in value.checks
            ],
            "data": value.data,
        }
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_json(dataclasses.asdict(value))
    return value


def masked(value: Any) -> Any:
    """`value` with the values of secret fields (passwords, tokens, secrets, keys) replaced by ***."""
    return scrubbed(value, MASK)


def write_json(value: Any, out: TextIO, *, lines: bool = False) -> None:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")) if lines else _pretty(value)
    out.write(text + "\n")
    out.flush()


def _pretty(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def write_table(value: Any, out: TextIO) -> None:
    """A list of objects as rows (one column per key, in first-seen order); a page (an object holding one list) as
    its list's rows, then its other fields; an object as key/value rows; anything else as JSON."""
    lists = [key for key, item in value.items() if isinstance(item, list)] if isinstance(value, dict) else []
    if len(lists) == 1:
        rest = {key: item for key, item in value.items() if key != lists[0]}
        write_table(value[lists[0]], out)
        for key, item in rest.items():
            out.write(f"{key}: {_cell(item)}\n")
    elif isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        columns = list(dict.fromkeys(key for item in value for key in item))
        rows = [[_cell(item.get(column, "")) for column in columns] for item in value]
        _rows(columns, rows, out)
    elif isinstance(value, dict) and value:
        _rows(["field", "value"], [[str(key), _cell(item)] for key, item in value.items()], out)
    elif isinstance(value, list) and not value:
        out.write("(no items)\n")
    else:
        out.write(_pretty(value) + "\n")


def _cell(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= _CELL else text[: _CELL - 1] + "…"


def _rows(header: list[str], rows: Iterable[list[str]], out: TextIO) -> None:
    rows = list(rows)
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    budget = shutil.get_terminal_size((120, 24)).columns
    for line in [header, ["-" * width for width in widths], *rows]:
        text = "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        out.write((text if len(text) <= budget else text[: budget - 1] + "…") + "\n")
