"""The Redis clients of the webhook stores (the deduplicator, the event store): how they connect and close.

A store keeps one `RedisClients` per process (_perprocess.py): a sync client with the store's Lua script, and the
asyncio client of the event loop that made it (a client cannot move between event loops). Timeouts are finite,
so that an unreachable Redis fails the call instead of hanging it, and redis-py's own retries are off: each store
retries once itself, knowing what is safe to send twice. Responses are decoded (str).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

if TYPE_CHECKING:
    import redis
    import redis.asyncio
    from redis.commands.core import AsyncScript, Script

__all__ = ["RedisClients", "password"]


def password(url: str) -> str | None:
    """The password a Redis URL carries (user info or `?password=`), to blank it should a driver ever quote it."""
    parts = urlsplit(url)
    found = parts.password or parse_qs(parts.query).get("password", [""])[0]
    return unquote(found) or None


class RedisClients:
    """A process's sync `client` and `script` (the store's Lua), and `for_loop()`'s asyncio client and script.
    Raises ValueError for a URL redis-py cannot use."""

    __slots__ = ("_lua", "_socket_timeout", "_url", "async_", "client", "script")

    def __init__(self, url: str, lua: str, socket_timeout: float) -> None:
        import redis

        self._url = url
        self._lua = lua
        self._socket_timeout = socket_timeout
        self.client: redis.Redis = redis.Redis.from_url(url, **self._options(asynchronous=False))
        self.script: Script = self.client.register_script(lua)
        self.async_: tuple[asyncio.AbstractEventLoop, redis.asyncio.Redis, AsyncScript] | None = None

    def _options(self, *, asynchronous: bool) -> dict[str, Any]:
        import redis.asyncio.retry
        import redis.backoff
        import redis.retry

        retry_class = redis.asyncio.retry.Retry if asynchronous else redis.retry.Retry
        return {
            "decode_responses": True,
            "retry": retry_class(redis.backoff.NoBackoff(), 0),
            "socket_timeout": self._socket_timeout,
            "socket_connect_timeout": self._socket_timeout,
        }

    def for_loop(self) -> tuple[redis.asyncio.Redis, AsyncScript]:
        """The asyncio client and script of the running event loop, made on its first use there."""
        loop = asyncio.get_running_loop()
        if self.async_ is None or self.async_[0] is not loop:
            import redis.asyncio

            client = redis.asyncio.Redis.from_url(self._url, **self._options(asynchronous=True))
            self.async_ = (loop, client, client.register_script(self._lua))
        return self.async_[1], self.async_[2]

    def close(self) -> None:
        """Close the sync connections. An asyncio client is closed by `aclose()`, in its event loop."""
        self.client.close()

    async def aclose(self) -> None:
        """Close the asyncio client (when this event loop made it) and the sync connections."""
        if self.async_ is not None:
            loop, client, _ = self.async_
            self.async_ = None
            if loop is asyncio.get_running_loop():
                await client.aclose()
        self.client.close()
