# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Every model and enum of the spec, each imported on first use (`from coldmailreseller.models import User`
loads `user.py` and nothing else)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .billing_cycle import BillingCycle as BillingCycle
    from .connected_platform import ConnectedPlatform as ConnectedPlatform
    from .connected_platforms import ConnectedPlatforms as ConnectedPlatforms
    from .country_code_map import CountryCodeMap as CountryCodeMap
    from .dmarc_tag import DmarcTag as DmarcTag
    from .dns_record import DnsRecord as DnsRecord
    from .dns_record_input import DnsRecordInput as DnsRecordInput
    from .dns_record_set import DnsRecordSet as DnsRecordSet
    from .dns_record_updated_event import DnsRecordUpdatedEvent as DnsRecordUpdatedEvent
    from .dns_record_updated_event_data import DnsRecordUpdatedEventData as DnsRecordUpdatedEventData
    from .domain import Domain as Domain
    from .domain_auto_renew_state import DomainAutoRenewState as DomainAutoRenewState
    from .domain_expired_event import DomainExpiredEvent as DomainExpiredEvent
    from .domain_expired_event_data import DomainExpiredEventData as DomainExpiredEventData
    from .domain_grace_period_event import DomainGracePeriodEvent as DomainGracePeriodEvent
    from .domain_grace_period_event_data import DomainGracePeriodEventData as DomainGracePeriodEventData
    from .domain_order_failed_event import DomainOrderFailedEvent as DomainOrderFailedEvent
    from .domain_order_failed_event_data import DomainOrderFailedEventData as DomainOrderFailedEventData
    from .domain_order_success_event import DomainOrderSuccessEvent as DomainOrderSuccessEvent
    from .domain_order_success_event_data import DomainOrderSuccessEventData as DomainOrderSuccessEventData
    from .domain_renewal_failed_event import DomainRenewalFailedEvent as DomainRenewalFailedEvent
    from .domain_renewal_failed_event_data import DomainRenewalFailedEventData as DomainRenewalFailedEventData
    from .domain_renewal_price import DomainRenewalPrice as DomainRenewalPrice
    from .domain_renewal_success_event import DomainRenewalSuccessEvent as DomainRenewalSuccessEvent
    from .domain_renewal_success_event_data import DomainRenewalSuccessEventData as DomainRenewalSuccessEventData
    from .google_oauth_config import GoogleOauthConfig as GoogleOauthConfig
    from .mailbox import Mailbox as Mailbox
    from .mailbox_admin_details import MailboxAdminDetails as MailboxAdminDetails
    from .mailbox_created_event import MailboxCreatedEvent as MailboxCreatedEvent
    from .mailbox_created_event_data import MailboxCreatedEventData as MailboxCreatedEventData
    from .mailbox_exported_event import MailboxExportedEvent as MailboxExportedEvent
    from .mailbox_exported_event_data import MailboxExportedEventData as MailboxExportedEventData
    from .mailbox_order_failed_event import MailboxOrderFailedEvent as MailboxOrderFailedEvent
    from .mailbox_order_failed_event_data import MailboxOrderFailedEventData as MailboxOrderFailedEventData
    from .mailbox_order_success_event import MailboxOrderSuccessEvent as MailboxOrderSuccessEvent
    from .mailbox_order_success_event_data import MailboxOrderSuccessEventData as MailboxOrderSuccessEventData
    from .mailbox_update import MailboxUpdate as MailboxUpdate
    from .mailbox_update_result import MailboxUpdateResult as MailboxUpdateResult
    from .mailbox_updated_event import MailboxUpdatedEvent as MailboxUpdatedEvent
    from .mailbox_updated_event_data import MailboxUpdatedEventData as MailboxUpdatedEventData
    from .mailbox_updated_event_data_updated_fields import (
        MailboxUpdatedEventDataUpdatedFields as MailboxUpdatedEventDataUpdatedFields,
    )
    from .mailbox_warmup_removed_event import MailboxWarmupRemovedEvent as MailboxWarmupRemovedEvent
    from .mailbox_warmup_removed_event_data import MailboxWarmupRemovedEventData as MailboxWarmupRemovedEventData
    from .mailbox_warmup_started_event import MailboxWarmupStartedEvent as MailboxWarmupStartedEvent
    from .mailbox_warmup_started_event_data import MailboxWarmupStartedEventData as MailboxWarmupStartedEventData
    from .oauth_export_google_config import OauthExportGoogleConfig as OauthExportGoogleConfig
    from .oauth_export_microsoft_config import OauthExportMicrosoftConfig as OauthExportMicrosoftConfig
    from .order import Order as Order
    from .order_domain import OrderDomain as OrderDomain
    from .order_mailbox import OrderMailbox as OrderMailbox
    from .order_mailboxes_by_domain import OrderMailboxesByDomain as OrderMailboxesByDomain
    from .order_status import OrderStatus as OrderStatus
    from .pagination import Pagination as Pagination
    from .placement_inbox_test import PlacementInboxTest as PlacementInboxTest
    from .placement_mailbox_report import PlacementMailboxReport as PlacementMailboxReport
    from .placement_report import PlacementReport as PlacementReport
    from .placement_report_page import PlacementReportPage as PlacementReportPage
    from .placement_result import PlacementResult as PlacementResult
    from .placement_result_ai_insight import PlacementResultAiInsight as PlacementResultAiInsight
    from .placement_result_blacklist import PlacementResultBlacklist as PlacementResultBlacklist
    from .placement_result_spamassassin import PlacementResultSpamassassin as PlacementResultSpamassassin
    from .placement_test_order import PlacementTestOrder as PlacementTestOrder
    from .platform_app import PlatformApp as PlatformApp
    from .platform_credential import PlatformCredential as PlatformCredential
    from .platform_credential_id import PlatformCredentialId as PlatformCredentialId
    from .platform_credential_metadata import PlatformCredentialMetadata as PlatformCredentialMetadata
    from .platform_credential_secrets import PlatformCredentialSecrets as PlatformCredentialSecrets
    from .pre_warmed_up_mailbox import PreWarmedUpMailbox as PreWarmedUpMailbox
    from .pre_warmup_domain import PreWarmupDomain as PreWarmupDomain
    from .pre_warmup_domain_assignment import PreWarmupDomainAssignment as PreWarmupDomainAssignment
    from .pre_warmup_inventory_mailbox import PreWarmupInventoryMailbox as PreWarmupInventoryMailbox
    from .pre_warmup_inventory_page import PreWarmupInventoryPage as PreWarmupInventoryPage
    from .pre_warmup_order_item import PreWarmupOrderItem as PreWarmupOrderItem
    from .pre_warmup_scenario import PreWarmupScenario as PreWarmupScenario
    from .prewarmup_order_failed_event import PrewarmupOrderFailedEvent as PrewarmupOrderFailedEvent
    from .prewarmup_order_failed_event_data import PrewarmupOrderFailedEventData as PrewarmupOrderFailedEventData
    from .prewarmup_order_success_event import PrewarmupOrderSuccessEvent as PrewarmupOrderSuccessEvent
    from .prewarmup_order_success_event_data import PrewarmupOrderSuccessEventData as PrewarmupOrderSuccessEventData
    from .service_provider import ServiceProvider as ServiceProvider
    from .state_code_map import StateCodeMap as StateCodeMap
    from .subscription import Subscription as Subscription
    from .subscription_cancelled_event import SubscriptionCancelledEvent as SubscriptionCancelledEvent
    from .subscription_cancelled_event_data import SubscriptionCancelledEventData as SubscriptionCancelledEventData
    from .subscription_expired_event import SubscriptionExpiredEvent as SubscriptionExpiredEvent
    from .subscription_expired_event_data import SubscriptionExpiredEventData as SubscriptionExpiredEventData
    from .subscription_page import SubscriptionPage as SubscriptionPage
    from .subscription_past_due_event import SubscriptionPastDueEvent as SubscriptionPastDueEvent
    from .subscription_past_due_event_data import SubscriptionPastDueEventData as SubscriptionPastDueEventData
    from .subscription_renewal_failed_event import SubscriptionRenewalFailedEvent as SubscriptionRenewalFailedEvent
    from .subscription_renewal_failed_event_data import (
        SubscriptionRenewalFailedEventData as SubscriptionRenewalFailedEventData,
    )
    from .subscription_renewal_success_event import SubscriptionRenewalSuccessEvent as SubscriptionRenewalSuccessEvent
    from .subscription_renewal_success_event_data import (
        SubscriptionRenewalSuccessEventData as SubscriptionRenewalSuccessEventData,
    )
    from .subscription_renewing_event import SubscriptionRenewingEvent as SubscriptionRenewingEvent
    from .subscription_renewing_event_data import SubscriptionRenewingEventData as SubscriptionRenewingEventData
    from .subscription_status import SubscriptionStatus as SubscriptionStatus
    from .subscription_updated_event import SubscriptionUpdatedEvent as SubscriptionUpdatedEvent
    from .subscription_updated_event_data import SubscriptionUpdatedEventData as SubscriptionUpdatedEventData
    from .user import User as User
    from .user_list import UserList as UserList
    from .warmup_state import WarmupState as WarmupState
    from .warmup_status import WarmupStatus as WarmupStatus
    from .workspace_check_domain import WorkspaceCheckDomain as WorkspaceCheckDomain

