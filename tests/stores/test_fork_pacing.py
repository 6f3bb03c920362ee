"""A rate limiter whose shared schedule was used in the parent (a client made, and used, before the fork) paces
its forked children together, each on a store connection of its own, and leaves the parent's alone."""

from __future__ import annotations

import itertools
import time
from typing import Any

from coldmailreseller._pacing.limiter import Pacer
from coldmailreseller._pacing.registry import open_store
from coldmailreseller._pacing.store import pacing_key
from tests.stores._forked import run_forked

RATE = 20.0  # a slot every 51 ms: quick, yet far wider than a booking's round trip
CHILDREN = 4
CALLS = 5


def connection_of(schedule: Any) -> Any:
    """The schedule's connection in this process: the sqlite3 object itself, or its id on the Redis server."""
    if hasattr(schedule, "_handle"):
        return schedule._handle.get().conn
    return schedule._clients.get().script.registered_client.client_id()


def test_a_limiter_made_before_the_fork_paces_the_children_together(pacing_store: str) -> None:
    schedule = open_store(pacing_store)
    limiter = Pacer(RATE, store=schedule, key=pacing_key(f"fork-{pacing_store}"))
    limiter.acquire()  # the parent now holds a connection to the store
    parents = connection_of(schedule)
    is_sqlite = hasattr(schedule, "_handle")

    def book(index: int) -> tuple[list[float], Any]:
        sent = []
        for _ in range(CALLS):
            limiter.acquire()
            sent.append(time.time())
        assert schedule.health.usable(), "the store failed in the child: it paced alone"
        connection = connection_of(schedule)
        # An sqlite3 connection cannot be sent back: the child says whether it is the one it inherited.
        return sent, (connection is parents) if is_sqlite else connection

    answers = run_forked(book, CHILDREN, timeout=30)

    sent = sorted(moment for times, _ in answers for moment in times)
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent)]
    # One schedule: the 20 sends are spread over 19 intervals. Four schedules would overlap in a quarter of that.
    assert sent[-1] - sent[0] >= 0.95 * (len(sent) - 1) * limiter.interval
    assert min(gaps) >= limiter.interval / 2, gaps
    children = [connection for _, connection in answers]
    if is_sqlite:
        assert children == [False] * CHILDREN  # each child opened the file itself
    else:
        assert len({parents, *children}) == CHILDREN + 1  # a Redis connection per process
    # The parent's connection is the one it had, and still books.
    assert schedule.reserve(limiter.key, limiter.interval) is not None
    assert connection_of(schedule) is parents if is_sqlite else connection_of(schedule) == parents
