"""When to re-send a request, and how long to wait first.

Reads (`x-cmr-effect: read`) and idempotent writes are re-sent after connection failures, timeouts and
408/429/5xx answers. Calls that create resources, move money or start asynchronous work are re-sent only
when the request provably never reached the server (the connection was never established): upstream
warns that resubmitting them creates duplicate resources and charges.

A 429 is re-sent for every effect, after its Retry-After (within MAX_RETRY_AFTER). The assumption: CMR's rate
limiter refuses a request before doing any of its work, as the guide site describes the limit (5 requests
per second per key, "429 with Retry-After"). Timeouts, dropped connections and 5xx answers on the calls above
still end in OutcomeUnknownError.
"""

from __future__ import annotations

import random
import time
from email.utils import parsedate_to_datetime

import httpx

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
BASE_DELAY = 0.5
MAX_DELAY = 8.0
# A server that asks for a longer pause than this gets a RateLimitError instead of a sleeping client.
MAX_RETRY_AFTER = 60.0

# Raised before a single byte of the request left this machine.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter, for the retry after `attempt` failed tries (0-based)."""
    delay = min(MAX_DELAY, BASE_DELAY * 2.0**attempt)
    return float(delay * (0.5 + random.random() / 2))


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds asked for by a `Retry-After` header, in seconds or as an HTTP date."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return max(0.0, seconds)


def wait_for(response: httpx.Response | None, attempt: int) -> float | None:
    """The pause before the next try, or None when the server asked for too long a pause."""
    if response is not None:
        asked = retry_after(response.headers)
        if asked is not None:
            return asked if asked <= MAX_RETRY_AFTER else None
    return backoff(attempt)
