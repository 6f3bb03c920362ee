# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Checking parsers for every model in responses and webhook events (see generator/parsers.py)."""

from __future__ import annotations

import datetime
from typing import Any

from coldmailreseller_generated.models.billing_cycle import BillingCycle
from coldmailreseller_generated.models.connected_platform import ConnectedPlatform
from coldmailreseller_generated.models.connected_platforms import ConnectedPlatforms
from coldmailreseller_generated.models.country_code_map import CountryCodeMap
from coldmailreseller_generated.models.dns_record import DnsRecord
from coldmailreseller_generated.models.dns_record_set import DnsRecordSet
from coldmailreseller_generated.models.dns_record_updated_event import (
    DnsRecordUpdatedEvent,
)
from coldmailreseller_generated.models.dns_record_updated_event_data import (
    DnsRecordUpdatedEventData,
)
from coldmailreseller_generated.models.domain import Domain
from coldmailreseller_generated.models.domain_auto_renew_state import (
    DomainAutoRenewState,
)
from coldmailreseller_generated.models.domain_expired_event import DomainExpiredEvent
from coldmailreseller_generated.models.domain_expired_event_data import (
    DomainExpiredEventData,
)
from coldmailreseller_generated.models.domain_grace_period_event import (
    DomainGracePeriodEvent,
)
from coldmailreseller_generated.models.domain_grace_period_event_data import (
    DomainGracePeriodEventData,
)
from coldmailreseller_generated.models.domain_order_failed_event import (
    DomainOrderFailedEvent,
)
from coldmailreseller_generated.models.domain_order_failed_event_data import (
    DomainOrderFailedEventData,
)
from coldmailreseller_generated.models.domain_order_success_event import (
    DomainOrderSuccessEvent,
)
from coldmailreseller_generated.models.domain_order_success_event_data import (
    DomainOrderSuccessEventData,
)
from coldmailreseller_generated.models.domain_renewal_failed_event import (
    DomainRenewalFailedEvent,
)
from coldmailreseller_generated.models.domain_renewal_failed_event_data import (
    DomainRenewalFailedEventData,
)
from coldmailreseller_generated.models.domain_renewal_price import DomainRenewalPrice
from coldmailreseller_generated.models.domain_renewal_success_event import (
    DomainRenewalSuccessEvent,
)
from coldmailreseller_generated.models.domain_renewal_success_event_data import (
    DomainRenewalSuccessEventData,
)
from coldmailreseller_generated.models.mailbox import Mailbox
from coldmailreseller_generated.models.mailbox_admin_details import MailboxAdminDetails
from coldmailreseller_generated.models.mailbox_created_event import MailboxCreatedEvent
from coldmailreseller_generated.models.mailbox_created_event_data import (
    MailboxCreatedEventData,
)
from coldmailreseller_generated.models.mailbox_exported_event import (
    MailboxExportedEvent,
)
from coldmailreseller_generated.models.mailbox_exported_event_data import (
    MailboxExportedEventData,
)
from coldmailreseller_generated.models.mailbox_order_failed_event import (
    MailboxOrderFailedEvent,
)
from coldmailreseller_generated.models.mailbox_order_failed_event_data import (
    MailboxOrderFailedEventData,
)
from coldmailreseller_generated.models.mailbox_order_success_event import (
    MailboxOrderSuccessEvent,
)
from coldmailreseller_generated.models.mailbox_order_success_event_data import (
    MailboxOrderSuccessEventData,
)
from coldmailreseller_generated.models.mailbox_update_result import MailboxUpdateResult
from coldmailreseller_generated.models.mailbox_updated_event import MailboxUpdatedEvent
from coldmailreseller_generated.models.mailbox_updated_event_data import (
    MailboxUpdatedEventData,
)
from coldmailreseller_generated.models.mailbox_updated_event_data_updated_fields import (
    MailboxUpdatedEventDataUpdatedFields,
)
from coldmailreseller_generated.models.mailbox_warmup_removed_event import (
    MailboxWarmupRemovedEvent,
)
from coldmailreseller_generated.models.mailbox_warmup_removed_event_data import (
    MailboxWarmupRemovedEventData,
)
from coldmailreseller_generated.models.mailbox_warmup_started_event import (
    MailboxWarmupStartedEvent,
)
from coldmailreseller_generated.models.mailbox_warmup_started_event_data import (
    MailboxWarmupStartedEventData,
)
from coldmailreseller_generated.models.order import Order
from coldmailreseller_generated.models.order_status import OrderStatus
from coldmailreseller_generated.models.pagination import Pagination
from coldmailreseller_generated.models.placement_report_page import PlacementReportPage
from coldmailreseller_generated.models.placement_test_order import PlacementTestOrder
from coldmailreseller_generated.models.platform_credential import PlatformCredential
from coldmailreseller_generated.models.platform_credential_id import (
    PlatformCredentialId,
)
from coldmailreseller_generated.models.platform_credential_metadata import (
    PlatformCredentialMetadata,
)
from coldmailreseller_generated.models.pre_warmed_up_mailbox import PreWarmedUpMailbox
from coldmailreseller_generated.models.pre_warmup_domain import PreWarmupDomain
from coldmailreseller_generated.models.pre_warmup_domain_assignment import (
    PreWarmupDomainAssignment,
)
from coldmailreseller_generated.models.pre_warmup_inventory_mailbox import (
    PreWarmupInventoryMailbox,
)
from coldmailreseller_generated.models.pre_warmup_inventory_page import (
    PreWarmupInventoryPage,
)
from coldmailreseller_generated.models.prewarmup_order_failed_event import (
    PrewarmupOrderFailedEvent,
)
from coldmailreseller_generated.models.prewarmup_order_failed_event_data import (
    PrewarmupOrderFailedEventData,
)
from coldmailreseller_generated.models.prewarmup_order_success_event import (
    PrewarmupOrderSuccessEvent,
)
from coldmailreseller_generated.models.prewarmup_order_success_event_data import (
    PrewarmupOrderSuccessEventData,
)
from coldmailreseller_generated.models.service_provider import ServiceProvider
from coldmailreseller_generated.models.state_code_map import StateCodeMap
from coldmailreseller_generated.models.subscription import Subscription
from coldmailreseller_generated.models.subscription_cancelled_event import (
    SubscriptionCancelledEvent,
)
from coldmailreseller_generated.models.subscription_cancelled_event_data import (
    SubscriptionCancelledEventData,
)
from coldmailreseller_generated.models.subscription_expired_event import (
    SubscriptionExpiredEvent,
)
from coldmailreseller_generated.models.subscription_expired_event_data import (
    SubscriptionExpiredEventData,
)
from coldmailreseller_generated.models.subscription_page import SubscriptionPage
from coldmailreseller_generated.models.subscription_past_due_event import (
    SubscriptionPastDueEvent,
)
from coldmailreseller_generated.models.subscription_past_due_event_data import (
    SubscriptionPastDueEventData,
)
from coldmailreseller_generated.models.subscription_renewal_failed_event import (
    SubscriptionRenewalFailedEvent,
)
from coldmailreseller_generated.models.subscription_renewal_failed_event_data import (
    SubscriptionRenewalFailedEventData,
)
from coldmailreseller_generated.models.subscription_renewal_success_event import (
    SubscriptionRenewalSuccessEvent,
)
from coldmailreseller_generated.models.subscription_renewal_success_event_data import (
    SubscriptionRenewalSuccessEventData,
)
from coldmailreseller_generated.models.subscription_renewing_event import (
    SubscriptionRenewingEvent,
)
from coldmailreseller_generated.models.subscription_renewing_event_data import (
    SubscriptionRenewingEventData,
)
from coldmailreseller_generated.models.subscription_status import SubscriptionStatus
from coldmailreseller_generated.models.subscription_updated_event import (
    SubscriptionUpdatedEvent,
)
from coldmailreseller_generated.models.subscription_updated_event_data import (
    SubscriptionUpdatedEventData,
)
from coldmailreseller_generated.models.user import User
from coldmailreseller_generated.models.user_list import UserList
from coldmailreseller_generated.models.warmup_state import WarmupState
from coldmailreseller_generated.models.warmup_status import WarmupStatus
from coldmailreseller_generated.types import UNSET

