"""The five measurements; each returns table rows comparing the SDK with plain httpx in the same run."""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller, RateLimitError

from ._harness import import_seconds, interleaved_per_call
from ._payloads import LIST_SIZE, USER_ID
from ._report import Row

API_KEY = "bench-key"
RAW_HEADERS = {"cmr-x-api-key": API_KEY, "accept": "application/json"}
RATE = 5
RATE_CALLS = 100
ASYNC_CALLS = 500
ASYNC_CONCURRENCY = 20


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def _time_row(name: str, ours: float, raw: float, limit: float, fmt: Callable[[float], str]) -> Row:
    ratio = ours / raw
    return Row(name, fmt(ours), fmt(raw), ratio, f"<= {limit:.2f}x", ratio <= limit)


def _check(condition: bool, what: str) -> None:
    # A benchmark that silently measured the wrong thing would be worse than none.
    if not condition:
        raise RuntimeError(f"benchmark sanity check failed: {what}")


def single_get(base_url: str) -> Row:
    url = f"{base_url}/users?userId={USER_ID}"
    with ColdMailReseller(api_key=API_KEY, base_url=base_url, rate_limit=None) as cmr, httpx.Client() as http:
        _check(cmr.users.get(user_id=USER_ID).id == USER_ID, "users.get returns the served User")

        def ours() -> object:
            return cmr.users.get(user_id=USER_ID)

        def raw() -> object:
            return json.loads(http.get(url, headers=RAW_HEADERS).content)

        mine, theirs = interleaved_per_call(ours, raw, pairs=3000, warmup=200)
    return _time_row("single-object GET (users.get), median per call", mine, theirs, 1.10, _us)


def list_100(base_url: str) -> Row:
    url = f"{base_url}/subscriptions?limit={LIST_SIZE}"
    with ColdMailReseller(api_key=API_KEY, base_url=base_url, rate_limit=None) as cmr, httpx.Client() as http:
        page = cmr.subscriptions.list(limit=LIST_SIZE)
        _check(len(page.subscriptions) == LIST_SIZE, f"subscriptions.list returns {LIST_SIZE} items")

        def ours() -> object:
            return cmr.subscriptions.list(limit=LIST_SIZE)

        def raw() -> object:
            return json.loads(http.get(url, headers=RAW_HEADERS).content)

        mine, theirs = interleaved_per_call(ours, raw, pairs=600, warmup=30)
    return _time_row(f"{LIST_SIZE}-item list (subscriptions.list), median per call", mine, theirs, 1.5, _us)


def import_time(runs: int = 20) -> list[Row]:
    env = dict(os.environ)
    statements = {
        "ours": "import coldmailreseller",
        "ours_client": "from coldmailreseller import ColdMailReseller",
        "raw": "import httpx",
    }
    for statement in statements.values():  # compile and cache bytecode before timing
        import_seconds(statement, env)
    times: dict[str, list[float]] = {name: [] for name in statements}
    for run in range(runs):
        order = list(statements.items())
        for name, statement in order[run % len(order) :] + order[: run % len(order)]:
            times[name].append(import_seconds(statement, env))
    raw = statistics.median(times["raw"])
    return [
        _time_row(
            "import time: `import coldmailreseller` vs `import httpx`", statistics.median(times["ours"]), raw, 1.3, _ms
        ),
        _time_row(
            "import time: `from coldmailreseller import ColdMailReseller` vs `import httpx`",
            statistics.median(times["ours_client"]),
            raw,
            1.3,
            _ms,
        ),
    ]


def _limited_stats(base_url: str) -> tuple[int, int]:
    stats = httpx.get(f"{base_url}/_stats").json()
    return stats["ok"], stats["rejected"]


def rate_limit(base_url: str) -> list[Row]:
    ideal = RATE_CALLS / RATE
    ok_before, rejected_before = _limited_stats(base_url)
    failed = 0
    with ColdMailReseller(api_key="bench-rate-limit", base_url=f"{base_url}/limited") as cmr:
        _check(cmr.rate_limit == RATE, f"the default client paces at {RATE} requests/s")
        started = time.perf_counter()
        for _ in range(RATE_CALLS):
            try:
                cmr.users.get(user_id=USER_ID)
            except RateLimitError:
                failed += 1
        elapsed = time.perf_counter() - started
    ok_after, rejected_after = _limited_stats(base_url)
    rejected = rejected_after - rejected_before
    _check(ok_after - ok_before == RATE_CALLS - failed, "every successful call was counted by the server")
    ratio = elapsed / ideal
    return [
        Row(
            f"rate limit: {RATE_CALLS} calls, default client (rate_limit={RATE}), elapsed",
            f"{elapsed:.2f} s",
            f"{ideal:.2f} s (ideal)",
            ratio,
            "<= 1.05x",
            ratio <= 1.05,
        ),
        Row(
            "rate limit: 429 answers from the server",
            f"{rejected} ({failed} calls failed)",
            "—",
            None,
            "0",
            rejected == 0,
        ),
    ]


async def _calls_per_second(call: Callable[[], Awaitable[object]]) -> float:
    remaining = iter(range(ASYNC_CALLS))

    async def worker() -> None:
        for _ in remaining:  # shared: the workers split the calls between them
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(ASYNC_CONCURRENCY)))
    return ASYNC_CALLS / (time.perf_counter() - started)


async def _async_rounds(base_url: str, rounds: int) -> tuple[float, float, float]:
    url = f"{base_url}/users?userId={USER_ID}"
    async with (
        AsyncColdMailReseller(api_key=API_KEY, base_url=base_url, rate_limit=None) as cmr,
        httpx.AsyncClient() as http,
    ):
        _check((await cmr.users.get(user_id=USER_ID)).id == USER_ID, "async users.get returns the served User")

        async def ours() -> object:
            return await cmr.users.get(user_id=USER_ID)

        async def raw() -> object:
            return json.loads((await http.get(url, headers=RAW_HEADERS)).content)

        await _calls_per_second(ours)  # warm-up: opens the pool's connections
        await _calls_per_second(raw)
        rates: dict[str, list[float]] = {"ours": [], "raw": []}
        sides = [("ours", ours), ("raw", raw)]
        for round_no in range(rounds):
            for name, call in sides if round_no % 2 == 0 else sides[::-1]:
                rates[name].append(await _calls_per_second(call))
    # The ratio is the median of per-round ratios: both sides of a round share the machine's state, so a
    # slow stretch (the other core busy) cancels out instead of landing on one side.
    ratios = [mine / theirs for mine, theirs in zip(rates["ours"], rates["raw"], strict=True)]
    return statistics.median(rates["ours"]), statistics.median(rates["raw"]), statistics.median(ratios)


def async_throughput(base_url: str, rounds: int = 12) -> Row:
    mine, theirs, ratio = asyncio.run(_async_rounds(base_url, rounds))
    return Row(
        f"async throughput: {ASYNC_CALLS} users.get at concurrency {ASYNC_CONCURRENCY}",
        f"{mine:.0f} calls/s",
        f"{theirs:.0f} calls/s",
        ratio,
        ">= 0.90x",
        ratio >= 0.9,
    )
