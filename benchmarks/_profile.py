"""cProfile of the SDK's hot paths against the benchmark server, to explain a missed target."""

from __future__ import annotations

import asyncio
import cProfile
import pstats
from collections.abc import Callable

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller

from ._benches import API_KEY, ASYNC_CONCURRENCY
from ._payloads import LIST_SIZE, USER_ID

TOP = 25


def _report(title: str, job: Callable[[], object]) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(job)
    for order in ("tottime", "cumulative"):
        print(f"\n=== {title}: top {TOP} by {order} ===")
        pstats.Stats(profiler).strip_dirs().sort_stats(order).print_stats(TOP)
    # The SDK's own code (overrides/ and generated_client/), without httpx and the standard library.
    print(f"\n=== {title}: SDK functions by tottime ===")
    pstats.Stats(profiler).sort_stats("tottime").print_stats("coldmailreseller", TOP)


async def _async_calls(base_url: str, calls: int) -> None:
    async with AsyncColdMailReseller(api_key=API_KEY, base_url=base_url, rate_limit=None) as cmr:
        remaining = iter(range(calls))

        async def worker() -> None:
            for _ in remaining:
                await cmr.users.get(user_id=USER_ID)

        await asyncio.gather(*(worker() for _ in range(ASYNC_CONCURRENCY)))


def profile(base_url: str, calls: int = 2000) -> None:
    with ColdMailReseller(api_key=API_KEY, base_url=base_url, rate_limit=None) as cmr:
        cmr.users.get(user_id=USER_ID)  # warm-up outside the profile
        _report(f"users.get x {calls}", lambda: [cmr.users.get(user_id=USER_ID) for _ in range(calls)])
        _report(
            f"subscriptions.list({LIST_SIZE} items) x {calls // 10}",
            lambda: [cmr.subscriptions.list(limit=LIST_SIZE) for _ in range(calls // 10)],
        )
    _report(
        f"async users.get x {calls // 4}, concurrency {ASYNC_CONCURRENCY}",
        lambda: asyncio.run(_async_calls(base_url, calls // 4)),
    )
