"""The event store in Redis (`redis://` / `rediss://`): receivers and callers on many hosts.

Layout, under the prefix `cmr:events:`: `seq` (the counter), `dedup:<identity>` (the seq an event got),
`event:<seq>` (a hash: name, event_id, keys, received_at, body) and `key:<correlation key>` (a sorted set of seqs),
each expiring `retention_seconds` after its last write, on the server's clock. A record is one Lua script, so the
duplicate check, the new seq, the writes and the `PUBLISH` on `cmr:events:recorded` are atomic, and seqs reach the
sorted sets in order. `wait` subscribes to that channel and then looks at what is already there, so an event
recorded in between is not missed; reading the channel is bounded by the timeout.

A record whose answer was lost to a broken connection is sent once more on a new one: if the first had been
applied, the second finds the identity taken and answers False. Every other failure raises `EventStoreError`.
Each process has clients of its own (_perprocess.py); asyncio calls use a `redis.asyncio` client per event loop.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._perprocess import PerProcess
from .._redact import redacted_redis_url
from ..errors import ConfigurationError
from ._event_store_base import Idle, Pending, RecordedEvent, store_error
from ._redis import RedisClients, password

if TYPE_CHECKING:
    import redis
    import redis.asyncio
    from redis.asyncio.client import PubSub as AsyncPubSub
    from redis.client import PubSub

_T = TypeVar("_T")
PREFIX = "cmr:events:"
_INSTALL = "pip install 'coldmailreseller[redis]'"
# KEYS: the counter, the identity, the correlation keys' sorted sets. ARGV: retention (ms), prefix, channel, then
# the record's fields. Returns the new seq, or 0 when the identity is taken. Each sorted set drops a few of its
# oldest seqs whose event expired, so that a key recorded to for longer than the retention stays bounded.
_RECORD = """
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local seq = redis.call('INCR', KEYS[1])
redis.call('SET', KEYS[2], seq, 'PX', ARGV[1])
local event = ARGV[2] .. 'event:' .. seq
redis.call('HSET', event, 'name', ARGV[4], 'event_id', ARGV[5], 'keys', ARGV[6], 'received_at', ARGV[7],
    'body', ARGV[8])
redis.call('PEXPIRE', event, ARGV[1])
for i = 3, #KEYS do
    for _ = 1, 16 do
        local oldest = redis.call('ZRANGE', KEYS[i], 0, 0)[1]
        if not oldest or redis.call('EXISTS', ARGV[2] .. 'event:' .. oldest) == 1 then break end
        redis.call('ZREM', KEYS[i], oldest)
    end
    redis.call('ZADD', KEYS[i], seq, seq)
    redis.call('PEXPIRE', KEYS[i], ARGV[1])
