"""A deduplicator used in the parent (so it holds a live connection), then 8 forked receivers processing the same
1,000 signed deliveries through `WebhookHandler.process`: every event processed exactly once, each child on a
connection of its own, and the parent's connection still working afterwards."""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from coldmailreseller.webhooks import PostgresDeduplicator, RedisDeduplicator, SQLiteDeduplicator, WebhookHandler, sign
from tests.stores._forked import run_forked

CHILDREN = 8
EVENTS = 1_000
SECRET = "partner-key-for-the-fork-tests"
# Generous: 8,000 deliveries on two shared cores take a few seconds per store.
TIMEOUT = 60.0


def deliveries() -> list[tuple[str, bytes, dict[str, str]]]:
    made = []
    for number in range(EVENTS):
        body = json.dumps({"event": "thing.happened", "eventId": f"E{number}", "data": {}}).encode()
        made.append((f"thing.happened:E{number}", body, sign(body, SECRET)))
    return made


def connection_of(kind: str, store: Any) -> Any:
    """The store's connection in this process: the sqlite3 object itself, or its id on the server."""
    local = store._local.get()
    if kind == "sqlite":
        return local.conn
    if kind == "redis":
        return local.client.client_id()
    return local.conn.info.backend_pid


@pytest.fixture(params=["sqlite", "redis", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sqlite":
        made: Any = SQLiteDeduplicator(tmp_path / "events.sqlite3")
    elif request.param == "redis":
        made = RedisDeduplicator(request.getfixturevalue("redis_url"))
    else:
        made = PostgresDeduplicator(request.getfixturevalue("postgres_dsn"))
    made.kind = request.param
    yield made
    made.close()


def test_forked_receivers_process_every_event_exactly_once(store: Any) -> None:
    kind = store.kind
    assert store.seen("used-before-the-fork") is False  # the parent now holds a live connection
    parents = connection_of(kind, store)
    handler = WebhookHandler(SECRET, deduplicator=store)
    work = deliveries()

    def receive(index: int) -> tuple[list[str], int, Any]:
        order = work[:]
        random.Random(index).shuffle(order)  # the children meet the events in different orders
        processed, in_progress = [], 0
        for key, body, headers in order:
            with handler.process(body, headers) as delivery:
                if delivery.in_progress:
                    in_progress += 1  # CMR would deliver it again; the child holding it completes it
                elif not delivery.duplicate:
                    processed.append(key)
        connection = connection_of(kind, store)
        # An sqlite3 connection cannot be sent back: the child says whether it is the one it inherited.
        return processed, in_progress, (connection is parents) if kind == "sqlite" else connection

    started = time.perf_counter()
    answers = run_forked(receive, CHILDREN, timeout=TIMEOUT)
    elapsed = time.perf_counter() - started

    counts = Counter(key for processed, _, _ in answers for key in processed)
    duplicates = sum(count - 1 for count in counts.values())
    lost = EVENTS - len(counts)
    print(
        f"\n{kind}: {CHILDREN} forked receivers x {EVENTS} deliveries: {duplicates} duplicates, {lost} lost, "
        f"{elapsed:.2f} s"
    )
    assert (duplicates, lost) == (0, 0)
    assert all(store.is_done(key) for key, _, _ in work[:: EVENTS // 10])
    children = [connection for _, _, connection in answers]
    if kind == "sqlite":
        assert children == [False] * CHILDREN  # each child opened the file itself
    else:
        assert len({parents, *children}) == CHILDREN + 1  # a server-side connection per process
    # The children left the parent's connection alone: it is the same one, and it works.
    assert store.seen("used-after-the-fork") is False
    assert connection_of(kind, store) is parents if kind == "sqlite" else connection_of(kind, store) == parents


def test_forked_asyncio_receivers_process_every_event_exactly_once(store: Any) -> None:
    """The async twins too: the parent's asyncio connection (of a loop that has ended) is never the child's."""
    assert asyncio.run(store.seen_async("used-before-the-fork")) is False
    handler = WebhookHandler(SECRET, deduplicator=store)
    work = deliveries()[: EVENTS // 5]

    async def receive_all(index: int) -> list[str]:
        order = work[:]
        random.Random(index).shuffle(order)
        processed = []
        for key, body, headers in order:
            async with handler.process_async(body, headers) as delivery:
                if not delivery.duplicate:
                    processed.append(key)
        return processed

    answers = run_forked(lambda index: asyncio.run(receive_all(index)), CHILDREN // 2, timeout=TIMEOUT)
    counts = Counter(key for processed in answers for key in processed)
    assert (sum(counts.values()), len(counts)) == (len(work), len(work))  # no duplicate, none lost
    assert asyncio.run(store.seen_async("used-after-the-fork")) is False
