"""Send an operation: validate, pace, send, retry when it is safe, and parse. Sync and async.

Whether a try is sent again, and what is raised otherwise, is `_retrying.decide`'s alone: the requesters ask it
(`_Core.judge`) and do what it says. The sync and async requesters differ only in how they wait and how one try
is bounded in time (`_attempt`); tests/client/test_client_twins.py keeps the rest of them equal token for token.
Preparing a request, judging each try and turning it into the answer or the error are shared (`_Core`).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import httpx

from . import _connections, _excerpt, _limits, _outcomes, _response
from ._config import PRODUCTION_KEY_HEADER, SANDBOX_KEY_HEADER, KeyHeaderValue, Settings, as_timeout
from ._connections import Connections
from ._drift import DriftMonitor, json_type
from ._encode import encode
from ._json import loads
from ._pacing.pacer import Pacer
from ._records import SpecMismatch
from ._retrying import DONE, Decision, decide
from ._runtime import ActionResult, AsyncActionResult, Data, Operation, Paging
from ._timing import Timing
from .errors import (
    APIError,
    APITimeoutError,
    ClientClosedError,
    CMRError,
    ConfigurationError,
    InvalidArgumentError,
    OutcomeUnknownError,
    ResponseValidationError,
)

if TYPE_CHECKING:
    from ._runtime import ExtraBody, ExtraHeaders, ExtraQuery, TimeoutArg

T = TypeVar("T")
ItemT = TypeVar("ItemT")
Finish = Callable[[Operation[Any], httpx.Response], Any]
# What one try came to: the answer, or the transport failure.
Outcome = httpx.Response | Exception
logger = logging.getLogger("coldmailreseller")
# A list whose server never reports its last page still stops here.
MAX_PAGES = 10_000


class _Prepared:
    """A request ready to send (and re-send): method, URL, httpx keyword arguments, the JSON body sent, how long
    one attempt may take in all (`budget`, seconds), and for following its work: the checked arguments, what was
    sent by wire name (`sent`: parameters and body) and when (`sent_at`, epoch seconds)."""

    __slots__ = ("args", "budget", "json", "kwargs", "method", "sent", "sent_at", "url")

    def __init__(
        self,
        method: str,
        url: str,
        kwargs: dict[str, Any],
        json: dict[str, Any] | None,
        args: Mapping[str, object] | None = None,
        sent: dict[str, Any] | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.kwargs = kwargs
        self.json = json
        self.budget = _limits.attempt_deadline(kwargs["timeout"])
        self.args = args or {}
        self.sent = sent or {}
        self.sent_at = _outcomes.now()

    def request(self, http: httpx.Client | httpx.AsyncClient, direct: bool) -> httpx.Request:
        """The request to send with `http`. `direct`: on a client of our own (no auth, cookies, hooks or base URL of
        a caller's) and a URL without user info, to go straight to the transport; built as `build_request` would
        build it, without merging what such a client never holds: that merge and `send` (URL parsed twice, headers
        merged twice, cookies) cost a third of a small call."""
        if not direct:
            return http.build_request(self.method, self.url, **self.kwargs)
        kwargs = self.kwargs
        extensions = {"timeout": kwargs["timeout"].as_dict()}
        return httpx.Request(
            self.method, self.url, headers=kwargs["headers"], json=kwargs.get("json"), extensions=extensions
        )


class _Core:
    """The parts of sending that do not depend on sync or async."""

    def __init__(
        self, settings: Settings, limiter: Pacer | None, version: str, timing: Timing, monitor: DriftMonitor
    ) -> None:
        self.settings = settings
        self.limiter = limiter
        self.timing = timing
        self.monitor = monitor
        self.headers = {
            # A str whose repr is masked: a headers dict shown in a traceback's locals does not show the key.
            settings.key_header: KeyHeaderValue(settings.api_key.reveal()),
            "accept": "application/json",
            # Only codings we can inflate within max_response_bytes (see _limits.py), whatever httpx could do.
            "accept-encoding": _limits.ACCEPT_ENCODING,
            "user-agent": f"coldmailreseller-python/{version}",
        }
        # Neither may come from extra_headers: the key is the client's business.
        self.key_headers = frozenset({PRODUCTION_KEY_HEADER, SANDBOX_KEY_HEADER})
        # The base URL carries no user info (which httpx's send turns into basic auth): our own client may send direct.
        self.plain_url = "@" not in urlsplit(settings.base_url).netloc

    def prepare(
        self,
        op: Operation[Any],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None,
        extra_query: ExtraQuery | None,
        extra_body: ExtraBody | None,
    ) -> _Prepared:
        if op.sandbox and not self.settings.sandbox:
            raise ConfigurationError(
                f"{op.resource}.{op.method}() exists only in the sandbox: create the client with sandbox=True"
            )
        encoded = encode(op, args, extra_headers, extra_query, extra_body, self.key_headers)
        url = self.settings.base_url + encoded.path
        if encoded.params:
            # Encoded here once: handing httpx `params=` makes it parse and merge the URL a second time.
            url += "?" + urlencode(encoded.params, quote_via=quote)
        headers = {**self.headers, **encoded.headers} if encoded.headers else self.headers
        kwargs: dict[str, Any] = {
            "headers": headers,
            "timeout": self.settings.timeout if timeout is None else as_timeout(timeout),
        }
        if encoded.json is not None:
            kwargs["json"] = encoded.json
        sent: dict[str, Any] | None = None
        if op.outcome is not None:  # what a wait for its work looks up (no read has an outcome)
            sent = {f.wire: args[f.attr] for f in op.fields if f.location != "body" and f.attr in args}
            sent.update(encoded.json or {})
        return _Prepared(encoded.method, url, kwargs, encoded.json, args, sent)

    def prepare_path(
        self,
        method: str,
        path: str,
        params: ExtraQuery | None,
        json: object,
        headers: ExtraHeaders | None,
        timeout: TimeoutArg,
        idempotent: bool,
    ) -> tuple[Operation[Any], _Prepared]:
        """The client's raw `request()`: an operation the spec may not have, with the same sending rules."""
        method = method.upper()
        if not path.startswith("/") or "://" in path or any(c in path for c in "?#"):
            # The key is only ever sent to the configured API; query parameters go in `params`.
            raise InvalidArgumentError(
                f"request(): path must be relative to the base URL, start with '/' and carry no query, got {path!r}",
                operation_id=f"{method} {path}",
                argument="path",
            )
        safe = method in ("GET", "HEAD", "OPTIONS") or idempotent
        op: Operation[Any] = Operation(
            operation_id=f"{method} {path}",
            resource="client",
            method="request",
            http_method=method,
            path=path,
            effect="idempotent" if safe else "money",
            fields=(),
            data=Data("any"),
            has_action_id=False,
            sandbox=False,
            has_body=json is not None,
        )
        body = json if isinstance(json, Mapping) else None
        prepared = self.prepare(op, {}, timeout, headers, params, body)
        if json is not None and body is None:  # a JSON body that is not an object (a list, a string)
            prepared.kwargs["json"] = json
        return op, prepared

    def answer(
        self,
        op: Operation[Any],
        response: httpx.Response,
        retries: int,
        prepared: _Prepared,
        raw: bool,
        action: tuple[type[Any], type[Any]] | None,
    ) -> Any:
        """What the method returns for a success: its result (drift reported to this client's monitor), or the
        raw `APIResponse` that builds it on `parse()`. `action`: the result and waiter classes of a call that
        starts work (the sync or async ones)."""
        build = _builder(op, prepared.json)
        if action is not None:
            result, waiting = action
            waiter = _outcomes.waiter(
                waiting, op, self.settings.event_store, self.timing, prepared.sent, prepared.sent_at
            )

            def build(op_: Operation[Any], response_: httpx.Response) -> Any:
                return _response.action_result(op_, response_, result, waiter)

        monitor = self.monitor
        if raw:

            def finish(op_: Operation[Any], response_: httpx.Response) -> Any:
                with monitor.scope(op_.operation_id, response_.status_code):
                    return build(op_, response_)

            return _response.APIResponse(op, response, retries, finish)
        try:
            with monitor.scope(op.operation_id, response.status_code):
                return build(op, response)
        except CMRError as exc:
            raise _response.clean(exc, retries + 1) from None

    def remember(self, error: OutcomeUnknownError, op: Operation[Any], prepared: _Prepared) -> None:
        """Keep on an unknown outcome what was asked, and what wait_for_outcome() looks for."""
        store = self.settings.event_store
        _outcomes.remember(error, op, prepared.args, prepared.sent, prepared.sent_at, store, self.timing)

    def secrets(self) -> tuple[str, ...]:
        return (str(self.settings.api_key.reveal()),)

    def judge(self, op: Operation[Any], outcome: Outcome, tries: int, started: float) -> Decision:
        """What `_retrying.decide` says of try number `tries` (an undocumented status is reported as drift; a
        status that answers an `x-cmr-result` operation's question is a success), logged."""
        if isinstance(outcome, httpx.Response):
            status = outcome.status_code
            if op.statuses and status not in op.statuses:
                self.monitor.report(op.operation_id, status, "", "undocumented_status", _body_type(outcome))
            if op.result is not None and status in _response.result_answers(op.result):
                decision = DONE
            else:
                # Only an answer that is not a success has a Retry-After worth reading.
                retry_after = outcome.headers.get("retry-after") if status >= 300 else None
                decision = decide(
                    tries, op.retry_safe, self.settings.max_retries, status=status, retry_after=retry_after
                )
        else:
            decision = decide(tries, op.retry_safe, self.settings.max_retries, failure=type(outcome))
        if logger.isEnabledFor(logging.INFO):
            self.log(op, outcome, decision, started, tries)
        return decision

    def conclude(self, op: Operation[Any], outcome: Outcome, decision: Decision, tries: int) -> httpx.Response:
        """The answer of the last try (`decision` sends no other), or the error `decision` names, raised."""
        cause = None
        if decision.error is None:
            assert isinstance(outcome, httpx.Response)
            if _limits.problem(outcome) is None:  # not too large, nor in a coding we did not ask for
                return outcome
            error: APIError = _response.unreadable(op, outcome)
        elif isinstance(outcome, httpx.Response):
            error = _response.api_error(op, outcome, decision)
        else:
            error = _transport_error(op, outcome, decision, self.secrets())
            cause = _bare_cause(outcome, self.secrets())
        error.tries = tries
        raise error from cause

    def log(self, op: Operation[Any], outcome: Outcome, decision: Decision, started: float, tries: int) -> None:
        elapsed = (self.timing.clock() - started) * 1000
        status = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
        level = logging.INFO if decision.delay is None else logging.WARNING
        retry = f"; retrying in {decision.delay:.2f}s" if decision.delay is not None else ""
        logger.log(level, "%s %s -> %s in %.1f ms (try %d)%s", op.http_method, op.path, status, elapsed, tries, retry)


def _builder(op: Operation[Any], sent: dict[str, Any] | None) -> Finish:
    """What turns the answer into the method's result (an action result is built by `_Core.answer`)."""
    if op.result is not None:
        return lambda op_, response: _response.typed_result(op_, response, sent)
    if op.resource == "client":
        return _response.plain_data
    return _response.parse_data


def _body_type(response: httpx.Response) -> str:
    try:
        return json_type(loads(response.content))
    except ValueError:
        return "invalid"


def _transport_error(op: Operation[Any], error: Exception, decision: Decision, secrets: tuple[str, ...]) -> APIError:
    """The error `decision` names for a transport failure, naming the httpx exception and its message (key
    masked); see _bare_cause for what it is chained to."""
    detail = _excerpt.message(str(error), secrets)
    what = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
    cls = decision.error
    assert cls is not None
    happened = "timed out" if issubclass(cls, APITimeoutError) else "connection failed"
    return cls(f"{happened} ({what}){decision.note}", operation_id=op.operation_id, method=op.call_name)


def _bare_cause(error: Exception, secrets: tuple[str, ...]) -> Exception:
    """The transport exception as our error's cause: its type and (key-masked) message, without its traceback and
    chain, whose httpx and httpcore frames hold the raw request headers (the key) in their locals."""
    try:
        bare = type(error)(_excerpt.message(str(error), secrets))
    except Exception:  # an exception type with another signature
        bare = httpx.TransportError(f"{type(error).__name__}: {_excerpt.message(str(error), secrets)}")
    bare.__suppress_context__ = True
    return bare


def _attribute(data: Any, path: tuple[str, ...] | None) -> Any:
    for name in path or ():
        data = getattr(data, name, None)
    return data


class _Pages:
    """Reads one page after another of a page/limit list, and decides when to stop: never loops."""

    # The API-wide convention's page size, for lists that do not state theirs (FAQ: default limit 20).
    CONVENTION_LIMIT = 20

    def __init__(self, paging: Paging[Any], args: Mapping[str, object], secrets: tuple[str, ...] = ()) -> None:
        self.paging = paging
        self._secrets = secrets  # masked in an error's excerpt
        self._args = args
        limit = args.get("limit")
        self.limit = limit if isinstance(limit, int) else self.CONVENTION_LIMIT
        self._previous: list[Any] | None = None

    def args(self, page: int) -> dict[str, object]:
        return {**self._args, "page": page}

    def read(self, data: Any, page: int) -> tuple[list[Any], bool]:
        """The items of page `page`, and whether another page may follow."""
        if self.paging.items is None:
            return self._read_convention(data, page)
        items = getattr(data, self.paging.items, None)
        if not isinstance(items, list) or not items:
            return [], False
        current = _attribute(data, self.paging.current_page)
        total = _attribute(data, self.paging.total_pages)
        return items, self._more(page, current, total, items)

    def _read_convention(self, data: Any, page: int) -> tuple[list[Any], bool]:
        """Upstream does not name the array: the one array in `data`, `pagination` beside it if any."""
        raw = getattr(data, "additional_properties", {})
        arrays = [(key, value) for key, value in raw.items() if isinstance(value, list)]
        if len(arrays) != 1 or not arrays[0][1] or self.paging.item is None:
            return [], False
        key, values = arrays[0]
        from_dict = self.paging.item.get().from_dict
        try:
            items = [from_dict(value, f"/data/{key}/*") for value in values]
        except SpecMismatch as exc:
            raise ResponseValidationError(
                f"`data.{key}` items do not match the spec: {exc}",
                operation_id=self.paging.operation.operation_id,
                method=self.paging.operation.call_name,
                status_code=200,
                body=_excerpt.excerpt(b"", values, parsed_ok=True, secrets=self._secrets),
            ) from None
        paging = raw.get("pagination")
        paging = paging if isinstance(paging, dict) else raw
        return items, self._more(page, paging.get("currentPage"), paging.get("totalPages"), values)

    def _more(self, page: int, current: Any, total: Any, items: list[Any]) -> bool:
        if isinstance(total, int) and not isinstance(total, bool):
            # Trust totalPages over nextPage; a server that ignores `page` (still reporting an earlier one)
            # must not make us fetch the same page again and again.
            stuck = isinstance(current, int) and current < page
            return page < total and not stuck
        if self.paging.items is not None:
            return False  # the page model declares its paging state; without it, stop rather than guess
        # The convention without paging state: a full page may have a successor; the same page twice ends it.
        repeated = items == self._previous
        self._previous = items
        return len(items) >= self.limit and not repeated


class SyncRequester:
    def __init__(self, core: _Core, connections: Connections[httpx.Client], raw: bool = False) -> None:
        self._core = core
        self._connections = connections
        self._raw = raw

    @property
    def raw(self) -> SyncRequester:
        return SyncRequester(self._core, self._connections, raw=True)

    def _send(self, op: Operation[Any], prepared: _Prepared) -> tuple[httpx.Response, int]:
        core = self._core
        tries = 0
        while True:
            http = self._connections.get()
            if http.is_closed:
                raise ClientClosedError(f"{op.operation_id}: the client is closed; create a new one")
            tries += 1
            late = core.limiter.acquire() if core.limiter is not None else None
            started = core.timing.clock()
            outcome = self._attempt(http, prepared)
            if late is not None and core.limiter is not None:
                core.limiter.settle(late)
            decision = core.judge(op, outcome, tries, started)
            if decision.push_back is not None and core.limiter is not None:
                core.limiter.pause(decision.push_back)
            if decision.delay is not None:
                core.timing.sleep(decision.delay)
                continue
            return core.conclude(op, outcome, decision, tries), tries - 1

    def _attempt(self, http: httpx.Client, prepared: _Prepared) -> Outcome:
        """One try: send, and read the answer within max_response_bytes and the attempt's deadline."""
        budget = prepared.budget
        deadline = None if budget is None else time.monotonic() + budget
        token = _limits.DEADLINE.set(deadline)  # caps every socket operation of our own connections
        try:
            direct = self._connections.owned and self._core.plain_url
            request = prepared.request(http, direct)
            if direct:
                started = time.perf_counter()
                response = _connections.transport(http, request).handle_request(request)
                response.request = request
            else:  # follow_redirects per request, so that it overrides an http_client= that follows redirects
                response = http.send(request, stream=True, follow_redirects=False)
            _limits.read(response, self._core.settings.max_response_bytes, deadline, budget)
            if direct:  # as httpx's send sets it, for raw responses' readers
                response.elapsed = timedelta(seconds=time.perf_counter() - started)
        except httpx.RequestError as exc:
            return exc
        finally:
            _limits.DEADLINE.reset(token)
        return response

    def _call(self, op: Operation[Any], prepared: _Prepared, action: bool) -> Any:
        try:
            response, retries = self._send(op, prepared)
            kind = (ActionResult, _outcomes.Waiter) if action else None
            return self._core.answer(op, response, retries, prepared, self._raw, kind)
        except OutcomeUnknownError as exc:
            self._core.remember(exc, op, prepared)
            raise

    def request(
        self,
        op: Operation[T],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Any:
        prepared = self._core.prepare(op, args, timeout, extra_headers, extra_query, extra_body)
        return self._call(op, prepared, action=False)

    def request_action(
        self,
        op: Operation[T],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Any:
        prepared = self._core.prepare(op, args, timeout, extra_headers, extra_query, extra_body)
        return self._call(op, prepared, action=True)

    def request_path(
        self,
        method: str,
        path: str,
        params: ExtraQuery | None,
        json: object,
        headers: ExtraHeaders | None,
        timeout: TimeoutArg,
        idempotent: bool,
    ) -> _response.APIResponse[Any]:
        op, prepared = self._core.prepare_path(method, path, params, json, headers, timeout, idempotent)
        response, retries = self._send(op, prepared)
        return _response.APIResponse(op, response, retries, _response.plain_data)

    def paginate(
        self,
        paging: Paging[ItemT],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Iterator[ItemT]:
        pages = _Pages(paging, args, self._core.secrets())
        for page in range(1, MAX_PAGES + 1):
            data = self.request(paging.operation, pages.args(page), timeout, extra_headers, extra_query, extra_body)
            try:
                items, more = pages.read(data, page)
            except CMRError as exc:
                raise _response.clean(exc) from None
            yield from items
            if not more:
                return


class AsyncRequester:
    def __init__(self, core: _Core, connections: Connections[httpx.AsyncClient], raw: bool = False) -> None:
        self._core = core
        self._connections = connections
        self._raw = raw

    @property
    def raw(self) -> AsyncRequester:
        return AsyncRequester(self._core, self._connections, raw=True)

    async def _send(self, op: Operation[Any], prepared: _Prepared) -> tuple[httpx.Response, int]:
        core = self._core
        tries = 0
        while True:
            http = self._connections.get()
            if http.is_closed:
                raise ClientClosedError(f"{op.operation_id}: the client is closed; create a new one")
            tries += 1
            late = await core.limiter.acquire_async() if core.limiter is not None else None
            started = core.timing.clock()
            outcome = await self._attempt(http, prepared)
            if late is not None and core.limiter is not None:
                await core.limiter.settle_async(late)
            decision = core.judge(op, outcome, tries, started)
            if decision.push_back is not None and core.limiter is not None:
                await core.limiter.pause_async(decision.push_back)
            if decision.delay is not None:
                await core.timing.async_sleep(decision.delay)
                continue
            return core.conclude(op, outcome, decision, tries), tries - 1

    async def _attempt(self, http: httpx.AsyncClient, prepared: _Prepared) -> Outcome:
        """One try, all of it (connect to last byte) under one deadline when running on asyncio."""
        import asyncio

        budget = prepared.budget
        deadline = None if budget is None else time.monotonic() + budget
        try:
            asyncio.current_task()
            scope: Any = asyncio.timeout(budget)
        except RuntimeError:  # not asyncio (trio): httpx's per-operation timeouts, and the check between chunks
            scope = contextlib.nullcontext()
        try:
            async with scope:
                direct = self._connections.owned and self._core.plain_url
                request = prepared.request(http, direct)
                if direct:
                    started = time.perf_counter()
                    response = await _connections.transport(http, request).handle_async_request(request)
                    response.request = request
                else:
                    response = await http.send(request, stream=True, follow_redirects=False)
                await _limits.aread(response, self._core.settings.max_response_bytes, deadline, budget)
                if direct:
                    response.elapsed = timedelta(seconds=time.perf_counter() - started)
        except httpx.RequestError as exc:
            return exc
        except TimeoutError:
            if deadline is None or time.monotonic() < deadline:
                raise  # not our deadline
            return _limits.DeadlineExceeded(f"the attempt did not finish within its {budget:g} s deadline")
        return response

    async def _call(self, op: Operation[Any], prepared: _Prepared, action: bool) -> Any:
        try:
            response, retries = await self._send(op, prepared)
            kind = (AsyncActionResult, _outcomes.AsyncWaiter) if action else None
            return self._core.answer(op, response, retries, prepared, self._raw, kind)
        except OutcomeUnknownError as exc:
            self._core.remember(exc, op, prepared)
            raise

    async def request(
        self,
        op: Operation[T],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Any:
        prepared = self._core.prepare(op, args, timeout, extra_headers, extra_query, extra_body)
        return await self._call(op, prepared, action=False)

    async def request_action(
        self,
        op: Operation[T],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> Any:
        prepared = self._core.prepare(op, args, timeout, extra_headers, extra_query, extra_body)
        return await self._call(op, prepared, action=True)

    async def request_path(
        self,
        method: str,
        path: str,
        params: ExtraQuery | None,
        json: object,
        headers: ExtraHeaders | None,
        timeout: TimeoutArg,
        idempotent: bool,
    ) -> _response.APIResponse[Any]:
        op, prepared = self._core.prepare_path(method, path, params, json, headers, timeout, idempotent)
        response, retries = await self._send(op, prepared)
        return _response.APIResponse(op, response, retries, _response.plain_data)

    async def paginate(
        self,
        paging: Paging[ItemT],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
    ) -> AsyncIterator[ItemT]:
        pages = _Pages(paging, args, self._core.secrets())
        for page in range(1, MAX_PAGES + 1):
            data = await self.request(
                paging.operation, pages.args(page), timeout, extra_headers, extra_query, extra_body
            )
            try:
                items, more = pages.read(data, page)
            except CMRError as exc:
                raise _response.clean(exc) from None
            for entry in items:
                yield entry
            if not more:
                return
