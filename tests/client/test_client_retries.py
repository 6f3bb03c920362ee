"""Retries: which failures are re-sent, how long the client waits, and what a money operation never repeats.

Failures come from the testing kit (`fail_next`, `timeout_next`; its clock records the waits), except what it
does not produce: Retry-After as an HTTP date, connection errors, and a connection dropped mid-answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from coldmailreseller import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    InternalServerError,
    OutcomeUnknownError,
    RateLimitError,
    ResponseValidationError,
    _retrying,
)
from coldmailreseller.models import User
from coldmailreseller.testing import FakeCMR
from tests.client.scripted import Driver, ScriptedCMR, fail, ok, respond

USER = {"id": "u1"}
ORDER = {"orderId": "o1", "unavailableDomains": []}
ORDER_ARGS: dict[str, Any] = {
    "user_id": "u1",
    "domains": [{"domain": "example.com", "years": 1}],
    "mailboxes": {"example.com": [{"username": "ada", "firstName": "Ada", "lastName": "L"}]},
}


def create_order(cmr: Any) -> Any:
    return cmr.orders.create(**ORDER_ARGS)


def renew(cmr: Any) -> Any:
    return cmr.subscriptions.renew(subscription_ids=["s1"])


MONEY_CALLS = {"orders.create": (create_order, ok(ORDER)), "subscriptions.renew": (renew, ok(actionId="a1"))}


def money_call(fake: FakeCMR, name: str) -> tuple[str, Callable[[Any], Any]]:
    """The operationId of a money-moving call and a function making it, on records the kit has."""
    user_id = fake.seed_user()
    if name == "orders.create":
        return "createOrderJson", lambda cmr: cmr.orders.create(**{**ORDER_ARGS, "user_id": user_id})
    subscription_id = fake.seed_subscription(user_id, "acme.com")
    return "renewSubscriptions", lambda cmr: cmr.subscriptions.renew(subscription_ids=[subscription_id])


@pytest.fixture
def user_id(cmr_fake: FakeCMR) -> str:
    return cmr_fake.seed_user()


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_read_retried_after_transient_status(drive: Driver, cmr_fake: FakeCMR, user_id: str, status: int) -> None:
    cmr_fake.fail_next("getUser", status=status)
    user = drive.run(drive.kit(cmr_fake).users.get(user_id=user_id))
    assert isinstance(user, User) and user.id == user_id
    assert len(cmr_fake.calls("getUser")) == 2
    sleeps = cmr_fake.clock.sleeps
    assert len(sleeps) == 1
    assert 0.25 <= sleeps[0] <= 0.5  # first backoff: 0.5 s with jitter in [50 %, 100 %]


def test_backoff_grows_exponentially(drive: Driver, cmr_fake: FakeCMR, user_id: str) -> None:
    cmr_fake.fail_next("getUser", status=503, times=3)
    drive.run(drive.kit(cmr_fake, max_retries=3).users.get(user_id=user_id))
    assert len(cmr_fake.calls("getUser")) == 4
    sleeps = cmr_fake.clock.sleeps
    assert [0.25 <= sleeps[0] <= 0.5, 0.5 <= sleeps[1] <= 1.0, 1.0 <= sleeps[2] <= 2.0] == [True] * 3


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(drive: Driver, cmr_fake: FakeCMR, user_id: str, status: int) -> None:
    cmr_fake.fail_next("getUser", status=status)
    with pytest.raises(APIError, match=f"HTTP {status}"):
        drive.run(drive.kit(cmr_fake).users.get(user_id=user_id))
    assert (len(cmr_fake.calls("getUser")), cmr_fake.clock.sleeps) == (1, [])


def test_retry_after_seconds_is_honoured(drive: Driver, cmr_fake: FakeCMR, user_id: str) -> None:
    cmr_fake.fail_next("getUser", status=429, retry_after=3)
    drive.run(drive.kit(cmr_fake).users.get(user_id=user_id))
    assert cmr_fake.clock.sleeps == [3.0]
    assert len(cmr_fake.calls("getUser")) == 2


def test_retry_after_http_date_is_honoured(drive: Driver, sleeps: list[float], monkeypatch: pytest.MonkeyPatch) -> None:
    now = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)
    monkeypatch.setattr(_retrying.time, "time", now.timestamp)  # a fixed clock makes the wait exact
    when = format_datetime(now + timedelta(seconds=12), usegmt=True)
    fake = ScriptedCMR(fail(503, headers={"retry-after": when}), ok(USER))
    drive.run(drive.client(fake).users.get(user_id="u1"))
    assert sleeps == [12.0]


def test_retry_after_in_the_past_retries_at_once(drive: Driver, sleeps: list[float]) -> None:
    fake = ScriptedCMR(fail(503, headers={"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}), ok(USER))
    drive.run(drive.client(fake).users.get(user_id="u1"))
    assert sleeps == [0.0]


def test_retry_after_over_a_minute_is_not_waited_for(drive: Driver, cmr_fake: FakeCMR, user_id: str) -> None:
    cmr_fake.fail_next("getUser", status=429, retry_after=120)
    with pytest.raises(RateLimitError) as caught:
        drive.run(drive.kit(cmr_fake).users.get(user_id=user_id))
    assert caught.value.retry_after == 120.0
    assert (len(cmr_fake.calls("getUser")), cmr_fake.clock.sleeps) == (1, [])


@pytest.mark.parametrize("max_retries", [0, 1, 3])
def test_max_retries_bounds_the_requests(drive: Driver, cmr_fake: FakeCMR, user_id: str, max_retries: int) -> None:
    cmr_fake.fail_next("getUser", status=503, times=10)
    with pytest.raises(InternalServerError) as caught:
        drive.run(drive.kit(cmr_fake, max_retries=max_retries).users.get(user_id=user_id))
    assert len(cmr_fake.calls("getUser")) == 1 + max_retries
    assert len(cmr_fake.clock.sleeps) == max_retries
    assert caught.value.message == "Service Unavailable"  # the envelope's message


def test_raw_response_counts_retries(drive: Driver, cmr_fake: FakeCMR, user_id: str) -> None:
    cmr_fake.fail_next("getUser", status=502, times=2)
    raw = drive.run(drive.kit(cmr_fake).users.with_raw_response.get(user_id=user_id))
    assert (raw.status_code, raw.retries) == (200, 2)


@pytest.mark.parametrize("call", MONEY_CALLS, ids=str)
def test_connect_error_is_retried_even_for_money(drive: Driver, call: str) -> None:
    # ConnectError means nothing reached CMR, so a re-send cannot charge twice.
    send, success = MONEY_CALLS[call]
    fake = ScriptedCMR(httpx.ConnectError, httpx.ConnectError, success)
    drive.run(send(drive.client(fake)))
    assert fake.calls == 3
    assert fake.body(0) == fake.body(2)


def test_connect_error_on_read_exhausts_retries(drive: Driver) -> None:
    fake = ScriptedCMR(httpx.ConnectError)
    with pytest.raises(APIConnectionError) as caught:
        drive.run(drive.client(fake, max_retries=2).users.get(user_id="u1"))
    assert fake.calls == 3
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.parametrize("call", MONEY_CALLS, ids=str)
def test_read_timeout_on_money_is_not_resent(drive: Driver, cmr_fake: FakeCMR, call: str) -> None:
    op_id, send = money_call(cmr_fake, call)
    cmr_fake.timeout_next(op_id)
    with pytest.raises(OutcomeUnknownError) as caught:
        drive.run(send(drive.kit(cmr_fake, max_retries=5)))
    assert isinstance(caught.value, APITimeoutError)
    assert "may have reached CMR" in str(caught.value) and "not re-sent" in str(caught.value)
    assert (len(cmr_fake.calls(op_id)), cmr_fake.clock.sleeps) == (1, [])


@pytest.mark.parametrize("call", MONEY_CALLS, ids=str)
def test_server_error_on_money_is_not_resent(drive: Driver, cmr_fake: FakeCMR, call: str) -> None:
    op_id, send = money_call(cmr_fake, call)
    cmr_fake.fail_next(op_id, status=500)
    with pytest.raises(OutcomeUnknownError) as caught:
        drive.run(send(drive.kit(cmr_fake, max_retries=5)))
    assert isinstance(caught.value, InternalServerError)
    assert caught.value.status_code == 500
    assert "outcome is unknown" in caught.value.message
    assert (len(cmr_fake.calls(op_id)), cmr_fake.clock.sleeps) == (1, [])


def test_read_error_after_sending_money_is_outcome_unknown(drive: Driver) -> None:
    fake = ScriptedCMR(httpx.RemoteProtocolError, ok(ORDER))
    with pytest.raises(OutcomeUnknownError) as caught:
        drive.run(create_order(drive.client(fake)))
    assert isinstance(caught.value, APIConnectionError) and not isinstance(caught.value, APITimeoutError)
    assert fake.calls == 1


def test_read_timeout_on_read_is_retried_then_raised(drive: Driver, cmr_fake: FakeCMR, user_id: str) -> None:
    cmr_fake.timeout_next("getUser", times=3)
    with pytest.raises(APITimeoutError) as caught:
        drive.run(drive.kit(cmr_fake, max_retries=2).users.get(user_id=user_id))
    assert not isinstance(caught.value, OutcomeUnknownError)
    assert len(cmr_fake.calls("getUser")) == 3 and len(cmr_fake.clock.sleeps) == 2


def test_read_timeout_on_read_then_success(drive: Driver, cmr_fake: FakeCMR, user_id: str) -> None:
    cmr_fake.timeout_next("getUser")
    assert drive.run(drive.kit(cmr_fake).users.get(user_id=user_id)).id == user_id
    assert len(cmr_fake.calls("getUser")) == 2


def test_per_call_timeout_reaches_the_request(drive: Driver, cmr_fake: FakeCMR, user_id: str) -> None:
    cmr = drive.kit(cmr_fake)
    drive.run(cmr.users.get(user_id=user_id))
    drive.run(cmr.users.get(user_id=user_id, timeout=2.5))
    drive.run(cmr.users.with_raw_response.get(user_id=user_id, timeout=httpx.Timeout(4.0, connect=1.0)))
    default, per_call, raw = (request.extensions["timeout"] for request in cmr_fake.requests)
    assert default == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert per_call == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}
    assert raw == {"connect": 1.0, "read": 4.0, "write": 4.0, "pool": 4.0}


# An answer that does not match the spec is never re-sent, and is reported as such; a TypeError that is not a
# mismatch (a bug in a parser or in what it calls) is not dressed up as one.


def test_a_mismatch_is_a_response_validation_error_and_not_resent(drive: Driver) -> None:
    fake = ScriptedCMR(ok({"id": 7}))
    with pytest.raises(ResponseValidationError, match="/data/id: expected a string, got int") as caught:
        drive.run(drive.client(fake).users.get(user_id="u1"))
    assert fake.calls == 1 and "TypeError" not in str(caught.value) and "SpecMismatch" not in str(caught.value)


def test_a_list_that_is_not_an_array_is_a_response_validation_error(drive: Driver) -> None:
    fake = ScriptedCMR(ok({"domains": []}))
    with pytest.raises(ResponseValidationError, match="/data: expected an array, got dict"):
        drive.run(drive.client(fake).domains.list(user_id="u1"))


def _bug(*args: object) -> object:
    raise TypeError("a bug, not a mismatch")


@pytest.mark.parametrize("call", ["users.get", "domains.list"])
def test_a_type_error_inside_from_dict_propagates_as_itself(
    drive: Driver, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    from coldmailreseller_generated.models import domain, user

    # An unknown field makes from_dict call unknown_fields, patched here to fail as a bug would.
    module, data, send = {
        "users.get": (user, {"id": "u1", "surprise": 1}, lambda cmr: cmr.users.get(user_id="u1")),
        "domains.list": (domain, [{"surprise": 1}], lambda cmr: cmr.domains.list(user_id="u1")),
    }[call]
    monkeypatch.setattr(module, "unknown_fields", _bug)
    with pytest.raises(TypeError, match="a bug, not a mismatch") as caught:
        drive.run(send(drive.client(ScriptedCMR(ok(data)))))
    assert type(caught.value) is TypeError


def test_pages_turn_a_mismatch_into_a_response_validation_error_and_let_a_bug_through(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from types import SimpleNamespace

    from coldmailreseller._requester import _Pages
    from coldmailreseller_generated.models import user
    from coldmailreseller_generated.operations import PAGES

    pages = _Pages(PAGES["listUsers"], {})
    with pytest.raises(ResponseValidationError, match=r"`data\.users` items do not match the spec"):
        pages.read(SimpleNamespace(additional_properties={"users": [{"id": 7}]}), 1)
    monkeypatch.setattr(user, "unknown_fields", _bug)
    with pytest.raises(TypeError, match="a bug") as caught:
        pages.read(SimpleNamespace(additional_properties={"users": [{"id": "u1", "surprise": 1}]}), 1)
    assert type(caught.value) is TypeError


def test_a_spec_mismatch_is_a_type_error_for_callers_of_from_dict() -> None:
    from coldmailreseller._records import SpecMismatch
    from coldmailreseller.models import User

    with pytest.raises(SpecMismatch) as caught:
        User.from_dict({"id": 7}, "/data")
    assert isinstance(caught.value, TypeError)


def test_every_outcome_unknown_error_ends_with_the_one_advice(drive: Driver) -> None:
    from coldmailreseller._retrying import unknown_outcome

    advice = unknown_outcome("X")
    tail = advice[advice.index("X") + 1 :]
    for reply in (httpx.ReadTimeout, fail(500), respond(200, text="not json")):
        fake = ScriptedCMR(reply)
        with pytest.raises(OutcomeUnknownError) as caught:
            drive.run(create_order(drive.client(fake)))
        assert str(caught.value).endswith(tail), caught.value
