# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Every operation of the spec: where it lives on the client and on the wire, what it sends, what it answers.

`OPERATIONS` maps each operationId to its `Operation`; `PAGES` maps each page/limit list to its `Paging`.
An operation whose work finishes by webhook carries its `OutcomeRule` (the spec's `x-cmr-outcome`). The
`*_FIELDS` tables describe the request models, for the validator. Importing this module imports no model: the
`Ref`s load them on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coldmailreseller._runtime import Data, Field, Operation, OutcomeRule, Paging, Ref, Shape

if TYPE_CHECKING:
    from coldmailreseller._results import PlacementReportsPage, UsersPage, WorkspaceCheckResult

    from .models.connected_platforms import ConnectedPlatforms
    from .models.country_code_map import CountryCodeMap
    from .models.dns_record_set import DnsRecordSet
    from .models.domain import Domain
    from .models.domain_auto_renew_state import DomainAutoRenewState
    from .models.domain_renewal_price import DomainRenewalPrice
    from .models.mailbox import Mailbox
    from .models.mailbox_admin_details import MailboxAdminDetails
    from .models.mailbox_update_result import MailboxUpdateResult
    from .models.order import Order
    from .models.order_status import OrderStatus
    from .models.placement_report import PlacementReport
    from .models.placement_test_order import PlacementTestOrder
    from .models.platform_credential_id import PlatformCredentialId
    from .models.pre_warmup_domain import PreWarmupDomain
    from .models.pre_warmup_inventory_page import PreWarmupInventoryPage
    from .models.state_code_map import StateCodeMap
    from .models.subscription import Subscription
    from .models.subscription_page import SubscriptionPage
    from .models.user import User
    from .models.warmup_state import WarmupState

WORKSPACE_CHECK_DOMAIN_FIELDS: tuple[Field, ...] = (
    Field("domainName", "domain_name", "body", Shape("str"), required=True, min_length=1),
    Field(
        "serviceProvider",
        "service_provider",
        "body",
        Shape("enum", Ref("coldmailreseller_generated.models.service_provider", "ServiceProvider")),
        required=False,
    ),
)

DNS_RECORD_INPUT_FIELDS: tuple[Field, ...] = (
    Field("host", "host", "body", Shape("str"), required=True),
    Field("value", "value", "body", Shape("str"), required=True),
    Field("recordType", "record_type", "body", Shape("str"), required=True),
    Field(
        "excludedDMARCtags",
        "excluded_dmar_ctags",
        "body",
        Shape("list", item=Shape("enum", Ref("coldmailreseller_generated.models.dmarc_tag", "DmarcTag"))),
        required=False,
    ),
)

ORDER_DOMAIN_FIELDS: tuple[Field, ...] = (
    Field("domain", "domain", "body", Shape("str"), required=True, min_length=1),
    Field("years", "years", "body", Shape("int"), required=True, minimum=1),
    Field("forwardTo", "forward_to", "body", Shape("str"), required=False),
)

ORDER_MAILBOX_FIELDS: tuple[Field, ...] = (
    Field("username", "username", "body", Shape("str"), required=True, min_length=1),
    Field("firstName", "first_name", "body", Shape("str"), required=True),
    Field("lastName", "last_name", "body", Shape("str"), required=True),
    Field("profilePicture", "profile_picture", "body", Shape("str"), required=False),
    Field("onWarmup", "on_warmup", "body", Shape("bool"), required=False),
)

GOOGLE_OAUTH_CONFIG_FIELDS: tuple[Field, ...] = (
    Field("googleOauthRoute", "google_oauth_route", "body", Shape("str"), required=False),
    Field("clientId", "client_id", "body", Shape("str"), required=False),
    Field("appName", "app_name", "body", Shape("str"), required=False),
)

MAILBOX_UPDATE_FIELDS: tuple[Field, ...] = (
    Field("mailboxId", "mailbox_id", "body", Shape("str"), required=True, min_length=1),
    Field("userName", "user_name", "body", Shape("str"), required=False),
    Field("firstName", "first_name", "body", Shape("str"), required=False),
    Field("lastName", "last_name", "body", Shape("str"), required=False),
    Field("profilePicture", "profile_picture", "body", Shape("str"), required=False),
    Field("removeProfilePicture", "remove_profile_picture", "body", Shape("bool"), required=False),
)

PLATFORM_CREDENTIAL_SECRETS_FIELDS: tuple[Field, ...] = (
    Field("email", "email", "body", Shape("str"), required=True),
    Field("password", "password", "body", Shape("str"), required=True),
)

PLATFORM_CREDENTIAL_METADATA_FIELDS: tuple[Field, ...] = (
    Field("appBaseUrl", "app_base_url", "body", Shape("str"), required=False),
    Field("clientId", "client_id", "body", Shape("str"), required=False),
    Field("appName", "app_name", "body", Shape("str"), required=False),
    Field("workspace", "workspace", "body", Shape("str"), required=False),
)

OAUTH_EXPORT_GOOGLE_CONFIG_FIELDS: tuple[Field, ...] = (
    Field("googleOauthRoute", "google_oauth_route", "body", Shape("str"), required=False),
    Field("clientId", "client_id", "body", Shape("str"), required=False),
    Field("appName", "app_name", "body", Shape("str"), required=False),
)

OAUTH_EXPORT_MICROSOFT_CONFIG_FIELDS: tuple[Field, ...] = (
    Field("microsoftOauthRoute", "microsoft_oauth_route", "body", Shape("str"), required=False),
)

PRE_WARMUP_ORDER_ITEM_FIELDS: tuple[Field, ...] = (
    Field("domain", "domain", "body", Shape("str"), required=True, min_length=1),
    Field("forwardTo", "forward_to", "body", Shape("str"), required=False),
)

LIST_USERS: Operation[UsersPage] = Operation(
    operation_id="listUsers",
    resource="users",
    method="list",
    http_method="GET",
    path="/users/list",
    effect="read",
    fields=(
        Field("page", "page", "query", Shape("int"), required=False, minimum=1),
        Field("limit", "limit", "query", Shape("int"), required=False, minimum=1, maximum=100),
    ),
    data=Data("model", Ref("coldmailreseller_generated.models.user_list", "UserList"), required=True),
    has_action_id=False,
    sandbox=False,
    result="users-page",
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_USERS_PAGES: Paging[User] = Paging(
    LIST_USERS,
    items=None,
    total_pages=None,
    current_page=None,
    item=Ref("coldmailreseller_generated.models.user", "User"),
)

GET_USER: Operation[User] = Operation(
    operation_id="getUser",
    resource="users",
    method="get",
    http_method="GET",
    path="/users",
    effect="read",
    fields=(Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("model", Ref("coldmailreseller_generated.models.user", "User"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

UPDATE_USER: Operation[None] = Operation(
    operation_id="updateUser",
    resource="users",
    method="update",
    http_method="PUT",
    path="/users",
    effect="idempotent",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("email", "email", "body", Shape("str"), required=False),
        Field("company", "company", "body", Shape("str"), required=False),
        Field("firstName", "first_name", "body", Shape("str"), required=False),
        Field("lastName", "last_name", "body", Shape("str"), required=False),
        Field("country", "country", "body", Shape("str"), required=False, min_length=2, max_length=2),
        Field("city", "city", "body", Shape("str"), required=False),
        Field("addressLineOne", "address_line_one", "body", Shape("str"), required=False),
        Field("addressLineTwo", "address_line_two", "body", Shape("str"), required=False),
        Field("addressLineThree", "address_line_three", "body", Shape("str"), required=False),
        Field("languagePreference", "language_preference", "body", Shape("str"), required=False),
        Field("postalCode", "postal_code", "body", Shape("str"), required=False),
        Field("state", "state", "body", Shape("str"), required=False),
        Field("phoneCc", "phone_cc", "body", Shape("str"), required=False),
        Field("phone", "phone", "body", Shape("str"), required=False),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)

CREATE_USER: Operation[User] = Operation(
    operation_id="createUser",
    resource="users",
    method="create",
    http_method="POST",
    path="/users",
    effect="create",
    fields=(
        Field("email", "email", "body", Shape("str"), required=True, min_length=1),
        Field("company", "company", "body", Shape("str"), required=True, min_length=1),
        Field("firstName", "first_name", "body", Shape("str"), required=True, min_length=1),
        Field("lastName", "last_name", "body", Shape("str"), required=True, min_length=1),
        Field("country", "country", "body", Shape("str"), required=True, min_length=2, max_length=2),
        Field("city", "city", "body", Shape("str"), required=True, min_length=1),
        Field("addressLineOne", "address_line_one", "body", Shape("str"), required=True, min_length=1),
        Field("addressLineTwo", "address_line_two", "body", Shape("str"), required=False),
        Field("addressLineThree", "address_line_three", "body", Shape("str"), required=False),
        Field("languagePreference", "language_preference", "body", Shape("str"), required=True, min_length=1),
        Field("postalCode", "postal_code", "body", Shape("str"), required=True, min_length=1),
        Field("state", "state", "body", Shape("str"), required=True, min_length=1),
        Field("phoneCc", "phone_cc", "body", Shape("str"), required=True, min_length=1),
        Field("phone", "phone", "body", Shape("str"), required=True, min_length=1),
    ),
    data=Data("model", Ref("coldmailreseller_generated.models.user", "User"), required=True),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

DELETE_USER: Operation[None] = Operation(
    operation_id="deleteUser",
    resource="users",
    method="delete",
    http_method="DELETE",
    path="/users",
    effect="idempotent",
    fields=(Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)

LIST_COUNTRIES: Operation[CountryCodeMap] = Operation(
    operation_id="listCountries",
    resource="geo",
    method="list_countries",
    http_method="GET",
    path="/geo/countries",
    effect="read",
    fields=(),
    data=Data("model", Ref("coldmailreseller_generated.models.country_code_map", "CountryCodeMap"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_STATES: Operation[StateCodeMap] = Operation(
    operation_id="listStates",
    resource="geo",
    method="list_states",
    http_method="GET",
    path="/geo/states",
    effect="read",
    fields=(Field("countryCode", "country_code", "query", Shape("str"), required=True, min_length=2, max_length=2),),
    data=Data("model", Ref("coldmailreseller_generated.models.state_code_map", "StateCodeMap"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

GET_DOMAIN_RENEWAL_PRICE: Operation[list[DomainRenewalPrice]] = Operation(
    operation_id="getDomainRenewalPrice",
    resource="domains",
    method="renewal_price",
    http_method="POST",
    path="/domains/renewal-price",
    effect="read",
    fields=(
        Field("userId", "user_id", "body", Shape("str"), required=True, min_length=1),
        Field("domains", "domains", "body", Shape("list", item=Shape("str")), required=True, min_items=1),
    ),
    data=Data(
        "list", Ref("coldmailreseller_generated.models.domain_renewal_price", "DomainRenewalPrice"), required=True
    ),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

RENEW_DOMAIN: Operation[None] = Operation(
    operation_id="renewDomain",
    resource="domains",
    method="renew",
    http_method="POST",
    path="/domains/renew",
    effect="money",
    fields=(),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
    outcome=OutcomeRule(
        success=("domain.renewal.success",),
        failure=("domain.renewal.failed",),
        reconcile_undocumented="Neither the request body nor the payloads of domain.renewal.success and domain.renewal.failed are documented (A-domains-renew.md, C-webhook-events-domain.md), so nothing ties an event to a renewal.",
        rule="The renewal is done when domain.renewal.success arrives and has failed on domain.renewal.failed; neither payload nor the request body is documented, so no field to match them by is known.",
        source="repo",
    ),
)

SET_DOMAIN_AUTO_RENEW: Operation[list[DomainAutoRenewState]] = Operation(
    operation_id="setDomainAutoRenew",
    resource="domains",
    method="set_auto_renew",
    http_method="PATCH",
    path="/domains/toggle-auto-renew",
    effect="idempotent",
    fields=(
        Field("userId", "user_id", "body", Shape("str"), required=True, min_length=1),
        Field("domains", "domains", "body", Shape("list", item=Shape("str")), required=True, min_items=1),
        Field("autoRenew", "auto_renew", "body", Shape("bool"), required=True),
    ),
    data=Data(
        "list", Ref("coldmailreseller_generated.models.domain_auto_renew_state", "DomainAutoRenewState"), required=True
    ),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_USER_DOMAINS: Operation[list[Domain]] = Operation(
    operation_id="listUserDomains",
    resource="domains",
    method="list",
    http_method="GET",
    path="/domains/by-user",
    effect="read",
    fields=(Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("list", Ref("coldmailreseller_generated.models.domain", "Domain"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

CHECK_WORKSPACE_EXISTS: Operation[WorkspaceCheckResult] = Operation(
    operation_id="checkWorkspaceExists",
    resource="domains",
    method="check_workspace",
    http_method="POST",
    path="/domains/has-workspace",
    effect="read",
    fields=(
        Field("domainName", "domain_name", "body", Shape("str"), required=False, min_length=1),
        Field(
            "serviceProvider",
            "service_provider",
            "body",
            Shape("enum", Ref("coldmailreseller_generated.models.service_provider", "ServiceProvider")),
            required=False,
        ),
        Field(
            "domains",
            "domains",
            "body",
            Shape(
                "list",
                item=Shape(
                    "model",
                    Ref("coldmailreseller_generated.models.workspace_check_domain", "WorkspaceCheckDomain"),
                    fields=WORKSPACE_CHECK_DOMAIN_FIELDS,
                ),
            ),
            required=False,
            min_items=1,
        ),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    one_of=(("domainName",), ("domains",)),
    result="workspace-check",
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

ADD_GOOGLE_CLIENT_ID: Operation[None] = Operation(
    operation_id="addGoogleClientId",
    resource="domains",
    method="add_client_id",
    http_method="POST",
    path="/domains/add-client-id",
    effect="async",
    fields=(
        Field("userId", "user_id", "body", Shape("str"), required=True, min_length=1),
        Field("domains", "domains", "body", Shape("list", item=Shape("str")), required=True, min_items=1),
        Field("clientId", "client_id", "body", Shape("str"), required=True, min_length=1),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
    outcome=OutcomeRule(
        undocumented="The guide site says the request is queued; no event reporting its completion is documented (A-domains-google-client-id.md)."
    ),
)

GET_DNS_RECORDS: Operation[DnsRecordSet] = Operation(
    operation_id="getDnsRecords",
    resource="dns",
    method="get_records",
    http_method="GET",
    path="/dns",
    effect="read",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("domain", "domain", "query", Shape("str"), required=True, min_length=1),
    ),
    data=Data("model", Ref("coldmailreseller_generated.models.dns_record_set", "DnsRecordSet"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

UPDATE_DNS_RECORD: Operation[None] = Operation(
    operation_id="updateDnsRecord",
    resource="dns",
    method="update_record",
    http_method="PUT",
    path="/dns",
    effect="idempotent",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("recordId", "record_id", "body", Shape("str"), required=True, min_length=1),
        Field("domain", "domain", "body", Shape("str"), required=True, min_length=1),
        Field("host", "host", "body", Shape("str"), required=True),
        Field("value", "value", "body", Shape("str"), required=True),
        Field("recordType", "record_type", "body", Shape("str"), required=True),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)

ADD_DNS_RECORD: Operation[None] = Operation(
    operation_id="addDnsRecord",
    resource="dns",
    method="add_record",
    http_method="POST",
    path="/dns",
    effect="create",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("domain", "domain", "body", Shape("str"), required=True, min_length=1),
        Field(
            "records",
            "records",
            "body",
            Shape(
                "list",
                item=Shape(
                    "model",
                    Ref("coldmailreseller_generated.models.dns_record_input", "DnsRecordInput"),
                    fields=DNS_RECORD_INPUT_FIELDS,
                ),
            ),
            required=True,
            min_items=1,
        ),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)

DELETE_DNS_RECORD: Operation[None] = Operation(
    operation_id="deleteDnsRecord",
    resource="dns",
    method="delete_record",
    http_method="DELETE",
    path="/dns",
    effect="idempotent",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("recordId", "record_id", "query", Shape("str"), required=True, min_length=1),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)

GET_ORDER_STATUS: Operation[OrderStatus] = Operation(
    operation_id="getOrderStatus",
    resource="orders",
    method="get_status",
    http_method="GET",
    path="/orders/status",
    effect="read",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("orderId", "order_id", "query", Shape("str"), required=True, min_length=1),
    ),
    data=Data("model", Ref("coldmailreseller_generated.models.order_status", "OrderStatus"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

CREATE_ORDER_JSON: Operation[Order] = Operation(
    operation_id="createOrderJson",
    resource="orders",
    method="create",
    http_method="POST",
    path="/orders/json",
    effect="money",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field(
            "domains",
            "domains",
            "body",
            Shape(
                "list",
                item=Shape(
                    "model",
                    Ref("coldmailreseller_generated.models.order_domain", "OrderDomain"),
                    fields=ORDER_DOMAIN_FIELDS,
                ),
            ),
            required=True,
            min_items=1,
        ),
        Field(
            "mailboxes",
            "mailboxes",
            "body",
            Shape(
                "model",
                Ref("coldmailreseller_generated.models.order_mailboxes_by_domain", "OrderMailboxesByDomain"),
                item=Shape(
                    "list",
                    item=Shape(
                        "model",
                        Ref("coldmailreseller_generated.models.order_mailbox", "OrderMailbox"),
                        fields=ORDER_MAILBOX_FIELDS,
                    ),
                ),
            ),
            required=True,
        ),
        Field(
            "billingCycle",
            "billing_cycle",
            "body",
            Shape("enum", Ref("coldmailreseller_generated.models.billing_cycle", "BillingCycle")),
            required=False,
        ),
        Field("confirm", "confirm", "body", Shape("bool"), required=False),
        Field(
            "serviceProvider",
            "service_provider",
            "body",
            Shape("enum", Ref("coldmailreseller_generated.models.service_provider", "ServiceProvider")),
            required=False,
        ),
        Field("microsoftOauthRoute", "microsoft_oauth_route", "body", Shape("str"), required=False),
        Field(
            "google",
            "google",
            "body",
            Shape(
                "model",
                Ref("coldmailreseller_generated.models.google_oauth_config", "GoogleOauthConfig"),
                fields=GOOGLE_OAUTH_CONFIG_FIELDS,
            ),
            required=False,
        ),
        Field("autoRenew", "auto_renew", "body", Shape("bool"), required=False),
    ),
    data=Data("model", Ref("coldmailreseller_generated.models.order", "Order"), required=True),
    has_action_id=True,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data", "actionId")),
    outcome=OutcomeRule(
        success=("domain.order.success", "mailbox.order.success"),
        failure=("domain.order.failed", "mailbox.order.failed"),
        correlate="data.orderId",
        by="response.data.orderId",
        per_item_event="mailbox.created",
        per_item_count="one per mailbox ordered, as each becomes ACTIVE",
        per_item_count_path="request.mailboxes.*[*]",
        reconcile=(("data.userId", "request.userId"), ("data.domainName", "request.domains[*].domain")),
        reconcile_rule="Without the orderId (no answer was read), an order is found by a domain.order.success or mailbox.order.success for the user and one of the domains ordered, recorded after the request was sent; its orderId then leads to the other events. The payloads of domain.order.failed and mailbox.order.failed are not documented, so a failure is found this way only if CMR sends those fields in them too.",
        rule="A confirmed order is done when domain.order.success, mailbox.order.success and one mailbox.created per mailbox have arrived; domain.order.failed (then no mailbox events follow) or mailbox.order.failed ends it as failed; how the events of an order with several domains are split is not documented, and the orderId of the response is known only from the guide site.",
        source="repo",
    ),
)

CREATE_MAILBOX_ORDER: Operation[Order] = Operation(
    operation_id="createMailboxOrder",
    resource="orders",
    method="create_mailbox_order",
    http_method="POST",
    path="/orders/create-mailbox-order/json",
    effect="money",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("subscriptionId", "subscription_id", "body", Shape("str"), required=False, min_length=1),
        Field("domainId", "domain_id", "body", Shape("str"), required=False, min_length=1),
        Field("autoRenew", "auto_renew", "body", Shape("bool"), required=False),
        Field("confirm", "confirm", "body", Shape("bool"), required=False),
        Field(
            "mailboxes",
            "mailboxes",
            "body",
            Shape(
                "model",
                Ref("coldmailreseller_generated.models.order_mailboxes_by_domain", "OrderMailboxesByDomain"),
                item=Shape(
                    "list",
                    item=Shape(
                        "model",
                        Ref("coldmailreseller_generated.models.order_mailbox", "OrderMailbox"),
                        fields=ORDER_MAILBOX_FIELDS,
                    ),
                ),
            ),
            required=True,
        ),
        Field(
            "billingCycle",
            "billing_cycle",
            "body",
            Shape("enum", Ref("coldmailreseller_generated.models.billing_cycle", "BillingCycle")),
            required=False,
        ),
    ),
    data=Data("model", Ref("coldmailreseller_generated.models.order", "Order"), required=True),
    has_action_id=True,
    sandbox=False,
    has_body=True,
    one_of=(("subscriptionId",), ("domainId",)),
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data", "actionId")),
    outcome=OutcomeRule(
        success=("mailbox.order.success",),
        failure=("mailbox.order.failed",),
        correlate="data.orderId",
        by="response.data.orderId",
        per_item_event="mailbox.created",
        per_item_count="one per mailbox ordered, as each becomes ACTIVE",
        per_item_count_path="request.mailboxes.*[*]",
        reconcile=(("data.userId", "request.userId"), ("data.domainName", "request.mailboxes.*~")),
        reconcile_rule="Without the orderId, the order is found by a mailbox.order.success for the user and one of the domains the mailboxes were ordered on (the keys of mailboxes), recorded after the request was sent; the payload of mailbox.order.failed is not documented, so a failure is found this way only if CMR sends those fields in it too.",
        rule="A confirmed order is done when mailbox.order.success and one mailbox.created per mailbox have arrived, and has failed on mailbox.order.failed; the response body is undocumented (its orderId is assumed from the JSON domain order).",
        source="repo",
    ),
)

LIST_MAILBOXES: Operation[list[Mailbox]] = Operation(
    operation_id="listMailboxes",
    resource="mailboxes",
    method="list",
    http_method="GET",
    path="/mailboxes",
    effect="read",
    fields=(),
    data=Data("list", Ref("coldmailreseller_generated.models.mailbox", "Mailbox"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_USER_MAILBOXES: Operation[list[Mailbox]] = Operation(
    operation_id="listUserMailboxes",
    resource="mailboxes",
    method="list_for_user",
    http_method="GET",
    path="/mailboxes/single",
    effect="read",
    fields=(Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("list", Ref("coldmailreseller_generated.models.mailbox", "Mailbox"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

GET_MAILBOX: Operation[Mailbox] = Operation(
    operation_id="getMailbox",
    resource="mailboxes",
    method="get",
    http_method="GET",
    path="/mailboxes/mailbox",
    effect="read",
    fields=(Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("model", Ref("coldmailreseller_generated.models.mailbox", "Mailbox"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

GET_MAILBOX_ADMIN_DETAILS: Operation[MailboxAdminDetails] = Operation(
    operation_id="getMailboxAdminDetails",
    resource="mailboxes",
    method="get_admin_details",
    http_method="GET",
    path="/mailboxes/admin-mailbox-details",
    effect="read",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),
    ),
    data=Data(
        "model", Ref("coldmailreseller_generated.models.mailbox_admin_details", "MailboxAdminDetails"), required=True
    ),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

UPDATE_MAILBOX_DETAILS: Operation[list[MailboxUpdateResult] | None] = Operation(
    operation_id="updateMailboxDetails",
    resource="mailboxes",
    method="update",
    http_method="PATCH",
    path="/mailboxes/update-mailbox-details",
    effect="idempotent",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field(
            "mailboxData",
            "mailbox_data",
            "body",
            Shape(
                "union",
                options=(
                    Shape(
                        "model",
                        Ref("coldmailreseller_generated.models.mailbox_update", "MailboxUpdate"),
                        fields=MAILBOX_UPDATE_FIELDS,
                    ),
                    Shape(
                        "list",
                        item=Shape(
                            "model",
                            Ref("coldmailreseller_generated.models.mailbox_update", "MailboxUpdate"),
                            fields=MAILBOX_UPDATE_FIELDS,
                        ),
                    ),
                ),
            ),
            required=True,
        ),
    ),
    data=Data("list", Ref("coldmailreseller_generated.models.mailbox_update_result", "MailboxUpdateResult")),
    has_action_id=True,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data", "actionId")),
)

REMOVE_MAILBOX: Operation[None] = Operation(
    operation_id="removeMailbox",
    resource="mailboxes",
    method="delete",
    http_method="DELETE",
    path="/mailboxes/remove",
    effect="async",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("mailboxId", "mailbox_id", "body", Shape("str"), required=True, min_length=1),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
    outcome=OutcomeRule(
        undocumented="The docs answer only that the mailbox will be removed shortly; no event reporting the removal is documented (B-remove-mailbox.md)."
    ),
)

LIST_SUBSCRIPTIONS: Operation[SubscriptionPage] = Operation(
    operation_id="listSubscriptions",
    resource="subscriptions",
    method="list",
    http_method="GET",
    path="/subscriptions",
    effect="read",
    fields=(
        Field(
            "status",
            "status",
            "query",
            Shape("enum", Ref("coldmailreseller_generated.models.subscription_status", "SubscriptionStatus")),
            required=False,
        ),
        Field(
            "componentSubscriptionId", "component_subscription_id", "query", Shape("str"), required=False, min_length=1
        ),
        Field("domain", "domain", "query", Shape("str"), required=False, min_length=1),
        Field("limit", "limit", "query", Shape("int"), required=False, minimum=1),
        Field("page", "page", "query", Shape("int"), required=False, minimum=1),
    ),
    data=Data("model", Ref("coldmailreseller_generated.models.subscription_page", "SubscriptionPage"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_SUBSCRIPTIONS_PAGES: Paging[Subscription] = Paging(
    LIST_SUBSCRIPTIONS,
    items="subscriptions",
    total_pages=("pagination", "total_pages"),
    current_page=("pagination", "current_page"),
)

RECREATE_SUBSCRIPTIONS: Operation[None] = Operation(
    operation_id="recreateSubscriptions",
    resource="subscriptions",
    method="recreate",
    http_method="POST",
    path="/component/subscriptions/recreate",
    effect="money",
    fields=(
        Field("subscriptionIds", "subscription_ids", "body", Shape("list", item=Shape("str")), required=False),
        Field("domainNames", "domain_names", "body", Shape("list", item=Shape("str")), required=False),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
    outcome=OutcomeRule(
        undocumented="The webhooks a recreation emits are not found in the docs or the guide site (B-subscription-recreation.md)."
    ),
)

RENEW_SUBSCRIPTIONS: Operation[None] = Operation(
    operation_id="renewSubscriptions",
    resource="subscriptions",
    method="renew",
    http_method="POST",
    path="/subscriptions/renew-subscriptions",
    effect="money",
    fields=(Field("subscriptionIds", "subscription_ids", "body", Shape("list", item=Shape("str")), required=True),),
    data=Data("none"),
    has_action_id=True,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "actionId")),
    outcome=OutcomeRule(
        success=("subscription.renewal.success",),
        failure=("subscription.renewal.failed", "subscription.past_due"),
        correlate="data.subscriptionId",
        by="request.subscriptionIds[*]",
        rule="Each subscription sent is renewed when subscription.renewal.success arrives with its subscriptionId, and its renewal has failed on subscription.renewal.failed or subscription.past_due (subscription.renewing only marks the start).",
        source="repo",
    ),
)

TOGGLE_SUBSCRIPTION_AUTO_RENEWAL: Operation[None] = Operation(
    operation_id="toggleSubscriptionAutoRenewal",
    resource="subscriptions",
    method="set_auto_renew",
    http_method="POST",
    path="/subscriptions/toggle-autorenewal",
    effect="idempotent",
    fields=(),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)

CANCEL_SUBSCRIPTION: Operation[None] = Operation(
    operation_id="cancelSubscription",
    resource="subscriptions",
    method="cancel",
    http_method="POST",
    path="/subscriptions/cancel",
    effect="money",
    fields=(
        Field("subscriptionId", "subscription_id", "body", Shape("str"), required=False, min_length=1),
        Field("domain", "domain", "body", Shape("str"), required=False, min_length=1),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
    outcome=OutcomeRule(
        success=("subscription.cancelled",),
        correlate="data.subscriptionId",
        by="request.subscriptionId",
        reconcile=(("data.domain", "request.domain"),),
        reconcile_rule="A cancellation sent by domain (no subscriptionId) is matched by the data.domain of subscription.cancelled (a field common to every subscription event), recorded after the request was sent.",
        rule="The cancellation is done when subscription.cancelled arrives (its data.domain matches a cancellation by domain); no failure event is documented.",
        source="repo",
    ),
)

LIST_PLATFORM_CREDENTIALS: Operation[ConnectedPlatforms] = Operation(
    operation_id="listPlatformCredentials",
    resource="exports",
    method="list_credentials",
    http_method="GET",
    path="/exports/platform-credentials",
    effect="read",
    fields=(Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data(
        "model", Ref("coldmailreseller_generated.models.connected_platforms", "ConnectedPlatforms"), required=True
    ),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

UPDATE_PLATFORM_CREDENTIAL: Operation[None] = Operation(
    operation_id="updatePlatformCredential",
    resource="exports",
    method="update_credential",
    http_method="PUT",
    path="/exports/platform-credential",
    effect="idempotent",
    fields=(Field("orgId", "org_id", "body", Shape("str"), required=False),),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)

ADD_PLATFORM_CREDENTIAL: Operation[PlatformCredentialId] = Operation(
    operation_id="addPlatformCredential",
    resource="exports",
    method="add_credential",
    http_method="POST",
    path="/exports/platform-credential",
    effect="create",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field(
            "app",
            "app",
            "body",
            Shape("enum", Ref("coldmailreseller_generated.models.platform_app", "PlatformApp")),
            required=True,
        ),
        Field(
            "credentials",
            "credentials",
            "body",
            Shape(
                "model",
                Ref("coldmailreseller_generated.models.platform_credential_secrets", "PlatformCredentialSecrets"),
                fields=PLATFORM_CREDENTIAL_SECRETS_FIELDS,
            ),
            required=True,
        ),
        Field(
            "metadata",
            "metadata",
            "body",
            Shape(
                "model",
                Ref("coldmailreseller_generated.models.platform_credential_metadata", "PlatformCredentialMetadata"),
                fields=PLATFORM_CREDENTIAL_METADATA_FIELDS,
            ),
            required=False,
        ),
    ),
    data=Data(
        "model", Ref("coldmailreseller_generated.models.platform_credential_id", "PlatformCredentialId"), required=True
    ),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

DELETE_PLATFORM_CREDENTIAL: Operation[None] = Operation(
    operation_id="deletePlatformCredential",
    resource="exports",
    method="delete_credential",
    http_method="DELETE",
    path="/exports/platform-credential",
    effect="idempotent",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("credentialId", "credential_id", "query", Shape("str"), required=True, min_length=1),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_PLATFORM_WORKSPACES: Operation[dict[str, Any] | list[Any] | None] = Operation(
    operation_id="listPlatformWorkspaces",
    resource="exports",
    method="list_workspaces",
    http_method="GET",
    path="/exports/platform-workspaces",
    effect="read",
    fields=(Field("credentialId", "credential_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("any"),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

EXPORT_MAILBOXES: Operation[None] = Operation(
    operation_id="exportMailboxes",
    resource="exports",
    method="export_mailboxes",
    http_method="POST",
    path="/exports/platform-exports",
    effect="async",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("credentialId", "credential_id", "body", Shape("str"), required=True, min_length=1),
        Field(
            "componentMailboxIds",
            "component_mailbox_ids",
            "body",
            Shape("list", item=Shape("str")),
            required=False,
            min_items=1,
        ),
        Field("mailboxIds", "mailbox_ids", "body", Shape("list", item=Shape("str")), required=False, min_items=1),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    one_of=(("componentMailboxIds",), ("mailboxIds",)),
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
    outcome=OutcomeRule(
        undocumented="No event reports the end of a platform export: mailbox.exported is documented only for OAuth re-exports (C-export-mailboxes.md)."
    ),
)

REEXPORT_MAILBOX_OAUTH: Operation[None] = Operation(
    operation_id="reexportMailboxOauth",
    resource="exports",
    method="reexport_oauth",
    http_method="POST",
    path="/mailboxes/oauth",
    effect="async",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("mailboxId", "mailbox_id", "body", Shape("str"), required=True, min_length=1),
        Field(
            "google",
            "google",
            "body",
            Shape(
                "model",
                Ref("coldmailreseller_generated.models.oauth_export_google_config", "OauthExportGoogleConfig"),
                fields=OAUTH_EXPORT_GOOGLE_CONFIG_FIELDS,
            ),
            required=False,
        ),
        Field(
            "microsoft",
            "microsoft",
            "body",
            Shape(
                "model",
                Ref("coldmailreseller_generated.models.oauth_export_microsoft_config", "OauthExportMicrosoftConfig"),
                fields=OAUTH_EXPORT_MICROSOFT_CONFIG_FIELDS,
            ),
            required=False,
        ),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
    outcome=OutcomeRule(
        success=("mailbox.exported",),
        reconcile_undocumented="The payload of mailbox.exported is not documented (C-webhook-events-mailbox.md), so nothing ties it to a re-export.",
        rule="The re-export is done when mailbox.exported arrives; its payload is not documented, so no field to match it by is known, and no failure event is documented.",
        source="repo",
    ),
)

VALIDATE_MAILBOX: Operation[dict[str, Any] | list[Any] | None] = Operation(
    operation_id="validateMailbox",
    resource="exports",
    method="validate_mailbox",
    http_method="POST",
    path="/mailboxes/validate-mailbox",
    effect="read",
    fields=(Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("any"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_PRE_WARMUP_MAILBOXES: Operation[PreWarmupInventoryPage] = Operation(
    operation_id="listPreWarmupMailboxes",
    resource="prewarmup",
    method="list",
    http_method="GET",
    path="/pre-warmup",
    effect="read",
    fields=(
        Field(
            "serviceProvider",
            "service_provider",
            "query",
            Shape("enum", Ref("coldmailreseller_generated.models.service_provider", "ServiceProvider")),
            required=False,
        ),
        Field("contains", "contains", "query", Shape("str"), required=False),
        Field("page", "page", "query", Shape("int"), required=False, minimum=1),
        Field("limit", "limit", "query", Shape("int"), required=False, minimum=1, maximum=100),
    ),
    data=Data(
        "model",
        Ref("coldmailreseller_generated.models.pre_warmup_inventory_page", "PreWarmupInventoryPage"),
        required=True,
    ),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_PRE_WARMUP_MAILBOXES_PAGES: Paging[PreWarmupDomain] = Paging(
    LIST_PRE_WARMUP_MAILBOXES,
    items="inventory",
    total_pages=("total_pages",),
    current_page=("current_page",),
)

ORDER_PRE_WARMUP_MAILBOXES: Operation[None] = Operation(
    operation_id="orderPreWarmupMailboxes",
    resource="prewarmup",
    method="order",
    http_method="POST",
    path="/pre-warmup/order",
    effect="money",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field(
            "order",
            "order",
            "body",
            Shape(
                "list",
                item=Shape(
                    "model",
                    Ref("coldmailreseller_generated.models.pre_warmup_order_item", "PreWarmupOrderItem"),
                    fields=PRE_WARMUP_ORDER_ITEM_FIELDS,
                ),
            ),
            required=True,
            min_items=1,
        ),
        Field(
            "serviceProvider",
            "service_provider",
            "body",
            Shape("enum", Ref("coldmailreseller_generated.models.service_provider", "ServiceProvider")),
            required=True,
        ),
        Field(
            "google",
            "google",
            "body",
            Shape(
                "model",
                Ref("coldmailreseller_generated.models.oauth_export_google_config", "OauthExportGoogleConfig"),
                fields=OAUTH_EXPORT_GOOGLE_CONFIG_FIELDS,
            ),
            required=False,
        ),
        Field("microsoftOauthRoute", "microsoft_oauth_route", "body", Shape("str"), required=False),
        Field("autoRenew", "auto_renew", "body", Shape("bool"), required=False),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((201, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
    outcome=OutcomeRule(
        success=("prewarmup.order.success",),
        failure=("prewarmup.order.failed",),
        correlate="data.orderId",
        reconcile=(("data.userId", "request.userId"), ("data.mailboxDetails[*].domain", "request.order[*].domain")),
        reconcile_rule="The answer carries no orderId, so the order is found by a prewarmup.order.success for the user listing one of the domains ordered, recorded after the request was sent; its orderId then leads to the other events. The payload of prewarmup.order.failed is not documented beyond listing the failed domain, so a failure is found this way only if it carries those fields.",
        rule="The order is done when prewarmup.order.success arrives with the assigned mailboxes per domain and has failed on prewarmup.order.failed; an order of several domains may get both, each listing its own domains; the response body is undocumented, so the orderId to match is known only from the events.",
        source="docs",
    ),
)

SANDBOX_LIST_PRE_WARMUP_MAILBOXES: Operation[PreWarmupInventoryPage] = Operation(
    operation_id="sandboxListPreWarmupMailboxes",
    resource="prewarmup",
    method="sandbox_list",
    http_method="GET",
    path="/sandbox/pre-warmup",
    effect="read",
    fields=(),
    data=Data(
        "model",
        Ref("coldmailreseller_generated.models.pre_warmup_inventory_page", "PreWarmupInventoryPage"),
        required=True,
    ),
    has_action_id=False,
    sandbox=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

SANDBOX_ORDER_PRE_WARMUP_MAILBOXES: Operation[None] = Operation(
    operation_id="sandboxOrderPreWarmupMailboxes",
    resource="prewarmup",
    method="sandbox_order",
    http_method="POST",
    path="/sandbox/pre-warmup/order",
    effect="async",
    fields=(
        Field(
            "order",
            "order",
            "body",
            Shape(
                "list",
                item=Shape(
                    "model",
                    Ref("coldmailreseller_generated.models.pre_warmup_order_item", "PreWarmupOrderItem"),
                    fields=PRE_WARMUP_ORDER_ITEM_FIELDS,
                ),
            ),
            required=True,
            min_items=1,
        ),
        Field(
            "serviceProvider",
            "service_provider",
            "body",
            Shape("enum", Ref("coldmailreseller_generated.models.service_provider", "ServiceProvider")),
            required=True,
        ),
        Field(
            "google",
            "google",
            "body",
            Shape(
                "model",
                Ref("coldmailreseller_generated.models.oauth_export_google_config", "OauthExportGoogleConfig"),
                fields=OAUTH_EXPORT_GOOGLE_CONFIG_FIELDS,
            ),
            required=False,
        ),
        Field("microsoftOauthRoute", "microsoft_oauth_route", "body", Shape("str"), required=False),
        Field("autoRenew", "auto_renew", "body", Shape("bool"), required=False),
        Field(
            "scenario",
            "scenario",
            "body",
            Shape("enum", Ref("coldmailreseller_generated.models.pre_warmup_scenario", "PreWarmupScenario")),
            required=False,
        ),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=True,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
    outcome=OutcomeRule(
        success=("prewarmup.order.success",),
        failure=("prewarmup.order.failed",),
        correlate="data.orderId",
        reconcile=(("data.mailboxDetails[*].domain", "request.order[*].domain"),),
        reconcile_rule="As in production, by a prewarmup.order.success listing one of the domains ordered, recorded after the request was sent (the sandbox call sends no userId).",
        rule="As in production, by the scenario sent: prewarmup.order.success on success, prewarmup.order.failed on a full failure, and both on a partial failure (failed lists the failed domain, success the others); the response body is undocumented.",
        source="docs",
    ),
)

SANDBOX_RESET_PRE_WARMUP_DATA: Operation[None] = Operation(
    operation_id="sandboxResetPreWarmupData",
    resource="prewarmup",
    method="sandbox_reset",
    http_method="POST",
    path="/sandbox/pre-warmup/reset",
    effect="idempotent",
    fields=(),
    data=Data("none"),
    has_action_id=False,
    sandbox=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)

CREATE_PLACEMENT_TEST: Operation[PlacementTestOrder] = Operation(
    operation_id="createPlacementTest",
    resource="placement",
    method="create",
    http_method="POST",
    path="/placement",
    effect="money",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("mailboxIds", "mailbox_ids", "body", Shape("list", item=Shape("str")), required=True, min_items=1),
        Field("spamassassin", "spamassassin", "body", Shape("bool"), required=False),
        Field("blacklist", "blacklist", "body", Shape("bool"), required=False),
        Field("aiInsight", "ai_insight", "body", Shape("bool"), required=False),
    ),
    data=Data(
        "model", Ref("coldmailreseller_generated.models.placement_test_order", "PlacementTestOrder"), required=True
    ),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 402, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
    outcome=OutcomeRule(
        undocumented="No placement webhook is documented; results are read with the placement reports list (C-extra-placement.md)."
    ),
)

LIST_PLACEMENT_REPORTS: Operation[PlacementReportsPage] = Operation(
    operation_id="listPlacementReports",
    resource="placement",
    method="list_reports",
    http_method="GET",
    path="/placement/reports",
    effect="read",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("orderId", "order_id", "query", Shape("str"), required=False, min_length=1),
        Field("mailboxId", "mailbox_id", "query", Shape("str"), required=False, min_length=1),
        Field("page", "page", "query", Shape("int"), required=False, minimum=1),
        Field("limit", "limit", "query", Shape("int"), required=False, minimum=1, maximum=100),
    ),
    data=Data(
        "model", Ref("coldmailreseller_generated.models.placement_report_page", "PlacementReportPage"), required=True
    ),
    has_action_id=False,
    sandbox=False,
    result="placement-reports-page",
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_PLACEMENT_REPORTS_PAGES: Paging[PlacementReport] = Paging(
    LIST_PLACEMENT_REPORTS,
    items=None,
    total_pages=None,
    current_page=None,
    item=Ref("coldmailreseller_generated.models.placement_report", "PlacementReport"),
)

ADD_MAILBOX_WARMUP: Operation[None] = Operation(
    operation_id="addMailboxWarmup",
    resource="warmup",
    method="add",
    http_method="POST",
    path="/mailboxes/warmup",
    effect="money",
    fields=(Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
    outcome=OutcomeRule(
        success=("mailbox.warmup.started",),
        correlate="data.mailboxId",
        by="request.mailboxId",
        rule="Warmup has started when mailbox.warmup.started arrives for the mailbox (after PENDING, when it moves to ACTIVE); no failure event is documented.",
        source="repo",
    ),
)

DELETE_MAILBOX_WARMUP: Operation[None] = Operation(
    operation_id="deleteMailboxWarmup",
    resource="warmup",
    method="delete",
    http_method="DELETE",
    path="/mailboxes/warmup",
    effect="idempotent",
    fields=(Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("none"),
    has_action_id=True,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data", "actionId")),
)

TOGGLE_MAILBOX_WARMUP: Operation[WarmupState] = Operation(
    operation_id="toggleMailboxWarmup",
    resource="warmup",
    method="toggle",
    http_method="POST",
    path="/mailboxes/warmup/toggle",
    effect="async",
    fields=(Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),),
    data=Data("model", Ref("coldmailreseller_generated.models.warmup_state", "WarmupState"), required=True),
    has_action_id=True,
    sandbox=False,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message", "data", "actionId")),
    outcome=OutcomeRule(
        undocumented="The answer carries the new warmup status; no event is documented for a toggle (pausing does not emit mailbox.warmup.removed, and whether resuming emits mailbox.warmup.started is not said) (C-extra-warmup.md)."
    ),
)

SET_MAILBOX_WARMUP_STATUS: Operation[None] = Operation(
    operation_id="setMailboxWarmupStatus",
    resource="warmup",
    method="set_status",
    http_method="PATCH",
    path="/mailboxes/warmup/status",
    effect="idempotent",
    fields=(
        Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),
        Field(
            "status",
            "status",
            "body",
            Shape("enum", Ref("coldmailreseller_generated.models.warmup_status", "WarmupStatus")),
            required=True,
        ),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)

UPDATE_MAILBOX_WARMUP_SETTINGS: Operation[None] = Operation(
    operation_id="updateMailboxWarmupSettings",
    resource="warmup",
    method="update_settings",
    http_method="PATCH",
    path="/mailboxes/warmup/settings",
    effect="idempotent",
    fields=(
        Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),
        Field("warmupLimit", "warmup_limit", "body", Shape("int"), required=False),
        Field("minimumWarmupLimit", "minimum_warmup_limit", "body", Shape("int"), required=False),
        Field("warmupReplyRate", "warmup_reply_rate", "body", Shape("float"), required=False),
        Field("warmupOpenRate", "warmup_open_rate", "body", Shape("float"), required=False),
        Field("warmupSpamProtectionRate", "warmup_spam_protection_rate", "body", Shape("float"), required=False),
        Field("warmupOnWeekdays", "warmup_on_weekdays", "body", Shape("bool"), required=False),
        Field("increasePerDay", "increase_per_day", "body", Shape("int"), required=False),
        Field("warmupDisableSlow", "warmup_disable_slow", "body", Shape("bool"), required=False),
        Field(
            "minimumDelayBetweenWarmupEmails",
            "minimum_delay_between_warmup_emails",
            "body",
            Shape("int"),
            required=False,
        ),
        Field(
            "maximumDelayBetweenWarmupEmails",
            "maximum_delay_between_warmup_emails",
            "body",
            Shape("int"),
            required=False,
        ),
    ),
    data=Data("none"),
    has_action_id=False,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200, 400, 401, 403, 404, 409, 422, 429, 500, 503)),
    envelope_keys=frozenset(("status", "message")),
)


OPERATIONS: dict[str, Operation[Any]] = {
    "listUsers": LIST_USERS,
    "getUser": GET_USER,
    "updateUser": UPDATE_USER,
    "createUser": CREATE_USER,
    "deleteUser": DELETE_USER,
    "listCountries": LIST_COUNTRIES,
    "listStates": LIST_STATES,
    "getDomainRenewalPrice": GET_DOMAIN_RENEWAL_PRICE,
    "renewDomain": RENEW_DOMAIN,
    "setDomainAutoRenew": SET_DOMAIN_AUTO_RENEW,
    "listUserDomains": LIST_USER_DOMAINS,
    "checkWorkspaceExists": CHECK_WORKSPACE_EXISTS,
    "addGoogleClientId": ADD_GOOGLE_CLIENT_ID,
    "getDnsRecords": GET_DNS_RECORDS,
    "updateDnsRecord": UPDATE_DNS_RECORD,
    "addDnsRecord": ADD_DNS_RECORD,
    "deleteDnsRecord": DELETE_DNS_RECORD,
    "getOrderStatus": GET_ORDER_STATUS,
    "createOrderJson": CREATE_ORDER_JSON,
    "createMailboxOrder": CREATE_MAILBOX_ORDER,
    "listMailboxes": LIST_MAILBOXES,
    "listUserMailboxes": LIST_USER_MAILBOXES,
    "getMailbox": GET_MAILBOX,
    "getMailboxAdminDetails": GET_MAILBOX_ADMIN_DETAILS,
    "updateMailboxDetails": UPDATE_MAILBOX_DETAILS,
    "removeMailbox": REMOVE_MAILBOX,
    "listSubscriptions": LIST_SUBSCRIPTIONS,
    "recreateSubscriptions": RECREATE_SUBSCRIPTIONS,
    "renewSubscriptions": RENEW_SUBSCRIPTIONS,
    "toggleSubscriptionAutoRenewal": TOGGLE_SUBSCRIPTION_AUTO_RENEWAL,
    "cancelSubscription": CANCEL_SUBSCRIPTION,
    "listPlatformCredentials": LIST_PLATFORM_CREDENTIALS,
    "updatePlatformCredential": UPDATE_PLATFORM_CREDENTIAL,
    "addPlatformCredential": ADD_PLATFORM_CREDENTIAL,
    "deletePlatformCredential": DELETE_PLATFORM_CREDENTIAL,
    "listPlatformWorkspaces": LIST_PLATFORM_WORKSPACES,
    "exportMailboxes": EXPORT_MAILBOXES,
    "reexportMailboxOauth": REEXPORT_MAILBOX_OAUTH,
    "validateMailbox": VALIDATE_MAILBOX,
    "listPreWarmupMailboxes": LIST_PRE_WARMUP_MAILBOXES,
    "orderPreWarmupMailboxes": ORDER_PRE_WARMUP_MAILBOXES,
    "sandboxListPreWarmupMailboxes": SANDBOX_LIST_PRE_WARMUP_MAILBOXES,
    "sandboxOrderPreWarmupMailboxes": SANDBOX_ORDER_PRE_WARMUP_MAILBOXES,
    "sandboxResetPreWarmupData": SANDBOX_RESET_PRE_WARMUP_DATA,
    "createPlacementTest": CREATE_PLACEMENT_TEST,
    "listPlacementReports": LIST_PLACEMENT_REPORTS,
    "addMailboxWarmup": ADD_MAILBOX_WARMUP,
    "deleteMailboxWarmup": DELETE_MAILBOX_WARMUP,
    "toggleMailboxWarmup": TOGGLE_MAILBOX_WARMUP,
    "setMailboxWarmupStatus": SET_MAILBOX_WARMUP_STATUS,
    "updateMailboxWarmupSettings": UPDATE_MAILBOX_WARMUP_SETTINGS,
}

PAGES: dict[str, Paging[Any]] = {
    "listUsers": LIST_USERS_PAGES,
    "listSubscriptions": LIST_SUBSCRIPTIONS_PAGES,
    "listPreWarmupMailboxes": LIST_PRE_WARMUP_MAILBOXES_PAGES,
    "listPlacementReports": LIST_PLACEMENT_REPORTS_PAGES,
}
