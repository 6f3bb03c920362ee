"""Opening an SQLite file that several processes use at once (the webhook deduplicator, the pacing schedule)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from os import PathLike


def open_shared(
    path: str | PathLike[str], busy_timeout: float, set_up: Callable[[sqlite3.Connection], object]
) -> sqlite3.Connection:
    """An autocommit connection (each statement its own transaction) in WAL mode, after `set_up(connection)`
    (the schema). `busy_timeout` is how long a statement waits for another process's write lock.

    WAL lets the readers and the writer of several processes work without blocking each other. Switching to it
    needs an exclusive lock that SQLite does not wait for, so processes opening a new file at the same moment
    retry here instead of failing with "database is locked".
    """
    conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            set_up(conn)
            return conn
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                conn.close()
                raise
            time.sleep(0.01)
