"""The contract every deduplicator keeps, run against each store: in memory, SQLite, a real Redis, a real
PostgreSQL. Then the same through `WebhookHandler.process`, and the race that matters: several processes
claiming one event at the same moment, of which exactly one may win."""

from __future__ import annotations

import asyncio
import itertools
import json
import multiprocessing
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from coldmailreseller.webhooks import (
    DEFAULT_LEASE_SECONDS,
    Claim,
    InMemoryDeduplicator,
    PostgresDeduplicator,
    RedisDeduplicator,
    SQLiteDeduplicator,
    UnknownEvent,
    WebhookHandler,
    sign,
)
from tests.support.servers import PostgresServer

STORES = ["memory", "sqlite", "redis", "postgres"]
SHARED = ["sqlite", "redis", "postgres"]  # the stores several processes can share
LEASE = 0.2  # seconds; the tests that wait for a lease or a TTL to run out sleep a little longer than this
SECRET = "partner-key-for-the-store-tests"

Store = Any  # every store class here: they share the methods, not a base class
MakeStore = Callable[..., Store]


_tables = itertools.count()


def build(kind: str, where: str, ttl_seconds: float | None = 3600.0) -> Store:
    """A store of `kind`; `where` is the SQLite path, the Redis URL, or a PostgreSQL DSN and table (`dsn#table`)."""
    if kind == "memory":
        return InMemoryDeduplicator(ttl=ttl_seconds)
    if kind == "sqlite":
        return SQLiteDeduplicator(where, ttl_seconds=ttl_seconds)
    if kind == "redis":
        return RedisDeduplicator(where, ttl_seconds=ttl_seconds)
    dsn, table = where.split("#")
    return PostgresDeduplicator(dsn, ttl_seconds=ttl_seconds, table=table)


@pytest.fixture(scope="module")
def database(postgres_server: PostgresServer) -> str:
    """One database for this module's tests, each using a table of its own: creating a database per test would
    take longer than all their statements."""
    import psycopg

    with psycopg.connect(postgres_server.dsn, autocommit=True) as connection:
        connection.execute("CREATE DATABASE cmr_lifecycle")
    return postgres_server.database_dsn("cmr_lifecycle")


def location(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    # Only the store under test starts its server.
    if kind == "redis":
        return str(request.getfixturevalue("redis_url"))
    if kind == "postgres":
        return f"{request.getfixturevalue('database')}#events_{next(_tables)}"
    return str(tmp_path / "events.sqlite3")


@pytest.fixture(params=STORES)
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeStore]:
    where, made = location(request.param, request, tmp_path), []

    def make(ttl_seconds: float | None = 3600.0) -> Store:
        made.append(build(request.param, where, ttl_seconds))
        return made[-1]

    yield make
    for store in made:
        if hasattr(store, "close"):
            store.close()


@pytest.fixture
def store(make_store: MakeStore) -> Store:
    return make_store()


def test_seen_marks_once(store: Store) -> None:
    assert store.seen("a") is False
    assert store.seen("b") is False
    assert store.seen("a") is True
    assert store.seen("b") is True
    assert store.is_done("a") is True


def test_a_live_claim_keeps_others_out(store: Store) -> None:
    claim = store.claim("e")
    assert isinstance(claim, Claim)
    assert (claim.event_id, claim.lease_seconds, len(claim.token)) == ("e", DEFAULT_LEASE_SECONDS, 32)
    assert store.claim("e") is None
    assert store.seen("e") is True  # claimed counts as recorded
    assert store.is_done("e") is False  # but not as done
    other = store.claim("f", lease_seconds=5)
    assert other is not None and other.lease_seconds == 5 and other.token != claim.token


def test_complete_is_final_and_release_frees(store: Store) -> None:
    done = store.claim("done")
    assert done is not None
    store.complete(done)
    assert store.claim("done") is None
    assert store.seen("done") is True
    assert store.is_done("done") is True

    released = store.claim("released")
    assert released is not None
    store.release(released)
    assert store.is_done("released") is False
    again = store.claim("released")
    assert again is not None and again.token != released.token
    assert store.claim("released") is None


