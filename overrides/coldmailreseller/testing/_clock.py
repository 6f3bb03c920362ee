"""Virtual time for the fake and the clients wired to it: sleeps return at once and move the clock instead."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from .._timing import Timing


class VirtualClock:
    """A monotonic clock that only moves when someone sleeps on it or calls `advance()`.

    The clients made by `FakeCMR.client()` pace and wait for retries on this clock, and `FakeCMR.rate_limit()`
    counts requests by it, so a `Retry-After: 1` costs no real second. `sleeps` lists every pause the clients
    asked for, in order. Each sleep moves the clock by its full length: concurrent sleepers see time pass
    faster than they would in reality, never slower.

    The fake's dates follow the same clock: `date()` is `start` (the real time when the clock was made, unless
    given) plus the seconds that have passed on it, so `advance(timedelta(days=30))` brings subscriptions to the
    end of their period.
    """

    def __init__(self, start: datetime | None = None) -> None:
        if start is not None and start.utcoffset() is None:
            raise ValueError("start must be an aware datetime (datetime(2026, 1, 1, tzinfo=UTC))")
        self.start = (start or datetime.now(UTC)).astimezone(UTC)
        self._now = 0.0
        self._sleeps: list[float] = []
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], object]] = []

    def now(self) -> float:
        with self._lock:
            return self._now

    def date(self) -> datetime:
        """The virtual date and time (UTC): `start` moved forward by everything that passed on this clock."""
        with self._lock:
            return self.start + timedelta(seconds=self._now)

    def advance(self, seconds: float | timedelta) -> None:
        """Let time pass without anyone sleeping (to let a rate-limit window go by, or a month for the fake's
        subscriptions): `advance(2)` or `advance(timedelta(days=31))`."""
        if isinstance(seconds, timedelta):
            seconds = seconds.total_seconds()
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._now += seconds
        self._moved()

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self._sleeps.append(seconds)
            self._now += max(0.0, seconds)
        self._moved()

    def on_move(self, listener: Callable[[], object]) -> None:
        """Call `listener` (outside the clock's lock) each time the clock moves: the fake catches up with it."""
        self._listeners.append(listener)

    def _moved(self) -> None:
        for listener in list(self._listeners):
            listener()

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
        # virtual: a wait for an outcome sleeps on this clock (which moves the fake) instead of on the event store.
        return Timing(clock=self.now, sleep=self.sleep, async_sleep=self.async_sleep, virtual=True)
