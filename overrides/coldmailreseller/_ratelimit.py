"""Client-side pacing so that bulk jobs stay under CMR's per-key limit instead of collecting 429s.

Requests are spaced evenly (no bursts): whatever window the server counts in, it never sees more than
`rate` requests per second. One limiter is shared by every thread and task that uses a client.
"""

from __future__ import annotations

import asyncio
import threading
import time


class RateLimiter:
    def __init__(self, rate: float) -> None:
        self.rate = rate
        self._interval = 1.0 / rate
        self._next = 0.0
        self._lock = threading.Lock()

    def _reserve(self) -> float:
        """Book the next free slot; returns how long the caller must wait for it."""
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + self._interval
            return slot - now

    def acquire(self) -> None:
        delay = self._reserve()
        if delay > 0:
            time.sleep(delay)

    async def acquire_async(self) -> None:
        delay = self._reserve()
        if delay > 0:
            await asyncio.sleep(delay)
