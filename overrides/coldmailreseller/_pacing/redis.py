"""The pacing store in Redis: shared by every host that uses one key (`redis://host:port/db`).

One Lua script does each operation, so reading the next slot and writing the one after it are atomic, and it
reads Redis' own clock (TIME), so hosts agree on when a slot is whatever their clocks say. Times are integer
microseconds: Lua numbers are doubles, exact at that size, and formatted with %d to keep every digit.
"""

from __future__ import annotations

import asyncio
from typing import Any

import redis
import redis.asyncio
from redis.backoff import NoBackoff
from redis.retry import Retry

from .._perprocess import PerProcess
from .store import PacingHealth

# A store that does not answer quickly is treated as down: pacing must never be slower than the request.
SOCKET_TIMEOUT = 0.5
# The key outlives its last slot by this long, so that abandoned keys do not stay in Redis.
IDLE_EXPIRY_MS = 60_000
# Whatever goes wrong talking to Redis (refused, reset, timed out, a script error) means: pace on our own.
_ERRORS = (redis.RedisError, OSError)

_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local step = tonumber(ARGV[2])
local delay = 0
if ARGV[1] == 'reserve' then
  local slot = math.max(now, nxt)
  delay = slot - now
  nxt = slot + step
else
  nxt = math.max(nxt, now + step)
end
redis.call('SET', KEYS[1], string.format('%d', nxt), 'PX', string.format('%d', (nxt - now) / 1000 + ARGV[3]))
return delay
"""


def _options() -> dict[str, Any]:
    # One immediate retry (a pooled connection that Redis closed since), no backoff: when Redis is down the
    # client paces on its own at once instead of waiting on redis-py's retries.
    return {
        "socket_timeout": SOCKET_TIMEOUT,
        "socket_connect_timeout": SOCKET_TIMEOUT,
        "retry": Retry(NoBackoff(), 1),
    }


class _Clients:
    """This process's redis-py clients: the sync one, and the asyncio one of the event loop that made it."""

    __slots__ = ("async_", "async_connected", "connected", "script")

    def __init__(self, url: str) -> None:
        self.script = redis.Redis.from_url(url, **_options()).register_script(_SCRIPT)
        self.connected = False
        # asyncio connections belong to the event loop that made them: one client per loop.
        self.async_: tuple[asyncio.AbstractEventLoop, Any] | None = None
        self.async_connected: asyncio.AbstractEventLoop | None = None


class RedisPacingStore:
    """`redis://host:port/db` (or `rediss://`): every host using the key."""

    def __init__(self, url: str, *, name: str) -> None:
        self.health = PacingHealth(name)
        self._url = url
        # redis-py's pool re-connects in a child by itself; a client per process makes it plain for both clients.
        self._clients = PerProcess(lambda: _Clients(url))

    def __repr__(self) -> str:
        return self.health.name

    def _args(self, operation: str, seconds: float) -> list[str | int]:
        return [operation, round(seconds * 1_000_000), IDLE_EXPIRY_MS]

    def prepare(self) -> None:
        # Connecting and loading the script take a few round trips, once: not inside a timed booking.
        clients = self._clients.get()
        if clients.connected:
            return
        try:
            clients.script.registered_client.script_load(_SCRIPT)
        except _ERRORS as exc:
            self.health.failed(exc)
        else:
            clients.connected = True

    def reserve(self, key: str, interval: float) -> float | None:
        try:
            delay = self._clients.get().script(keys=[key], args=self._args("reserve", interval))
        except _ERRORS as exc:
            self.health.failed(exc)
            return None
        self.health.answered()
        return int(delay) / 1_000_000

    def push(self, key: str, seconds: float) -> bool:
        try:
            self._clients.get().script(keys=[key], args=self._args("push", seconds))
        except _ERRORS as exc:
            self.health.failed(exc)
            return False
        return True

    def _async_script(self, clients: _Clients) -> Any:
        loop = asyncio.get_running_loop()
        if clients.async_ is None or clients.async_[0] is not loop:
            client = redis.asyncio.Redis.from_url(self._url, **_options())
            clients.async_ = (loop, client.register_script(_SCRIPT))
        return clients.async_[1]

    async def prepare_async(self) -> None:
        clients = self._clients.get()
        loop = asyncio.get_running_loop()
        if clients.async_connected is loop:
            return
        try:
            await self._async_script(clients).registered_client.script_load(_SCRIPT)
        except _ERRORS as exc:
            self.health.failed(exc)
        else:
            clients.async_connected = loop

    async def reserve_async(self, key: str, interval: float) -> float | None:
        try:
            delay = await self._async_script(self._clients.get())(keys=[key], args=self._args("reserve", interval))
        except _ERRORS as exc:
            self.health.failed(exc)
            return None
        self.health.answered()
        return int(delay) / 1_000_000

    async def push_async(self, key: str, seconds: float) -> bool:
        try:
            await self._async_script(self._clients.get())(keys=[key], args=self._args("push", seconds))
        except _ERRORS as exc:
            self.health.failed(exc)
            return False
        return True
