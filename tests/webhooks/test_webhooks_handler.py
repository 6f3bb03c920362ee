from __future__ import annotations

import json

import pytest

from _webhook_spec import EVENT_MODELS, SECRET, documented_examples
from coldmailreseller.errors import ConfigurationError
from coldmailreseller.webhooks import (
    InMemoryDeduplicator,
    UnknownEvent,
    WebhookHandler,
    WebhookPayloadError,
    WebhookVerificationError,
    sign,
)

EXAMPLES = dict(documented_examples())


def deliver(payload: object, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    return body, sign(body, secret)


def test_redelivery_is_flagged_duplicate() -> None:
    handler = WebhookHandler(SECRET, deduplicator=InMemoryDeduplicator())
    body, headers = deliver(EXAMPLES["domain.order.success"])
    first, again = handler.handle(body, headers), handler.handle(body, sign(body, SECRET))
    assert type(first.event) is EVENT_MODELS["domain.order.success"]
    assert (first.duplicate, again.duplicate) == (False, True)


def test_same_event_id_under_another_event_name_is_not_a_duplicate() -> None:
    # The docs' examples share one eventId between domain.order.success and mailbox.order.success.
    handler = WebhookHandler(SECRET, deduplicator=InMemoryDeduplicator())
    for name in ("domain.order.success", "mailbox.order.success"):
        assert handler.handle(*deliver(EXAMPLES[name])).duplicate is False


def test_events_without_id_are_never_duplicates() -> None:
    store = InMemoryDeduplicator()
    handler = WebhookHandler(SECRET, deduplicator=store)
    body, headers = deliver(EXAMPLES["mailbox.warmup.started"])
    assert "eventId" not in EXAMPLES["mailbox.warmup.started"]
    assert [handler.handle(body, headers).duplicate for _ in range(3)] == [False] * 3
    assert len(store) == 0


def test_unknown_events_with_an_id_are_deduplicated() -> None:
    handler = WebhookHandler(SECRET, deduplicator=InMemoryDeduplicator())
    body, headers = deliver({"event": "future.thing", "eventId": "F1"})
    first, again = handler.handle(body, headers), handler.handle(body, headers)
    assert isinstance(first.event, UnknownEvent)
    assert (first.duplicate, again.duplicate) == (False, True)


def test_without_deduplicator_nothing_is_duplicate() -> None:
    handler = WebhookHandler(SECRET)
    body, headers = deliver(EXAMPLES["domain.order.success"])
    assert [handler.handle(body, headers).duplicate for _ in range(2)] == [False, False]


def test_forged_deliveries_do_not_reach_the_store() -> None:
    store = InMemoryDeduplicator()
    handler = WebhookHandler(SECRET, deduplicator=store)
    body, headers = deliver(EXAMPLES["domain.order.success"], secret="attacker")
    with pytest.raises(WebhookVerificationError):
        handler.handle(body, headers)
    assert len(store) == 0
    assert handler.handle(body, sign(body, SECRET)).duplicate is False


def test_bad_payloads_and_settings() -> None:
    handler = WebhookHandler(SECRET, tolerance=10)
    with pytest.raises(WebhookPayloadError):
        handler.handle(b"{}", sign(b"{}", SECRET))
    with pytest.raises(WebhookVerificationError, match="timestamp_too_old"):
        body, _ = deliver(EXAMPLES["domain.order.success"])
        handler.handle(body, sign(body, SECRET, timestamp=1_000))
    with pytest.raises(ConfigurationError):
        WebhookHandler("")
    assert SECRET not in repr(handler)
