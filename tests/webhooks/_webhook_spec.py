"""What the webhook tests read from the spec: every event name, its model class, every documented example body."""

from __future__ import annotations

from typing import Any

from coldmailreseller_generated.events import EVENTS
from tests.support.spec import SPEC, webhook_examples

SECRET = "cmr-partner-api-key-for-tests"
# Event name -> its generated model class (importing them all: tests may).
EVENT_MODELS: dict[str, Any] = {name: ref.get() for name, ref in EVENTS.items()}


def event_names() -> list[str]:
    return sorted(SPEC.events)


def documented_examples() -> list[tuple[str, dict[str, Any]]]:
    return webhook_examples()
