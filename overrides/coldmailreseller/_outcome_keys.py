"""The correlation keys of a webhook event: what an event store indexes it by, and what a waiting caller looks up.

A key is `<field>:<value>` for each string value in the event's `data` at a path that some operation's
`x-cmr-outcome` correlates by (`correlate: data.orderId` -> `orderId:NQ68...`) or reconciles by (`reconcile.match`:
`data.userId` -> `userId:U1`, `data.mailboxDetails[*].domain` -> `mailboxDetails.domain:acme.com`), so that the
spec alone decides what is indexed.

`values(document, path)` reads such a path (the grammar of spec/README.md: dotted names, `*` every value of a
map, `*~` every key of a map, `[*]` every item of a list) in a decoded event or a request as sent; the outcome
rules (`_outcomes`) read requests with it too."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

__all__ = ["correlation_keys", "field_name", "key", "values"]

_SEGMENT = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*|\*~?)(?P<each>\[\*\])?")


def key(field: str, value: str) -> str:
    return f"{field}:{value}"


def field_name(path: str) -> str:
    """The key's field for an event path: `data.orderId` -> `orderId`, `data.mailboxDetails[*].domain` ->
    `mailboxDetails.domain`."""
    return path.removeprefix("data.").replace("[*]", "")


def values(document: Any, path: str) -> list[Any]:
    """Every value at `path` (no leading `data.`/`request.`: the caller strips what names the document)."""
    found = [document]
    for part in path.split("."):
        match = _SEGMENT.fullmatch(part)
        if match is None:
            raise ValueError(f"not a path segment: {part!r}")
        name, each = match["name"], match["each"]
        step: list[Any] = []
        for value in found:
            if not isinstance(value, Mapping):
                continue
            if name == "*":
                step.extend(value.values())
            elif name == "*~":
                step.extend(value.keys())
            elif name in value:
                step.append(value[name])
        if each:
            step = [item for value in step if isinstance(value, list) for item in value]
        found = step
    return found


@cache
def _paths() -> tuple[str, ...]:
    from coldmailreseller_generated.operations import OPERATIONS  # the receiver pays for it on the first event

    found: set[str] = set()
    for op in OPERATIONS.values():
        rule = op.outcome
        if rule is None:
            continue
        if rule.correlate is not None:
            found.add(rule.correlate)
        found.update(event_path for event_path, _ in rule.reconcile)
    return tuple(sorted(found))


def correlation_keys(payload: Mapping[str, Any]) -> tuple[str, ...]:
    """The keys of a decoded delivery body (`{"event": ..., "data": {...}}`), in a stable order, each once."""
    found: dict[str, None] = {}
    for path in _paths():
        for value in values(payload, path):
            if isinstance(value, str) and value:
                found[key(field_name(path), value)] = None
    return tuple(found)
