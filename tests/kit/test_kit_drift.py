"""The fake and the spec agree: no answer of the fake and no delivery it sends is drift to the client (issue 19,
item 7). A client reports drift when an answer has a field, a status or an envelope key the spec does not
declare; the fake must not make such things up, or every team's drift log would fill with the fake's inventions.

Two exceptions, by necessity: upstream does not name the array of the users page, so the fake has to name it
(`users`), and a client reports that name as the unknown field it is. And upstream publishes no payload of the
order failure events, while a failure must say which order failed (`x-cmr-outcome` correlates them by
`data.orderId`): `fake.fail_order` sends the success events' identifying fields and the reason, each reported.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from coldmailreseller import OPERATIONS, APIError
from coldmailreseller._drift_record import DriftObservation
from coldmailreseller.testing import FakeCMR
from coldmailreseller.webhooks import WebhookHandler
from tests.support.world import build_world

# The one name the fake has to make up (see the module docstring).
UNAVOIDABLE = {("listUsers", "unknown_field", "/data/users")}
# What `fail_order` sends in the failure events, whose payloads upstream does not publish (see the docstring).
FAILURE_FIELDS = {
    ("domain.order.failed", "unknown_field", f"/data/{name}") for name in ("orderId", "userId", "domainName", "reason")
} | {
    ("mailbox.order.failed", "unknown_field", f"/data/{name}")
    for name in ("orderId", "userId", "domainId", "domainName", "subscriptionId", "reason")
}
# Every event the fake sends, each produced by the flow below.
EVENTS_SENT = {
    "domain.order.success",
    "domain.order.failed",
    "mailbox.order.success",
    "mailbox.order.failed",
    "mailbox.created",
    "mailbox.updated",
    "subscription.cancelled",
    "subscription.renewing",
    "subscription.renewal.success",
    "subscription.renewal.failed",
    "subscription.past_due",
    "subscription.expired",
    "prewarmup.order.success",
    "prewarmup.order.failed",
}


class Drift:
    def __init__(self) -> None:
        self.seen: set[tuple[str, str, str]] = set()

    def __call__(self, observation: DriftObservation) -> None:
        self.seen.add((observation.operation_id, observation.kind, observation.pointer))


def deliver_all(fake: FakeCMR, drift: Drift) -> set[str]:
    handled = fake.deliver(WebhookHandler(fake.api_key, on_drift=drift))
    return {type(delivery.event).__name__ for delivery in handled}


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_no_answer_of_any_operation_is_drift(op_id: str) -> None:
    op = OPERATIONS[op_id]
    world = build_world(sandbox=op.sandbox)
    drift = Drift()
    with world.fake.client(on_drift=drift) as cmr:
        raw = getattr(getattr(cmr, op.resource).with_raw_response, op.method)(**world.arguments(op))
        raw.parse()
        assert raw.request_id is not None and raw.request_id == raw.headers["x-request-id"]
        if op.fields and any(f.wire == "userId" and f.location == "query" for f in op.fields):
            # The same operation for someone who does not exist: its error answer is no drift either.
            args = {**world.arguments(op), "user_id": "NO-SUCH-USER"}
            try:
                getattr(getattr(cmr, op.resource), op.method)(**args)
            except APIError as error:
                assert error.request_id is not None
    deliver_all(world.fake, drift)
    assert drift.seen <= UNAVOIDABLE, sorted(drift.seen)


def test_no_delivery_of_any_event_is_drift() -> None:
    """A day in the life of an account, sending every event the fake knows."""
    start = datetime(2026, 1, 1, tzinfo=UTC)
    fake = FakeCMR(start=start)
    drift = Drift()
    events: set[str] = set()
    user_id = fake.seed_user(email="owner@acme.com")
    with fake.client(on_drift=drift) as cmr:
        # An order, provisioned: domain.order.success, mailbox.order.success, mailbox.created.
        mailbox = {"username": "ada", "first_name": "Ada", "last_name": "L"}
        order = cmr.orders.create(
            user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": [mailbox]}
        )
        assert order.data.order_id is not None
        fake.complete_order(order.data.order_id)
        # Two orders that fail: domain.order.failed, mailbox.order.failed.
        failing = cmr.orders.create(user_id=user_id, domains=[{"domain": "fails.com", "years": 1}], mailboxes={})
        assert failing.data.order_id is not None
        fake.fail_order(failing.data.order_id)
        (subscription,) = cmr.subscriptions.list(domain="acme.com").subscriptions
        assert subscription.subscription_id is not None
        more = cmr.orders.create_mailbox_order(
            user_id=user_id, subscription_id=subscription.subscription_id, mailboxes={"acme.com": [mailbox]}
        )
        assert more.data.order_id is not None
        fake.fail_order(more.data.order_id)
        # mailbox.updated, one and many.
        (box,) = cmr.mailboxes.list_for_user(user_id=user_id)
        cmr.mailboxes.update(user_id=user_id, mailbox_data={"mailbox_id": box.mailbox_id, "first_name": "Ada"})
        cmr.mailboxes.update(user_id=user_id, mailbox_data=[{"mailbox_id": box.mailbox_id, "last_name": "Lo"}])
        # The clock: one subscription renews, one fails to (its domain expires first), one lapses.
        renews = fake.seed_subscription(user_id, "renews.com", auto_renew=True)
        fake.seed_domain(user_id, "expiring.com", expires_at=start + timedelta(days=10))
        fails = fake.seed_subscription(user_id, "expiring.com", auto_renew=True)
        fake.seed_subscription(user_id, "lapses.com")
        fake.clock.advance(timedelta(days=40))
        statuses = {s.subscription_id: s.subscription_status for s in cmr.subscriptions.list().subscriptions}
        assert (statuses[renews], statuses[fails]) == ("ACTIVE", "EXPIRED")
        # subscription.cancelled.
        (acme,) = cmr.subscriptions.list(domain="acme.com").subscriptions
        cmr.subscriptions.cancel(subscription_id=acme.subscription_id)
        # prewarmup.order.success and prewarmup.order.failed.
        fake.seed_prewarmup_domain("warm.com", mailboxes=["james"])
        cmr.prewarmup.order(
            user_id=user_id, order=[{"domain": "warm.com"}, {"domain": "missing.com"}], service_provider="GOOGLE"
        )
        # Reads of everything that now exists.
        list(cmr.users.iter())
        list(cmr.subscriptions.iter())
        cmr.domains.list(user_id=user_id)
        cmr.mailboxes.list()
        cmr.geo.list_countries()
        cmr.geo.list_states(country_code="US")
    events |= {delivery.event for delivery in fake.deliveries}
    deliver_all(fake, drift)
    sandbox = FakeCMR(sandbox=True)
    with sandbox.client(on_drift=drift) as cmr:
        for scenario in ("success", "partial_failure", "full_failure"):
            cmr.prewarmup.sandbox_order(
                order=[{"domain": "sandbox.nexora-tech.com"}, {"domain": "mail-sandbox.brightplathlabs.com"}],
                service_provider="GOOGLE",
                scenario=scenario,
            )
    events |= {delivery.event for delivery in sandbox.deliveries}
    deliver_all(sandbox, drift)
    assert events == EVENTS_SENT
    assert drift.seen - FAILURE_FIELDS <= UNAVOIDABLE, sorted(drift.seen)
    assert drift.seen >= FAILURE_FIELDS  # reported, each of them


def test_the_unavoidable_name_is_the_only_drift_and_it_is_reported() -> None:
    """The exception is real (a client does report it), and it is the only one."""
    fake = FakeCMR()
    fake.seed_user()
    drift = Drift()
    with fake.client(on_drift=drift) as cmr:
        cmr.users.list()
    assert drift.seen == UNAVOIDABLE


def test_async_clients_take_on_drift_too() -> None:
    fake = FakeCMR()
    fake.seed_user()
    drift = Drift()

    async def main() -> None:
        async with fake.async_client(on_drift=drift) as cmr:
            await cmr.users.list()

    asyncio.run(main())
    assert drift.seen == UNAVOIDABLE
