"""Errors raised while receiving webhooks. All are `CMRError`s, so one `except CMRError` covers the SDK."""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from ..errors import CMRError

__all__ = [
    "DeduplicationStoreError",
    "EventStoreError",
    "VerificationFailure",
    "WebhookPayloadError",
    "WebhookVerificationError",
]


class VerificationFailure(StrEnum):
    """Why a delivery failed verification. A `StrEnum`, so `reason == "signature_mismatch"` also works."""

    MISSING_SIGNATURE = "missing_signature"
    MISSING_TIMESTAMP = "missing_timestamp"
    INVALID_TIMESTAMP = "invalid_timestamp"
    TIMESTAMP_TOO_OLD = "timestamp_too_old"
    TIMESTAMP_IN_FUTURE = "timestamp_in_future"
    MALFORMED_SIGNATURE = "malformed_signature"
    SIGNATURE_MISMATCH = "signature_mismatch"


class WebhookVerificationError(CMRError):
    """The delivery is not provably from CMR, or is too old or too far in the future to accept.

    Answer it with a 4xx and do not act on the body. The message never contains the secret or the expected
    signature."""

    def __init__(self, reason: VerificationFailure, message: str) -> None:
        super().__init__(f"webhook verification failed ({reason}): {message}")
        self.reason = reason


class WebhookPayloadError(CMRError, ValueError):
    """The body is not a webhook event: not a JSON object, no event name, or a known event whose fields do not fit
    the spec. `body` keeps the raw body; it is left out of the message because events can carry mailbox passwords.
    """

    def __init__(self, reason: str, *, body: bytes | str) -> None:
        super().__init__(f"invalid webhook payload: {reason}")
        self.reason = reason
        self.body = body


class DeduplicationStoreError(CMRError):
    """The deduplication store did not answer: Redis or PostgreSQL refused, reset or timed out, was restarting, or
    SQLite failed (a lock held past the busy timeout, an I/O error). Nothing was decided about the event.

    Answer `status_code` (503) so that CMR delivers the event again; by then the store may be back. Raised by
    `WebhookHandler.handle`, `handle_async`, `process` and `process_async` as by the stores themselves, in place
    of the driver's own exception (which is not chained: psycopg's errors hold the live connection, and with it
    the password). `store` is where the store is, without a password; `operation` the call that failed (`claim`,
    `complete`, ...); `cause` the driver's exception type and text.
    """

    status_code: ClassVar[int] = 503

    def __init__(self, *, store: str, operation: str, cause: str) -> None:
        super().__init__(
            f"webhook deduplication store {store} failed in {operation} ({cause}); "
            f"answer {self.status_code} so that CMR delivers the event again"
        )
        self.store = store
        self.operation = operation
        self.cause = cause


class EventStoreError(CMRError):
    """The event store (`EventStore`) did not answer: Redis or PostgreSQL refused, reset or timed out, or SQLite
    failed (a lock held past the busy timeout, an I/O error). Nothing was recorded or read by the failed call.

    A receiver answers `status_code` (503) so that CMR delivers the event again, by when the store may be back;
    `WebhookHandler` raises it from `handle`, `process` and their async twins before the event is marked seen, so
    the redelivery is recorded. The driver's exception is not chained (psycopg's hold the live connection, and with
    it the password). `store` is where the store is, without a password; `operation` the call that failed
    (`record`, `events`, `wait`); `cause` the driver's exception type and text.
    """

    status_code: ClassVar[int] = 503

    def __init__(self, *, store: str, operation: str, cause: str) -> None:
        super().__init__(
            f"webhook event store {store} failed in {operation} ({cause}); a receiver answers {self.status_code} "
            "so that CMR delivers the event again"
        )
        self.store = store
        self.operation = operation
        self.cause = cause
