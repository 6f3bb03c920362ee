"""The pacing stores on real servers: slots evenly spaced per key, pushes, expiry, no key in the store."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
import redis

from coldmailreseller._pacing.registry import open_store
from coldmailreseller._pacing.store import PacingStore, pacing_key

INTERVAL = 0.2
# A store's answer takes well under this on loopback; slots are computed from the store's clock.
SLACK = 0.05


def _open(url: str) -> PacingStore:
    store = open_store(url)
    assert store is not None
    return store


def _reserve(store: PacingStore, key: str, interval: float = INTERVAL) -> float:
    delay = store.reserve(key, interval)
    assert delay is not None, "the store answered"
    return delay


def test_slots_follow_each_other_one_interval_apart(pacing_store: str) -> None:
    store = _open(pacing_store)
    delays = [_reserve(store, "k") for _ in range(4)]
    for booked, expected in zip(delays, [0.0, INTERVAL, 2 * INTERVAL, 3 * INTERVAL], strict=True):
        assert expected - SLACK <= booked <= expected + 1e-6


def test_keys_have_their_own_slots(pacing_store: str) -> None:
    store = _open(pacing_store)
    _reserve(store, "one")
    _reserve(store, "one")
    assert _reserve(store, "two") == pytest.approx(0.0, abs=1e-3)


def test_a_push_holds_every_slot_back(pacing_store: str) -> None:
    store = _open(pacing_store)
    assert store.push("k", 1.5) is True
    assert 1.5 - SLACK <= _reserve(store, "k") <= 1.5
    # A push never pulls slots forward.
    assert store.push("k", 0.1) is True
    assert 1.5 + INTERVAL - SLACK <= _reserve(store, "k") <= 1.5 + INTERVAL


def test_the_async_operations_share_the_slots(pacing_store: str) -> None:
    store = _open(pacing_store)

    async def book() -> list[float | None]:
        first = await store.reserve_async("k", INTERVAL)
        await store.push_async("k", 1.0)
        return [first, await store.reserve_async("k", INTERVAL)]

    first, second = asyncio.run(book())
    assert first == pytest.approx(0.0, abs=1e-3)
    assert second is not None and 1.0 - SLACK <= second <= 1.0
    assert 1.0 + INTERVAL - SLACK <= _reserve(store, "k") <= 1.0 + INTERVAL


def test_processes_sharing_a_store_share_one_store_object() -> None:
    assert _open("sqlite:///tmp/cmr-a.sqlite3") is _open("sqlite:///tmp/cmr-a.sqlite3")
    assert _open("sqlite:///tmp/cmr-a.sqlite3") is not _open("sqlite:///tmp/cmr-b.sqlite3")


def test_the_slots_are_named_by_a_digest_of_the_key_never_the_key() -> None:
    key = pacing_key("live-key-123")
    assert key.startswith("cmr:pace:") and "live-key-123" not in key
    assert pacing_key("live-key-123") == key != pacing_key("live-key-124")


def test_redis_holds_one_expiring_entry_per_key_and_no_api_key(redis_url: str) -> None:
    store = _open(redis_url)
    _reserve(store, pacing_key("secret-api-key"))
    with redis.Redis.from_url(redis_url) as connection:
        names = [name.decode() for name in connection.keys("*")]
        assert names == [pacing_key("secret-api-key")]
        assert not any("secret-api-key" in name for name in names)
        # Abandoned keys leave Redis: the entry expires a minute after its last slot.
        assert 0 < connection.pttl(names[0]) <= 60_000 + 1_000
        # Microseconds, written with every digit (Lua would print a double as 1.7e+15).
        assert connection.get(names[0]).isdigit()


def test_sqlite_keeps_the_slots_in_one_table(tmp_path: Path) -> None:
    path = tmp_path / "pace.sqlite3"
    store = _open(f"sqlite://{path}")
    _reserve(store, "k")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT key FROM cmr_pace").fetchall() == [("k",)]
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
