"""Faults served by a real socket server, to both clients: each call succeeds or raises the documented typed
error, within the client's timeouts, and money-moving calls are never sent twice."""

from __future__ import annotations

from typing import Any

import pytest

from coldmailreseller import (
    OPERATIONS,
    APIConnectionError,
    CMRError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    RateLimitError,
    ResponseValidationError,
)
from coldmailreseller._config import DEFAULT_MAX_RETRIES
from coldmailreseller.errors import OutcomeUnknownResponseError
from tests.reliability.fault_kinds import FAULT_IDS, FAULTS, Fault, Success, big_domains
from tests.reliability.fault_server import FaultServer, error_reply, free_port, json_reply
from tests.reliability.report import REPORT
from tests.reliability.spec_schemas import ok_envelope, valid_args
from tests.reliability.support import MODES, Mode, Pauses, client_kwargs, invoke

OPS = OPERATIONS
READ = OPS["getUser"]
LIST = OPS["listSubscriptions"]
MONEY = sorted(op_id for op_id, info in OPERATIONS.items() if info.effect in ("money", "async", "create"))


def _outcome(result: object) -> type:
    return type(result) if isinstance(result, BaseException) else Success


def _call(mode: Mode, server: FaultServer, op_id: str, fault: Fault, **client: Any) -> object:
    op = OPS[op_id]
    timeout = 0.2 if fault.slow else 0.5  # a slow answer waits 2 s: the client must give up first
    return invoke(mode, op, valid_args(op), **client_kwargs(op, server.base_url, timeout=timeout, **client))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", [f for f in FAULTS if f.retryable], ids=[f.name for f in FAULTS if f.retryable])
def test_read_retries_transient_faults_then_succeeds(
    mode: Mode, fault: Fault, server: FaultServer, backoff_delays: list[float]
) -> None:
    server.script(fault.reply(READ.operation_id), fault.reply(READ.operation_id), json_reply(ok_envelope("getUser")))
    result = _call(mode, server, "getUser", fault)
    REPORT.fault(f"{fault.name}, then success (read)", mode, result)
    assert _outcome(result) is Success, result
    assert server.counts[("GET", READ.path)] == 3
    if fault.name.startswith("429"):
        # Retry-After is honoured instead of the exponential backoff: 2 s, or a date 30 s away (1 s resolution).
        low, high = (2.0, 2.0) if "seconds" in fault.name else (27.0, 30.0)
        assert len(backoff_delays) == 2 and all(low <= delay <= high for delay in backoff_delays), backoff_delays


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
def test_read_ends_with_typed_error_when_faults_persist(mode: Mode, fault: Fault, server: FaultServer) -> None:
    reply = big_domains() if fault.name == "10 MB body" else fault.reply(READ.operation_id)
    op_id = "listUserDomains" if fault.name == "10 MB body" else "getUser"
    server.script(reply, reply, reply)
    result = _call(mode, server, op_id, fault)
    REPORT.fault(fault.name, mode, result)
    assert isinstance(result, fault.expected) or _outcome(result) in fault.expected, repr(result)
    if isinstance(result, BaseException):
        assert isinstance(result, CMRError)
    sent = server.counts[("GET", OPS[op_id].path)]
    assert sent == (3 if fault.retryable else 1)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", FAULTS, ids=FAULT_IDS)
@pytest.mark.parametrize("op_id", MONEY)
def test_money_moving_call_is_sent_at_most_once(mode: Mode, fault: Fault, op_id: str, server: FaultServer) -> None:
    op = OPS[op_id]
    refused = fault.name.startswith("429")
    server.script(*[fault.reply(op_id)] * (1 + DEFAULT_MAX_RETRIES if refused else 1))
    result = _call(mode, server, op_id, fault)
    sent = server.counts[(op.http_method, op.path)]
    REPORT.fault(f"{fault.name} (money/async/create)", mode, result)
    # A 429 is CMR refusing the request before doing it: re-sent (up to max_retries) like any call. Every
    # other fault reaches a money-moving call once.
    assert sent == (1 + DEFAULT_MAX_RETRIES if refused else 1)
    REPORT.money(1 if refused else sent)
    if isinstance(result, BaseException):
        assert isinstance(result, CMRError), repr(result)
    if fault.expected == (ResponseValidationError, Success):
        # `data` missing or mistyped: an error exactly when the operation declares `data`.
        assert _outcome(result) is (OutcomeUnknownResponseError if op.has_data else Success), repr(result)
    if isinstance(result, ResponseValidationError):
        # CMR accepted the call (a 2xx) and its answer cannot be read: `except OutcomeUnknownError` must see it.
        assert isinstance(result, OutcomeUnknownResponseError), repr(result)
    assert isinstance(result, fault.expected) or _outcome(result) in fault.expected, repr(result)
    # A server or transport failure after the request went out leaves the outcome unknown, and says so.
    if fault.retryable and not refused:
        assert isinstance(result, OutcomeUnknownError), repr(result)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", ["createOrderJson", "renewSubscriptions"])
