"""Client-side pacing so that bulk jobs stay under CMR's per-key limit instead of collecting 429s.

Requests are spaced evenly (no bursts), a little wider than 1/rate and counted from when each request
actually left: whatever window the server counts in, and however late a sleeper wakes, it never sees more
than `rate` requests in a second. One limiter is shared by every thread and task that uses a client.
"""

from __future__ import annotations

import threading

from ._timing import REAL_TIMING, Timing

# Headroom over the exact interval, for clock and network jitter between us and the server's window.
MARGIN = 1.02


class RateLimiter:
    def __init__(self, rate: float, timing: Timing = REAL_TIMING) -> None:
        self.rate = rate
        self.interval = MARGIN / rate
        self.timing = timing
        self._next = 0.0
        self._lock = threading.Lock()

    def _reserve(self) -> float:
        """Book the next free slot; returns how long the caller must wait for it."""
        with self._lock:
            now = self.timing.clock()
            slot = max(now, self._next)
            self._next = slot + self.interval
            return slot - now

    def _sent(self) -> None:
        """A late wake-up pushes the following slots back, so no two sends come closer than the interval."""
        with self._lock:
            self._next = max(self._next, self.timing.clock() + self.interval)

    def acquire(self) -> None:
        delay = self._reserve()
        if delay > 0:
            self.timing.sleep(delay)
            self._sent()

    async def acquire_async(self) -> None:
        delay = self._reserve()
        if delay > 0:
            await self.timing.async_sleep(delay)
            self._sent()
