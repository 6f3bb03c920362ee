from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from coldmailreseller.errors import CMRError, ConfigurationError
from coldmailreseller.webhooks import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    VerificationFailure,
    WebhookPayloadError,
    WebhookVerificationError,
    construct_event,
    sign,
    verify,
)
from tests.webhooks._webhook_spec import EVENT_MODELS, SECRET, documented_examples

NOW = 1_760_000_000
BODY = json.dumps(dict(documented_examples())["mailbox.order.success"]).encode()


def rejected(body: bytes, headers: dict[str, str], *, secret: str = SECRET, **kwargs: float) -> VerificationFailure:
    kwargs.setdefault("now", NOW)
    with pytest.raises(WebhookVerificationError) as info:
        verify(body, headers, secret, **kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, CMRError)
    assert SECRET not in str(info.value)
    return info.value.reason


def test_sign_implements_the_documented_scheme() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    expected = hmac.new(SECRET.encode(), f"{NOW}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert headers == {SIGNATURE_HEADER: expected, TIMESTAMP_HEADER: str(NOW)}


def test_valid_signature_is_accepted() -> None:
    verify(BODY, sign(BODY, SECRET, timestamp=NOW), SECRET, now=NOW)
    verify(BODY, sign(BODY, SECRET), SECRET)  # the real clock


def test_header_names_are_case_insensitive() -> None:
    headers = {name.upper(): value for name, value in sign(BODY, SECRET, timestamp=NOW).items()}
    verify(BODY, headers, SECRET, now=NOW)
    headers = {"Cmr-X-Signature": headers[SIGNATURE_HEADER.upper()], "CMR-x-TimeStamp": str(NOW)}
    verify(BODY, headers, SECRET, now=NOW)


@pytest.mark.parametrize("prefix", ["sha256=", "SHA256=", ""])
@pytest.mark.parametrize("transform", [str.lower, str.upper])
def test_prefix_and_hex_case_are_tolerated(prefix: str, transform: object) -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    headers[SIGNATURE_HEADER] = f" {prefix}{transform(headers[SIGNATURE_HEADER])} "  # type: ignore[operator]
    verify(BODY, headers, SECRET, now=NOW)


def test_millisecond_timestamps_are_accepted() -> None:
    verify(BODY, sign(BODY, SECRET, timestamp=NOW * 1000 + 123), SECRET, now=NOW)
    assert rejected(BODY, sign(BODY, SECRET, timestamp=(NOW - 301) * 1000)) == VerificationFailure.TIMESTAMP_TOO_OLD


def test_tampered_body_is_rejected() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    assert rejected(BODY.replace(b"3", b"4"), headers) == VerificationFailure.SIGNATURE_MISMATCH
    assert rejected(BODY + b" ", headers) == VerificationFailure.SIGNATURE_MISMATCH
    # Re-serialized JSON is a different byte string, hence a mismatch too.
    assert rejected(json.dumps(json.loads(BODY), indent=1).encode(), headers) == "signature_mismatch"


def test_wrong_secret_is_rejected() -> None:
    headers = sign(BODY, "another-partner-key", timestamp=NOW)
    assert rejected(BODY, headers) == VerificationFailure.SIGNATURE_MISMATCH


def test_timestamp_is_part_of_the_signature() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    headers[TIMESTAMP_HEADER] = str(NOW + 1)
    assert rejected(BODY, headers) == VerificationFailure.SIGNATURE_MISMATCH


def test_tolerance_boundaries() -> None:
    verify(BODY, sign(BODY, SECRET, timestamp=NOW - 300), SECRET, now=NOW)
    verify(BODY, sign(BODY, SECRET, timestamp=NOW + 300), SECRET, now=NOW)
    assert rejected(BODY, sign(BODY, SECRET, timestamp=NOW - 301)) == VerificationFailure.TIMESTAMP_TOO_OLD
    assert rejected(BODY, sign(BODY, SECRET, timestamp=NOW + 301)) == VerificationFailure.TIMESTAMP_IN_FUTURE
    assert rejected(BODY, sign(BODY, SECRET, timestamp=NOW - 61), tolerance=60) == "timestamp_too_old"
    verify(BODY, sign(BODY, SECRET, timestamp=NOW - 3600), SECRET, now=NOW, tolerance=3600)


def test_stale_message_says_how_old() -> None:
    with pytest.raises(WebhookVerificationError, match="sent 900 s ago"):
        verify(BODY, sign(BODY, SECRET, timestamp=NOW - 900), SECRET, now=NOW)


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({}, VerificationFailure.MISSING_SIGNATURE),
        ({TIMESTAMP_HEADER: str(NOW)}, VerificationFailure.MISSING_SIGNATURE),
        ({TIMESTAMP_HEADER: str(NOW), SIGNATURE_HEADER: ""}, VerificationFailure.MISSING_SIGNATURE),
        ({TIMESTAMP_HEADER: str(NOW), SIGNATURE_HEADER: "  "}, VerificationFailure.MISSING_SIGNATURE),
        ({SIGNATURE_HEADER: "ab" * 32}, VerificationFailure.MISSING_TIMESTAMP),
        ({SIGNATURE_HEADER: "ab" * 32, TIMESTAMP_HEADER: ""}, VerificationFailure.MISSING_TIMESTAMP),
        ({SIGNATURE_HEADER: "ab" * 32, TIMESTAMP_HEADER: "yesterday"}, VerificationFailure.INVALID_TIMESTAMP),
        ({SIGNATURE_HEADER: "ab" * 32, TIMESTAMP_HEADER: "-5"}, VerificationFailure.INVALID_TIMESTAMP),
        ({SIGNATURE_HEADER: "ab" * 32, TIMESTAMP_HEADER: "1.5"}, VerificationFailure.INVALID_TIMESTAMP),
        ({SIGNATURE_HEADER: "ab" * 32, TIMESTAMP_HEADER: "٣٣"}, VerificationFailure.INVALID_TIMESTAMP),
        ({SIGNATURE_HEADER: "ab" * 32, TIMESTAMP_HEADER: "9" * 5000}, VerificationFailure.INVALID_TIMESTAMP),
        ({SIGNATURE_HEADER: "ab" * 31, TIMESTAMP_HEADER: str(NOW)}, VerificationFailure.MALFORMED_SIGNATURE),
        ({SIGNATURE_HEADER: "zz" * 32, TIMESTAMP_HEADER: str(NOW)}, VerificationFailure.MALFORMED_SIGNATURE),
        ({SIGNATURE_HEADER: "é" * 64, TIMESTAMP_HEADER: str(NOW)}, VerificationFailure.MALFORMED_SIGNATURE),
        ({SIGNATURE_HEADER: "v1=" + "ab" * 32, TIMESTAMP_HEADER: str(NOW)}, VerificationFailure.MALFORMED_SIGNATURE),
        ({SIGNATURE_HEADER: "ab" * 32 + "\n", TIMESTAMP_HEADER: str(NOW)}, VerificationFailure.SIGNATURE_MISMATCH),
    ],
)
def test_missing_and_malformed_headers(headers: dict[str, str], reason: VerificationFailure) -> None:
    assert rejected(BODY, headers) == reason


