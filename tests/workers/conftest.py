"""Fixtures of the worker tests: the slow users server, forked children killed at teardown, and the session's
real redis-server (the fixtures of tests/stores/conftest.py, imported: pytest_plugins is only allowed in the
root conftest)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.stores.conftest import redis_server, redis_url
from tests.workers._forking import Children
from tests.workers._server import UsersServer

__all__ = ["children", "redis_server", "redis_url", "users_server"]


@pytest.fixture
def users_server() -> Iterator[UsersServer]:
    server = UsersServer()
    yield server
    server.stop()


@pytest.fixture
def children() -> Iterator[Children]:
    started = Children()
    yield started
    started.kill_all()
