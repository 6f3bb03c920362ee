"""The event store in an SQLite file (`sqlite:///absolute/path`): the processes of one host.

A record is one `BEGIN IMMEDIATE` transaction (the expired rows deleted, the event inserted unless its identity is
there, its keys indexed), so it is atomic across processes; `AUTOINCREMENT` never hands out a deleted `seq` again,
which `after=` counts on. SQLite notifies nobody, so `wait` polls an indexed query every 50 ms. Each process opens
its own connection (_perprocess.py), opened again when the file is removed or replaced (_sqlite.Handle). Not for
network file systems, where SQLite's locking is unreliable.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from .._perprocess import PerProcess
from .._sqlite import Handle
from ..errors import ClientClosedError
from ._event_store_base import Pending, RecordedEvent, store_error

logger = logging.getLogger("coldmailreseller")

_T = TypeVar("_T")
# How long a statement waits for another process's write lock; records hold it for a few milliseconds.
BUSY_TIMEOUT = 10.0
# How often `wait` asks: an indexed lookup, well inside the 1 s in which a waiting caller should hear of an event.
POLL_SECONDS = 0.05

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS cmr_event_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, dedup TEXT NOT NULL UNIQUE, "
    "name TEXT NOT NULL, event_id TEXT, keys TEXT NOT NULL, received_at REAL NOT NULL, body BLOB NOT NULL)",
    "CREATE INDEX IF NOT EXISTS cmr_event_log_received_at ON cmr_event_log (received_at)",
    "CREATE TABLE IF NOT EXISTS cmr_event_keys (key TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) "
    "WITHOUT ROWID",
)
_EXPIRE = (
    "DELETE FROM cmr_event_keys WHERE seq IN (SELECT seq FROM cmr_event_log WHERE received_at <= :since)",
    "DELETE FROM cmr_event_log WHERE received_at <= :since",
)
_INSERT = (
    "INSERT INTO cmr_event_log (dedup, name, event_id, keys, received_at, body) "
    "VALUES (:dedup, :name, :event_id, :keys, :received_at, :body) ON CONFLICT (dedup) DO NOTHING RETURNING seq"
)
_INDEX = "INSERT INTO cmr_event_keys (key, seq) VALUES (?, ?)"
_EVENTS = (
    "SELECT l.seq, l.name, l.event_id, l.keys, l.received_at, l.body FROM cmr_event_keys k "
    "JOIN cmr_event_log l ON l.seq = k.seq WHERE k.key = :key AND k.seq > :after AND l.received_at > :since "
    "ORDER BY k.seq"
)
_ARRIVED = (
    "SELECT 1 FROM cmr_event_keys k JOIN cmr_event_log l ON l.seq = k.seq "
    "WHERE k.key IN (SELECT value FROM json_each(:keys)) AND k.seq > :after AND l.received_at > :since LIMIT 1"
)


def _set_up(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA:
        conn.execute(statement)


def _row(row: tuple[int, str, str | None, str, float, bytes]) -> RecordedEvent:
    seq, name, event_id, keys, received_at, body = row
    return RecordedEvent(seq, name, event_id, tuple(json.loads(keys)), received_at, bytes(body))


class SQLiteBackend:
    def __init__(self, path: str) -> None:
        self._path = path
        self.where = f"sqlite://{path}"
        self._closed = False
        self._local = PerProcess(Handle)
        self._run("open", lambda conn: None)  # a file that cannot be opened fails here, not on the first event

    def record(self, pending: Pending, since: float) -> bool:
        values = {
            "dedup": pending.dedup,
            "name": pending.name,
            "event_id": pending.event_id,
            "keys": json.dumps(pending.keys),
            "received_at": pending.received_at,
            "body": pending.body,
        }

        def record(conn: sqlite3.Connection) -> bool:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _EXPIRE:
                    conn.execute(statement, {"since": since})
                row = conn.execute(_INSERT, values).fetchone()
                if row is not None:
                    conn.executemany(_INDEX, [(key, row[0]) for key in pending.keys])
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return row is not None

        return self._run("record", record)

    async def record_async(self, pending: Pending, since: float) -> bool:
        return await asyncio.to_thread(self.record, pending, since)

    def events(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        params = {"key": key, "after": after, "since": since}
        return self._run("events", lambda conn: [_row(row) for row in conn.execute(_EVENTS, params)])

    async def events_async(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        return await asyncio.to_thread(self.events, key, after, since)

    def _arrived(self, keys: frozenset[str], after: int, since: float) -> bool:
        params = {"keys": json.dumps(sorted(keys)), "after": after, "since": since}
        return self._run("wait", lambda conn: conn.execute(_ARRIVED, params).fetchone() is not None)

    def wait(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        deadline = time.monotonic() + timeout
        while not self._arrived(keys, after, since()):
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(POLL_SECONDS, left))
        return True

    async def wait_async(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        deadline = time.monotonic() + timeout
        while not await asyncio.to_thread(self._arrived, keys, after, since()):
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            await asyncio.sleep(min(POLL_SECONDS, left))
        return True

    def _run(self, operation: str, work: Callable[[sqlite3.Connection], _T]) -> _T:
        handle = self._local.get()
        with handle.lock:
            if self._closed:
                raise ClientClosedError(f"the event store {self.where} is closed")
            try:
                return work(handle.connect(self._path, BUSY_TIMEOUT, _set_up, self._replaced))
            except sqlite3.DatabaseError as exc:  # locked past the busy timeout, an I/O error, a full disk
                raise store_error(self.where, operation, exc) from None

    def _replaced(self) -> None:
        logger.warning(
            "webhook event store %s: the file was removed or replaced while in use; opening it again "
            "(the events recorded in the old file are not in the new one)",
            self.where,
        )

    def close(self) -> None:
        """Close this process's connection (one inherited from a parent is left alone)."""
        handle = self._local.get()
        with handle.lock:
            self._closed = True
            handle.close()

    async def aclose(self) -> None:
        self.close()