_BillingCycle: dict[str, BillingCycle] = {m.value: m for m in BillingCycle}
_ServiceProvider: dict[str, ServiceProvider] = {m.value: m for m in ServiceProvider}
_SubscriptionStatus: dict[str, SubscriptionStatus] = {m.value: m for m in SubscriptionStatus}
_WarmupStatus: dict[str, WarmupStatus] = {m.value: m for m in WarmupStatus}
_KEYS_DNS_RECORD_SET = frozenset(["disabledRecords", "records"])
_KEYS_DNS_RECORD_UPDATED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_DOMAIN = frozenset(["autoRenew", "domainId", "domainName"])
_KEYS_DOMAIN_AUTO_RENEW_STATE = frozenset(["autoRenew", "domainId", "domainName"])
_KEYS_DOMAIN_EXPIRED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_DOMAIN_GRACE_PERIOD_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_DOMAIN_ORDER_FAILED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_DOMAIN_ORDER_SUCCESS_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_DOMAIN_RENEWAL_FAILED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_DOMAIN_RENEWAL_PRICE = frozenset(["autoRenew", "domainId", "domainName", "expireOn", "renewalPrice", "years"])
_KEYS_DOMAIN_RENEWAL_SUCCESS_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_MAILBOX = frozenset(["mailboxId"])
_KEYS_MAILBOX_CREATED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_MAILBOX_EXPORTED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_MAILBOX_ORDER_FAILED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_MAILBOX_ORDER_SUCCESS_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_MAILBOX_UPDATE_RESULT = frozenset(["mailboxId", "message", "success"])
_KEYS_MAILBOX_UPDATED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_MAILBOX_WARMUP_REMOVED_EVENT = frozenset(["data", "event", "eventId", "eventType"])
_KEYS_MAILBOX_WARMUP_STARTED_EVENT = frozenset(["data", "event", "eventId", "eventType"])
_KEYS_ORDER = frozenset(["orderId", "unavailableDomains"])
_KEYS_PLACEMENT_TEST_ORDER = frozenset(["orderId"])
_KEYS_PLATFORM_CREDENTIAL_ID = frozenset(["credentialId"])
_KEYS_PRE_WARMUP_INVENTORY_PAGE = frozenset(
    ["currentPage", "inventory", "totalDomains", "totalMailboxes", "totalPages"]
)
_KEYS_PREWARMUP_ORDER_FAILED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_PREWARMUP_ORDER_SUCCESS_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_SUBSCRIPTION_CANCELLED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_SUBSCRIPTION_EXPIRED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_SUBSCRIPTION_PAGE = frozenset(["pagination", "subscriptions"])
_KEYS_SUBSCRIPTION_PAST_DUE_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_SUBSCRIPTION_RENEWAL_FAILED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_SUBSCRIPTION_RENEWAL_SUCCESS_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_SUBSCRIPTION_RENEWING_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_SUBSCRIPTION_UPDATED_EVENT = frozenset(["data", "event", "eventId"])
_KEYS_USER = frozenset(
    [
        "addressLineOne",
        "addressLineThree",
        "addressLineTwo",
        "city",
        "company",
        "country",
        "email",
        "firstName",
        "id",
        "languagePreference",
        "lastName",
        "phone",
        "phoneCc",
        "postalCode",
        "state",
    ]
)
_KEYS_WARMUP_STATE = frozenset(["status"])
_KEYS_CONNECTED_PLATFORM = frozenset(["connected", "credentials"])
_KEYS_DNS_RECORD = frozenset(["host", "priority", "recordId", "recordType", "ttl", "value"])
_KEYS_DOMAIN_ORDER_SUCCESS_EVENT_DATA = frozenset(
    ["creationTime", "domainId", "domainName", "expiryDate", "orderId", "price", "userEmail", "userId"]
)
_KEYS_MAILBOX_CREATED_EVENT_DATA = frozenset(["email", "mailboxId", "orderId", "userId"])
_KEYS_MAILBOX_ORDER_SUCCESS_EVENT_DATA = frozenset(
    [
        "creationTime",
        "domainId",
        "domainName",
        "expiryDate",
        "orderId",
        "price",
        "quantity",
        "subscriptionId",
        "userEmail",
        "userId",
        "workspaceType",
    ]
)
_KEYS_MAILBOX_UPDATED_EVENT_DATA = frozenset(["updatedFields"])
_KEYS_MAILBOX_WARMUP_REMOVED_EVENT_DATA = frozenset(["domain", "email", "mailboxId", "workspaceType"])
_KEYS_MAILBOX_WARMUP_STARTED_EVENT_DATA = frozenset(
    ["domain", "email", "mailboxId", "userEmail", "userId", "workspaceType"]
)
_KEYS_PRE_WARMUP_DOMAIN = frozenset(["domain", "preWarmedUpMailboxes", "purchasePrice", "renewalPrice"])
_KEYS_PREWARMUP_ORDER_SUCCESS_EVENT_DATA = frozenset(
    ["mailboxDetails", "orderId", "serviceProvider", "userEmail", "userId"]
)
_KEYS_SUBSCRIPTION_CANCELLED_EVENT_DATA = frozenset(
    [
        "autoRenew",
        "description",
        "domain",
        "domainId",
        "periodEnd",
        "periodStart",
        "quantity",
        "subscriptionId",
        "subscriptionStatus",
        "userEmail",
        "userId",
        "workspaceType",
    ]
)
_KEYS_SUBSCRIPTION_EXPIRED_EVENT_DATA = frozenset(
    [
        "autoRenew",
        "description",
        "domain",
        "domainId",
        "periodEnd",
        "periodStart",
        "quantity",
        "subscriptionId",
        "subscriptionStatus",
        "userEmail",
        "userId",
        "workspaceType",
    ]
)
_KEYS_SUBSCRIPTION = frozenset(
    [
        "autoRenew",
        "billingCycle",
        "domain",
        "periodEnd",
        "periodStart",
        "pricePerMailbox",
        "serviceProvider",
        "subscriptionId",
        "subscriptionStatus",
        "totalMailboxQuantity",
        "userId",
    ]
)
_KEYS_PAGINATION = frozenset(["currentPage", "nextPage", "totalPages", "totalSearchedCount"])
_KEYS_SUBSCRIPTION_PAST_DUE_EVENT_DATA = frozenset(
    [
        "autoRenew",
        "description",
        "domain",
        "domainId",
        "periodEnd",
        "periodStart",
        "quantity",
        "subscriptionId",
        "subscriptionStatus",
        "userEmail",
        "userId",
        "workspaceType",
    ]
)
_KEYS_SUBSCRIPTION_RENEWAL_FAILED_EVENT_DATA = frozenset(
    [
        "autoRenew",
        "description",
        "domain",
        "domainId",
        "periodEnd",
        "periodStart",
        "quantity",
        "subscriptionId",
        "subscriptionStatus",
        "userEmail",
        "userId",
        "workspaceType",
    ]
)
_KEYS_SUBSCRIPTION_RENEWAL_SUCCESS_EVENT_DATA = frozenset(
    [
        "autoRenew",
        "description",
        "domain",
        "domainId",
        "periodEnd",
        "periodStart",
        "quantity",
        "subscriptionId",
        "subscriptionStatus",
        "userEmail",
        "userId",
        "workspaceType",
    ]
)
_KEYS_SUBSCRIPTION_RENEWING_EVENT_DATA = frozenset(
    [
        "autoRenew",
        "description",
        "domain",
        "domainId",
        "periodEnd",
        "periodStart",
        "quantity",
        "subscriptionId",
        "subscriptionStatus",
        "userEmail",
        "userId",
        "workspaceType",
    ]
)
_KEYS_SUBSCRIPTION_UPDATED_EVENT_DATA = frozenset(
    [
        "autoRenew",
        "description",
        "domain",
        "domainId",
        "periodEnd",
        "periodStart",
        "quantity",
        "subscriptionId",
        "subscriptionStatus",
        "userEmail",
        "userId",
        "workspaceType",
    ]
)
_KEYS_PLATFORM_CREDENTIAL = frozenset(["connectedAt", "credentialId", "email", "metadata"])
_KEYS_PRE_WARMUP_INVENTORY_MAILBOX = frozenset(["createdAt", "email", "firstName", "lastName"])
_KEYS_PRE_WARMUP_DOMAIN_ASSIGNMENT = frozenset(["domain", "preWarmedUpMailboxes", "subscriptionId"])
_KEYS_PLATFORM_CREDENTIAL_METADATA = frozenset(["appBaseUrl", "appName", "clientId", "workspace"])
_KEYS_PRE_WARMED_UP_MAILBOX = frozenset(
    [
        "appPassword",
        "authenticatorSecret",
        "email",
        "expiryDate",
        "firstName",
        "isAdmin",
        "lastName",
        "mailboxId",
        "password",
        "profilePicture",
        "warmingUpFrom",
    ]
)


def _expected(at: str, what: str, value: Any) -> TypeError:
    return TypeError(f"{at}: expected {what}, got {type(value).__name__}")


def _missing(at: str, key: str) -> TypeError:
    return TypeError(f"{at}: required field {key!r} is missing")


# The same reading of dates as the generated models' from_dict.
_fromisoformat = datetime.datetime.fromisoformat


def parse_connected_platforms(d: Any, at: str = "ConnectedPlatforms") -> ConnectedPlatforms:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = ConnectedPlatforms()
    extra = {}
    for key, value in d.items():
        value = parse_connected_platform(value, at + "." + key)
        extra[key] = value
    obj.additional_properties = extra
    return obj


def parse_country_code_map(d: Any, at: str = "CountryCodeMap") -> CountryCodeMap:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = CountryCodeMap()
    extra = {}
    for key, value in d.items():
        if type(value) is not str:
            raise _expected(at + "." + key, "a string", value)
        extra[key] = value
    obj.additional_properties = extra
    return obj


def parse_dns_record_set(d: Any, at: str = "DnsRecordSet") -> DnsRecordSet:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("records", UNSET)
    if type(v0) is list:
        item_path = at + ".records" + "[]"
        v0 = [parse_dns_record(item, item_path) for item in v0]
    elif v0 is not UNSET:
        raise _expected(at + ".records", "an array", v0)
    v1 = get("disabledRecords", UNSET)
    if type(v1) is list:
        item_path = at + ".disabledRecords" + "[]"
        v1 = [parse_dns_record(item, item_path) for item in v1]
    elif v1 is not UNSET:
        raise _expected(at + ".disabledRecords", "an array", v1)
    obj = DnsRecordSet(records=v0, disabled_records=v1)
    if not _KEYS_DNS_RECORD_SET.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DNS_RECORD_SET}
    return obj


def parse_dns_record_updated_event(d: Any, at: str = "DnsRecordUpdatedEvent") -> DnsRecordUpdatedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_dns_record_updated_event_data(v2, at + ".data")
    obj = DnsRecordUpdatedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_DNS_RECORD_UPDATED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DNS_RECORD_UPDATED_EVENT}
    return obj


