"""The pacing schedule in Redis: shared by every host that uses one key (`redis://host:port/db`).

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

from ._pacestore import Health

# A store that does not answer quickly is treated as down: pacing must never be slower than the request.
SOCKET_TIMEOUT = 0.5
# The key outlives its last slot by this long, so that abandoned schedules do not stay in Redis.
IDLE_EXPIRY_MS = 60_000
# Whatever goes wrong talking to Redis (refused, reset, timed out, a script error) means: pace locally.
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
    # client paces locally at once instead of waiting on redis-py's retries.
    return {
        "socket_timeout": SOCKET_TIMEOUT,
        "socket_connect_timeout": SOCKET_TIMEOUT,
        "retry": Retry(NoBackoff(), 1),
    }


class RedisSchedule:
    def __init__(self, url: str, *, name: str) -> None:
        self.health = Health(name)
        self._url = url
        self._client = redis.Redis.from_url(url, **_options())
        self._script = self._client.register_script(_SCRIPT)
        # asyncio connections belong to the event loop that made them: one client per loop.
        self._async: tuple[asyncio.AbstractEventLoop, Any] | None = None
        self._connected = False
        self._async_connected: asyncio.AbstractEventLoop | None = None

    def _args(self, operation: str, seconds: float) -> list[str | int]:
        return [operation, round(seconds * 1_000_000), IDLE_EXPIRY_MS]

    def prepare(self) -> None:
        # Connecting and loading the script take a few round trips, once: not inside a timed booking.
        if self._connected:
            return
        try:
            self._client.script_load(_SCRIPT)
        except _ERRORS as exc:
            self.health.failed(exc)
        else:
            self._connected = True

    def reserve(self, key: str, interval: float) -> float | None:
        try:
            delay = self._script(keys=[key], args=self._args("reserve", interval))
        except _ERRORS as exc:
            self.health.failed(exc)
            return None
        self.health.answered()
        return int(delay) / 1_000_000

    def push(self, key: str, seconds: float) -> bool:
        try:
            self._script(keys=[key], args=self._args("push", seconds))
        except _ERRORS as exc:
            self.health.failed(exc)
            return False
        return True

    def _async_script(self) -> Any:
        loop = asyncio.get_running_loop()
        if self._async is None or self._async[0] is not loop:
            client = redis.asyncio.Redis.from_url(self._url, **_options())
            self._async = (loop, client.register_script(_SCRIPT))
        return self._async[1]

    async def prepare_async(self) -> None:
        loop = asyncio.get_running_loop()
        if self._async_connected is loop:
            return
        try:
            await self._async_script().registered_client.script_load(_SCRIPT)
        except _ERRORS as exc:
            self.health.failed(exc)
        else:
            self._async_connected = loop

    async def reserve_async(self, key: str, interval: float) -> float | None:
        try:
            delay = await self._async_script()(keys=[key], args=self._args("reserve", interval))
        except _ERRORS as exc:
            self.health.failed(exc)
            return None
        self.health.answered()
        return int(delay) / 1_000_000

    async def push_async(self, key: str, seconds: float) -> bool:
        try:
            await self._async_script()(keys=[key], args=self._args("push", seconds))
        except _ERRORS as exc:
            self.health.failed(exc)
            return False
        return True
