"""The event store: verified webhook events, kept with their correlation keys, that receivers write and waiting
callers read (`ActionResult.wait`, `OutcomeUnknownError.wait_for_outcome`).

    store = EventStore("sqlite:///var/lib/app/events.sqlite3")   # or memory, redis://..., postgresql://...
    handler = WebhookHandler(secret, events=store)                # records every verified event once
    ...
    store.events("orderId:NQ68...")                               # what arrived for that order, in order
    store.wait(["orderId:NQ68..."], after=0, timeout=600)         # True once something for it arrives

One URL picks the backend, as for the pacing store: `memory` (this process: share the `EventStore` object),
`sqlite:///absolute/path` (the processes of one host), `redis://` / `rediss://` and `postgresql://` /
`postgres://` (many hosts). Each backend lives in its own module (`_event_store_<name>.py`) and imports its
driver only when a store is made. Every record gets a sequence number (`seq`) increasing in arrival order across
the store, which is what `after=` and `wait` count on.

What is stored is the verified body with every secret field removed, at any depth (the names
`_excerpt.is_secret_name` flags: `password`, `appPassword`, tokens...): a store is a persisted copy shared by
processes that never needed the mailbox passwords. Events older than `retention_seconds` are no longer returned
and are deleted as new ones arrive.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from collections.abc import Callable, Sequence

from .._excerpt import scrubbed
from .._outcome_keys import correlation_keys
from .._timing import checked_timeout
from ..errors import ConfigurationError
from ._event_store_base import Backend, Pending, RecordedEvent
from .dedup import ClosingStore
from .errors import WebhookPayloadError
from .events import Event, event_id, event_name

__all__ = ["DEFAULT_RETENTION_SECONDS", "EVENT_STORE_ENV", "EventStore", "RecordedEvent", "delivery_key", "open_store"]

EVENT_STORE_ENV = "CMR_EVENT_STORE"
# A week: far beyond the longest documented wait for an outcome (orders complete within hours), and the window in
# which a caller may still reconcile an unknown outcome.
DEFAULT_RETENTION_SECONDS = 7 * 24 * 3600.0
_FORMS = "'memory', 'sqlite:///absolute/path', 'redis://host:port/db', 'rediss://...' or 'postgresql://...'"


def delivery_key(event: Event) -> str | None:
    """The event's deduplication key: its name and eventId (None for events sent without an eventId). The name is
    part of it because the docs' examples reuse one eventId across event types."""
    id_ = event_id(event)
    return None if id_ is None else f"{event_name(event)}:{id_}"


