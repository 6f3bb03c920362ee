"""The public clients: `ColdMailReseller` and `AsyncColdMailReseller`.

Resources (`client.users`, `client.dns`, ...) come from the generated facade and are imported on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self

import httpx

from coldmailreseller_generated.resources import AsyncResources, SyncResources

from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    Settings,
    SettingView,
    arguments,
    evolve,
    resolve,
)
from ._connections import Connections, HttpT
from ._drift import DriftMonitor, OnDrift
from ._limits import DEFAULT_MAX_RESPONSE_BYTES, install_deadlines
from ._pacing.pacer import Pacer
from ._pacing.registry import open_store
from ._pacing.store import PacingStore, pacing_key  # a leaf module; PacingStore is named by the annotations
from ._requester import AsyncRequester, SyncRequester, _Core
from ._response import APIResponse
from ._timing import REAL_TIMING, Timing
from ._version import __version__

if TYPE_CHECKING:
    from .webhooks import event_store as _event_store
else:
    from ._lazy import LazyModule

    # Named by the annotations (typing.get_type_hints); the webhooks are imported only by a client that waits.
    _event_store = LazyModule("coldmailreseller.webhooks.event_store")

_UNCHANGED: Any = object()


def _pacer(settings: Settings, previous: Pacer | None, timing: Timing) -> Pacer | None:
    if settings.rate_limit is None:
        return None
    store, key = open_store(settings.rate_limit_store), ""
    if store is not None:
        key = pacing_key(settings.api_key.reveal())
    # Copies made by with_options() share one pacer (the same rate, clock, store and key).
    if previous is not None and (previous.rate, previous.timing, previous.store, previous.key) == (
        settings.rate_limit,
        timing,
        store,
        key,
    ):
        return previous
    return Pacer(settings.rate_limit, timing, store, key)


def _own_http(cls: type[HttpT], timeout: httpx.Timeout) -> HttpT:
    """The httpx client we make (and re-make after a fork): a sync one caps every socket operation by the
    attempt's deadline (see _limits.py); an async one is bounded by asyncio.timeout instead."""
    http = cls(timeout=timeout)
    if isinstance(http, httpx.Client):
        install_deadlines(http)
    return http


class _Base(Generic[HttpT]):
    """What both clients share; each names its httpx client class and its requester class."""

    _http_class: type[HttpT]
    _requester_class: Callable[[_Core, Connections[HttpT]], Any]
    _connections: Connections[HttpT]
    _opened_store: _event_store.EventStore | None = None

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        sandbox: bool = False,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = DEFAULT_RATE_LIMIT,
        rate_limit_store: str | PacingStore | None = None,
        http_client: HttpT | None = None,
        on_drift: OnDrift | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        event_store: _event_store.EventStore | str | None = None,
    ) -> None:
        settings = resolve(arguments(locals()))
        self._monitor = DriftMonitor(on_drift)
        factory: Callable[[], HttpT] = partial(_own_http, self._http_class, settings.timeout)
        connections = Connections(http_client, factory)
        self._setup(settings, connections, _pacer(settings, None, REAL_TIMING), REAL_TIMING)
        # A store opened here from its URL (or CMR_EVENT_STORE) is this client's to close; a caller's is not.
        if event_store is None or isinstance(event_store, str):
            self._opened_store = settings.event_store

    def _setup(
        self,
        settings: Settings,
        connections: Connections[HttpT],
        pacer: Pacer | None,
        timing: Timing,
        *,
        closes: bool = True,
    ) -> None:
        self._settings = settings
        self._closes = closes  # with_options() copies leave the shared connections open
        self._pacer = pacer
        self._timing = timing
        self._connections = connections
        self._requester = self._requester_class(_Core(settings, pacer, __version__, timing, self._monitor), connections)

    @property
    def _http(self) -> HttpT:
        """The httpx client this process sends with."""
        return self._connections.get()

    def _use_timing(self, timing: Timing) -> None:
        """Pace and wait with another clock and sleeps (tests and `coldmailreseller.testing`), in place."""
        settings, connections, monitor, closes = self._settings, self._connections, self._monitor, self._closes
        opened = self._opened_store
        vars(self).clear()  # resources created so far hold the old requester
        self._monitor = monitor
        self._opened_store = opened
        self._setup(settings, connections, _pacer(settings, None, timing), timing, closes=closes)

    # The settings, read-only (the key is not one of them); see _config.Settings.
    base_url: SettingView[str] = SettingView()
    sandbox: SettingView[bool] = SettingView()
    timeout: SettingView[httpx.Timeout] = SettingView()
    max_retries: SettingView[int] = SettingView()
    max_response_bytes: SettingView[int] = SettingView()
    rate_limit: SettingView[float | None] = SettingView()
    # Where pacing is kept, as configured (`memory`, `sqlite:///...`, `redis://...`, a store's repr), no password.
    rate_limit_store: SettingView[str] = SettingView()
    # Where ActionResult.wait() and OutcomeUnknownError.wait_for_outcome() look for webhook events (None: nowhere).
    event_store: SettingView[_event_store.EventStore | None] = SettingView()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._settings.shown()})"

    def with_options(
        self,
        *,
        api_key: str | None = _UNCHANGED,
        base_url: str | None = _UNCHANGED,
        sandbox: bool = _UNCHANGED,
        timeout: float | httpx.Timeout | None = _UNCHANGED,
        max_retries: int = _UNCHANGED,
        rate_limit: float | None = _UNCHANGED,
        rate_limit_store: str | PacingStore | None = _UNCHANGED,
        max_response_bytes: int = _UNCHANGED,
        event_store: _event_store.EventStore | str | None = _UNCHANGED,
    ) -> Self:
        """A copy with other settings, sharing this client's connections (and pacer, if the rate is the same)."""
        settings = evolve(self._settings, {k: v for k, v in arguments(locals()).items() if v is not _UNCHANGED})
        copy = object.__new__(type(self))
        copy._monitor = self._monitor  # copies report drift to the same on_drift
        pacer = _pacer(settings, self._pacer, self._timing)
        copy._setup(settings, self._connections, pacer, self._timing, closes=False)
        return copy