__all__ = (
    "BillingCycle",
    "ConnectedPlatform",
    "ConnectedPlatforms",
    "CountryCodeMap",
    "DmarcTag",
    "DnsRecord",
    "DnsRecordInput",
    "DnsRecordSet",
    "DnsRecordUpdatedEvent",
    "DnsRecordUpdatedEventData",
    "Domain",
    "DomainAutoRenewState",
    "DomainExpiredEvent",
    "DomainExpiredEventData",
    "DomainGracePeriodEvent",
    "DomainGracePeriodEventData",
    "DomainOrderFailedEvent",
    "DomainOrderFailedEventData",
    "DomainOrderSuccessEvent",
    "DomainOrderSuccessEventData",
    "DomainRenewalFailedEvent",
    "DomainRenewalFailedEventData",
    "DomainRenewalPrice",
    "DomainRenewalSuccessEvent",
    "DomainRenewalSuccessEventData",
    "GoogleOauthConfig",
    "Mailbox",
    "MailboxAdminDetails",
    "MailboxCreatedEvent",
    "MailboxCreatedEventData",
    "MailboxExportedEvent",
    "MailboxExportedEventData",
    "MailboxOrderFailedEvent",
    "MailboxOrderFailedEventData",
    "MailboxOrderSuccessEvent",
    "MailboxOrderSuccessEventData",
    "MailboxUpdate",
    "MailboxUpdateResult",
    "MailboxUpdatedEvent",
    "MailboxUpdatedEventData",
    "MailboxUpdatedEventDataUpdatedFields",
    "MailboxWarmupRemovedEvent",
    "MailboxWarmupRemovedEventData",
    "MailboxWarmupStartedEvent",
    "MailboxWarmupStartedEventData",
    "OauthExportGoogleConfig",
    "OauthExportMicrosoftConfig",
    "Order",
    "OrderDomain",
    "OrderMailbox",
    "OrderMailboxesByDomain",
    "OrderStatus",
    "Pagination",
    "PlacementInboxTest",
    "PlacementMailboxReport",
    "PlacementReport",
    "PlacementReportPage",
    "PlacementResult",
    "PlacementResultAiInsight",
    "PlacementResultBlacklist",
    "PlacementResultSpamassassin",
    "PlacementTestOrder",
    "PlatformApp",
    "PlatformCredential",
    "PlatformCredentialId",
    "PlatformCredentialMetadata",
    "PlatformCredentialSecrets",
    "PreWarmedUpMailbox",
    "PreWarmupDomain",
    "PreWarmupDomainAssignment",
    "PreWarmupInventoryMailbox",
    "PreWarmupInventoryPage",
    "PreWarmupOrderItem",
    "PreWarmupScenario",
    "PrewarmupOrderFailedEvent",
    "PrewarmupOrderFailedEventData",
    "PrewarmupOrderSuccessEvent",
    "PrewarmupOrderSuccessEventData",
    "ServiceProvider",
    "StateCodeMap",
    "Subscription",
    "SubscriptionCancelledEvent",
    "SubscriptionCancelledEventData",
    "SubscriptionExpiredEvent",
    "SubscriptionExpiredEventData",
    "SubscriptionPage",
    "SubscriptionPastDueEvent",
    "SubscriptionPastDueEventData",
    "SubscriptionRenewalFailedEvent",
    "SubscriptionRenewalFailedEventData",
    "SubscriptionRenewalSuccessEvent",
    "SubscriptionRenewalSuccessEventData",
    "SubscriptionRenewingEvent",
    "SubscriptionRenewingEventData",
    "SubscriptionStatus",
    "SubscriptionUpdatedEvent",
    "SubscriptionUpdatedEventData",
    "User",
    "UserList",
    "WarmupState",
    "WarmupStatus",
    "WorkspaceCheckDomain",
)

