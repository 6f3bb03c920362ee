"""PostgresDeduplicator against a real PostgreSQL: the table, marking inside the caller's transaction (commit and
rollback), waiting on another transaction, reconnecting, and keeping the password out of sight. The
store-agnostic contract is in test_dedup_lifecycle.py."""

from __future__ import annotations

import asyncio
import itertools
import sys
import threading
import time

import psycopg
import pytest

from coldmailreseller.errors import ClientClosedError, ConfigurationError
from coldmailreseller.webhooks import DeduplicationStoreError, PostgresDeduplicator
from tests.support.servers import PostgresServer

_schemas = itertools.count()


class Boom(Exception):
    pass


@pytest.fixture(scope="module")
def database(postgres_server: PostgresServer) -> str:
    with psycopg.connect(postgres_server.dsn, autocommit=True) as connection:
        connection.execute("CREATE DATABASE cmr_postgres_store")
    return postgres_server.database_dsn("cmr_postgres_store")


@pytest.fixture
def postgres_dsn(database: str) -> str:
    """An empty schema of this test's own, first on the search path: a new database per test takes longer."""
    schema = f"test_{next(_schemas)}"
    with psycopg.connect(database, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    return f"{database}?options=-csearch_path%3D{schema}"


@pytest.fixture
def effects(postgres_dsn: str) -> str:
    """A table of the receiver's own, written in the same transaction as the mark."""
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute("CREATE TABLE effects (event_id text PRIMARY KEY)")
    return postgres_dsn


def rows(dsn: str, query: str) -> list[tuple[object, ...]]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(query).fetchall()


def test_the_table_is_made_on_first_use(postgres_dsn: str) -> None:
    with PostgresDeduplicator(postgres_dsn) as store:
        assert rows(postgres_dsn, "SELECT to_regclass('cmr_webhook_events')::text") == [(None,)]  # not connected yet
        assert store.seen("a") is False
        claim = store.claim("b")
        assert claim is not None
    assert rows(postgres_dsn, "SELECT event_id, state FROM cmr_webhook_events ORDER BY 1") == [
        ("a", "done"),
        ("b", "claimed"),
    ]
    leased = rows(postgres_dsn, "SELECT lease_until - clock_timestamp() FROM cmr_webhook_events WHERE event_id = 'b'")
    assert 55 < leased[0][0].total_seconds() <= 60  # type: ignore[attr-defined]
    with PostgresDeduplicator(postgres_dsn) as again:  # an existing table is used as it is
        assert again.seen("a") is True and again.is_done("a") is True


def test_a_table_of_your_choice(postgres_dsn: str) -> None:
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA hooks")
    with PostgresDeduplicator(postgres_dsn, table="hooks.Received") as store:
        assert store.seen("a") is False and store.seen("a") is True
        assert "table='hooks.Received'" in repr(store)
    assert rows(postgres_dsn, 'SELECT event_id FROM hooks."Received"') == [("a",)]
    for bad in ("events; DROP TABLE effects", "a.b.c", "", "1events", 'x"y'):
        with pytest.raises(ConfigurationError, match="table name"):
            PostgresDeduplicator(postgres_dsn, table=bad)


def test_the_mark_commits_with_the_callers_transaction(effects: str) -> None:
    with PostgresDeduplicator(effects) as store, psycopg.connect(effects) as conn:
        with conn.transaction():
            assert store.seen("e1", connection=conn) is False
            conn.execute("INSERT INTO effects VALUES ('e1')")
            assert store.is_done("e1") is False  # the store's own connection cannot see it before the commit
        assert store.is_done("e1") is True
        assert store.seen("e1") is True

        with conn.transaction():
            claim = store.claim("e2", connection=conn)
            assert claim is not None
            conn.execute("INSERT INTO effects VALUES ('e2')")
            store.complete(claim, connection=conn)
        assert store.claim("e2") is None and store.is_done("e2") is True
    assert rows(effects, "SELECT event_id FROM effects ORDER BY 1") == [("e1",), ("e2",)]


def test_a_rolled_back_transaction_leaves_the_event_unmarked(effects: str) -> None:
    with PostgresDeduplicator(effects) as store, psycopg.connect(effects) as conn:
        with pytest.raises(Boom), conn.transaction():
            assert store.seen("e1", connection=conn) is False
            conn.execute("INSERT INTO effects VALUES ('e1')")
            raise Boom
        with pytest.raises(Boom), conn.transaction():
            claim = store.claim("e2", connection=conn)
            assert claim is not None
            conn.execute("INSERT INTO effects VALUES ('e2')")
            store.complete(claim, connection=conn)
            raise Boom
        assert store.is_done("e1") is False and store.is_done("e2") is False
        assert store.claim("e2") is not None  # claimable again at once: no lease was left behind
        assert store.seen("e1") is False
    assert rows(effects, "SELECT event_id FROM effects") == []


@pytest.mark.parametrize("outcome", ["commit", "rollback"])
def test_another_receiver_waits_for_the_transaction_to_end(effects: str, outcome: str) -> None:
    with PostgresDeduplicator(effects) as store, psycopg.connect(effects) as conn:
        assert store.seen("e", connection=conn) is False  # the transaction is open now
        answers: list[bool] = []
        other = threading.Thread(target=lambda: answers.append(store.seen("e")))
        other.start()
        time.sleep(0.2)
        assert other.is_alive() and answers == []  # waiting on the row, not guessing
        if outcome == "commit":
            conn.commit()
        else:
            conn.rollback()
        other.join(timeout=10)
        # Committed: the other receiver sees a duplicate. Rolled back: the event is new to it.
        assert answers == [outcome == "commit"]


def test_a_row_held_past_the_statement_timeout_is_a_typed_outage(effects: str) -> None:
    """A receiver never blocks for long on another's transaction: its statement is cancelled and the delivery
    answered 503 (CMR delivers it again)."""
    with PostgresDeduplicator(effects, statement_timeout=0.5) as store, psycopg.connect(effects) as conn:
        assert store.seen("e", connection=conn) is False  # the transaction holds the row now
        raised: list[BaseException] = []

        def other() -> None:
            try:
                store.seen("e")
            except BaseException as exc:
                raised.append(exc)

        thread = threading.Thread(target=other)
        started = time.monotonic()
        thread.start()
        thread.join(timeout=10)
        assert not thread.is_alive()
        assert len(raised) == 1 and isinstance(raised[0], DeduplicationStoreError), raised
        assert raised[0].status_code == 503
        assert time.monotonic() - started < 5
        conn.rollback()
        assert store.seen("e") is False  # the store works on after the cancelled statement


def test_the_statement_timeout_must_be_a_positive_number() -> None:
    with pytest.raises(ConfigurationError, match="statement_timeout"):
        PostgresDeduplicator("postgresql://u@127.0.0.1:1/db", statement_timeout=0)


def test_the_async_twins_join_an_async_transaction(effects: str) -> None:
    async def run() -> None:
        async with PostgresDeduplicator(effects) as store, await psycopg.AsyncConnection.connect(effects) as conn:
            async with conn.transaction():
                claim = await store.claim_async("e1", connection=conn)
                assert claim is not None
                await conn.execute("INSERT INTO effects VALUES ('e1')")
                await store.complete_async(claim, connection=conn)
                assert await store.is_done_async("e1") is False
            assert await store.is_done_async("e1") is True
            with pytest.raises(Boom):
                async with conn.transaction():
                    assert await store.seen_async("e2", connection=conn) is False
                    raise Boom
            assert await store.seen_async("e2") is False

    asyncio.run(run())
    assert rows(effects, "SELECT event_id FROM effects") == [("e1",)]


def test_a_broken_connection_is_replaced(postgres_dsn: str) -> None:
    def kill_other_connections() -> None:
        rows(
            postgres_dsn,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )

    with PostgresDeduplicator(postgres_dsn) as store:
        assert store.seen("a") is False
        kill_other_connections()
        assert store.seen("b") is False  # no error: reconnected and ran again
        assert store.seen("a") is True

    async def run() -> None:
        async with PostgresDeduplicator(postgres_dsn) as store:
            assert await store.seen_async("c") is False
            kill_other_connections()
            assert await store.seen_async("c") is True

    asyncio.run(run())


def test_purge_deletes_expired_marks_and_dead_claims(postgres_dsn: str) -> None:
    with PostgresDeduplicator(postgres_dsn, ttl_seconds=0.2) as store:
        assert store.seen("old") is False
        assert store.claim("dead", lease_seconds=0.2) is not None
        assert store.claim("live", lease_seconds=30) is not None
        time.sleep(0.25)
        assert store.seen("fresh") is False
        assert store.purge() == 2
        assert store.purge() == 0
    assert rows(postgres_dsn, "SELECT event_id FROM cmr_webhook_events ORDER BY 1") == [("fresh",), ("live",)]


def test_a_closed_store_refuses_work(postgres_dsn: str) -> None:
    store = PostgresDeduplicator(postgres_dsn)
    store.seen("a")
    store.close()
    store.close()
    with pytest.raises(ClientClosedError):
        store.seen("a")


def test_the_password_never_shows() -> None:
    for dsn in (
        "postgresql://postgres:s3cret@127.0.0.1:1/events",
        "host=127.0.0.1 port=1 dbname=events user=postgres password=s3cret",
    ):
        store = PostgresDeduplicator(dsn)  # does not connect
        assert "s3cret" not in repr(store)
        assert "postgresql://127.0.0.1:1/events" in repr(store)
        with pytest.raises(DeduplicationStoreError) as failure:
            store.seen("a")  # nothing listens on port 1
        assert "s3cret" not in str(failure.value) and "s3cret" not in repr(failure.value)
        assert "psycopg.OperationalError" in str(failure.value) and failure.value.__cause__ is None
        store.close()
    with pytest.raises(ConfigurationError) as bad:
        PostgresDeduplicator("host=127.0.0.1 password s3cret")
    assert "s3cret" not in str(bad.value)


def test_without_psycopg_installed_the_error_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name == "psycopg" or name.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # makes `import psycopg` fail
    with pytest.raises(ConfigurationError, match=r"pip install 'coldmailreseller\[postgres\]'"):
        PostgresDeduplicator("postgresql://127.0.0.1:1/events")
