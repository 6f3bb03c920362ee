"""The measurements; each returns table rows comparing the SDK with raw httpx (and the plain openapi-python-client
call, where it applies) in the same run."""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller, RateLimitError

from ._fleet import run_fleet, server_stats
from ._harness import PEAK_RSS, fresh_process, interleaved_per_call
from ._payloads import USER_ID
from ._report import Row

API_KEY = "bench-key"
RAW_HEADERS = {"cmr-x-api-key": API_KEY, "accept": "application/json"}
RATE = 5
RATE_CALLS = 100
ASYNC_CALLS = 500
FLEET_PROCESSES = (1, 4, 8)
FLEET_CALLS = 25  # per process: 4 x 25 got 76 answers of 429 when each client paced alone
ASYNC_CONCURRENCY = 20


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def _check(condition: bool, what: str) -> None:
    # A benchmark that silently measured the wrong thing would be worse than none.
    if not condition:
        raise RuntimeError(f"benchmark sanity check failed: {what}")


def _plain_client(base_url: str) -> Any:
    from cmr_plain_client import AuthenticatedClient

    return AuthenticatedClient(base_url=base_url, token=API_KEY, prefix="", auth_header_name="cmr-x-api-key")


def _peer_calls(http: httpx.Client, base_url: str) -> tuple[Callable[[], Any], Callable[[int], Any]]:
    """The msgspec peer's users.get and subscriptions.list: httpx, then its generated Structs."""
    import msgspec
    from cmr_msgspec_peer import models

    user = msgspec.json.Decoder(models.GetUserResponse).decode
    page = msgspec.json.Decoder(models.ListSubscriptionsResponse).decode
    user_url = f"{base_url}/users?userId={USER_ID}"

    def get_user() -> Any:
        return user(http.get(user_url, headers=RAW_HEADERS).content).data

    def list_subscriptions(size: int) -> Any:
        return page(http.get(f"{base_url}/subscriptions?limit={size}", headers=RAW_HEADERS).content).data

    return get_user, list_subscriptions


# (size, rounds, target against raw httpx): 1000 items and 1 object as issue 23 set them.
LIST_RUNS = ((20, 2000, 1.20), (100, 600, 1.50), (1000, 150, 0.85))
PEER_LIMIT = 1.25


