"""The PostgreSQL connections of the webhook stores (the deduplicator, the event store): one place for how they
connect, create their table, retry and fail.

- Autocommit connections with a connect timeout, a statement timeout and TCP keepalives, each added only when
  the DSN does not set it: a server that hangs rather than dies, or a row another transaction holds too long,
  must end in the store's error (the receiver answers 503, CMR delivers again) instead of a hung receiver.
- Per process (_perprocess.py): a connection inherited across a fork is dropped, never closed (closing it would
  end the parent's session). Sync calls share one connection under a lock; asyncio calls one connection per event
  loop, under an `asyncio.Lock`.
- The table is created on the first connection, under an advisory lock, so that processes starting together do
  not collide.
- A call whose connection broke (a restarted server, a dropped idle connection) runs once more on a new one; the
  stores' statements are written so that running twice is safe. What still fails is raised as the store's own
  error, made by `failure`, from None: psycopg's exception holds the connection, and with it the password.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import threading
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._perprocess import PerProcess
from ..errors import ClientClosedError, ConfigurationError

if TYPE_CHECKING:
    import psycopg
    from psycopg import sql

__all__ = ["DEFAULT_STATEMENT_TIMEOUT", "Failure", "PostgresConnections", "advisory_lock_id", "redacted_dsn"]

_T = TypeVar("_T")
# CMR waits 60 s for a receiver's answer; a statement of the store's that waited half of that has failed the delivery.
DEFAULT_STATEMENT_TIMEOUT = 30.0
# libpq's keepalives (a peer gone silent is noticed within about a minute) and the time unacknowledged data may wait.
_TCP_OPTIONS = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,
}


class Failure(Protocol):
    """The store's error for a failed call (`dedup.store_failure`, `event_store.store_error`)."""

    def __call__(
        self, where: str, operation: str, error: BaseException, /, *, secret: str | None = None
    ) -> Exception: ...


def advisory_lock_id(table: str) -> int:
    """The advisory lock a store takes on `table` (creating it; the event store also to order its records)."""
    return int.from_bytes(hashlib.sha256(f"coldmailreseller:{table}".encode()).digest()[:8], "big", signed=True)


