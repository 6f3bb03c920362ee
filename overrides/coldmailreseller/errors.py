"""Every error the client raises. Catch `CMRError` for all of them.

CMRError
├── ConfigurationError            bad client settings (no API key, no sandbox URL)
│   ├── ClientClosedError         a call on a client that was closed
│   ├── ClientForkedError         a caller's http_client used in a process forked after the client was made
│   └── OutcomeNotTrackableError  wait() cannot follow this work: no event store, or the spec knows no way
├── InvalidArgumentError          bad call arguments, raised before anything is sent
└── APIError                      any failure of talking to CMR: `method`, `operation_id`, `request_id`, `tries`
    ├── APIStatusError            CMR answered with an error status: `status_code`, `message`, `body`
    │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
    │   ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429, InternalServerError 5xx
    │   └── RedirectError 3xx     never followed: the key and money-moving calls go to the base URL only
    ├── APIConnectionError        no usable answer (connection failed, reset, closed)
    │   └── APITimeoutError
    └── ResponseValidationError   a 2xx answer that is not what the spec declares, or cannot be read
        └── ResponseTooLargeError an answer beyond max_response_bytes
├── OutcomeTimeoutError            wait() / wait_for_outcome(): nothing conclusive arrived in time
OutcomeUnknownError               mixin: a call that moves money or starts work may have been applied

As in openai-python and anthropic-sdk-python, `except APIError` catches every failure of a call to CMR (the
status classes stay for finer handling); the webhook errors and `ConfigurationError` are `CMRError`s only.

Every error survives `pickle` and `copy.deepcopy` (a worker process hands it to its parent) with its type, message
and attributes; live objects (`response`) are left behind, and no error holds the API key. What an error keeps of
an answer is bounded (`body`: 2,000 characters, `message`: 500) and masked: the key if the server echoed it, and the
values of secret fields (passwords, tokens); `response` is a copy whose request carries no key header.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar

from . import _records
from ._records import Outcome

if TYPE_CHECKING:
    import httpx
else:
    from ._lazy import LazyModule

    httpx = LazyModule("httpx")  # for typing.get_type_hints; the webhooks import errors without httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CMRError",
    "ClientClosedError",
    "ClientForkedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "OutcomeNotTrackableError",
    "OutcomeTimeoutError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]


class CMRError(Exception):
    """Base of every error raised by coldmailreseller."""

    # Attributes holding live objects (an httpx response with its connection): not carried into pickles and copies.
    _transient: ClassVar[frozenset[str]] = frozenset({"response"})

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its message and attributes without calling __init__, whose signature differs per class:
        # Exception's own reduce calls cls(*args), which fails for every keyword-only constructor.
        state = {name: None if name in self._transient else value for name, value in vars(self).items()}
        return _restore, (type(self), self.args), state


def _restore(cls: type[CMRError], args: tuple[Any, ...]) -> CMRError:
    error = cls.__new__(cls)
    error.args = args
    return error


class ConfigurationError(CMRError):
    """The client cannot be built or used as configured."""


class ClientClosedError(ConfigurationError):
    """The client was closed (`close()`, or its `with` block ended); create a new one."""


class ClientForkedError(ConfigurationError):
    """The client was made with your own `http_client` in a process that has since forked (a Celery prefork or
    gunicorn `--preload` worker, a multiprocessing pool). Its connections would be shared with the parent and
    answers could cross between processes, so it is not used: create the client (and its http_client) in each
    worker after the fork, or let the client make its own connections, which it re-opens in a child by itself."""


class OutcomeNotTrackableError(ConfigurationError):
    """`wait()` or `wait_for_outcome()` cannot follow this work: the client has no event store (`event_store=` or
    `CMR_EVENT_STORE`), or the spec says how the work ends is undocumented upstream, or knows no field to match its
    events by (the message quotes the spec's reason)."""


_records.NOT_TRACKABLE = OutcomeNotTrackableError  # what a copied ActionResult raises on wait() (_records.py)


class OutcomeTimeoutError(CMRError):
    """Nothing conclusive arrived in the event store within `timeout` seconds: `operation_id`, `method`
    (`orders.create`), the correlation `keys` looked for (`orderId:NQ68...`), and `events_seen`, the names of the
    events that did arrive for it (a partial picture: `domain.order.success` without every `mailbox.created`).
    The work may still finish: wait again, or look again later."""

    def __init__(
        self, *, operation_id: str, method: str, keys: tuple[str, ...], timeout: float, events_seen: tuple[str, ...]
    ) -> None:
        seen = ", ".join(events_seen) if events_seen else "none"
        super().__init__(
            f"{method} ({operation_id}): no conclusive outcome within {timeout:g} s for {', '.join(keys)}; "
            f"events seen: {seen}"
        )
        self.operation_id = operation_id
        self.method = method
        self.keys = keys
        self.timeout = timeout
        self.events_seen = events_seen


class InvalidArgumentError(CMRError, ValueError):
    """An argument is missing, of the wrong type, or outside what the spec allows. Nothing was sent.

    `argument` is the keyword argument, `path` where in it the bad value is (`domains[0].domian`)."""

    def __init__(self, message: str, *, operation_id: str, argument: str, path: str | None = None) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.argument = argument
        self.path = argument if path is None else path


class APIError(CMRError):
    """Any failure of a call to CMR: an error status, no usable answer, or an answer that cannot be read.

    `method` is the client method called (`orders.create`; `request` for the raw `request()`), `operation_id` the
    spec's name for it, `request_id` CMR's id of the answer when one carried it, and `tries` how many times the
    request was sent (retries included); `str(exc)` names them."""

    request_id: str | None = None
    tries: int = 1

    def __init__(
        self, text: str, *, operation_id: str, method: str | None = None, request_id: str | None = None
    ) -> None:
        super().__init__(f"{method} ({operation_id}): {text}" if method else f"{operation_id}: {text}")
        self.message = text
        self.operation_id = operation_id
        self.method = method
        self.request_id = request_id

    def __str__(self) -> str:
        text = super().__str__()
        return text if self.tries <= 1 else f"{text} [after {self.tries} tries]"


class APIStatusError(APIError):
    """CMR answered with an error status. `message` is CMR's (bounded); `body` an excerpt of the response text (at
    most 2,000 characters, secret values masked); `response` a copy of the response without the API key (not
    kept in pickles)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: str,
        request_id: str | None,
        operation_id: str,
        response: httpx.Response | None = None,
        method: str | None = None,
    ) -> None:
        super().__init__(
            f"HTTP {status_code}: {message}", operation_id=operation_id, method=method, request_id=request_id
        )
        self.message = message
        self.status_code = status_code
        self.body = body
        self.response = response


class BadRequestError(APIStatusError):
    """400: the request is malformed or misses a field."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong, or for the other environment (production vs sandbox)."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not act on this resource."""


class NotFoundError(APIStatusError):
    """404: no such resource under this partner."""


class ConflictError(APIStatusError):
    """409: the request conflicts with existing state."""


class UnprocessableEntityError(APIStatusError):
    """422: a business rule rejected the request."""


class RateLimitError(APIStatusError):
    """429: too many requests. `retry_after` is the server's wait in seconds, when it sent one; a wait longer than
    the client waits by itself (60 s) is not waited for, and the message says how long CMR asked for."""

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """5xx: CMR failed to handle the request."""


class RedirectError(APIStatusError):
    """3xx: CMR answered with a redirect. It is never followed, so that the API key and a call that moves money
    are sent only to the configured base URL; `location` is where it pointed (check `base_url`)."""

    location: str | None = None


class APIConnectionError(APIError):
    """No usable response: the connection failed, was reset, or closed early. `request_id` is None: no answer
    carried one."""

    def __init__(self, message: str, *, operation_id: str, method: str | None = None) -> None:
        super().__init__(message, operation_id=operation_id, method=method)


class APITimeoutError(APIConnectionError):
    """The call did not finish within its timeout."""


class ResponseValidationError(APIError):
    """A successful status whose body is not JSON, lacks the envelope, or whose `data` does not match the
    spec, or that could not be read (too large, an encoding not asked for). `body` keeps an excerpt of the raw
    text (at most 2,000 characters, secret values masked) for inspection."""

    def __init__(
        self,
        reason: str,
        *,
        operation_id: str,
        status_code: int,
        body: str,
        request_id: str | None = None,
        method: str | None = None,
    ) -> None:
        super().__init__(
            f"unexpected response (HTTP {status_code}): {reason}",
            operation_id=operation_id,
            method=method,
            request_id=request_id,
        )
        self.reason = self.message = reason
        self.status_code = status_code
        self.body = body


class ResponseTooLargeError(ResponseValidationError):
    """The answer was larger than `max_response_bytes` once decoded (gzip included), so reading stopped there;
    `body` keeps a bounded excerpt."""


class OutcomeUnknownError(CMRError):
    """Raised together with a timeout, connection or 5xx error on a call that moves money or starts
    asynchronous work. The request may have been applied; it was NOT re-sent, because re-sending can
    create duplicate resources and charges. Check the outcome before trying again: `wait_for_outcome()` looks for
    it in the event store. `request_id` is CMR's request id when an answer (a 5xx) carried one.

    `method` is the call (`orders.create`) and `arguments` what was asked, by attribute name, with every secret
    field removed (never the API key)."""

    request_id: str | None = None
    method: str | None = None
    arguments: dict[str, Any] | None = None
    # What wait_for_outcome() looks for (an `_outcomes.Expectation`, plain values), or why it cannot (a message).
    _expected: Any = None
    # The client's event store and timing: live objects, not pickled.
    _transient: ClassVar[frozenset[str]] = CMRError._transient | {"_store", "_timing"}
    _store: Any = None  # an EventStore
    _timing: Any = None  # a _timing.Timing
    # Installed by the package (coldmailreseller/__init__.py): the facade follows work in event stores, and this
    # module, which the generated code imports, never imports it.
    _reconcile: ClassVar[Callable[..., Outcome] | None] = None
    _reconcile_async: ClassVar[Callable[..., Awaitable[Outcome]] | None] = None

    def wait_for_outcome(self, timeout: float = 600.0, event_store: Any = None) -> Outcome:
        """Look in the event store for the events of what was asked, recorded since it was sent, and return the
        `Outcome` once the operation's rule decides it; `OutcomeTimeoutError` when nothing conclusive arrived within
        `timeout` seconds (then the docs do not say whether it was applied), `OutcomeNotTrackableError` when the
        spec knows no way to find it. The store is `event_store` (an `EventStore` or its URL), else the client's
        (not kept in pickles), else `CMR_EVENT_STORE`."""
        reconcile = type(self)._reconcile
        if reconcile is None:  # pragma: no cover - coldmailreseller/__init__.py installs it on import
            raise OutcomeNotTrackableError("coldmailreseller is not imported")
        return reconcile(self, timeout, event_store)

    async def wait_for_outcome_async(self, timeout: float = 600.0, event_store: Any = None) -> Outcome:
        """`wait_for_outcome` without blocking the event loop (the store's async waits)."""
        reconcile = type(self)._reconcile_async
        if reconcile is None:  # pragma: no cover - coldmailreseller/__init__.py installs it on import
            raise OutcomeNotTrackableError("coldmailreseller is not imported")
        return await reconcile(self, timeout, event_store)


class OutcomeUnknownTimeoutError(APITimeoutError, OutcomeUnknownError):
    """A timeout on a call that is never retried blindly."""


class OutcomeUnknownConnectionError(APIConnectionError, OutcomeUnknownError):
    """A connection failure after the request was sent, on a call that is never retried blindly."""


class OutcomeUnknownServerError(InternalServerError, OutcomeUnknownError):
    """A 5xx answer to a call that is never retried blindly."""


class OutcomeUnknownResponseError(ResponseValidationError, OutcomeUnknownError):
    """A 2xx answer that cannot be read, to a call that moves money or starts work: CMR accepted the request,
    but what it answered (the order id, the result) is unreadable."""


class OutcomeUnknownTooLargeError(ResponseTooLargeError, OutcomeUnknownResponseError):
    """A 2xx answer beyond max_response_bytes, to a call that moves money or starts work."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status_code: int, *, outcome_unknown: bool = False) -> type[APIStatusError]:
    if status_code >= 500:
        return OutcomeUnknownServerError if outcome_unknown else InternalServerError
    if 300 <= status_code < 400:
        return RedirectError
    return STATUS_ERRORS.get(status_code, APIStatusError)
