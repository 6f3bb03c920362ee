"""Starting the benchmark server, and timing two contenders fairly (interleaved, same run)."""

from __future__ import annotations

import contextlib
import gc
import selectors
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 15.0


@contextlib.contextmanager
def running_server() -> Iterator[str]:
    """Start benchmarks._server in a subprocess and yield its base URL; stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._server"],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = _readline(process, START_TIMEOUT)
        if not line.startswith("PORT "):
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@contextlib.contextmanager
def fleet_stores(folder: Path) -> Iterator[dict[str, str]]:
    """The pacing stores to compare: per client, an SQLite file, and a redis-server of our own when installed."""
    from tests.support.servers import RedisServer, ServerMissing

    stores = {"memory": "memory", "sqlite": f"sqlite://{folder}/pace.sqlite3"}
    try:
        redis_server: RedisServer | None = RedisServer()
    except ServerMissing as exc:
        print(f"  skipping the Redis store: {exc}", flush=True)
        redis_server = None
    if redis_server is not None:
        stores["redis"] = redis_server.url
    try:
        yield stores
    finally:
        if redis_server is not None:
            redis_server.stop()


def _readline(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise RuntimeError(f"benchmark server printed nothing within {timeout:.0f} s")
    return process.stdout.readline()


def interleaved_per_call(contenders: dict[str, Callable[[], object]], *, rounds: int, warmup: int) -> dict[str, float]:
    """Median seconds per call of each contender. Every call is timed on its own and the contenders take turns
    call by call, in a rotating order, so that load from elsewhere on the machine hits all of them alike."""
    for _ in range(warmup):
        for func in contenders.values():
            func()
    times: dict[str, list[float]] = {name: [] for name in contenders}
    order = list(contenders.items())
    gc.collect()
    for round_no in range(rounds):
        shift = round_no % len(order)
        for name, func in order[shift:] + order[:shift]:
            started = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def fresh_process(code: str, env: dict[str, str]) -> tuple[float, int]:
    """Run `code` in a new interpreter, which must print `<seconds> <peak RSS in KiB>` as its last line."""
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"benchmark child failed: {result.stderr.strip()}")
    seconds, kib = result.stdout.split()[-2:]
    return float(seconds), int(kib)


# What a child prints last: its elapsed time and its own peak RSS. `ru_maxrss` would report the parent's
# high-water mark across fork+exec; VmHWM is the child's.
PEAK_RSS = """
elapsed = time.perf_counter() - started
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(elapsed, peak)
"""
