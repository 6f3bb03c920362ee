"""The signature scheme, defined here and nowhere else.

Upstream confirms only the header names and HMAC-SHA256 (keyed with the partner API key, per the guide site).
The signed string and the digest encoding are undocumented; our assumption is the common
`HMAC-SHA256(secret, f"{timestamp}." + raw body)` in lowercase hex, with an optional `sha256=` prefix on the
header. If CMR turns out to sign differently, this module is the only one to change.
"""

from __future__ import annotations

import hashlib
import hmac
import re

SIGNATURE_HEADER = "cmr-x-signature"
TIMESTAMP_HEADER = "cmr-x-timestamp"
SIGNATURE_PREFIX = "sha256="

_HEX_DIGEST = re.compile(r"[0-9a-fA-F]{64}")


def compute_signature(secret: str, timestamp: str, body: bytes) -> str:
    """Lowercase hex HMAC-SHA256 over `<timestamp>.<body>`; `timestamp` is the header value exactly as sent."""
    signed = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def parse_signature(header: str) -> str | None:
    """The lowercase hex digest from a signature header value, or None when it is not one."""
    value = header.strip()
    if value[: len(SIGNATURE_PREFIX)].lower() == SIGNATURE_PREFIX:
        value = value[len(SIGNATURE_PREFIX) :]
    # fullmatch keeps non-ASCII text away from hmac.compare_digest, which raises TypeError on it.
    return value.lower() if _HEX_DIGEST.fullmatch(value) else None
