"""The client's HTTP connections, which never cross a fork.

A client that made one call before `os.fork()` (a start-up check in a Celery prefork or gunicorn `--preload`
master) holds a keep-alive connection that every child inherits: the processes then write to one socket and read
each other's answers. So the httpx client is kept per process (`_perprocess.py`, the rule every store follows too):
a child that finds the parent's makes its own. The inherited one is abandoned, never closed, because closing it in
the child would end the parent's TLS sessions. An `http_client=` of the caller's cannot be rebuilt by us, so using
it in a child raises `ClientForkedError` instead of sharing it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Generic, TypeVar, overload

import httpx

from ._perprocess import PerProcess
from .errors import ClientForkedError

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)


class Connections(Generic[HttpT]):
    """The httpx client of one `ColdMailReseller` (and of its `with_options()` copies) in the current process.

    `owned`: made by us from `factory`, so we close it and may make another in a child. `fork_safe`: a transport
    that holds no sockets (the testing kit's), which a child may go on using."""

    __slots__ = ("_factory", "_first", "_local", "_origin", "fork_safe", "owned")
    _factory: Callable[[], HttpT]
    _first: HttpT
    _local: PerProcess[HttpT]

    def __init__(self, http: HttpT | None, factory: Callable[[], HttpT]) -> None:
        self._factory = factory
        self.owned = http is None
        self.fork_safe = False
        self._first = factory() if http is None else http
        self._origin = os.getpid()
        self._local = PerProcess(self._for_this_process)

    def get(self) -> HttpT:
        """The httpx client for this process."""
        return self._local.get()

    def _for_this_process(self) -> HttpT:
        first = self._first
        if os.getpid() == self._origin or self.fork_safe or first.is_closed:
            return first  # a closed client stays closed in a child: the call raises ClientClosedError
        if not self.owned:
            raise ClientForkedError(
                "this client's http_client was created before the process forked, so its connections are the "
                "parent's too; create the client (and its http_client) in each worker process after the fork, or "
                "leave http_client out so that the client opens its own connections in each process"
            )
        return self._factory()

    def _own_here(self) -> HttpT | None:
        """The client to close in this process: one we made here, never the parent's (from a child)."""
        http = self._local.made_here() if self.owned else None
        return http if http is not self._first or os.getpid() == self._origin else None

    def close(self) -> None:
        http = self._own_here()
        if isinstance(http, httpx.Client):
            http.close()

    async def aclose(self) -> None:
        http = self._own_here()
        if isinstance(http, httpx.AsyncClient):
            await http.aclose()


@overload
def transport(http: httpx.Client, request: httpx.Request) -> httpx.BaseTransport: ...
@overload
def transport(http: httpx.AsyncClient, request: httpx.Request) -> httpx.AsyncBaseTransport: ...
def transport(
    http: httpx.Client | httpx.AsyncClient, request: httpx.Request
) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
    """The transport our own client sends `request` by (a proxy's, when the environment names one): what its
    `send` would pick, sent to without the auth, redirect, cookie and hook steps a client of ours never uses.
    httpx 0.28's `_transport_for_url`, pinned by the project (as `_limits.install_deadlines` relies on its pools)."""
    found: httpx.BaseTransport | httpx.AsyncBaseTransport = getattr(http, "_transport_for_url")(request.url)  # noqa: B009
    return found
