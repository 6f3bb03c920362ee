"""Virtual time for the fake and the clients wired to it: sleeps return at once and move the clock instead."""

from __future__ import annotations

import threading

from .._timing import Timing


class VirtualClock:
    """A monotonic clock that only moves when someone sleeps on it or calls `advance()`.

    The clients made by `FakeCMR.client()` pace and wait for retries on this clock, and `FakeCMR.rate_limit()`
    counts requests by it, so a `Retry-After: 1` costs no real second. `sleeps` lists every pause the clients
    asked for, in order. Each sleep moves the clock by its full length: concurrent sleepers see time pass
    faster than they would in reality, never slower.
    """

    def __init__(self) -> None:
        self._now = 0.0
        self._sleeps: list[float] = []
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Let time pass without anyone sleeping (to let a rate-limit window go by, say)."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._now += seconds

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self._sleeps.append(seconds)
            self._now += max(0.0, seconds)

    async def async_sleep(self, seconds: float) -> None:
        import asyncio  # here, so that sync-only tests never import asyncio for it

        self.sleep(seconds)
        await asyncio.sleep(0)  # still a suspension point, so that other tasks run as they would

    @property
    def sleeps(self) -> list[float]:
        with self._lock:
            return list(self._sleeps)

    @property
    def timing(self) -> Timing:
        return Timing(clock=self.now, sleep=self.sleep, async_sleep=self.async_sleep)
