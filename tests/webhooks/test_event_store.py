"""The event store's contract, run against every backend: memory, SQLite, and real redis-server and PostgreSQL
processes (the fixtures of tests/stores/conftest.py, imported here: pytest shares a module's fixtures with it)."""

from __future__ import annotations

import asyncio
import copy
import json
import multiprocessing
import pickle
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
import redis

from coldmailreseller.errors import ConfigurationError
from coldmailreseller.webhooks import EventStore, EventStoreError, RecordedEvent, parse_event
from coldmailreseller.webhooks.events import Event
from tests.stores._forked import run_forked
from tests.stores.conftest import own_redis, postgres_dsn, postgres_server, redis_server, redis_url  # noqa: F401
from tests.support.servers import RedisServer, free_port

BACKENDS = ["memory", "sqlite", "redis", "postgres"]
SHARED = ["sqlite", "redis", "postgres"]  # the backends several processes share
PASSWORD = "hunter2-MAILBOX-PASSWORD-LEAKCHECK"
# Long enough that a wait ending by it would be a failure of notification, not a slow machine.
NO_HURRY = 30.0


def delivery(number: int, order: str = "O1", *, event_id: bool = True, **data: Any) -> tuple[Event, bytes]:
    """A `mailbox.created` event; without `event_id`, an event the spec does not know (they may lack an id)."""
    payload: dict[str, Any] = {"event": "mailbox.created" if event_id else "mailbox.noted"}
    payload["data"] = {"orderId": order, "email": f"m{number}@x.io", **data}
    if event_id:
        payload["eventId"] = f"E{number}"
    body = json.dumps(payload).encode()
    return parse_event(body), body


