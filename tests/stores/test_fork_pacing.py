"""A pacer whose pacing store was used in the parent (a client made, and used, before the fork) paces
its forked children together, each on a store connection of its own, and leaves the parent's alone."""

from __future__ import annotations

import itertools
import time
from typing import Any

from coldmailreseller._pacing.pacer import Pacer
from coldmailreseller._pacing.registry import open_store
from coldmailreseller._pacing.store import pacing_key
from tests.stores._forked import run_forked

RATE = 20.0  # a slot every 51 ms: quick, yet far wider than a booking's round trip
CHILDREN = 4
CALLS = 5


def connection_of(store: Any) -> Any:
    """The store's connection in this process: the sqlite3 object itself, or its id on the Redis server."""
    if hasattr(store, "_handle"):
        return store._handle.get().conn
    return store._clients.get().script.registered_client.client_id()


def test_a_pacer_made_before_the_fork_paces_the_children_together(pacing_store: str) -> None:
    store = open_store(pacing_store)
    pacer = Pacer(RATE, store=store, key=pacing_key(f"fork-{pacing_store}"))
    pacer.acquire()  # the parent now holds a connection to the store
    parents = connection_of(store)
    is_sqlite = hasattr(store, "_handle")

    def book(index: int) -> tuple[list[float], Any]:
        sent = []
        for _ in range(CALLS):
            pacer.acquire()
            sent.append(time.time())
        assert store.health.usable(), "the store failed in the child: it paced alone"
        connection = connection_of(store)
        # An sqlite3 connection cannot be sent back: the child says whether it is the one it inherited.
        return sent, (connection is parents) if is_sqlite else connection

    answers = run_forked(book, CHILDREN, timeout=30)

    sent = sorted(moment for times, _ in answers for moment in times)
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent)]
    # One store: the 20 sends are spread over 19 intervals. Four stores would overlap in a quarter of that.
    assert sent[-1] - sent[0] >= 0.95 * (len(sent) - 1) * pacer.interval
    assert min(gaps) >= pacer.interval / 2, gaps
    children = [connection for _, connection in answers]
    if is_sqlite:
        assert children == [False] * CHILDREN  # each child opened the file itself
    else:
        assert len({parents, *children}) == CHILDREN + 1  # a Redis connection per process
    # The parent's connection is the one it had, and still books.
    assert store.reserve(pacer.key, pacer.interval) is not None
    assert connection_of(store) is parents if is_sqlite else connection_of(store) == parents
