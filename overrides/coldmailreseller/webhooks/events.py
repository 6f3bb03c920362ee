"""Turning a delivery body into a typed event: the generated model for every event in the spec, `UnknownEvent`
for names the spec does not know yet."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias, Union

from .errors import WebhookPayloadError

if TYPE_CHECKING:
    from coldmailreseller_generated.models.dns_record_updated_event import DnsRecordUpdatedEvent
    from coldmailreseller_generated.models.domain_expired_event import DomainExpiredEvent
    from coldmailreseller_generated.models.domain_grace_period_event import DomainGracePeriodEvent
    from coldmailreseller_generated.models.domain_order_failed_event import DomainOrderFailedEvent
    from coldmailreseller_generated.models.domain_order_success_event import DomainOrderSuccessEvent
    from coldmailreseller_generated.models.domain_renewal_failed_event import DomainRenewalFailedEvent
    from coldmailreseller_generated.models.domain_renewal_success_event import DomainRenewalSuccessEvent
    from coldmailreseller_generated.models.mailbox_created_event import MailboxCreatedEvent
    from coldmailreseller_generated.models.mailbox_exported_event import MailboxExportedEvent
    from coldmailreseller_generated.models.mailbox_order_failed_event import MailboxOrderFailedEvent
    from coldmailreseller_generated.models.mailbox_order_success_event import MailboxOrderSuccessEvent
    from coldmailreseller_generated.models.mailbox_updated_event import MailboxUpdatedEvent
    from coldmailreseller_generated.models.mailbox_warmup_removed_event import MailboxWarmupRemovedEvent
    from coldmailreseller_generated.models.mailbox_warmup_started_event import MailboxWarmupStartedEvent
    from coldmailreseller_generated.models.prewarmup_order_failed_event import PrewarmupOrderFailedEvent
    from coldmailreseller_generated.models.prewarmup_order_success_event import PrewarmupOrderSuccessEvent
    from coldmailreseller_generated.models.subscription_cancelled_event import SubscriptionCancelledEvent
    from coldmailreseller_generated.models.subscription_expired_event import SubscriptionExpiredEvent
    from coldmailreseller_generated.models.subscription_past_due_event import SubscriptionPastDueEvent
    from coldmailreseller_generated.models.subscription_renewal_failed_event import SubscriptionRenewalFailedEvent
    from coldmailreseller_generated.models.subscription_renewal_success_event import SubscriptionRenewalSuccessEvent
    from coldmailreseller_generated.models.subscription_renewing_event import SubscriptionRenewingEvent
    from coldmailreseller_generated.models.subscription_updated_event import SubscriptionUpdatedEvent

__all__ = ["Event", "UnknownEvent", "event_id", "event_name", "parse_event"]


@dataclass(frozen=True, slots=True)
class UnknownEvent:
    """An event name the spec does not list (CMR added one). `raw` is the whole decoded body."""

    event: str
    event_id: str | None
    data: Any
    raw: dict[str, Any]


# Names are quoted so that importing this module does not import the generated models (and `|` does not work
# on strings at runtime, hence Union). A test keeps the list equal to the generated EVENTS table.
Event: TypeAlias = Union[
    "DnsRecordUpdatedEvent",
    "DomainExpiredEvent",
    "DomainGracePeriodEvent",
    "DomainOrderFailedEvent",
    "DomainOrderSuccessEvent",
    "DomainRenewalFailedEvent",
    "DomainRenewalSuccessEvent",
    "MailboxCreatedEvent",
    "MailboxExportedEvent",
    "MailboxOrderFailedEvent",
    "MailboxOrderSuccessEvent",
    "MailboxUpdatedEvent",
    "MailboxWarmupRemovedEvent",
    "MailboxWarmupStartedEvent",
    "PrewarmupOrderFailedEvent",
    "PrewarmupOrderSuccessEvent",
    "SubscriptionCancelledEvent",
    "SubscriptionExpiredEvent",
    "SubscriptionPastDueEvent",
    "SubscriptionRenewalFailedEvent",
    "SubscriptionRenewalSuccessEvent",
    "SubscriptionRenewingEvent",
    "SubscriptionUpdatedEvent",
    UnknownEvent,
]

# The generated parsers report every mismatch with the spec as TypeError.
_MODEL_ERRORS = TypeError


def parse_event(body: bytes | str) -> Event:
    """Decode a delivery body. Does not verify it: call `verify` (or use `construct_event`) first."""
    # Imported here: it pulls in every event model, which `import coldmailreseller.webhooks` should not pay for.
    from coldmailreseller_facade.events import EVENT_PARSERS

    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:  # ValueError covers bad JSON and bytes that are not UTF-8
        raise WebhookPayloadError(f"not JSON ({type(exc).__name__})", body=body) from exc
    if not isinstance(payload, dict):
        raise WebhookPayloadError(f"expected a JSON object, got {_json_type(payload)}", body=body)

    # The docs name the event in `event`; the guide's warmup examples use `eventType` and carry no `eventId`.
    name = payload["event"] if "event" in payload else payload.get("eventType")
    if name is None:
        raise WebhookPayloadError("no event name (`event` or `eventType`)", body=body)
    if not isinstance(name, str) or not name:
        raise WebhookPayloadError("the event name is not a non-empty string", body=body)
    id_ = payload.get("eventId")
    # Deduplication keys on it, so it must be what the spec says even for events we do not model.
    if "eventId" in payload and (not isinstance(id_, str) or not id_):
        raise WebhookPayloadError("`eventId` is not a non-empty string", body=body)

    parse = EVENT_PARSERS.get(name)
    if parse is None:
        return UnknownEvent(event=name, event_id=id_, data=payload.get("data"), raw=payload)
    if not isinstance(payload.get("data", {}), dict):
        raise WebhookPayloadError(f"{name}: `data` is {_json_type(payload['data'])}, not an object", body=body)
    try:
        event: Event = parse(payload)
    except _MODEL_ERRORS as exc:
        raise WebhookPayloadError(f"{name}: does not match the spec ({type(exc).__name__}: {exc})", body=body) from exc
    return event


def event_name(event: Event) -> str:
    """The event name, whichever key (`event` or `eventType`) carried it."""
    for value in (event.event, getattr(event, "event_type", None)):
        if isinstance(value, str):
            return value
    raise ValueError(f"{type(event).__name__} carries no event name")


def event_id(event: Event) -> str | None:
    """The delivery's `eventId`, or None for events sent without one (the guide's warmup examples)."""
    value = event.event_id
    return value if isinstance(value, str) else None


def _json_type(value: object) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(type(value), "a number")
