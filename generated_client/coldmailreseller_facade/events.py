# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Webhook event name -> payload model, from the spec's `webhooks:` section."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coldmailreseller_generated.models.dns_record_updated_event import (
    DnsRecordUpdatedEvent,
)
from coldmailreseller_generated.models.domain_expired_event import DomainExpiredEvent
from coldmailreseller_generated.models.domain_grace_period_event import (
    DomainGracePeriodEvent,
)
from coldmailreseller_generated.models.domain_order_failed_event import (
    DomainOrderFailedEvent,
)
from coldmailreseller_generated.models.domain_order_success_event import (
    DomainOrderSuccessEvent,
)
from coldmailreseller_generated.models.domain_renewal_failed_event import (
    DomainRenewalFailedEvent,
)
from coldmailreseller_generated.models.domain_renewal_success_event import (
    DomainRenewalSuccessEvent,
)
from coldmailreseller_generated.models.mailbox_created_event import MailboxCreatedEvent
from coldmailreseller_generated.models.mailbox_exported_event import (
    MailboxExportedEvent,
)
from coldmailreseller_generated.models.mailbox_order_failed_event import (
    MailboxOrderFailedEvent,
)
from coldmailreseller_generated.models.mailbox_order_success_event import (
    MailboxOrderSuccessEvent,
)
from coldmailreseller_generated.models.mailbox_updated_event import MailboxUpdatedEvent
from coldmailreseller_generated.models.mailbox_warmup_removed_event import (
    MailboxWarmupRemovedEvent,
)
from coldmailreseller_generated.models.mailbox_warmup_started_event import (
    MailboxWarmupStartedEvent,
)
from coldmailreseller_generated.models.prewarmup_order_failed_event import (
    PrewarmupOrderFailedEvent,
)
from coldmailreseller_generated.models.prewarmup_order_success_event import (
    PrewarmupOrderSuccessEvent,
)
from coldmailreseller_generated.models.subscription_cancelled_event import (
    SubscriptionCancelledEvent,
)
from coldmailreseller_generated.models.subscription_expired_event import (
    SubscriptionExpiredEvent,
)
from coldmailreseller_generated.models.subscription_past_due_event import (
    SubscriptionPastDueEvent,
)
from coldmailreseller_generated.models.subscription_renewal_failed_event import (
    SubscriptionRenewalFailedEvent,
)
from coldmailreseller_generated.models.subscription_renewal_success_event import (
    SubscriptionRenewalSuccessEvent,
)
from coldmailreseller_generated.models.subscription_renewing_event import (
    SubscriptionRenewingEvent,
)
from coldmailreseller_generated.models.subscription_updated_event import (
    SubscriptionUpdatedEvent,
)

from ._parsers import (
    parse_dns_record_updated_event,
    parse_domain_expired_event,
    parse_domain_grace_period_event,
    parse_domain_order_failed_event,
    parse_domain_order_success_event,
    parse_domain_renewal_failed_event,
    parse_domain_renewal_success_event,
    parse_mailbox_created_event,
    parse_mailbox_exported_event,
    parse_mailbox_order_failed_event,
    parse_mailbox_order_success_event,
    parse_mailbox_updated_event,
    parse_mailbox_warmup_removed_event,
    parse_mailbox_warmup_started_event,
    parse_prewarmup_order_failed_event,
    parse_prewarmup_order_success_event,
    parse_subscription_cancelled_event,
    parse_subscription_expired_event,
    parse_subscription_past_due_event,
    parse_subscription_renewal_failed_event,
    parse_subscription_renewal_success_event,
    parse_subscription_renewing_event,
    parse_subscription_updated_event,
)

EVENTS: dict[str, Any] = {
    "domain.order.success": DomainOrderSuccessEvent,
    "domain.order.failed": DomainOrderFailedEvent,
    "domain.renewal.success": DomainRenewalSuccessEvent,
    "domain.renewal.failed": DomainRenewalFailedEvent,
    "domain.grace_period": DomainGracePeriodEvent,
    "domain.expired": DomainExpiredEvent,
    "mailbox.order.success": MailboxOrderSuccessEvent,
    "mailbox.order.failed": MailboxOrderFailedEvent,
    "mailbox.created": MailboxCreatedEvent,
    "mailbox.updated": MailboxUpdatedEvent,
    "mailbox.exported": MailboxExportedEvent,
    "subscription.renewing": SubscriptionRenewingEvent,
    "subscription.renewal.success": SubscriptionRenewalSuccessEvent,
    "subscription.renewal.failed": SubscriptionRenewalFailedEvent,
    "subscription.past_due": SubscriptionPastDueEvent,
    "subscription.expired": SubscriptionExpiredEvent,
    "subscription.cancelled": SubscriptionCancelledEvent,
    "subscription.updated": SubscriptionUpdatedEvent,
    "prewarmup.order.success": PrewarmupOrderSuccessEvent,
    "prewarmup.order.failed": PrewarmupOrderFailedEvent,
    "mailbox.warmup.started": MailboxWarmupStartedEvent,
    "mailbox.warmup.removed": MailboxWarmupRemovedEvent,
    "dns-record.updated": DnsRecordUpdatedEvent,
}

# The checking parser of each event's payload (see _parsers.py).
EVENT_PARSERS: dict[str, Callable[[Any], Any]] = {
    "domain.order.success": parse_domain_order_success_event,
    "domain.order.failed": parse_domain_order_failed_event,
    "domain.renewal.success": parse_domain_renewal_success_event,
    "domain.renewal.failed": parse_domain_renewal_failed_event,
    "domain.grace_period": parse_domain_grace_period_event,
    "domain.expired": parse_domain_expired_event,
    "mailbox.order.success": parse_mailbox_order_success_event,
    "mailbox.order.failed": parse_mailbox_order_failed_event,
    "mailbox.created": parse_mailbox_created_event,
    "mailbox.updated": parse_mailbox_updated_event,
    "mailbox.exported": parse_mailbox_exported_event,
    "subscription.renewing": parse_subscription_renewing_event,
    "subscription.renewal.success": parse_subscription_renewal_success_event,
    "subscription.renewal.failed": parse_subscription_renewal_failed_event,
    "subscription.past_due": parse_subscription_past_due_event,
    "subscription.expired": parse_subscription_expired_event,
    "subscription.cancelled": parse_subscription_cancelled_event,
    "subscription.updated": parse_subscription_updated_event,
    "prewarmup.order.success": parse_prewarmup_order_success_event,
    "prewarmup.order.failed": parse_prewarmup_order_failed_event,
    "mailbox.warmup.started": parse_mailbox_warmup_started_event,
    "mailbox.warmup.removed": parse_mailbox_warmup_removed_event,
    "dns-record.updated": parse_dns_record_updated_event,
}