def test_release_with_a_stale_token_does_nothing(store: Store) -> None:
    claim = store.claim("e")
    assert claim is not None
    store.release(Claim("e", "0" * 32, claim.lease_seconds))
    assert store.claim("e") is None
    store.complete(claim)
    store.release(claim)  # a completed event stays completed
    assert store.claim("e") is None and store.is_done("e") is True


def test_an_expired_lease_lets_the_event_be_claimed_again(store: Store) -> None:
    died = store.claim("died", lease_seconds=LEASE)  # its receiver dies: never completed nor released
    slow = store.claim("slow", lease_seconds=LEASE)  # its receiver finishes after its lease ran out
    assert died is not None and slow is not None
    time.sleep(LEASE + 0.05)
    taken_over = store.claim("died")
    assert taken_over is not None and taken_over.token != died.token
    assert store.claim("died") is None  # the new claim's lease is live
    store.release(died)  # too late: the event belongs to the new claim now
    assert store.claim("died") is None
    store.complete(slow)  # a late completion still counts
    assert store.claim("slow") is None and store.is_done("slow") is True


def test_the_ttl_makes_an_id_new_again(make_store: MakeStore) -> None:
    store = make_store(ttl_seconds=0.3)
    assert store.seen("marked") is False
    claim = store.claim("completed")
    assert claim is not None
    store.complete(claim)
    assert store.seen("marked") is True and store.claim("completed") is None
    time.sleep(0.35)
    assert store.is_done("marked") is False
    assert store.seen("marked") is False
    assert store.seen("marked") is True
    assert store.claim("completed") is not None


def test_leases_must_be_positive(store: Store) -> None:
    for lease in (0, -1, float("inf"), float("nan")):
        with pytest.raises(ValueError, match="lease_seconds"):
            store.claim("e", lease_seconds=lease)
    assert store.claim("e") is not None  # nothing was claimed by the refused calls


def test_the_async_twins_keep_the_same_contract(store: Store) -> None:
    async def run() -> None:
        try:
            assert await store.seen_async("s") is False
            assert await store.seen_async("s") is True
            claim = await store.claim_async("e")
            assert isinstance(claim, Claim)
            assert await store.claim_async("e") is None
            await store.release_async(Claim("e", "0" * 32, 1.0))
            assert await store.claim_async("e") is None
            await store.release_async(claim)
            again = await store.claim_async("e", lease_seconds=LEASE)
            assert again is not None and again.token != claim.token
            assert await store.is_done_async("e") is False
            await store.complete_async(again)
            assert await store.claim_async("e") is None
            assert await store.is_done_async("e") is True
            assert store.is_done("e") is True  # the sync and async sides see one store
        finally:
            if hasattr(store, "aclose"):
                await store.aclose()

    asyncio.run(run())


def test_async_claims_in_one_loop_have_one_winner(store: Store) -> None:
    async def run() -> list[Claim | None]:
        try:
            return await asyncio.gather(*(store.claim_async("e") for _ in range(10)))
        finally:
            if hasattr(store, "aclose"):
                await store.aclose()

    assert sum(claim is not None for claim in asyncio.run(run())) == 1


# -- WebhookHandler.process over each store ----------------------------------------------------------------


def delivery(event_id: str = "E1", name: str = "thing.happened") -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"event": name, "eventId": event_id, "data": {}}).encode()
    return body, sign(body, SECRET)


class Boom(Exception):
    pass


def test_process_completes_on_success(store: Store) -> None:
    handler = WebhookHandler(SECRET, deduplicator=store)
    with handler.process(*delivery()) as first:
        assert isinstance(first.event, UnknownEvent)
        assert (first.duplicate, first.in_progress, first.key) == (False, False, "thing.happened:E1")
        assert store.is_done("thing.happened:E1") is False  # not before the block ends
    assert store.is_done("thing.happened:E1") is True
    with handler.process(*delivery()) as again:
        assert (again.duplicate, again.in_progress) == (True, False)
    with handler.process(*delivery(name="other.thing")) as other_name:
        assert other_name.duplicate is False


