"""A fleet of processes calling on one partner key at once, each with its own client, against the benchmark
server's `/limited/` routes (5 requests per sliding second per key, 429 beyond). Used by `nox -s bench` and by
the multi-process tests of the shared pacing stores (tests/stores).
"""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import dataclass
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

import httpx

from benchmarks._payloads import USER_ID

# Long enough for every process to import the client and reach the barrier on a loaded 2-core machine.
START_TIMEOUT = 60.0


@dataclass(frozen=True)
class FleetRun:
    processes: int
    calls: int
    elapsed: float
    accepted: int
    rejected: int  # 429 answers the server gave, retried or not
    failed: int  # calls that raised

    @property
    def ideal(self) -> float:
        """The time the server's limit allows for these calls: 5 per second."""
        return self.calls / 5.0


def server_stats(base_url: str) -> tuple[int, int]:
    """How many `/limited/` requests the server accepted and refused (429) so far."""
    stats = httpx.get(f"{base_url}/_stats").json()
    return int(stats["ok"]), int(stats["rejected"])


def _worker(base_url: str, store: str, api_key: str, calls: int, barrier: Barrier, results: Queue[int]) -> None:
    from coldmailreseller import APIError, ColdMailReseller

    failed = 0
    with ColdMailReseller(api_key=api_key, base_url=f"{base_url}/limited", rate_limit_store=store) as cmr:
        barrier.wait(START_TIMEOUT)
        for _ in range(calls):
            try:
                cmr.users.get(user_id=USER_ID)
            except APIError:
                failed += 1
    results.put(failed)


def run_fleet(base_url: str, store: str, processes: int, calls_per_process: int, api_key: str) -> FleetRun:
    """Start `processes` fresh interpreters (spawn, as on macOS and Windows: nothing inherited), release them
    together, and time until the last call of the last one."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes + 1)
    results: Queue[int] = context.Queue()
    ok_before, rejected_before = server_stats(base_url)
    workers = [
        context.Process(target=_worker, args=(base_url, store, api_key, calls_per_process, barrier, results))
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    try:
        barrier.wait(START_TIMEOUT)
        started = time.perf_counter()
        # Each call may wait for its slot behind every other process's calls, plus retries.
        deadline = START_TIMEOUT + 2.0 * processes * calls_per_process
        failed = sum(results.get(timeout=deadline) for _ in workers)
        elapsed = time.perf_counter() - started
    finally:
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.kill()
    ok_after, rejected_after = server_stats(base_url)
    return FleetRun(
        processes,
        processes * calls_per_process,
        elapsed,
        ok_after - ok_before,
        rejected_after - rejected_before,
        failed,
    )
