"""Waiting for outcomes on the kit: a client made by the fake waits in `fake.events` on the fake's virtual clock,
so `result.wait(timeout=600)` returns without sleeping, and `auto_complete`, `fail_order` and
`timeout_next(applied=...)` decide what it finds. Real elapsed time is asserted only as a generous bound that
proves no real waiting happened (a 600 s wait in under 5 s), never as a speed claim."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from coldmailreseller import ColdMailReseller, OutcomeTimeoutError
from coldmailreseller.errors import OutcomeUnknownTimeoutError
from coldmailreseller.models import OrderMailboxDict
from coldmailreseller.testing import FakeCMR
from coldmailreseller.webhooks import EventStore, WebhookHandler, event_name

START = datetime(2026, 3, 1, tzinfo=UTC)
# A bound for a wait that runs on the virtual clock: far above any real cost, far below the virtual timeout.
NO_REAL_WAIT = 5.0
BOXES: list[OrderMailboxDict] = [
    {"username": name, "first_name": "Jane", "last_name": "Doe"} for name in ("jane", "j.doe", "hello")
]


@pytest.fixture
def fake() -> FakeCMR:
    return FakeCMR(start=START)


@pytest.fixture
def client(fake: FakeCMR) -> Iterator[ColdMailReseller]:
    with fake.client() as made:
        yield made


@pytest.fixture
def user_id(fake: FakeCMR) -> str:
    return fake.seed_user(email="owner@acme.com")


def names(events: object) -> list[str]:
    assert isinstance(events, tuple)
    return [event_name(event) for event in events]


def test_an_order_completes_and_wait_returns_its_events_in_arrival_order(
    fake: FakeCMR, client: ColdMailReseller, user_id: str
) -> None:
    fake.auto_complete(after=300)
    result = client.orders.create(
        user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": BOXES}
    )
    started = time.monotonic()
    outcome = result.wait(timeout=600)
    assert time.monotonic() - started < NO_REAL_WAIT
    assert outcome.succeeded and not outcome.failed
    assert names(outcome.events) == ["domain.order.success", "mailbox.order.success", *["mailbox.created"] * 3]
    assert 300 <= fake.clock.now() < 600  # it waited on the clock until the order completed, and no longer
    assert f"orderId:{result.data.order_id}" in outcome.keys


def test_an_order_of_two_domains_waits_for_every_mailbox(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    fake.auto_complete(after=60)
    domains = ["acme.com", "acme.org"]
    result = client.orders.create(
        user_id=user_id,
        domains=[{"domain": domain, "years": 1} for domain in domains],
        mailboxes={domain: BOXES for domain in domains},
    )
    outcome = result.wait(timeout=600)
    assert outcome.succeeded
    assert names(outcome.events).count("mailbox.created") == 6
    assert names(outcome.events) == [d.event for d in fake.deliveries]  # the arrival order


def test_a_failed_order_is_failed(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    fake.auto_complete(after=300)
    result = client.orders.create(
        user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": BOXES}
    )
    assert result.data.order_id is not None
    fake.fail_order(result.data.order_id, reason="Registrar has connectivity issues")
    outcome = result.wait(timeout=600)
    assert outcome.failed and not outcome.succeeded
    assert names(outcome.events) == ["domain.order.failed"]  # and no mailbox events follow
    assert fake.clock.now() < 300  # decided by the failure, not by the completion that would have come


def test_a_failed_mailbox_order_is_failed(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com")
    fake.auto_complete(after=300)
    result = client.orders.create_mailbox_order(
        user_id=user_id, subscription_id=subscription_id, mailboxes={"acme.com": BOXES}
    )
    assert result.data.order_id is not None
    fake.fail_order(result.data.order_id)
    outcome = result.wait(timeout=600)
    assert outcome.failed and names(outcome.events) == ["mailbox.order.failed"]


def test_without_auto_complete_the_wait_times_out_on_the_virtual_clock(
    fake: FakeCMR, client: ColdMailReseller, user_id: str
) -> None:
    result = client.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={})
    started = time.monotonic()
    with pytest.raises(OutcomeTimeoutError) as caught:
        result.wait(timeout=600)
    assert time.monotonic() - started < NO_REAL_WAIT  # 600 virtual seconds, no real sleeping
    assert fake.clock.now() >= 600
    error = caught.value
    assert (error.operation_id, error.method, error.timeout) == ("createOrderJson", "orders.create", 600)
    assert f"orderId:{result.data.order_id}" in error.keys and tuple(error.events_seen) == ()


def test_an_applied_timeout_is_reconciled_from_the_events(
    fake: FakeCMR, client: ColdMailReseller, user_id: str
) -> None:
    fake.auto_complete(after=300)
    fake.timeout_next("createOrderJson", applied=True)
    with pytest.raises(OutcomeUnknownTimeoutError) as caught:
        client.orders.create(
            user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": BOXES}
        )
    error = caught.value
    assert error.method == "orders.create"
    assert error.arguments["user_id"] == user_id
    started = time.monotonic()
    outcome = error.wait_for_outcome(timeout=600)
    assert time.monotonic() - started < NO_REAL_WAIT
    assert outcome.succeeded
    assert names(outcome.events) == ["domain.order.success", "mailbox.order.success", *["mailbox.created"] * 3]
    assert len(fake.calls("createOrderJson")) == 1  # found, not ordered again


def test_an_unapplied_timeout_finds_nothing_and_says_so(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    fake.auto_complete(after=300)
    fake.timeout_next("createOrderJson", applied=False)
    with pytest.raises(OutcomeUnknownTimeoutError) as caught:
        client.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={})
    started = time.monotonic()
    with pytest.raises(OutcomeTimeoutError) as silent:
        caught.value.wait_for_outcome(timeout=600)
    assert time.monotonic() - started < NO_REAL_WAIT
    assert fake.clock.now() >= 600 and fake.deliveries == []
    assert silent.value.method == "orders.create"


def test_a_requested_renewal_and_a_cancellation_are_waited_for(
    fake: FakeCMR, client: ColdMailReseller, user_id: str
) -> None:
    renewing = fake.seed_subscription(user_id, "acme.com")
    cancelled = fake.seed_subscription(user_id, "acme.org")
    fake.auto_complete(after=120)
    renewal = client.subscriptions.renew(subscription_ids=[renewing]).wait(timeout=600)
    assert renewal.succeeded and names(renewal.events)[-1] == "subscription.renewal.success"
    cancellation = client.subscriptions.cancel(subscription_id=cancelled).wait(timeout=600)
    assert cancellation.succeeded and names(cancellation.events) == ["subscription.cancelled"]


def test_a_prewarmup_order_is_found_by_its_user_and_domains(
    fake: FakeCMR, client: ColdMailReseller, user_id: str
) -> None:
    fake.seed_prewarmup_domain("warm.com", mailboxes=["james", "jane"])
    fake.auto_complete(after=60)
    result = client.prewarmup.order(user_id=user_id, order=[{"domain": "warm.com"}], service_provider="GOOGLE")
    outcome = result.wait(timeout=600)  # the answer has no orderId: the event names the user and the domain
    assert outcome.succeeded and names(outcome.events) == ["prewarmup.order.success"]


def test_a_renewal_that_fails_is_failed(fake: FakeCMR, client: ColdMailReseller, user_id: str) -> None:
    fake.seed_domain(user_id, "gone.com", expires_at=START.replace(day=2))
    subscription_id = fake.seed_subscription(user_id, "gone.com")
    fake.clock.advance(86400 * 2)  # the domain has expired: CMR does not renew while it is expired
    fake.auto_complete(after=60)
    renewal = client.subscriptions.renew(subscription_ids=[subscription_id]).wait(timeout=600)
    assert renewal.failed and names(renewal.events)[-1] == "subscription.renewal.failed"


def test_a_client_on_another_store_waits_there(fake: FakeCMR, user_id: str) -> None:
    with EventStore("memory") as mine, fake.client(event_store=mine) as client:
        fake.auto_complete(after=60, deliver_to=WebhookHandler(fake.api_key, events=mine))
        result = client.orders.create(
            user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": BOXES}
        )
        assert result.wait(timeout=600).succeeded
        assert fake.events.events(f"orderId:{result.data.order_id}") == []  # recorded in `mine` only


# -- the async client ------------------------------------------------------------------------------------------


def test_async_an_order_completes(fake: FakeCMR, user_id: str) -> None:
    async def scenario() -> list[str]:
        fake.auto_complete(after=300)
        async with fake.async_client() as client:
            result = await client.orders.create(
                user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": BOXES}
            )
            outcome = await result.wait(timeout=600)
            assert outcome.succeeded
            return names(outcome.events)

    started = time.monotonic()
    assert asyncio.run(scenario()) == ["domain.order.success", "mailbox.order.success", *["mailbox.created"] * 3]
    assert time.monotonic() - started < NO_REAL_WAIT


def test_async_a_failed_order_is_failed(fake: FakeCMR, user_id: str) -> None:
    async def scenario() -> None:
        fake.auto_complete(after=300)
        async with fake.async_client() as client:
            result = await client.orders.create(
                user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={}
            )
            assert result.data.order_id is not None
            fake.fail_order(result.data.order_id)
            assert (await result.wait(timeout=600)).failed

    asyncio.run(scenario())


def test_async_the_wait_times_out_on_the_virtual_clock(fake: FakeCMR, user_id: str) -> None:
    async def scenario() -> None:
        async with fake.async_client() as client:
            result = await client.orders.create(
                user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={}
            )
            with pytest.raises(OutcomeTimeoutError):
                await result.wait(timeout=600)

    started = time.monotonic()
    asyncio.run(scenario())
    assert time.monotonic() - started < NO_REAL_WAIT and fake.clock.now() >= 600


def test_async_timeouts_are_reconciled_or_typed(fake: FakeCMR, user_id: str) -> None:
    async def scenario() -> None:
        fake.auto_complete(after=300)
        async with fake.async_client() as client:
            fake.timeout_next("createOrderJson", applied=True)
            with pytest.raises(OutcomeUnknownTimeoutError) as applied:
                await client.orders.create(
                    user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": BOXES}
                )
            assert (await applied.value.wait_for_outcome_async(600)).succeeded  # as the README says
            fake.timeout_next("createOrderJson", applied=False)
            with pytest.raises(OutcomeUnknownTimeoutError) as lost:
                await client.orders.create(user_id=user_id, domains=[{"domain": "acme.org", "years": 1}], mailboxes={})
            with pytest.raises(OutcomeTimeoutError):
                await lost.value.wait_for_outcome_async(600)

    asyncio.run(scenario())
