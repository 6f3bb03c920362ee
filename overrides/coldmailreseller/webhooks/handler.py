"""Verify, parse and deduplicate a delivery in one call, independent of the web framework."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass

from .._drift import OnDrift
from ..errors import ConfigurationError
from .dedup import AsyncDeduplicator, Deduplicator
from .events import Event, event_id, event_name, parse_event
from .verification import DEFAULT_TOLERANCE, verify

__all__ = ["Delivery", "WebhookHandler", "construct_event"]


def construct_event(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    on_drift: OnDrift | None = None,
) -> Event:
    """`verify` the delivery, then `parse_event` it. Raises `WebhookVerificationError` or `WebhookPayloadError`."""
    verify(body, headers, secret, tolerance=tolerance)
    return parse_event(body, on_drift=on_drift)


@dataclass(frozen=True, slots=True)
class Delivery:
    """A verified event. `duplicate` is True when the same event was already received: answer 200, skip the work."""

    event: Event
    duplicate: bool


class WebhookHandler:
    """Call `handle(raw_body, headers)` from any web framework and answer 200 unless it raises.

    `secret` is the key CMR signs with (the partner API key, per the guide site). Without a `deduplicator`,
    nothing is flagged duplicate. An asyncio receiver calls `await handle_async(...)`, which uses the store's
    `seen_async` when it has one (and runs a sync-only store in a thread).
    """

    def __init__(
        self,
        secret: str,
        *,
        deduplicator: Deduplicator | AsyncDeduplicator | None = None,
        tolerance: int = DEFAULT_TOLERANCE,
        on_drift: OnDrift | None = None,
    ) -> None:
        if not secret:
            raise ConfigurationError("the webhook secret (the partner API key) is empty")
        self._secret = secret
        self._deduplicator = deduplicator
        self._tolerance = tolerance
        self._on_drift = on_drift

    def handle(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
        event, key = self._verified(body, headers)
        if key is None or self._deduplicator is None:
            return Delivery(event, duplicate=False)
        seen = getattr(self._deduplicator, "seen", None)
        if seen is None:
            raise ConfigurationError("this deduplicator is async only: call `await handler.handle_async(...)`")
        return Delivery(event, duplicate=seen(key))

    async def handle_async(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
        """`handle` for asyncio receivers: the store is asked without blocking the event loop."""
        event, key = self._verified(body, headers)
        if key is None or self._deduplicator is None:
            return Delivery(event, duplicate=False)
        seen_async = getattr(self._deduplicator, "seen_async", None)
        if seen_async is not None:
            return Delivery(event, duplicate=await seen_async(key))
        return Delivery(event, duplicate=await asyncio.to_thread(self._deduplicator.seen, key))  # type: ignore[union-attr]

    def _verified(self, body: bytes, headers: Mapping[str, str]) -> tuple[Event, str | None]:
        """The verified event and its deduplication key (None for events sent without an eventId)."""
        event = construct_event(body, headers, self._secret, tolerance=self._tolerance, on_drift=self._on_drift)
        # Only verified events reach the store, so forged deliveries cannot pre-mark ids as seen.
        id_ = event_id(event)
        # The name is part of the key: the docs' examples reuse one eventId across event types, and treating two
        # different events as one would silently drop the second.
        return event, None if id_ is None else f"{event_name(event)}:{id_}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(deduplicator={self._deduplicator!r}, tolerance={self._tolerance})"
