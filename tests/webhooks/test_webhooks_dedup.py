from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from coldmailreseller.webhooks import Deduplicator, InMemoryDeduplicator, SQLiteDeduplicator

IDS = [f"E{i}" for i in range(300)]


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["memory", "sqlite"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., Deduplicator]:
    def make(ttl: float | None = None, clock: Callable[[], float] | None = None) -> Deduplicator:
        clock = clock or Clock()
        if request.param == "memory":
            return InMemoryDeduplicator(ttl=ttl, clock=clock)
        store = SQLiteDeduplicator(tmp_path / "seen.sqlite3", ttl_seconds=ttl, clock=clock)
        request.addfinalizer(store.close)
        return store

    return make


def test_second_sighting_is_a_duplicate(make_store: Callable[..., Deduplicator]) -> None:
    store = make_store()
    assert store.seen("a") is False
    assert store.seen("b") is False
    assert store.seen("a") is True
    assert store.seen("a") is True
    assert store.seen("b") is True


def test_ttl_expiry_makes_an_id_new_again(make_store: Callable[..., Deduplicator]) -> None:
    clock = Clock()
    store = make_store(ttl=60, clock=clock)
    assert store.seen("a") is False
    clock.now += 59
    assert store.seen("a") is True
    clock.now += 1.5  # 60.5 s after the first sighting
    assert store.seen("a") is False
    assert store.seen("a") is True


def test_concurrent_threads_see_each_id_as_new_exactly_once(make_store: Callable[..., Deduplicator]) -> None:
    store = make_store()
    threads, new = 8, Counter[str]()
    barrier, lock = threading.Barrier(threads), threading.Lock()

    def run() -> None:
        barrier.wait()
        for id_ in IDS:
            if not store.seen(id_):
                with lock:
                    new[id_] += 1

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert new == Counter(IDS)


def test_in_memory_evicts_oldest_beyond_max_size() -> None:
    store = InMemoryDeduplicator(max_size=3)
    for id_ in "abcd":
        assert store.seen(id_) is False
    assert len(store) == 3
    assert store.seen("d") is True
    assert store.seen("b") is True
    assert store.seen("a") is False  # evicted as the oldest, so new again


def test_in_memory_rejects_zero_size() -> None:
    with pytest.raises(ValueError):
        InMemoryDeduplicator(max_size=0)


def test_sqlite_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "seen.sqlite3"
    with SQLiteDeduplicator(path) as store:
        assert [store.seen(id_) for id_ in IDS[:10]] == [False] * 10
    with SQLiteDeduplicator(str(path)) as store:
        assert [store.seen(id_) for id_ in IDS[:10]] == [True] * 10
        assert store.seen("new") is False


def test_sqlite_purge_deletes_only_expired_rows(tmp_path: Path) -> None:
    clock = Clock()
    path = tmp_path / "seen.sqlite3"
    with SQLiteDeduplicator(path, ttl_seconds=100, clock=clock) as store:
        store.seen("old")
        clock.now += 50
        store.seen("recent")
        clock.now += 60
        assert store.purge() == 1
        assert store.purge() == 0
        assert store.seen("recent") is True
    with SQLiteDeduplicator(path, ttl_seconds=None, clock=clock) as store:
        assert store.seen("recent") is True
        assert store.seen("old") is False  # its row was purged
        assert store.purge() == 0


def test_sqlite_without_ttl_never_forgets(tmp_path: Path) -> None:
    clock = Clock()
    with SQLiteDeduplicator(tmp_path / "seen.sqlite3", ttl_seconds=None, clock=clock) as store:
        store.seen("a")
        clock.now += 10**9
        assert store.seen("a") is True


def test_sqlite_file_is_in_wal_mode(tmp_path: Path) -> None:
    SQLiteDeduplicator(tmp_path / "seen.sqlite3").close()
    # WAL is a property of the file, so a fresh connection reports it.
    with closing(sqlite3.connect(tmp_path / "seen.sqlite3")) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_sqlite_closed_store_refuses_work(tmp_path: Path) -> None:
    store = SQLiteDeduplicator(tmp_path / "seen.sqlite3")
    store.close()
    store.close()  # idempotent
    with pytest.raises(RuntimeError, match="closed"):
        store.seen("a")


def _mark_in_process(path: str, ids: list[str], barrier: object, results: object) -> None:
    with SQLiteDeduplicator(path) as store:
        barrier.wait()  # type: ignore[attr-defined]
        results.put([id_ for id_ in ids if not store.seen(id_)])  # type: ignore[attr-defined]


def test_sqlite_shared_by_two_processes(tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    path, barrier, results = str(tmp_path / "seen.sqlite3"), context.Barrier(2), context.Queue()
    processes = [context.Process(target=_mark_in_process, args=(path, IDS, barrier, results)) for _ in range(2)]
    for process in processes:
        process.start()
    try:
        new = [*results.get(timeout=60), *results.get(timeout=60)]
        for process in processes:
            process.join(timeout=60)
            assert process.exitcode == 0
    finally:
        # A failed child must not outlive the test: pytest would wait for it at exit.
        for process in processes:
            if process.is_alive():
                process.kill()
    assert Counter(new) == Counter(IDS)


def test_sqlite_file_from_before_claims_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "seen.sqlite3"
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE cmr_webhook_events (event_id TEXT PRIMARY KEY, received_at REAL NOT NULL)")
        conn.execute("INSERT INTO cmr_webhook_events VALUES ('old', ?)", (time.time(),))
    with SQLiteDeduplicator(path) as store:
        assert store.seen("old") is True and store.is_done("old") is True
        assert store.claim("old") is None
        claim = store.claim("new")
        assert claim is not None
        store.complete(claim)
        assert store.seen("new") is True
    with SQLiteDeduplicator(path) as store:  # opening an upgraded file again changes nothing
        assert store.claim("new") is None and store.seen("old") is True


def test_sqlite_purge_deletes_dead_claims(tmp_path: Path) -> None:
    clock = Clock()
    with SQLiteDeduplicator(tmp_path / "seen.sqlite3", ttl_seconds=None, clock=clock) as store:
        assert store.claim("dead", lease_seconds=10) is not None
        assert store.claim("live", lease_seconds=100) is not None
        clock.now += 50
        assert store.purge() == 1
        assert store.claim("live") is None
        assert store.claim("dead") is not None
