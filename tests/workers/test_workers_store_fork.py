"""A fork while another thread of the parent is inside the pacing store (waiting on a busy SQLite file or a paused
Redis): the child's calls must go through, not wait forever on a lock or a connection that the fork copied in
the state the other thread left it in."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from coldmailreseller import ColdMailReseller
from tests.workers._forking import Children
from tests.workers._server import UsersServer

KEY = "sk-WORKERS-0123456789"
CHILD_DEADLINE = 6.0  # the store's own timeouts (2 s busy timeout for SQLite) end any wait well before this
HOLD = 1.5  # how long the store stays busy


@contextmanager
def busy_sqlite(path: str) -> Iterator[None]:
    """Another process's write transaction on the schedule file, for HOLD seconds."""
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


@contextmanager
def paused_redis(url: str) -> Iterator[None]:
    """Redis answers no command for HOLD seconds (as under a failover or a long script)."""
    import redis

    with redis.Redis.from_url(url) as connection:
        connection.execute_command("CLIENT", "PAUSE", int(HOLD * 1000), "ALL")
        yield


@pytest.mark.parametrize("kind", ["sqlite", "redis"])
def test_a_fork_while_a_thread_waits_on_the_store_does_not_hang_the_child(
    kind: str, users_server: UsersServer, tmp_path: Path, children: Children, request: pytest.FixtureRequest
) -> None:
    path = str(tmp_path / "pace.sqlite3")
    url = f"sqlite://{path}" if kind == "sqlite" else request.getfixturevalue("redis_url")
    busy: Callable[[], AbstractContextManager[None]] = (
        (lambda: busy_sqlite(path)) if kind == "sqlite" else (lambda: paused_redis(url))
    )
    settings = {"api_key": KEY, "base_url": users_server.base_url, "rate_limit_store": url, "rate_limit": 100}
    with ColdMailReseller(**settings, max_retries=0, timeout=10) as cmr:
        assert cmr.users.get(user_id="parent-0").id == "parent-0"  # the store is open and in use
        answers: list[str] = []
        with busy():
            waiting = threading.Thread(target=lambda: answers.append(cmr.users.get(user_id="parent-1").id))
            waiting.start()
            time.sleep(0.3)  # it is now inside the store, waiting
            child = children.fork(lambda: cmr.users.get(user_id="child-0").id)
            time.sleep(HOLD - 0.3)
        answer = children.result(child, deadline=time.monotonic() + CHILD_DEADLINE)
        assert answer == "child-0"
        waiting.join(CHILD_DEADLINE)
        assert answers == ["parent-1"]
