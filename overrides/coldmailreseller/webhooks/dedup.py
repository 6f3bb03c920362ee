"""Remembering which events were already received, because CMR re-delivers an event until it gets a 200."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from os import PathLike
from types import TracebackType
from typing import Protocol, Self

__all__ = ["AsyncDeduplicator", "Deduplicator", "InMemoryDeduplicator", "SQLiteDeduplicator"]


class Deduplicator(Protocol):
    def seen(self, event_id: str) -> bool:
        """Record `event_id` and return whether it had already been recorded, in one atomic step: of several
        concurrent calls with the same id, exactly one returns False."""
        ...


class AsyncDeduplicator(Protocol):
    async def seen_async(self, event_id: str) -> bool:
        """`seen` for an asyncio receiver: the same atomic record-and-check, without blocking the event loop."""
        ...


class InMemoryDeduplicator:
    """Thread-safe, per-process store for a single receiver process. Forgets everything on restart.

    Holds at most `max_size` ids, dropping the oldest first; with `ttl` (seconds), an id older than that counts as
    new again. CMR's own retries come within about five minutes, so even a small store catches them.
    """

    def __init__(
        self, max_size: int = 100_000, ttl: float | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self._max_size = max_size
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        # Insertion order is first-seen order, so the oldest ids are always at the front.
        self._ids: OrderedDict[str, float] = OrderedDict()

    def seen(self, event_id: str) -> bool:
        now = self._clock()
        with self._lock:
            if self._ttl is not None:
                while self._ids and next(iter(self._ids.values())) <= now - self._ttl:
                    self._ids.popitem(last=False)
            if event_id in self._ids:
                return True
            self._ids[event_id] = now
            if len(self._ids) > self._max_size:
                self._ids.popitem(last=False)
            return False

    async def seen_async(self, event_id: str) -> bool:
        return self.seen(event_id)  # a dictionary lookup under a lock held for microseconds: no need for a thread

    def __len__(self) -> int:
        with self._lock:
            return len(self._ids)


class SQLiteDeduplicator:
    """Store in an SQLite file that survives restarts and can be shared by several threads and processes on one
    host (not over a network file system: SQLite locking is unreliable there).

    An id older than `ttl_seconds` counts as new again; `purge()` deletes such rows. Open one instance per
    process, after any fork.
    """

    _SCHEMA = (
        "CREATE TABLE IF NOT EXISTS cmr_webhook_events (event_id TEXT PRIMARY KEY, received_at REAL NOT NULL)",
        "CREATE INDEX IF NOT EXISTS cmr_webhook_events_received_at ON cmr_webhook_events (received_at)",
    )
    # One statement, so that the check and the mark are atomic across threads and processes: it inserts a new id,
    # or refreshes an expired one, and changes no row (rowcount 0) when the id is known and still fresh.
    _MARK = (
        "INSERT INTO cmr_webhook_events (event_id, received_at) VALUES (?, ?) "
        "ON CONFLICT (event_id) DO UPDATE SET received_at = excluded.received_at WHERE received_at <= ?"
    )

    def __init__(
        self,
        path: str | PathLike[str],
        ttl_seconds: float | None = 7 * 24 * 3600,
        *,
        busy_timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._ttl = ttl_seconds
        self._clock = clock
        # One connection guarded by a lock; autocommit (isolation_level=None) makes each statement its own
        # transaction. `timeout` is SQLite's busy timeout: wait for another process's write lock, not fail.
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._set_up(self._conn, busy_timeout)

    def _set_up(self, conn: sqlite3.Connection, busy_timeout: float) -> None:
        # WAL lets readers and the writer of several processes work without blocking each other. Switching to
        # it needs an exclusive lock that SQLite does not wait for, so processes opening a new file at the same
        # moment retry here instead of failing with "database is locked".
        deadline = time.monotonic() + busy_timeout
        while True:
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                for statement in self._SCHEMA:
                    conn.execute(statement)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def seen(self, event_id: str) -> bool:
        now = self._clock()
        expired_before = -float("inf") if self._ttl is None else now - self._ttl
        with self._lock:
            return self._connection().execute(self._MARK, (event_id, now, expired_before)).rowcount == 0

    async def seen_async(self, event_id: str) -> bool:
        """`seen` in a worker thread, so that a busy database file does not stall the event loop."""
        return await asyncio.to_thread(self.seen, event_id)

    def purge(self) -> int:
        """Delete ids older than the TTL and return how many were deleted."""
        if self._ttl is None:
            return 0
        with self._lock:
            cursor = self._connection().execute(
                "DELETE FROM cmr_webhook_events WHERE received_at <= ?", (self._clock() - self._ttl,)
            )
            return cursor.rowcount

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise RuntimeError("the SQLiteDeduplicator is closed")
        return self._conn

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
