# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Webhook events of the spec: the payload model of each event name, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from coldmailreseller._runtime import Ref

if TYPE_CHECKING:
    from .models.dns_record_updated_event import DnsRecordUpdatedEvent
    from .models.domain_expired_event import DomainExpiredEvent
    from .models.domain_grace_period_event import DomainGracePeriodEvent
    from .models.domain_order_failed_event import DomainOrderFailedEvent
    from .models.domain_order_success_event import DomainOrderSuccessEvent
    from .models.domain_renewal_failed_event import DomainRenewalFailedEvent
    from .models.domain_renewal_success_event import DomainRenewalSuccessEvent
    from .models.mailbox_created_event import MailboxCreatedEvent
    from .models.mailbox_exported_event import MailboxExportedEvent
    from .models.mailbox_order_failed_event import MailboxOrderFailedEvent
    from .models.mailbox_order_success_event import MailboxOrderSuccessEvent
    from .models.mailbox_updated_event import MailboxUpdatedEvent
    from .models.mailbox_warmup_removed_event import MailboxWarmupRemovedEvent
    from .models.mailbox_warmup_started_event import MailboxWarmupStartedEvent
    from .models.prewarmup_order_failed_event import PrewarmupOrderFailedEvent
    from .models.prewarmup_order_success_event import PrewarmupOrderSuccessEvent
    from .models.subscription_cancelled_event import SubscriptionCancelledEvent
    from .models.subscription_expired_event import SubscriptionExpiredEvent
    from .models.subscription_past_due_event import SubscriptionPastDueEvent
    from .models.subscription_renewal_failed_event import SubscriptionRenewalFailedEvent
    from .models.subscription_renewal_success_event import SubscriptionRenewalSuccessEvent
    from .models.subscription_renewing_event import SubscriptionRenewingEvent
    from .models.subscription_updated_event import SubscriptionUpdatedEvent

EVENTS: dict[str, Ref] = {
    "domain.order.success": Ref(
        "coldmailreseller_generated.models.domain_order_success_event", "DomainOrderSuccessEvent"
    ),
    "domain.order.failed": Ref("coldmailreseller_generated.models.domain_order_failed_event", "DomainOrderFailedEvent"),
    "domain.renewal.success": Ref(
        "coldmailreseller_generated.models.domain_renewal_success_event", "DomainRenewalSuccessEvent"
    ),
    "domain.renewal.failed": Ref(
        "coldmailreseller_generated.models.domain_renewal_failed_event", "DomainRenewalFailedEvent"
    ),
    "domain.grace_period": Ref("coldmailreseller_generated.models.domain_grace_period_event", "DomainGracePeriodEvent"),
    "domain.expired": Ref("coldmailreseller_generated.models.domain_expired_event", "DomainExpiredEvent"),
    "mailbox.order.success": Ref(
        "coldmailreseller_generated.models.mailbox_order_success_event", "MailboxOrderSuccessEvent"
    ),
    "mailbox.order.failed": Ref(
        "coldmailreseller_generated.models.mailbox_order_failed_event", "MailboxOrderFailedEvent"
    ),
    "mailbox.created": Ref("coldmailreseller_generated.models.mailbox_created_event", "MailboxCreatedEvent"),
    "mailbox.updated": Ref("coldmailreseller_generated.models.mailbox_updated_event", "MailboxUpdatedEvent"),
    "mailbox.exported": Ref("coldmailreseller_generated.models.mailbox_exported_event", "MailboxExportedEvent"),
    "subscription.renewing": Ref(
        "coldmailreseller_generated.models.subscription_renewing_event", "SubscriptionRenewingEvent"
    ),
    "subscription.renewal.success": Ref(
        "coldmailreseller_generated.models.subscription_renewal_success_event", "SubscriptionRenewalSuccessEvent"
    ),
    "subscription.renewal.failed": Ref(
        "coldmailreseller_generated.models.subscription_renewal_failed_event", "SubscriptionRenewalFailedEvent"
    ),
    "subscription.past_due": Ref(
        "coldmailreseller_generated.models.subscription_past_due_event", "SubscriptionPastDueEvent"
    ),
    "subscription.expired": Ref(
        "coldmailreseller_generated.models.subscription_expired_event", "SubscriptionExpiredEvent"
    ),
    "subscription.cancelled": Ref(
        "coldmailreseller_generated.models.subscription_cancelled_event", "SubscriptionCancelledEvent"
    ),
    "subscription.updated": Ref(
        "coldmailreseller_generated.models.subscription_updated_event", "SubscriptionUpdatedEvent"
    ),
    "prewarmup.order.success": Ref(
        "coldmailreseller_generated.models.prewarmup_order_success_event", "PrewarmupOrderSuccessEvent"
    ),
    "prewarmup.order.failed": Ref(
        "coldmailreseller_generated.models.prewarmup_order_failed_event", "PrewarmupOrderFailedEvent"
    ),
    "mailbox.warmup.started": Ref(
        "coldmailreseller_generated.models.mailbox_warmup_started_event", "MailboxWarmupStartedEvent"
    ),
    "mailbox.warmup.removed": Ref(
        "coldmailreseller_generated.models.mailbox_warmup_removed_event", "MailboxWarmupRemovedEvent"
    ),
    "dns-record.updated": Ref("coldmailreseller_generated.models.dns_record_updated_event", "DnsRecordUpdatedEvent"),
}