def parse_domain(d: Any, at: str = "Domain") -> Domain:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("domainId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".domainId", "a string", v0)
    v1 = get("domainName", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".domainName", "a string", v1)
    v2 = get("autoRenew", UNSET)
    if type(v2) is not bool and v2 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v2)
    obj = Domain(domain_id=v0, domain_name=v1, auto_renew=v2)
    if not _KEYS_DOMAIN.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN}
    return obj


def parse_domain_auto_renew_state(d: Any, at: str = "DomainAutoRenewState") -> DomainAutoRenewState:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("domainName", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".domainName", "a string", v0)
    v1 = get("domainId", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".domainId", "a string", v1)
    v2 = get("autoRenew", UNSET)
    if type(v2) is not bool and v2 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v2)
    obj = DomainAutoRenewState(domain_name=v0, domain_id=v1, auto_renew=v2)
    if not _KEYS_DOMAIN_AUTO_RENEW_STATE.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN_AUTO_RENEW_STATE}
    return obj


def parse_domain_expired_event(d: Any, at: str = "DomainExpiredEvent") -> DomainExpiredEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_domain_expired_event_data(v2, at + ".data")
    obj = DomainExpiredEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_DOMAIN_EXPIRED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN_EXPIRED_EVENT}
    return obj


def parse_domain_grace_period_event(d: Any, at: str = "DomainGracePeriodEvent") -> DomainGracePeriodEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_domain_grace_period_event_data(v2, at + ".data")
    obj = DomainGracePeriodEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_DOMAIN_GRACE_PERIOD_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN_GRACE_PERIOD_EVENT}
    return obj


def parse_domain_order_failed_event(d: Any, at: str = "DomainOrderFailedEvent") -> DomainOrderFailedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_domain_order_failed_event_data(v2, at + ".data")
    obj = DomainOrderFailedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_DOMAIN_ORDER_FAILED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN_ORDER_FAILED_EVENT}
    return obj


def parse_domain_order_success_event(d: Any, at: str = "DomainOrderSuccessEvent") -> DomainOrderSuccessEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_domain_order_success_event_data(v2, at + ".data")
    obj = DomainOrderSuccessEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_DOMAIN_ORDER_SUCCESS_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN_ORDER_SUCCESS_EVENT}
    return obj


def parse_domain_renewal_failed_event(d: Any, at: str = "DomainRenewalFailedEvent") -> DomainRenewalFailedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_domain_renewal_failed_event_data(v2, at + ".data")
    obj = DomainRenewalFailedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_DOMAIN_RENEWAL_FAILED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN_RENEWAL_FAILED_EVENT}
    return obj


def parse_domain_renewal_price(d: Any, at: str = "DomainRenewalPrice") -> DomainRenewalPrice:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("domainName", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".domainName", "a string", v0)
    v1 = get("domainId", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".domainId", "a string", v1)
    v2 = get("years", UNSET)
    if type(v2) is not int and v2 is not UNSET:
        raise _expected(at + ".years", "an integer", v2)
    v3 = get("renewalPrice", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".renewalPrice", "a string", v3)
    v4 = get("expireOn", UNSET)
    if type(v4) is str:
        try:
            v4 = _fromisoformat(v4)
        except ValueError:
            raise _expected(at + ".expireOn", "an ISO 8601 date-time", v4) from None
    elif v4 is not UNSET:
        raise _expected(at + ".expireOn", "a string", v4)
    v5 = get("autoRenew", UNSET)
    if type(v5) is not bool and v5 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v5)
    obj = DomainRenewalPrice(domain_name=v0, domain_id=v1, years=v2, renewal_price=v3, expire_on=v4, auto_renew=v5)
    if not _KEYS_DOMAIN_RENEWAL_PRICE.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN_RENEWAL_PRICE}
    return obj


def parse_domain_renewal_success_event(d: Any, at: str = "DomainRenewalSuccessEvent") -> DomainRenewalSuccessEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_domain_renewal_success_event_data(v2, at + ".data")
    obj = DomainRenewalSuccessEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_DOMAIN_RENEWAL_SUCCESS_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN_RENEWAL_SUCCESS_EVENT}
    return obj


def parse_mailbox(d: Any, at: str = "Mailbox") -> Mailbox:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("mailboxId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".mailboxId", "a string", v0)
    obj = Mailbox(mailbox_id=v0)
    if not _KEYS_MAILBOX.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX}
    return obj


def parse_mailbox_admin_details(d: Any, at: str = "MailboxAdminDetails") -> MailboxAdminDetails:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = MailboxAdminDetails()
    obj.additional_properties = dict(d)
    return obj


def parse_mailbox_created_event(d: Any, at: str = "MailboxCreatedEvent") -> MailboxCreatedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_mailbox_created_event_data(v2, at + ".data")
    obj = MailboxCreatedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_MAILBOX_CREATED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_CREATED_EVENT}
    return obj


def parse_mailbox_exported_event(d: Any, at: str = "MailboxExportedEvent") -> MailboxExportedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_mailbox_exported_event_data(v2, at + ".data")
    obj = MailboxExportedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_MAILBOX_EXPORTED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_EXPORTED_EVENT}
    return obj


def parse_mailbox_order_failed_event(d: Any, at: str = "MailboxOrderFailedEvent") -> MailboxOrderFailedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_mailbox_order_failed_event_data(v2, at + ".data")
    obj = MailboxOrderFailedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_MAILBOX_ORDER_FAILED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_ORDER_FAILED_EVENT}
    return obj


def parse_mailbox_order_success_event(d: Any, at: str = "MailboxOrderSuccessEvent") -> MailboxOrderSuccessEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_mailbox_order_success_event_data(v2, at + ".data")
    obj = MailboxOrderSuccessEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_MAILBOX_ORDER_SUCCESS_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_ORDER_SUCCESS_EVENT}
    return obj


def parse_mailbox_update_result(d: Any, at: str = "MailboxUpdateResult") -> MailboxUpdateResult:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("mailboxId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".mailboxId", "a string", v0)
    v1 = get("success", UNSET)
    if type(v1) is not bool and v1 is not UNSET:
        raise _expected(at + ".success", "a boolean", v1)
    v2 = get("message", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".message", "a string", v2)
    obj = MailboxUpdateResult(mailbox_id=v0, success=v1, message=v2)
    if not _KEYS_MAILBOX_UPDATE_RESULT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_UPDATE_RESULT}
    return obj


def parse_mailbox_updated_event(d: Any, at: str = "MailboxUpdatedEvent") -> MailboxUpdatedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_mailbox_updated_event_data(v2, at + ".data")
    obj = MailboxUpdatedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_MAILBOX_UPDATED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_UPDATED_EVENT}
    return obj


def parse_mailbox_warmup_removed_event(d: Any, at: str = "MailboxWarmupRemovedEvent") -> MailboxWarmupRemovedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("eventType", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".eventType", "a string", v2)
    v3 = get("data", UNSET)
    if v3 is not UNSET:
        v3 = parse_mailbox_warmup_removed_event_data(v3, at + ".data")
    obj = MailboxWarmupRemovedEvent(event=v0, event_id=v1, event_type=v2, data=v3)
    if not _KEYS_MAILBOX_WARMUP_REMOVED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_WARMUP_REMOVED_EVENT}
    return obj


def parse_mailbox_warmup_started_event(d: Any, at: str = "MailboxWarmupStartedEvent") -> MailboxWarmupStartedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("eventType", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".eventType", "a string", v2)
    v3 = get("data", UNSET)
    if v3 is not UNSET:
        v3 = parse_mailbox_warmup_started_event_data(v3, at + ".data")
    obj = MailboxWarmupStartedEvent(event=v0, event_id=v1, event_type=v2, data=v3)
    if not _KEYS_MAILBOX_WARMUP_STARTED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_WARMUP_STARTED_EVENT}
    return obj


def parse_order(d: Any, at: str = "Order") -> Order:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("orderId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".orderId", "a string", v0)
    v1 = get("unavailableDomains", UNSET)
    if type(v1) is not list and v1 is not UNSET:
        raise _expected(at + ".unavailableDomains", "an array", v1)
    obj = Order(order_id=v0, unavailable_domains=v1)
    if not _KEYS_ORDER.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_ORDER}
    return obj


def parse_order_status(d: Any, at: str = "OrderStatus") -> OrderStatus:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = OrderStatus()
    obj.additional_properties = dict(d)
    return obj


def parse_placement_report_page(d: Any, at: str = "PlacementReportPage") -> PlacementReportPage:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = PlacementReportPage()
    obj.additional_properties = dict(d)
    return obj


def parse_placement_test_order(d: Any, at: str = "PlacementTestOrder") -> PlacementTestOrder:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("orderId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".orderId", "a string", v0)
    obj = PlacementTestOrder(order_id=v0)
    if not _KEYS_PLACEMENT_TEST_ORDER.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PLACEMENT_TEST_ORDER}
    return obj


def parse_platform_credential_id(d: Any, at: str = "PlatformCredentialId") -> PlatformCredentialId:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("credentialId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".credentialId", "a string", v0)
    obj = PlatformCredentialId(credential_id=v0)
    if not _KEYS_PLATFORM_CREDENTIAL_ID.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PLATFORM_CREDENTIAL_ID}
    return obj


