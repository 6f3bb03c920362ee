"""The event store in PostgreSQL (`postgresql://` / `postgres://`): receivers and callers on many hosts.

One table (`cmr_webhook_event_log`, created if missing): a `bigserial` seq, the record's identity under a unique
constraint, and the correlation keys as a `text[]` with a GIN index. A record is one transaction: an advisory lock
that orders the recorders (so that seqs commit in their order and `after=` never skips one committed late), the
`INSERT ... ON CONFLICT DO NOTHING`, and a `pg_notify` that PostgreSQL delivers when it commits. `wait` LISTENs on
its own connection, then looks at what is already there, then reads notifications until its timeout. Expired rows
are deleted as new ones are recorded (`SKIP LOCKED`: concurrent recorders never wait on each other's clean-up).

Connections are made as for `PostgresDeduplicator` (dedup_postgres.py): autocommit, a statement timeout, TCP
keepalives; one per process (and per event loop for asyncio), retried once when broken. Failures raise
`EventStoreError`, never psycopg's exception (which holds the connection, and with it the password).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._perprocess import PerProcess
from ..errors import ClientClosedError, ConfigurationError
from .dedup_postgres import _TCP_OPTIONS, DEFAULT_STATEMENT_TIMEOUT, redacted_dsn
from .event_store import Pending, RecordedEvent, store_error

if TYPE_CHECKING:
    import psycopg
    from psycopg import sql

_T = TypeVar("_T")
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


def _connect_options(conninfo: dict[str, Any], connect_timeout: int, statement_timeout: float) -> dict[str, Any]:
    """Autocommit, and what the DSN does not set itself: a connect timeout, a statement timeout (a hung server
    ends in EventStoreError rather than a hung receiver) and TCP keepalives (dedup_postgres.py's)."""
    options: dict[str, Any] = {"autocommit": True}
    if "connect_timeout" not in conninfo:
        options["connect_timeout"] = connect_timeout
    existing = str(conninfo.get("options") or "")
    if "statement_timeout" not in existing:
        options["options"] = f"{existing} -c statement_timeout={max(1, round(statement_timeout * 1000))}".strip()
    options.update({name: value for name, value in _TCP_OPTIONS.items() if name not in conninfo})
    return options


class _Connections:
    """A process's sync connection with the lock its threads take, and the async connection of the event loop
    that made it, with the lock that orders its users."""

    __slots__ = ("async_", "conn", "lock")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.conn: psycopg.Connection[Any] | None = None
        self.async_: tuple[asyncio.AbstractEventLoop, asyncio.Lock, list[psycopg.AsyncConnection[Any]]] | None = None


class PostgresBackend:
    def __init__(
        self,
        dsn: str,
        *,
        connect_timeout: int = 10,
        statement_timeout: float = DEFAULT_STATEMENT_TIMEOUT,
    ) -> None:
        try:
            import psycopg
            from psycopg import sql
        except ImportError:
            raise ConfigurationError(f"an event store in PostgreSQL needs the psycopg package: {_INSTALL}") from None
        if not (statement_timeout > 0 and math.isfinite(statement_timeout)):
            raise ConfigurationError(
                f"statement_timeout must be a positive number of seconds, not {statement_timeout!r}"
            )
        self.where = redacted_dsn(dsn)
        self._dsn = dsn
        conninfo = psycopg.conninfo.conninfo_to_dict(dsn)
        self._secret = str(conninfo.get("password") or "") or None
        self._options = _connect_options(conninfo, connect_timeout, statement_timeout)
        self._failures: tuple[type[Exception], ...] = (psycopg.Error, OSError)
        table = sql.Identifier(TABLE)
        self._schema = [
            sql.SQL(statement).format(
                table=table,
                keys_index=sql.Identifier(f"{TABLE}_keys"),
                time_index=sql.Identifier(f"{TABLE}_received_at"),
            )
            for statement in _SCHEMA
        ]
        self._sql: dict[str, sql.Composed] = {
            name: sql.SQL(statement).format(table=table)
            for name, statement in (
                ("expire", _EXPIRE),
                ("insert", _INSERT),
                ("events", _EVENTS),
                ("arrived", _ARRIVED),
            )
        }
        # Taken for the schema and for each record: the recorders commit one after the other, in seq order.
        self._lock_id = int.from_bytes(
            hashlib.sha256(f"coldmailreseller:{TABLE}".encode()).digest()[:8], "big", signed=True
        )
        self._channel = TABLE
        self._listen = sql.SQL("LISTEN {}").format(sql.Identifier(self._channel))
        self._schema_ready = False
        self._closed = False
        self._local = PerProcess(_Connections)

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

        return self._run("record", record)

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

        result: bool = await self._run_async("record", record)
        return result

    @staticmethod
    def _payload(seq: int, pending: Pending) -> str:
        return f"{seq} {json.dumps(pending.keys)}"

    # -- reading --------------------------------------------------------------------------------------------

    def events(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        params = {"key": key, "after": after, "since": since}
        return self._run("events", lambda conn: [_row(row) for row in conn.execute(self._sql["events"], params)])

    async def events_async(self, key: str, after: int, since: float) -> list[RecordedEvent]:
        params = {"key": key, "after": after, "since": since}

        async def read(conn: psycopg.AsyncConnection[Any]) -> list[RecordedEvent]:
            return [_row(row) for row in await (await conn.execute(self._sql["events"], params)).fetchall()]

        result: list[RecordedEvent] = await self._run_async("events", read)
        return result

    def wait(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        import psycopg

        deadline = time.monotonic() + timeout
        self._run("wait", lambda conn: None)  # the table exists before anyone listens
        try:
            # A connection of its own: notifications arrive on the connection that listens.
            with psycopg.connect(self._dsn, **self._options) as conn:
                conn.execute(self._listen)
                params = {"keys": sorted(keys), "after": after, "since": since()}
                if conn.execute(self._sql["arrived"], params).fetchone() is not None:
                    return True
                while (left := deadline - time.monotonic()) > 0:
                    for notice in conn.notifies(timeout=min(left, _READ_SECONDS), stop_after=1):
                        if _announced(notice.payload, keys, after):
                            return True
                return False
        except self._failures as exc:
            raise store_error(self.where, "wait", exc, secret=self._secret) from None

    async def wait_async(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool:
        import psycopg

        deadline = time.monotonic() + timeout

        async def schema_only(conn: psycopg.AsyncConnection[Any]) -> None:
            return None

        await self._run_async("wait", schema_only)
        try:
            async with await psycopg.AsyncConnection.connect(self._dsn, **self._options) as conn:
                await conn.execute(self._listen)
                params = {"keys": sorted(keys), "after": after, "since": since()}
                if await (await conn.execute(self._sql["arrived"], params)).fetchone() is not None:
                    return True
                while (left := deadline - time.monotonic()) > 0:
                    async for notice in conn.notifies(timeout=min(left, _READ_SECONDS), stop_after=1):
                        if _announced(notice.payload, keys, after):
                            return True
                return False
        except self._failures as exc:
            raise store_error(self.where, "wait", exc, secret=self._secret) from None

    # -- running statements ---------------------------------------------------------------------------------

    def _run(self, operation: str, work: Callable[[psycopg.Connection[Any]], _T]) -> _T:
        import psycopg

        local = self._local.get()
        with local.lock:
            try:
                own = self._connection(local)
                try:
                    return work(own)
                except psycopg.OperationalError:
                    if not own.broken:
                        raise
                    local.conn = None
                    own.close()  # made in this process: closing it touches no other
                return work(self._connection(local))  # a record applied the first time answers False now
            except self._failures as exc:
                raise store_error(self.where, operation, exc, secret=self._secret) from None

    def _connection(self, local: _Connections) -> psycopg.Connection[Any]:
        import psycopg

        if self._closed:
            raise ClientClosedError(f"the event store {self.where} is closed")
        if local.conn is None or local.conn.closed:
            local.conn = psycopg.connect(self._dsn, **self._options)
            if not self._schema_ready:
                with local.conn.transaction():
                    local.conn.execute("SELECT pg_advisory_xact_lock(%s)", (self._lock_id,))
                    for statement in self._schema:
                        local.conn.execute(statement)
                self._schema_ready = True
        return local.conn

    async def _run_async(self, operation: str, work: Callable[[psycopg.AsyncConnection[Any]], Awaitable[Any]]) -> Any:
        import psycopg

        lock, holder = self._async_state()
        async with lock:
            try:
                own = await self._async_connection(holder)
                try:
                    return await work(own)
                except psycopg.OperationalError:
                    if not own.broken:
                        raise
                    holder.clear()
                    await own.close()
                return await work(await self._async_connection(holder))
            except self._failures as exc:
                raise store_error(self.where, operation, exc, secret=self._secret) from None

    def _async_state(self) -> tuple[asyncio.Lock, list[psycopg.AsyncConnection[Any]]]:
        local = self._local.get()
        loop = asyncio.get_running_loop()
        if local.async_ is None or local.async_[0] is not loop:
            local.async_ = (loop, asyncio.Lock(), [])  # a connection cannot move between event loops
        return local.async_[1], local.async_[2]

    async def _async_connection(self, holder: list[psycopg.AsyncConnection[Any]]) -> psycopg.AsyncConnection[Any]:
        import psycopg

        if self._closed:
            raise ClientClosedError(f"the event store {self.where} is closed")
        if not holder or holder[0].closed:
            holder[:] = [await psycopg.AsyncConnection.connect(self._dsn, **self._options)]
            if not self._schema_ready:
                async with holder[0].transaction():
                    await holder[0].execute("SELECT pg_advisory_xact_lock(%s)", (self._lock_id,))
                    for statement in self._schema:
                        await holder[0].execute(statement)
                self._schema_ready = True
        return holder[0]

    # -- closing --------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close this process's sync connection. An async connection is closed by `aclose()`, in its event loop."""
        local = self._local.get()
        with local.lock:
            self._closed = True
            if local.conn is not None:
                local.conn.close()
                local.conn = None

    async def aclose(self) -> None:
        local = self._local.get()
        state, local.async_ = local.async_, None
        self.close()
        if state is not None and state[0] is asyncio.get_running_loop():
            for connection in state[2]:
                await connection.close()
