"""examples/onboarding.py against the testing kit, as the team that owns it would test it."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from coldmailreseller import ColdMailReseller
from coldmailreseller.models import PlatformApp
from coldmailreseller.testing import FakeCMR
from examples.onboarding import Customer, OnboardingError, PlatformLogin, main

CUSTOMER = Customer(
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
LOGIN = PlatformLogin(PlatformApp.SMARTLEAD, "ops@agency.com", "s3cret-platform-password")
DOMAINS = ["acme-mail.com", "acme-send.com"]


def completing(cmr_fake: FakeCMR, lines: list[str], after: int = 1) -> tuple[list[float], Callable[[float], None]]:
    """A sleep for main() that completes the order on its `after`-th call, as CMR would after a while, and
    records the pauses. The order id comes from the program's own output: the kit has no list of orders."""
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        cmr_fake.clock.advance(seconds)
        if len(pauses) == after:
            (placed,) = [line for line in lines if line.startswith("order ")]
            cmr_fake.complete_order(placed.split()[1])

    return pauses, sleep


def test_onboarding_orders_waits_and_exports(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    lines: list[str] = []
    pauses, sleep = completing(cmr_fake, lines, after=2)

    done = main(cmr, CUSTOMER, DOMAINS, LOGIN, sleep=sleep, tries=5, interval=30, echo=lines.append)

    (created,) = cmr_fake.calls("createUser")
    assert json.loads(created.content)["email"] == "ada@example.com"
    (ordered,) = cmr_fake.calls("createOrderJson")
    assert ordered.url.params["userId"] == done.user_id
    body = json.loads(ordered.content)
    assert body["domains"] == [{"domain": d, "years": 1} for d in DOMAINS]
    assert {domain: len(boxes) for domain, boxes in body["mailboxes"].items()} == dict.fromkeys(DOMAINS, 3)
    assert pauses == [30, 30]  # two polls found nothing, the third found the 6 mailboxes
    assert len(cmr_fake.calls("listUserMailboxes")) == 3
    assert len(done.mailbox_ids) == 6 == len(set(done.mailbox_ids))

    (exported,) = cmr_fake.calls("exportMailboxes")
    assert exported.url.params["userId"] == done.user_id
    assert json.loads(exported.content) == {
        "credentialId": done.credential_id,
        "componentMailboxIds": done.mailbox_ids,
    }
    created_events = [d for d in cmr_fake.deliveries if d.event == "mailbox.created"]
    assert len(created_events) == 6
    assert lines[-1] == f"export of 6 mailboxes to SMARTLEAD queued (credential {done.credential_id})"


def test_onboarding_gives_up_after_its_tries(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    pauses: list[float] = []
    with pytest.raises(OnboardingError, match="has 0 of 6 mailboxes after 4 checks"):
        main(cmr, CUSTOMER, DOMAINS, LOGIN, sleep=pauses.append, tries=4, interval=10, echo=lambda _: None)
    assert pauses == [10, 10, 10]  # no sleep after the last check
    assert cmr_fake.calls("exportMailboxes") == []


def test_a_user_creation_that_times_out_stops_everything(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    cmr_fake.timeout_next("createUser")
    with pytest.raises(OnboardingError, match=r"ada@example\.com may or may not have been created"):
        main(cmr, CUSTOMER, DOMAINS, LOGIN, sleep=lambda _: None, echo=lambda _: None)
    assert len(cmr_fake.calls("createUser")) == 1
    assert cmr_fake.calls("createOrderJson") == []


def test_an_order_that_times_out_is_reported_and_not_resent(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    cmr_fake.timeout_next("createOrderJson")
    with pytest.raises(OnboardingError, match="may or may not have been placed"):
        main(cmr, CUSTOMER, DOMAINS, LOGIN, sleep=lambda _: None, echo=lambda _: None)
    assert len(cmr_fake.calls("createOrderJson")) == 1
    assert cmr_fake.calls("listUserMailboxes") == []


def test_a_domain_that_is_taken_stops_before_waiting(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    cmr_fake.seed_domain(cmr_fake.seed_user(), "acme-send.com")
    with pytest.raises(OnboardingError, match="cannot register"):
        main(cmr, CUSTOMER, DOMAINS, LOGIN, sleep=lambda _: None, echo=lambda _: None)
    assert cmr_fake.calls("listUserMailboxes") == []
