"""Webhook deduplication in PostgreSQL, for receivers on several hosts, and for receivers whose work is itself
written to PostgreSQL.

Why PostgreSQL: a receiver that records an event's effects in its database can mark the event in the same
transaction (`connection=`), so that the effects and the mark commit or roll back together. No store outside
that database can promise this: there is always a moment when the work is committed and the mark is not (a
crash there repeats the work) or the reverse (a crash there loses it). Why this shape:

- Every operation is one `INSERT ... ON CONFLICT` statement on the event's row, so PostgreSQL's row locking
  makes it atomic across hosts: of several receivers taking the same event at the same moment exactly one wins,
  and inside a caller's transaction the others wait until it commits (and then see the event taken) or rolls
  back (and then take it themselves).
- The database clock (`clock_timestamp()`) decides when leases and marks expire, so the receivers' clocks do not
  have to agree.
- The store's own connection is in autocommit mode, and a call is retried once on a new connection when the old
  one broke (a restarted server, a dropped idle connection). Every row carries the token of the call that wrote
  it, so a retried statement whose first attempt did commit recognises its own row. A call that still fails
  raises `DeduplicationStoreError`, not psycopg's exception (which holds the connection, and with it the
  password): the receiver answers 503 and CMR delivers again.
- Each process uses connections of its own (_perprocess.py). A connection inherited across a fork is dropped,
  never closed: closing it would end the parent's session, and libpq does not close a connection made by
  another process when it is collected.
- psycopg is an optional dependency: this module imports it only when a store is created.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..errors import ConfigurationError
from ._postgres import DEFAULT_STATEMENT_TIMEOUT, PostgresConnections, advisory_lock_id
from .dedup import (
    DEFAULT_TTL_SECONDS,
    Claim,
    ClosingStore,
    check_ttl,
    lease_seconds_or_default,
    new_token,
    store_failure,
)

if TYPE_CHECKING:
    import psycopg
    from psycopg import sql
else:
    from .._lazy import LazyModule

    psycopg = LazyModule("psycopg")  # imported when a store is made, or an annotation is evaluated

__all__ = ["DEFAULT_STATEMENT_TIMEOUT", "DEFAULT_TABLE", "PostgresDeduplicator"]

DEFAULT_TABLE = "cmr_webhook_events"
_INSTALL = "pip install 'coldmailreseller[postgres]'"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")

# `{table}` is the table (an sql.Identifier); the parameters are %(id)s, %(token)s, %(ttl)s (seconds, NULL for
# never) and %(lease)s (seconds). Rows: state 'claimed' until lease_until, or 'done' since done_at.
_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS {table} (
    event_id text PRIMARY KEY,
    state text NOT NULL CHECK (state IN ('claimed', 'done')),
    token text NOT NULL,
    lease_until timestamptz,
    received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    done_at timestamptz
)""",
    "CREATE INDEX IF NOT EXISTS {index} ON {table} (done_at)",
)
# The row may be taken over: its mark expired, or its claim's lease ran out, or it is this call's own row (the
# first attempt of a retried statement committed).
_REUSABLE = """(e.state = 'done' AND e.done_at <= clock_timestamp() - make_interval(secs => %(ttl)s::float8))
    OR (e.state = 'claimed' AND e.lease_until <= clock_timestamp())
    OR e.token = excluded.token"""