end
redis.call('PUBLISH', ARGV[3], seq .. ' ' .. ARGV[6])
return seq
"""
# The longest single read of the channel: the loop checks its deadline at least this often.
_READ_SECONDS = 1.0


def _recorded(seq: int, fields: dict[str, str]) -> RecordedEvent:
    return RecordedEvent(
        seq,
        fields["name"],
        fields["event_id"] or None,
        tuple(json.loads(fields["keys"])),
        float(fields["received_at"]),
        fields["body"].encode(),
    )


def _confirmed(message: dict[str, Any] | None) -> None:
    """Fail unless the first message on a new subscription is its confirmation."""
    if message is None or message.get("type") != "subscribe":
        raise TimeoutError("Redis did not confirm the subscription")


def _announced(message: dict[str, Any] | None, keys: frozenset[str], after: int) -> bool:
    """Whether a message from the channel announces a record that `wait` is waiting for."""
    if message is None or message.get("type") != "message":
        return False
    seq, _, announced = str(message["data"]).partition(" ")
    return int(seq) > after and not keys.isdisjoint(json.loads(announced))


class RedisBackend:
    def __init__(self, url: str, retention: float, *, socket_timeout: float = 5.0) -> None:
        try:
            import redis
        except ImportError:
            raise ConfigurationError(f"an event store in Redis needs the redis package: {_INSTALL}") from None
        self.where = redacted_redis_url(url)
        self._secret = password(url)
        self._retention_ms = math.ceil(retention * 1000)
        self._socket_timeout = socket_timeout
        self._channel = PREFIX + "recorded"
        self._connection_errors: tuple[type[Exception], ...] = (redis.ConnectionError, redis.TimeoutError)
        self._failures: tuple[type[Exception], ...] = (redis.RedisError, OSError)
        try:
            self._local = PerProcess(lambda: RedisClients(url, _RECORD, socket_timeout))
        except ValueError:
            raise ConfigurationError(f"not a usable Redis URL: {self.where}") from None
        self._idle: PerProcess[Idle[PubSub, AsyncPubSub]] = PerProcess(Idle)

    # -- recording ------------------------------------------------------------------------------------------

    def _script_call(self, pending: Pending) -> tuple[list[str], list[str | int]]:
        keys = [PREFIX + "seq", PREFIX + "dedup:" + pending.dedup, *(PREFIX + "key:" + key for key in pending.keys)]
        args: list[str | int] = [
            self._retention_ms,
            PREFIX,
            self._channel,
            pending.name,
            pending.event_id or "",
            json.dumps(pending.keys),
            repr(pending.received_at),
            pending.body.decode(),
        ]
        return keys, args

    def record(self, pending: Pending, since: float) -> bool:
        script = self._local.get().script
        keys, args = self._script_call(pending)
        return bool(self._run("record", lambda: script(keys=keys, args=args)))

    async def record_async(self, pending: Pending, since: float) -> bool:
        _, script = self._local.get().for_loop()
        keys, args = self._script_call(pending)
        return bool(await self._run_async("record", lambda: script(keys=keys, args=args)))

    # -- reading --------------------------------------------------------------------------------------------

    def events(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        client = self._local.get().client

        def read() -> list[RecordedEvent]:
            seqs = _ints(client.zrangebyscore(PREFIX + "key:" + key, f"({after}", "+inf"))
            with client.pipeline(transaction=False) as pipe:
                for seq in seqs:
                    pipe.hgetall(f"{PREFIX}event:{seq}")
                found = pipe.execute()
            return _kept(seqs, found, since)

        return self._run("events", read)

    async def events_async(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        client, _ = self._local.get().for_loop()

        async def read() -> list[RecordedEvent]:
            seqs = _ints(await client.zrangebyscore(PREFIX + "key:" + key, f"({after}", "+inf"))
            async with client.pipeline(transaction=False) as pipe:
                for seq in seqs:
                    pipe.hgetall(f"{PREFIX}event:{seq}")
                found = await pipe.execute()
            return _kept(seqs, found, since)

        result: list[RecordedEvent] = await self._run_async("events", read)
        return result

    def _arrived(self, client: redis.Redis, keys: frozenset[str], after: int, since: float) -> bool:
        for key in keys:
            # The newest seq for the key: if it has expired, so have the older ones.
            newest = _ints(client.zrevrangebyscore(PREFIX + "key:" + key, "+inf", f"({after}", start=0, num=1))
            received = client.hget(f"{PREFIX}event:{newest[0]}", "received_at") if newest else None
            if received is not None and float(received) > since:
                return True
        return False

    async def _arrived_async(self, client: redis.asyncio.Redis, keys: frozenset[str], after: int, since: float) -> bool:
        for key in keys:
            newest = _ints(await client.zrevrangebyscore(PREFIX + "key:" + key, "+inf", f"({after}", start=0, num=1))
            received = await client.hget(f"{PREFIX}event:{newest[0]}", "received_at") if newest else None
            if received is not None and float(received) > since:
                return True
        return False

    def wait(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        client = self._local.get().client
        deadline = time.monotonic() + timeout

        def wait() -> bool:
            pubsub = self._idle.get().take() or self._subscribed(client)
            try:
                # Subscribed before looking at what is there already: an event recorded in between is announced.
                arrived = self._arrived(client, keys, after, since())
                while not arrived and (left := deadline - time.monotonic()) > 0:
                    arrived = _announced(pubsub.get_message(timeout=min(left, _READ_SECONDS)), keys, after)
            except BaseException:
                pubsub.close()  # in an unknown state: never reused
                raise
            self._idle.get().put(pubsub)
            return arrived

        return self._run("wait", wait)

    def _subscribed(self, client: redis.Redis) -> PubSub:
        pubsub: PubSub = client.pubsub()  # type: ignore[no-untyped-call]  # redis-py leaves it unannotated
        try:
            pubsub.subscribe(self._channel)
            _confirmed(pubsub.get_message(timeout=self._socket_timeout))
        except BaseException:
            pubsub.close()
            raise
        return pubsub

    async def wait_async(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        client, _ = self._local.get().for_loop()
        deadline = time.monotonic() + timeout

        async def wait() -> bool:
            pubsub = self._idle.get().take_async() or await self._subscribed_async(client)
            try:
                arrived = await self._arrived_async(client, keys, after, since())
                while not arrived and (left := deadline - time.monotonic()) > 0:
                    arrived = _announced(await pubsub.get_message(timeout=min(left, _READ_SECONDS)), keys, after)
            except BaseException:
                await _aclose(pubsub)
                raise
            self._idle.get().put_async(pubsub)
            return arrived

        result: bool = await self._run_async("wait", wait)
        return result

    async def _subscribed_async(self, client: redis.asyncio.Redis) -> AsyncPubSub:
        pubsub = client.pubsub()
        try:
            await pubsub.subscribe(self._channel)
            _confirmed(await pubsub.get_message(timeout=self._socket_timeout))
        except BaseException:
            await _aclose(pubsub)
            raise
        return pubsub

    # -- running --------------------------------------------------------------------------------------------

    def _run(self, operation: str, call: Callable[[], _T]) -> _T:
        try:
            try:
                return call()
            except self._connection_errors:
                return call()  # on a new connection; a record applied the first time answers False now
        except self._failures as exc:
            raise store_error(self.where, operation, exc, secret=self._secret) from None

    async def _run_async(self, operation: str, call: Callable[[], Awaitable[Any]]) -> Any:
        try:
            try:
                return await call()
            except self._connection_errors:
                return await call()
        except self._failures as exc:
            raise store_error(self.where, operation, exc, secret=self._secret) from None

    def close(self) -> None:
        for pubsub in self._idle.get().drain():
            pubsub.close()
        self._local.get().close()

    async def aclose(self) -> None:
        for pubsub in self._idle.get().drain_async():
            await _aclose(pubsub)
        await self._local.get().aclose()


async def _aclose(pubsub: AsyncPubSub) -> None:
    await pubsub.aclose()  # type: ignore[no-untyped-call]  # redis-py leaves it unannotated


def _ints(values: Any) -> list[int]:
    """The seqs of a sorted set's answer (strings: the clients decode responses)."""
    return [int(value) for value in values]


def _kept(seqs: list[int], found: list[dict[str, str]], since: float) -> list[RecordedEvent]:
    """The records still there (their hash not expired) and retained, in seq order."""
    records = (_recorded(seq, fields) for seq, fields in zip(seqs, found, strict=True) if fields)
    return [record for record in records if record.received_at > since]
