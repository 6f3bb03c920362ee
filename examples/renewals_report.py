"""Nightly renewals report: subscriptions that end within 14 days, and a safe renewal of the PAST_DUE ones.

    CMR_API_KEY=... python examples/renewals_report.py [--renew] [--journal renewals-journal.json]

Without `--renew` it only reports. With it, each PAST_DUE subscription is renewed in a call of its own, so one
failure says nothing about the others.

Safe, for a call that moves money (README, "Retries, and what is never retried"): `subscriptions.renew` is never
re-sent by the client after a timeout, a dropped connection or a 5xx; it raises `OutcomeUnknownError`, because
the renewal may have been charged. This program never sends it again on its own either:

- before renewing, it reads the subscription again and renews only if it is still PAST_DUE;
- every renewal it sends is written to a journal file first, with its outcome (`sent`, `unknown`, or `failed`)
  once known; a subscription with a `sent` entry younger than `HOLD_DAYS` is not renewed again but reported as
  waiting (a renewal finishes by webhook, `subscription.renewal.success`, and the subscription can stay
  PAST_DUE until then); a `failed` one (CMR refused it, or it provably never reached CMR) may be tried again;
- an `unknown` outcome (or a run that died during the call) is reported for a person to check (the
  subscription's status, the webhooks, the dashboard's billing) and is held until that person removes its entry
  from the journal: no later run sends it again on its own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coldmailreseller import APIConnectionError, APIStatusError, ColdMailReseller, OutcomeUnknownError
from coldmailreseller.models import UNSET, Subscription, SubscriptionStatus, value_or

EXPIRING_WITHIN = timedelta(days=14)
HOLD_DAYS = 3


@dataclass
class Journal:
    """Renewals this job has sent: subscription id -> {"at": ISO time, "outcome": ..., "request_id": ...}."""

    path: Path
    entries: dict[str, dict[str, str]] = field(default_factory=dict[str, dict[str, str]])

    @classmethod
    def load(cls, path: Path) -> Journal:
        entries: dict[str, dict[str, str]] = json.loads(path.read_text()) if path.exists() else {}
        return cls(path, entries)

    def record(self, subscription_id: str, at: datetime, outcome: str, request_id: str | None) -> None:
        self.entries[subscription_id] = {"at": at.isoformat(), "outcome": outcome, "request_id": request_id or ""}
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.entries, indent=2, sort_keys=True))
        tmp.replace(self.path)  # written before and after each renewal, atomically

    def held(self, subscription_id: str, now: datetime) -> dict[str, str] | None:
        entry = self.entries.get(subscription_id)
        if entry is None or entry["outcome"] == "failed":
            return None
        if entry["outcome"] == "sent" and now - datetime.fromisoformat(entry["at"]) > timedelta(days=HOLD_DAYS):
            return None  # sent days ago and still PAST_DUE: that renewal failed (renewal.failed webhook)
        return entry  # unknown: held until a person has checked and removed the entry


def expiring(subscriptions: Iterable[Subscription], now: datetime) -> list[Subscription]:
    """Active (or renewing) subscriptions whose period ends within 14 days, soonest first."""
    soon: list[tuple[datetime, Subscription]] = []
    for sub in subscriptions:
        if sub.subscription_status not in (SubscriptionStatus.ACTIVE, SubscriptionStatus.RENEWING):
            continue
        end = sub.period_end
        if end is UNSET or end - now > EXPIRING_WITHIN:
            continue
        soon.append((end, sub))
    return [sub for _, sub in sorted(soon, key=lambda pair: pair[0])]


def report_line(sub: Subscription, now: datetime) -> str:
    days = (sub.period_end - now).days if sub.period_end is not UNSET else "?"
    renews = "auto-renews" if value_or(sub.auto_renew, False) else "auto-renew OFF"
    end = sub.period_end.date().isoformat() if sub.period_end is not UNSET else "?"
    return f"EXPIRING {sub.subscription_id} {value_or(sub.domain, '?')} ends {end} (in {days} days, {renews})"


def renew_past_due(cmr: ColdMailReseller, sub: Subscription, journal: Journal, now: datetime) -> str:
    """Renew one PAST_DUE subscription at most once; the report line says what happened."""
    name = f"{sub.subscription_id} {value_or(sub.domain, '?')}"
    entry = journal.held(sub.subscription_id, now)
    if entry is not None:
        if entry["outcome"] == "unknown":
            return (
                f"HELD {name}: renewal outcome unknown since {entry['at']}; check it, then remove it from the journal"
            )
        return f"WAITING {name}: renewal sent at {entry['at']}, not sent again"
    # Read it again: another run, a person or CMR may have renewed it since the list was read.
    fresh = cmr.subscriptions.iter(component_subscription_id=sub.subscription_id)
    current = [s for s in fresh if s.subscription_id == sub.subscription_id]
    if not current or current[0].subscription_status != SubscriptionStatus.PAST_DUE:
        return f"SKIPPED {name}: no longer PAST_DUE"
    journal.record(sub.subscription_id, now, "unknown", None)  # before sending: a crash leaves it held
    try:
        result = cmr.subscriptions.renew(subscription_ids=[sub.subscription_id])
    except OutcomeUnknownError as error:
        return (
            f"UNKNOWN {name}: the renewal may have been charged (request id {error.request_id}); NOT re-sent: "
            "check its status, the subscription.renewal.* webhooks or the billing before renewing by hand"
        )
    except APIStatusError as error:  # CMR refused it: nothing was charged, a later run may try again
        journal.record(sub.subscription_id, now, "failed", error.request_id)
        return f"FAILED {name}: HTTP {error.status_code} {error.message} (request id {error.request_id})"
    except APIConnectionError as error:  # not an OutcomeUnknownError: it provably never reached CMR
        journal.record(sub.subscription_id, now, "failed", None)
        return f"FAILED {name}: CMR could not be reached ({error}); nothing was sent"
    journal.record(sub.subscription_id, now, "sent", result.request_id)
    return f"RENEWAL SENT {name} (action {result.action_id}, request id {result.request_id})"


def main(
    cmr: ColdMailReseller,
    *,
    now: datetime,
    journal: Journal | None = None,
    echo: Callable[[str], object] = print,
) -> list[str]:
    """Print (with `echo`) and return the report's lines. Renews PAST_DUE subscriptions only given a journal."""
    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        echo(line)

    subscriptions = list(cmr.subscriptions.iter())
    soon = expiring(subscriptions, now)
    past_due = [sub for sub in subscriptions if sub.subscription_status == SubscriptionStatus.PAST_DUE]
    say(f"Renewals report {now.date().isoformat()}: {len(soon)} expiring within 14 days, {len(past_due)} past due")
    for sub in soon:
        say(report_line(sub, now))
    for sub in past_due:
        if journal is None:
            say(f"PAST_DUE {sub.subscription_id} {value_or(sub.domain, '?')} (report only)")
        else:
            say(renew_past_due(cmr, sub, journal, now))
    return lines


if __name__ == "__main__":
    args = sys.argv[1:]
    journal_path = Path(args[args.index("--journal") + 1]) if "--journal" in args else Path("renewals-journal.json")
    with ColdMailReseller() as client:  # the key comes from CMR_API_KEY
        main(client, now=datetime.now(UTC), journal=Journal.load(journal_path) if "--renew" in args else None)
