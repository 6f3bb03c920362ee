# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Every operation of the spec: operationId -> where it lives on the client and on the wire."""

from __future__ import annotations

from typing import NamedTuple


class OperationInfo(NamedTuple):
    resource: str
    method: str
    http_method: str
    path: str
    effect: str


OPERATIONS: dict[str, OperationInfo] = {
    "listUsers": OperationInfo("users", "list", "GET", "/users/list", "read"),
    "getUser": OperationInfo("users", "get", "GET", "/users", "read"),
    "updateUser": OperationInfo("users", "update", "PUT", "/users", "idempotent"),
    "createUser": OperationInfo("users", "create", "POST", "/users", "create"),
    "deleteUser": OperationInfo("users", "delete", "DELETE", "/users", "idempotent"),
    "listCountries": OperationInfo("geo", "list_countries", "GET", "/geo/countries", "read"),
    "listStates": OperationInfo("geo", "list_states", "GET", "/geo/states", "read"),
    "getDomainRenewalPrice": OperationInfo("domains", "renewal_price", "POST", "/domains/renewal-price", "read"),
    "renewDomain": OperationInfo("domains", "renew", "POST", "/domains/renew", "money"),
    "setDomainAutoRenew": OperationInfo(
        "domains", "set_auto_renew", "PATCH", "/domains/toggle-auto-renew", "idempotent"
    ),
    "listUserDomains": OperationInfo("domains", "list", "GET", "/domains/by-user", "read"),
    "checkWorkspaceExists": OperationInfo("domains", "check_workspace", "POST", "/domains/has-workspace", "read"),
    "addGoogleClientId": OperationInfo("domains", "add_client_id", "POST", "/domains/add-client-id", "async"),
    "getDnsRecords": OperationInfo("dns", "get_records", "GET", "/dns", "read"),
    "updateDnsRecord": OperationInfo("dns", "update_record", "PUT", "/dns", "idempotent"),
    "addDnsRecord": OperationInfo("dns", "add_record", "POST", "/dns", "create"),
    "deleteDnsRecord": OperationInfo("dns", "delete_record", "DELETE", "/dns", "idempotent"),
    "getOrderStatus": OperationInfo("orders", "get_status", "GET", "/orders/status", "read"),
    "createOrderJson": OperationInfo("orders", "create", "POST", "/orders/json", "money"),
    "createMailboxOrder": OperationInfo(
        "orders", "create_mailbox_order", "POST", "/orders/create-mailbox-order/json", "money"
    ),
    "listMailboxes": OperationInfo("mailboxes", "list", "GET", "/mailboxes", "read"),
    "listUserMailboxes": OperationInfo("mailboxes", "list_for_user", "GET", "/mailboxes/single", "read"),
    "getMailbox": OperationInfo("mailboxes", "get", "GET", "/mailboxes/mailbox", "read"),
    "getMailboxAdminDetails": OperationInfo(
        "mailboxes", "get_admin_details", "GET", "/mailboxes/admin-mailbox-details", "read"
    ),
    "updateMailboxDetails": OperationInfo(
        "mailboxes", "update", "PATCH", "/mailboxes/update-mailbox-details", "idempotent"
    ),
    "removeMailbox": OperationInfo("mailboxes", "delete", "DELETE", "/mailboxes/remove", "async"),
    "listSubscriptions": OperationInfo("subscriptions", "list", "GET", "/subscriptions", "read"),
    "recreateSubscriptions": OperationInfo(
        "subscriptions", "recreate", "POST", "/component/subscriptions/recreate", "money"
    ),
    "renewSubscriptions": OperationInfo(
        "subscriptions", "renew", "POST", "/subscriptions/renew-subscriptions", "money"
    ),
    "toggleSubscriptionAutoRenewal": OperationInfo(
        "subscriptions", "set_auto_renew", "POST", "/subscriptions/toggle-autorenewal", "idempotent"
    ),
    "cancelSubscription": OperationInfo("subscriptions", "cancel", "POST", "/subscriptions/cancel", "money"),
    "listPlatformCredentials": OperationInfo(
        "exports", "list_credentials", "GET", "/exports/platform-credentials", "read"
    ),
    "updatePlatformCredential": OperationInfo(
        "exports", "update_credential", "PUT", "/exports/platform-credential", "idempotent"
    ),
    "addPlatformCredential": OperationInfo(
        "exports", "add_credential", "POST", "/exports/platform-credential", "create"
    ),
    "deletePlatformCredential": OperationInfo(
        "exports", "delete_credential", "DELETE", "/exports/platform-credential", "idempotent"
    ),
    "listPlatformWorkspaces": OperationInfo(
        "exports", "list_workspaces", "GET", "/exports/platform-workspaces", "read"
    ),
    "exportMailboxes": OperationInfo("exports", "export_mailboxes", "POST", "/exports/platform-exports", "async"),
    "reexportMailboxOauth": OperationInfo("exports", "reexport_oauth", "POST", "/mailboxes/oauth", "async"),
    "validateMailbox": OperationInfo("exports", "validate_mailbox", "POST", "/mailboxes/validate-mailbox", "read"),
    "listPreWarmupMailboxes": OperationInfo("prewarmup", "list", "GET", "/pre-warmup", "read"),
    "orderPreWarmupMailboxes": OperationInfo("prewarmup", "order", "POST", "/pre-warmup/order", "money"),
    "sandboxListPreWarmupMailboxes": OperationInfo("prewarmup", "sandbox_list", "GET", "/sandbox/pre-warmup", "read"),
    "sandboxOrderPreWarmupMailboxes": OperationInfo(
        "prewarmup", "sandbox_order", "POST", "/sandbox/pre-warmup/order", "async"
    ),
    "sandboxResetPreWarmupData": OperationInfo(
        "prewarmup", "sandbox_reset", "POST", "/sandbox/pre-warmup/reset", "idempotent"
    ),
    "createPlacementTest": OperationInfo("placement", "create", "POST", "/placement", "money"),
    "listPlacementReports": OperationInfo("placement", "list_reports", "GET", "/placement/reports", "read"),
    "addMailboxWarmup": OperationInfo("warmup", "add", "POST", "/mailboxes/warmup", "money"),
    "deleteMailboxWarmup": OperationInfo("warmup", "delete", "DELETE", "/mailboxes/warmup", "idempotent"),
    "toggleMailboxWarmup": OperationInfo("warmup", "toggle", "POST", "/mailboxes/warmup/toggle", "async"),
    "setMailboxWarmupStatus": OperationInfo("warmup", "set_status", "PATCH", "/mailboxes/warmup/status", "idempotent"),
    "updateMailboxWarmupSettings": OperationInfo(
        "warmup", "update_settings", "PATCH", "/mailboxes/warmup/settings", "idempotent"
    ),
}
