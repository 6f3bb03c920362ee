"""The proof: processes sharing one key through a shared store get no 429 from a server that enforces 5
requests per sliding second, and finish close to the ideal time; with per-client pacing they do not."""

from __future__ import annotations

from benchmarks._fleet import run_fleet

PROCESSES = 4
CALLS = 8  # per process: 32 calls, 6.4 s at the limit


def test_a_shared_store_keeps_four_processes_under_the_limit(limited_server: str, pacing_store: str) -> None:
    run = run_fleet(limited_server, pacing_store, PROCESSES, CALLS, api_key=f"fleet-{pacing_store}")
    assert (run.rejected, run.failed, run.accepted) == (0, 0, PROCESSES * CALLS)
    # Evenly spaced slots: the last call leaves (n-1) intervals after the first. Loose bounds, not a timing
    # benchmark (nox -s bench measures): well above means the processes did not overlap, below means bursts.
    assert run.ideal * 0.9 <= run.elapsed <= run.ideal * 1.3


def test_per_client_pacing_collects_429s_from_the_same_fleet(limited_server: str) -> None:
    """The control: the server does enforce the limit, and clients pacing alone exceed it together."""
    run = run_fleet(limited_server, "memory", PROCESSES, CALLS, api_key="fleet-memory")
    assert run.rejected > 0
    assert run.failed == 0  # reads survive on retries
