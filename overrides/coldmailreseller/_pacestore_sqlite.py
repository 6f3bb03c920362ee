"""The pacing schedule in an SQLite file: shared by the processes of one host (`sqlite:///absolute/path`).

Each operation is one UPSERT statement, hence one atomic transaction across processes. The clock is the host's
wall clock: the one clock every process of the host reads alike, and a file left from before a reboot holds
only slots in the past. Not for network file systems, where SQLite's locking is unreliable.
"""

from __future__ import annotations

import sqlite3
import threading
import time

from ._pacestore import Health
from ._sqlite import open_shared

# Waiting for another process's write lock; the statements hold it for microseconds.
BUSY_TIMEOUT = 2.0

_SCHEMA = "CREATE TABLE IF NOT EXISTS cmr_pace (key TEXT PRIMARY KEY, next REAL NOT NULL)"
# The slot booked is max(next, now); the row then holds the slot after it.
_RESERVE = (
    "INSERT INTO cmr_pace (key, next) VALUES (:key, :now + :step) "
    "ON CONFLICT (key) DO UPDATE SET next = max(next, :now) + :step RETURNING next"
)
_PUSH = (
    "INSERT INTO cmr_pace (key, next) VALUES (:key, :now + :step) "
    "ON CONFLICT (key) DO UPDATE SET next = max(next, :now + :step)"
)


def _set_up(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(_SCHEMA)


class SQLiteSchedule:
    def __init__(self, path: str, *, name: str) -> None:
        self.health = Health(name)
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            # synchronous=NORMAL: no fsync per slot; a slot lost in a power cut costs nothing.
            self._conn = open_shared(self._path, BUSY_TIMEOUT, _set_up)
        return self._conn

    def prepare(self) -> None:
        # Opening the file (and creating the table) happens once, not inside a timed booking.
        with self._lock:
            try:
                self._connection()
            except sqlite3.Error as exc:
                self.health.failed(exc)

    def _run(self, statement: str, key: str, step: float) -> float | None:
        with self._lock:
            try:
                now = time.time()
                row = self._connection().execute(statement, {"key": key, "now": now, "step": step}).fetchone()
            except sqlite3.Error as exc:
                self._conn = None  # opened again on the next try
                self.health.failed(exc)
                return None
        self.health.answered()
        return 0.0 if row is None else max(0.0, float(row[0]) - step - now)

    def reserve(self, key: str, interval: float) -> float | None:
        return self._run(_RESERVE, key, interval)

    def push(self, key: str, seconds: float) -> bool:
        return self._run(_PUSH, key, seconds) is not None

    # A statement takes microseconds, so the event loop is not worth a thread hop.
    async def prepare_async(self) -> None:
        self.prepare()

    async def reserve_async(self, key: str, interval: float) -> float | None:
        return self.reserve(key, interval)

    async def push_async(self, key: str, seconds: float) -> bool:
        return self.push(key, seconds)
