"""WebhookHandler(events=...): every verified event recorded once, through each of the handler's four paths."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from coldmailreseller.webhooks import (
    EventStore,
    EventStoreError,
    InMemoryDeduplicator,
    SQLiteDeduplicator,
    WebhookHandler,
    WebhookVerificationError,
    sign,
)
from tests.support.servers import free_port
from tests.webhooks._webhook_spec import SECRET, documented_examples

EXAMPLES = dict(documented_examples())
ORDER_KEY = "orderId:NQ682GAVFTMYC2H6C87PPKPG5WXV"


def deliver(name: str) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(EXAMPLES[name]).encode()
    return body, sign(body, SECRET)


def names(store: EventStore, key: str = ORDER_KEY) -> list[str]:
    return [record.name for record in store.events(key)]


def test_events_given_as_a_url_are_recorded_there(tmp_path: Path) -> None:
    handler = WebhookHandler(SECRET, events=f"sqlite://{tmp_path}/events.sqlite3")
    assert handler.events is not None
    handler.handle(*deliver("domain.order.success"))
    handler.handle(*deliver("mailbox.order.success"))
    with EventStore(f"sqlite://{tmp_path}/events.sqlite3") as other:  # what another process would open
        assert names(other) == ["domain.order.success", "mailbox.order.success"]
        assert names(other, "subscriptionId:YC2H6C87PPKPG5WXVNQ682GAVFTM") == ["mailbox.order.success"]


@pytest.mark.parametrize("deduplicator", [None, "memory", "sqlite"])
def test_redeliveries_are_recorded_once(deduplicator: str | None, tmp_path: Path) -> None:
    store = EventStore("memory")
    dedup = {None: None, "memory": InMemoryDeduplicator(), "sqlite": SQLiteDeduplicator(tmp_path / "d.sqlite3")}
    handler = WebhookHandler(SECRET, events=store, deduplicator=dedup[deduplicator])
    duplicates = [handler.handle(*deliver("domain.order.success")).duplicate for _ in range(3)]
    assert duplicates == ([False] * 3 if deduplicator is None else [False, True, True])
    assert names(store) == ["domain.order.success"]


def test_process_records_before_the_block_runs() -> None:
    store = EventStore("memory")
    handler = WebhookHandler(SECRET, events=store, deduplicator=InMemoryDeduplicator())
    with handler.process(*deliver("domain.order.success")) as delivery:
        assert not delivery.duplicate
        assert names(store) == ["domain.order.success"]  # a caller waiting on the order sees it already
    with handler.process(*deliver("domain.order.success")) as again:
        assert again.duplicate
    assert names(store) == ["domain.order.success"]


def test_async_paths_record() -> None:
    store = EventStore("memory")
    handler = WebhookHandler(SECRET, events=store, deduplicator=InMemoryDeduplicator())

    async def scenario() -> list[bool]:
        first = await handler.handle_async(*deliver("domain.order.success"))
        async with handler.process_async(*deliver("mailbox.order.success")) as second:
            recorded_inside = names(store) == ["domain.order.success", "mailbox.order.success"]
        again = await handler.handle_async(*deliver("mailbox.order.success"))
        return [first.duplicate, second.duplicate, recorded_inside, again.duplicate]

    assert asyncio.run(scenario()) == [False, False, True, True]
    assert names(store) == ["domain.order.success", "mailbox.order.success"]


def test_events_without_an_id_are_recorded_once_per_body() -> None:
    store = EventStore("memory")
    handler = WebhookHandler(SECRET, events=store)
    for _ in range(2):
        handler.handle(*deliver("mailbox.warmup.started"))
    assert names(store, "mailboxId:4165WDY91BMKS6JD341FKQ5XVP19") == ["mailbox.warmup.started"]


def test_a_forged_delivery_is_not_recorded() -> None:
    store = EventStore("memory")
    handler = WebhookHandler(SECRET, events=store)
    body, _ = deliver("domain.order.success")
    with pytest.raises(WebhookVerificationError):
        handler.handle(body, sign(body, "not-the-partner-key"))
    assert names(store) == []


def test_a_failing_store_fails_the_delivery_before_it_is_marked_seen() -> None:
    dedup = InMemoryDeduplicator()
    handler = WebhookHandler(SECRET, events=f"redis://127.0.0.1:{free_port()}/0", deduplicator=dedup)
    for call in (
        lambda: handler.handle(*deliver("domain.order.success")),
        lambda: asyncio.run(handler.handle_async(*deliver("domain.order.success"))),
    ):
        with pytest.raises(EventStoreError) as caught:
            call()
        assert caught.value.status_code == 503
    with pytest.raises(EventStoreError), handler.process(*deliver("domain.order.success")):
        pytest.fail("the block must not run when the event could not be recorded")
    assert len(dedup) == 0  # so CMR's redelivery, after the 503, is processed and recorded


def test_the_recorded_event_is_the_typed_event_without_telling_drift_again() -> None:
    told: list[object] = []
    store = EventStore("memory")
    handler = WebhookHandler(SECRET, events=store, on_drift=told.append)
    payload = {**EXAMPLES["domain.order.success"], "eventId": "DRIFT1", "novelField": 1}
    body = json.dumps(payload).encode()
    delivery = handler.handle(body, sign(body, SECRET))
    assert len(told) == 1
    [recorded] = store.events(ORDER_KEY)
    assert recorded.event == delivery.event
    assert len(told) == 1
    assert "events=EventStore('memory'" in repr(handler)
