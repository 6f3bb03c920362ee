"""Webhook deduplication in Redis, for receivers on several hosts.

Why Redis: when CMR's retries can land on any of several hosts, the memory of which events were handled must be
shared, and most deployments that run several receivers already have a Redis. Why this shape:

- Every mark is one `SET key value NX` with an expiry, which Redis applies atomically: of several hosts asking
  at the same moment exactly one wins, with no lock to take and no lock to leak.
- A claim is a key whose expiry is the lease, so the claim of a receiver that died simply vanishes and the next
  redelivery can take the event; completing replaces it with a "done" key that lives for the TTL.
- The Redis server's clock decides every expiry, so the receivers' clocks do not have to agree.
- Each call is retried once after a broken connection (a restarted Redis, a dropped idle socket). A `SET NX`
  whose answer was lost may have been applied; every value is unique to its call, so the retry recognises its
  own earlier write instead of mistaking it for someone else's. A call that still fails raises
  `DeduplicationStoreError`, never redis-py's exception: the receiver answers 503 and CMR delivers again.
- Each process uses clients of its own (_perprocess.py): a store used before a fork connects again in a child.
- A mark lives as long as Redis keeps its data: without persistence (`appendonly yes`) a restarted Redis has
  forgotten every event, and redeliveries are processed again (docs/webhooks.md has the figures).
- redis is an optional dependency: this module imports it only when a store is created.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, TypeVar

from .._perprocess import PerProcess
from .._redact import redacted_redis_url
from ..errors import ConfigurationError
from ._redis import RedisClients, password
from .dedup import (
    DEFAULT_TTL_SECONDS,
    Claim,
    ClosingStore,
    check_ttl,
    lease_seconds_or_default,
    new_token,
    store_failure,
)

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable


__all__ = ["DEFAULT_KEY_PREFIX", "RedisDeduplicator"]

DEFAULT_KEY_PREFIX = "cmr:webhook:"
# A done key's value starts with this; a claimed key's value is the claim's token (hex), which never does.
_DONE = "done:"
# Delete the key only while it still holds this claim: after its lease ran out someone else may hold it.
_RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
_INSTALL = "pip install 'coldmailreseller[redis]'"
_T = TypeVar("_T")


def _milliseconds(seconds: float | None) -> int | None:
    return None if seconds is None else max(1, math.ceil(seconds * 1000))


class RedisDeduplicator(ClosingStore):
    """Deduplicator in Redis (`pip install 'coldmailreseller[redis]'`), shared by any number of receivers.

    `url` is a redis-py URL (`redis://[[user]:password@]host:port/db`, `rediss://...` for TLS, `unix://...`).
    Keys are `key_prefix` + the event key; done events expire after `ttl_seconds` (None: never). Creating the
    store does not connect; the first call does. Sync calls share a connection pool and may come from any thread;
    async calls use a client of their own, made on first use in the running event loop; each process has its own.
    `close()` / `aclose()`, or use it as a (sync or async) context manager. A Redis that does not answer raises
    `DeduplicationStoreError`. `repr()` and the errors raised here never show the password.
    """

    def __init__(
        self,
        url: str,
        *,
        ttl_seconds: float | None = DEFAULT_TTL_SECONDS,
        key_prefix: str = DEFAULT_KEY_PREFIX,
        socket_timeout: float = 5.0,
    ) -> None:
        try:
            import redis
        except ImportError:
            raise ConfigurationError(f"RedisDeduplicator needs the redis package: {_INSTALL}") from None
        self._where = redacted_redis_url(url)
        self._ttl_ms = _milliseconds(check_ttl(ttl_seconds))
        self._prefix = key_prefix
        self._connection_errors: tuple[type[Exception], ...] = (redis.ConnectionError, redis.TimeoutError)
        # Anything else from Redis (LOADING after a restart, READONLY after a failover, MISCONF) is an outage too.
        self._failures: tuple[type[Exception], ...] = (redis.RedisError, OSError)
        self._secret = password(url)
        # Finite timeouts, so that an unreachable Redis fails the delivery (CMR then retries it) instead of
        # hanging the receiver; redis-py's own retries are off: _run retries once, knowing what is safe to retry.
        try:
            self._local = PerProcess(lambda: RedisClients(url, _RELEASE, socket_timeout))
        except ValueError:
            raise ConfigurationError(f"not a usable Redis URL: {self._where}") from None

    def _key(self, event_id: str) -> str:
        return self._prefix + event_id

    def seen(self, event_id: str) -> bool:
        return not self._set_new("seen", self._key(event_id), _DONE + new_token(), self._ttl_ms)

    def claim(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        claim = Claim(event_id, new_token(), lease_seconds_or_default(lease_seconds))
        taken = self._set_new("claim", self._key(event_id), claim.token, _milliseconds(claim.lease_seconds))
        return claim if taken else None

    def complete(self, claim: Claim) -> None:
        key, client = self._key(claim.event_id), self._local.get().client
        self._run("complete", lambda: client.set(key, _DONE + claim.token, px=self._ttl_ms))

    def release(self, claim: Claim) -> None:
        key, release = self._key(claim.event_id), self._local.get().script
        self._run("release", lambda: release(keys=[key], args=[claim.token]))

    def is_done(self, event_id: str) -> bool:
        key, client = self._key(event_id), self._local.get().client
        value = self._run("is_done", lambda: client.get(key))
        return isinstance(value, str) and value.startswith(_DONE)

    def _set_new(self, operation: str, key: str, value: str, px: int | None) -> bool:
        client = self._local.get().client
        # The first SET may have been applied before the connection broke. Then the key holds our value, which no
        # other call uses, and the mark is ours.
        return self._run(
            operation,
            lambda: bool(client.set(key, value, nx=True, px=px)),
            lambda: bool(client.set(key, value, nx=True, px=px)) or client.get(key) == value,
        )

    def _run(self, operation: str, call: Callable[[], _T], retry: Callable[[], _T] | None = None) -> _T:
        try:
            try:
                return call()
            except self._connection_errors:
                return (retry or call)()  # on a new connection: these operations may safely run twice
        except self._failures as exc:
            raise store_failure(self._where, operation, exc, secret=self._secret) from None

    async def seen_async(self, event_id: str) -> bool:
        return not await self._set_new_async("seen", self._key(event_id), _DONE + new_token(), self._ttl_ms)

    async def claim_async(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        claim = Claim(event_id, new_token(), lease_seconds_or_default(lease_seconds))
        taken = await self._set_new_async("claim", self._key(event_id), claim.token, _milliseconds(claim.lease_seconds))
        return claim if taken else None

    async def complete_async(self, claim: Claim) -> None:
        key, (client, _) = self._key(claim.event_id), self._local.get().for_loop()
        await self._run_async("complete", lambda: client.set(key, _DONE + claim.token, px=self._ttl_ms))

    async def release_async(self, claim: Claim) -> None:
        key, (_, release) = self._key(claim.event_id), self._local.get().for_loop()
        await self._run_async("release", lambda: release(keys=[key], args=[claim.token]))

    async def is_done_async(self, event_id: str) -> bool:
        key, (client, _) = self._key(event_id), self._local.get().for_loop()
        value = await self._run_async("is_done", lambda: client.get(key))
        return isinstance(value, str) and value.startswith(_DONE)

    async def _set_new_async(self, operation: str, key: str, value: str, px: int | None) -> bool:
        client, _ = self._local.get().for_loop()

        async def set_new() -> bool:
            return bool(await client.set(key, value, nx=True, px=px))

        async def set_new_or_recognise() -> bool:
            return await set_new() or await client.get(key) == value

        return bool(await self._run_async(operation, set_new, set_new_or_recognise))

    async def _run_async(
        self, operation: str, call: Callable[[], Awaitable[Any]], retry: Callable[[], Awaitable[Any]] | None = None
    ) -> Any:
        try:
            try:
                return await call()
            except self._connection_errors:
                return await (retry or call)()
        except self._failures as exc:
            raise store_failure(self._where, operation, exc, secret=self._secret) from None

    def close(self) -> None:
        """Close this process's sync connections. An async client is closed by `aclose()`, in its event loop."""
        self._local.get().close()

    async def aclose(self) -> None:
        """Close the async client (when this event loop made one) and the sync connections."""
        await self._local.get().aclose()

    def __repr__(self) -> str:
        ttl = None if self._ttl_ms is None else self._ttl_ms / 1000
        return f"{type(self).__name__}({self._where!r}, ttl_seconds={ttl}, key_prefix={self._prefix!r})"
