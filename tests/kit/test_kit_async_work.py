"""CMR's asynchronous work in the kit: orders that fail (`fail_order`), calls that time out after they were applied
(`timeout_next(applied=True)`), and orders that complete by themselves on the virtual clock (`auto_complete`),
with their signed deliveries handed to a receiver. Nothing here sleeps."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from coldmailreseller import ColdMailReseller
from coldmailreseller.errors import OutcomeUnknownTimeoutError
from coldmailreseller.models import DomainOrderSuccessEvent, MailboxCreatedEvent, MailboxOrderSuccessEvent
from coldmailreseller.testing import FakeCMR
from coldmailreseller.webhooks import Delivery, WebhookHandler, verify

START = datetime(2026, 3, 1, tzinfo=UTC)
ADA = [{"username": "ada", "first_name": "Ada", "last_name": "L"}]
BOB = [{"username": "bob", "first_name": "Bob", "last_name": "M"}]


@pytest.fixture
def fake() -> FakeCMR:
    return FakeCMR(start=START)


@pytest.fixture
def client(fake: FakeCMR) -> Any:
    with fake.client() as client:
        yield client


@pytest.fixture
def user_id(fake: FakeCMR) -> str:
    return fake.seed_user(email="owner@acme.com")


def order_two_domains(client: ColdMailReseller, user_id: str) -> str:
    domains = [{"domain": "acme.com", "years": 1}, {"domain": "acme.org", "years": 1}]
    order = client.orders.create(user_id=user_id, domains=domains, mailboxes={"acme.com": ADA, "acme.org": BOB})
    assert order.data.order_id is not None
    return order.data.order_id


def events(fake: FakeCMR) -> list[str]:
    return [delivery.event for delivery in fake.deliveries]


# -- fail_order ------------------------------------------------------------------------------------------------


def test_a_failed_domain_order_reports_each_domain_and_no_mailbox_events(
    fake: FakeCMR, client: ColdMailReseller, user_id: str
) -> None:
    order_id = order_two_domains(client, user_id)
    sent = fake.fail_order(order_id, reason="Domain name contains restricted phrases")
    assert [d.event for d in sent] == events(fake) == ["domain.order.failed", "domain.order.failed"]
    assert [d.json()["data"] for d in sent] == [
        {
            "userId": user_id,
            "orderId": order_id,
            "domainName": name,
            "reason": "Domain name contains restricted phrases",
        }
        for name in ("acme.com", "acme.org")
    ]
    for delivery in sent:
        verify(delivery.body, delivery.headers, fake.api_key)
    # Nothing was provisioned, and the domains are free to order again.
    assert client.domains.list(user_id=user_id) == [] and client.mailboxes.list_for_user(user_id=user_id) == []
    again = client.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={})
    assert again.data.unavailable_domains == []


def test_a_failed_mailbox_order_names_its_subscription(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com")
    order = client.orders.create_mailbox_order(
        user_id=user_id, subscription_id=subscription_id, mailboxes={"acme.com": ADA}
    )
    assert order.data.order_id is not None
    (sent,) = fake.fail_order(order.data.order_id)
    data = sent.json()["data"]
    assert sent.event == "mailbox.order.failed"
    assert (data["orderId"], data["subscriptionId"], data["domainName"]) == (
        order.data.order_id,
        subscription_id,
        "acme.com",
    )
    assert data["reason"] == "Insufficient wallet balance"  # the default: one of the documented causes
    assert [s.total_mailbox_quantity for s in client.subscriptions.list().subscriptions] == [0]


def test_an_order_ends_once(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    failed, completed = order_two_domains(client, user_id), order_two_domains(client, fake.seed_user())
    fake.fail_order(failed)
    fake.complete_order(completed)
    for order_id, state in ((failed, "failed"), (completed, "completed")):
        with pytest.raises(ValueError, match=f"already {state}"):
            fake.fail_order(order_id)
        with pytest.raises(ValueError, match=f"already {state}"):
            fake.complete_order(order_id)
    with pytest.raises(ValueError, match="no order"):
        fake.fail_order("NO-SUCH-ORDER")
    with pytest.raises(ValueError, match="reason must be a non-empty string"):
        fake.fail_order(failed, reason="")


# -- timeout_next(applied=True) --------------------------------------------------------------------------------


def test_an_applied_timeout_places_the_order_and_loses_the_answer(
    fake: FakeCMR, client: ColdMailReseller, user_id: str
) -> None:
    fake.timeout_next("createOrderJson", applied=True)
    with pytest.raises(OutcomeUnknownTimeoutError):
        client.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": ADA})
    assert len(fake.calls("createOrderJson")) == 1  # not resent
    # CMR has the order: the domain is pending, and the order completes like any other.
    resent = client.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={})
    assert resent.data.unavailable_domains == ["acme.com"]
    fake.auto_complete(after=0)
    assert events(fake) == ["domain.order.success", "mailbox.order.success", "mailbox.created"]


def test_an_unapplied_timeout_places_nothing(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    fake.timeout_next("createOrderJson", applied=False)
    with pytest.raises(OutcomeUnknownTimeoutError):
        client.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={})
    fake.auto_complete(after=0)
    assert events(fake) == []
    assert (
        client.orders.create(
            user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={}
        ).data.unavailable_domains
        == []
    )
    with pytest.raises(ValueError, match="applied must be True or False"):
        fake.timeout_next("createOrderJson", applied="yes")  # type: ignore[arg-type]


def test_an_applied_timeout_reaches_the_async_client(fake: FakeCMR, user_id: str) -> None:
    async def scenario() -> None:
        async with fake.async_client() as client:
            fake.timeout_next("createOrderJson", applied=True)
            with pytest.raises(OutcomeUnknownTimeoutError):
                await client.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={})

    asyncio.run(scenario())
    (order,) = fake._state.orders.values()
    assert [item["domain"] for item in order.domains] == ["acme.com"]


# -- auto_complete ---------------------------------------------------------------------------------------------


def test_orders_complete_after_the_given_virtual_time(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    fake.auto_complete(after=timedelta(minutes=2))
    order_id = order_two_domains(client, user_id)
    fake.clock.advance(119)
    assert events(fake) == []
    fake.clock.advance(1)
    assert events(fake) == [
        "domain.order.success",
        "mailbox.order.success",
        "mailbox.created",
        "domain.order.success",
        "mailbox.order.success",
        "mailbox.created",
    ]
    assert {d.json()["data"]["orderId"] for d in fake.deliveries} == {order_id}
    assert sorted(mailbox.mailbox_id for mailbox in client.mailboxes.list_for_user(user_id=user_id)) == sorted(
        d.json()["data"]["mailboxId"] for d in fake.deliveries if d.event == "mailbox.created"
    )


def test_a_long_jump_keeps_the_timeline(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    order_id = order_two_domains(client, user_id)  # placed before auto_complete: it completes all the same
    fake.auto_complete(after=60)
    fake.clock.advance(timedelta(days=31))  # past the first month of the subscriptions the order starts
    first = fake.deliveries[0].json()["data"]
    assert (first["orderId"], first["creationTime"]) == (order_id, "2026-03-01T00:01:00.000Z")
    # Provisioned when it fell due, so the subscriptions' first periods ended within the jump.
    assert events(fake).count("subscription.past_due") == 2


def test_unconfirmed_and_failed_orders_do_not_complete(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    draft = client.orders.create(
        user_id=user_id, domains=[{"domain": "draft.com", "years": 1}], mailboxes={}, confirm=False
    )
    failed = order_two_domains(client, user_id)
    fake.fail_order(failed)
    fake.auto_complete(after=0)
    fake.clock.advance(3600)
    assert events(fake) == ["domain.order.failed", "domain.order.failed"]
    assert draft.data.order_id in fake._state.orders and not fake._state.orders[draft.data.order_id].completed


def test_mailbox_orders_complete_too(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com")
    fake.auto_complete(after=30)
    client.orders.create_mailbox_order(user_id=user_id, subscription_id=subscription_id, mailboxes={"acme.com": ADA})
    fake.clock.advance(30)
    assert events(fake) == ["mailbox.order.success", "mailbox.created"]


def test_deliveries_go_to_the_handler_as_the_clock_moves(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    received: list[type[object]] = []

    class Recording(WebhookHandler):
        def handle(self, body: bytes, headers: Mapping[str, str]) -> Delivery:
            delivery = super().handle(body, headers)
            received.append(type(delivery.event))
            return delivery

    handler = Recording(fake.api_key)
    fake.auto_complete(after=60, deliver_to=handler)
    order = client.orders.create(
        user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": ADA}
    )
    assert order.data.order_id is not None and received == []
    fake.clock.sleep(60)  # as a client waiting on the clock would
    assert received == [DomainOrderSuccessEvent, MailboxOrderSuccessEvent, MailboxCreatedEvent]
    assert fake.deliver(handler) == []  # nothing left pending


def test_any_receiver_function_takes_them_and_a_failing_one_keeps_them_pending(
    fake: FakeCMR, client: ColdMailReseller, user_id: str
) -> None:
    bodies: list[bytes] = []
    refuse = [True]

    def endpoint(body: bytes, headers: Mapping[str, str]) -> None:
        verify(body, headers, fake.api_key)
        if refuse.pop() if refuse else False:
            raise RuntimeError("receiver down")
        bodies.append(body)

    fake.auto_complete(after=1, deliver_to=endpoint)
    client.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={})
    with pytest.raises(RuntimeError, match="receiver down"):
        fake.clock.advance(1)
    assert bodies == [] and len(fake.deliveries) == 1
    fake.clock.advance(1)  # delivered again on the next move, as CMR retries
    assert bodies == [fake.deliveries[0].body]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"after": -1}, "after must be a number of seconds >= 0"),
        ({"after": True}, "after must be a number of seconds >= 0"),
        ({"after": float("inf")}, "after must be a number of seconds >= 0"),
        ({"after": timedelta(seconds=-1)}, "after must be a number of seconds >= 0"),
        ({"deliver_to": "http://localhost/hooks"}, "deliver_to must be a WebhookHandler or a function"),
    ],
)
def test_auto_complete_misuse_is_refused(fake: FakeCMR, arguments: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        fake.auto_complete(**arguments)


def test_an_async_receiver_is_refused(fake: FakeCMR) -> None:
    async def endpoint(body: bytes, headers: Mapping[str, str]) -> None:
        return None

    with pytest.raises(ValueError, match="deliver_to must be synchronous"):
        fake.auto_complete(deliver_to=endpoint)


def test_without_a_receiver_the_deliveries_are_recorded_in_the_fakes_event_store(
    fake: FakeCMR, client: ColdMailReseller, user_id: str
) -> None:
    fake.auto_complete(after=60)
    order_id = order_two_domains(client, user_id)
    assert fake.events.events(f"orderId:{order_id}") == []
    fake.clock.advance(60)
    recorded = fake.events.events(f"orderId:{order_id}")
    assert [r.name for r in recorded] == [d.event for d in fake.deliveries]
    assert [r.event_id for r in recorded] == [d.event_id for d in fake.deliveries]
    assert [r.seq for r in recorded] == sorted(r.seq for r in recorded)  # arrival order
    assert fake.deliver(WebhookHandler(fake.api_key)) == []  # taken, once each


def test_requested_renewals_are_done_after_the_delay(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    active = fake.seed_subscription(user_id, "acme.com")  # 2026-03-01 to 2026-03-31
    lapsed = fake.seed_subscription(
        user_id, "late.com", period_start=START - timedelta(days=35), period_end=START - timedelta(days=5)
    )
    fake.seed_domain(user_id, "gone.com", registered_at=START - timedelta(days=400), expires_at=START)
    expired_domain = fake.seed_subscription(user_id, "gone.com")
    client.subscriptions.renew(subscription_ids=[active, lapsed, expired_domain])
    fake.clock.advance(3600)
    assert events(fake) == ["subscription.past_due"]  # the lapsed one, caught up; nothing renews by itself
    fake.auto_complete(after=600)  # renewals asked for an hour ago are due at once
    renewed = {d.json()["data"]["subscriptionId"]: d.json()["data"] for d in fake.deliveries[1:]}
    assert events(fake)[1:] == [
        "subscription.renewing",
        "subscription.renewal.success",
        "subscription.renewing",
        "subscription.renewal.success",
        "subscription.renewal.failed",  # its domain expired: renewal fails while the domain is expired
    ]
    # The active one pays its next period; the PAST_DUE one is recovered from when the renewal was done.
    assert (renewed[active]["periodStart"], renewed[active]["periodEnd"]) == (
        "2026-03-31T00:00:00.000Z",
        "2026-04-30T00:00:00.000Z",
    )
    assert renewed[lapsed]["periodStart"] == "2026-03-01T00:10:00.000Z"
    assert renewed[lapsed]["subscriptionStatus"] == "ACTIVE"
    statuses = {s.subscription_id: s.subscription_status for s in client.subscriptions.list().subscriptions}
    assert (statuses[active], statuses[lapsed], statuses[expired_domain]) == ("ACTIVE", "ACTIVE", "ACTIVE")
