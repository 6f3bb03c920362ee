"""The clock and the sleeps of the requester and the pacer, in one object so that tests (and
`coldmailreseller.testing`) can pass their own instead of patching `time` for the whole process."""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable


async def _async_sleep(seconds: float) -> None:
    import asyncio  # imported here so that sync users never pay for asyncio

    await asyncio.sleep(seconds)


class Timing:
    """A plain class rather than a dataclass: creating a dataclass costs the client's import a millisecond.

    `virtual`: the clock is simulated (the testing kit's), so a wait for an outcome sleeps on it, step by step,
    instead of blocking on the event store in real time (which would never move that clock)."""

    __slots__ = ("async_sleep", "clock", "sleep", "virtual")

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = _async_sleep,
        *,
        virtual: bool = False,
    ) -> None:
        self.clock = clock
        self.sleep = sleep
        self.async_sleep = async_sleep
        self.virtual = virtual


REAL_TIMING = Timing()


def checked_timeout(timeout: float) -> float:
    """A wait's timeout, checked: a finite number of seconds >= 0 (ValueError otherwise)."""
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout < 0:
        raise ValueError(f"timeout must be a finite number of seconds >= 0, got {timeout!r}")
    return float(timeout)
