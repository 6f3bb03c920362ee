"""The event store in PostgreSQL (`postgresql://` / `postgres://`): receivers and callers on many hosts.

One table (`cmr_webhook_event_log`, created if missing): a `bigserial` seq, the record's identity under a unique
constraint, and the correlation keys as a `text[]` with a GIN index. A record is one transaction: an advisory lock
that orders the recorders (so that seqs commit in their order and `after=` never skips one committed late), the
`INSERT ... ON CONFLICT DO NOTHING`, and a `pg_notify` that PostgreSQL delivers when it commits. `wait` LISTENs on
its own connection, then looks at what is already there, then reads notifications until its timeout. Expired rows
are deleted as new ones are recorded (`SKIP LOCKED`: concurrent recorders never wait on each other's clean-up).

Connections are the deduplicator's (_postgres.py): autocommit, a statement timeout, TCP keepalives; one per
process (and per event loop for asyncio), retried once when broken. Failures raise `EventStoreError`, never
psycopg's exception (which holds the connection, and with it the password).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._perprocess import PerProcess
from ..errors import ConfigurationError
from ._event_store_base import Idle, Pending, RecordedEvent, store_error
from ._postgres import DEFAULT_STATEMENT_TIMEOUT, PostgresConnections, advisory_lock_id

if TYPE_CHECKING:
    import psycopg
TABLE = "cmr_webhook_event_log"
_INSTALL = "pip install 'coldmailreseller[postgres]'"
# The longest single wait for a notification: the loop checks its deadline at least this often.
_READ_SECONDS = 1.0

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS {table} (
    seq bigserial PRIMARY KEY,
    dedup text NOT NULL UNIQUE,
    name text NOT NULL,
    event_id text,
    keys text[] NOT NULL,
    received_at double precision NOT NULL,
    body bytea NOT NULL
)""",
    "CREATE INDEX IF NOT EXISTS {keys_index} ON {table} USING gin (keys)",
    "CREATE INDEX IF NOT EXISTS {time_index} ON {table} (received_at)",
)
_EXPIRE = (
    "DELETE FROM {table} WHERE seq IN (SELECT seq FROM {table} WHERE received_at <= %(since)s FOR UPDATE SKIP LOCKED)"
)
_INSERT = (
    "INSERT INTO {table} (dedup, name, event_id, keys, received_at, body)"
    " VALUES (%(dedup)s, %(name)s, %(event_id)s, %(keys)s, %(received_at)s, %(body)s)"
    " ON CONFLICT (dedup) DO NOTHING RETURNING seq"
)
_NOTIFY = "SELECT pg_notify(%(channel)s, %(payload)s)"
_EVENTS = (
    "SELECT seq, name, event_id, keys, received_at, body FROM {table}"
    " WHERE keys @> ARRAY[%(key)s]::text[] AND seq > %(after)s AND received_at > %(since)s ORDER BY seq"
)
_ARRIVED = (
    "SELECT 1 FROM {table} WHERE keys && %(keys)s::text[] AND seq > %(after)s AND received_at > %(since)s LIMIT 1"
)


def _row(row: tuple[Any, ...]) -> RecordedEvent:
    seq, name, event_id, keys, received_at, body = row
    return RecordedEvent(seq, name, event_id, tuple(keys), received_at, bytes(body))


def _announced(payload: str, keys: frozenset[str], after: int) -> bool:
    seq, _, announced = payload.partition(" ")
    return int(seq) > after and not keys.isdisjoint(json.loads(announced))