def parse_pre_warmup_inventory_page(d: Any, at: str = "PreWarmupInventoryPage") -> PreWarmupInventoryPage:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("inventory", UNSET)
    if type(v0) is list:
        item_path = at + ".inventory" + "[]"
        v0 = [parse_pre_warmup_domain(item, item_path) for item in v0]
    elif v0 is not UNSET:
        raise _expected(at + ".inventory", "an array", v0)
    v1 = get("currentPage", UNSET)
    if type(v1) is not int and v1 is not UNSET:
        raise _expected(at + ".currentPage", "an integer", v1)
    v2 = get("totalPages", UNSET)
    if type(v2) is not int and v2 is not UNSET:
        raise _expected(at + ".totalPages", "an integer", v2)
    v3 = get("totalDomains", UNSET)
    if type(v3) is not int and v3 is not UNSET:
        raise _expected(at + ".totalDomains", "an integer", v3)
    v4 = get("totalMailboxes", UNSET)
    if type(v4) is not int and v4 is not UNSET:
        raise _expected(at + ".totalMailboxes", "an integer", v4)
    obj = PreWarmupInventoryPage(inventory=v0, current_page=v1, total_pages=v2, total_domains=v3, total_mailboxes=v4)
    if not _KEYS_PRE_WARMUP_INVENTORY_PAGE.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PRE_WARMUP_INVENTORY_PAGE}
    return obj


def parse_prewarmup_order_failed_event(d: Any, at: str = "PrewarmupOrderFailedEvent") -> PrewarmupOrderFailedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_prewarmup_order_failed_event_data(v2, at + ".data")
    obj = PrewarmupOrderFailedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_PREWARMUP_ORDER_FAILED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PREWARMUP_ORDER_FAILED_EVENT}
    return obj


def parse_prewarmup_order_success_event(d: Any, at: str = "PrewarmupOrderSuccessEvent") -> PrewarmupOrderSuccessEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_prewarmup_order_success_event_data(v2, at + ".data")
    obj = PrewarmupOrderSuccessEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_PREWARMUP_ORDER_SUCCESS_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PREWARMUP_ORDER_SUCCESS_EVENT}
    return obj


def parse_state_code_map(d: Any, at: str = "StateCodeMap") -> StateCodeMap:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = StateCodeMap()
    extra = {}
    for key, value in d.items():
        if type(value) is not str:
            raise _expected(at + "." + key, "a string", value)
        extra[key] = value
    obj.additional_properties = extra
    return obj


def parse_subscription_cancelled_event(d: Any, at: str = "SubscriptionCancelledEvent") -> SubscriptionCancelledEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_subscription_cancelled_event_data(v2, at + ".data")
    obj = SubscriptionCancelledEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_SUBSCRIPTION_CANCELLED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_CANCELLED_EVENT}
    return obj


def parse_subscription_expired_event(d: Any, at: str = "SubscriptionExpiredEvent") -> SubscriptionExpiredEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_subscription_expired_event_data(v2, at + ".data")
    obj = SubscriptionExpiredEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_SUBSCRIPTION_EXPIRED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_EXPIRED_EVENT}
    return obj


def parse_subscription_page(d: Any, at: str = "SubscriptionPage") -> SubscriptionPage:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("subscriptions", UNSET)
    if type(v0) is list:
        item_path = at + ".subscriptions" + "[]"
        v0 = [parse_subscription(item, item_path) for item in v0]
    elif v0 is not UNSET:
        raise _expected(at + ".subscriptions", "an array", v0)
    v1 = get("pagination", UNSET)
    if v1 is not UNSET:
        v1 = parse_pagination(v1, at + ".pagination")
    obj = SubscriptionPage(subscriptions=v0, pagination=v1)
    if not _KEYS_SUBSCRIPTION_PAGE.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_PAGE}
    return obj


def parse_subscription_past_due_event(d: Any, at: str = "SubscriptionPastDueEvent") -> SubscriptionPastDueEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_subscription_past_due_event_data(v2, at + ".data")
    obj = SubscriptionPastDueEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_SUBSCRIPTION_PAST_DUE_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_PAST_DUE_EVENT}
    return obj


def parse_subscription_renewal_failed_event(
    d: Any, at: str = "SubscriptionRenewalFailedEvent"
) -> SubscriptionRenewalFailedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_subscription_renewal_failed_event_data(v2, at + ".data")
    obj = SubscriptionRenewalFailedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_SUBSCRIPTION_RENEWAL_FAILED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_RENEWAL_FAILED_EVENT}
    return obj


def parse_subscription_renewal_success_event(
    d: Any, at: str = "SubscriptionRenewalSuccessEvent"
) -> SubscriptionRenewalSuccessEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_subscription_renewal_success_event_data(v2, at + ".data")
    obj = SubscriptionRenewalSuccessEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_SUBSCRIPTION_RENEWAL_SUCCESS_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_RENEWAL_SUCCESS_EVENT}
    return obj


def parse_subscription_renewing_event(d: Any, at: str = "SubscriptionRenewingEvent") -> SubscriptionRenewingEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_subscription_renewing_event_data(v2, at + ".data")
    obj = SubscriptionRenewingEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_SUBSCRIPTION_RENEWING_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_RENEWING_EVENT}
    return obj


def parse_subscription_updated_event(d: Any, at: str = "SubscriptionUpdatedEvent") -> SubscriptionUpdatedEvent:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("event", UNSET)
    if v0 is UNSET:
        raise _missing(at, "event")
    if type(v0) is not str:
        raise _expected(at + ".event", "a string", v0)
    v1 = get("eventId", UNSET)
    if v1 is UNSET:
        raise _missing(at, "eventId")
    if type(v1) is not str:
        raise _expected(at + ".eventId", "a string", v1)
    v2 = get("data", UNSET)
    if v2 is not UNSET:
        v2 = parse_subscription_updated_event_data(v2, at + ".data")
    obj = SubscriptionUpdatedEvent(event=v0, event_id=v1, data=v2)
    if not _KEYS_SUBSCRIPTION_UPDATED_EVENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_UPDATED_EVENT}
    return obj


def parse_user(d: Any, at: str = "User") -> User:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("id", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".id", "a string", v0)
    v1 = get("email", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".email", "a string", v1)
    v2 = get("company", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".company", "a string", v2)
    v3 = get("firstName", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".firstName", "a string", v3)
    v4 = get("lastName", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".lastName", "a string", v4)
    v5 = get("country", UNSET)
    if type(v5) is not str and v5 is not UNSET:
        raise _expected(at + ".country", "a string", v5)
    v6 = get("city", UNSET)
    if type(v6) is not str and v6 is not UNSET:
        raise _expected(at + ".city", "a string", v6)
    v7 = get("addressLineOne", UNSET)
    if type(v7) is not str and v7 is not UNSET:
        raise _expected(at + ".addressLineOne", "a string", v7)
    v8 = get("addressLineTwo", UNSET)
    if type(v8) is not str and v8 is not UNSET:
        raise _expected(at + ".addressLineTwo", "a string", v8)
    v9 = get("addressLineThree", UNSET)
    if type(v9) is not str and v9 is not UNSET:
        raise _expected(at + ".addressLineThree", "a string", v9)
    v10 = get("languagePreference", UNSET)
    if type(v10) is not str and v10 is not UNSET:
        raise _expected(at + ".languagePreference", "a string", v10)
    v11 = get("postalCode", UNSET)
    if type(v11) is not str and v11 is not UNSET:
        raise _expected(at + ".postalCode", "a string", v11)
    v12 = get("state", UNSET)
    if type(v12) is not str and v12 is not UNSET:
        raise _expected(at + ".state", "a string", v12)
    v13 = get("phoneCc", UNSET)
    if type(v13) is not str and v13 is not UNSET:
        raise _expected(at + ".phoneCc", "a string", v13)
    v14 = get("phone", UNSET)
    if type(v14) is not str and v14 is not UNSET:
        raise _expected(at + ".phone", "a string", v14)
    obj = User(
        id=v0,
        email=v1,
        company=v2,
        first_name=v3,
        last_name=v4,
        country=v5,
        city=v6,
        address_line_one=v7,
        address_line_two=v8,
        address_line_three=v9,
        language_preference=v10,
        postal_code=v11,
        state=v12,
        phone_cc=v13,
        phone=v14,
    )
    if not _KEYS_USER.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_USER}
    return obj


def parse_user_list(d: Any, at: str = "UserList") -> UserList:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = UserList()
    obj.additional_properties = dict(d)
    return obj


def parse_warmup_state(d: Any, at: str = "WarmupState") -> WarmupState:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("status", UNSET)
    if type(v0) is str:
        v0 = _WarmupStatus.get(v0, v0)
    elif v0 is not UNSET:
        raise _expected(at + ".status", "a string", v0)
    obj = WarmupState(status=v0)
    if not _KEYS_WARMUP_STATE.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_WARMUP_STATE}
    return obj


def parse_connected_platform(d: Any, at: str = "ConnectedPlatform") -> ConnectedPlatform:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("connected", UNSET)
    if type(v0) is not bool and v0 is not UNSET:
        raise _expected(at + ".connected", "a boolean", v0)
    v1 = get("credentials", UNSET)
    if type(v1) is list:
        item_path = at + ".credentials" + "[]"
        v1 = [parse_platform_credential(item, item_path) for item in v1]
    elif v1 is not UNSET:
        raise _expected(at + ".credentials", "an array", v1)
    obj = ConnectedPlatform(connected=v0, credentials=v1)
    if not _KEYS_CONNECTED_PLATFORM.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_CONNECTED_PLATFORM}
    return obj