_SEEN = (
    "INSERT INTO {table} AS e (event_id, state, token, done_at) VALUES (%(id)s, 'done', %(token)s, clock_timestamp())"
    " ON CONFLICT (event_id) DO UPDATE SET state = 'done', token = excluded.token, lease_until = NULL,"
    " received_at = excluded.received_at, done_at = excluded.done_at WHERE " + _REUSABLE + " RETURNING 1"
)
_CLAIM = (
    "INSERT INTO {table} AS e (event_id, state, token, lease_until)"
    " VALUES (%(id)s, 'claimed', %(token)s, clock_timestamp() + make_interval(secs => %(lease)s::float8))"
    " ON CONFLICT (event_id) DO UPDATE SET state = 'claimed', token = excluded.token,"
    " lease_until = excluded.lease_until, received_at = excluded.received_at, done_at = NULL"
    " WHERE " + _REUSABLE + " RETURNING 1"
)
_COMPLETE = (
    "INSERT INTO {table} AS e (event_id, state, token, done_at) VALUES (%(id)s, 'done', %(token)s, clock_timestamp())"
    " ON CONFLICT (event_id) DO UPDATE SET state = 'done', token = excluded.token, lease_until = NULL,"
    " done_at = excluded.done_at"
)
_RELEASE = "DELETE FROM {table} WHERE event_id = %(id)s AND state = 'claimed' AND token = %(token)s"
_IS_DONE = (
    "SELECT 1 FROM {table} WHERE event_id = %(id)s AND state = 'done'"
    " AND COALESCE(done_at > clock_timestamp() - make_interval(secs => %(ttl)s::float8), true)"
)
_PURGE = (
    "DELETE FROM {table} WHERE (state = 'claimed' AND lease_until <= clock_timestamp())"
    " OR (state = 'done' AND done_at <= clock_timestamp() - make_interval(secs => %(ttl)s::float8))"
)


def _table_parts(table: str) -> list[str]:
    parts = table.split(".")
    if len(parts) > 2 or not all(_NAME.fullmatch(part) for part in parts):
        raise ConfigurationError(f"not a table name (letters, digits, _; optionally schema.table): {table!r}")
    return parts


