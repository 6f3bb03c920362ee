# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Contains all the data models used in inputs/outputs"""

from .add_dns_record_request import AddDnsRecordRequest
from .add_dns_record_response import AddDnsRecordResponse
from .add_google_client_id_request import AddGoogleClientIdRequest
from .add_google_client_id_response import AddGoogleClientIdResponse
from .add_mailbox_warmup_response import AddMailboxWarmupResponse
from .add_platform_credential_request import AddPlatformCredentialRequest
from .add_platform_credential_response import AddPlatformCredentialResponse
from .billing_cycle import BillingCycle
from .cancel_subscription_request import CancelSubscriptionRequest
from .cancel_subscription_response import CancelSubscriptionResponse
from .check_workspace_exists_request import CheckWorkspaceExistsRequest
from .check_workspace_exists_response import CheckWorkspaceExistsResponse
from .connected_platform import ConnectedPlatform
from .connected_platforms import ConnectedPlatforms
from .country_code_map import CountryCodeMap
from .create_mailbox_order_request import CreateMailboxOrderRequest
from .create_mailbox_order_response import CreateMailboxOrderResponse
from .create_order_json_request import CreateOrderJsonRequest
from .create_order_json_response import CreateOrderJsonResponse
from .create_placement_test_request import CreatePlacementTestRequest
from .create_placement_test_response import CreatePlacementTestResponse
from .create_user_request import CreateUserRequest
from .create_user_response import CreateUserResponse
from .delete_dns_record_response import DeleteDnsRecordResponse
from .delete_mailbox_warmup_response import DeleteMailboxWarmupResponse
from .delete_platform_credential_response import DeletePlatformCredentialResponse
from .delete_user_response import DeleteUserResponse
from .dmarc_tag import DmarcTag
from .dns_record import DnsRecord
from .dns_record_input import DnsRecordInput
from .dns_record_set import DnsRecordSet
from .dns_record_updated_event import DnsRecordUpdatedEvent
from .dns_record_updated_event_data import DnsRecordUpdatedEventData
from .domain import Domain
from .domain_auto_renew_state import DomainAutoRenewState
from .domain_expired_event import DomainExpiredEvent
from .domain_expired_event_data import DomainExpiredEventData
from .domain_grace_period_event import DomainGracePeriodEvent
from .domain_grace_period_event_data import DomainGracePeriodEventData
from .domain_order_failed_event import DomainOrderFailedEvent
from .domain_order_failed_event_data import DomainOrderFailedEventData
from .domain_order_success_event import DomainOrderSuccessEvent
from .domain_order_success_event_data import DomainOrderSuccessEventData
from .domain_renewal_failed_event import DomainRenewalFailedEvent
from .domain_renewal_failed_event_data import DomainRenewalFailedEventData
from .domain_renewal_price import DomainRenewalPrice
from .domain_renewal_success_event import DomainRenewalSuccessEvent
from .domain_renewal_success_event_data import DomainRenewalSuccessEventData
from .domain_status import DomainStatus
from .error_envelope import ErrorEnvelope
from .export_mailboxes_request import ExportMailboxesRequest
from .export_mailboxes_response import ExportMailboxesResponse
from .get_dns_records_response import GetDnsRecordsResponse
from .get_domain_renewal_price_request import GetDomainRenewalPriceRequest
from .get_domain_renewal_price_response import GetDomainRenewalPriceResponse
from .get_mailbox_admin_details_response import GetMailboxAdminDetailsResponse
from .get_mailbox_response import GetMailboxResponse
from .get_order_status_response import GetOrderStatusResponse
from .get_user_response import GetUserResponse
from .google_oauth_config import GoogleOauthConfig
from .list_countries_response import ListCountriesResponse
from .list_mailboxes_response import ListMailboxesResponse
from .list_placement_reports_response import ListPlacementReportsResponse
from .list_platform_credentials_response import ListPlatformCredentialsResponse
from .list_platform_workspaces_response import ListPlatformWorkspacesResponse
from .list_pre_warmup_mailboxes_response import ListPreWarmupMailboxesResponse
from .list_states_response import ListStatesResponse
from .list_subscriptions_response import ListSubscriptionsResponse
from .list_user_domains_response import ListUserDomainsResponse
from .list_user_mailboxes_response import ListUserMailboxesResponse
from .list_users_response import ListUsersResponse
from .mailbox import Mailbox
from .mailbox_admin_details import MailboxAdminDetails
from .mailbox_created_event import MailboxCreatedEvent
from .mailbox_created_event_data import MailboxCreatedEventData
from .mailbox_exported_event import MailboxExportedEvent
from .mailbox_exported_event_data import MailboxExportedEventData
from .mailbox_order_failed_event import MailboxOrderFailedEvent
from .mailbox_order_failed_event_data import MailboxOrderFailedEventData
from .mailbox_order_success_event import MailboxOrderSuccessEvent
from .mailbox_order_success_event_data import MailboxOrderSuccessEventData
from .mailbox_status import MailboxStatus
from .mailbox_update import MailboxUpdate
from .mailbox_update_result import MailboxUpdateResult
from .mailbox_updated_event import MailboxUpdatedEvent
from .mailbox_updated_event_data import MailboxUpdatedEventData
from .mailbox_updated_event_data_updated_fields import (
    MailboxUpdatedEventDataUpdatedFields,
)
from .mailbox_warmup_removed_event import MailboxWarmupRemovedEvent
from .mailbox_warmup_removed_event_data import MailboxWarmupRemovedEventData
from .mailbox_warmup_started_event import MailboxWarmupStartedEvent
from .mailbox_warmup_started_event_data import MailboxWarmupStartedEventData
from .oauth_export_google_config import OauthExportGoogleConfig
from .oauth_export_microsoft_config import OauthExportMicrosoftConfig
from .order import Order
from .order_domain import OrderDomain
from .order_mailbox import OrderMailbox
from .order_mailboxes_by_domain import OrderMailboxesByDomain
from .order_pre_warmup_mailboxes_request import OrderPreWarmupMailboxesRequest
from .order_pre_warmup_mailboxes_response import OrderPreWarmupMailboxesResponse
from .order_status import OrderStatus
from .pagination import Pagination
from .placement_inbox_test import PlacementInboxTest
from .placement_mailbox_report import PlacementMailboxReport
from .placement_report import PlacementReport
from .placement_report_page import PlacementReportPage
from .placement_result import PlacementResult
from .placement_result_ai_insight import PlacementResultAiInsight
from .placement_result_blacklist import PlacementResultBlacklist
from .placement_result_spamassassin import PlacementResultSpamassassin
from .placement_test_order import PlacementTestOrder
from .platform_credential import PlatformCredential
from .platform_credential_id import PlatformCredentialId
from .platform_credential_metadata import PlatformCredentialMetadata
from .platform_credential_secrets import PlatformCredentialSecrets
from .pre_warmed_up_mailbox import PreWarmedUpMailbox
from .pre_warmup_domain import PreWarmupDomain
from .pre_warmup_domain_assignment import PreWarmupDomainAssignment
from .pre_warmup_inventory_mailbox import PreWarmupInventoryMailbox
from .pre_warmup_inventory_page import PreWarmupInventoryPage
from .pre_warmup_order_item import PreWarmupOrderItem
from .pre_warmup_scenario import PreWarmupScenario
from .prewarmup_order_failed_event import PrewarmupOrderFailedEvent
from .prewarmup_order_failed_event_data import PrewarmupOrderFailedEventData
from .prewarmup_order_success_event import PrewarmupOrderSuccessEvent
from .prewarmup_order_success_event_data import PrewarmupOrderSuccessEventData
from .recreate_subscriptions_request import RecreateSubscriptionsRequest
from .recreate_subscriptions_response import RecreateSubscriptionsResponse
from .reexport_mailbox_oauth_request import ReexportMailboxOauthRequest
from .reexport_mailbox_oauth_response import ReexportMailboxOauthResponse
from .remove_mailbox_request import RemoveMailboxRequest
from .remove_mailbox_response import RemoveMailboxResponse
from .renew_domain_request import RenewDomainRequest
from .renew_domain_response import RenewDomainResponse
from .renew_subscriptions_request import RenewSubscriptionsRequest
from .renew_subscriptions_response import RenewSubscriptionsResponse
from .sandbox_list_pre_warmup_mailboxes_response import (
    SandboxListPreWarmupMailboxesResponse,
)
from .sandbox_order_pre_warmup_mailboxes_request import (
    SandboxOrderPreWarmupMailboxesRequest,
)
from .sandbox_order_pre_warmup_mailboxes_response import (
    SandboxOrderPreWarmupMailboxesResponse,
)
from .sandbox_reset_pre_warmup_data_response import SandboxResetPreWarmupDataResponse
from .service_provider import ServiceProvider
from .set_domain_auto_renew_request import SetDomainAutoRenewRequest
from .set_domain_auto_renew_response import SetDomainAutoRenewResponse
from .set_mailbox_warmup_status_request import SetMailboxWarmupStatusRequest
from .set_mailbox_warmup_status_response import SetMailboxWarmupStatusResponse
from .state_code_map import StateCodeMap
from .subscription import Subscription
from .subscription_cancelled_event import SubscriptionCancelledEvent
from .subscription_cancelled_event_data import SubscriptionCancelledEventData
from .subscription_expired_event import SubscriptionExpiredEvent
from .subscription_expired_event_data import SubscriptionExpiredEventData
from .subscription_page import SubscriptionPage
from .subscription_past_due_event import SubscriptionPastDueEvent
from .subscription_past_due_event_data import SubscriptionPastDueEventData
from .subscription_renewal_failed_event import SubscriptionRenewalFailedEvent
from .subscription_renewal_failed_event_data import SubscriptionRenewalFailedEventData
from .subscription_renewal_success_event import SubscriptionRenewalSuccessEvent
from .subscription_renewal_success_event_data import SubscriptionRenewalSuccessEventData
from .subscription_renewing_event import SubscriptionRenewingEvent
from .subscription_renewing_event_data import SubscriptionRenewingEventData
from .subscription_status import SubscriptionStatus
from .subscription_updated_event import SubscriptionUpdatedEvent
from .subscription_updated_event_data import SubscriptionUpdatedEventData
from .toggle_mailbox_warmup_response import ToggleMailboxWarmupResponse
from .toggle_subscription_auto_renewal_request import (
    ToggleSubscriptionAutoRenewalRequest,
)
from .toggle_subscription_auto_renewal_response import (
    ToggleSubscriptionAutoRenewalResponse,
)
from .update_dns_record_request import UpdateDnsRecordRequest
from .update_dns_record_response import UpdateDnsRecordResponse
from .update_mailbox_details_request import UpdateMailboxDetailsRequest
from .update_mailbox_details_response import UpdateMailboxDetailsResponse
from .update_mailbox_warmup_settings_request import UpdateMailboxWarmupSettingsRequest
from .update_mailbox_warmup_settings_response import UpdateMailboxWarmupSettingsResponse
from .update_platform_credential_request import UpdatePlatformCredentialRequest
from .update_platform_credential_response import UpdatePlatformCredentialResponse
from .update_user_request import UpdateUserRequest
from .update_user_response import UpdateUserResponse
from .user import User
from .user_list import UserList
from .validate_mailbox_request import ValidateMailboxRequest
from .validate_mailbox_response import ValidateMailboxResponse
from .warmup_state import WarmupState
from .warmup_status import WarmupStatus
from .workspace_check_domain import WorkspaceCheckDomain

