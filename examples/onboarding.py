"""Onboard a new customer: create the user, order 2 domains with 3 mailboxes each, wait until the mailboxes
exist, then export them to the customer's sending platform.

    CMR_API_KEY=... EXPORT_APP=SMARTLEAD EXPORT_EMAIL=... EXPORT_PASSWORD=... \
        python examples/onboarding.py acme-mail.com acme-send.com

Waiting: CMR reports a finished order by webhook (`mailbox.order.success`, then one `mailbox.created` per
mailbox). A script without a webhook receiver has nothing documented to wait on: `orders.get_status()` answers
an object whose fields upstream never published. So this program polls the user's mailbox list a bounded
number of times, sleeping with the function its caller passes (`time.sleep` here, something that moves a fake
clock in tests), and gives up with a clear error instead of waiting forever. A service with a receiver should
wait for the webhooks instead (see examples/starlette_receiver.py).

Money: `orders.create` charges the wallet and is never re-sent after a timeout, a dropped connection or a 5xx
(`OutcomeUnknownError`). This program stops there and says so: check the order in the dashboard (or the
webhooks) before running it again, or the customer is charged twice.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coldmailreseller import ColdMailReseller, OutcomeUnknownError
from coldmailreseller.models import UNSET, OrderMailboxDict, PlatformApp

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


def order(cmr: ColdMailReseller, user_id: str, domains: Sequence[str]) -> str:
    try:
        result = cmr.orders.create(
            user_id=user_id,
            domains=[{"domain": domain, "years": 1} for domain in domains],
            mailboxes={domain: MAILBOXES_PER_DOMAIN for domain in domains},
            service_provider="GOOGLE",
            auto_renew=True,
        )
    except OutcomeUnknownError as error:
        raise OnboardingError(
            f"the order for user {user_id} may or may not have been placed (request id {error.request_id}): "
            "check the dashboard or the order webhooks before ordering again"
        ) from error
    if result.data.unavailable_domains:
        raise OnboardingError(f"CMR cannot register {result.data.unavailable_domains}; the order is {result.data}")
    return result.data.order_id


def wait_for_mailboxes(
    cmr: ColdMailReseller,
    user_id: str,
    expected: int,
    *,
    sleep: Callable[[float], object],
    tries: int = 60,
    interval: float = 30.0,
) -> list[str]:
    """The user's mailbox ids once there are `expected` of them; polls at most `tries` times."""
    ids: list[str] = []
    for attempt in range(tries):
        mailboxes = cmr.mailboxes.list_for_user(user_id=user_id)
        ids = [mailbox.mailbox_id for mailbox in mailboxes if mailbox.mailbox_id is not UNSET]
        if len(ids) >= expected:
            return ids
        if attempt + 1 < tries:
            sleep(interval)
    raise OnboardingError(
        f"user {user_id} has {len(ids)} of {expected} mailboxes after {tries} checks; the order may still be "
        "provisioning (look for mailbox.order.failed in the webhooks)"
    )


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
    sleep: Callable[[float], object] = time.sleep,
    tries: int = 60,
    interval: float = 30.0,
    echo: Callable[[str], object] = print,
) -> Onboarded:
    user_id = create_user(cmr, customer)
    echo(f"user {user_id} created for {customer.email}")
    order_id = order(cmr, user_id, domains)
    echo(f"order {order_id} placed: {len(domains)} domains x {len(MAILBOXES_PER_DOMAIN)} mailboxes")
    expected = len(domains) * len(MAILBOXES_PER_DOMAIN)
    mailbox_ids = wait_for_mailboxes(cmr, user_id, expected, sleep=sleep, tries=tries, interval=interval)
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
