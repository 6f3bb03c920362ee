"""The `memory` event store: this process only. Receivers and callers share it by sharing the `EventStore`.

Thread waiters sleep on a `threading.Condition`; asyncio waiters register a future that `record` completes from
whichever thread recorded (`call_soon_threadsafe`), so neither polls. A fork gives the child a copy of the events
so far and a fresh lock; the two processes then go on separately (share a file or a server between processes).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

from .._perprocess import PerProcess
from ._event_store_base import Pending, RecordedEvent


class _Waiter:
    __slots__ = ("after", "future", "keys", "loop")

    def __init__(self, keys: frozenset[str], after: int, loop: asyncio.AbstractEventLoop) -> None:
        self.keys = keys
        self.after = after
        self.loop = loop
        self.future: asyncio.Future[None] = loop.create_future()


class _Locks:
    """The lock and condition of a process (one held by another thread at a fork would stay held in the child),
    and the asyncio waiters of its event loops."""

    __slots__ = ("changed", "waiters")

    def __init__(self) -> None:
        self.changed = threading.Condition(threading.Lock())
        self.waiters: list[_Waiter] = []


class MemoryBackend:
    where = "memory"

    def __init__(self) -> None:
        self._seq = 0
        self._records: dict[int, RecordedEvent] = {}  # in seq order, so the oldest come first
        self._seqs: dict[str, int] = {}  # dedup identity -> seq
        self._dedups: dict[int, str] = {}  # and back, to forget it with the record
        self._by_key: dict[str, list[int]] = {}  # correlation key -> seqs, ascending
        self._local = PerProcess(_Locks)

    def record(self, pending: Pending, since: float) -> bool:
        local = self._local.get()
        with local.changed:
            self._expire(since)
            if pending.dedup in self._seqs:
                return False
            self._seq += 1
            recorded = pending.recorded(self._seq)
            self._records[recorded.seq] = recorded
            self._seqs[pending.dedup] = recorded.seq
            self._dedups[recorded.seq] = pending.dedup
            for key in recorded.keys:
                self._by_key.setdefault(key, []).append(recorded.seq)
            local.changed.notify_all()
            for waiter in local.waiters:
                if waiter.after < recorded.seq and not waiter.keys.isdisjoint(recorded.keys):
                    waiter.loop.call_soon_threadsafe(_wake, waiter.future)
            return True

    async def record_async(self, pending: Pending, since: float) -> bool:
        return self.record(pending, since)  # dictionaries under a lock held for microseconds: no thread needed

    def events(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        with self._local.get().changed:
            found = (self._records.get(seq) for seq in self._by_key.get(key, ()) if seq > after)
            return [record for record in found if record is not None and record.received_at > since]

    async def events_async(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        return self.events(key, after, since)

    def _arrived(self, keys: frozenset[str], after: int, since: float) -> bool:
        for key in keys:
            seqs = self._by_key.get(key)
            if seqs and seqs[-1] > after and self._records[seqs[-1]].received_at > since:
                return True
        return False

    def wait(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        deadline = time.monotonic() + timeout
        changed = self._local.get().changed
        with changed:
            while not self._arrived(keys, after, since()):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                changed.wait(left)
            return True

    async def wait_async(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        local = self._local.get()
        waiter = _Waiter(keys, after, asyncio.get_running_loop())
        with local.changed:
            if self._arrived(keys, after, since()):
                return True
            local.waiters.append(waiter)
        try:
            await asyncio.wait_for(waiter.future, timeout)
            return True
        except TimeoutError:
            return False
        finally:
            with local.changed:
                local.waiters.remove(waiter)

    def _expire(self, since: float) -> None:
        while self._records:
            oldest = next(iter(self._records.values()))
            if oldest.received_at > since:
                return
            del self._records[oldest.seq]
            del self._seqs[self._dedups.pop(oldest.seq)]
            for key in oldest.keys:
                seqs = self._by_key[key]
                seqs.remove(oldest.seq)
                if not seqs:
                    del self._by_key[key]

    def close(self) -> None:
        return None  # nothing to close: the events stay for the `EventStore`'s other users

    async def aclose(self) -> None:
        return None


def _wake(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
