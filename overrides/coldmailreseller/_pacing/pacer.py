"""The pacer: client-side pacing, so that bulk jobs stay under CMR's per-key limit instead of collecting 429s.

Requests are spaced evenly (no bursts), a little wider than 1/rate and counted from when each request
actually left: whatever window the server counts in, and however late a sleeper wakes, it never sees more
than `rate` requests in a second. Slots are booked ahead by every waiting thread or process, so a sleeper
cannot move the slots after its own: one that wakes later than LATE_TOLERANCE past its slot gives the slot up
and books another, since six sends at most that far off their slots still span more than a second. A send
that was late by less pushes the next free slot back after it has left.

One pacer is shared by every thread and task that uses a client; with a pacing store (`rate_limit_store=`),
the slots are shared by every process and host using the key (store.py).

A 429 pushes the next free slot back by its Retry-After, for every client pacing on the store. When the store
fails, the pacer paces on its own slots (no call fails because of the store) until the store answers again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from .._timing import REAL_TIMING, Timing

if TYPE_CHECKING:
    from .store import PacingStore

# Headroom over the exact interval, for clock and network jitter between us and the server's window.
MARGIN = 1.02
# How late past its slot a request may still leave: a quarter of the margin's 2% of five intervals (20 ms at
# 5/s), the rest being for what comes after the wake-up (the send, the network, the server's clock).
LATE_TOLERANCE = 0.005
# Later than this past its slot, a send pushes the next free slot back (see `settle`).
PUNCTUAL = 0.001
# A request that keeps waking late (an overloaded host) leaves after this many new slots rather than never.
MAX_REBOOKINGS = 3


class LocalPacing:
    """The next free slot, kept in this process."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._next = 0.0
        self._lock = threading.Lock()

    def reserve(self, interval: float) -> float:
        """Book the next free slot; returns how long the caller must wait for it."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + interval
            return slot - now

    def push(self, seconds: float) -> None:
        """No slot before `seconds` from now."""
        with self._lock:
            self._next = max(self._next, self._clock() + seconds)


class Pacer:
    def __init__(
        self,
        rate: float,
        timing: Timing = REAL_TIMING,
        store: PacingStore | None = None,
        key: str = "",
    ) -> None:
        """`store` (with `key`, the slots' name in it) is shared with other processes; None paces this client
        alone."""
        self.rate = rate
        self.interval = MARGIN / rate
        self.timing = timing
        self.store = store
        self.key = key
        self._local = LocalPacing(timing.clock)

    def _reserve(self) -> float:
        store = self.store
        if store is not None and store.health.usable():
            delay = store.reserve(self.key, self.interval)
            if delay is not None:
                # So that pacing on our own, if the store fails, goes on from here.
                self._local.push(delay + self.interval)
                return delay
        return self._local.reserve(self.interval)

    def _push(self, seconds: float) -> None:
        self._local.push(seconds)
        if self.store is not None and self.store.health.usable():
            self.store.push(self.key, seconds)

    def acquire(self) -> float | None:
        """Wait for a slot. Returns when it woke (on the timing's clock) if it woke late: then `settle` must be
        called once the request has left, to keep the next free slot an interval after it."""
        clock = self.timing.clock
        late = woke = 0.0
        if self.store is not None and self.store.health.usable():
            self.store.prepare()
        for _ in range(MAX_REBOOKINGS + 1):
            # Lateness counts from before the booking: a store that answered slowly (a lock, a busy network)
            # makes a free slot stale too.
            asked = clock()
            delay = self._reserve()
            if delay > 0:
                self.timing.sleep(delay)
            woke = clock()
            late = woke - asked - delay
            if late <= LATE_TOLERANCE:
                break
        return woke if late > PUNCTUAL else None

    def settle(self, sent_at: float) -> None:
        """After a late send, push the next free slot to an interval after it. Called after the send, so that the
        store's round trip never delays the request it paces."""
        remaining = self.interval - (self.timing.clock() - sent_at)
        if remaining > 0:
            self._push(remaining)

    def pause(self, seconds: float) -> None:
        """CMR answered 429: no client pacing with this one sends within `seconds`."""
        self._push(seconds)

    async def _reserve_async(self) -> float:
        store = self.store
        if store is not None and store.health.usable():
            delay = await store.reserve_async(self.key, self.interval)
            if delay is not None:
                self._local.push(delay + self.interval)
                return delay
        return self._local.reserve(self.interval)

    async def _push_async(self, seconds: float) -> None:
        self._local.push(seconds)
        if self.store is not None and self.store.health.usable():
            await self.store.push_async(self.key, seconds)

    async def acquire_async(self) -> float | None:
        clock = self.timing.clock
        late = woke = 0.0
        if self.store is not None and self.store.health.usable():
            await self.store.prepare_async()
        for _ in range(MAX_REBOOKINGS + 1):
            asked = clock()
            delay = await self._reserve_async()
            if delay > 0:
                await self.timing.async_sleep(delay)
            woke = clock()
            late = woke - asked - delay
            if late <= LATE_TOLERANCE:
                break
        return woke if late > PUNCTUAL else None

    async def settle_async(self, sent_at: float) -> None:
        remaining = self.interval - (self.timing.clock() - sent_at)
        if remaining > 0:
            await self._push_async(remaining)

    async def pause_async(self, seconds: float) -> None:
        await self._push_async(seconds)