__all__ = (
    "AddDnsRecordRequest",
    "AddDnsRecordResponse",
    "AddGoogleClientIdRequest",
    "AddGoogleClientIdResponse",
    "AddMailboxWarmupResponse",
    "AddPlatformCredentialRequest",
    "AddPlatformCredentialResponse",
    "BillingCycle",
    "CancelSubscriptionRequest",
    "CancelSubscriptionResponse",
    "CheckWorkspaceExistsRequest",
    "CheckWorkspaceExistsResponse",
    "ConnectedPlatform",
    "ConnectedPlatforms",
    "CountryCodeMap",
    "CreateMailboxOrderRequest",
    "CreateMailboxOrderResponse",
    "CreateOrderJsonRequest",
    "CreateOrderJsonResponse",
    "CreatePlacementTestRequest",
    "CreatePlacementTestResponse",
    "CreateUserRequest",
    "CreateUserResponse",
    "DeleteDnsRecordResponse",
    "DeleteMailboxWarmupResponse",
    "DeletePlatformCredentialResponse",
    "DeleteUserResponse",
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
    "DomainStatus",
    "ErrorEnvelope",
    "ExportMailboxesRequest",
    "ExportMailboxesResponse",
    "GetDnsRecordsResponse",
    "GetDomainRenewalPriceRequest",
    "GetDomainRenewalPriceResponse",
    "GetMailboxAdminDetailsResponse",
    "GetMailboxResponse",
    "GetOrderStatusResponse",
    "GetUserResponse",
    "GoogleOauthConfig",
    "ListCountriesResponse",
    "ListMailboxesResponse",
    "ListPlacementReportsResponse",
    "ListPlatformCredentialsResponse",
    "ListPlatformWorkspacesResponse",
    "ListPreWarmupMailboxesResponse",
    "ListStatesResponse",
    "ListSubscriptionsResponse",
    "ListUserDomainsResponse",
    "ListUserMailboxesResponse",
    "ListUsersResponse",
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
    "MailboxStatus",
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
    "OrderPreWarmupMailboxesRequest",
    "OrderPreWarmupMailboxesResponse",
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
    "RecreateSubscriptionsRequest",
    "RecreateSubscriptionsResponse",
    "ReexportMailboxOauthRequest",
    "ReexportMailboxOauthResponse",
    "RemoveMailboxRequest",
    "RemoveMailboxResponse",
    "RenewDomainRequest",
    "RenewDomainResponse",
    "RenewSubscriptionsRequest",
    "RenewSubscriptionsResponse",
    "SandboxListPreWarmupMailboxesResponse",
    "SandboxOrderPreWarmupMailboxesRequest",
    "SandboxOrderPreWarmupMailboxesResponse",
    "SandboxResetPreWarmupDataResponse",
    "ServiceProvider",
    "SetDomainAutoRenewRequest",
    "SetDomainAutoRenewResponse",
    "SetMailboxWarmupStatusRequest",
    "SetMailboxWarmupStatusResponse",
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
    "ToggleMailboxWarmupResponse",
    "ToggleSubscriptionAutoRenewalRequest",
    "ToggleSubscriptionAutoRenewalResponse",
    "UpdateDnsRecordRequest",
    "UpdateDnsRecordResponse",
    "UpdateMailboxDetailsRequest",
    "UpdateMailboxDetailsResponse",
    "UpdateMailboxWarmupSettingsRequest",
    "UpdateMailboxWarmupSettingsResponse",
    "UpdatePlatformCredentialRequest",
    "UpdatePlatformCredentialResponse",
    "UpdateUserRequest",
    "UpdateUserResponse",
    "User",
    "UserList",
    "ValidateMailboxRequest",
    "ValidateMailboxResponse",
    "WarmupState",
    "WarmupStatus",
    "WorkspaceCheckDomain",
)