def test_money_call_refused_with_429_then_accepted_is_sent_twice(mode: Mode, op_id: str, server: FaultServer) -> None:
    op = OPS[op_id]
    server.script(error_reply(429, (("retry-after", "1"),)), json_reply(ok_envelope(op_id)))
    result = invoke(mode, op, valid_args(op), **client_kwargs(op, server.base_url))
    REPORT.fault("429, then accepted (money)", mode, result)
    assert _outcome(result) is Success, repr(result)
    assert server.counts[(op.http_method, op.path)] == 2


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", [*MONEY, "getUser"])
def test_refused_connection_raises_connection_error(mode: Mode, op_id: str, backoff_delays: list[float]) -> None:
    op = OPS[op_id]
    result = invoke(mode, op, valid_args(op), **client_kwargs(op, f"http://127.0.0.1:{free_port()}"))
    REPORT.fault("connection refused", mode, result)
    assert isinstance(result, APIConnectionError), repr(result)
    assert not isinstance(result, OutcomeUnknownError)  # nothing reached a server
    assert len(backoff_delays) == 2  # never sent, so even a money-moving call is safely re-tried


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", ["createOrderJson", "renewSubscriptions"])
def test_money_call_refused_then_accepted_is_sent_once(mode: Mode, op_id: str, pauses: Pauses) -> None:
    """The only retry a money-moving call gets: the first connection is refused, the server comes up during the
    backoff, and exactly one request arrives."""
    op = OPS[op_id]
    port = free_port()
    started: list[FaultServer] = []

    def start_server(seconds: float) -> None:
        if not started:
            started.append(FaultServer(default=json_reply(ok_envelope(op_id)), port=port))

    pauses.on_pause = start_server
    try:
        result = invoke(mode, op, valid_args(op), **client_kwargs(op, f"http://127.0.0.1:{port}"))
        REPORT.fault("refused, then accepted (money)", mode, result)
        assert _outcome(result) is Success, repr(result)
        assert started[0].counts[(op.http_method, op.path)] == 1
        REPORT.money(started[0].counts[(op.http_method, op.path)])
    finally:
        for fault_server in started:
            fault_server.stop()


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_beyond_a_minute_is_not_waited_for(mode: Mode, server: FaultServer) -> None:
    server.script(error_reply(429, (("retry-after", "3600"),)))
    result = _call(mode, server, "getUser", FAULTS[0])
    REPORT.fault("429 Retry-After 3600 s", mode, result)
    assert isinstance(result, RateLimitError), repr(result)
    assert result.retry_after == 3600.0
    assert server.counts[("GET", READ.path)] == 1


@pytest.mark.parametrize("mode", MODES)
def test_unknown_enum_value_is_kept_as_text(mode: Mode, server: FaultServer) -> None:
    row = {"subscriptionId": "s1", "subscriptionStatus": "FROZEN_BY_FRAUD_TEAM", "billingCycle": "WEEKLY"}
    page = {"subscriptions": [row], "pagination": {"currentPage": 1, "totalPages": 1}}
    server.script(json_reply({"status": 200, "message": "ok", "data": page}))
    result = _call(mode, server, LIST.operation_id, FAULTS[0])
    REPORT.fault("unknown enum value", mode, result)
    assert _outcome(result) is Success, repr(result)
    subscription = result.subscriptions[0]
    assert subscription.subscription_status == "FROZEN_BY_FRAUD_TEAM"
    assert subscription.billing_cycle == "WEEKLY"


@pytest.mark.parametrize("mode", MODES)
def test_error_envelope_on_http_200_maps_to_its_status(mode: Mode, server: FaultServer) -> None:
    server.script(json_reply({"status": 404, "message": "User not found", "data": None}))
    result = _call(mode, server, "getUser", FAULTS[0])
    assert isinstance(result, NotFoundError), repr(result)
    assert result.status_code == 404


@pytest.mark.parametrize("mode", MODES)
def test_money_call_with_5xx_envelope_on_http_200_is_outcome_unknown(mode: Mode, server: FaultServer) -> None:
    server.script(json_reply({"status": 500, "message": "Internal error", "data": None}))
    result = _call(mode, server, "createOrderJson", FAULTS[0])
    assert isinstance(result, InternalServerError), repr(result)
    assert isinstance(result, OutcomeUnknownError), repr(result)