def test_process_releases_when_the_work_fails(store: Store) -> None:
    handler = WebhookHandler(SECRET, deduplicator=store)
    with pytest.raises(Boom), handler.process(*delivery()) as first:
        assert first.duplicate is False
        raise Boom
    assert store.is_done("thing.happened:E1") is False
    with handler.process(*delivery()) as redelivered:
        assert redelivered.duplicate is False  # processed again at once, not after the lease
    assert store.is_done("thing.happened:E1") is True


def test_process_reports_an_event_in_progress(store: Store) -> None:
    handler = WebhookHandler(SECRET, deduplicator=store)
    with handler.process(*delivery(), lease_seconds=30) as first:
        with handler.process(*delivery()) as concurrent:
            assert (concurrent.duplicate, concurrent.in_progress) == (True, True)
        assert first.duplicate is False
        assert store.is_done("thing.happened:E1") is False  # the duplicate's block completed nothing
    with handler.process(*delivery()) as later:
        assert (later.duplicate, later.in_progress) == (True, False)


def test_process_async_has_the_same_lifecycle(store: Store) -> None:
    handler = WebhookHandler(SECRET, deduplicator=store)

    async def run() -> None:
        try:
            with pytest.raises(Boom):
                async with handler.process_async(*delivery()) as failed:
                    assert failed.duplicate is False
                    raise Boom
            async with handler.process_async(*delivery()) as first:
                assert first.duplicate is False
                async with handler.process_async(*delivery()) as concurrent:
                    assert (concurrent.duplicate, concurrent.in_progress) == (True, True)
            async with handler.process_async(*delivery()) as again:
                assert (again.duplicate, again.in_progress) == (True, False)
            assert await store.is_done_async("thing.happened:E1") is True
        finally:
            if hasattr(store, "aclose"):
                await store.aclose()

    asyncio.run(run())


# -- several processes, one event --------------------------------------------------------------------------

RACE_IDS = [f"race-{n}" for n in range(20)]
RACERS = 2  # more processes than a small machine has cores add start-up time, not contention


def _claim_in_process(stores: list[tuple[str, str]], barrier: Any, results: Any) -> None:
    """For each store in turn, claim every id at the same moment as the other processes; report the ids won."""
    won: dict[str, list[str]] = {}
    try:
        for kind, where in stores:
            store = build(kind, where)
            try:
                store.seen("warm-up")  # connect first, so that the race is about the claims, not about connecting
                won[kind] = []
                for id_ in RACE_IDS:
                    barrier.wait(timeout=30)
                    if store.claim(id_) is not None:
                        won[kind].append(id_)
            finally:
                store.close()
    finally:
        results.put(won)


def test_processes_claiming_one_event_at_once_have_exactly_one_winner(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # One set of processes races in every shared store: starting a process costs more than all the claims.
    stores = [(kind, location(kind, request, tmp_path)) for kind in SHARED]
    for kind, where in stores:
        build(kind, where).close()  # create the file or table once, as a deployment would
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(RACERS), context.Queue()
    processes = [context.Process(target=_claim_in_process, args=(stores, barrier, results)) for _ in range(RACERS)]
    for process in processes:
        process.start()
    try:
        won = [results.get(timeout=60) for _ in processes]
        for process in processes:
            process.join(timeout=60)
            assert process.exitcode == 0
    finally:
        # A failed child must not outlive the test: pytest would wait for it at exit.
        for process in processes:
            if process.is_alive():
                process.kill()
    for kind in SHARED:
        winners = Counter(id_ for by_store in won for id_ in by_store[kind])
        assert winners == Counter(RACE_IDS), kind
