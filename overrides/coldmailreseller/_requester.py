"""Send an operation: validate, pace, send, retry when it is safe, and parse. Sync and async."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlencode

import httpx

from . import _response
from ._config import Settings, as_timeout
from ._encode import encode
from ._ratelimit import RateLimiter
from ._retry import NOT_SENT, RETRY_STATUSES, wait_for
from ._runtime import Operation, Paging
from ._timing import Timing
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    OutcomeUnknownConnectionError,
    OutcomeUnknownTimeoutError,
)

if TYPE_CHECKING:
    from ._runtime import TimeoutArg

T = TypeVar("T")
ItemT = TypeVar("ItemT")
logger = logging.getLogger("coldmailreseller")
# A list whose server never reports its last page still stops here.
MAX_PAGES = 10_000
_UNKNOWN = (
    "the outcome is unknown: the request may have reached CMR and this call moves money or starts work, so it "
    "was not re-sent; check its outcome (order status, subscriptions, webhooks) before trying again"
)


class _Attempt:
    """What happened to one try, and whether another may follow."""

    __slots__ = ("cause", "error", "response", "retry_delay")

    def __init__(self) -> None:
        self.response: httpx.Response | None = None
        self.cause: httpx.RequestError | None = None
        self.error: Exception | None = None
        self.retry_delay: float | None = None


class _Core:
    """The parts of sending that do not depend on sync or async."""

    def __init__(self, settings: Settings, limiter: RateLimiter | None, version: str, timing: Timing) -> None:
        self.settings = settings
        self.limiter = limiter
        self.timing = timing
        self.headers = {
            settings.key_header: settings.api_key.reveal(),
            "accept": "application/json",
            "user-agent": f"coldmailreseller-python/{version}",
        }

    def prepare(
        self, op: Operation[Any], args: Mapping[str, object], timeout: TimeoutArg
    ) -> tuple[str, str, dict[str, Any]]:
        """The HTTP method, the full URL, and the keyword arguments for httpx."""
        if op.sandbox and not self.settings.sandbox:
            raise ConfigurationError(
                f"{op.resource}.{op.method}() exists only in the sandbox: create the client with sandbox=True"
            )
        encoded = encode(op, args)
        url = self.settings.base_url + encoded.path
        if encoded.params:
            # Encoded here once: handing httpx `params=` makes it parse and merge the URL a second time.
            url += "?" + urlencode(encoded.params, quote_via=quote)
        kwargs: dict[str, Any] = {
            "headers": self.headers,
            "timeout": self.settings.timeout if timeout is None else as_timeout(timeout),
        }
        if encoded.json is not None:
            kwargs["json"] = encoded.json
        return encoded.method, url, kwargs

    def judge(self, op: Operation[Any], attempt: _Attempt, tries: int) -> None:
        """Decide whether to retry (sets retry_delay) or which error to raise (sets error)."""
        can_retry = tries <= self.settings.max_retries
        error, response = attempt.cause, attempt.response
        if error is not None:
            sent = not isinstance(error, NOT_SENT)
            if can_retry and (op.retry_safe or not sent):
                attempt.retry_delay = wait_for(None, tries - 1)
                return
            attempt.error = _transport_error(op, error, outcome_unknown=sent and not op.retry_safe)
            return
        assert response is not None
        status = response.status_code
        if status < 400:
            return
        if status in RETRY_STATUSES and can_retry and op.retry_safe:
            delay = wait_for(response, tries - 1)
            if delay is not None:
                attempt.retry_delay = delay
                return
        attempt.error = _response.api_error(op, response, outcome_unknown=status >= 500 and not op.retry_safe)

    def log(self, op: Operation[Any], attempt: _Attempt, started: float, tries: int) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        elapsed = (self.timing.clock() - started) * 1000
        outcome = attempt.response.status_code if attempt.response is not None else type(attempt.cause).__name__
        level = logging.INFO if attempt.retry_delay is None else logging.WARNING
        retry = f"; retrying in {attempt.retry_delay:.2f}s" if attempt.retry_delay is not None else ""
        logger.log(level, "%s %s -> %s in %.1f ms (try %d)%s", op.http_method, op.path, outcome, elapsed, tries, retry)


def _transport_error(op: Operation[Any], error: Exception, *, outcome_unknown: bool) -> Exception:
    what = type(error).__name__
    if isinstance(error, httpx.TimeoutException):
        if outcome_unknown:
            return OutcomeUnknownTimeoutError(f"timed out ({what}): {_UNKNOWN}", operation_id=op.operation_id)
        return APITimeoutError(f"timed out ({what})", operation_id=op.operation_id)
    if outcome_unknown:
        return OutcomeUnknownConnectionError(f"connection failed ({what}): {_UNKNOWN}", operation_id=op.operation_id)
    return APIConnectionError(f"connection failed ({what})", operation_id=op.operation_id)


def _attribute(data: Any, path: tuple[str, ...] | None) -> Any:
    for name in path or ():
        data = getattr(data, name, None)
    return data


def _page_items(paging: Paging[Any], data: Any, page: int) -> tuple[list[Any], bool]:
    """The items of page `page`, and whether another page may follow."""
    items = getattr(data, paging.items, None)
    if not isinstance(items, list) or not items:
        return [], False
    current, total = _attribute(data, paging.current_page), _attribute(data, paging.total_pages)
    if isinstance(total, int):
        # Trust totalPages over nextPage; a server that ignores `page` (still reporting an earlier one)
        # must not make us fetch the same page again and again.
        stuck = isinstance(current, int) and current < page
        return items, page < total and not stuck
    # Without paging information, stop after this page rather than risk an endless loop.
    return items, False


class SyncRequester:
    def __init__(self, core: _Core, http: httpx.Client, raw: bool = False) -> None:
        self._core = core
        self._http = http
        self._raw = raw

    @property
    def raw(self) -> SyncRequester:
        return SyncRequester(self._core, self._http, raw=True)

    def send(self, op: Operation[Any], args: Mapping[str, object], timeout: TimeoutArg) -> tuple[httpx.Response, int]:
        core = self._core
        method, url, kwargs = core.prepare(op, args, timeout)
        tries = 0
        while True:
            tries += 1
            if core.limiter is not None:
                core.limiter.acquire()
            attempt = _Attempt()
            started = core.timing.clock()
            try:
                attempt.response = self._http.request(method, url, **kwargs)
            except httpx.RequestError as exc:
                attempt.cause = exc
            core.judge(op, attempt, tries)
            core.log(op, attempt, started, tries)
            if attempt.retry_delay is not None:
                core.timing.sleep(attempt.retry_delay)
                continue
            if attempt.error is not None:
                raise attempt.error from attempt.cause
            assert attempt.response is not None
            return attempt.response, tries - 1

    def request(self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg) -> Any:
        response, retries = self.send(op, args, timeout)
        if self._raw:
            return _response.APIResponse(op, response, retries)
        return _response.parse_data(op, response, _response.envelope(op, response))

    def request_action(self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg) -> Any:
        response, retries = self.send(op, args, timeout)
        if self._raw:
            return _response.APIResponse(op, response, retries, action=True)
        return _response.action_result(op, response, _response.envelope(op, response))

    def paginate(self, paging: Paging[ItemT], args: Mapping[str, object], timeout: TimeoutArg) -> Iterator[ItemT]:
        for page in range(1, MAX_PAGES + 1):
            data = self.request(paging.operation, {**args, "page": page}, timeout)
            items, more = _page_items(paging, data, page)
            yield from items
            if not more:
                return


class AsyncRequester:
    def __init__(self, core: _Core, http: httpx.AsyncClient, raw: bool = False) -> None:
        self._core = core
        self._http = http
        self._raw = raw

    @property
    def raw(self) -> AsyncRequester:
        return AsyncRequester(self._core, self._http, raw=True)

    async def send(
        self, op: Operation[Any], args: Mapping[str, object], timeout: TimeoutArg
    ) -> tuple[httpx.Response, int]:
        core = self._core
        method, url, kwargs = core.prepare(op, args, timeout)
        tries = 0
        while True:
            tries += 1
            if core.limiter is not None:
                await core.limiter.acquire_async()
            attempt = _Attempt()
            started = core.timing.clock()
            try:
                attempt.response = await self._http.request(method, url, **kwargs)
            except httpx.RequestError as exc:
                attempt.cause = exc
            core.judge(op, attempt, tries)
            core.log(op, attempt, started, tries)
            if attempt.retry_delay is not None:
                await core.timing.async_sleep(attempt.retry_delay)
                continue
            if attempt.error is not None:
                raise attempt.error from attempt.cause
            assert attempt.response is not None
            return attempt.response, tries - 1

    async def request(self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg) -> Any:
        response, retries = await self.send(op, args, timeout)
        if self._raw:
            return _response.APIResponse(op, response, retries)
        return _response.parse_data(op, response, _response.envelope(op, response))

    async def request_action(self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg) -> Any:
        response, retries = await self.send(op, args, timeout)
        if self._raw:
            return _response.APIResponse(op, response, retries, action=True)
        return _response.action_result(op, response, _response.envelope(op, response))

    async def paginate(
        self, paging: Paging[ItemT], args: Mapping[str, object], timeout: TimeoutArg
    ) -> AsyncIterator[ItemT]:
        for page in range(1, MAX_PAGES + 1):
            data = await self.request(paging.operation, {**args, "page": page}, timeout)
            items, more = _page_items(paging, data, page)
            for entry in items:
                yield entry
            if not more:
                return