def url_for(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if backend == "memory":
        return "memory"
    if backend == "sqlite":
        return f"sqlite://{tmp_path}/events.sqlite3"
    url: str = request.getfixturevalue("redis_url" if backend == "redis" else "postgres_dsn")
    return url


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return url_for(request.param, request, tmp_path)


@pytest.fixture(params=SHARED)
def shared_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return url_for(request.param, request, tmp_path)


@pytest.fixture
def make_store() -> Iterator[Callable[..., EventStore]]:
    made: list[EventStore] = []

    def make(url: str, **options: Any) -> EventStore:
        made.append(EventStore(url, **options))
        url_of[made[-1]] = url
        return made[-1]

    yield make
    for store in made:
        store.close()
        del url_of[store]


url_of: dict[EventStore, str] = {}  # the URLs of the stores `make_store` made (their `location` hides passwords)


def ids(records: list[RecordedEvent]) -> list[str | None]:
    return [record.event_id for record in records]


# -- recording and reading -------------------------------------------------------------------------------------


def test_an_event_is_recorded_once(store_url: str, make_store: Callable[..., EventStore]) -> None:
    store = make_store(store_url)
    event, body = delivery(1)
    assert store.record(event, body) is True
    assert [store.record(event, body) for _ in range(3)] == [False] * 3
    [recorded] = store.events("orderId:O1")
    assert (recorded.name, recorded.event_id, recorded.keys) == ("mailbox.created", "E1", ("orderId:O1",))
    assert recorded.event == event


def test_events_without_an_id_are_told_apart_by_their_body(
    store_url: str, make_store: Callable[..., EventStore]
) -> None:
    store = make_store(store_url)
    first, second = delivery(1, event_id=False), delivery(2, event_id=False)
    assert [store.record(*first), store.record(*first), store.record(*second)] == [True, False, True]
    assert [record.event_id for record in store.events("orderId:O1")] == [None, None]


def test_events_come_in_arrival_order_and_after_skips_the_ones_seen(
    store_url: str, make_store: Callable[..., EventStore]
) -> None:
    store = make_store(store_url)
    for number in (3, 1, 2):
        store.record(*delivery(number))
    store.record(*delivery(9, order="OTHER"))
    records = store.events("orderId:O1")
    assert ids(records) == ["E3", "E1", "E2"]
    assert [r.seq for r in records] == sorted(r.seq for r in records)
    assert ids(store.events("orderId:O1", after=records[0].seq)) == ["E1", "E2"]
    assert store.events("orderId:O1", after=records[-1].seq) == []
    assert ids(store.events("orderId:OTHER")) == ["E9"]
    assert store.events("orderId:NOTHING") == []


def test_retention_drops_old_events(store_url: str, make_store: Callable[..., EventStore]) -> None:
    now = [1_000_000.0]
    store = make_store(store_url, retention_seconds=60, clock=lambda: now[0])
    store.record(*delivery(1))
    now[0] += 30
    store.record(*delivery(2))
    now[0] += 31  # E1 is 61 s old, E2 31 s
    assert ids(store.events("orderId:O1")) == ["E2"]
    assert store.wait(["orderId:O1"], after=0, timeout=0) is True
    now[0] += 30
    store.record(*delivery(3, order="O2"))  # recording deletes what has expired
    assert store.events("orderId:O1") == []
    assert store.wait(["orderId:O1"], after=0, timeout=0) is False


def test_redis_expires_on_its_own_clock_and_keeps_its_sets_bounded(
    request: pytest.FixtureRequest, make_store: Callable[..., EventStore]
) -> None:
    url: str = request.getfixturevalue("redis_url")
    store = make_store(url, retention_seconds=0.3)
    store.record(*delivery(1))
    time.sleep(0.5)  # past the retention: the event's keys expire on the server
    store.record(*delivery(2))
    assert ids(store.events("orderId:O1")) == ["E2"]
    with redis.Redis.from_url(url) as client:
        assert client.zcard("cmr:events:key:orderId:O1") == 1  # the expired seq left the sorted set
        assert not client.exists("cmr:events:dedup:mailbox.created:E1")
    assert store.record(*delivery(1)) is True  # forgotten, so recorded again


def test_secret_fields_are_not_stored(store_url: str, make_store: Callable[..., EventStore]) -> None:
    store = make_store(store_url)
    nested = {"logins": [{"appPassword": PASSWORD, "login": "m1"}], "authenticatorSecret": PASSWORD}
    event, body = delivery(1, password=PASSWORD, extra=nested)
    assert PASSWORD.encode() in body
    store.record(event, body)
    store.record(*delivery(2, event_id=False, password=PASSWORD))
    first, second = store.events("orderId:O1")
    stored = {"orderId": "O1", "email": "m1@x.io", "extra": {"logins": [{"login": "m1"}]}}
    assert json.loads(first.body)["data"] == stored
    assert PASSWORD.encode() not in second.body
    assert PASSWORD not in repr(first.event)
    raw = stored_bytes(store)
    assert b"m1@x.io" in raw  # the dump does see the stored events
    assert PASSWORD.encode() not in raw


def stored_bytes(store: EventStore) -> bytes:
    """Everything the backend holds, as it holds it (a memory store: its records)."""
    url = store.location
    if url == "memory":
        return b"|".join(repr(r).encode() + r.body for r in store.events("orderId:O1"))
    if url.startswith("sqlite://"):
        path = Path(url[len("sqlite://") :])
        return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    if url.startswith("redis://"):
        with redis.Redis.from_url(url_of[store]) as client:
            parts: list[bytes] = []
            for key in client.keys("*"):
                kind = client.type(key)
                if kind == b"hash":
                    parts.extend(b"".join(pair) for pair in client.hgetall(key).items())
                elif kind == b"zset":
                    parts.extend(client.zrange(key, 0, -1))
                else:
                    parts.append(client.get(key) or b"")
            return b"|".join(parts)
    with psycopg.connect(url_of[store]) as conn:
        rows = conn.execute("SELECT t::text, convert_from(t.body, 'UTF8') FROM cmr_webhook_event_log t").fetchall()
    return "|".join(f"{row}|{body}" for row, body in rows).encode()


# -- waiting ---------------------------------------------------------------------------------------------------


def test_wait_returns_when_another_thread_records(store_url: str, make_store: Callable[..., EventStore]) -> None:
    store = make_store(store_url)
    store.record(*delivery(1))
    [seen] = store.events("orderId:O1")
    assert store.wait(["orderId:O1"], after=0, timeout=NO_HURRY) is True  # already there: at once
    recorder = threading.Timer(0.2, lambda: store.record(*delivery(2)))
    started = time.monotonic()
    recorder.start()
    try:
        assert store.wait(["orderId:ELSEWHERE", "orderId:O1"], after=seen.seq, timeout=NO_HURRY) is True
    finally:
        recorder.join(NO_HURRY)
    assert time.monotonic() - started < NO_HURRY  # woken by the record, not by the timeout


def test_wait_gives_up_at_its_timeout(store_url: str, make_store: Callable[..., EventStore]) -> None:
    store = make_store(store_url)
    store.record(*delivery(1))
    [seen] = store.events("orderId:O1")
    store.record(*delivery(2, order="O2"))  # another key does not end the wait
    started = time.monotonic()
    assert store.wait(["orderId:O1"], after=seen.seq, timeout=0.3) is False
    assert time.monotonic() - started >= 0.3


def test_async_twins(store_url: str, make_store: Callable[..., EventStore]) -> None:
    store = make_store(store_url)

    async def scenario() -> tuple[bool, bool, list[str | None], bool, bool]:
        first = await store.record_async(*delivery(1))
        again = await store.record_async(*delivery(1))
        [seen] = await store.events_async("orderId:O1")
        # Recorded by another thread while this event loop waits: the wait must not block the loop.
        recorder = threading.Timer(0.2, lambda: store.record(*delivery(2)))
        recorder.start()
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticker = asyncio.create_task(tick())
        woke = await store.wait_async(["orderId:O1"], after=seen.seq, timeout=NO_HURRY)
        ticker.cancel()
        recorder.join(NO_HURRY)
        timed_out = await store.wait_async(["orderId:O1"], after=seen.seq + 1_000, timeout=0.2)
        listed = ids(await store.events_async("orderId:O1"))
        await store.aclose()
        return first, again, listed, woke and ticks > 0, timed_out

    assert asyncio.run(scenario()) == (True, False, ["E1", "E2"], True, False)


def test_postgres_waits_reuse_their_listening_connection(
    request: pytest.FixtureRequest, make_store: Callable[..., EventStore]
) -> None:
    dsn: str = request.getfixturevalue("postgres_dsn")
    store = make_store(dsn)
    store.record(*delivery(1))
    for step in range(5):  # a caller waits in steps: each must not open a connection of its own
        assert store.wait(["orderId:O1"], after=100 + step, timeout=0.05) is False
    with psycopg.connect(dsn) as conn:
        sessions = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        (count,) = conn.execute(sessions).fetchone() or (0,)
    assert count == 3  # the store's, its one listener, and this check's


def test_redis_waits_reuse_their_subscription(
    request: pytest.FixtureRequest, make_store: Callable[..., EventStore]
) -> None:
    url: str = request.getfixturevalue("redis_url")
    store = make_store(url)
    store.record(*delivery(1))
    for step in range(5):
        assert store.wait(["orderId:O1"], after=100 + step, timeout=0.05) is False
    with redis.Redis.from_url(url) as client:
        assert len(client.client_list(_type="pubsub")) == 1  # one subscription, kept for the next wait


def _record_later(url: str, number: int) -> None:
    time.sleep(0.3)
    with EventStore(url) as store:
        store.record(*delivery(number))


def test_wait_returns_when_another_process_records(shared_url: str, make_store: Callable[..., EventStore]) -> None:
    store = make_store(shared_url)
    store.record(*delivery(1))
    [seen] = store.events("orderId:O1")
    child = multiprocessing.get_context("spawn").Process(target=_record_later, args=(shared_url, 2))
    child.start()
    started = time.monotonic()
    try:
        assert store.wait(["orderId:O1"], after=seen.seq, timeout=NO_HURRY) is True
        assert time.monotonic() - started < NO_HURRY
    finally:
        child.join(NO_HURRY)
        if child.is_alive():
            child.kill()
    assert child.exitcode == 0
    assert ids(store.events("orderId:O1")) == ["E1", "E2"]


# -- processes -------------------------------------------------------------------------------------------------

CHILDREN, EACH = 4, 5


def test_forked_children_record_and_read(store_url: str, make_store: Callable[..., EventStore]) -> None:
    store = make_store(store_url)
    store.record(*delivery(0, order="FORK"))  # the parent's connection exists before the fork

    def child(index: int) -> tuple[list[bool], bool, int]:
        mine = [store.record(*delivery(100 * (index + 1) + n, order="FORK")) for n in range(EACH)]
        again = store.record(*delivery(0, order="FORK"))  # the parent's event, delivered to a child too
        return mine, again, len([r for r in store.events("orderId:FORK") if r.event_id == "E0"])

    results = run_forked(child, CHILDREN, timeout=60)
    assert results == [([True] * EACH, False, 1)] * CHILDREN
    recorded = ids(store.events("orderId:FORK"))
    if store_url == "memory":
        assert recorded == ["E0"]  # each process has its own memory store
    else:
        assert len(recorded) == len(set(recorded)) == 1 + CHILDREN * EACH
    assert store.record(*delivery(1, order="FORK")) is True  # the parent's own connection still works


# -- outages and configuration -----------------------------------------------------------------------------------


def down_url(backend: str, tmp_path: Path) -> str:
    port = free_port()  # nothing listens there
    if backend == "redis":
        return f"redis://user:{PASSWORD}@127.0.0.1:{port}/0"
    if backend == "postgres":
        return f"postgresql://postgres:{PASSWORD}@127.0.0.1:{port}/events?connect_timeout=2"
    return f"sqlite://{tmp_path}"  # a directory, not a database file


def check_outage(error: EventStoreError) -> None:
    assert error.status_code == 503
    assert error.__cause__ is None and error.__suppress_context__
    for copied in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(copied) is EventStoreError
        assert (copied.store, copied.operation, str(copied)) == (error.store, error.operation, str(error))
    assert PASSWORD not in str(error) + repr(error) + error.store + error.cause + repr(pickle.dumps(error))


@pytest.mark.parametrize("backend", ["redis", "postgres"])
def test_a_server_that_is_down_raises_event_store_error(backend: str, tmp_path: Path) -> None:
    store = EventStore(down_url(backend, tmp_path))
    assert PASSWORD not in repr(store)
    for call in (
        lambda: store.record(*delivery(1)),
        lambda: store.events("orderId:O1"),
        lambda: store.wait(["orderId:O1"], after=0, timeout=1),
        lambda: asyncio.run(store.record_async(*delivery(1))),
        lambda: asyncio.run(store.wait_async(["orderId:O1"], after=0, timeout=1)),
    ):
        with pytest.raises(EventStoreError) as caught:
            call()
        check_outage(caught.value)
        assert caught.value.store == store.location


def test_an_sqlite_file_that_cannot_be_opened_raises_event_store_error(tmp_path: Path) -> None:
    with pytest.raises(EventStoreError) as caught:
        EventStore(down_url("sqlite", tmp_path))
    check_outage(caught.value)


def test_redis_restarted_under_the_store(request: pytest.FixtureRequest, make_store: Callable[..., EventStore]) -> None:
    server: RedisServer = request.getfixturevalue("own_redis")
    store = make_store(server.url)
    store.record(*delivery(1))
    server.kill()
    with pytest.raises(EventStoreError):
        store.record(*delivery(2))
    server.start()
    assert store.record(*delivery(3)) is True  # a new connection, without the caller doing anything


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("sqlite://relative.db", "absolute path"),
        ("sqlite:///", "absolute path"),
        ("mysql://u:pw@h/db", "'mysql://...'"),
        ("memory:", "'<not a URL>'"),
        ("", "'<not a URL>'"),
    ],
)
def test_urls_that_name_no_store_are_refused(url: str, says: str) -> None:
    with pytest.raises(ConfigurationError, match="sqlite:///absolute/path") as caught:
        EventStore(url)
    assert says in str(caught.value)
    assert "pw" not in str(caught.value)


