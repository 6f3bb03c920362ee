"""Turn an HTTP response into typed data or a typed error. A success keeps the whole response; an error keeps a
bounded excerpt of it with secrets masked (see _excerpt.py), and a copy of the response without the API key."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import httpx

from . import _drift as drift
from . import _excerpt, _limits, _runtime
from ._config import PRODUCTION_KEY_HEADER, SANDBOX_KEY_HEADER
from ._json import loads as _decode
from ._records import SpecMismatch
from ._retrying import Decision, decide, unknown_outcome
from ._runtime import ActionResult, AsyncActionResult, Operation
from .errors import (
    APIError,
    APIStatusError,
    CMRError,
    OutcomeUnknownResponseError,
    OutcomeUnknownTooLargeError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    ResponseValidationError,
)

T = TypeVar("T")
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")
_KEY_HEADERS = (PRODUCTION_KEY_HEADER, SANDBOX_KEY_HEADER)
# Response headers that describe the body as it came off the wire, not the excerpt an error keeps.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
_MAX_REQUEST_ID = 200
# Smaller answers go to the parser until msgspec is loaded anyway: as fast there, and a short-lived process that
# reads one object does not pay for importing msgspec and building its Structs.
FAST_MIN = 2048


def request_id(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        if name in headers:
            return headers[name]
    return None


def secrets_of(response: httpx.Response) -> tuple[str, ...]:
    """The API key the request carried, to be masked wherever the answer echoes it."""
    try:
        headers = response.request.headers
    except RuntimeError:  # a response built without a request (tests)
        return ()
    return tuple(value for name in _KEY_HEADERS if (value := headers.get(name)))


def _error_request_id(response: httpx.Response, secrets: tuple[str, ...]) -> str | None:
    found = request_id(response.headers)
    return None if found is None else _excerpt.bounded(_excerpt.mask_secrets(found, secrets), _MAX_REQUEST_ID)


def _json(response: httpx.Response) -> Any:
    return _decode(response.content)


def _parsed(response: httpx.Response) -> tuple[bool, Any]:
    try:
        return True, _json(response)
    except ValueError:
        return False, None


def _body_excerpt(response: httpx.Response, parsed: tuple[bool, Any], secrets: tuple[str, ...]) -> str:
    ok, value = parsed
    return _excerpt.excerpt(response.content, value, parsed_ok=ok, secrets=secrets)


def sanitized(response: httpx.Response, body: str, secrets: tuple[str, ...]) -> httpx.Response:
    """A copy of `response` fit to travel with an error: the excerpt for its content, its headers masked (a
    Location without user info or query), and a request that carries neither the key header nor the body sent."""

    def safe(value: str) -> str:
        return _excerpt.mask_secrets(value, secrets)

    request = None
    try:
        sent = response.request
    except RuntimeError:
        sent = None
    if sent is not None:
        headers = [(k, safe(v)) for k, v in sent.headers.multi_items() if k.lower() not in _KEY_HEADERS]
        request = httpx.Request(sent.method, safe(str(sent.url)), headers=headers)
    headers = [
        (k, _location(response, secrets) or "" if k.lower() == "location" else _excerpt.mask_text(v, secrets))
        for k, v in response.headers.multi_items()
        if k.lower() not in _WIRE_HEADERS
    ]
    extensions: dict[str, Any] = {"reason_phrase": safe(response.reason_phrase).encode("ascii", "replace")}
    if "http_version" in response.extensions:
        extensions["http_version"] = response.extensions["http_version"]
    return httpx.Response(
        response.status_code, headers=headers, content=body.encode(), request=request, extensions=extensions
    )


def _location(response: httpx.Response, secrets: tuple[str, ...]) -> str | None:
    """Where a redirect pointed, without user info, query or fragment (they may carry credentials)."""
    value = response.headers.get("location")
    if value is None:
        return None
    try:
        parts = urlsplit(value.strip())
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port is not None else ""
    except ValueError:
        return "<a Location that does not parse>"
    where = f"{parts.scheme}://{host}{port}{parts.path}" if parts.scheme or host else parts.path
    return _excerpt.bounded(_excerpt.mask_secrets(where, secrets), _excerpt.MESSAGE_CHARS)


def api_error(
    op: Operation[Any], response: httpx.Response, decision: Decision | None = None, *, status: int | None = None
) -> APIError:
    """The typed error for an error status (the HTTP one unless `status` says otherwise), as `decision` (the
    retry decision that raises it; by default, what `_retrying.decide` says of that status) names it, with CMR's
    message when the body is an envelope. Message and body are bounded excerpts with secrets masked; `response`
    is a sanitized copy."""
    status = response.status_code if status is None else status
    if decision is None or decision.error is None:
        decision = decide(1, op.retry_safe, 0, status=status, retry_after=response.headers.get("retry-after"))
    secrets = secrets_of(response)
    parsed = _parsed(response)
    body = _body_excerpt(response, parsed, secrets)
    value = parsed[1]
    if isinstance(value, dict) and isinstance(value.get("message"), str):
        message = _excerpt.message(value["message"], secrets)
    else:
        message = _excerpt.message(response.reason_phrase or "error", secrets)
        snippet = " ".join(body.split())[: _excerpt.MESSAGE_CHARS]
        if snippet:
            message = f"{message}: {snippet}"
    del parsed, value  # not in this frame's locals while the error travels
    unreadable = _limits.problem(response)
    if unreadable is not None:
        message += f" ({unreadable.reason})"
    cls = cast(type[APIStatusError], decision.error)  # a status's decision names an APIStatusError class
    error = cls(
        message + decision.note,
        status_code=status,
        body=body,
        request_id=_error_request_id(response, secrets),
        operation_id=op.operation_id,
        response=sanitized(response, body, secrets),
        method=op.call_name,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = decision.retry_after
    if isinstance(error, RedirectError):
        error.location = _location(response, secrets)
    return error


def unreadable(op: Operation[Any], response: httpx.Response) -> ResponseValidationError:
    """A 2xx whose body could not be read in full (too large, an encoding not asked for, corrupt compression)."""
    found = _limits.problem(response)
    return _invalid(op, response, found.reason if found is not None else "the body cannot be read")


def envelope(op: Operation[Any], response: httpx.Response, answers: frozenset[int] = frozenset()) -> dict[str, Any]:
    """The JSON envelope of a 2xx response (or of a status in `answers`); an error envelope raises the matching
    APIError."""
    try:
        body = _json(response)
    except ValueError as exc:
        raise _invalid(op, response, f"the body is not JSON ({exc})") from None
    if not isinstance(body, dict) or not ({"status", "data", "message"} & body.keys()):
        raise _invalid(op, response, "the body is not a CMR envelope {status, message, data}")
    if op.envelope_keys and not op.envelope_keys.issuperset(body):
        for key in body.keys() - op.envelope_keys:
            drift.mismatch(f"/{key}", "unknown_envelope_key", drift.json_type(body[key]))
    status = body.get("status")
    # CMR mirrors the HTTP status in the envelope; an envelope that reports an error is one.
    if isinstance(status, int) and not isinstance(status, bool) and status >= 400 and status not in answers:
        raise api_error(op, response, status=status)
    return body


def parse_data(op: Operation[T], response: httpx.Response) -> T:
    """The typed `data` of a success; a model result carries the request id as `_request_id`. Read by msgspec where
    it can decide (`_fastdecode`), else by the parser, which also makes every error and drift record."""
    content = response.content
    if len(content) >= FAST_MIN or "msgspec" in sys.modules:
        from ._fastdecode import data as fast

        found = fast(op, content)
        if found is not None:
            data: T = found[0]
            if hasattr(data, "_request_id"):
                data._request_id = request_id(response.headers)
            return data
    return _data(op, response, envelope(op, response))


def _data(op: Operation[T], response: httpx.Response, body: dict[str, Any]) -> T:
    if op.has_data and body.get("data") is None:
        raise _invalid(op, response, "`data` is missing or null")
    raw = body.get("data")
    try:
        data = op.parse(raw)
    except SpecMismatch as exc:
        raise _invalid(op, response, f"`data` does not match the spec: {exc}") from None
    if hasattr(data, "_request_id"):
        data._request_id = request_id(response.headers)
    return data


def _invalid(op: Operation[Any], response: httpx.Response, reason: str) -> ResponseValidationError:
    """A 2xx that is not what the spec declares; on a call that moves money or starts work, CMR applied it, so
    the error is also an OutcomeUnknownError."""
    secrets = secrets_of(response)
    reason = _excerpt.message(reason, secrets)
    found = _limits.problem(response)
    too_large = found is not None and found.too_large
    cls: type[ResponseValidationError]
    if op.retry_safe:
        cls = ResponseTooLargeError if too_large else ResponseValidationError
    else:
        cls = OutcomeUnknownTooLargeError if too_large else OutcomeUnknownResponseError
        reason += unknown_outcome(
            f"CMR accepted the request (HTTP {response.status_code}) but its answer cannot be read"
        )
    return cls(
        reason,
        operation_id=op.operation_id,
        status_code=response.status_code,
        body=_body_excerpt(response, _parsed(response), secrets),
        request_id=_error_request_id(response, secrets),
        method=op.call_name,
    )


def clean(error: BaseException, tries: int | None = None) -> BaseException:
    """`error` without the traceback it gathered inside the response layer and without the exception it was
    raised while handling (a parser's TypeError, whose frames hold the parsed body, mailbox passwords included, in
    their locals); raise it `from None` where it leaves. `tries`: how often the request was sent."""
    error.__cause__ = error.__context__ = None
    if tries is not None and isinstance(error, APIError):
        error.tries = tries
    return error.with_traceback(None)


def action_result(
    op: Operation[T],
    response: httpx.Response,
    cls: type[ActionResult[T] | AsyncActionResult[T]],
    waiter: Callable[[dict[str, Any]], Any],
) -> ActionResult[T] | AsyncActionResult[T]:
    """The result of a call that starts work: `cls` (the async client's `AsyncActionResult`), waiting with what
    `waiter` makes of the envelope."""
    body = envelope(op, response)
    action_id = body.get("actionId")
    message = body.get("message")
    return cls(
        _data(op, response, body),
        action_id if isinstance(action_id, str) else None,
        message if isinstance(message, str) else None,
        request_id(response.headers),
        waiter=waiter(body),
    )


def result_answers(result: str | None) -> frozenset[int]:
    """The error statuses that answer an x-cmr-result operation's question instead of failing it."""
    if result is None:
        return frozenset()
    from ._results import RESULTS

    return RESULTS[result].answers


def typed_result(op: Operation[Any], response: httpx.Response, sent: dict[str, Any] | None) -> Any:
    """The `x-cmr-result` of an operation, built from the whole answer (see _results.py)."""
    from ._results import RESULTS  # only operations with a typed result need it

    kind = RESULTS[op.result or ""]
    body = envelope(op, response, kind.answers)
    status = body.get("status")
    if not (isinstance(status, int) and status in kind.answers):
        status = response.status_code
    return kind.build(status, body, sent, request_id(response.headers))


def plain_data(op: Operation[Any], response: httpx.Response) -> Any:
    """The envelope's `data` as decoded JSON (the client's raw `request()`)."""
    return envelope(op, response).get("data")


class APIResponse(_runtime.APIResponse[T]):
    """A successful HTTP response and its envelope; `parse()` builds what the method returns (once): the typed
    `data`, its `ActionResult` for operations that answer with an actionId, or the operation's typed result."""

    def __init__(
        self,
        op: Operation[Any],
        response: httpx.Response,
        retries: int,
        finish: Callable[[Operation[Any], httpx.Response], Any],
    ) -> None:
        self._op = op
        self._finish = finish
        self.http_response = response
        self.retries = retries
        self._envelope: dict[str, Any] | None = None
        self._parsed: tuple[T] | None = None

    def __repr__(self) -> str:
        return f"<APIResponse {self._op.operation_id} [{self.status_code}]>"

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id(self.http_response.headers)

    @property
    def envelope(self) -> dict[str, Any]:
        """The whole JSON envelope (top-level extras included)."""
        if self._envelope is None:
            answers = result_answers(self._op.result)
            try:
                self._envelope = envelope(self._op, self.http_response, answers)
            except CMRError as exc:
                raise clean(exc) from None
        return self._envelope

    @property
    def message(self) -> str | None:
        message = self.envelope.get("message")
        return message if isinstance(message, str) else None

    @property
    def action_id(self) -> str | None:
        action_id = self.envelope.get("actionId")
        return action_id if isinstance(action_id, str) else None

    def parse(self) -> T:
        if self._parsed is None:
            try:
                # T is what the method returns (see raw_response()).
                self._parsed = (cast(T, self._finish(self._op, self.http_response)),)
            except CMRError as exc:
                raise clean(exc, self.retries + 1) from None
        return self._parsed[0]
