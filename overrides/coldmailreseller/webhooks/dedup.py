"""Remembering which events were already received, because CMR re-delivers an event until it gets a 200.

Two ways to use a store. `seen()` marks an event when it arrives: simple, but if the receiver then dies before
its work is done, the event is lost, because the redelivery is a "duplicate". The claim lifecycle closes that gap:
`claim()` takes the event for a limited lease, `complete()` marks it done once the work succeeded, and `release()`
(or the lease running out, when the receiver died) lets a redelivery take it again. A completed event is never
claimed again while its mark lasts (`ttl`), so finished work is never repeated.

Every store here offers both, with the same meaning, so that moving from one process (in memory) to one host
(SQLite) to many hosts (Redis, PostgreSQL: dedup_redis.py, dedup_postgres.py) changes one line.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import secrets
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from os import PathLike
from types import TracebackType
from typing import Protocol, Self, TypeVar

from .._perprocess import PerProcess
from .._sqlite import Handle
from .errors import DeduplicationStoreError

logger = logging.getLogger("coldmailreseller")

__all__ = [
    "DEFAULT_LEASE_SECONDS",
    "DEFAULT_TTL_SECONDS",
    "AsyncClaimingDeduplicator",
    "AsyncDeduplicator",
    "Claim",
    "ClaimingDeduplicator",
    "Deduplicator",
    "InMemoryDeduplicator",
    "SQLiteDeduplicator",
]

_T = TypeVar("_T")

# How long a claim holds an event by default. CMR waits 60 s for an answer and then treats the delivery as
# failed and sends it again, so work done inside the request cannot usefully take longer; a receiver that dies
# frees its events after this long. Work that takes longer belongs in a queue, or needs a longer `lease_seconds`.
DEFAULT_LEASE_SECONDS = 60.0
# How long a shared store remembers an event: far beyond CMR's retries (about five minutes) and the manual
# retries from the dashboard that usually follow within days.
DEFAULT_TTL_SECONDS = 7 * 24 * 3600.0


@dataclass(frozen=True, slots=True)
class Claim:
    """The right to process `event_id` for `lease_seconds`, proven by `token`. Pass it to `complete` or
    `release`; a claim whose lease ran out can still be completed."""

    event_id: str
    token: str
    lease_seconds: float


class Deduplicator(Protocol):
    def seen(self, event_id: str) -> bool:
        """Record `event_id` and return whether it had already been recorded, in one atomic step: of several
        concurrent calls with the same id, exactly one returns False."""
        ...


class AsyncDeduplicator(Protocol):
    async def seen_async(self, event_id: str) -> bool:
        """`seen` for an asyncio receiver: the same atomic record-and-check, without blocking the event loop."""
        ...


class ClaimingDeduplicator(Deduplicator, Protocol):
    def claim(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        """Take `event_id` for processing, atomically: a `Claim` when it is new or an earlier claim's lease ran
        out without completion; None when it was completed (or marked by `seen`) or another caller holds a live
        claim. Of several concurrent calls, at most one gets a Claim. The lease defaults to
        `DEFAULT_LEASE_SECONDS`."""
        ...

    def complete(self, claim: Claim) -> None:
        """Mark the event done for the store's TTL, even if the claim's lease ran out meanwhile."""
        ...

    def release(self, claim: Claim) -> None:
        """Give the event up so that a redelivery can claim it at once; nothing happens when the claim is no
        longer the current one (its lease ran out and someone else claimed, or it was completed)."""
        ...

    def is_done(self, event_id: str) -> bool:
        """Whether `event_id` was completed (or marked by `seen`) and the mark has not expired. Tells a delivery
        of finished work (answer 200) from one another receiver is still processing (answer an error, so that
        CMR tries again, in case that receiver dies)."""
        ...


class AsyncClaimingDeduplicator(AsyncDeduplicator, Protocol):
    async def claim_async(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        """`claim` without blocking the event loop."""
        ...

    async def complete_async(self, claim: Claim) -> None:
        """`complete` without blocking the event loop."""
        ...

    async def release_async(self, claim: Claim) -> None:
        """`release` without blocking the event loop."""
        ...

    async def is_done_async(self, event_id: str) -> bool:
        """`is_done` without blocking the event loop."""
        ...


def lease_seconds_or_default(lease_seconds: float | None) -> float:
    """The lease to use for a claim: the default for None, and only a positive, finite number of seconds."""
    if lease_seconds is None:
        return DEFAULT_LEASE_SECONDS
    if not (lease_seconds > 0 and math.isfinite(lease_seconds)):
        raise ValueError(f"lease_seconds must be a positive number of seconds, not {lease_seconds!r}")
    return float(lease_seconds)


def check_ttl(ttl_seconds: float | None) -> float | None:
    if ttl_seconds is not None and not (ttl_seconds > 0 and math.isfinite(ttl_seconds)):
        raise ValueError(f"ttl_seconds must be a positive number of seconds or None, not {ttl_seconds!r}")
    return None if ttl_seconds is None else float(ttl_seconds)


def new_token() -> str:
    return secrets.token_hex(16)


def store_failure(
    store: str, operation: str, error: BaseException, *, secret: str | None = None
) -> DeduplicationStoreError:
    """Our error for a store's failure: the driver's exception type and text, without the password (`secret`,
    blanked should a driver ever quote it). Raise it `from None`: the driver's exception may hold the connection."""
    text = f"{type(error).__module__.partition('.')[0]}.{type(error).__name__}: {error}".strip()
    if secret:
        text = text.replace(secret, "***")
    return DeduplicationStoreError(store=store, operation=operation, cause=text)


