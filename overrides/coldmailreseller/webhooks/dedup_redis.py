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
  own earlier write instead of mistaking it for someone else's.
- redis is an optional dependency: this module imports it only when a store is created.
"""

from __future__ import annotations

import asyncio
import math
from typing import TYPE_CHECKING, Any

from .._redact import redacted_redis_url
from ..errors import ConfigurationError
from .dedup import DEFAULT_TTL_SECONDS, Claim, ClosingStore, check_ttl, lease_seconds_or_default, new_token

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    import redis
    import redis.asyncio
    from redis.commands.core import AsyncScript, Script

__all__ = ["DEFAULT_KEY_PREFIX", "RedisDeduplicator"]

DEFAULT_KEY_PREFIX = "cmr:webhook:"
# A done key's value starts with this; a claimed key's value is the claim's token (hex), which never does.
_DONE = "done:"
# Delete the key only while it still holds this claim: after its lease ran out someone else may hold it.
_RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
_INSTALL = "pip install 'coldmailreseller[redis]'"


def _milliseconds(seconds: float | None) -> int | None:
    return None if seconds is None else max(1, math.ceil(seconds * 1000))


class RedisDeduplicator(ClosingStore):
    """Deduplicator in Redis (`pip install 'coldmailreseller[redis]'`), shared by any number of receivers.

    `url` is a redis-py URL (`redis://[[user]:password@]host:port/db`, `rediss://...` for TLS, `unix://...`).
    Keys are `key_prefix` + the event key; done events expire after `ttl_seconds` (None: never). Creating the
    store does not connect; the first call does. Sync calls share a connection pool and may come from any thread;
    async calls use a client of their own, made on first use in the running event loop. `close()` / `aclose()`,
    or use it as a (sync or async) context manager. `repr()` and the errors raised here never show the password.
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
            import redis.backoff
            import redis.retry
        except ImportError:
            raise ConfigurationError(f"RedisDeduplicator needs the redis package: {_INSTALL}") from None
        self._where = redacted_redis_url(url)
        self._ttl_ms = _milliseconds(check_ttl(ttl_seconds))
        self._prefix = key_prefix
        self._url = url
        # Finite timeouts, so that an unreachable Redis fails the delivery (CMR then retries it) instead of
        # hanging the receiver. redis-py's own retries are off: _call retries once, knowing what is safe to retry.
        self._socket_timeout = socket_timeout
        self._connection_errors: tuple[type[Exception], ...] = (redis.ConnectionError, redis.TimeoutError)
        try:
            self._client: redis.Redis = redis.Redis.from_url(
                url,
                decode_responses=True,
                retry=redis.retry.Retry(redis.backoff.NoBackoff(), 0),
                socket_timeout=socket_timeout,
                socket_connect_timeout=socket_timeout,
            )
        except ValueError:
            raise ConfigurationError(f"not a usable Redis URL: {self._where}") from None
        self._release: Script = self._client.register_script(_RELEASE)
        # The asyncio client and its script, with the event loop they belong to: a client cannot move between loops.
        self._async: tuple[asyncio.AbstractEventLoop, redis.asyncio.Redis, AsyncScript] | None = None

    def _key(self, event_id: str) -> str:
        return self._prefix + event_id

    def seen(self, event_id: str) -> bool:
        return not self._set_new(self._key(event_id), _DONE + new_token(), self._ttl_ms)

    def claim(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        claim = Claim(event_id, new_token(), lease_seconds_or_default(lease_seconds))
        taken = self._set_new(self._key(event_id), claim.token, _milliseconds(claim.lease_seconds))
        return claim if taken else None

    def complete(self, claim: Claim) -> None:
        key = self._key(claim.event_id)
        self._call(lambda: self._client.set(key, _DONE + claim.token, px=self._ttl_ms))

    def release(self, claim: Claim) -> None:
        key = self._key(claim.event_id)
        self._call(lambda: self._release(keys=[key], args=[claim.token]))

    def is_done(self, event_id: str) -> bool:
        key = self._key(event_id)
        value = self._call(lambda: self._client.get(key))
        return isinstance(value, str) and value.startswith(_DONE)

    def _set_new(self, key: str, value: str, px: int | None) -> bool:
        try:
            return bool(self._client.set(key, value, nx=True, px=px))
        except self._connection_errors:
            # The first SET may have been applied before the connection broke. Then the key holds our value,
            # which no other call uses, and the mark is ours.
            return bool(self._client.set(key, value, nx=True, px=px)) or self._client.get(key) == value

    def _call(self, operation: Callable[[], Any]) -> Any:
        try:
            return operation()
        except self._connection_errors:
            return operation()  # on a new connection: these operations may safely run twice

    async def seen_async(self, event_id: str) -> bool:
        return not await self._set_new_async(self._key(event_id), _DONE + new_token(), self._ttl_ms)

    async def claim_async(self, event_id: str, *, lease_seconds: float | None = None) -> Claim | None:
        claim = Claim(event_id, new_token(), lease_seconds_or_default(lease_seconds))
        taken = await self._set_new_async(self._key(event_id), claim.token, _milliseconds(claim.lease_seconds))
        return claim if taken else None

    async def complete_async(self, claim: Claim) -> None:
        key = self._key(claim.event_id)
        client, _ = self._async_client()
        await self._call_async(lambda: client.set(key, _DONE + claim.token, px=self._ttl_ms))

    async def release_async(self, claim: Claim) -> None:
        key = self._key(claim.event_id)
        _, release = self._async_client()
        await self._call_async(lambda: release(keys=[key], args=[claim.token]))

    async def is_done_async(self, event_id: str) -> bool:
        key = self._key(event_id)
        client, _ = self._async_client()
        value = await self._call_async(lambda: client.get(key))
        return isinstance(value, str) and value.startswith(_DONE)

    async def _set_new_async(self, key: str, value: str, px: int | None) -> bool:
        client, _ = self._async_client()
        try:
            return bool(await client.set(key, value, nx=True, px=px))
        except self._connection_errors:
            return bool(await client.set(key, value, nx=True, px=px)) or await client.get(key) == value

    async def _call_async(self, operation: Callable[[], Awaitable[Any]]) -> Any:
        try:
            return await operation()
        except self._connection_errors:
            return await operation()

    def _async_client(self) -> tuple[redis.asyncio.Redis, AsyncScript]:
        loop = asyncio.get_running_loop()
        if self._async is None or self._async[0] is not loop:
            import redis.asyncio
            import redis.asyncio.retry
            import redis.backoff

            client = redis.asyncio.Redis.from_url(
                self._url,
                decode_responses=True,
                retry=redis.asyncio.retry.Retry(redis.backoff.NoBackoff(), 0),
                socket_timeout=self._socket_timeout,
                socket_connect_timeout=self._socket_timeout,
            )
            self._async = (loop, client, client.register_script(_RELEASE))
        return self._async[1], self._async[2]

    def close(self) -> None:
        """Close the sync connections. An async client is closed by `aclose()`, in its event loop."""
        self._client.close()

    async def aclose(self) -> None:
        """Close the async client (when this event loop made one) and the sync connections."""
        if self._async is not None:
            loop, client, _ = self._async
            self._async = None
            if loop is asyncio.get_running_loop():
                await client.aclose()
        self._client.close()

    def __repr__(self) -> str:
        ttl = None if self._ttl_ms is None else self._ttl_ms / 1000
        return f"{type(self).__name__}({self._where!r}, ttl_seconds={ttl}, key_prefix={self._prefix!r})"
