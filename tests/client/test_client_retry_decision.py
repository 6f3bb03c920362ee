"""The retry decision, row by row, with no HTTP: `_retrying.decide` for every effect x (transport failure or
answer) x (tries left or none). The table below IS the rule set of `_retrying`'s docstring; a change of a rule
is a change of a row here and of that one module."""

from __future__ import annotations

from typing import get_args

import httpx
import pytest

from coldmailreseller import errors as E
from coldmailreseller._limits import DeadlineExceeded
from coldmailreseller._retrying import DONE, MAX_RETRY_AFTER, PUSH_BACK, Decision, decide, seconds, unknown_outcome
from coldmailreseller._runtime import Effect

# Whether each effect is retry-safe (Operation.retry_safe); every effect the runtime knows is listed.
EFFECTS = {"read": True, "idempotent": True, "create": False, "async": False, "money": False}
LEFT, NONE = (1, 3), (4, 3)  # (tries so far, max_retries): another try allowed / not

# What happened to the try: a transport failure (an httpx exception type) or an answer (status, Retry-After).
FAILURES: dict[str, type[BaseException]] = {
    "connect error": httpx.ConnectError,
    "connect timeout": httpx.ConnectTimeout,
    "pool timeout": httpx.PoolTimeout,
    "unsupported protocol": httpx.UnsupportedProtocol,
    "read timeout": httpx.ReadTimeout,
    "write timeout": httpx.WriteTimeout,
    "attempt deadline": DeadlineExceeded,
    "reset after send": httpx.ReadError,
    "dropped mid-answer": httpx.RemoteProtocolError,
    "write error": httpx.WriteError,
}
ANSWERS: dict[str, tuple[int, str | None]] = {
    "408": (408, None),
    "429": (429, None),
    "429 Retry-After 3": (429, "3"),
    "429 Retry-After 120 (over the cap)": (429, "120"),
    "500": (500, None),
    "502": (502, None),
    "503": (503, None),
    "504": (504, None),
    "503 Retry-After 5": (503, "5"),
    "503 Retry-After 120 (over the cap)": (503, "120"),
    "501": (501, None),
    "400": (400, None),
    "401": (401, None),
    "403": (403, None),
    "404": (404, None),
    "409": (409, None),
    "422": (422, None),
    "418 (no class of its own)": (418, None),
    "301": (301, None),
    "302": (302, None),
    "200": (200, None),
    "201": (201, None),
    "204": (204, None),
    "200 with a Retry-After": (200, "3"),
}

# Expected decisions. "backoff": re-sent after the exponential backoff; a number: re-sent after that many seconds;
# "done": a success; otherwise the error class raised. Columns: (safe, tries left), (safe, none left),
# (not safe, tries left), (not safe, none left).
B = "backoff"
CONN, TIME = E.APIConnectionError, E.APITimeoutError
OU_CONN, OU_TIME, OU_5XX = E.OutcomeUnknownConnectionError, E.OutcomeUnknownTimeoutError, E.OutcomeUnknownServerError
ISE, RLE = E.InternalServerError, E.RateLimitError
TABLE: dict[str, tuple[object, object, object, object]] = {
    # never left this machine: re-sent for every effect, never outcome-unknown
    "connect error": (B, CONN, B, CONN),
    "connect timeout": (B, TIME, B, TIME),
    "pool timeout": (B, TIME, B, TIME),
    "unsupported protocol": (B, CONN, B, CONN),
    # may have reached CMR: re-sent only when safe; otherwise outcome unknown at once
    "read timeout": (B, TIME, OU_TIME, OU_TIME),
    "write timeout": (B, TIME, OU_TIME, OU_TIME),
    "attempt deadline": (B, TIME, OU_TIME, OU_TIME),
    "reset after send": (B, CONN, OU_CONN, OU_CONN),
    "dropped mid-answer": (B, CONN, OU_CONN, OU_CONN),
    "write error": (B, CONN, OU_CONN, OU_CONN),
    # transient statuses: re-sent when safe; a 429 whatever the effect
    "408": (B, E.APIStatusError, E.APIStatusError, E.APIStatusError),
    "429": (B, RLE, B, RLE),
    "429 Retry-After 3": (3.0, RLE, 3.0, RLE),
    "429 Retry-After 120 (over the cap)": (RLE, RLE, RLE, RLE),
    "500": (B, ISE, OU_5XX, OU_5XX),
    "502": (B, ISE, OU_5XX, OU_5XX),
    "503": (B, ISE, OU_5XX, OU_5XX),
    "504": (B, ISE, OU_5XX, OU_5XX),
    "503 Retry-After 5": (5.0, ISE, OU_5XX, OU_5XX),
    "503 Retry-After 120 (over the cap)": (ISE, ISE, OU_5XX, OU_5XX),
    # never re-sent
    "501": (ISE, ISE, OU_5XX, OU_5XX),
    "400": (E.BadRequestError,) * 4,
    "401": (E.AuthenticationError,) * 4,
    "403": (E.PermissionDeniedError,) * 4,
    "404": (E.NotFoundError,) * 4,
    "409": (E.ConflictError,) * 4,
    "422": (E.UnprocessableEntityError,) * 4,
    "418 (no class of its own)": (E.APIStatusError,) * 4,
    "301": (E.RedirectError,) * 4,
    "302": (E.RedirectError,) * 4,
    "200": ("done",) * 4,
    "201": ("done",) * 4,
    "204": ("done",) * 4,
    "200 with a Retry-After": ("done",) * 4,
}
# After a 429, re-sent or not, the pace is pushed back by this much.
PUSH_BACKS = {
    "429": PUSH_BACK,
    "429 Retry-After 3": 3.0,
    "429 Retry-After 120 (over the cap)": MAX_RETRY_AFTER,
}


