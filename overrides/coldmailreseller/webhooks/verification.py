"""Checking that a delivery comes from CMR and is fresh, and signing test deliveries the same way."""

from __future__ import annotations

import hmac
import re
import time
from collections.abc import Mapping

from ..errors import ConfigurationError
from ._signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, compute_signature, parse_signature
from .errors import VerificationFailure, WebhookVerificationError

__all__ = ["DEFAULT_TOLERANCE", "sign", "verify"]

# The guide site documents a five-minute replay window.
DEFAULT_TOLERANCE = 300
# Above this a timestamp can only be in milliseconds (10**12 seconds is in the year 33658).
_MILLISECONDS_THRESHOLD = 10**12
# Bounded so that a hostile header cannot make int() chew on thousands of digits.
_TIMESTAMP = re.compile(r"[0-9]{1,16}")


def verify(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise `WebhookVerificationError` unless `body` carries a valid CMR signature made within `tolerance`
    seconds of `now` (default: the current time).

    `body` must be the raw request body: re-serialized or decoded JSON no longer matches the signature.
    """
    _check_arguments(body, secret, tolerance)
    timestamp = _header(headers, TIMESTAMP_HEADER)
    signature = _header(headers, SIGNATURE_HEADER)
    if not signature:
        raise WebhookVerificationError(VerificationFailure.MISSING_SIGNATURE, f"no {SIGNATURE_HEADER} header")
    if not timestamp:
        raise WebhookVerificationError(VerificationFailure.MISSING_TIMESTAMP, f"no {TIMESTAMP_HEADER} header")
    if not _TIMESTAMP.fullmatch(timestamp):
        raise WebhookVerificationError(
            VerificationFailure.INVALID_TIMESTAMP, f"{TIMESTAMP_HEADER} is not a Unix timestamp in whole seconds"
        )
    received = parse_signature(signature)
    if received is None:
        raise WebhookVerificationError(
            VerificationFailure.MALFORMED_SIGNATURE, f"{SIGNATURE_HEADER} is not a hex HMAC-SHA256 digest"
        )
    if not hmac.compare_digest(received, compute_signature(secret, timestamp, body)):
        raise WebhookVerificationError(
            VerificationFailure.SIGNATURE_MISMATCH,
            "the signature does not match the body (wrong secret, or the body was altered or re-encoded)",
        )
    # Freshness is checked after authenticity so that a stale reason is only ever reported for genuine deliveries.
    sent = int(timestamp)
    if sent > _MILLISECONDS_THRESHOLD:
        sent //= 1000
    age = (time.time() if now is None else now) - sent
    if age > tolerance:
        raise WebhookVerificationError(
            VerificationFailure.TIMESTAMP_TOO_OLD, f"sent {age:.0f} s ago, more than the {tolerance} s allowed"
        )
    if -age > tolerance:
        raise WebhookVerificationError(
            VerificationFailure.TIMESTAMP_IN_FUTURE, f"dated {-age:.0f} s ahead, more than the {tolerance} s allowed"
        )


def sign(body: bytes, secret: str, *, timestamp: int | None = None) -> dict[str, str]:
    """The headers CMR would send with `body`, under the scheme `verify` assumes. For tests and local replays."""
    _check_arguments(body, secret, 0)
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    return {SIGNATURE_HEADER: compute_signature(secret, stamp, body), TIMESTAMP_HEADER: stamp}


def _check_arguments(body: bytes, secret: str, tolerance: int) -> None:
    if not isinstance(body, bytes | bytearray):
        raise TypeError(f"body must be the raw request bytes, not {type(body).__name__}")
    if not secret:
        # An empty key would make every signature forgeable.
        raise ConfigurationError("the webhook secret (the partner API key) is empty")
    if tolerance < 0:
        raise ValueError("tolerance must be zero or more seconds")


def _header(headers: Mapping[str, str], name: str) -> str:
    """The stripped value of header `name`, matched case-insensitively; empty when absent."""
    value = headers.get(name)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    return value.strip() if isinstance(value, str) else ""
