"""The correlation keys of a webhook event: what an event store indexes it by, and what a waiting caller looks up.

A key is `<field>:<value>` for each string field of the event's `data` that some operation's `x-cmr-outcome` names
as its correlation field (`data.orderId` -> `orderId:NQ68...`), so that the spec alone decides what is indexed."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

__all__ = ["correlation_keys", "key"]


def key(field: str, value: str) -> str:
    return f"{field}:{value}"


@cache
def _fields() -> tuple[str, ...]:
    from coldmailreseller_generated.operations import OPERATIONS  # the receiver pays for it on the first event

    found = {
        op.outcome.correlate.removeprefix("data.")
        for op in OPERATIONS.values()
        if op.outcome is not None and op.outcome.correlate is not None
    }
    return tuple(sorted(found))


def correlation_keys(payload: Mapping[str, Any]) -> tuple[str, ...]:
    """The keys of a decoded delivery body (`{"event": ..., "data": {...}}`), in a stable order."""
    data = payload.get("data")
    if not isinstance(data, Mapping):
        return ()
    return tuple(key(name, value) for name in _fields() if isinstance(value := data.get(name), str) and value)