def parse_dns_record(d: Any, at: str = "DnsRecord") -> DnsRecord:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("recordId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".recordId", "a string", v0)
    v1 = get("host", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".host", "a string", v1)
    v2 = get("value", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".value", "a string", v2)
    v3 = get("recordType", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".recordType", "a string", v3)
    v4 = get("priority", UNSET)
    if not (type(v4) is str or type(v4) is int) and v4 is not None and v4 is not UNSET:
        raise _expected(at + ".priority", "a string or an integer", v4)
    v5 = get("ttl", UNSET)
    if type(v5) is not int and v5 is not UNSET:
        raise _expected(at + ".ttl", "an integer", v5)
    obj = DnsRecord(record_id=v0, host=v1, value=v2, record_type=v3, priority=v4, ttl=v5)
    if not _KEYS_DNS_RECORD.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DNS_RECORD}
    return obj


def parse_dns_record_updated_event_data(d: Any, at: str = "DnsRecordUpdatedEventData") -> DnsRecordUpdatedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = DnsRecordUpdatedEventData()
    obj.additional_properties = dict(d)
    return obj


def parse_domain_expired_event_data(d: Any, at: str = "DomainExpiredEventData") -> DomainExpiredEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = DomainExpiredEventData()
    obj.additional_properties = dict(d)
    return obj


def parse_domain_grace_period_event_data(d: Any, at: str = "DomainGracePeriodEventData") -> DomainGracePeriodEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = DomainGracePeriodEventData()
    obj.additional_properties = dict(d)
    return obj


def parse_domain_order_failed_event_data(d: Any, at: str = "DomainOrderFailedEventData") -> DomainOrderFailedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = DomainOrderFailedEventData()
    obj.additional_properties = dict(d)
    return obj


def parse_domain_order_success_event_data(
    d: Any, at: str = "DomainOrderSuccessEventData"
) -> DomainOrderSuccessEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("orderId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".orderId", "a string", v2)
    v3 = get("domainId", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".domainId", "a string", v3)
    v4 = get("domainName", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".domainName", "a string", v4)
    v5 = get("creationTime", UNSET)
    if type(v5) is str:
        try:
            v5 = _fromisoformat(v5)
        except ValueError:
            raise _expected(at + ".creationTime", "an ISO 8601 date-time", v5) from None
    elif v5 is not UNSET:
        raise _expected(at + ".creationTime", "a string", v5)
    v6 = get("expiryDate", UNSET)
    if type(v6) is str:
        try:
            v6 = _fromisoformat(v6)
        except ValueError:
            raise _expected(at + ".expiryDate", "an ISO 8601 date-time", v6) from None
    elif v6 is not UNSET:
        raise _expected(at + ".expiryDate", "a string", v6)
    v7 = get("price", UNSET)
    if type(v7) is not int and type(v7) is not float and v7 is not UNSET:
        raise _expected(at + ".price", "a number", v7)
    obj = DomainOrderSuccessEventData(
        user_id=v0, user_email=v1, order_id=v2, domain_id=v3, domain_name=v4, creation_time=v5, expiry_date=v6, price=v7
    )
    if not _KEYS_DOMAIN_ORDER_SUCCESS_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_DOMAIN_ORDER_SUCCESS_EVENT_DATA}
    return obj


def parse_domain_renewal_failed_event_data(
    d: Any, at: str = "DomainRenewalFailedEventData"
) -> DomainRenewalFailedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = DomainRenewalFailedEventData()
    obj.additional_properties = dict(d)
    return obj


def parse_domain_renewal_success_event_data(
    d: Any, at: str = "DomainRenewalSuccessEventData"
) -> DomainRenewalSuccessEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = DomainRenewalSuccessEventData()
    obj.additional_properties = dict(d)
    return obj


def parse_mailbox_created_event_data(d: Any, at: str = "MailboxCreatedEventData") -> MailboxCreatedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("orderId", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".orderId", "a string", v1)
    v2 = get("mailboxId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".mailboxId", "a string", v2)
    v3 = get("email", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".email", "a string", v3)
    obj = MailboxCreatedEventData(user_id=v0, order_id=v1, mailbox_id=v2, email=v3)
    if not _KEYS_MAILBOX_CREATED_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_CREATED_EVENT_DATA}
    return obj


def parse_mailbox_exported_event_data(d: Any, at: str = "MailboxExportedEventData") -> MailboxExportedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = MailboxExportedEventData()
    obj.additional_properties = dict(d)
    return obj


def parse_mailbox_order_failed_event_data(
    d: Any, at: str = "MailboxOrderFailedEventData"
) -> MailboxOrderFailedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = MailboxOrderFailedEventData()
    obj.additional_properties = dict(d)
    return obj


def parse_mailbox_order_success_event_data(
    d: Any, at: str = "MailboxOrderSuccessEventData"
) -> MailboxOrderSuccessEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("domainId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".domainId", "a string", v0)
    v1 = get("domainName", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".domainName", "a string", v1)
    v2 = get("userId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".userId", "a string", v2)
    v3 = get("userEmail", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v3)
    v4 = get("subscriptionId", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".subscriptionId", "a string", v4)
    v5 = get("orderId", UNSET)
    if type(v5) is not str and v5 is not UNSET:
        raise _expected(at + ".orderId", "a string", v5)
    v6 = get("workspaceType", UNSET)
    if type(v6) is str:
        v6 = _ServiceProvider.get(v6, v6)
    elif v6 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v6)
    v7 = get("creationTime", UNSET)
    if type(v7) is str:
        try:
            v7 = _fromisoformat(v7)
        except ValueError:
            raise _expected(at + ".creationTime", "an ISO 8601 date-time", v7) from None
    elif v7 is not UNSET:
        raise _expected(at + ".creationTime", "a string", v7)
    v8 = get("expiryDate", UNSET)
    if type(v8) is str:
        try:
            v8 = _fromisoformat(v8)
        except ValueError:
            raise _expected(at + ".expiryDate", "an ISO 8601 date-time", v8) from None
    elif v8 is not UNSET:
        raise _expected(at + ".expiryDate", "a string", v8)
    v9 = get("price", UNSET)
    if type(v9) is not int and type(v9) is not float and v9 is not UNSET:
        raise _expected(at + ".price", "a number", v9)
    v10 = get("quantity", UNSET)
    if type(v10) is not int and v10 is not UNSET:
        raise _expected(at + ".quantity", "an integer", v10)
    obj = MailboxOrderSuccessEventData(
        domain_id=v0,
        domain_name=v1,
        user_id=v2,
        user_email=v3,
        subscription_id=v4,
        order_id=v5,
        workspace_type=v6,
        creation_time=v7,
        expiry_date=v8,
        price=v9,
        quantity=v10,
    )
    if not _KEYS_MAILBOX_ORDER_SUCCESS_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_ORDER_SUCCESS_EVENT_DATA}
    return obj


def parse_mailbox_updated_event_data(d: Any, at: str = "MailboxUpdatedEventData") -> MailboxUpdatedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("updatedFields", UNSET)
    if v0 is not UNSET:
        v0 = parse_mailbox_updated_event_data_updated_fields(v0, at + ".updatedFields")
    obj = MailboxUpdatedEventData(updated_fields=v0)
    if not _KEYS_MAILBOX_UPDATED_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_UPDATED_EVENT_DATA}
    return obj


def parse_mailbox_warmup_removed_event_data(
    d: Any, at: str = "MailboxWarmupRemovedEventData"
) -> MailboxWarmupRemovedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("mailboxId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".mailboxId", "a string", v0)
    v1 = get("email", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".email", "a string", v1)
    v2 = get("domain", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".domain", "a string", v2)
    v3 = get("workspaceType", UNSET)
    if type(v3) is str:
        v3 = _ServiceProvider.get(v3, v3)
    elif v3 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v3)
    obj = MailboxWarmupRemovedEventData(mailbox_id=v0, email=v1, domain=v2, workspace_type=v3)
    if not _KEYS_MAILBOX_WARMUP_REMOVED_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_WARMUP_REMOVED_EVENT_DATA}
    return obj


def parse_mailbox_warmup_started_event_data(
    d: Any, at: str = "MailboxWarmupStartedEventData"
) -> MailboxWarmupStartedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("mailboxId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".mailboxId", "a string", v2)
    v3 = get("email", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".email", "a string", v3)
    v4 = get("domain", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".domain", "a string", v4)
    v5 = get("workspaceType", UNSET)
    if type(v5) is str:
        v5 = _ServiceProvider.get(v5, v5)
    elif v5 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v5)
    obj = MailboxWarmupStartedEventData(
        user_id=v0, user_email=v1, mailbox_id=v2, email=v3, domain=v4, workspace_type=v5
    )
    if not _KEYS_MAILBOX_WARMUP_STARTED_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_MAILBOX_WARMUP_STARTED_EVENT_DATA}
    return obj


def parse_pre_warmup_domain(d: Any, at: str = "PreWarmupDomain") -> PreWarmupDomain:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("domain", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".domain", "a string", v0)
    v1 = get("preWarmedUpMailboxes", UNSET)
    if type(v1) is list:
        item_path = at + ".preWarmedUpMailboxes" + "[]"
        v1 = [parse_pre_warmup_inventory_mailbox(item, item_path) for item in v1]
    elif v1 is not UNSET:
        raise _expected(at + ".preWarmedUpMailboxes", "an array", v1)
    v2 = get("purchasePrice", UNSET)
    if type(v2) is not int and type(v2) is not float and v2 is not UNSET:
        raise _expected(at + ".purchasePrice", "a number", v2)
    v3 = get("renewalPrice", UNSET)
    if type(v3) is not int and type(v3) is not float and v3 is not UNSET:
        raise _expected(at + ".renewalPrice", "a number", v3)
    obj = PreWarmupDomain(domain=v0, pre_warmed_up_mailboxes=v1, purchase_price=v2, renewal_price=v3)
    if not _KEYS_PRE_WARMUP_DOMAIN.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PRE_WARMUP_DOMAIN}
    return obj