def _ask(kind: str, effect: str, left: bool) -> Decision:
    tries, max_retries = LEFT if left else NONE
    if kind in FAILURES:
        return decide(tries, EFFECTS[effect], max_retries, failure=FAILURES[kind])
    status, retry_after = ANSWERS[kind]
    return decide(tries, EFFECTS[effect], max_retries, status=status, retry_after=retry_after)


ROWS = [
    pytest.param(kind, effect, left, id=f"{kind}-{effect}-{'tries left' if left else 'none left'}")
    for kind in TABLE
    for effect in EFFECTS
    for left in (True, False)
]


def test_the_table_covers_every_effect_and_every_case() -> None:
    assert set(EFFECTS) == set(get_args(Effect))
    assert set(TABLE) == set(FAILURES) | set(ANSWERS)


@pytest.mark.parametrize(("kind", "effect", "left"), ROWS)
def test_decision(kind: str, effect: str, left: bool) -> None:
    safe = EFFECTS[effect]
    expected = TABLE[kind][(0 if safe else 2) + (0 if left else 1)]
    decision = _ask(kind, effect, left)
    assert isinstance(decision, Decision)
    assert decision.push_back == PUSH_BACKS.get(kind)
    if expected == "done":
        assert decision is DONE
        assert (decision.delay, decision.error, decision.outcome_unknown, decision.note) == (None, None, False, "")
    elif expected == B:
        assert decision.error is None and decision.delay is not None
        assert 0.25 <= decision.delay <= 0.5  # the first backoff: 0.5 s with jitter in [50 %, 100 %]
    elif isinstance(expected, float):
        assert (decision.delay, decision.error, decision.retry_after) == (expected, None, expected)
    else:
        assert decision.delay is None and decision.error is expected, decision
        unknown = issubclass(decision.error, E.OutcomeUnknownError)
        assert decision.outcome_unknown is unknown
        if unknown:
            assert "the outcome is unknown" in decision.note and "not re-sent" in decision.note
        elif "over the cap" in kind and kind.startswith("429"):
            assert decision.note.startswith(" (CMR asked to wait 120 s, longer than the 60 s")
        else:
            assert decision.note == ""


def test_decisions_are_frozen() -> None:
    decision = decide(1, True, 3, status=503)
    with pytest.raises(AttributeError):
        decision.delay = 0.0  # type: ignore[misc]


@pytest.mark.parametrize("tries", [1, 2, 3, 4, 5, 6])
def test_backoff_grows_exponentially_and_is_capped(tries: int) -> None:
    delay = decide(tries, True, 10, status=503).delay
    assert delay is not None
    full = min(8.0, 0.5 * 2 ** (tries - 1))
    assert full / 2 <= delay <= full


def test_max_retries_zero_never_resends() -> None:
    assert decide(1, True, 0, status=503).error is E.InternalServerError
    assert decide(1, False, 0, failure=httpx.ConnectError).error is E.APIConnectionError
    assert decide(1, True, 0, status=429, retry_after="1").error is E.RateLimitError


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("3", 3.0), (" 2.5 ", 2.5), ("-4", 0.0), ("soon", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_retry_after_values(value: str | None, expected: float | None) -> None:
    assert seconds(value) == expected


def test_the_advice_is_one_text() -> None:
    transport = decide(1, False, 3, failure=httpx.ReadTimeout).note
    server = decide(1, False, 3, status=500).note
    advice = unknown_outcome("X")
    tail = advice[advice.index("X") + 1 :]
    assert transport.endswith(tail) and server.endswith(tail)
    assert "may have reached CMR" in transport
