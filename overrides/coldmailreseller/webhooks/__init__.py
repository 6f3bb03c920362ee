"""Receiving CMR webhooks: verify the signature, parse the body into a typed event, drop re-deliveries.

    handler = WebhookHandler(secret, deduplicator=SQLiteDeduplicator("webhooks.sqlite3"))
    delivery = handler.handle(raw_body, request_headers)  # WebhookVerificationError -> answer 400
    if not delivery.duplicate:
        queue_for_processing(delivery.event)
    # then answer 200 at once; CMR retries deliveries that take longer than 60 s
    # DeduplicationStoreError (the store is down) -> answer 503, and CMR delivers the event again

To finish the work before answering, with a claim that a redelivery can take over if this receiver dies:

    with handler.process(raw_body, request_headers) as delivery:
        if delivery.in_progress:
            return 409  # another receiver is on it; CMR will deliver it again
        if not delivery.duplicate:
            apply(delivery.event)  # completed when the block ends, released if it raises

To let callers wait for outcomes (`ActionResult.wait`), give the handler an event store it records every verified
event in, with its correlation keys (`events=EventStore("sqlite:///path")`, or its URL; see event_store.py).

Importing this package does not import the generated event models; the first `parse_event` does. Nor does it
import redis or psycopg: `RedisDeduplicator` and `PostgresDeduplicator` are loaded when first named, and need
`pip install 'coldmailreseller[redis]'` (or `[postgres]`) only when one is created.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._signature import SIGNATURE_HEADER, TIMESTAMP_HEADER
from .dedup import (
    DEFAULT_LEASE_SECONDS,
    DEFAULT_TTL_SECONDS,
    AsyncClaimingDeduplicator,
    AsyncDeduplicator,
    Claim,
    ClaimingDeduplicator,
    Deduplicator,
    InMemoryDeduplicator,
    SQLiteDeduplicator,
)
from .errors import (
    DeduplicationStoreError,
    EventStoreError,
    VerificationFailure,
    WebhookPayloadError,
    WebhookVerificationError,
)
from .event_store import DEFAULT_RETENTION_SECONDS, EventStore, RecordedEvent
from .events import Event, UnknownEvent, event_id, event_name, parse_event
from .handler import Delivery, WebhookHandler, construct_event
from .verification import DEFAULT_TOLERANCE, sign, verify

if TYPE_CHECKING:
    from .dedup_postgres import PostgresDeduplicator
    from .dedup_redis import RedisDeduplicator

__all__ = [
    "DEFAULT_LEASE_SECONDS",
    "DEFAULT_RETENTION_SECONDS",
    "DEFAULT_TOLERANCE",
    "DEFAULT_TTL_SECONDS",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "AsyncClaimingDeduplicator",
    "AsyncDeduplicator",
    "Claim",
    "ClaimingDeduplicator",
    "DeduplicationStoreError",
    "Deduplicator",
    "Delivery",
    "Event",
    "EventStore",
    "EventStoreError",
    "InMemoryDeduplicator",
    "PostgresDeduplicator",
    "RecordedEvent",
    "RedisDeduplicator",
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

# The stores whose client library is an optional dependency, imported when first named.
_LAZY = {"PostgresDeduplicator": ".dedup_postgres", "RedisDeduplicator": ".dedup_redis"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