_MODULES: dict[str, str] = {
    "BillingCycle": "billing_cycle",
    "ConnectedPlatform": "connected_platform",
    "ConnectedPlatforms": "connected_platforms",
    "CountryCodeMap": "country_code_map",
    "DmarcTag": "dmarc_tag",
    "DnsRecord": "dns_record",
    "DnsRecordInput": "dns_record_input",
    "DnsRecordSet": "dns_record_set",
    "DnsRecordUpdatedEvent": "dns_record_updated_event",
    "DnsRecordUpdatedEventData": "dns_record_updated_event_data",
    "Domain": "domain",
    "DomainAutoRenewState": "domain_auto_renew_state",
    "DomainExpiredEvent": "domain_expired_event",
    "DomainExpiredEventData": "domain_expired_event_data",
    "DomainGracePeriodEvent": "domain_grace_period_event",
    "DomainGracePeriodEventData": "domain_grace_period_event_data",
    "DomainOrderFailedEvent": "domain_order_failed_event",
    "DomainOrderFailedEventData": "domain_order_failed_event_data",
    "DomainOrderSuccessEvent": "domain_order_success_event",
    "DomainOrderSuccessEventData": "domain_order_success_event_data",
    "DomainRenewalFailedEvent": "domain_renewal_failed_event",
    "DomainRenewalFailedEventData": "domain_renewal_failed_event_data",
    "DomainRenewalPrice": "domain_renewal_price",
    "DomainRenewalSuccessEvent": "domain_renewal_success_event",
    "DomainRenewalSuccessEventData": "domain_renewal_success_event_data",
    "GoogleOauthConfig": "google_oauth_config",
    "Mailbox": "mailbox",
    "MailboxAdminDetails": "mailbox_admin_details",
    "MailboxCreatedEvent": "mailbox_created_event",
    "MailboxCreatedEventData": "mailbox_created_event_data",
    "MailboxExportedEvent": "mailbox_exported_event",
    "MailboxExportedEventData": "mailbox_exported_event_data",
    "MailboxOrderFailedEvent": "mailbox_order_failed_event",
    "MailboxOrderFailedEventData": "mailbox_order_failed_event_data",
    "MailboxOrderSuccessEvent": "mailbox_order_success_event",
    "MailboxOrderSuccessEventData": "mailbox_order_success_event_data",
    "MailboxUpdate": "mailbox_update",
    "MailboxUpdateResult": "mailbox_update_result",
    "MailboxUpdatedEvent": "mailbox_updated_event",
    "MailboxUpdatedEventData": "mailbox_updated_event_data",
    "MailboxUpdatedEventDataUpdatedFields": "mailbox_updated_event_data_updated_fields",
    "MailboxWarmupRemovedEvent": "mailbox_warmup_removed_event",
    "MailboxWarmupRemovedEventData": "mailbox_warmup_removed_event_data",
    "MailboxWarmupStartedEvent": "mailbox_warmup_started_event",
    "MailboxWarmupStartedEventData": "mailbox_warmup_started_event_data",
    "OauthExportGoogleConfig": "oauth_export_google_config",
    "OauthExportMicrosoftConfig": "oauth_export_microsoft_config",
    "Order": "order",
    "OrderDomain": "order_domain",
    "OrderMailbox": "order_mailbox",
    "OrderMailboxesByDomain": "order_mailboxes_by_domain",
    "OrderStatus": "order_status",
    "Pagination": "pagination",
    "PlacementInboxTest": "placement_inbox_test",
    "PlacementMailboxReport": "placement_mailbox_report",
    "PlacementReport": "placement_report",
    "PlacementReportPage": "placement_report_page",
    "PlacementResult": "placement_result",
    "PlacementResultAiInsight": "placement_result_ai_insight",
    "PlacementResultBlacklist": "placement_result_blacklist",
    "PlacementResultSpamassassin": "placement_result_spamassassin",
    "PlacementTestOrder": "placement_test_order",
    "PlatformApp": "platform_app",
    "PlatformCredential": "platform_credential",
    "PlatformCredentialId": "platform_credential_id",
    "PlatformCredentialMetadata": "platform_credential_metadata",
    "PlatformCredentialSecrets": "platform_credential_secrets",
    "PreWarmedUpMailbox": "pre_warmed_up_mailbox",
    "PreWarmupDomain": "pre_warmup_domain",
    "PreWarmupDomainAssignment": "pre_warmup_domain_assignment",
    "PreWarmupInventoryMailbox": "pre_warmup_inventory_mailbox",
    "PreWarmupInventoryPage": "pre_warmup_inventory_page",
    "PreWarmupOrderItem": "pre_warmup_order_item",
    "PreWarmupScenario": "pre_warmup_scenario",
    "PrewarmupOrderFailedEvent": "prewarmup_order_failed_event",
    "PrewarmupOrderFailedEventData": "prewarmup_order_failed_event_data",
    "PrewarmupOrderSuccessEvent": "prewarmup_order_success_event",
    "PrewarmupOrderSuccessEventData": "prewarmup_order_success_event_data",
    "ServiceProvider": "service_provider",
    "StateCodeMap": "state_code_map",
    "Subscription": "subscription",
    "SubscriptionCancelledEvent": "subscription_cancelled_event",
    "SubscriptionCancelledEventData": "subscription_cancelled_event_data",
    "SubscriptionExpiredEvent": "subscription_expired_event",
    "SubscriptionExpiredEventData": "subscription_expired_event_data",
    "SubscriptionPage": "subscription_page",
    "SubscriptionPastDueEvent": "subscription_past_due_event",
    "SubscriptionPastDueEventData": "subscription_past_due_event_data",
    "SubscriptionRenewalFailedEvent": "subscription_renewal_failed_event",
    "SubscriptionRenewalFailedEventData": "subscription_renewal_failed_event_data",
    "SubscriptionRenewalSuccessEvent": "subscription_renewal_success_event",
    "SubscriptionRenewalSuccessEventData": "subscription_renewal_success_event_data",
    "SubscriptionRenewingEvent": "subscription_renewing_event",
    "SubscriptionRenewingEventData": "subscription_renewing_event_data",
    "SubscriptionStatus": "subscription_status",
    "SubscriptionUpdatedEvent": "subscription_updated_event",
    "SubscriptionUpdatedEventData": "subscription_updated_event_data",
    "User": "user",
    "UserList": "user_list",
    "WarmupState": "warmup_state",
    "WarmupStatus": "warmup_status",
    "WorkspaceCheckDomain": "workspace_check_domain",
}

if not TYPE_CHECKING:  # type checkers see the imports above; at run time each name loads on first use

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(__import__(f"{__name__}.{module}", fromlist=[name]), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)
