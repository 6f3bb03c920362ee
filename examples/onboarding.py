"""Onboard a new customer: create the user, order 2 domains with 3 mailboxes each, wait for the order's outcome,
list the mailboxes it created, then export them to the customer's sending platform.

    CMR_API_KEY=... CMR_EVENT_STORE=sqlite:////var/lib/onboarding/cmr-events.sqlite3 \
    EXPORT_APP=SMARTLEAD EXPORT_EMAIL=... EXPORT_PASSWORD=... \
        python examples/onboarding.py acme-mail.com acme-send.com

Waiting: CMR reports the end of an order only by webhook (`domain.order.success`, `mailbox.order.success`, then
one `mailbox.created` per mailbox; or `domain.order.failed` / `mailbox.order.failed`). Your webhook receiver
records every verified event into an event store (`WebhookHandler(secret, events=CMR_EVENT_STORE)`, as in
examples/webhook_receiver.py), and `result.wait()` reads the same store: it returns the order's `Outcome` once
the deciding events are there, or raises `OutcomeTimeoutError` when they do not arrive in time. Nothing polls
CMR. The receiver and this program must share the store (the same SQLite file on one host, Redis or PostgreSQL
across hosts).

Money: `orders.create` charges the wallet and is never re-sent after a timeout, a dropped connection or a 5xx
(`OutcomeUnknownError`). This program then looks for the order's events instead (`wait_for_outcome`): if they
arrive, CMR did place the order and onboarding goes on with it; if nothing arrives, it stops and says not to
order again before the dashboard shows whether the order exists, because CMR's docs say never to resubmit while
an order may be in progress: the customer would be charged twice.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coldmailreseller import ColdMailReseller, Outcome, OutcomeTimeoutError, OutcomeUnknownError
from coldmailreseller.models import (
    UNSET,
    DomainOrderSuccessEvent,
    MailboxCreatedEvent,
    MailboxOrderSuccessEvent,
    OrderMailboxDict,
    PlatformApp,
)
from coldmailreseller.webhooks import event_name

# How long to wait for an order's webhooks: provisioning usually takes minutes, and a mailbox becomes ACTIVE
# (its `mailbox.created`) only after the provider has set it up.
ORDER_TIMEOUT = 3600.0
MAILBOXES_PER_DOMAIN: list[OrderMailboxDict] = [
    {"username": "jane", "first_name": "Jane", "last_name": "Doe"},
    {"username": "j.doe", "first_name": "Jane", "last_name": "Doe"},
    {"username": "hello", "first_name": "Jane", "last_name": "Doe"},
]


@dataclass(frozen=True)
class Customer:
    email: str
    company: str
    first_name: str
    last_name: str
    country: str
    city: str
    address_line_one: str
    postal_code: str
    state: str
    phone_cc: str
    phone: str
    language_preference: str = "en"


@dataclass(frozen=True)
class PlatformLogin:
    """The customer's sending platform, where the mailboxes are exported (the documented ones: EMAILBISON,
    SMARTLEAD)."""

    app: PlatformApp
    email: str
    password: str


@dataclass(frozen=True)
class Onboarded:
    user_id: str
    order_id: str
    mailbox_ids: list[str]
    credential_id: str


class OnboardingError(RuntimeError):
    """A step failed in a way that needs a person (the message says what to check)."""


def create_user(cmr: ColdMailReseller, customer: Customer) -> str:
    try:
        user = cmr.users.create(
            email=customer.email,
            company=customer.company,
            first_name=customer.first_name,
            last_name=customer.last_name,
            country=customer.country,
            city=customer.city,
            address_line_one=customer.address_line_one,
            language_preference=customer.language_preference,
            postal_code=customer.postal_code,
            state=customer.state,
            phone_cc=customer.phone_cc,
            phone=customer.phone,
        )
    except OutcomeUnknownError as error:  # not re-sent: it could create the user twice
        raise OnboardingError(
            f"the user {customer.email} may or may not have been created (request id {error.request_id}): "
            "look for it in users.iter() before running again"
        ) from error
    return user.id


def order(
    cmr: ColdMailReseller, user_id: str, domains: Sequence[str], *, timeout: float, echo: Callable[[str], object]
) -> Outcome:
    """Place the order and wait for its outcome; after an unknown outcome, look for the order's events instead
    of ordering again."""
    try:
        result = cmr.orders.create(
            user_id=user_id,
            domains=[{"domain": domain, "years": 1} for domain in domains],
            mailboxes={domain: MAILBOXES_PER_DOMAIN for domain in domains},
            service_provider="GOOGLE",
            auto_renew=True,
        )
    except OutcomeUnknownError as error:
        echo(f"the order for user {user_id} got no answer ({type(error).__name__}): looking for its events")
        return reconcile(error, user_id, timeout=timeout)
    if result.data.unavailable_domains:
        # CMR placed the order for the other domains: it is not cancelled here, and a person decides what next.
        raise OnboardingError(
            f"CMR cannot register {result.data.unavailable_domains}; order {result.data.order_id} goes on "
            "for the rest: see the dashboard"
        )
    echo(f"order {result.data.order_id} placed: waiting up to {timeout:g} s for its outcome")
    try:
        return result.wait(timeout=timeout)
    except OutcomeTimeoutError as error:
        raise OnboardingError(
            f"order {result.data.order_id} has not finished after {timeout:g} s (events so far: "
            f"{', '.join(error.events_seen) or 'none'}); it may still be provisioning: do not order again, "
            "run the export once its mailboxes are created"
        ) from error


def reconcile(error: OutcomeUnknownError, user_id: str, *, timeout: float) -> Outcome:
    """After an unknown outcome: the order's events (matched by its user and domains) say whether CMR placed it."""
    try:
        return error.wait_for_outcome(timeout=timeout)
    except OutcomeTimeoutError as silent:
        raise OnboardingError(
            f"the order for user {user_id} may or may not have been placed (request id {error.request_id}), and "
            f"no event about it arrived within {timeout:g} s: do not order again before the dashboard shows "
            "whether it exists"
        ) from silent