if TYPE_CHECKING:
    # Every event model of the spec.
    KnownEvent: TypeAlias = (
        DnsRecordUpdatedEvent
        | DomainExpiredEvent
        | DomainGracePeriodEvent
        | DomainOrderFailedEvent
        | DomainOrderSuccessEvent
        | DomainRenewalFailedEvent
        | DomainRenewalSuccessEvent
        | MailboxCreatedEvent
        | MailboxExportedEvent
        | MailboxOrderFailedEvent
        | MailboxOrderSuccessEvent
        | MailboxUpdatedEvent
        | MailboxWarmupRemovedEvent
        | MailboxWarmupStartedEvent
        | PrewarmupOrderFailedEvent
        | PrewarmupOrderSuccessEvent
        | SubscriptionCancelledEvent
        | SubscriptionExpiredEvent
        | SubscriptionPastDueEvent
        | SubscriptionRenewalFailedEvent
        | SubscriptionRenewalSuccessEvent
        | SubscriptionRenewingEvent
        | SubscriptionUpdatedEvent
    )
else:
    from typing import ForwardRef, Union

    from . import models as _models  # noqa: F401 (named by the references below; importing it imports no model)

    # The same union, of references that importing this module does not evaluate (so it imports no event model).
    # Each one is evaluated in this module, whoever asks (typing.get_type_hints on a function that names Event),
    # through the lazy models package: `_models.MailboxCreatedEvent` imports that model only.
    KnownEvent = Union[  # noqa: UP007 (`|` cannot join references at run time)
        ForwardRef("_models.DnsRecordUpdatedEvent", module=__name__),
        ForwardRef("_models.DomainExpiredEvent", module=__name__),
        ForwardRef("_models.DomainGracePeriodEvent", module=__name__),
        ForwardRef("_models.DomainOrderFailedEvent", module=__name__),
        ForwardRef("_models.DomainOrderSuccessEvent", module=__name__),
        ForwardRef("_models.DomainRenewalFailedEvent", module=__name__),
        ForwardRef("_models.DomainRenewalSuccessEvent", module=__name__),
        ForwardRef("_models.MailboxCreatedEvent", module=__name__),
        ForwardRef("_models.MailboxExportedEvent", module=__name__),
        ForwardRef("_models.MailboxOrderFailedEvent", module=__name__),
        ForwardRef("_models.MailboxOrderSuccessEvent", module=__name__),
        ForwardRef("_models.MailboxUpdatedEvent", module=__name__),
        ForwardRef("_models.MailboxWarmupRemovedEvent", module=__name__),
        ForwardRef("_models.MailboxWarmupStartedEvent", module=__name__),
        ForwardRef("_models.PrewarmupOrderFailedEvent", module=__name__),
        ForwardRef("_models.PrewarmupOrderSuccessEvent", module=__name__),
        ForwardRef("_models.SubscriptionCancelledEvent", module=__name__),
        ForwardRef("_models.SubscriptionExpiredEvent", module=__name__),
        ForwardRef("_models.SubscriptionPastDueEvent", module=__name__),
        ForwardRef("_models.SubscriptionRenewalFailedEvent", module=__name__),
        ForwardRef("_models.SubscriptionRenewalSuccessEvent", module=__name__),
        ForwardRef("_models.SubscriptionRenewingEvent", module=__name__),
        ForwardRef("_models.SubscriptionUpdatedEvent", module=__name__),
    ]
