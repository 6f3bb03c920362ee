"""Pacing schedules kept outside the client, so that every process and host using one key shares one pace.

A schedule holds a single number per key: the time of the next free send slot. Two operations change it, each
atomic in the store: `reserve` books the next slot and says how long to wait for it; `push` moves the next slot
to at least `seconds` from now (after a late wake-up, or a 429's Retry-After). The store's own clock decides
(Redis' TIME, the host's wall clock for SQLite), so that hosts whose clocks differ still agree.

When a store cannot be reached, its operations answer None and the rate limiter paces locally; the store's
`Health` logs one WARNING per outage and lets the store be tried again every RECONNECT_AFTER seconds.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from typing import Protocol

from ._redact import redacted_store
from .errors import ConfigurationError

logger = logging.getLogger("coldmailreseller")
# How long a client paces locally after its store failed, before trying the store again.
RECONNECT_AFTER = 5.0


class Schedule(Protocol):
    """A shared schedule, one per store URL and process (see `shared_schedule`). Each operation answers None
    when the store failed (after telling `health`); `reserve` otherwise answers the wait in seconds."""

    health: Health

    def prepare(self) -> None:
        """Connect, if not yet connected (a failure goes to `health`)."""

    def reserve(self, key: str, interval: float) -> float | None: ...

    def push(self, key: str, seconds: float) -> bool: ...

    async def prepare_async(self) -> None: ...

    async def reserve_async(self, key: str, interval: float) -> float | None: ...

    async def push_async(self, key: str, seconds: float) -> bool: ...


def pace_key(api_key: str) -> str:
    """The schedule's name: one per partner key, since CMR counts per key. A digest, so no store holds the key."""
    return "cmr:pace:" + hashlib.sha256(b"coldmailreseller pace\0" + api_key.encode()).hexdigest()[:32]


class Health:
    """Whether a store answered lately; logs its outage once and says when to try it again."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._retry_at: float | None = None
        self._lock = threading.Lock()

    def usable(self) -> bool:
        retry_at = self._retry_at
        return retry_at is None or time.monotonic() >= retry_at

    def failed(self, error: BaseException) -> None:
        """Record an outage. The message names the error's type and text, never the URL: the drivers' texts
        name the host and the cause, not the password."""
        with self._lock:
            first = self._retry_at is None
            self._retry_at = time.monotonic() + RECONNECT_AFTER
        if first:
            logger.warning(
                "rate limit store %s is unreachable (%s); pacing each client on its own until it answers again "
                "(trying it every %.0f s)",
                self.name,
                f"{type(error).__name__}: {error}",
                RECONNECT_AFTER,
            )

    def answered(self) -> None:
        if self._retry_at is None:
            return
        with self._lock:
            was_down, self._retry_at = self._retry_at is not None, None
        if was_down:
            logger.info("rate limit store %s answers again; pacing is shared again", self.name)


_schedules: dict[str, Schedule] = {}
_schedules_lock = threading.Lock()


def shared_schedule(url: str) -> Schedule:
    """The schedule for `url`, made once: the clients of a process share its connections. A schedule keeps its
    connections per process (_perprocess.py), so a client made before a fork, whose limiter holds the schedule,
    paces on connections of its own in each child."""
    with _schedules_lock:
        schedule = _schedules.get(url)
        if schedule is None:
            schedule = _schedules[url] = _open(url)
        return schedule


def _open(url: str) -> Schedule:
    if url.startswith("sqlite:///"):
        from ._pacestore_sqlite import SQLiteSchedule

        return SQLiteSchedule(url[len("sqlite://") :], name=url)
    try:
        from ._pacestore_redis import RedisSchedule
    except ImportError:
        raise ConfigurationError(
            f"rate_limit_store {redacted_store(url)!r} needs redis-py: pip install 'coldmailreseller[redis]'"
        ) from None
    return RedisSchedule(url, name=redacted_store(url))