class PostgresDeduplicator(ClosingStore):
    """Deduplicator in a PostgreSQL table (`pip install 'coldmailreseller[postgres]'`, psycopg 3), shared by any
    number of receivers, that can also mark events inside your own transaction.

    `dsn` is a libpq connection string or URL. The table (`table`, default `cmr_webhook_events`, optionally
    `schema.table`) is created on first use if it does not exist. Done events count as new again after
    `ttl_seconds` (None: never); `purge()` deletes expired rows. Creating the store does not connect; the first
    call does. Sync calls share one connection (any thread); async calls use an `AsyncConnection` made on first
    use in the running event loop. `close()` / `aclose()`, or use it as a (sync or async) context manager. A
    statement of the store's own that waits longer than `statement_timeout` seconds (default 30; None: no limit),
    on a hung server or on an event another receiver's transaction holds, raises `DeduplicationStoreError`.

    `seen`, `claim` and `complete` (and their async twins) take `connection=`, a psycopg connection of yours
    inside a transaction: the statement runs there and is not committed, so the mark commits or rolls back with
    your own writes, and its errors are psycopg's, as for your own statements. Meanwhile other receivers asking
    for the same event wait for your transaction to end. The store's own connections are per process (a store
    used before a fork connects again in each child), and their failures raise `DeduplicationStoreError`.
    `repr()` and the errors raised here never show the password.
    """

    def __init__(
        self,
        dsn: str,
        *,
        ttl_seconds: float | None = DEFAULT_TTL_SECONDS,
        table: str = DEFAULT_TABLE,
        connect_timeout: int = 10,
        statement_timeout: float | None = DEFAULT_STATEMENT_TIMEOUT,
    ) -> None:
        try:
            from psycopg import sql
        except ImportError:
            raise ConfigurationError(f"PostgresDeduplicator needs the psycopg package: {_INSTALL}") from None
        self._ttl = check_ttl(ttl_seconds)
        parts = _table_parts(table)
        self._table_name = table
        identifier = sql.Identifier(*parts)
        index = sql.Identifier(f"{parts[-1]}_done_at")
        self._pg = PostgresConnections(
            dsn,
            name="PostgresDeduplicator",
            schema=[sql.SQL(statement).format(table=identifier, index=index) for statement in _SCHEMA],
            schema_lock=advisory_lock_id(table),
            failure=store_failure,
            connect_timeout=connect_timeout,
            statement_timeout=statement_timeout,
        )
        self._where = self._pg.where
        self._local = self._pg.local  # this process's connections
        self._sql: dict[str, sql.Composed] = {
            name: sql.SQL(statement).format(table=identifier)
            for name, statement in (
                ("seen", _SEEN),
                ("claim", _CLAIM),
                ("complete", _COMPLETE),
                ("release", _RELEASE),
                ("is_done", _IS_DONE),
                ("purge", _PURGE),
            )
        }

    # -- the operations -------------------------------------------------------------------------------------

    def seen(self, event_id: str, *, connection: psycopg.Connection[Any] | None = None) -> bool:
        return self._execute("seen", {"id": event_id, "token": new_token()}, connection) == 0

    def claim(
        self, event_id: str, *, lease_seconds: float | None = None, connection: psycopg.Connection[Any] | None = None
    ) -> Claim | None:
        claim = Claim(event_id, new_token(), lease_seconds_or_default(lease_seconds))
        taken = self._execute("claim", self._claim_params(claim), connection)
        return claim if taken == 1 else None

    def complete(self, claim: Claim, *, connection: psycopg.Connection[Any] | None = None) -> None:
        self._execute("complete", {"id": claim.event_id, "token": claim.token}, connection)

    def release(self, claim: Claim) -> None:
        self._execute("release", {"id": claim.event_id, "token": claim.token}, None)

    def is_done(self, event_id: str) -> bool:
        return self._execute("is_done", {"id": event_id}, None) == 1

    def purge(self) -> int:
        """Delete rows whose mark expired or whose claim's lease ran out; return how many were deleted."""
        return self._execute("purge", {}, None)

    async def seen_async(self, event_id: str, *, connection: psycopg.AsyncConnection[Any] | None = None) -> bool:
        return await self._execute_async("seen", {"id": event_id, "token": new_token()}, connection) == 0

    async def claim_async(
        self,
        event_id: str,
        *,
        lease_seconds: float | None = None,
        connection: psycopg.AsyncConnection[Any] | None = None,
    ) -> Claim | None:
        claim = Claim(event_id, new_token(), lease_seconds_or_default(lease_seconds))
        taken = await self._execute_async("claim", self._claim_params(claim), connection)
        return claim if taken == 1 else None

    async def complete_async(self, claim: Claim, *, connection: psycopg.AsyncConnection[Any] | None = None) -> None:
        await self._execute_async("complete", {"id": claim.event_id, "token": claim.token}, connection)

    async def release_async(self, claim: Claim) -> None:
        await self._execute_async("release", {"id": claim.event_id, "token": claim.token}, None)

    async def is_done_async(self, event_id: str) -> bool:
        return await self._execute_async("is_done", {"id": event_id}, None) == 1

    @staticmethod
    def _claim_params(claim: Claim) -> dict[str, object]:
        return {"id": claim.event_id, "token": claim.token, "lease": claim.lease_seconds}

    # -- running statements ---------------------------------------------------------------------------------

    def _execute(self, name: str, params: dict[str, object], connection: psycopg.Connection[Any] | None) -> int:
        query, params = self._sql[name], {"ttl": self._ttl, **params}
        if connection is not None:
            if not self._pg.schema_ready:
                self._pg.run(name, lambda own: 0)  # creates the table, outside the caller's transaction
            # Not under the lock: in the caller's transaction the statement may wait for another one to end.
            return connection.execute(query, params).rowcount
        return self._pg.run(name, lambda own: own.execute(query, params).rowcount)

    async def _execute_async(
        self, name: str, params: dict[str, object], connection: psycopg.AsyncConnection[Any] | None
    ) -> int:
        query, params = self._sql[name], {"ttl": self._ttl, **params}

        async def on_own(own: psycopg.AsyncConnection[Any]) -> int:
            return (await own.execute(query, params)).rowcount

        async def schema_only(own: psycopg.AsyncConnection[Any]) -> int:
            return 0

        if connection is not None:
            if not self._pg.schema_ready:
                await self._pg.run_async(name, schema_only)
            return (await connection.execute(query, params)).rowcount
        return await self._pg.run_async(name, on_own)

    # -- closing --------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close this process's sync connection. An async connection is closed by `aclose()`, in its event loop."""
        self._pg.close()

    async def aclose(self) -> None:
        """Close the async connection (when this event loop made one) and the sync connection."""
        await self._pg.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._where!r}, ttl_seconds={self._ttl}, table={self._table_name!r})"
