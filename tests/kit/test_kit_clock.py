"""The fake's dates follow its virtual clock: seeded dates and statuses show in the answers, and subscriptions
reach the end of their period and renew (auto-renew on), fail to renew (their domain expired) or lapse (past due,
then expired after the 7-day grace), with the documented subscription events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from coldmailreseller.models import SubscriptionStatus
from coldmailreseller.testing import FakeCMR, VirtualClock
from coldmailreseller.webhooks import WebhookHandler, verify

START = datetime(2026, 3, 1, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture
def fake() -> FakeCMR:
    return FakeCMR(start=START)


@pytest.fixture
def user_id(fake: FakeCMR) -> str:
    return fake.seed_user(email="owner@acme.com")


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def subscription(fake: FakeCMR, subscription_id: str) -> Any:
    with fake.client() as cmr:
        (found,) = cmr.subscriptions.list(component_subscription_id=subscription_id).subscriptions
    return found


def sent(fake: FakeCMR) -> list[tuple[str, str, str]]:
    return [(d.event, d.json()["data"]["subscriptionStatus"], d.json()["data"]["periodEnd"]) for d in fake.deliveries]


def test_the_clock_has_a_date_that_moves_with_it() -> None:
    clock = VirtualClock(START)
    clock.sleep(90)
    clock.advance(timedelta(days=2))
    assert clock.date() == START + timedelta(days=2, seconds=90)
    assert clock.sleeps == [90]
    with pytest.raises(ValueError, match="aware"):
        VirtualClock(datetime(2026, 1, 1))  # a naive datetime
    with pytest.raises(ValueError, match="forward"):
        clock.advance(timedelta(seconds=-1))


def test_seeded_dates_and_statuses_are_answered(fake: FakeCMR, user_id: str) -> None:
    end = START + timedelta(days=365)
    subscription_id = fake.seed_subscription(
        user_id,
        "acme.com",
        status="PAST_DUE",
        service_provider="MICROSOFT",
        auto_renew=True,
        period_start=START - timedelta(days=10),
        period_end=end,
    )
    found = subscription(fake, subscription_id)
    assert (found.subscription_status, found.service_provider, found.auto_renew) == (
        SubscriptionStatus.PAST_DUE,
        "MICROSOFT",
        True,
    )
    assert (found.period_start, found.period_end) == (START - timedelta(days=10), end)
    expires = START + timedelta(days=90)
    fake.seed_domain(user_id, "acme.org", registered_at=START - timedelta(days=275), expires_at=expires)
    with fake.client() as cmr:
        (quote,) = cmr.domains.renewal_price(user_id=user_id, domains=["acme.org"])
    assert quote.expire_on == expires


def test_new_records_are_dated_by_the_clock(fake: FakeCMR, user_id: str) -> None:
    fake.clock.advance(timedelta(days=3))
    found = subscription(fake, fake.seed_subscription(user_id, "acme.com"))
    assert (found.period_start, found.period_end) == (START + 3 * DAY, START + 33 * DAY)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"period_start": START, "period_end": START}, "after"),
        ({"period_start": datetime(2026, 1, 1)}, "aware"),
        ({"status": "PAUSED"}, "PAUSED"),
    ],
)
def test_seeding_refuses_impossible_dates_and_unknown_statuses(
    fake: FakeCMR, user_id: str, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        fake.seed_subscription(user_id, "acme.com", **kwargs)


def test_an_auto_renewing_subscription_renews_at_the_end_of_its_period(fake: FakeCMR, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com", auto_renew=True)
    fake.seed_mailbox(subscription_id, "ada")
    fake.clock.advance(29 * DAY)
    assert fake.deliveries == []
    fake.clock.advance(DAY)  # the period ends: renewing, then renewed for the next 30 days
    assert sent(fake) == [
        ("subscription.renewing", "RENEWING", iso(START + 30 * DAY)),
        ("subscription.renewal.success", "ACTIVE", iso(START + 60 * DAY)),
    ]
    data = fake.deliveries[-1].json()["data"]
    assert (data["subscriptionId"], data["quantity"], data["autoRenew"], data["userEmail"]) == (
        subscription_id,
        1,
        True,
        "owner@acme.com",
    )
    found = subscription(fake, subscription_id)
    assert (found.subscription_status, found.period_start) == (SubscriptionStatus.ACTIVE, START + 30 * DAY)


def test_a_long_jump_renews_once_per_period_in_order(fake: FakeCMR, user_id: str) -> None:
    fake.seed_subscription(user_id, "acme.com", auto_renew=True)
    fake.clock.advance(95 * DAY)
    assert [end for event, _, end in sent(fake) if event == "subscription.renewal.success"] == [
        iso(START + 60 * DAY),
        iso(START + 90 * DAY),
        iso(START + 120 * DAY),
    ]


def test_without_auto_renew_a_subscription_goes_past_due_then_expires(fake: FakeCMR, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com")
    fake.clock.advance(30 * DAY)
    assert sent(fake) == [("subscription.past_due", "PAST_DUE", iso(START + 30 * DAY))]
    fake.clock.advance(6 * DAY)
    assert subscription(fake, subscription_id).subscription_status == SubscriptionStatus.PAST_DUE
    fake.clock.advance(DAY)  # the 7-day grace is over
    assert [event for event, _, _ in sent(fake)] == ["subscription.past_due", "subscription.expired"]
    assert subscription(fake, subscription_id).subscription_status == SubscriptionStatus.EXPIRED
    fake.clock.advance(365 * DAY)
    assert len(fake.deliveries) == 2  # an expired subscription stays expired


def test_a_subscription_on_an_expired_domain_fails_to_renew(fake: FakeCMR, user_id: str) -> None:
    fake.seed_domain(user_id, "acme.com", expires_at=START + 10 * DAY)
    fake.seed_subscription(user_id, "acme.com", auto_renew=True)
    fake.clock.advance(30 * DAY)
    assert [event for event, _, _ in sent(fake)] == ["subscription.renewal.failed", "subscription.past_due"]


def test_a_domain_that_renews_itself_keeps_its_subscription_renewing(fake: FakeCMR, user_id: str) -> None:
    fake.seed_domain(user_id, "acme.com", expires_at=START + 10 * DAY, auto_renew=True)
    fake.seed_subscription(user_id, "acme.com", auto_renew=True)
    fake.clock.advance(30 * DAY)
    assert [event for event, _, _ in sent(fake)][-1] == "subscription.renewal.success"


def test_a_subscription_seeded_in_the_past_catches_up_at_the_next_request(fake: FakeCMR, user_id: str) -> None:
    lapsed = fake.seed_subscription(user_id, "acme.com", period_start=START - 32 * DAY, period_end=START - 2 * DAY)
    expired = fake.seed_subscription(user_id, "acme.org", period_start=START - 40 * DAY, period_end=START - 10 * DAY)
    assert fake.deliveries == []  # seeding records nothing
    assert subscription(fake, lapsed).subscription_status == SubscriptionStatus.PAST_DUE  # within its grace
    assert subscription(fake, expired).subscription_status == SubscriptionStatus.EXPIRED
    # Oldest first: acme.org's period ended first, and its grace ended before acme.com's period did.
    assert [(d.event, d.json()["data"]["domain"]) for d in fake.deliveries] == [
        ("subscription.past_due", "acme.org"),
        ("subscription.expired", "acme.org"),
        ("subscription.past_due", "acme.com"),
    ]


def test_retry_waits_move_the_dates_too(fake: FakeCMR, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com", period_end=START + timedelta(seconds=30))
    fake.fail_next("listSubscriptions", status=503, retry_after=60)
    found = subscription(fake, subscription_id)  # the client waits 60 virtual seconds, then reads it again
    assert fake.clock.sleeps == [60.0]
    assert found.subscription_status == SubscriptionStatus.PAST_DUE


def test_lifecycle_deliveries_are_signed_and_typed(fake: FakeCMR, user_id: str) -> None:
    fake.seed_subscription(user_id, "acme.com", auto_renew=True)
    fake.seed_subscription(user_id, "acme.org")
    fake.clock.advance(40 * DAY)
    for delivery in fake.deliveries:
        verify(delivery.body, delivery.headers, fake.api_key)  # signed in real time, not the virtual date
    names = [type(d.event).__name__ for d in fake.deliver(WebhookHandler(fake.api_key))]
    assert names == [
        "SubscriptionRenewingEvent",
        "SubscriptionRenewalSuccessEvent",
        "SubscriptionPastDueEvent",
        "SubscriptionExpiredEvent",
    ]
