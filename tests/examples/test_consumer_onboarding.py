"""examples/onboarding.py against the testing kit, as the team that owns it would test it."""

from __future__ import annotations

import json
import time

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


def test_onboarding_orders_waits_and_exports(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    cmr_fake.auto_complete(after=300)  # CMR provisions the order five (virtual) minutes after it was placed
    lines: list[str] = []
    started = time.monotonic()

    done = main(cmr, CUSTOMER, DOMAINS, LOGIN, timeout=3600, echo=lines.append)

    # A bound, not a speed claim: the wait ran on the fake's clock, so no real minutes passed.
    assert time.monotonic() - started < 5
    assert 300 <= cmr_fake.clock.now() < 3600
    (created,) = cmr_fake.calls("createUser")
    assert json.loads(created.content)["email"] == "ada@example.com"
    (ordered,) = cmr_fake.calls("createOrderJson")
    assert ordered.url.params["userId"] == done.user_id
    body = json.loads(ordered.content)
    assert body["domains"] == [{"domain": d, "years": 1} for d in DOMAINS]
    assert {domain: len(boxes) for domain, boxes in body["mailboxes"].items()} == dict.fromkeys(DOMAINS, 3)
    assert cmr_fake.calls("getOrderStatus") == []  # nothing polled CMR
    assert len(cmr_fake.calls("listUserMailboxes")) == 1

    created_events = [d.json()["data"] for d in cmr_fake.deliveries if d.event == "mailbox.created"]
    assert done.mailbox_ids == [data["mailboxId"] for data in created_events]
    assert len(done.mailbox_ids) == 6 == len(set(done.mailbox_ids))
    assert {data["orderId"] for data in created_events} == {done.order_id}
    (exported,) = cmr_fake.calls("exportMailboxes")
    assert exported.url.params["userId"] == done.user_id
    assert json.loads(exported.content) == {
        "credentialId": done.credential_id,
        "componentMailboxIds": done.mailbox_ids,
    }
    assert lines[1] == f"order {done.order_id} placed: waiting up to 3600 s for its outcome"
    assert lines[2] == f"order {done.order_id} finished: 10 events"  # 2 x (domain, mailbox order) + 6 mailboxes
    assert lines[-1] == f"export of 6 mailboxes to SMARTLEAD queued (credential {done.credential_id})"


def test_onboarding_gives_up_when_the_order_does_not_finish(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    started = time.monotonic()
    with pytest.raises(OnboardingError, match=r"has not finished after 600 s \(events so far: none\)"):
        main(cmr, CUSTOMER, DOMAINS, LOGIN, timeout=600, echo=lambda _: None)
    assert time.monotonic() - started < 5  # the 600 s passed on the fake's clock
    assert cmr_fake.clock.now() >= 600
    assert cmr_fake.calls("exportMailboxes") == []


def test_a_failed_order_stops_before_the_export(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    cmr_fake.auto_complete(after=300)

    def echo(line: str) -> None:
        # The order fails before it completes; the kit has no list of orders, so its id comes from the output.
        if line.startswith("order ") and line.endswith("for its outcome"):
            cmr_fake.fail_order(line.split()[1], reason="Registrar has connectivity issues")

    with pytest.raises(OnboardingError, match=r"failed \(domain\.order\.failed, domain\.order\.failed\)"):
        main(cmr, CUSTOMER, DOMAINS, LOGIN, timeout=3600, echo=echo)
    assert cmr_fake.calls("exportMailboxes") == []
    assert not any(d.event.startswith("mailbox.") for d in cmr_fake.deliveries)


def test_an_order_applied_before_its_timeout_is_found_and_not_resent(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    cmr_fake.auto_complete(after=300)
    cmr_fake.timeout_next("createOrderJson", applied=True)  # CMR placed it, and the answer was lost

    done = main(cmr, CUSTOMER, DOMAINS, LOGIN, timeout=3600, echo=lambda _: None)

    assert len(cmr_fake.calls("createOrderJson")) == 1  # not ordered twice
    assert len(done.mailbox_ids) == 6
    assert len(cmr_fake.calls("exportMailboxes")) == 1


def test_an_order_that_times_out_unapplied_is_reported_and_not_resent(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    cmr_fake.auto_complete(after=300)
    cmr_fake.timeout_next("createOrderJson")  # lost on the way: CMR never saw it
    with pytest.raises(OnboardingError, match=r"may or may not have been placed .* no event about it arrived"):
        main(cmr, CUSTOMER, DOMAINS, LOGIN, timeout=900, echo=lambda _: None)
    assert len(cmr_fake.calls("createOrderJson")) == 1
    assert cmr_fake.calls("listUserMailboxes") == []


def test_a_user_creation_that_times_out_stops_everything(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    cmr_fake.timeout_next("createUser")
    with pytest.raises(OnboardingError, match=r"ada@example\.com may or may not have been created"):
        main(cmr, CUSTOMER, DOMAINS, LOGIN, echo=lambda _: None)
    assert len(cmr_fake.calls("createUser")) == 1
    assert cmr_fake.calls("createOrderJson") == []


def test_a_domain_that_is_taken_stops_before_waiting(cmr_fake: FakeCMR, cmr: ColdMailReseller) -> None:
    cmr_fake.seed_domain(cmr_fake.seed_user(), "acme-send.com")
    with pytest.raises(OnboardingError, match="cannot register"):
        main(cmr, CUSTOMER, DOMAINS, LOGIN, echo=lambda _: None)
    assert cmr_fake.calls("listUserMailboxes") == []
    assert cmr_fake.clock.now() == 0  # it did not wait