def parse_prewarmup_order_failed_event_data(
    d: Any, at: str = "PrewarmupOrderFailedEventData"
) -> PrewarmupOrderFailedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = PrewarmupOrderFailedEventData()
    obj.additional_properties = dict(d)
    return obj


def parse_prewarmup_order_success_event_data(
    d: Any, at: str = "PrewarmupOrderSuccessEventData"
) -> PrewarmupOrderSuccessEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("orderId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".orderId", "a string", v2)
    v3 = get("serviceProvider", UNSET)
    if type(v3) is str:
        v3 = _ServiceProvider.get(v3, v3)
    elif v3 is not UNSET:
        raise _expected(at + ".serviceProvider", "a string", v3)
    v4 = get("mailboxDetails", UNSET)
    if type(v4) is list:
        item_path = at + ".mailboxDetails" + "[]"
        v4 = [parse_pre_warmup_domain_assignment(item, item_path) for item in v4]
    elif v4 is not UNSET:
        raise _expected(at + ".mailboxDetails", "an array", v4)
    obj = PrewarmupOrderSuccessEventData(
        user_id=v0, user_email=v1, order_id=v2, service_provider=v3, mailbox_details=v4
    )
    if not _KEYS_PREWARMUP_ORDER_SUCCESS_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PREWARMUP_ORDER_SUCCESS_EVENT_DATA}
    return obj


def parse_subscription_cancelled_event_data(
    d: Any, at: str = "SubscriptionCancelledEventData"
) -> SubscriptionCancelledEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("subscriptionId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".subscriptionId", "a string", v2)
    v3 = get("domainId", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".domainId", "a string", v3)
    v4 = get("domain", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".domain", "a string", v4)
    v5 = get("workspaceType", UNSET)
    if type(v5) is str:
        v5 = _ServiceProvider.get(v5, v5)
    elif v5 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v5)
    v6 = get("quantity", UNSET)
    if type(v6) is not int and v6 is not UNSET:
        raise _expected(at + ".quantity", "an integer", v6)
    v7 = get("periodStart", UNSET)
    if type(v7) is str:
        try:
            v7 = _fromisoformat(v7)
        except ValueError:
            raise _expected(at + ".periodStart", "an ISO 8601 date-time", v7) from None
    elif v7 is not UNSET:
        raise _expected(at + ".periodStart", "a string", v7)
    v8 = get("periodEnd", UNSET)
    if type(v8) is str:
        try:
            v8 = _fromisoformat(v8)
        except ValueError:
            raise _expected(at + ".periodEnd", "an ISO 8601 date-time", v8) from None
    elif v8 is not UNSET:
        raise _expected(at + ".periodEnd", "a string", v8)
    v9 = get("autoRenew", UNSET)
    if type(v9) is not bool and v9 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v9)
    v10 = get("description", UNSET)
    if type(v10) is not str and v10 is not UNSET:
        raise _expected(at + ".description", "a string", v10)
    v11 = get("subscriptionStatus", UNSET)
    if type(v11) is str:
        v11 = _SubscriptionStatus.get(v11, v11)
    elif v11 is not UNSET:
        raise _expected(at + ".subscriptionStatus", "a string", v11)
    obj = SubscriptionCancelledEventData(
        user_id=v0,
        user_email=v1,
        subscription_id=v2,
        domain_id=v3,
        domain=v4,
        workspace_type=v5,
        quantity=v6,
        period_start=v7,
        period_end=v8,
        auto_renew=v9,
        description=v10,
        subscription_status=v11,
    )
    if not _KEYS_SUBSCRIPTION_CANCELLED_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_CANCELLED_EVENT_DATA}
    return obj


def parse_subscription_expired_event_data(
    d: Any, at: str = "SubscriptionExpiredEventData"
) -> SubscriptionExpiredEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("subscriptionId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".subscriptionId", "a string", v2)
    v3 = get("domainId", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".domainId", "a string", v3)
    v4 = get("domain", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".domain", "a string", v4)
    v5 = get("workspaceType", UNSET)
    if type(v5) is str:
        v5 = _ServiceProvider.get(v5, v5)
    elif v5 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v5)
    v6 = get("quantity", UNSET)
    if type(v6) is not int and v6 is not UNSET:
        raise _expected(at + ".quantity", "an integer", v6)
    v7 = get("periodStart", UNSET)
    if type(v7) is str:
        try:
            v7 = _fromisoformat(v7)
        except ValueError:
            raise _expected(at + ".periodStart", "an ISO 8601 date-time", v7) from None
    elif v7 is not UNSET:
        raise _expected(at + ".periodStart", "a string", v7)
    v8 = get("periodEnd", UNSET)
    if type(v8) is str:
        try:
            v8 = _fromisoformat(v8)
        except ValueError:
            raise _expected(at + ".periodEnd", "an ISO 8601 date-time", v8) from None
    elif v8 is not UNSET:
        raise _expected(at + ".periodEnd", "a string", v8)
    v9 = get("autoRenew", UNSET)
    if type(v9) is not bool and v9 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v9)
    v10 = get("description", UNSET)
    if type(v10) is not str and v10 is not UNSET:
        raise _expected(at + ".description", "a string", v10)
    v11 = get("subscriptionStatus", UNSET)
    if type(v11) is str:
        v11 = _SubscriptionStatus.get(v11, v11)
    elif v11 is not UNSET:
        raise _expected(at + ".subscriptionStatus", "a string", v11)
    obj = SubscriptionExpiredEventData(
        user_id=v0,
        user_email=v1,
        subscription_id=v2,
        domain_id=v3,
        domain=v4,
        workspace_type=v5,
        quantity=v6,
        period_start=v7,
        period_end=v8,
        auto_renew=v9,
        description=v10,
        subscription_status=v11,
    )
    if not _KEYS_SUBSCRIPTION_EXPIRED_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_EXPIRED_EVENT_DATA}
    return obj


def parse_subscription(d: Any, at: str = "Subscription") -> Subscription:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("subscriptionId", UNSET)
    if v0 is UNSET:
        raise _missing(at, "subscriptionId")
    if type(v0) is not str:
        raise _expected(at + ".subscriptionId", "a string", v0)
    v1 = get("subscriptionStatus", UNSET)
    if type(v1) is str:
        v1 = _SubscriptionStatus.get(v1, v1)
    elif v1 is not UNSET:
        raise _expected(at + ".subscriptionStatus", "a string", v1)
    v2 = get("totalMailboxQuantity", UNSET)
    if type(v2) is not int and v2 is not UNSET:
        raise _expected(at + ".totalMailboxQuantity", "an integer", v2)
    v3 = get("billingCycle", UNSET)
    if type(v3) is str:
        v3 = _BillingCycle.get(v3, v3)
    elif v3 is not UNSET:
        raise _expected(at + ".billingCycle", "a string", v3)
    v4 = get("pricePerMailbox", UNSET)
    if type(v4) is not int and type(v4) is not float and v4 is not UNSET:
        raise _expected(at + ".pricePerMailbox", "a number", v4)
    v5 = get("periodStart", UNSET)
    if type(v5) is str:
        try:
            v5 = _fromisoformat(v5)
        except ValueError:
            raise _expected(at + ".periodStart", "an ISO 8601 date-time", v5) from None
    elif v5 is not UNSET:
        raise _expected(at + ".periodStart", "a string", v5)
    v6 = get("periodEnd", UNSET)
    if type(v6) is str:
        try:
            v6 = _fromisoformat(v6)
        except ValueError:
            raise _expected(at + ".periodEnd", "an ISO 8601 date-time", v6) from None
    elif v6 is not UNSET:
        raise _expected(at + ".periodEnd", "a string", v6)
    v7 = get("serviceProvider", UNSET)
    if type(v7) is str:
        v7 = _ServiceProvider.get(v7, v7)
    elif v7 is not UNSET:
        raise _expected(at + ".serviceProvider", "a string", v7)
    v8 = get("autoRenew", UNSET)
    if type(v8) is not bool and v8 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v8)
    v9 = get("userId", UNSET)
    if type(v9) is not str and v9 is not UNSET:
        raise _expected(at + ".userId", "a string", v9)
    v10 = get("domain", UNSET)
    if type(v10) is not str and v10 is not UNSET:
        raise _expected(at + ".domain", "a string", v10)
    obj = Subscription(
        subscription_id=v0,
        subscription_status=v1,
        total_mailbox_quantity=v2,
        billing_cycle=v3,
        price_per_mailbox=v4,
        period_start=v5,
        period_end=v6,
        service_provider=v7,
        auto_renew=v8,
        user_id=v9,
        domain=v10,
    )
    if not _KEYS_SUBSCRIPTION.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION}
    return obj