def redacted_dsn(dsn: str) -> str:
    """`postgresql://host:port/dbname` of a DSN (URL or key=value form), without the password it may carry."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(dsn)
    except Exception:
        # The parser's message may quote part of the DSN, password included.
        raise ConfigurationError("the PostgreSQL DSN does not parse (not shown: it may hold a password)") from None
    return f"postgresql://{params.get('host', '')}:{params.get('port', 5432)}/{params.get('dbname', '')}"


class _Local:
    """A process's sync connection with the lock its threads take, and the async connection of the event loop
    that made it, with the lock that orders its users."""

    __slots__ = ("async_", "conn", "lock")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.conn: psycopg.Connection[Any] | None = None
        self.async_: tuple[asyncio.AbstractEventLoop, asyncio.Lock, list[psycopg.AsyncConnection[Any]]] | None = None


class PostgresConnections:
    """The connections of one store: `run` / `run_async` a statement on them, `connect` one of your own (a
    LISTEN), `close` / `aclose`. `where` is the DSN without its password; `schema` the statements that create the
    store's table, run once under the advisory lock `schema_lock`; `failure` makes the store's error."""

    def __init__(
        self,
        dsn: str,
        *,
        name: str,
        schema: Sequence[sql.Composed],
        schema_lock: int,
        failure: Failure,
        connect_timeout: int,
        statement_timeout: float | None,
    ) -> None:
        import psycopg

        self.where = redacted_dsn(dsn)
        self._name = name
        self._dsn = dsn
        self._schema = list(schema)
        self._schema_lock = schema_lock
        self._failure = failure
        conninfo = psycopg.conninfo.conninfo_to_dict(dsn)
        self._secret = str(conninfo.get("password") or "") or None
        # Connection failures (refused, reset, the server shutting down, a statement timeout) and the interface's
        # "connection lost". Anything else is a bug of ours and propagates as itself.
        self.failures: tuple[type[Exception], ...] = (psycopg.OperationalError, psycopg.InterfaceError, OSError)
        self.options: dict[str, Any] = {"autocommit": True}
        if "connect_timeout" not in conninfo:
            self.options["connect_timeout"] = connect_timeout
        if statement_timeout is not None:
            if not (statement_timeout > 0 and math.isfinite(statement_timeout)):
                raise ConfigurationError(
                    f"statement_timeout must be a positive number of seconds or None, not {statement_timeout!r}"
                )
            options = str(conninfo.get("options") or "")
            if "statement_timeout" not in options:  # added to the DSN's own options (a search_path, ...)
                ms = max(1, round(statement_timeout * 1000))
                self.options["options"] = f"{options} -c statement_timeout={ms}".strip()
        self.options.update({name: value for name, value in _TCP_OPTIONS.items() if name not in conninfo})
        self.schema_ready = False
        self.closed = False
        self.local = PerProcess(_Local)

    def failed(self, operation: str, error: BaseException) -> Exception:
        """The store's error for `error` (raise it from None)."""
        return self._failure(self.where, operation, error, secret=self._secret)

    # -- sync ------------------------------------------------------------------------------------------------

    def run(self, operation: str, statement: Callable[[psycopg.Connection[Any]], _T]) -> _T:
        import psycopg

        local = self.local.get()
        with local.lock:
            try:
                own = self._connection(local)
                try:
                    return statement(own)
                except psycopg.OperationalError:
                    if not own.broken:
                        raise
                    local.conn = None
                    own.close()  # made in this process: closing it touches no other
                return statement(self._connection(local))
            except self.failures as exc:
                raise self.failed(operation, exc) from None

    def connect(self, operation: str) -> psycopg.Connection[Any]:
        """A new connection of the caller's own, after the table exists; closing it is the caller's."""
        import psycopg

        self.run(operation, lambda own: None)
        try:
            return psycopg.connect(self._dsn, **self.options)
        except self.failures as exc:
            raise self.failed(operation, exc) from None

    def _connection(self, local: _Local) -> psycopg.Connection[Any]:
        import psycopg

        if self.closed:
            raise ClientClosedError(f"the {self._name} is closed")
        if local.conn is None or local.conn.closed:
            local.conn = psycopg.connect(self._dsn, **self.options)
            if not self.schema_ready:
                with local.conn.transaction():
                    local.conn.execute("SELECT pg_advisory_xact_lock(%s)", (self._schema_lock,))
                    for statement in self._schema:
                        local.conn.execute(statement)
                self.schema_ready = True
        return local.conn

    # -- asyncio ---------------------------------------------------------------------------------------------

    async def run_async(self, operation: str, statement: Callable[[psycopg.AsyncConnection[Any]], Awaitable[_T]]) -> _T:
        import psycopg

        lock, holder = self._async_state()
        async with lock:
            try:
                own = await self._async_connection(holder)
                try:
                    return await statement(own)
                except psycopg.OperationalError:
                    if not own.broken:
                        raise
                    holder.clear()
                    await own.close()
                return await statement(await self._async_connection(holder))
            except self.failures as exc:
                raise self.failed(operation, exc) from None

    async def connect_async(self, operation: str) -> psycopg.AsyncConnection[Any]:
        """`connect` for asyncio."""
        import psycopg

        async def nothing(own: psycopg.AsyncConnection[Any]) -> None:
            return None

        await self.run_async(operation, nothing)
        try:
            return await psycopg.AsyncConnection.connect(self._dsn, **self.options)
        except self.failures as exc:
            raise self.failed(operation, exc) from None

    def _async_state(self) -> tuple[asyncio.Lock, list[psycopg.AsyncConnection[Any]]]:
        local = self.local.get()
        loop = asyncio.get_running_loop()
        if local.async_ is None or local.async_[0] is not loop:
            # A connection made in another event loop cannot be used in this one.
            local.async_ = (loop, asyncio.Lock(), [])
        return local.async_[1], local.async_[2]

    async def _async_connection(self, holder: list[psycopg.AsyncConnection[Any]]) -> psycopg.AsyncConnection[Any]:
        import psycopg

        if self.closed:
            raise ClientClosedError(f"the {self._name} is closed")
        if not holder or holder[0].closed:
            holder[:] = [await psycopg.AsyncConnection.connect(self._dsn, **self.options)]
            if not self.schema_ready:
                async with holder[0].transaction():
                    await holder[0].execute("SELECT pg_advisory_xact_lock(%s)", (self._schema_lock,))
                    for statement in self._schema:
                        await holder[0].execute(statement)
                self.schema_ready = True
        return holder[0]

    # -- closing ---------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close this process's sync connection. An async connection is closed by `aclose()`, in its event loop."""
        local = self.local.get()
        with local.lock:
            self.closed = True
            if local.conn is not None:
                local.conn.close()
                local.conn = None

    async def aclose(self) -> None:
        """Close the async connection (when this event loop made one) and the sync connection."""
        local = self.local.get()
        state, local.async_ = local.async_, None
        self.close()
        if state is not None and state[0] is asyncio.get_running_loop():
            for connection in state[2]:
                await connection.close()
