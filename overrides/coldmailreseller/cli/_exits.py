"""The exit codes of `cmr`, one per kind of failure, and what an error prints. The README's table is this one."""

from __future__ import annotations

import sys

from coldmailreseller.errors import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    CMRError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

OK = 0
FAILED = 1  # another failure: an unreadable answer, a redirect, a webhook that does not verify
BAD_ARGUMENTS = 2  # click's usage errors exit 2 as well
AUTHENTICATION = 3
NOT_FOUND = 4
REJECTED = 5
RATE_LIMITED = 6
UNAVAILABLE = 7
OUTCOME_UNKNOWN = 8
DECLINED = 9
INTERRUPTED = 130

# code -> what it means, in the README's order.
EXIT_CODES: dict[int, str] = {
    OK: "success",
    FAILED: "any other failure: an unreadable answer from CMR, a redirect, a webhook that does not verify",
    BAD_ARGUMENTS: "bad arguments or settings (no API key, a missing or mistyped option), nothing sent",
    AUTHENTICATION: "authentication or permission refused (401, 403)",
    NOT_FOUND: "not found (404)",
    REJECTED: "conflict or validation refused by CMR (400, 409, 422)",
    RATE_LIMITED: "rate limited (429) after the retries",
    UNAVAILABLE: "server error (5xx), connection failure or timeout",
    OUTCOME_UNKNOWN: "outcome unknown: a call that moves money or starts work may have been applied; check first",
    DECLINED: "confirmation declined, or not on a terminal without --yes; nothing sent",
    INTERRUPTED: "interrupted (Ctrl-C)",
}

# Checked in order: the first class the error is an instance of decides (OutcomeUnknownError before the
# connection and server errors it is raised together with).
_BY_CLASS: tuple[tuple[type[BaseException], int], ...] = (
    (OutcomeUnknownError, OUTCOME_UNKNOWN),
    (InvalidArgumentError, BAD_ARGUMENTS),
    (ConfigurationError, BAD_ARGUMENTS),
    (AuthenticationError, AUTHENTICATION),
    (PermissionDeniedError, AUTHENTICATION),
    (NotFoundError, NOT_FOUND),
    (BadRequestError, REJECTED),
    (ConflictError, REJECTED),
    (UnprocessableEntityError, REJECTED),
    (RateLimitError, RATE_LIMITED),
    (InternalServerError, UNAVAILABLE),
    (APIConnectionError, UNAVAILABLE),
)


def exit_code(error: CMRError) -> int:
    return next((code for cls, code in _BY_CLASS if isinstance(error, cls)), FAILED)


def fail(error: CMRError) -> int:
    """Print the error (its text never holds the key or a secret field's value) and return its exit code."""
    code = exit_code(error)
    print(f"cmr: {type(error).__name__}: {error}", file=sys.stderr)
    if code == OUTCOME_UNKNOWN:
        print("cmr: the request may have been applied: check before sending it again", file=sys.stderr)
    return code
