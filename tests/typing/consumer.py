"""Typed code written with the README's idioms, as a user of the client writes it. mypy --strict and pyright
(strict) must find no error here, without a cast, an ignore or an isinstance check on Unset: checked by
tests/typing/test_checkers.py and `nox -s typecheck`; never run."""

from __future__ import annotations

from coldmailreseller import ActionResult, AsyncColdMailReseller, ColdMailReseller
from coldmailreseller.models import (
    UNSET,
    MailboxCreatedEvent,
    Order,
    OrderDomainDict,
    Subscription,
    SubscriptionRenewalSuccessEvent,
    User,
    value_or,
)
from coldmailreseller.webhooks import Event, UnknownEvent, event_name, parse_event


def renews(sub: Subscription) -> bool | None:
    if sub.auto_renew is not UNSET:
        b: bool = sub.auto_renew
        return b
    return None


def mailbox_count(sub: Subscription) -> int:
    if sub.total_mailbox_quantity is UNSET:
        return 0
    quantity: int = sub.total_mailbox_quantity
    return quantity + value_or(sub.total_mailbox_quantity, 0)


def new_customer(cmr: ColdMailReseller) -> str:
    user: User = cmr.users.get(user_id="usr_1")
    user_id: str = user.id  # required: no Unset
    request_id: str | None = user.request_id
    return f"{user_id} {request_id}"


def order(cmr: ColdMailReseller, user_id: str) -> str:
    domain: OrderDomainDict = {"domain": "acme.com", "years": 1}
    result: ActionResult[Order] = cmr.orders.create(user_id=user_id, domains=[domain], mailboxes={})
    order_id: str = result.data.order_id
    return f"{order_id} {result.action_id} {result.request_id} {result.data.request_id}"


async def first_active(cmr: AsyncColdMailReseller) -> str | None:
    async for sub in cmr.subscriptions.iter(status="ACTIVE"):
        subscription_id: str = sub.subscription_id
        return subscription_id
    return None


def handle(body: bytes) -> str:
    event: Event = parse_event(body)
    match event:
        case MailboxCreatedEvent(data=data):
            email: str = data.email  # every event's data, and this event's email, are required
            return email
        case SubscriptionRenewalSuccessEvent(event_id=event_id):
            return event_id
        case UnknownEvent(event=name, raw=raw):
            return f"{name}: {len(raw)} keys"
        case _:
            return event_name(event)
