"""Whether a failed try is sent again, after how long, and what is raised otherwise: one pure function, `decide`.

The rules (each is a row of tests/client/test_client_retry_decision.py; nothing else in the client decides):

- A call is *retry-safe* when its `x-cmr-effect` is `read` (lookup POSTs included) or `idempotent`. Calls that
  create resources, move money or start asynchronous work (`create`, `money`, `async`) are not: upstream warns
  that resubmitting them creates duplicate resources and charges.
- A try may be followed by another while `tries <= max_retries` (so `max_retries` re-sends at most).
- **Transport failure before the request left** (connect error or timeout, pool timeout, unsupported protocol:
  `NOT_SENT`): re-sent for every effect, after `backoff`; when no try is left, `APIConnectionError` or
  `APITimeoutError`, never outcome-unknown (CMR provably saw nothing).
- **Transport failure after it may have left** (read or write timeout, reset, dropped connection, the attempt's
  deadline): re-sent after `backoff` when retry-safe; otherwise raised at once as `OutcomeUnknownTimeoutError` /
  `OutcomeUnknownConnectionError`. A retry-safe call out of tries gets the plain error.
- **408, 500, 502, 503, 504**: re-sent when retry-safe, after the answer's Retry-After (seconds or an HTTP date)
  or else `backoff`; a Retry-After over `MAX_RETRY_AFTER` is not waited for (the error is raised). Not re-sent:
  the status's error, outcome-unknown for a 5xx on a call that is not retry-safe.
- **429**: re-sent for EVERY effect (CMR's rate limiter refuses a request before doing any of it, as its guides
  describe the limit: 5 requests per second per key, "429 with Retry-After"), after its Retry-After or `backoff`,
  while tries are left and the wait is within `MAX_RETRY_AFTER`; otherwise `RateLimitError`, whose message says
  how long CMR asked for when that was over the cap. Every 429, re-sent or not, pushes the shared pace back by
  its Retry-After (`PUSH_BACK` when it gave none; at most `MAX_RETRY_AFTER`, so that one odd answer cannot stall
  a fleet for hours).
- **Any other 5xx**: never re-sent; outcome-unknown when not retry-safe. **Any other 4xx**: never re-sent.
- **3xx**: never followed nor re-sent (`RedirectError`): the key and the call go to the base URL only.
- **2xx**: done (`DONE`). Whether its body can be read is the response layer's business; an unreadable 2xx on a
  call that is not retry-safe is outcome-unknown too, with the same advice (`unknown_outcome`).

"Outcome unknown" always carries the advice written once here, `unknown_outcome(situation)`.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime
from typing import NamedTuple

import httpx

from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    OutcomeUnknownConnectionError,
    OutcomeUnknownTimeoutError,
    error_class,
)

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
BASE_DELAY = 0.5
MAX_DELAY = 8.0
# A server that asks for a longer pause than this gets an error instead of a sleeping client.
MAX_RETRY_AFTER = 60.0
# How long the pace holds off after a 429 that named no Retry-After.
PUSH_BACK = 1.0

# Raised before a single byte of the request left this machine.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class Decision(NamedTuple):
    """What to do after one try. Immutable; `DONE` for every success.

    `delay`: send again after this many seconds (None: do not). `error`: the class to raise when not sending
    again (None: the answer is a success). `outcome_unknown`: the error is an OutcomeUnknownError. `note`: what
    the error's message ends with (the outcome-unknown advice, a Retry-After over the cap). `retry_after`: the
    wait the answer asked for, in seconds. `push_back`: after a 429, how long every user of the pace holds off.
    """

    delay: float | None
    error: type[APIError] | None
    outcome_unknown: bool = False
    note: str = ""
    retry_after: float | None = None
    push_back: float | None = None


DONE = Decision(None, None)

_ADVICE = (
    " -- the outcome is unknown: {situation}; this call moves money or starts work, so it was not re-sent. "
    "Check its outcome (order status, subscriptions, webhooks) before trying again."
)
# The situations the advice names.
MAY_HAVE_REACHED = "the request may have reached CMR"
SERVER_FAILED = "CMR may have applied it before failing"


def unknown_outcome(situation: str) -> str:
    """The advice every outcome-unknown error's message ends with (transport failures, 5xx answers, unreadable
    2xx answers): `situation` says why the outcome is unknown."""
    return _ADVICE.format(situation=situation)


def decide(
    tries: int,
    retry_safe: bool,
    max_retries: int,
    *,
    status: int | None = None,
    retry_after: str | None = None,
    failure: type[BaseException] | None = None,
) -> Decision:
    """After try number `tries` (1-based) of a call (`retry_safe`: a read or idempotent write) got an answer
    (`status`, and its Retry-After header value) or a transport failure (`failure`, the httpx exception type):
    send again after how long, or raise what. See the module docstring for the rules."""
    if failure is None and status is not None and 200 <= status < 300:
        return DONE
    left = tries <= max_retries
    if failure is not None:
        sent = not issubclass(failure, NOT_SENT)
        if left and (retry_safe or not sent):
            return Decision(backoff(tries - 1), None)
        unknown = sent and not retry_safe
        timeout = issubclass(failure, httpx.TimeoutException)
        if unknown:
            cls: type[APIError] = OutcomeUnknownTimeoutError if timeout else OutcomeUnknownConnectionError
            return Decision(None, cls, True, unknown_outcome(MAY_HAVE_REACHED))
        return Decision(None, APITimeoutError if timeout else APIConnectionError)
    assert status is not None, "decide() needs a status or a failure"
    asked = seconds(retry_after)
    push_back = min(MAX_RETRY_AFTER, PUSH_BACK if asked is None else asked) if status == 429 else None
    if left and status in RETRY_STATUSES and (retry_safe or status == 429):
        if asked is None:
            return Decision(backoff(tries - 1), None, push_back=push_back)
        if asked <= MAX_RETRY_AFTER:
            return Decision(asked, None, retry_after=asked, push_back=push_back)
    unknown = status >= 500 and not retry_safe
    note = unknown_outcome(SERVER_FAILED) if unknown else ""
    if status == 429 and asked is not None and asked > MAX_RETRY_AFTER:
        note = (
            f" (CMR asked to wait {asked:.0f} s, longer than the {MAX_RETRY_AFTER:.0f} s this client waits by "
            "itself: try again after that)"
        )
    return Decision(None, error_class(status, outcome_unknown=unknown), unknown, note, asked, push_back)


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter, for the retry after `attempt` failed tries (0-based)."""
    delay = min(MAX_DELAY, BASE_DELAY * 2.0**attempt)
    return float(delay * (0.5 + random.random() / 2))


def seconds(value: str | None) -> float | None:
    """The wait a `Retry-After` header value asks for, in seconds or as an HTTP date (None: none, or unreadable)."""
    if value is None:
        return None
    value = value.strip()
    try:
        asked = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        asked = when.timestamp() - time.time()
    return max(0.0, asked)
