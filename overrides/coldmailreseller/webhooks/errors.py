"""Errors raised while receiving webhooks. Both are `CMRError`s, so one `except CMRError` covers the SDK."""

from __future__ import annotations

from enum import StrEnum

from ..errors import CMRError

__all__ = ["VerificationFailure", "WebhookPayloadError", "WebhookVerificationError"]


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
