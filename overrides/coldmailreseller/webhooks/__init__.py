"""Receiving CMR webhooks: verify the signature, parse the body into a typed event, drop re-deliveries.

    handler = WebhookHandler(secret, deduplicator=SQLiteDeduplicator("webhooks.sqlite3"))
    delivery = handler.handle(raw_body, request_headers)  # WebhookVerificationError -> answer 400
    if not delivery.duplicate:
        queue_for_processing(delivery.event)
    # then answer 200 at once; CMR retries deliveries that take longer than 60 s

Importing this package does not import the generated event models; the first `parse_event` does.
"""

from __future__ import annotations

from ._signature import SIGNATURE_HEADER, TIMESTAMP_HEADER
from .dedup import AsyncDeduplicator, Deduplicator, InMemoryDeduplicator, SQLiteDeduplicator
from .errors import VerificationFailure, WebhookPayloadError, WebhookVerificationError
from .events import Event, UnknownEvent, event_id, event_name, parse_event
from .handler import Delivery, WebhookHandler, construct_event
from .verification import DEFAULT_TOLERANCE, sign, verify

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "AsyncDeduplicator",
    "Deduplicator",
    "Delivery",
    "Event",
    "InMemoryDeduplicator",
    "SQLiteDeduplicator",
    "UnknownEvent",
    "VerificationFailure",
    "WebhookHandler",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "construct_event",
    "event_id",
    "event_name",
    "parse_event",
    "sign",
    "verify",
]
