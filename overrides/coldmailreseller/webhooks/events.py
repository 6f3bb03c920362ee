"""Turning a delivery body into a typed event: the generated model for every event in the spec, `UnknownEvent`
for names the spec does not know yet."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeAlias, Union

from coldmailreseller_generated.events import EVENTS, KnownEvent

from .._drift import DEFAULT_MONITOR, DriftMonitor, OnDrift
from .._records import SpecMismatch
from .errors import WebhookPayloadError

__all__ = ["Event", "UnknownEvent", "event_id", "event_name", "parse_event"]


@dataclass(frozen=True, slots=True)
class UnknownEvent:
    """An event name the spec does not list (CMR added one). `raw` is the whole decoded body."""

    event: str
    event_id: str | None
    data: Any
    raw: dict[str, Any]


# Every event model of the spec (generated: coldmailreseller_generated/events.py), or an event it does not list.
Event: TypeAlias = Union[KnownEvent, UnknownEvent]  # noqa: UP007 (KnownEvent holds quoted names)

# The generated parsers report every mismatch with the spec as SpecMismatch (a TypeError); any other TypeError is
# a bug and propagates as itself.
_MODEL_ERRORS = SpecMismatch


def parse_event(body: bytes | str, *, on_drift: OnDrift | None = None) -> Event:
    """Decode a delivery body. Does not verify it: call `verify` (or use `construct_event`) first.

    Fields and enum values the spec does not know are reported as drift (pointers into the event body, never
    values) to the `coldmailreseller.drift` logger, the `CMR_DRIFT_LOG` file and `on_drift`."""
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:  # ValueError covers bad JSON and bytes that are not UTF-8
        raise WebhookPayloadError(f"not JSON ({type(exc).__name__})", body=body) from exc
    if not isinstance(payload, dict):
        raise WebhookPayloadError(f"expected a JSON object, got {_json_type(payload)}", body=body)

    # The docs name the event in `event`; the guide's warmup examples use `eventType` and carry no `eventId`.
    name = payload["event"] if "event" in payload else payload.get("eventType")
    if name is None:
        raise WebhookPayloadError("no event name (`event` or `eventType`)", body=body)
    if not isinstance(name, str) or not name:
        raise WebhookPayloadError("the event name is not a non-empty string", body=body)
    id_ = payload.get("eventId")
    # Deduplication keys on it, so it must be what the spec says even for events we do not model.
    if "eventId" in payload and (not isinstance(id_, str) or not id_):
        raise WebhookPayloadError("`eventId` is not a non-empty string", body=body)

    model = EVENTS.get(name)  # each event's model is imported when that event first arrives
    if model is None:
        return UnknownEvent(event=name, event_id=id_, data=payload.get("data"), raw=payload)
    if not isinstance(payload.get("data", {}), dict):
        raise WebhookPayloadError(f"{name}: `data` is {_json_type(payload['data'])}, not an object", body=body)
    monitor = DEFAULT_MONITOR if on_drift is None else DriftMonitor(on_drift)
    try:
        with monitor.scope(name, None):
            event: Event = model.get().from_dict(payload)
    except _MODEL_ERRORS as exc:
        # Not chained: the parser's frames hold the payload (mailbox passwords) in their locals.
        raise WebhookPayloadError(f"{name}: does not match the spec ({exc})", body=body) from None
    return event


def event_name(event: Event) -> str:
    """The event name, whichever key (`event` or `eventType`) carried it."""
    for value in (event.event, getattr(event, "event_type", None)):
        if isinstance(value, str):
            return value
    raise ValueError(f"{type(event).__name__} carries no event name")


def event_id(event: Event) -> str | None:
    """The delivery's `eventId`, or None for events sent without one (the guide's warmup examples)."""
    value = event.event_id
    return value if isinstance(value, str) else None


def _json_type(value: object) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(type(value), "a number")
