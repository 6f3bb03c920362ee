"""Verify, parse and deduplicate a delivery in one call, independent of the web framework.

`process()` exists because marking an event when it arrives (`handle()`) loses it if the receiver dies before its
work is done: the redelivery then looks like a duplicate. Claiming it instead, and completing the claim only when
the work succeeded, lets a redelivery take over from a receiver that died (once the lease runs out) or failed
(at once), while finished work is still never repeated.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import cast

from .._drift import OnDrift
from ..errors import ConfigurationError
from .dedup import AsyncClaimingDeduplicator, AsyncDeduplicator, Claim, ClaimingDeduplicator, Deduplicator
from .event_store import EventStore, delivery_key, open_store
from .events import Event, parse_event
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
    """A verified event. `duplicate` is True when the same event was already received: answer 200, skip the work.

    From `WebhookHandler.process`, `in_progress` is True when the duplicate is an event another receiver has
    claimed and not yet completed: answer with an error status (409, 503) instead of 200, so that CMR delivers it
    again later, in case that receiver dies. `key` is the event's deduplication key (event name and eventId), None
    for events sent without an eventId; pass it to a store yourself, for example to mark the event inside your own
    database transaction.
    """

    event: Event
    duplicate: bool
    in_progress: bool = False
    key: str | None = None


class WebhookHandler:
    """Call `handle(raw_body, headers)` from any web framework and answer 200 unless it raises.

    `secret` is the key CMR signs with (the partner API key, per the guide site). Without a `deduplicator`,
    nothing is flagged duplicate. An asyncio receiver calls `await handle_async(...)`, which uses the store's
    `seen_async` when it has one (and runs a sync-only store in a thread). `handle` marks the event as it
    arrives, so hand the work to a durable queue before answering.

    To do the work before answering, use `process` instead; it claims the event for `lease_seconds` (default
    `DEFAULT_LEASE_SECONDS`) and completes the claim when the block ends normally, or releases it (so that the
    redelivery CMR sends after an error answer is processed) when the block raises:

        with handler.process(raw_body, headers) as delivery:  # WebhookVerificationError -> answer 400
            if delivery.in_progress:
                return 409  # another receiver holds the event; CMR delivers it again later
            if not delivery.duplicate:
                apply(delivery.event)
        return 200

    `async with handler.process_async(raw_body, headers) as delivery:` is the same for asyncio receivers. With a
    store that has no claims (only `seen`), both mark the event on arrival, as `handle` does.

    A store that fails (Redis or PostgreSQL down or restarting, an SQLite file locked past its timeout) raises
    `DeduplicationStoreError` from all four: answer its `status_code` (503), so that CMR delivers the event again.
    From `process`, it can also come when the block ends, after the work, if `complete` failed: the claim then
    stays until its lease runs out, and a redelivery after that processes the event again (the event is never
    lost, but that work runs twice; see docs/webhooks.md).

    With `events` (an `EventStore`, or its URL), every verified event is recorded there once, with its
    correlation keys, before it is checked for duplicates, so that callers waiting for an outcome
    (`ActionResult.wait`) see it; a redelivery is not recorded again. A store that fails raises
    `EventStoreError` (status_code 503) before the event is marked seen, so CMR's redelivery records it.
    """

    def __init__(
        self,
        secret: str,
        *,
        deduplicator: Deduplicator | AsyncDeduplicator | None = None,
        events: EventStore | str | None = None,
        tolerance: int = DEFAULT_TOLERANCE,
        on_drift: OnDrift | None = None,
    ) -> None:
        if not secret:
            raise ConfigurationError("the webhook secret (the partner API key) is empty")
        self._secret = secret
        self._deduplicator = deduplicator
        self._events = open_store(events)
        self._tolerance = tolerance
        self._on_drift = on_drift

    @property
    def events(self) -> EventStore | None:
        """The event store verified events are recorded in, if any."""
        return self._events

    def handle(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
        event, key = self._verified(body, headers)
        self._record(event, body)
        if key is None or self._deduplicator is None:
            return Delivery(event, duplicate=False, key=key)
        seen = getattr(self._deduplicator, "seen", None)
        if seen is None:
            raise ConfigurationError("this deduplicator is async only: call `await handler.handle_async(...)`")
        return Delivery(event, duplicate=seen(key), key=key)

    async def handle_async(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
        """`handle` for asyncio receivers: the store is asked without blocking the event loop."""
        event, key = self._verified(body, headers)
        await self._record_async(event, body)
        if key is None or self._deduplicator is None:
            return Delivery(event, duplicate=False, key=key)
        return Delivery(event, duplicate=await self._seen_async(self._deduplicator, key), key=key)

    @contextmanager
    def process(
        self, body: bytes, headers: Mapping[str, str], *, lease_seconds: float | None = None
    ) -> Iterator[Delivery]:
        """Verify and parse the delivery and claim its event for the `with` block (see the class docstring)."""
        event, key = self._verified(body, headers)
        self._record(event, body)
        store = self._deduplicator
        if key is None or store is None:
            yield Delivery(event, duplicate=False, key=key)
            return
        if not hasattr(store, "claim"):
            seen = getattr(store, "seen", None)
            if seen is None:
                raise ConfigurationError("this deduplicator is async only: use `async with handler.process_async(...)`")
            yield Delivery(event, duplicate=seen(key), key=key)
            return
        claiming = cast(ClaimingDeduplicator, store)
        claim = claiming.claim(key, lease_seconds=lease_seconds)
        if claim is None:
            yield Delivery(event, duplicate=True, in_progress=not claiming.is_done(key), key=key)
            return
        try:
            yield Delivery(event, duplicate=False, key=key)
        except BaseException as exc:
            try:
                claiming.release(claim)
            except Exception as release_error:  # the lease runs out anyway; the work's error matters more
                exc.add_note(f"releasing the claim on {key!r} failed too: {type(release_error).__name__}")
            raise
        claiming.complete(claim)

    @asynccontextmanager
    async def process_async(
        self, body: bytes, headers: Mapping[str, str], *, lease_seconds: float | None = None
    ) -> AsyncIterator[Delivery]:
        """`process` for asyncio receivers: the store's async methods, or its sync ones in a worker thread."""
        event, key = self._verified(body, headers)
        await self._record_async(event, body)
        store = self._deduplicator
        if key is None or store is None:
            yield Delivery(event, duplicate=False, key=key)
            return
        lifecycle = _async_lifecycle(store)
        if lifecycle is None:
            yield Delivery(event, duplicate=await self._seen_async(store, key), key=key)
            return
        claim_async, complete_async, release_async, is_done_async = lifecycle
        claim = await claim_async(key, lease_seconds)
        if claim is None:
            yield Delivery(event, duplicate=True, in_progress=not await is_done_async(key), key=key)
            return
        try:
            yield Delivery(event, duplicate=False, key=key)
        except BaseException as exc:
            try:
                await release_async(claim)
            except Exception as release_error:
                exc.add_note(f"releasing the claim on {key!r} failed too: {type(release_error).__name__}")
            raise
        await complete_async(claim)

    @staticmethod
    async def _seen_async(store: Deduplicator | AsyncDeduplicator, key: str) -> bool:
        seen_async = getattr(store, "seen_async", None)
        if seen_async is not None:
            return bool(await seen_async(key))
        return await asyncio.to_thread(cast(Deduplicator, store).seen, key)

    def _verified(self, body: bytes, headers: Mapping[str, str]) -> tuple[Event, str | None]:
        """The verified event and its deduplication key (None for events sent without an eventId)."""
        event = construct_event(body, headers, self._secret, tolerance=self._tolerance, on_drift=self._on_drift)
        # Only verified events reach the stores, so forged deliveries cannot pre-mark ids as seen nor fake outcomes.
        return event, delivery_key(event)

    # Recorded before the duplicate check: if the record fails, the event is not marked seen, and CMR's redelivery
    # (after the 503) records it; the store itself drops the redeliveries of a recorded event.
    def _record(self, event: Event, body: bytes) -> None:
        if self._events is not None:
            self._events.record(event, body)

    async def _record_async(self, event: Event, body: bytes) -> None:
        if self._events is not None:
            await self._events.record_async(event, body)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(deduplicator={self._deduplicator!r}, events={self._events!r}, "
            f"tolerance={self._tolerance})"
        )


