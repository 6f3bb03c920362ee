"""The clock and the sleeps of the requester and the pacer, in one object so that tests (and
`coldmailreseller.testing`) can pass their own instead of patching `time` for the whole process."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


async def _async_sleep(seconds: float) -> None:
    import asyncio  # imported here so that sync users never pay for asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True, slots=True)
class Timing:
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _async_sleep


REAL_TIMING = Timing()
