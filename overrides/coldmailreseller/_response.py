"""Turn an HTTP response into typed data or a typed error. Nothing the response carries is lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

import httpx

from . import _drift as drift
from ._json import loads as _decode
from ._retry import retry_after
from ._runtime import ActionResult, Operation
from .errors import APIError, RateLimitError, ResponseValidationError, error_class

T = TypeVar("T")
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "cf-ray")
# The generated parsers report every mismatch with the spec as TypeError.
_PARSE_ERRORS = TypeError
_MAX_MESSAGE = 500


def request_id(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        if name in headers:
            return headers[name]
    return None


def _text(response: httpx.Response) -> str:
    try:
        return response.text
    except (UnicodeDecodeError, LookupError):
        return response.content.decode("utf-8", "replace")


def _json(response: httpx.Response) -> Any:
    return _decode(response.content)


def api_error(
    op: Operation[Any], response: httpx.Response, *, status: int | None = None, outcome_unknown: bool = False
) -> APIError:
    """The typed error for an error status (the HTTP one unless `status` says otherwise), with CMR's message
    when the body is an envelope."""
    status = response.status_code if status is None else status
    body = _text(response)
    message = None
    try:
        parsed = _json(response)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict) and isinstance(parsed.get("message"), str):
        message = parsed["message"]
    if message is None:
        message = response.reason_phrase or "error"
        snippet = " ".join(body.split())[:_MAX_MESSAGE]
        if snippet:
            message = f"{message}: {snippet}"
    if outcome_unknown:
        message += (
            " -- the outcome is unknown: this call moves money or starts work, so it was not re-sent. "
            "Check its result (order status, subscriptions, webhooks) before trying again."
        )
    cls = error_class(status, outcome_unknown=outcome_unknown)
    error = cls(
        message,
        status_code=status,
        body=body,
        request_id=request_id(response.headers),
        operation_id=op.operation_id,
        response=response,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after(response.headers)
    return error


def envelope(op: Operation[Any], response: httpx.Response, answers: frozenset[int] = frozenset()) -> dict[str, Any]:
    """The JSON envelope of a 2xx response (or of a status in `answers`); an error envelope raises the matching
    APIError."""
    try:
        body = _json(response)
    except ValueError:
        raise _invalid(op, response, "the body is not JSON") from None
    if not isinstance(body, dict) or not ({"status", "data", "message"} & body.keys()):
        raise _invalid(op, response, "the body is not a CMR envelope {status, message, data}")
    if op.envelope_keys and not op.envelope_keys.issuperset(body):
        for key in body.keys() - op.envelope_keys:
            drift.mismatch(f"/{key}", "unknown_envelope_key", drift.json_type(body[key]))
    status = body.get("status")
    # CMR mirrors the HTTP status in the envelope; an envelope that reports an error is one.
    if isinstance(status, int) and not isinstance(status, bool) and status >= 400 and status not in answers:
        raise api_error(op, response, status=status, outcome_unknown=status >= 500 and not op.retry_safe)
    return body


def parse_data(op: Operation[T], response: httpx.Response) -> T:
    """The typed `data` of a success; a model result carries the request id as `_request_id`."""
    return _data(op, response, envelope(op, response))


def _data(op: Operation[T], response: httpx.Response, body: dict[str, Any]) -> T:
    if op.has_data and body.get("data") is None:
        raise _invalid(op, response, "`data` is missing or null")
    try:
        data = op.parse(body.get("data"))
    except _PARSE_ERRORS as exc:
        raise _invalid(op, response, f"`data` does not match the spec: {type(exc).__name__}: {exc}") from None
    if hasattr(data, "_request_id"):
        data._request_id = request_id(response.headers)
    return data


def _invalid(op: Operation[Any], response: httpx.Response, reason: str) -> ResponseValidationError:
    return ResponseValidationError(
        reason,
        operation_id=op.operation_id,
        status_code=response.status_code,
        body=_text(response),
        request_id=request_id(response.headers),
    )


def action_result(op: Operation[T], response: httpx.Response) -> ActionResult[T]:
    body = envelope(op, response)
    action_id = body.get("actionId")
    message = body.get("message")
    return ActionResult(
        data=_data(op, response, body),
        action_id=action_id if isinstance(action_id, str) else None,
        message=message if isinstance(message, str) else None,
        request_id=request_id(response.headers),
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


class APIResponse(Generic[T]):
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
            self._envelope = envelope(self._op, self.http_response, answers)
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
            # T is what the method returns (see raw_response()).
            self._parsed = (cast(T, self._finish(self._op, self.http_response)),)
        return self._parsed[0]