def test_bad_arguments_are_refused_before_the_store_is_asked() -> None:
    store = EventStore("memory")
    for call, says in (
        (lambda: EventStore("memory", retention_seconds=0), "retention_seconds"),
        (lambda: store.wait("orderId:O1", after=0, timeout=1), "sequence of correlation keys"),
        (lambda: store.wait([], after=0, timeout=1), "keys is empty"),
        (lambda: store.wait(["orderId:O1"], after=-1, timeout=1), "after"),
        (lambda: store.wait(["orderId:O1"], after=0, timeout=float("inf")), "timeout"),
        (lambda: store.events(""), "correlation key"),
    ):
        with pytest.raises((ValueError, ConfigurationError), match=says):
            call()


def test_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CMR_EVENT_STORE", raising=False)
    with pytest.raises(ConfigurationError, match="CMR_EVENT_STORE"):
        EventStore.from_env()
    monkeypatch.setenv("CMR_EVENT_STORE", f"sqlite://{tmp_path}/env.sqlite3")
    with EventStore.from_env(retention_seconds=5) as store:
        assert (store.location, store.retention_seconds) == (f"sqlite://{tmp_path}/env.sqlite3", 5.0)


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_reprs_show_no_password(scheme: str) -> None:
    for url in (f"redis://u:{PASSWORD}@h:1/2", f"rediss://:{PASSWORD}@h:1/0", f"{scheme}://u:{PASSWORD}@h:5/db"):
        store = EventStore(url)  # no connection yet
        assert PASSWORD not in repr(store) + store.location