_AsyncLifecycle = tuple[
    Callable[[str, float | None], Awaitable[Claim | None]],
    Callable[[Claim], Awaitable[None]],
    Callable[[Claim], Awaitable[None]],
    Callable[[str], Awaitable[bool]],
]


def _async_lifecycle(store: Deduplicator | AsyncDeduplicator) -> _AsyncLifecycle | None:
    """The claim lifecycle as coroutine functions: the store's async twins, or its sync methods in a thread."""
    if hasattr(store, "claim_async"):
        native = cast(AsyncClaimingDeduplicator, store)

        async def claim_async(key: str, lease: float | None) -> Claim | None:
            return await native.claim_async(key, lease_seconds=lease)

        return claim_async, native.complete_async, native.release_async, native.is_done_async
    if hasattr(store, "claim"):
        sync = cast(ClaimingDeduplicator, store)

        async def claim_in_thread(key: str, lease: float | None) -> Claim | None:
            return await asyncio.to_thread(lambda: sync.claim(key, lease_seconds=lease))

        async def complete_in_thread(claim: Claim) -> None:
            await asyncio.to_thread(sync.complete, claim)

        async def release_in_thread(claim: Claim) -> None:
            await asyncio.to_thread(sync.release, claim)

        async def is_done_in_thread(key: str) -> bool:
            return await asyncio.to_thread(sync.is_done, key)

        return claim_in_thread, complete_in_thread, release_in_thread, is_done_in_thread
    return None
