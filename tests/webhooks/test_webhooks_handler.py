from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

import pytest

from coldmailreseller.errors import ConfigurationError
from coldmailreseller.webhooks import (
    Claim,
    InMemoryDeduplicator,
    SQLiteDeduplicator,
    UnknownEvent,
    WebhookHandler,
    WebhookPayloadError,
    WebhookVerificationError,
    sign,
)
from tests.webhooks._webhook_spec import EVENT_MODELS, SECRET, documented_examples

EXAMPLES = dict(documented_examples())


def deliver(payload: object, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    return body, sign(body, secret)


def test_redelivery_is_flagged_duplicate() -> None:
    handler = WebhookHandler(SECRET, deduplicator=InMemoryDeduplicator())
    body, headers = deliver(EXAMPLES["domain.order.success"])
    first, again = handler.handle(body, headers), handler.handle(body, sign(body, SECRET))
    assert type(first.event) is EVENT_MODELS["domain.order.success"]
    assert (first.duplicate, again.duplicate) == (False, True)


def test_same_event_id_under_another_event_name_is_not_a_duplicate() -> None:
    # The docs' examples share one eventId between domain.order.success and mailbox.order.success.
    handler = WebhookHandler(SECRET, deduplicator=InMemoryDeduplicator())
    for name in ("domain.order.success", "mailbox.order.success"):
        assert handler.handle(*deliver(EXAMPLES[name])).duplicate is False


def test_events_without_id_are_never_duplicates() -> None:
    store = InMemoryDeduplicator()
    handler = WebhookHandler(SECRET, deduplicator=store)
    body, headers = deliver(EXAMPLES["mailbox.warmup.started"])
    assert "eventId" not in EXAMPLES["mailbox.warmup.started"]
    assert [handler.handle(body, headers).duplicate for _ in range(3)] == [False] * 3
    assert len(store) == 0


def test_unknown_events_with_an_id_are_deduplicated() -> None:
    handler = WebhookHandler(SECRET, deduplicator=InMemoryDeduplicator())
    body, headers = deliver({"event": "future.thing", "eventId": "F1"})
    first, again = handler.handle(body, headers), handler.handle(body, headers)
    assert isinstance(first.event, UnknownEvent)
    assert (first.duplicate, again.duplicate) == (False, True)


def test_without_deduplicator_nothing_is_duplicate() -> None:
    handler = WebhookHandler(SECRET)
    body, headers = deliver(EXAMPLES["domain.order.success"])
    assert [handler.handle(body, headers).duplicate for _ in range(2)] == [False, False]


def test_forged_deliveries_do_not_reach_the_store() -> None:
    store = InMemoryDeduplicator()
    handler = WebhookHandler(SECRET, deduplicator=store)
    body, headers = deliver(EXAMPLES["domain.order.success"], secret="attacker")
    with pytest.raises(WebhookVerificationError):
        handler.handle(body, headers)
    assert len(store) == 0
    assert handler.handle(body, sign(body, SECRET)).duplicate is False


def test_bad_payloads_and_settings() -> None:
    handler = WebhookHandler(SECRET, tolerance=10)
    with pytest.raises(WebhookPayloadError):
        handler.handle(b"{}", sign(b"{}", SECRET))
    with pytest.raises(WebhookVerificationError, match="timestamp_too_old"):
        body, _ = deliver(EXAMPLES["domain.order.success"])
        handler.handle(body, sign(body, SECRET, timestamp=1_000))
    with pytest.raises(ConfigurationError):
        WebhookHandler("")
    assert SECRET not in repr(handler)


class _AsyncStore:
    """A store with only the async method, as an asyncio receiver would write around an async client."""

    def __init__(self) -> None:
        self.keys: set[str] = set()

    async def seen_async(self, event_id: str) -> bool:
        known = event_id in self.keys
        self.keys.add(event_id)
        return known


def test_handle_async_flags_redeliveries_with_an_async_store() -> None:
    store = _AsyncStore()
    handler = WebhookHandler(SECRET, deduplicator=store)
    body, headers = deliver(EXAMPLES["domain.order.success"])

    async def twice() -> tuple[bool, bool]:
        first = await handler.handle_async(body, headers)
        again = await handler.handle_async(body, sign(body, SECRET))
        return first.duplicate, again.duplicate

    assert asyncio.run(twice()) == (False, True)
    assert len(store.keys) == 1


def test_an_async_only_store_needs_handle_async() -> None:
    handler = WebhookHandler(SECRET, deduplicator=_AsyncStore())
    with pytest.raises(ConfigurationError, match="handle_async"):
        handler.handle(*deliver(EXAMPLES["domain.order.success"]))


def test_handle_async_runs_the_sqlite_store_off_the_event_loop(tmp_path: Path) -> None:
    body, headers = deliver(EXAMPLES["mailbox.order.success"])
    with SQLiteDeduplicator(tmp_path / "events.sqlite3") as store:
        handler = WebhookHandler(SECRET, deduplicator=store)
        loop_thread: list[int] = []
        store_threads: list[int] = []
        seen = store.seen

        def recording_seen(event_id: str) -> bool:
            store_threads.append(threading.get_ident())
            return seen(event_id)

        store.seen = recording_seen  # type: ignore[method-assign]

        async def run() -> list[bool]:
            loop_thread.append(threading.get_ident())
            results = await asyncio.gather(*(handler.handle_async(body, headers) for _ in range(5)))
            return [result.duplicate for result in results]

        duplicates = asyncio.run(run())
    assert sorted(duplicates) == [False, True, True, True, True]
    assert store_threads and loop_thread[0] not in store_threads


def test_handle_async_with_a_sync_only_store_uses_a_thread() -> None:
    class SyncOnly:
        def __init__(self) -> None:
            self.threads: list[int] = []

        def seen(self, event_id: str) -> bool:
            self.threads.append(threading.get_ident())
            return False

    store = SyncOnly()
    handler = WebhookHandler(SECRET, deduplicator=store)
    delivery = asyncio.run(handler.handle_async(*deliver(EXAMPLES["domain.order.success"])))
    assert delivery.duplicate is False and store.threads and store.threads[0] != threading.get_ident()


def test_handle_reports_the_key() -> None:
    handler = WebhookHandler(SECRET)
    delivery = handler.handle(*deliver(EXAMPLES["domain.order.success"]))
    assert delivery.key == f"domain.order.success:{EXAMPLES['domain.order.success']['eventId']}"
    assert handler.handle(*deliver(EXAMPLES["mailbox.warmup.started"])).key is None


def test_process_with_a_seen_only_store_marks_on_arrival() -> None:
    class SeenOnly:
        def __init__(self) -> None:
            self.keys: list[str] = []

        def seen(self, event_id: str) -> bool:
            self.keys.append(event_id)
            return self.keys.count(event_id) > 1

    store = SeenOnly()
    handler = WebhookHandler(SECRET, deduplicator=store)
    body, headers = deliver(EXAMPLES["domain.order.success"])
    with pytest.raises(RuntimeError), handler.process(body, headers) as first:
        assert first.duplicate is False and len(store.keys) == 1  # marked before the work
        raise RuntimeError
    with handler.process(body, headers) as again:
        assert (again.duplicate, again.in_progress) == (True, False)

    async def in_a_loop() -> bool:
        async with handler.process_async(body, headers) as delivery:
            return delivery.duplicate

    assert asyncio.run(in_a_loop()) is True
    assert len(store.keys) == 3


def test_process_needs_process_async_for_an_async_only_store() -> None:
    handler = WebhookHandler(SECRET, deduplicator=_AsyncStore())
    with (
        pytest.raises(ConfigurationError, match="process_async"),
        handler.process(*deliver({"event": "x", "eventId": "1"})),
    ):
        pass


def test_process_leaves_events_without_an_id_alone() -> None:
    store = InMemoryDeduplicator()
    handler = WebhookHandler(SECRET, deduplicator=store)
    for _ in range(2):
        with handler.process(*deliver(EXAMPLES["mailbox.warmup.started"])) as delivery:
            assert (delivery.duplicate, delivery.key) == (False, None)
    assert len(store) == 0


class SyncClaims:
    """A claiming store with sync methods only, recording which thread calls it."""

    def __init__(self) -> None:
        self.store = InMemoryDeduplicator()
        self.calls: list[tuple[str, int]] = []
        self.fail_release = False

    def _record(self, name: str) -> None:
        self.calls.append((name, threading.get_ident()))

    def seen(self, event_id: str) -> bool:
        self._record("seen")
        return self.store.seen(event_id)

    def claim(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        self._record("claim")
        return self.store.claim(event_id, lease_seconds=lease_seconds)

    def complete(self, claim: Claim) -> None:
        self._record("complete")
        self.store.complete(claim)

    def release(self, claim: Claim) -> None:
        self._record("release")
        if self.fail_release:
            raise ConnectionError("the store went away")
        self.store.release(claim)

    def is_done(self, event_id: str) -> bool:
        self._record("is_done")
        return self.store.is_done(event_id)


def test_process_async_runs_a_sync_claiming_store_in_a_thread() -> None:
    store = SyncClaims()
    handler = WebhookHandler(SECRET, deduplicator=store)
    body, headers = deliver(EXAMPLES["domain.order.success"])

    async def run() -> list[tuple[bool, bool]]:
        async with (
            handler.process_async(body, headers, lease_seconds=5) as first,
            handler.process_async(body, headers) as concurrent,  # while the first holds the claim
        ):
            pass
        async with handler.process_async(body, headers) as again:
            pass
        return [(d.duplicate, d.in_progress) for d in (first, concurrent, again)]

    assert asyncio.run(run()) == [(False, False), (True, True), (True, False)]
    assert [name for name, _ in store.calls] == ["claim", "claim", "is_done", "complete", "claim", "is_done"]
    assert threading.get_ident() not in {thread for _, thread in store.calls}


def test_a_failed_release_does_not_hide_the_works_error() -> None:
    store = SyncClaims()
    store.fail_release = True
    handler = WebhookHandler(SECRET, deduplicator=store)
    body, headers = deliver(EXAMPLES["domain.order.success"])
    with pytest.raises(KeyError) as failure, handler.process(body, headers):
        raise KeyError("the work failed")
    assert any("releasing the claim" in note and "ConnectionError" in note for note in failure.value.__notes__)
    assert [name for name, _ in store.calls] == ["claim", "release"]