class ColdMailReseller(_Base[httpx.Client], SyncResources):
    """Client for the CMR Integration API.

    Args:
        api_key: partner API key; defaults to the `CMR_API_KEY` environment variable
            (`CMR_SANDBOX_API_KEY` with `sandbox=True`).
        base_url: API root; defaults to production, or `CMR_BASE_URL` (`CMR_SANDBOX_BASE_URL`, required,
            with `sandbox=True`: upstream does not publish the sandbox URL).
        sandbox: send the key as `cmr-x-sandbox-api-key` and allow the sandbox-only operations.
        timeout: seconds, or an `httpx.Timeout`; default 10 s to connect and 60 s for the rest. Each connect, write
            and read waits at most its value, and a whole attempt (connect to last byte) at most the largest one.
        max_retries: re-sends of a failed call when that is safe (default 2).
        rate_limit: pacing: requests per second across every thread using this client (default 5, the
            documented limit); None or 0 turns pacing off.
        rate_limit_store: where pacing is kept, so that processes and hosts sharing one key pace as one:
            `"memory"` (this client only, the default), `"sqlite:///absolute/path"` (processes of one host),
            `"redis://host:port/db"` (many hosts; `pip install 'coldmailreseller[redis]'`), or an object
            implementing the `PacingStore` contract; defaults to the `CMR_RATE_LIMIT_STORE` environment variable.
            If the store fails, calls go on, each client pacing on its own.
        http_client: an `httpx.Client` to send with (proxies, transports, tests); it is not closed by us. Made
            before a fork, it cannot be used in the child (`ClientForkedError`); without it, the client opens its
            own connections in each process.
        on_drift: called with a `DriftObservation` for each way a response differs from the spec (an unknown
            field or enum value, an undocumented status, ...), once per kind and place; see the README.
        max_response_bytes: the largest answer read, once decoded (gzip included); default 32 MiB. A larger
            answer raises `ResponseTooLargeError` (or the status's `APIError`) and reading stops there.
        event_store: where `ActionResult.wait()` and `OutcomeUnknownError.wait_for_outcome()` look for the
            webhook events your receiver records (`WebhookHandler(..., events=...)`): a
            `coldmailreseller.webhooks.EventStore` (share the object for `"memory"`) or its URL
            (`"sqlite:///absolute/path"`, `"redis://..."`, `"postgresql://..."`); defaults to the
            `CMR_EVENT_STORE` environment variable. Without one, `wait()` raises `OutcomeNotTrackableError`.
    """

    _http_class = httpx.Client
    _requester_class = SyncRequester
    _requester: SyncRequester

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int | float | bool] | None = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        idempotent: bool = False,
    ) -> APIResponse[Any]:
        """Call a path the SDK has no method for, with the same key, pacing, errors and retry rules.

        `path` is relative to the base URL (`"/users/list"`). GET, or `idempotent=True`, is retried like a read;
        anything else like a call that moves money (re-sent only when it provably never reached CMR).
        `.parse()` of the answer gives the envelope's `data` as plain JSON.
        """
        return self._requester.request_path(method, path, params, json, headers, timeout, idempotent)

    def close(self) -> None:
        """Close the connections (only when this client created them), and the event store it opened."""
        if self._closes:
            self._connections.close()
            if self._opened_store is not None:
                self._opened_store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncColdMailReseller(_Base[httpx.AsyncClient], AsyncResources):
    """Asyncio client for the CMR Integration API; same arguments and resources as `ColdMailReseller`, with
    an `httpx.AsyncClient` for `http_client`. Methods are coroutines; `iter()` methods are async iterators."""

    _http_class = httpx.AsyncClient
    _requester_class = AsyncRequester
    _requester: AsyncRequester

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int | float | bool] | None = None,
        json: object = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        idempotent: bool = False,
    ) -> APIResponse[Any]:
        """The async `ColdMailReseller.request`: a path the SDK has no method for, with the same rules."""
        return await self._requester.request_path(method, path, params, json, headers, timeout, idempotent)

    async def close(self) -> None:
        if self._closes:
            await self._connections.aclose()
            if self._opened_store is not None:
                await self._opened_store.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
