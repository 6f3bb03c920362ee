"""Every error the client raises. Catch `CMRError` for all of them.

CMRError
├── ConfigurationError            bad client settings (no API key, no sandbox URL)
│   └── ClientClosedError         a call on a client that was closed
├── InvalidArgumentError          bad call arguments, raised before anything is sent
├── APIError                      CMR answered with an error status
│   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403, NotFoundError 404,
│   ├── ConflictError 409, UnprocessableEntityError 422, RateLimitError 429, InternalServerError 5xx
├── APIConnectionError            no usable answer (connection failed, reset, closed)
│   └── APITimeoutError
├── ResponseValidationError       a 2xx answer that is not what the spec declares
└── OutcomeUnknownError           mixin: a call that moves money or starts work may have been applied
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CMRError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnprocessableEntityError",
]


class CMRError(Exception):
    """Base of every error raised by coldmailreseller."""


class ConfigurationError(CMRError):
    """The client cannot be built or used as configured."""


class ClientClosedError(ConfigurationError):
    """The client was closed (`close()`, or its `with` block ended); create a new one."""


class InvalidArgumentError(CMRError, ValueError):
    """An argument is missing, of the wrong type, or outside what the spec allows. Nothing was sent.

    `argument` is the keyword argument, `path` where in it the bad value is (`domains[0].domian`)."""

    def __init__(self, message: str, *, operation_id: str, argument: str, path: str | None = None) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.argument = argument
        self.path = argument if path is None else path


class APIError(CMRError):
    """CMR answered with an error status. `body` is the raw response text."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: str,
        request_id: str | None,
        operation_id: str,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(f"{operation_id}: HTTP {status_code}: {message}")
        self.message = message
        self.status_code = status_code
        self.body = body
        self.request_id = request_id
        self.operation_id = operation_id
        self.response = response


class BadRequestError(APIError):
    """400: the request is malformed or misses a field."""


class AuthenticationError(APIError):
    """401: the API key is missing, wrong, or for the other environment (production vs sandbox)."""


class PermissionDeniedError(APIError):
    """403: the key may not act on this resource."""


class NotFoundError(APIError):
    """404: no such resource under this partner."""


class ConflictError(APIError):
    """409: the request conflicts with existing state."""


class UnprocessableEntityError(APIError):
    """422: a business rule rejected the request."""


class RateLimitError(APIError):
    """429: too many requests. `retry_after` is the server's wait in seconds, when it sent one."""

    retry_after: float | None = None


class InternalServerError(APIError):
    """5xx: CMR failed to handle the request."""


class APIConnectionError(CMRError):
    """No usable response: the connection failed, was reset, or closed early. `request_id` is None: no answer
    carried one."""

    request_id: str | None = None

    def __init__(self, message: str, *, operation_id: str) -> None:
        super().__init__(f"{operation_id}: {message}")
        self.operation_id = operation_id


class APITimeoutError(APIConnectionError):
    """The call did not finish within its timeout."""


class ResponseValidationError(CMRError):
    """A successful status whose body is not JSON, lacks the envelope, or whose `data` does not match the
    spec. `body` keeps the raw text for inspection."""

    def __init__(
        self, reason: str, *, operation_id: str, status_code: int, body: str, request_id: str | None = None
    ) -> None:
        super().__init__(f"{operation_id}: unexpected response (HTTP {status_code}): {reason}")
        self.reason = reason
        self.operation_id = operation_id
        self.status_code = status_code
        self.body = body
        self.request_id = request_id


class OutcomeUnknownError(CMRError):
    """Raised together with a timeout, connection or 5xx error on a call that moves money or starts
    asynchronous work. The request may have been applied; it was NOT re-sent, because re-sending can
    create duplicate resources and charges. Check the outcome (order status, subscriptions, webhooks)
    before trying again. `request_id` is CMR's request id when an answer (a 5xx) carried one."""

    request_id: str | None


class OutcomeUnknownTimeoutError(APITimeoutError, OutcomeUnknownError):
    """A timeout on a call that is never retried blindly."""


class OutcomeUnknownConnectionError(APIConnectionError, OutcomeUnknownError):
    """A connection failure after the request was sent, on a call that is never retried blindly."""


class OutcomeUnknownServerError(InternalServerError, OutcomeUnknownError):
    """A 5xx answer to a call that is never retried blindly."""


STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status_code: int, *, outcome_unknown: bool = False) -> type[APIError]:
    if status_code >= 500:
        return OutcomeUnknownServerError if outcome_unknown else InternalServerError
    return STATUS_ERRORS.get(status_code, APIError)