def test_message_never_contains_secret_or_expected_signature() -> None:
    good = sign(BODY, SECRET, timestamp=NOW)[SIGNATURE_HEADER]
    with pytest.raises(WebhookVerificationError) as info:
        verify(BODY + b"x", {SIGNATURE_HEADER: good, TIMESTAMP_HEADER: str(NOW)}, SECRET, now=NOW)
    expected = sign(BODY + b"x", SECRET, timestamp=NOW)[SIGNATURE_HEADER]
    assert expected not in str(info.value)
    assert SECRET not in str(info.value)
    assert "signature_mismatch" in str(info.value)


def test_bad_arguments() -> None:
    headers = sign(BODY, SECRET, timestamp=NOW)
    with pytest.raises(TypeError, match="raw request bytes"):
        verify(BODY.decode(), headers, SECRET, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError):
        verify(BODY, headers, "", now=NOW)
    with pytest.raises(ConfigurationError):
        sign(BODY, "")
    with pytest.raises(ValueError):
        verify(BODY, headers, SECRET, now=NOW, tolerance=-1)


def test_construct_event_verifies_then_parses() -> None:
    event = construct_event(BODY, sign(BODY, SECRET), SECRET)
    assert type(event) is EVENT_MODELS["mailbox.order.success"]
    with pytest.raises(WebhookVerificationError):
        construct_event(BODY, sign(BODY, "wrong"), SECRET)
    with pytest.raises(WebhookPayloadError):
        construct_event(b"[]", sign(b"[]", SECRET), SECRET)
