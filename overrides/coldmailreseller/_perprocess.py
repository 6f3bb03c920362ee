"""State that never crosses a fork: the connections of the pacing and deduplication stores, with their locks.

A store used before `os.fork()` (a gunicorn `--preload` master, a Celery prefork parent, a multiprocessing pool
started after a start-up check) holds a connection that every child inherits: the processes then write to one
socket and read each other's answers (psycopg: hangs, DuplicatePreparedStatement), or share one SQLite handle
whose locks the child does not hold. So a store keeps its connections in a `PerProcess`, checked against the
process id at each call as redis-py's pools and _connections.py do: a child that finds the parent's state makes
its own. The inherited state is dropped, never closed by us: psycopg and redis-py do not shut down a connection
made by another process when it is collected, and closing an idle sqlite3 connection releases only this
process's locks. The locks are made again too, since one that another thread held at the fork stays held in
the child forever.

A pid check (one `os.getpid()` per call) rather than `os.register_at_fork`: it also holds for forks that run no
Python hooks, and keeps no registry of stores.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PerProcess(Generic[T]):
    """A value of this process, made by `factory` on first use in each process."""

    __slots__ = ("_factory", "_state")

    def __init__(self, factory: Callable[[], T]) -> None:
        self._factory = factory
        self._state = (os.getpid(), factory())

    def get(self) -> T:
        state = self._state
        if state[0] != os.getpid():
            # Threads of a new child racing here each make a value and use it for this call; the last one stays.
            # The tuple is replaced in one assignment, so no lock (which a fork could leave held) is needed.
            state = (os.getpid(), self._factory())
            self._state = state
        return state[1]