def parse_pagination(d: Any, at: str = "Pagination") -> Pagination:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("totalSearchedCount", UNSET)
    if type(v0) is not int and v0 is not UNSET:
        raise _expected(at + ".totalSearchedCount", "an integer", v0)
    v1 = get("currentPage", UNSET)
    if type(v1) is not int and v1 is not UNSET:
        raise _expected(at + ".currentPage", "an integer", v1)
    v2 = get("nextPage", UNSET)
    if type(v2) is not int and v2 is not None and v2 is not UNSET:
        raise _expected(at + ".nextPage", "an integer", v2)
    v3 = get("totalPages", UNSET)
    if type(v3) is not int and v3 is not UNSET:
        raise _expected(at + ".totalPages", "an integer", v3)
    obj = Pagination(total_searched_count=v0, current_page=v1, next_page=v2, total_pages=v3)
    if not _KEYS_PAGINATION.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PAGINATION}
    return obj


def parse_subscription_past_due_event_data(
    d: Any, at: str = "SubscriptionPastDueEventData"
) -> SubscriptionPastDueEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("subscriptionId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".subscriptionId", "a string", v2)
    v3 = get("domainId", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".domainId", "a string", v3)
    v4 = get("domain", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".domain", "a string", v4)
    v5 = get("workspaceType", UNSET)
    if type(v5) is str:
        v5 = _ServiceProvider.get(v5, v5)
    elif v5 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v5)
    v6 = get("quantity", UNSET)
    if type(v6) is not int and v6 is not UNSET:
        raise _expected(at + ".quantity", "an integer", v6)
    v7 = get("periodStart", UNSET)
    if type(v7) is str:
        try:
            v7 = _fromisoformat(v7)
        except ValueError:
            raise _expected(at + ".periodStart", "an ISO 8601 date-time", v7) from None
    elif v7 is not UNSET:
        raise _expected(at + ".periodStart", "a string", v7)
    v8 = get("periodEnd", UNSET)
    if type(v8) is str:
        try:
            v8 = _fromisoformat(v8)
        except ValueError:
            raise _expected(at + ".periodEnd", "an ISO 8601 date-time", v8) from None
    elif v8 is not UNSET:
        raise _expected(at + ".periodEnd", "a string", v8)
    v9 = get("autoRenew", UNSET)
    if type(v9) is not bool and v9 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v9)
    v10 = get("description", UNSET)
    if type(v10) is not str and v10 is not UNSET:
        raise _expected(at + ".description", "a string", v10)
    v11 = get("subscriptionStatus", UNSET)
    if type(v11) is str:
        v11 = _SubscriptionStatus.get(v11, v11)
    elif v11 is not UNSET:
        raise _expected(at + ".subscriptionStatus", "a string", v11)
    obj = SubscriptionPastDueEventData(
        user_id=v0,
        user_email=v1,
        subscription_id=v2,
        domain_id=v3,
        domain=v4,
        workspace_type=v5,
        quantity=v6,
        period_start=v7,
        period_end=v8,
        auto_renew=v9,
        description=v10,
        subscription_status=v11,
    )
    if not _KEYS_SUBSCRIPTION_PAST_DUE_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_PAST_DUE_EVENT_DATA}
    return obj


def parse_subscription_renewal_failed_event_data(
    d: Any, at: str = "SubscriptionRenewalFailedEventData"
) -> SubscriptionRenewalFailedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("subscriptionId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".subscriptionId", "a string", v2)
    v3 = get("domainId", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".domainId", "a string", v3)
    v4 = get("domain", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".domain", "a string", v4)
    v5 = get("workspaceType", UNSET)
    if type(v5) is str:
        v5 = _ServiceProvider.get(v5, v5)
    elif v5 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v5)
    v6 = get("quantity", UNSET)
    if type(v6) is not int and v6 is not UNSET:
        raise _expected(at + ".quantity", "an integer", v6)
    v7 = get("periodStart", UNSET)
    if type(v7) is str:
        try:
            v7 = _fromisoformat(v7)
        except ValueError:
            raise _expected(at + ".periodStart", "an ISO 8601 date-time", v7) from None
    elif v7 is not UNSET:
        raise _expected(at + ".periodStart", "a string", v7)
    v8 = get("periodEnd", UNSET)
    if type(v8) is str:
        try:
            v8 = _fromisoformat(v8)
        except ValueError:
            raise _expected(at + ".periodEnd", "an ISO 8601 date-time", v8) from None
    elif v8 is not UNSET:
        raise _expected(at + ".periodEnd", "a string", v8)
    v9 = get("autoRenew", UNSET)
    if type(v9) is not bool and v9 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v9)
    v10 = get("description", UNSET)
    if type(v10) is not str and v10 is not UNSET:
        raise _expected(at + ".description", "a string", v10)
    v11 = get("subscriptionStatus", UNSET)
    if type(v11) is str:
        v11 = _SubscriptionStatus.get(v11, v11)
    elif v11 is not UNSET:
        raise _expected(at + ".subscriptionStatus", "a string", v11)
    obj = SubscriptionRenewalFailedEventData(
        user_id=v0,
        user_email=v1,
        subscription_id=v2,
        domain_id=v3,
        domain=v4,
        workspace_type=v5,
        quantity=v6,
        period_start=v7,
        period_end=v8,
        auto_renew=v9,
        description=v10,
        subscription_status=v11,
    )
    if not _KEYS_SUBSCRIPTION_RENEWAL_FAILED_EVENT_DATA.issuperset(d):
        obj.additional_properties = {
            k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_RENEWAL_FAILED_EVENT_DATA
        }
    return obj


def parse_subscription_renewal_success_event_data(
    d: Any, at: str = "SubscriptionRenewalSuccessEventData"
) -> SubscriptionRenewalSuccessEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("subscriptionId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".subscriptionId", "a string", v2)
    v3 = get("domainId", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".domainId", "a string", v3)
    v4 = get("domain", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".domain", "a string", v4)
    v5 = get("workspaceType", UNSET)
    if type(v5) is str:
        v5 = _ServiceProvider.get(v5, v5)
    elif v5 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v5)
    v6 = get("quantity", UNSET)
    if type(v6) is not int and v6 is not UNSET:
        raise _expected(at + ".quantity", "an integer", v6)
    v7 = get("periodStart", UNSET)
    if type(v7) is str:
        try:
            v7 = _fromisoformat(v7)
        except ValueError:
            raise _expected(at + ".periodStart", "an ISO 8601 date-time", v7) from None
    elif v7 is not UNSET:
        raise _expected(at + ".periodStart", "a string", v7)
    v8 = get("periodEnd", UNSET)
    if type(v8) is str:
        try:
            v8 = _fromisoformat(v8)
        except ValueError:
            raise _expected(at + ".periodEnd", "an ISO 8601 date-time", v8) from None
    elif v8 is not UNSET:
        raise _expected(at + ".periodEnd", "a string", v8)
    v9 = get("autoRenew", UNSET)
    if type(v9) is not bool and v9 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v9)
    v10 = get("description", UNSET)
    if type(v10) is not str and v10 is not UNSET:
        raise _expected(at + ".description", "a string", v10)
    v11 = get("subscriptionStatus", UNSET)
    if type(v11) is str:
        v11 = _SubscriptionStatus.get(v11, v11)
    elif v11 is not UNSET:
        raise _expected(at + ".subscriptionStatus", "a string", v11)
    obj = SubscriptionRenewalSuccessEventData(
        user_id=v0,
        user_email=v1,
        subscription_id=v2,
        domain_id=v3,
        domain=v4,
        workspace_type=v5,
        quantity=v6,
        period_start=v7,
        period_end=v8,
        auto_renew=v9,
        description=v10,
        subscription_status=v11,
    )
    if not _KEYS_SUBSCRIPTION_RENEWAL_SUCCESS_EVENT_DATA.issuperset(d):
        obj.additional_properties = {
            k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_RENEWAL_SUCCESS_EVENT_DATA
        }
    return obj


def parse_subscription_renewing_event_data(
    d: Any, at: str = "SubscriptionRenewingEventData"
) -> SubscriptionRenewingEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("subscriptionId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".subscriptionId", "a string", v2)
    v3 = get("domainId", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".domainId", "a string", v3)
    v4 = get("domain", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".domain", "a string", v4)
    v5 = get("workspaceType", UNSET)
    if type(v5) is str:
        v5 = _ServiceProvider.get(v5, v5)
    elif v5 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v5)
    v6 = get("quantity", UNSET)
    if type(v6) is not int and v6 is not UNSET:
        raise _expected(at + ".quantity", "an integer", v6)
    v7 = get("periodStart", UNSET)
    if type(v7) is str:
        try:
            v7 = _fromisoformat(v7)
        except ValueError:
            raise _expected(at + ".periodStart", "an ISO 8601 date-time", v7) from None
    elif v7 is not UNSET:
        raise _expected(at + ".periodStart", "a string", v7)
    v8 = get("periodEnd", UNSET)
    if type(v8) is str:
        try:
            v8 = _fromisoformat(v8)
        except ValueError:
            raise _expected(at + ".periodEnd", "an ISO 8601 date-time", v8) from None
    elif v8 is not UNSET:
        raise _expected(at + ".periodEnd", "a string", v8)
    v9 = get("autoRenew", UNSET)
    if type(v9) is not bool and v9 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v9)
    v10 = get("description", UNSET)
    if type(v10) is not str and v10 is not UNSET:
        raise _expected(at + ".description", "a string", v10)
    v11 = get("subscriptionStatus", UNSET)
    if type(v11) is str:
        v11 = _SubscriptionStatus.get(v11, v11)
    elif v11 is not UNSET:
        raise _expected(at + ".subscriptionStatus", "a string", v11)
    obj = SubscriptionRenewingEventData(
        user_id=v0,
        user_email=v1,
        subscription_id=v2,
        domain_id=v3,
        domain=v4,
        workspace_type=v5,
        quantity=v6,
        period_start=v7,
        period_end=v8,
        auto_renew=v9,
        description=v10,
        subscription_status=v11,
    )
    if not _KEYS_SUBSCRIPTION_RENEWING_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_RENEWING_EVENT_DATA}
    return obj