class ClosingStore:
    """`with` and `async with` over `close()` / `aclose()`, for the stores that hold connections."""

    def close(self) -> None:
        raise NotImplementedError

    async def aclose(self) -> None:
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


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
        # Done ids and when they were marked. Insertion order is marking order (a re-marked id moves to the end),
        # so the oldest ids are always at the front.
        self._ids: OrderedDict[str, float] = OrderedDict()
        # Ids being processed: the claim's token and when its lease ends.
        self._claims: dict[str, tuple[str, float]] = {}

    def seen(self, event_id: str) -> bool:
        now = self._clock()
        with self._lock:
            self._expire(now)
            if event_id in self._ids or self._live_claim(event_id, now):
                return True
            self._claims.pop(event_id, None)
            self._mark(event_id, now)
            return False

    async def seen_async(self, event_id: str) -> bool:
        return self.seen(event_id)  # a dictionary lookup under a lock held for microseconds: no need for a thread

    def claim(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        lease = lease_seconds_or_default(lease_seconds)
        now = self._clock()
        with self._lock:
            self._expire(now)
            if event_id in self._ids or self._live_claim(event_id, now):
                return None
            claim = Claim(event_id, new_token(), lease)
            self._claims.pop(event_id, None)
            self._claims[event_id] = (claim.token, now + lease)
            if len(self._claims) > self._max_size:
                # Claims that were never completed nor released (dead receivers) would otherwise pile up.
                for stale in [id_ for id_, (_, until) in self._claims.items() if until <= now]:
                    del self._claims[stale]
                if len(self._claims) > self._max_size:
                    del self._claims[next(iter(self._claims))]
            return claim

    def complete(self, claim: Claim) -> None:
        now = self._clock()
        with self._lock:
            self._claims.pop(claim.event_id, None)
            self._mark(claim.event_id, now)

    def release(self, claim: Claim) -> None:
        with self._lock:
            held = self._claims.get(claim.event_id)
            if held is not None and held[0] == claim.token:
                del self._claims[claim.event_id]

    def is_done(self, event_id: str) -> bool:
        now = self._clock()
        with self._lock:
            self._expire(now)
            return event_id in self._ids

    async def claim_async(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        return self.claim(event_id, lease_seconds=lease_seconds)

    async def complete_async(self, claim: Claim) -> None:
        self.complete(claim)

    async def release_async(self, claim: Claim) -> None:
        self.release(claim)

    async def is_done_async(self, event_id: str) -> bool:
        return self.is_done(event_id)

    def _live_claim(self, event_id: str, now: float) -> bool:
        held = self._claims.get(event_id)
        return held is not None and held[1] > now

    def _mark(self, event_id: str, now: float) -> None:
        self._ids[event_id] = now
        self._ids.move_to_end(event_id)
        if len(self._ids) > self._max_size:
            self._ids.popitem(last=False)

    def _expire(self, now: float) -> None:
        if self._ttl is not None:
            while self._ids and next(iter(self._ids.values())) <= now - self._ttl:
                self._ids.popitem(last=False)

    def __len__(self) -> int:
        """The number of ids marked done (by `seen` or `complete`) and not yet expired or evicted."""
        with self._lock:
            return len(self._ids)


class SQLiteDeduplicator(ClosingStore):
    """Store in an SQLite file that survives restarts and can be shared by several threads and processes on one
    host (not over a network file system: SQLite locking is unreliable there).

    An id older than `ttl_seconds` counts as new again; `purge()` deletes such rows. Each process uses its own
    connection: an instance made before a fork opens another in the child on its first call there. Time comes
    from `clock` (this host's clock), which is one clock for every process sharing the file. A failing file
    (locked past `busy_timeout`, an I/O error, a full disk) raises `DeduplicationStoreError`.
    """

    _SCHEMA = (
        # A row with token NULL is done (marked by `seen` or `complete`) at received_at; a row with a token is
        # claimed until lease_until. Files written before claims existed lack the two columns: _set_up adds them.
        "CREATE TABLE IF NOT EXISTS cmr_webhook_events "
        "(event_id TEXT PRIMARY KEY, received_at REAL NOT NULL, token TEXT, lease_until REAL)",
        "CREATE INDEX IF NOT EXISTS cmr_webhook_events_received_at ON cmr_webhook_events (received_at)",
    )
    # Each operation is one statement, so that the check and the mark are atomic across threads and processes. An
    # upsert changes no row (rowcount 0) when the id is taken: done and still fresh, or claimed with a live lease.
    _TAKEN_UNLESS = (
        "WHERE (token IS NULL AND received_at <= :expired_before) OR (token IS NOT NULL AND lease_until <= :now)"
    )
    _MARK = (
        "INSERT INTO cmr_webhook_events (event_id, received_at) VALUES (:id, :now) "
        "ON CONFLICT (event_id) DO UPDATE SET received_at = excluded.received_at, token = NULL, lease_until = NULL "
        + _TAKEN_UNLESS
    )
    _CLAIM = (
        "INSERT INTO cmr_webhook_events (event_id, received_at, token, lease_until) "
        "VALUES (:id, :now, :token, :lease_until) "
        "ON CONFLICT (event_id) DO UPDATE SET received_at = excluded.received_at, token = excluded.token, "
        "lease_until = excluded.lease_until " + _TAKEN_UNLESS
    )
    _COMPLETE = (
        "INSERT INTO cmr_webhook_events (event_id, received_at) VALUES (:id, :now) "
        "ON CONFLICT (event_id) DO UPDATE SET received_at = excluded.received_at, token = NULL, lease_until = NULL"
    )
    _RELEASE = "DELETE FROM cmr_webhook_events WHERE event_id = :id AND token = :token"
    _IS_DONE = (
        "SELECT 1 FROM cmr_webhook_events WHERE event_id = :id AND token IS NULL AND received_at > :expired_before"
    )

    def __init__(
        self,
        path: str | PathLike[str],
        ttl_seconds: float | None = DEFAULT_TTL_SECONDS,
        *,
        busy_timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._ttl = check_ttl(ttl_seconds)
        self._clock = clock
        self._path = path
        self._where = os.fspath(path)
        self._busy_timeout = busy_timeout
        self._closed = False
        # One connection per process (opened again in a child), guarded by a lock, shared by its threads.
        self._local = PerProcess(Handle)
        self._connection(self._local.get(), "open")  # a file that cannot be opened fails here, not on the first event

    def _set_up(self, conn: sqlite3.Connection) -> None:
        for statement in self._SCHEMA:
            conn.execute(statement)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(cmr_webhook_events)")}
        for column, type_ in (("token", "TEXT"), ("lease_until", "REAL")):
            if column not in columns:
                self._add_column(conn, column, type_)

    @staticmethod
    def _add_column(conn: sqlite3.Connection, column: str, type_: str) -> None:
        try:
            conn.execute(f"ALTER TABLE cmr_webhook_events ADD COLUMN {column} {type_}")
        except sqlite3.OperationalError as exc:
            if "duplicate column" not in str(exc):  # another process upgraded the file first
                raise

    def seen(self, event_id: str) -> bool:
        return self._execute("seen", self._MARK, id=event_id) == 0

    async def seen_async(self, event_id: str) -> bool:
        """`seen` in a worker thread, so that a busy database file does not stall the event loop."""
        return await asyncio.to_thread(self.seen, event_id)

    def claim(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        claim = Claim(event_id, new_token(), lease_seconds_or_default(lease_seconds))
        now = self._clock()
        taken = self._execute(
            "claim", self._CLAIM, now, id=event_id, token=claim.token, lease_until=now + claim.lease_seconds
        )
        return claim if taken == 1 else None

    def complete(self, claim: Claim) -> None:
        self._execute("complete", self._COMPLETE, id=claim.event_id)

    def release(self, claim: Claim) -> None:
        self._execute("release", self._RELEASE, id=claim.event_id, token=claim.token)

    def is_done(self, event_id: str) -> bool:
        values = self._values(self._clock(), id=event_id)
        return self._run("is_done", lambda conn: conn.execute(self._IS_DONE, values).fetchone() is not None)

    async def claim_async(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        return await asyncio.to_thread(self.claim, event_id, lease_seconds=lease_seconds)

    async def complete_async(self, claim: Claim) -> None:
        await asyncio.to_thread(self.complete, claim)

    async def release_async(self, claim: Claim) -> None:
        await asyncio.to_thread(self.release, claim)

    async def is_done_async(self, event_id: str) -> bool:
        return await asyncio.to_thread(self.is_done, event_id)

    def _execute(self, operation: str, statement: str, now: float | None = None, **params: object) -> int:
        values = self._values(self._clock() if now is None else now, **params)
        return self._run(operation, lambda conn: conn.execute(statement, values).rowcount)

    def _run(self, operation: str, work: Callable[[sqlite3.Connection], _T]) -> _T:
        handle = self._local.get()
        with handle.lock:
            conn = self._connection(handle, operation)
            try:
                return work(conn)
            except sqlite3.OperationalError as exc:  # locked past the busy timeout, an I/O error, a full disk
                raise store_failure(self._where, operation, exc) from None

    def _values(self, now: float, **params: object) -> dict[str, object]:
        """The statement's parameters: sqlite3 takes the named ones a statement uses and ignores the others."""
        return {"now": now, "expired_before": -float("inf") if self._ttl is None else now - self._ttl, **params}

    def purge(self) -> int:
        """Delete ids older than the TTL, and claims whose lease ran out, and return how many were deleted."""
        statement = "DELETE FROM cmr_webhook_events WHERE (token IS NOT NULL AND lease_until <= :now)"
        if self._ttl is not None:
            statement += " OR (token IS NULL AND received_at <= :expired_before)"
        return self._execute("purge", statement)

    def close(self) -> None:
        """Close this process's connection (one inherited from a parent is left alone)."""
        handle = self._local.get()
        with handle.lock:
            self._closed = True
            handle.close()

    def _connection(self, handle: Handle, operation: str) -> sqlite3.Connection:
        if self._closed:
            raise RuntimeError("the SQLiteDeduplicator is closed")
        try:
            return handle.connect(self._path, self._busy_timeout, self._set_up, self._replaced)
        except sqlite3.OperationalError as exc:
            raise store_failure(self._where, operation, exc) from None

    def _replaced(self) -> None:
        # The marks of the old file are gone with it: events it had seen count as new in the file now there.
        logger.warning(
            "webhook deduplication store %s: the file was removed or replaced while in use; opening it again "
            "(events marked in the old file count as new)",
            self._where,
        )