def _positive(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not (value > 0 and math.isfinite(value)):
        raise ConfigurationError(f"{name} must be a positive, finite number of seconds, not {value!r}")
    return float(value)


def shown(url: str) -> str:
    """A store URL as it may be shown: without the password it may carry."""
    scheme = url.partition("://")[0]
    if scheme in ("redis", "rediss"):
        from .._redact import redacted_redis_url

        return redacted_redis_url(url)
    if scheme in ("postgresql", "postgres"):
        from ._postgres import redacted_dsn

        try:
            return redacted_dsn(url)
        except ConfigurationError:
            return f"{scheme}://..."
    if scheme == "sqlite" or url == "memory":
        return url
    return f"{scheme}://..." if "://" in url else "<not a URL>"


def _open(url: str, retention: float) -> Backend:
    """The backend for a URL; ConfigurationError naming the accepted forms for anything else."""
    scheme, sep, rest = url.partition("://")
    if url == "memory":
        from ._event_store_memory import MemoryBackend

        return MemoryBackend()
    if sep and scheme == "sqlite":
        if not rest.startswith("/") or rest == "/":
            raise ConfigurationError(f"event store {url!r} names no absolute path: use sqlite:///absolute/path")
        from ._event_store_sqlite import SQLiteBackend

        return SQLiteBackend(rest)
    if sep and scheme in ("redis", "rediss"):
        from ._event_store_redis import RedisBackend

        return RedisBackend(url, retention)
    if sep and scheme in ("postgresql", "postgres"):
        from ._event_store_postgres import PostgresBackend

        return PostgresBackend(url)
    raise ConfigurationError(f"the event store must be {_FORMS}, got {shown(url)!r}")


class EventStore(ClosingStore):
    """Verified webhook events with their correlation keys, shared by the receivers that record them and the
    callers that wait for them (see the module docstring).

    `url` picks the backend: `memory`, `sqlite:///absolute/path`, `redis://...` / `rediss://...`,
    `postgresql://...` / `postgres://...`. Events older than `retention_seconds` (default a week) are not returned
    and are deleted as new ones are recorded. `clock` gives `received_at` and decides retention (epoch seconds; one
    clock for every process sharing the store, so keep the default outside tests). Creating a Redis or PostgreSQL
    store does not connect; the first call does. Each process uses connections of its own, so a store made before
    a fork works in the children. A store that fails raises `EventStoreError` (status_code 503). `repr()` never
    shows a password. `close()` / `aclose()`, or use it as a (sync or async) context manager.
    """

    def __init__(
        self,
        url: str,
        *,
        retention_seconds: float = DEFAULT_RETENTION_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not isinstance(url, str):
            raise ConfigurationError(f"the event store must be a URL ({_FORMS}), got {type(url).__name__}")
        self._url = url.strip()
        self._retention = _positive("retention_seconds", retention_seconds)
        self._clock = clock
        self._backend = _open(self._url, self._retention)

    @classmethod
    def from_env(cls, *, retention_seconds: float = DEFAULT_RETENTION_SECONDS) -> EventStore:
        """The store named by the `CMR_EVENT_STORE` environment variable; ConfigurationError when it is unset."""
        url = os.environ.get(EVENT_STORE_ENV, "").strip()
        if not url:
            raise ConfigurationError(f"{EVENT_STORE_ENV} is not set: set it to {_FORMS}")
        return cls(url, retention_seconds=retention_seconds)

    @property
    def location(self) -> str:
        """Where the store is, as it may be shown (no password)."""
        return self._backend.where

    @property
    def retention_seconds(self) -> float:
        return self._retention

    # -- recording ------------------------------------------------------------------------------------------

    def record(self, event: Event, body: bytes | str) -> bool:
        """Record a verified event (`body` is its delivery body); False when it was already recorded: the same
        event name and eventId, or, for an event without an eventId, the same body."""
        now = self._clock()
        return self._backend.record(self._pending(event, body, now), now - self._retention)

    async def record_async(self, event: Event, body: bytes | str) -> bool:
        """`record` without blocking the event loop."""
        now = self._clock()
        return await self._backend.record_async(self._pending(event, body, now), now - self._retention)

    @staticmethod
    def _pending(event: Event, body: bytes | str, now: float) -> Pending:
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError) as exc:
            raise WebhookPayloadError(f"not JSON ({type(exc).__name__})", body=body) from None
        if not isinstance(payload, dict):
            raise WebhookPayloadError("the body is not a JSON object", body=body)
        stored = scrubbed(payload)
        dedup = delivery_key(event)
        if dedup is None:  # no eventId: the body identifies it, hashed without the secrets (nothing derived from one)
            canonical = json.dumps(stored, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
            dedup = "sha256:" + hashlib.sha256(canonical).hexdigest()
        keys = correlation_keys(payload)
        return Pending(
            dedup=dedup,
            name=event_name(event),
            event_id=event_id(event),
            keys=keys,
            received_at=now,
            body=json.dumps(stored, separators=(",", ":"), ensure_ascii=False).encode(),
        )

    # -- reading --------------------------------------------------------------------------------------------

    def events(self, key: str, *, after: int = 0) -> list[RecordedEvent]:
        """The retained events correlated to `key` (`orderId:NQ68...`) with `seq` above `after`, in arrival order."""
        return self._backend.events(_key(key), _after(after), self._since())

    async def events_async(self, key: str, *, after: int = 0) -> list[RecordedEvent]:
        """`events` without blocking the event loop."""
        return await self._backend.events_async(_key(key), _after(after), self._since())

    def wait(self, keys: Sequence[str], *, after: int, timeout: float) -> bool:
        """Block until an event correlated to one of `keys` with `seq` above `after` is recorded (or already is):
        True; False when `timeout` seconds pass first. Notified where the backend can (memory, Redis pub/sub,
        PostgreSQL LISTEN/NOTIFY); SQLite is polled every 50 ms."""
        return self._backend.wait(_keys(keys), _after(after), checked_timeout(timeout), self._since)

    async def wait_async(self, keys: Sequence[str], *, after: int, timeout: float) -> bool:
        """`wait` without blocking the event loop."""
        return await self._backend.wait_async(_keys(keys), _after(after), checked_timeout(timeout), self._since)

    def _since(self) -> float:
        return self._clock() - self._retention

    # -- closing --------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close this process's connections (a memory store keeps its events)."""
        self._backend.close()

    async def aclose(self) -> None:
        """Close the connections made in this event loop, and this process's sync ones."""
        await self._backend.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._backend.where!r}, retention_seconds={self._retention})"


def open_store(value: object) -> EventStore | None:
    """An `EventStore` as given, or opened from its URL (which connects to nothing yet); None for None."""
    if value is None or isinstance(value, EventStore):
        return value
    if isinstance(value, str):
        return EventStore(value)
    raise ConfigurationError(f"event_store must be an EventStore or its URL, got {type(value).__name__}")


def _key(key: object) -> str:
    if not isinstance(key, str) or not key:
        raise ValueError(f"a correlation key is a non-empty str such as 'orderId:NQ68...', not {key!r}")
    return key


def _keys(keys: object) -> frozenset[str]:
    if isinstance(keys, str) or not isinstance(keys, Sequence | frozenset | set):
        raise ValueError(f"keys must be a sequence of correlation keys (a list, a tuple), not {type(keys).__name__}")
    if not keys:
        raise ValueError("keys is empty: name at least one correlation key to wait for")
    return frozenset(_key(key) for key in keys)


def _after(after: object) -> int:
    if isinstance(after, bool) or not isinstance(after, int) or after < 0:
        raise ValueError(f"after must be a sequence number (an int >= 0), not {after!r}")
    return after