def order_id_of(outcome: Outcome) -> str:
    """The order id the outcome's events carry (the response's is unknown after an unknown outcome)."""
    for event in outcome.events:
        match event:
            case DomainOrderSuccessEvent(data=data) if data.order_id is not UNSET:
                return data.order_id
            case MailboxOrderSuccessEvent(data=data) if data.order_id is not UNSET:
                return data.order_id
            case _:
                continue
    raise OnboardingError(f"no event of the order names its orderId: {outcome}")


def created_mailboxes(cmr: ColdMailReseller, user_id: str, outcome: Outcome) -> list[str]:
    """The ids of the mailboxes a succeeded order created (one `mailbox.created` each), checked against the
    user's mailbox list."""
    created: list[str] = []
    for event in outcome.events:
        match event:
            case MailboxCreatedEvent(data=data) if data.mailbox_id is not UNSET:
                created.append(data.mailbox_id)
            case _:
                continue  # the domain's and the mailbox order's own events
    listed = {mailbox.mailbox_id for mailbox in cmr.mailboxes.list_for_user(user_id=user_id)}
    missing = [mailbox_id for mailbox_id in created if mailbox_id not in listed]
    if missing:
        raise OnboardingError(f"user {user_id} does not list the created mailboxes {missing} yet")
    return created


def export(cmr: ColdMailReseller, user_id: str, login: PlatformLogin, mailbox_ids: Sequence[str]) -> str:
    stored = cmr.exports.add_credential(
        user_id=user_id, app=login.app, credentials={"email": login.email, "password": login.password}
    )
    try:
        # One call for all mailboxes: queued, not finished (no completion webhook is documented for exports).
        cmr.exports.export_mailboxes(
            user_id=user_id, credential_id=stored.credential_id, component_mailbox_ids=mailbox_ids
        )
    except OutcomeUnknownError as error:
        raise OnboardingError(
            f"the export for user {user_id} may or may not have been queued (request id {error.request_id}): "
            "check the platform before exporting again, or the mailboxes are exported twice"
        ) from error
    return stored.credential_id


def main(
    cmr: ColdMailReseller,
    customer: Customer,
    domains: Sequence[str],
    login: PlatformLogin,
    *,
    timeout: float = ORDER_TIMEOUT,
    echo: Callable[[str], object] = print,
) -> Onboarded:
    user_id = create_user(cmr, customer)
    echo(f"user {user_id} created for {customer.email}")
    outcome = order(cmr, user_id, domains, timeout=timeout, echo=echo)
    if outcome.failed:
        names = ", ".join(event_name(event) for event in outcome.events)
        raise OnboardingError(f"the order for user {user_id} failed ({names}); nothing to export")
    order_id = order_id_of(outcome)
    echo(f"order {order_id} finished: {len(outcome.events)} events")
    mailbox_ids = created_mailboxes(cmr, user_id, outcome)
    echo(f"{len(mailbox_ids)} mailboxes ready")
    credential_id = export(cmr, user_id, login, mailbox_ids)
    echo(f"export of {len(mailbox_ids)} mailboxes to {login.app} queued (credential {credential_id})")
    return Onboarded(user_id, order_id, mailbox_ids, credential_id)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python examples/onboarding.py DOMAIN [DOMAIN ...]")
    customer = Customer(
        email="ada@example.com",
        company="Analytical Engines Ltd",
        first_name="Ada",
        last_name="Lovelace",
        country="GB",
        city="London",
        address_line_one="12 St James's Square",
        postal_code="SW1Y 4JH",
        state="London",
        phone_cc="44",
        phone="2071234567",
    )
    app = PlatformApp(os.environ["EXPORT_APP"])  # ValueError names the platforms CMR documents
    login = PlatformLogin(app, os.environ["EXPORT_EMAIL"], os.environ["EXPORT_PASSWORD"])
    with ColdMailReseller() as client:  # the key comes from CMR_API_KEY
        try:
            main(client, customer, sys.argv[1:], login)
        except OnboardingError as error:
            sys.exit(f"onboarding stopped: {error}")