class PostgresBackend:
    def __init__(
        self,
        dsn: str,
        *,
        connect_timeout: int = 10,
        statement_timeout: float = DEFAULT_STATEMENT_TIMEOUT,
    ) -> None:
        try:
            from psycopg import sql
        except ImportError:
            raise ConfigurationError(f"an event store in PostgreSQL needs the psycopg package: {_INSTALL}") from None
        table = sql.Identifier(TABLE)
        # Taken to create the table, and by each record: the recorders commit one after the other, in seq order.
        self._lock_id = advisory_lock_id(TABLE)
        self._pg = PostgresConnections(
            dsn,
            name="event store",
            schema=[
                sql.SQL(statement).format(
                    table=table,
                    keys_index=sql.Identifier(f"{TABLE}_keys"),
                    time_index=sql.Identifier(f"{TABLE}_received_at"),
                )
                for statement in _SCHEMA
            ],
            schema_lock=self._lock_id,
            failure=store_error,
            connect_timeout=connect_timeout,
            statement_timeout=statement_timeout,
        )
        self.where = self._pg.where
        statements = {"expire": _EXPIRE, "insert": _INSERT, "events": _EVENTS, "arrived": _ARRIVED}
        self._sql = {name: sql.SQL(statement).format(table=table) for name, statement in statements.items()}
        self._channel = TABLE
        self._listen = sql.SQL("LISTEN {}").format(sql.Identifier(self._channel))
        self._idle: PerProcess[Idle[psycopg.Connection[Any], psycopg.AsyncConnection[Any]]] = PerProcess(Idle)

    # -- recording ------------------------------------------------------------------------------------------

    def _params(self, pending: Pending, since: float) -> tuple[dict[str, Any], dict[str, Any]]:
        insert = {
            "dedup": pending.dedup,
            "name": pending.name,
            "event_id": pending.event_id,
            "keys": list(pending.keys),
            "received_at": pending.received_at,
            "body": pending.body,
        }
        return {"since": since}, insert

    def record(self, pending: Pending, since: float) -> bool:
        expire, insert = self._params(pending, since)

        def record(conn: psycopg.Connection[Any]) -> bool:
            conn.execute(self._sql["expire"], expire)
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (self._lock_id,))
                row = conn.execute(self._sql["insert"], insert).fetchone()
                if row is not None:
                    conn.execute(_NOTIFY, {"channel": self._channel, "payload": self._payload(row[0], pending)})
            return row is not None

        return self._pg.run("record", record)

    async def record_async(self, pending: Pending, since: float) -> bool:
        expire, insert = self._params(pending, since)

        async def record(conn: psycopg.AsyncConnection[Any]) -> bool:
            await conn.execute(self._sql["expire"], expire)
            async with conn.transaction():
                await conn.execute("SELECT pg_advisory_xact_lock(%s)", (self._lock_id,))
                row = await (await conn.execute(self._sql["insert"], insert)).fetchone()
                if row is not None:
                    await conn.execute(_NOTIFY, {"channel": self._channel, "payload": self._payload(row[0], pending)})
            return row is not None

        return await self._pg.run_async("record", record)

    @staticmethod
    def _payload(seq: int, pending: Pending) -> str:
        return f"{seq} {json.dumps(pending.keys)}"

    # -- reading --------------------------------------------------------------------------------------------

    def events(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        params = {"key": key, "after": after, "since": since}
        return self._pg.run("events", lambda conn: [_row(row) for row in conn.execute(self._sql["events"], params)])

    async def events_async(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        params = {"key": key, "after": after, "since": since}

        async def read(conn: psycopg.AsyncConnection[Any]) -> list[RecordedEvent]:
            return [_row(row) for row in await (await conn.execute(self._sql["events"], params)).fetchall()]

        return await self._pg.run_async("events", read)

    def wait(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        deadline = time.monotonic() + timeout
        conn = self._listener()
        try:
            params = {"keys": sorted(keys), "after": after, "since": since()}
            arrived = conn.execute(self._sql["arrived"], params).fetchone() is not None
            while not arrived and (left := deadline - time.monotonic()) > 0:
                # Read to the end (one notification at most): an unfinished generator would hold the connection.
                notices = conn.notifies(timeout=min(left, _READ_SECONDS), stop_after=1)
                arrived = any([_announced(notice.payload, keys, after) for notice in notices])
        except BaseException as exc:
            conn.close()  # in an unknown state: never reused
            if isinstance(exc, self._pg.failures):
                raise self._pg.failed("wait", exc) from None
            raise
        self._idle.get().put(conn)
        return arrived

    async def wait_async(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        deadline = time.monotonic() + timeout
        conn = await self._listener_async()
        try:
            params = {"keys": sorted(keys), "after": after, "since": since()}
            arrived = await (await conn.execute(self._sql["arrived"], params)).fetchone() is not None
            while not arrived and (left := deadline - time.monotonic()) > 0:
                notices = conn.notifies(timeout=min(left, _READ_SECONDS), stop_after=1)
                arrived = any([_announced(notice.payload, keys, after) async for notice in notices])
        except BaseException as exc:
            await conn.close()
            if isinstance(exc, self._pg.failures):
                raise self._pg.failed("wait", exc) from None
            raise
        self._idle.get().put_async(conn)
        return arrived

    # A listening connection of its own (notifications arrive on the connection that listens), kept in `Idle`.

    def _listener(self) -> psycopg.Connection[Any]:
        conn = self._idle.get().take()
        if conn is None:
            conn = self._pg.connect("wait")
            try:
                conn.execute(self._listen)
            except BaseException as exc:
                conn.close()
                if isinstance(exc, self._pg.failures):
                    raise self._pg.failed("wait", exc) from None
                raise
        return conn

    async def _listener_async(self) -> psycopg.AsyncConnection[Any]:
        conn = self._idle.get().take_async()
        if conn is None:
            conn = await self._pg.connect_async("wait")
            try:
                await conn.execute(self._listen)
            except BaseException as exc:
                await conn.close()
                if isinstance(exc, self._pg.failures):
                    raise self._pg.failed("wait", exc) from None
                raise
        return conn

    def close(self) -> None:
        for conn in self._idle.get().drain():
            conn.close()
        self._pg.close()

    async def aclose(self) -> None:
        for conn in self._idle.get().drain_async():
            await conn.close()
        await self._pg.aclose()
