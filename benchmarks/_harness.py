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


def _readline(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise RuntimeError(f"benchmark server printed nothing within {timeout:.0f} s")
    return process.stdout.readline()


def interleaved_per_call(
    ours: Callable[[], object], raw: Callable[[], object], *, pairs: int, warmup: int
) -> tuple[float, float]:
    """Median seconds per call of each contender. Every call is timed on its own and the two alternate call by
    call (ours-raw, then raw-ours), so that load from elsewhere on the machine hits both alike."""
    for _ in range(warmup):
        ours()
        raw()
    times: dict[str, list[float]] = {"ours": [], "raw": []}
    sides = [("ours", ours), ("raw", raw)]
    gc.collect()
    for pair in range(pairs):
        for name, func in sides if pair % 2 == 0 else sides[::-1]:
            started = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - started)
    return statistics.median(times["ours"]), statistics.median(times["raw"])


def import_seconds(statement: str, env: dict[str, str]) -> float:
    """Wall time of `statement` alone, measured inside a fresh interpreter (startup excluded)."""
    code = f"import time\nstarted = time.perf_counter()\n{statement}\nprint(time.perf_counter() - started)"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        raise RuntimeError(f"{statement!r} failed: {result.stderr.strip()}")
    return float(result.stdout)
