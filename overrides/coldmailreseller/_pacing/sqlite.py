"""The pacing store in an SQLite file: shared by the processes of one host (`sqlite:///absolute/path`).

Each operation is one UPSERT statement, hence one atomic transaction across processes. The clock is the host's
wall clock: the one clock every process of the host reads alike, and a file left from before a reboot holds
only slots in the past. Not for network file systems, where SQLite's locking is unreliable.

A file removed or replaced under running processes (a clean-up job, a deploy) would leave each of them on the
inode it opened, and processes started later on another one: pacing splits without a word. So each
booking compares the path's inode with the one opened (an `os.stat`, microseconds next to the statement) and
opens the path again when they differ, logging one WARNING.
"""

from __future__ import annotations

import logging
import sqlite3
import time

from .._perprocess import PerProcess
from .._sqlite import Handle
from .store import PacingHealth

logger = logging.getLogger("coldmailreseller")

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


class SQLitePacingStore:
    """`sqlite:///absolute/path`: the processes of one host."""

    def __init__(self, path: str, *, name: str) -> None:
        self.health = PacingHealth(name)
        self._path = path
        self._handle = PerProcess(Handle)

    def __repr__(self) -> str:
        return self.health.name

    def _connection(self, handle: Handle) -> sqlite3.Connection:
        # synchronous=NORMAL (_set_up): no fsync per slot; a slot lost in a power cut costs nothing.
        return handle.connect(self._path, BUSY_TIMEOUT, _set_up, self._replaced)

    def _replaced(self) -> None:
        logger.warning(
            "pacing store %s: the file was removed or replaced while in use; opening %s again, so that "
            "this process paces with the processes using the file now there",
            self.health.name,
            self._path,
        )

    def prepare(self) -> None:
        # Opening the file (and creating the table) happens once, not inside a timed booking.
        handle = self._handle.get()
        with handle.lock:
            try:
                self._connection(handle)
            except (sqlite3.Error, OSError) as exc:  # OSError: the path cannot be looked at (permissions)
                self.health.failed(exc)

    def _run(self, statement: str, key: str, step: float) -> float | None:
        handle = self._handle.get()
        with handle.lock:
            try:
                now = time.time()
                row = self._connection(handle).execute(statement, {"key": key, "now": now, "step": step}).fetchone()
            except (sqlite3.Error, OSError) as exc:
                handle.conn = None  # opened again on the next try
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
