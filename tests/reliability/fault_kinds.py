"""The ways a server fails, each with what a call must end with when it gets no other answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coldmailreseller import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    ResponseValidationError,
)
from tests.reliability.fault_server import (
    MID_BODY,
    RESET,
    TRUNCATED_JSON,
    Reply,
    error_reply,
    html_reply,
    http_date,
    json_reply,
    slow,
)
from tests.reliability.spec_schemas import ok_envelope

BIG = 10 * 1024 * 1024


class Success:
    """Stands for "the call returned" in the expected outcomes."""


def big_domains() -> Reply:
    """A valid listUserDomains envelope of about 10 MB (some 150,000 domains)."""
    domain = {"domainId": "D" * 24, "domainName": "some-long-domain-name.example.com", "autoRenew": True}
    count = BIG // len(json.dumps(domain)) + 1
    return json_reply({"status": 200, "message": "ok", "data": [domain] * count})


def _big_message(op_id: str) -> Reply:
    return json_reply({**ok_envelope(op_id), "message": "x" * BIG})


@dataclass(frozen=True)
class Fault:
    """One way for a server to fail. `reply(op_id)` builds the answer for that operation; `retryable` says
    whether a read must be re-sent after it; `expected` is what a call that gets no other answer ends with."""

    name: str
    reply: Callable[[str], Reply]
    retryable: bool
    expected: tuple[type, ...]
    slow: bool = False


def _const(reply: Reply) -> Callable[[str], Reply]:
    return lambda op_id: reply


_DROP = object()  # marks an envelope key to leave out


def _envelope(op_id: str, **changes: Any) -> Reply:
    body = {**ok_envelope(op_id), **changes}
    return json_reply({k: v for k, v in body.items() if v is not _DROP})


FAULTS = [
    *(Fault(f"HTTP {s}", _const(error_reply(s)), True, (InternalServerError,)) for s in (500, 502, 503, 504)),
    Fault("429 Retry-After seconds", _const(error_reply(429, (("retry-after", "2"),))), True, (RateLimitError,)),
    Fault(
        "429 Retry-After HTTP date",
        lambda op_id: error_reply(429, (("retry-after", http_date(30)),)),  # dated when served
        True,
        (RateLimitError,),
    ),
    Fault("reset before response", _const(RESET), True, (APIConnectionError,)),
    Fault("closed mid-body", _const(MID_BODY), True, (APIConnectionError,)),
    Fault("read timeout", _const(slow()), True, (APITimeoutError,), slow=True),
    Fault("HTML page with 502", _const(html_reply(502)), True, (InternalServerError,)),
    Fault("truncated JSON", _const(TRUNCATED_JSON), False, (ResponseValidationError,)),
    Fault("HTML page with 200", _const(html_reply(200)), False, (ResponseValidationError,)),
    Fault("envelope status 500 on HTTP 200", lambda op_id: _envelope(op_id, status=500), False, (APIError,)),
    Fault(
        "envelope status 200 on HTTP 500",
        lambda op_id: json_reply(ok_envelope(op_id), 500),
        True,
        (InternalServerError,),
    ),
    Fault("data missing", lambda op_id: _envelope(op_id, data=_DROP), False, (ResponseValidationError, Success)),
    Fault(
        "data of the wrong type",
        lambda op_id: _envelope(op_id, data="not an object"),
        False,
        (ResponseValidationError, Success),
    ),
    Fault("10 MB body", _big_message, False, (Success, ResponseValidationError)),
]
FAULT_IDS = [f.name for f in FAULTS]
