"""Opening an SQLite file that several processes use at once (the webhook deduplicator, the pacing store), and
noticing when it is removed or replaced under them."""

from __future__ import annotations

import os
import sqlite3
import threading
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


def file_identity(path: str | PathLike[str]) -> tuple[int, int] | None:
    """The file at `path` (device, inode), None when there is none."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return info.st_dev, info.st_ino


class Handle:
    """A process's connection to a shared file (None until opened there), the file it opened, and the lock its
    threads take. Keep one per process (`_perprocess.PerProcess`)."""

    __slots__ = ("conn", "identity", "lock")

    def __init__(self) -> None:
        self.conn: sqlite3.Connection | None = None
        self.identity: tuple[int, int] | None = None
        self.lock = threading.Lock()

    def connect(
        self,
        path: str | PathLike[str],
        busy_timeout: float,
        set_up: Callable[[sqlite3.Connection], object],
        replaced: Callable[[], object],
    ) -> sqlite3.Connection:
        """The connection, opened again (after calling `replaced`, which logs it) when the file at `path` is no
        longer the one opened: removed or replaced under running processes (a clean-up job, a deploy), each would
        otherwise go on alone with its deleted file. An `os.stat`, microseconds next to a statement."""
        if self.conn is not None and file_identity(path) != self.identity:
            replaced()
            # Our own connection, in the process that opened it: closing it touches no other process.
            self.conn.close()
            self.conn = None
        if self.conn is None:
            self.conn = open_shared(path, busy_timeout, set_up)
            self.identity = file_identity(path)
        return self.conn

    def close(self) -> None:
        """Close the connection this process opened, if any (holding `lock`): the next `connect` opens again."""
        if self.conn is not None:
            self.conn.close()
            self.conn = None
