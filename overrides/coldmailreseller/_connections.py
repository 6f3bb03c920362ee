"""The client's HTTP connections, which never cross a fork.

A client that made one call before `os.fork()` (a start-up check in a Celery prefork or gunicorn `--preload`
master) holds a keep-alive connection that every child inherits: the processes then write to one socket and read
each other's answers. So the connections are checked against the process id at each call, as redis-py and
SQLAlchemy check their pools: a child that finds the parent's makes its own. The inherited ones are abandoned,
never closed, because closing them in the child would end the parent's TLS sessions. An `http_client=` of the
caller's cannot be rebuilt by us, so using it in a child raises `ClientForkedError` instead of sharing it.

A pid check (one `os.getpid()` per call) rather than `os.register_at_fork`: it also holds for forks that run no
Python hooks, and keeps no registry of clients.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

from .errors import ClientForkedError

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class Connections(Generic[HttpT]):
    """The httpx client of one `ColdMailReseller` (and of its `with_options()` copies) in the current process.

    `owned`: made by us from `factory`, so we close it and may make another in a child. `fork_safe`: a transport
    that holds no sockets (the testing kit's), which a child may go on using."""

    __slots__ = ("_factory", "_http", "_pid", "fork_safe", "owned")
    _factory: Callable[[], HttpT]
    _http: HttpT

    def __init__(self, http: HttpT | None, factory: Callable[[], HttpT]) -> None:
        self._factory = factory
        self.owned = http is None
        self.fork_safe = False
        self._http = factory() if http is None else http
        self._pid = os.getpid()

    def get(self) -> HttpT:
        """The httpx client for this process."""
        if self._pid != os.getpid():
            self._forked()
        return self._http

    def _forked(self) -> None:
        if self.fork_safe or self._http.is_closed:
            pass  # nothing to share; a closed client stays closed (the call raises ClientClosedError)
        elif not self.owned:
            raise ClientForkedError(
                "this client's http_client was created before the process forked, so its connections are the "
                "parent's too; create the client (and its http_client) in each worker process after the fork, or "
                "leave http_client out so that the client opens its own connections in each process"
            )
        else:
            self._http = self._factory()
        self._pid = os.getpid()

    def close(self) -> None:
        """Close the connections of this process, when we made them."""
        if self.owned and self._pid == os.getpid() and isinstance(self._http, httpx.Client):
            self._http.close()

    async def aclose(self) -> None:
        if self.owned and self._pid == os.getpid() and isinstance(self._http, httpx.AsyncClient):
            await self._http.aclose()
