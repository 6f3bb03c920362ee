"""Fixtures: real redis-server and PostgreSQL processes on loopback, started for the session and stopped after.

A missing server fails the run under CI (`CI=true`) and skips these tests elsewhere (tests/support/servers.py).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from benchmarks._harness import running_server
from tests.support.servers import PostgresServer, RedisServer, ServerMissing

ServerT = TypeVar("ServerT", RedisServer, PostgresServer)

_databases = itertools.count()


def _start(server: Callable[[], ServerT]) -> ServerT:
    """Under CI the servers must be there (.ci/run installs them): a missing one fails the run; elsewhere the
    tests that need it skip, saying what to install."""
    try:
        return server()
    except ServerMissing as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{exc} (CI must install it: see .ci/run)", pytrace=False)
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    server = _start(RedisServer)
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    """The session's Redis, emptied for this test."""
    import redis

    with redis.Redis.from_url(redis_server.url) as connection:
        connection.flushall()
    return redis_server.url


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A Redis of this test's own, which it may kill and start again."""
    server = _start(RedisServer)
    yield server
    server.stop()


@pytest.fixture
def make_redis() -> Iterator[Callable[..., RedisServer]]:
    """Redis servers of this test's own, started with the given options (`"--appendonly", "yes"`)."""
    made: list[RedisServer] = []

    def make(*options: str) -> RedisServer:
        made.append(_start(lambda: RedisServer(*options)))
        return made[-1]

    yield make
    for server in made:
        server.stop()


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL of this module's own, which its tests may kill and start again."""
    server = _start(PostgresServer)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = _start(PostgresServer)
    yield server
    server.stop()


@pytest.fixture
def postgres_dsn(postgres_server: PostgresServer) -> str:
    """A new, empty database on the session's PostgreSQL."""
    import psycopg

    name = f"cmr_test_{next(_databases)}"
    with psycopg.connect(postgres_server.dsn, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return postgres_server.database_dsn(name)


@pytest.fixture(scope="session")
def limited_server() -> Iterator[str]:
    """The benchmark server: its `/limited/` routes allow 5 requests per sliding second per key (429 beyond)."""
    with running_server() as base_url:
        yield base_url


@pytest.fixture(params=["sqlite", "redis"])
def pacing_store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A shared pacing store URL: an SQLite file of this test's, or the session's Redis, emptied."""
    if request.param == "sqlite":
        return f"sqlite://{tmp_path}/pace.sqlite3"
    url: str = request.getfixturevalue("redis_url")
    return url
