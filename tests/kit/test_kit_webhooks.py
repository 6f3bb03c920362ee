"""The kit's webhook deliveries: signed like CMR's (as coldmailreseller.webhooks verifies them), in order, and
handed to a receiver once each."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import pytest

from coldmailreseller.models import DomainOrderSuccessEvent, MailboxCreatedEvent, MailboxOrderSuccessEvent
from coldmailreseller.testing import FakeCMR, WebhookDelivery
from coldmailreseller.webhooks import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    InMemoryDeduplicator,
    WebhookHandler,
    WebhookVerificationError,
    verify,
)


def completed_order(fake: FakeCMR, mailboxes: int = 2) -> list[WebhookDelivery]:
    user_id = fake.seed_user(email="owner@acme.com")
    entries = [{"username": f"user{n}", "first_name": "U", "last_name": str(n)} for n in range(mailboxes)]
    with fake.client() as cmr:
        order = cmr.orders.create(
            user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={"acme.com": entries}
        )
    assert order.data.order_id is not None
    return fake.complete_order(order.data.order_id)


def test_deliveries_are_signed_with_the_partner_key() -> None:
    fake = FakeCMR(api_key="partner-key-123")
    sent = completed_order(fake)
    assert sent == fake.deliveries and len(sent) == 4
    for delivery in sent:
        verify(delivery.body, delivery.headers, "partner-key-123")
        assert set(delivery.headers) == {SIGNATURE_HEADER, TIMESTAMP_HEADER, "content-type"}
        with pytest.raises(WebhookVerificationError):
            verify(delivery.body, delivery.headers, "another-key")
    assert len({delivery.event_id for delivery in sent}) == 4
    payload = sent[0].json()
    assert (payload["event"], payload["eventId"]) == (sent[0].event, sent[0].event_id)


def test_a_handler_gets_each_pending_delivery_once() -> None:
    fake = FakeCMR()
    completed_order(fake, mailboxes=1)
    handler = WebhookHandler(fake.api_key, deduplicator=InMemoryDeduplicator())
    first = fake.deliver(handler)
    assert [type(delivery.event) for delivery in first] == [
        DomainOrderSuccessEvent,
        MailboxOrderSuccessEvent,
        MailboxCreatedEvent,
    ]
    assert not any(delivery.duplicate for delivery in first)
    assert fake.deliver(handler) == []  # nothing pending
    with fake.client() as cmr:
        cmr.subscriptions.cancel(domain="acme.com")
    (cancelled,) = fake.deliver(handler)
    assert cancelled.event.event == "subscription.cancelled"
    assert len(fake.deliveries) == 4


def test_any_receiver_function_can_take_them() -> None:
    fake = FakeCMR()
    completed_order(fake, mailboxes=1)
    handler = WebhookHandler(fake.api_key)

    def on_post(raw_body: bytes, headers: Mapping[str, str]) -> int:  # a web framework's view, say
        handler.handle(raw_body, headers)
        return 200

    assert fake.deliver(on_post) == [200, 200, 200]


def test_a_receiver_that_fails_leaves_its_delivery_pending() -> None:
    fake = FakeCMR()
    completed_order(fake, mailboxes=1)
    seen: list[str] = []

    def flaky(raw_body: bytes, headers: Mapping[str, str]) -> str:
        if len(seen) == 1 and not getattr(flaky, "failed", False):
            flaky.failed = True  # type: ignore[attr-defined]
            raise RuntimeError("receiver down")
        seen.append(raw_body.decode())
        return "ok"

    with pytest.raises(RuntimeError):
        fake.deliver(flaky)
    assert fake.deliver(flaky) == ["ok", "ok"]  # CMR would retry: the failed one comes again
    assert [delivery.body.decode() for delivery in fake.deliveries] == seen


def test_async_receivers_take_them_too() -> None:
    fake = FakeCMR()
    completed_order(fake, mailboxes=1)
    handler = WebhookHandler(fake.api_key, deduplicator=InMemoryDeduplicator())

    async def receiver(raw_body: bytes, headers: Mapping[str, str]) -> int:
        await asyncio.sleep(0)
        return len(raw_body)

    async def scenario() -> None:
        events = [delivery.event for delivery in await fake.deliver_async(handler)]
        assert isinstance(events[-1], MailboxCreatedEvent)
        with fake.client() as cmr:
            cmr.subscriptions.cancel(domain="acme.com")
        assert await fake.deliver_async(receiver) == [len(fake.deliveries[-1].body)]

    asyncio.run(scenario())


def test_a_delivery_cannot_be_altered() -> None:
    (delivery, *_) = completed_order(FakeCMR())
    with pytest.raises(TypeError):
        delivery.headers[SIGNATURE_HEADER] = "forged"  # type: ignore[index]
    with pytest.raises(AttributeError):
        delivery.body = b"{}"  # type: ignore[misc]