def parse_subscription_updated_event_data(
    d: Any, at: str = "SubscriptionUpdatedEventData"
) -> SubscriptionUpdatedEventData:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("userId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".userId", "a string", v0)
    v1 = get("userEmail", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".userEmail", "a string", v1)
    v2 = get("subscriptionId", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".subscriptionId", "a string", v2)
    v3 = get("domainId", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".domainId", "a string", v3)
    v4 = get("domain", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".domain", "a string", v4)
    v5 = get("workspaceType", UNSET)
    if type(v5) is str:
        v5 = _ServiceProvider.get(v5, v5)
    elif v5 is not UNSET:
        raise _expected(at + ".workspaceType", "a string", v5)
    v6 = get("quantity", UNSET)
    if type(v6) is not int and v6 is not UNSET:
        raise _expected(at + ".quantity", "an integer", v6)
    v7 = get("periodStart", UNSET)
    if type(v7) is str:
        try:
            v7 = _fromisoformat(v7)
        except ValueError:
            raise _expected(at + ".periodStart", "an ISO 8601 date-time", v7) from None
    elif v7 is not UNSET:
        raise _expected(at + ".periodStart", "a string", v7)
    v8 = get("periodEnd", UNSET)
    if type(v8) is str:
        try:
            v8 = _fromisoformat(v8)
        except ValueError:
            raise _expected(at + ".periodEnd", "an ISO 8601 date-time", v8) from None
    elif v8 is not UNSET:
        raise _expected(at + ".periodEnd", "a string", v8)
    v9 = get("autoRenew", UNSET)
    if type(v9) is not bool and v9 is not UNSET:
        raise _expected(at + ".autoRenew", "a boolean", v9)
    v10 = get("description", UNSET)
    if type(v10) is not str and v10 is not UNSET:
        raise _expected(at + ".description", "a string", v10)
    v11 = get("subscriptionStatus", UNSET)
    if type(v11) is str:
        v11 = _SubscriptionStatus.get(v11, v11)
    elif v11 is not UNSET:
        raise _expected(at + ".subscriptionStatus", "a string", v11)
    obj = SubscriptionUpdatedEventData(
        user_id=v0,
        user_email=v1,
        subscription_id=v2,
        domain_id=v3,
        domain=v4,
        workspace_type=v5,
        quantity=v6,
        period_start=v7,
        period_end=v8,
        auto_renew=v9,
        description=v10,
        subscription_status=v11,
    )
    if not _KEYS_SUBSCRIPTION_UPDATED_EVENT_DATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_SUBSCRIPTION_UPDATED_EVENT_DATA}
    return obj


def parse_platform_credential(d: Any, at: str = "PlatformCredential") -> PlatformCredential:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("credentialId", UNSET)
    if v0 is UNSET:
        raise _missing(at, "credentialId")
    if type(v0) is not str:
        raise _expected(at + ".credentialId", "a string", v0)
    v1 = get("email", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".email", "a string", v1)
    v2 = get("connectedAt", UNSET)
    if type(v2) is str:
        try:
            v2 = _fromisoformat(v2)
        except ValueError:
            raise _expected(at + ".connectedAt", "an ISO 8601 date-time", v2) from None
    elif v2 is not UNSET:
        raise _expected(at + ".connectedAt", "a string", v2)
    v3 = get("metadata", UNSET)
    if v3 is not UNSET:
        v3 = parse_platform_credential_metadata(v3, at + ".metadata")
    obj = PlatformCredential(credential_id=v0, email=v1, connected_at=v2, metadata=v3)
    if not _KEYS_PLATFORM_CREDENTIAL.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PLATFORM_CREDENTIAL}
    return obj


def parse_mailbox_updated_event_data_updated_fields(
    d: Any, at: str = "MailboxUpdatedEventDataUpdatedFields"
) -> MailboxUpdatedEventDataUpdatedFields:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    obj = MailboxUpdatedEventDataUpdatedFields()
    obj.additional_properties = dict(d)
    return obj


def parse_pre_warmup_inventory_mailbox(d: Any, at: str = "PreWarmupInventoryMailbox") -> PreWarmupInventoryMailbox:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("email", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".email", "a string", v0)
    v1 = get("firstName", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".firstName", "a string", v1)
    v2 = get("lastName", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".lastName", "a string", v2)
    v3 = get("createdAt", UNSET)
    if type(v3) is str:
        try:
            v3 = _fromisoformat(v3)
        except ValueError:
            raise _expected(at + ".createdAt", "an ISO 8601 date-time", v3) from None
    elif v3 is not UNSET:
        raise _expected(at + ".createdAt", "a string", v3)
    obj = PreWarmupInventoryMailbox(email=v0, first_name=v1, last_name=v2, created_at=v3)
    if not _KEYS_PRE_WARMUP_INVENTORY_MAILBOX.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PRE_WARMUP_INVENTORY_MAILBOX}
    return obj


def parse_pre_warmup_domain_assignment(d: Any, at: str = "PreWarmupDomainAssignment") -> PreWarmupDomainAssignment:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("domain", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".domain", "a string", v0)
    v1 = get("subscriptionId", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".subscriptionId", "a string", v1)
    v2 = get("preWarmedUpMailboxes", UNSET)
    if type(v2) is list:
        item_path = at + ".preWarmedUpMailboxes" + "[]"
        v2 = [parse_pre_warmed_up_mailbox(item, item_path) for item in v2]
    elif v2 is not UNSET:
        raise _expected(at + ".preWarmedUpMailboxes", "an array", v2)
    obj = PreWarmupDomainAssignment(domain=v0, subscription_id=v1, pre_warmed_up_mailboxes=v2)
    if not _KEYS_PRE_WARMUP_DOMAIN_ASSIGNMENT.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PRE_WARMUP_DOMAIN_ASSIGNMENT}
    return obj


def parse_platform_credential_metadata(d: Any, at: str = "PlatformCredentialMetadata") -> PlatformCredentialMetadata:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("appBaseUrl", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".appBaseUrl", "a string", v0)
    v1 = get("clientId", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".clientId", "a string", v1)
    v2 = get("appName", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".appName", "a string", v2)
    v3 = get("workspace", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".workspace", "a string", v3)
    obj = PlatformCredentialMetadata(app_base_url=v0, client_id=v1, app_name=v2, workspace=v3)
    if not _KEYS_PLATFORM_CREDENTIAL_METADATA.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PLATFORM_CREDENTIAL_METADATA}
    return obj


def parse_pre_warmed_up_mailbox(d: Any, at: str = "PreWarmedUpMailbox") -> PreWarmedUpMailbox:
    if type(d) is not dict:
        raise _expected(at, "an object", d)
    get = d.get
    v0 = get("mailboxId", UNSET)
    if type(v0) is not str and v0 is not UNSET:
        raise _expected(at + ".mailboxId", "a string", v0)
    v1 = get("email", UNSET)
    if type(v1) is not str and v1 is not UNSET:
        raise _expected(at + ".email", "a string", v1)
    v2 = get("firstName", UNSET)
    if type(v2) is not str and v2 is not UNSET:
        raise _expected(at + ".firstName", "a string", v2)
    v3 = get("lastName", UNSET)
    if type(v3) is not str and v3 is not UNSET:
        raise _expected(at + ".lastName", "a string", v3)
    v4 = get("profilePicture", UNSET)
    if type(v4) is not str and v4 is not UNSET:
        raise _expected(at + ".profilePicture", "a string", v4)
    v5 = get("password", UNSET)
    if type(v5) is not str and v5 is not UNSET:
        raise _expected(at + ".password", "a string", v5)
    v6 = get("appPassword", UNSET)
    if type(v6) is not str and v6 is not UNSET:
        raise _expected(at + ".appPassword", "a string", v6)
    v7 = get("authenticatorSecret", UNSET)
    if type(v7) is not str and v7 is not UNSET:
        raise _expected(at + ".authenticatorSecret", "a string", v7)
    v8 = get("isAdmin", UNSET)
    if type(v8) is not bool and v8 is not UNSET:
        raise _expected(at + ".isAdmin", "a boolean", v8)
    v9 = get("warmingUpFrom", UNSET)
    if type(v9) is str:
        try:
            v9 = _fromisoformat(v9)
        except ValueError:
            raise _expected(at + ".warmingUpFrom", "an ISO 8601 date-time", v9) from None
    elif v9 is not UNSET:
        raise _expected(at + ".warmingUpFrom", "a string", v9)
    v10 = get("expiryDate", UNSET)
    if type(v10) is str:
        try:
            v10 = _fromisoformat(v10)
        except ValueError:
            raise _expected(at + ".expiryDate", "an ISO 8601 date-time", v10) from None
    elif v10 is not UNSET:
        raise _expected(at + ".expiryDate", "a string", v10)
    obj = PreWarmedUpMailbox(
        mailbox_id=v0,
        email=v1,
        first_name=v2,
        last_name=v3,
        profile_picture=v4,
        password=v5,
        app_password=v6,
        authenticator_secret=v7,
        is_admin=v8,
        warming_up_from=v9,
        expiry_date=v10,
    )
    if not _KEYS_PRE_WARMED_UP_MAILBOX.issuperset(d):
        obj.additional_properties = {k: v for k, v in d.items() if k not in _KEYS_PRE_WARMED_UP_MAILBOX}
    return obj
