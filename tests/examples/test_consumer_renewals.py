"""examples/renewals_report.py against the testing kit: dated subscriptions on the fake's clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coldmailreseller.testing import FakeCMR
from examples.renewals_report import Journal, main

START = datetime(2026, 3, 1, 12, tzinfo=UTC)


def account(fake: FakeCMR) -> dict[str, str]:
    """Five subscriptions: two ending within 14 days, one later, one past due, one cancelled."""
    user = fake.seed_user(email="ops@agency.com")
    return {
        "soon": fake.seed_subscription(
            user,
            "soon.com",
            auto_renew=True,
            period_start=START - timedelta(days=27),
            period_end=START + timedelta(days=3),
        ),
        "edge": fake.seed_subscription(user, "edge.com", period_end=START + timedelta(days=13, hours=23)),
        "later": fake.seed_subscription(user, "later.com", period_end=START + timedelta(days=20)),
        "due": fake.seed_subscription(
            user,
            "due.com",
            status="PAST_DUE",
            period_start=START - timedelta(days=32),
            period_end=START - timedelta(days=2),
        ),
        "gone": fake.seed_subscription(user, "gone.com", status="CANCELLED", period_end=START + timedelta(days=5)),
    }


def test_the_report_lists_what_ends_within_14_days() -> None:
    fake = FakeCMR(start=START)
    ids = account(fake)
    with fake.client() as cmr:
        lines = main(cmr, now=fake.clock.date(), echo=lambda _: None)
    assert lines == [
        "Renewals report 2026-03-01: 2 expiring within 14 days, 1 past due",
        f"EXPIRING {ids['soon']} soon.com ends 2026-03-04 (in 3 days, auto-renews)",
        f"EXPIRING {ids['edge']} edge.com ends 2026-03-15 (in 13 days, auto-renew OFF)",
        f"PAST_DUE {ids['due']} due.com (report only)",
    ]
    assert fake.calls("renewSubscriptions") == []


def test_the_report_moves_with_the_clock() -> None:
    fake = FakeCMR(start=START)
    ids = account(fake)
    # Ten days on: soon.com renewed itself for 30 days, due.com expired after its 7 days of grace.
    fake.clock.advance(timedelta(days=10))
    with fake.client() as cmr:
        lines = main(cmr, now=fake.clock.date(), journal=None, echo=lambda _: None)
    assert lines == [
        "Renewals report 2026-03-11: 2 expiring within 14 days, 0 past due",
        f"EXPIRING {ids['edge']} edge.com ends 2026-03-15 (in 3 days, auto-renew OFF)",
        f"EXPIRING {ids['later']} later.com ends 2026-03-21 (in 10 days, auto-renew OFF)",
    ]
    assert [(d.event, d.json()["data"]["subscriptionId"]) for d in fake.deliveries] == [
        ("subscription.renewing", ids["soon"]),
        ("subscription.renewal.success", ids["soon"]),
        ("subscription.expired", ids["due"]),
    ]


def test_past_due_is_renewed_once_and_held(tmp_path: Path) -> None:
    fake = FakeCMR(start=START)
    ids = account(fake)
    journal_path = tmp_path / "journal.json"
    with fake.client() as cmr:
        lines = main(cmr, now=fake.clock.date(), journal=Journal.load(journal_path), echo=lambda _: None)
        assert lines[-1].startswith(f"RENEWAL SENT {ids['due']} due.com (action ")
        (renewal,) = fake.calls("renewSubscriptions")
        assert json.loads(renewal.content) == {"subscriptionIds": [ids["due"]]}
        assert json.loads(journal_path.read_text())[ids["due"]]["outcome"] == "sent"

        # The next night: the fake sends no renewal webhook, the subscription is still PAST_DUE. Not sent again.
        fake.clock.advance(timedelta(days=1))
        again = main(cmr, now=fake.clock.date(), journal=Journal.load(journal_path), echo=lambda _: None)
        assert again[-1] == f"WAITING {ids['due']} due.com: renewal sent at 2026-03-01T12:00:00+00:00, not sent again"
        assert len(fake.calls("renewSubscriptions")) == 1

        # Still PAST_DUE four days after CMR accepted it: that renewal failed, and a new one may be sent.
        fake.clock.advance(timedelta(days=3))
        later = main(cmr, now=fake.clock.date(), journal=Journal.load(journal_path), echo=lambda _: None)
    assert later[-1].startswith(f"RENEWAL SENT {ids['due']} due.com")
    assert len(fake.calls("renewSubscriptions")) == 2


def test_a_renewal_whose_outcome_is_unknown_is_never_resent(tmp_path: Path) -> None:
    fake = FakeCMR(start=START)
    ids = account(fake)
    journal_path = tmp_path / "journal.json"
    fake.fail_next("renewSubscriptions", status=503)
    with fake.client() as cmr:
        lines = main(cmr, now=fake.clock.date(), journal=Journal.load(journal_path), echo=lambda _: None)
        assert lines[-1].startswith(f"UNKNOWN {ids['due']} due.com: the renewal may have been charged (request id req_")
        assert "NOT re-sent" in lines[-1]
        assert len(fake.calls("renewSubscriptions")) == 1  # the client did not retry it either
        assert json.loads(journal_path.read_text())[ids["due"]]["outcome"] == "unknown"
        # Four days on, the subscription still PAST_DUE: held until a person clears the journal entry.
        fake.clock.advance(timedelta(days=4))
        again = main(cmr, now=fake.clock.date(), journal=Journal.load(journal_path), echo=lambda _: None)
    assert again[-1] == (
        f"HELD {ids['due']} due.com: renewal outcome unknown since 2026-03-01T12:00:00+00:00; "
        "check it, then remove it from the journal"
    )
    assert len(fake.calls("renewSubscriptions")) == 1


def test_a_refused_renewal_is_reported_and_may_be_tried_again(tmp_path: Path) -> None:
    fake = FakeCMR(start=START)
    ids = account(fake)
    journal_path = tmp_path / "journal.json"
    fake.fail_next("renewSubscriptions", status=422)
    with fake.client() as cmr:
        lines = main(cmr, now=fake.clock.date(), journal=Journal.load(journal_path), echo=lambda _: None)
        assert lines[-1].startswith(f"FAILED {ids['due']} due.com: HTTP 422 ")
        again = main(cmr, now=fake.clock.date(), journal=Journal.load(journal_path), echo=lambda _: None)
    assert again[-1].startswith(f"RENEWAL SENT {ids['due']} due.com")
    assert len(fake.calls("renewSubscriptions")) == 2