def per_call(base_url: str) -> list[Row]:
    """One object (users.get) and lists of 20, 100 and 1000 items (subscriptions.list): ours, raw httpx and the
    msgspec peer interleaved in one run (ratios move with who shares a run), then the plain openapi-python-client
    call with raw httpx in a run of their own."""
    from cmr_plain_client.api.subscriptions import list_subscriptions
    from cmr_plain_client.api.users import get_user

    rows = []
    with (
        ColdMailReseller(api_key=API_KEY, base_url=base_url, rate_limit=None) as cmr,
        httpx.Client() as http,
        httpx.Client() as peer_http,
        _plain_client(base_url) as plain,
    ):
        peer_user, peer_list = _peer_calls(peer_http, base_url)
        user_url = f"{base_url}/users?userId={USER_ID}"
        _check(cmr.users.get(user_id=USER_ID).id == USER_ID, "users.get returns the served User")
        _check(get_user.sync(client=plain, user_id=USER_ID).data.id == USER_ID, "the plain client parses the User")
        _check(peer_user().id == USER_ID, "the msgspec peer decodes the User")
        cases: list[tuple[str, dict[str, Callable[[], object]], Callable[[], object], int, float]] = [
            (
                "1 object (users.get)",
                {
                    "ours": lambda: cmr.users.get(user_id=USER_ID),
                    "raw": lambda: json.loads(http.get(user_url, headers=RAW_HEADERS).content),
                    "peer": peer_user,
                },
                lambda: get_user.sync(client=plain, user_id=USER_ID),
                3000,
                1.10,
            )
        ]
        for size, rounds, limit in LIST_RUNS:
            url = f"{base_url}/subscriptions?limit={size}"
            _check(len(cmr.subscriptions.list(limit=size).subscriptions) == size, f"ours returns {size} items")
            _check(len(peer_list(size).subscriptions) == size, f"the peer decodes {size} items")
            contenders: dict[str, Callable[[], object]] = {
                "ours": lambda size=size: cmr.subscriptions.list(limit=size),
                "raw": lambda url=url: json.loads(http.get(url, headers=RAW_HEADERS).content),
                "peer": lambda size=size: peer_list(size),
            }
            plain_call = lambda size=size: list_subscriptions.sync(client=plain, limit=size)  # noqa: E731
            cases.append((f"{size} items (subscriptions.list)", contenders, plain_call, rounds, limit))
        for name, contenders, plain_call, rounds, limit in cases:
            warmup = max(5, rounds // 20)
            medians = interleaved_per_call(contenders, rounds=rounds, warmup=warmup)
            plain_medians = interleaved_per_call(
                {"raw": contenders["raw"], "plain": plain_call}, rounds=rounds, warmup=warmup
            )
            rows.append(_per_call_row(f"{name}, median per call", medians, plain_medians, limit))
            ratio = medians["ours"] / medians["peer"]
            rows.append(
                Row(
                    f"{name}: ours against the msgspec peer (same run)",
                    _us(medians["ours"]),
                    _us(medians["raw"]),
                    ratio,
                    f"<= {PEER_LIMIT:.2f}x peer",
                    ratio <= PEER_LIMIT,
                    peer=_us(medians["peer"]),
                    peer_ratio=medians["peer"] / medians["raw"],
                )
            )
    return rows


def _per_call_row(name: str, medians: dict[str, float], plain: dict[str, float], limit: float) -> Row:
    ratio = medians["ours"] / medians["raw"]
    return Row(
        name,
        _us(medians["ours"]),
        _us(medians["raw"]),
        ratio,
        f"<= {limit:.2f}x",
        ratio <= limit,
        plain=_us(plain["plain"]),
        plain_ratio=plain["plain"] / plain["raw"],
        peer=_us(medians["peer"]),
        peer_ratio=medians["peer"] / medians["raw"],
    )


def drift_cost(base_url: str) -> list[Row]:
    """Drift recording with every sink on (on_drift and CMR_DRIFT_LOG) against none, on answers that match the
    spec: nothing diverges, so the cost should be noise."""
    import tempfile

    seen: list[object] = []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CMR_DRIFT_LOG"] = os.path.join(tmp, "drift.jsonl")
        try:
            with (
                ColdMailReseller(api_key=API_KEY, base_url=base_url, rate_limit=None) as plain,
                ColdMailReseller(api_key=API_KEY, base_url=base_url, rate_limit=None, on_drift=seen.append) as drift,
            ):
                for name, call in (
                    ("1 object (users.get)", lambda c: c.users.get(user_id=USER_ID)),
                    ("100 items (subscriptions.list)", lambda c: c.subscriptions.list(limit=100)),
                ):
                    medians = interleaved_per_call(
                        {"ours": lambda c=drift, f=call: f(c), "raw": lambda c=plain, f=call: f(c)},
                        rounds=1000,
                        warmup=50,
                    )
                    ratio = medians["ours"] / medians["raw"]
                    rows.append(
                        Row(
                            f"drift sinks on vs off, nothing diverging: {name}",
                            _us(medians["ours"]),
                            f"{_us(medians['raw'])} (sinks off)",
                            ratio,
                            "<= 1.03x",
                            ratio <= 1.03,
                        )
                    )
            _check(not seen and not os.path.exists(os.environ["CMR_DRIFT_LOG"]), "the served answers match the spec")
        finally:
            del os.environ["CMR_DRIFT_LOG"]
    return rows


_COLD = {
    "raw": """
import time
started = time.perf_counter()
import httpx, json
http = httpx.Client()
json.loads(http.get(URL + "/users?userId=" + USER_ID, headers={"cmr-x-api-key": KEY}).content)
""",
    "plain": """
import time
started = time.perf_counter()
from cmr_plain_client import AuthenticatedClient
from cmr_plain_client.api.users import get_user
client = AuthenticatedClient(base_url=URL, token=KEY, prefix="", auth_header_name="cmr-x-api-key")
get_user.sync(client=client, user_id=USER_ID)
""",
    "peer": """
import time
started = time.perf_counter()
import httpx, msgspec
from cmr_msgspec_peer.models import GetUserResponse
http = httpx.Client()
body = http.get(URL + "/users?userId=" + USER_ID, headers={"cmr-x-api-key": KEY}).content
msgspec.json.decode(body, type=GetUserResponse)
""",
    "ours": """
import time
started = time.perf_counter()
from coldmailreseller import ColdMailReseller
cmr = ColdMailReseller(api_key=KEY, base_url=URL, rate_limit=None)
cmr.users.get(user_id=USER_ID)
""",
}


def cold_start(base_url: str, generated: Path, runs: int = 15) -> list[Row]:
    """A fresh process: imports, client, one parsed users.get; elapsed time and the child's peak RSS."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(generated), env.get("PYTHONPATH", "")]))
    header = f"URL = {base_url!r}\nKEY = {API_KEY!r}\nUSER_ID = {USER_ID!r}\n"
    programs = {name: header + code + PEAK_RSS for name, code in _COLD.items()}
    for program in programs.values():  # compile and cache bytecode before timing
        fresh_process(program, env)
    seconds: dict[str, list[float]] = {name: [] for name in programs}
    peaks: dict[str, list[int]] = {name: [] for name in programs}
    order = list(programs.items())
    for run in range(runs):
        for name, program in order[run % len(order) :] + order[: run % len(order)]:
            elapsed, peak = fresh_process(program, env)
            seconds[name].append(elapsed)
            peaks[name].append(peak)
    time_of = {name: statistics.median(values) for name, values in seconds.items()}
    rss_of = {name: statistics.median(values) / 1024 for name, values in peaks.items()}
    ratio = time_of["ours"] / time_of["raw"]
    extra, plain_extra = rss_of["ours"] - rss_of["raw"], rss_of["plain"] - rss_of["raw"]
    peer_extra = rss_of["peer"] - rss_of["raw"]
    return [
        Row(
            "cold start: import, client, one parsed users.get (fresh process)",
            _ms(time_of["ours"]),
            _ms(time_of["raw"]),
            ratio,
            "<= 1.30x",
            ratio <= 1.3,
            plain=_ms(time_of["plain"]),
            plain_ratio=time_of["plain"] / time_of["raw"],
            peer=_ms(time_of["peer"]),
            peer_ratio=time_of["peer"] / time_of["raw"],
        ),
        Row(
            "cold start: peak RSS (VmHWM) over raw httpx",
            f"+{extra:.1f} MiB",
            f"{rss_of['raw']:.1f} MiB",
            None,
            "<= +4 MiB",
            extra <= 4.0,
            plain=f"+{plain_extra:.1f} MiB",
            peer=f"+{peer_extra:.1f} MiB",
        ),
    ]


def rate_limit(base_url: str) -> list[Row]:
    ideal = RATE_CALLS / RATE
    ok_before, rejected_before = server_stats(base_url)
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
    ok_after, rejected_after = server_stats(base_url)
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


def fleet(base_url: str, stores: dict[str, str], counts: tuple[int, ...] = FLEET_PROCESSES) -> list[Row]:
    """Processes on one key through each pacing store: elapsed against the ideal, and the server's 429s."""
    rows = []
    for label, store in stores.items():
        for processes in counts if label != "memory" else counts[1:]:
            run = run_fleet(base_url, store, processes, FLEET_CALLS, api_key=f"bench-fleet-{label}-{processes}")
            ratio = run.elapsed / run.ideal
            rows.append(
                Row(
                    f"fleet: {processes} process(es) x {FLEET_CALLS} users.get, one key, rate_limit_store={label}",
                    f"{run.elapsed:.2f} s, {run.rejected} x 429",
                    f"{run.ideal:.2f} s (ideal), 0 x 429",
                    ratio,
                    "<= 1.05x, 0 x 429" if label != "memory" else "— (per-client pacing, for comparison)",
                    (ratio <= 1.05 and run.rejected == 0 and run.failed == 0) if label != "memory" else None,
                )
            )
    return rows


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
