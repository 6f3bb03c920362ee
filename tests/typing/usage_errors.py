"""Typed code written against the client, with mistakes mypy --strict must flag (each marked with an E: comment).
Checked by tests/typing/test_typing.py; never run."""

from __future__ import annotations

from coldmailreseller import ColdMailReseller
from coldmailreseller.models import OrderDomain, OrderDomainDict, SubscriptionStatus, value_or


def orders(cmr: ColdMailReseller) -> None:
    cmr.orders.create(user_id="u", domains=[{"domain": "a.com", "years": 1}], mailboxes={})
    cmr.orders.create(user_id="u", domains=[OrderDomain(domain="a.com", years=1)], mailboxes={})
    cmr.orders.create(user_id="u", domains=[{"domian": "a.com", "years": 1}], mailboxes={})  # E: misspelt key
    cmr.orders.create(user_id="u", domains=[{"domain": "a.com"}], mailboxes={})  # E: missing required key
    cmr.orders.create(user_id="u", domains=[{"domain": "a.com", "years": "1"}], mailboxes={})  # E: wrong type
    cmr.orders.create(user_id="u", domains=[], mailboxes={}, billing_cycle="YEARLY")  # E: out-of-enum literal
    cmr.orders.create(user_id="u", domains=[], mailboxes={}, billing_cycle="MONTHLY")
    domain: OrderDomainDict = {"domain": "a.com", "years": 2, "forward_to": "https://x.test"}
    cmr.orders.create(user_id="u", domains=[domain], mailboxes={}, extra_body={"coupon": "X"})


def subscriptions(cmr: ColdMailReseller) -> None:
    cmr.subscriptions.list(status=SubscriptionStatus.ACTIVE)
    cmr.subscriptions.list(status="PAST_DUE")
    cmr.subscriptions.list(status="GMAIL")  # E: out-of-enum literal
    for sub in cmr.subscriptions.iter(limit=10):
        renews: bool = value_or(sub.auto_renew, False)
        assert renews in (True, False)
