"""Faults on demand (fail_next, timeout_next, rate_limit) meet the client's retry rules, on virtual time: no test
here sleeps."""

from __future__ import annotations

import asyncio
import time

import pytest

from coldmailreseller import (
    APITimeoutError,
    ColdMailReseller,
    ConflictError,
    InternalServerError,
    OutcomeUnknownError,
    RateLimitError,
)
from coldmailreseller.testing import FakeCMR

ORDER = {"domains": [{"domain": "acme.com", "years": 1}], "mailboxes": {}}


@pytest.fixture
def fake(cmr_fake: FakeCMR) -> FakeCMR:
    return cmr_fake  # the plugin's fixtures: `cmr` is a client on this fake


@pytest.fixture
def user_id(fake: FakeCMR) -> str:
    return fake.seed_user()


def test_a_failed_read_is_retried_after_a_virtual_backoff(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.fail_next("getUser", status=503)
    assert cmr.users.get(user_id=user_id).id == user_id
    assert len(fake.calls("getUser")) == 2
    (pause,) = fake.clock.sleeps
    assert 0.25 <= pause <= 0.5 and fake.clock.now() == pause


def test_failures_past_the_retries_surface(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.fail_next("getUser", status=502, times=3)
    with pytest.raises(InternalServerError) as caught:
        cmr.users.get(user_id=user_id)
    assert (caught.value.status_code, caught.value.message) == (502, "Bad Gateway")
    assert len(fake.calls("getUser")) == 3  # the first try and max_retries=2
    assert cmr.users.get(user_id=user_id).id == user_id  # used up


def test_retry_after_is_sent_and_honoured(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.fail_next("getUser", status=503, retry_after=2.5)
    cmr.users.get(user_id=user_id)
    assert fake.calls("getUser")[0] is not None and fake.clock.sleeps == [2.5]


def test_a_failed_money_call_is_outcome_unknown_and_not_applied(
    fake: FakeCMR, cmr: ColdMailReseller, user_id: str
) -> None:
    fake.fail_next("createOrderJson", status=500)
    with pytest.raises(OutcomeUnknownError):
        cmr.orders.create(user_id=user_id, **ORDER)
    assert len(fake.calls("createOrderJson")) == 1 and fake.clock.sleeps == []
    # Nothing of it was applied: the domain is still free to order.
    assert cmr.orders.create(user_id=user_id, **ORDER).data.unavailable_domains == []


def test_a_429_is_resent_even_for_money(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.fail_next("createOrderJson", status=429, retry_after=1)
    order = cmr.orders.create(user_id=user_id, **ORDER)
    assert order.data.order_id and len(fake.calls("createOrderJson")) == 2 and fake.clock.sleeps == [1.0]


def test_a_client_error_is_not_retried(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.fail_next("getUser", status=409)
    with pytest.raises(ConflictError, match="Conflict"):
        cmr.users.get(user_id=user_id)
    assert len(fake.calls("getUser")) == 1


def test_scheduled_faults_come_in_order(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.fail_next("getUser", status=503)
    fake.timeout_next("getUser")
    assert cmr.users.get(user_id=user_id).id == user_id
    assert len(fake.calls("getUser")) == 3


def test_a_timeout_on_a_money_call_is_outcome_unknown(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.timeout_next("createOrderJson")
    with pytest.raises(OutcomeUnknownError) as caught:
        cmr.orders.create(user_id=user_id, **ORDER)
    assert isinstance(caught.value, APITimeoutError)
    assert len(fake.calls("createOrderJson")) == 1


def test_a_timeout_reaches_the_async_client(fake: FakeCMR, user_id: str) -> None:
    async def scenario() -> None:
        async with fake.async_client(max_retries=0) as cmr:
            fake.timeout_next("getUser")
            with pytest.raises(APITimeoutError):
                await cmr.users.get(user_id=user_id)
            assert (await cmr.users.get(user_id=user_id)).id == user_id

    asyncio.run(scenario())
    assert len(fake.calls("getUser")) == 2


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        (lambda fake: fake.fail_next("getuser"), "no operation 'getuser' in the spec; did you mean getUser or"),
        (lambda fake: fake.timeout_next("orders.create"), r"the operationId of orders\.create\(\) is createOrderJson"),
        (lambda fake: fake.fail_next("getUser", status=200), "status must be an error status"),
        (lambda fake: fake.fail_next("getUser", times=0), "times must be a positive integer"),
        (lambda fake: fake.rate_limit(0), "per_second must be a positive integer or None"),
        (lambda fake: fake.calls("listUser"), "did you mean listUsers"),
        (lambda fake: fake.clock.advance(-1), "time only moves forward"),
        (lambda fake: FakeCMR(api_key=""), "api_key must not be empty"),
    ],
)
def test_misuse_is_refused(fake: FakeCMR, schedule: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        schedule(fake)  # type: ignore[operator]


def test_beyond_the_rate_limit_the_client_waits_for_retry_after(
    fake: FakeCMR, cmr: ColdMailReseller, user_id: str
) -> None:
    fake.rate_limit(2)
    for _ in range(5):
        assert cmr.users.get(user_id=user_id).id == user_id
    # Two pass, the third waits a (virtual) second, and so on: 5 answers for 7 requests.
    assert len(fake.calls("getUser")) == 7 and fake.clock.sleeps == [1.0, 1.0]


def test_the_rate_limit_answer_carries_retry_after(fake: FakeCMR, user_id: str) -> None:
    fake.rate_limit(1)
    with fake.client(max_retries=0) as cmr:
        cmr.users.get(user_id=user_id)
        with pytest.raises(RateLimitError) as caught:
            cmr.users.get(user_id=user_id)
        assert caught.value.retry_after == 1.0 and caught.value.message == "Too Many Requests"
        fake.clock.advance(1.0)  # the window has passed
        cmr.users.get(user_id=user_id)
        fake.rate_limit(None)
        for _ in range(3):
            cmr.users.get(user_id=user_id)


def test_client_pacing_keeps_under_the_limit_without_real_waits(fake: FakeCMR, user_id: str) -> None:
    fake.rate_limit(5)
    started = time.monotonic()
    with fake.client(rate_limit=5) as cmr:  # the documented limit, paced by the client
        for _ in range(11):
            cmr.users.get(user_id=user_id)
    assert time.monotonic() - started < 1.0  # eleven paced calls would take two real seconds
    assert len(fake.calls("getUser")) == 11  # and not one 429
    assert fake.clock.now() == pytest.approx(10 * 1.02 / 5)
