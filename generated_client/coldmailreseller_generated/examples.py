# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The success answer of every operation, for `coldmailreseller.testing`'s fake CMR: the spec's documented
example where it has one, else the smallest envelope the spec allows. Only the testing kit imports this."""

from typing import Any

# operationId -> (HTTP status, envelope or None for an answer without a JSON body, documented upstream)
SUCCESS: dict[str, tuple[int, Any, bool]] = {
    "listUsers": (200, {"status": 200, "data": {}, "message": "Success"}, False),
    "getUser": (200, {"status": 200, "data": {"id": "x"}, "message": "Success"}, False),
    "updateUser": (200, {"status": 200, "message": "Success"}, False),
    "createUser": (200, {"status": 200, "data": {"id": "x"}, "message": "Success"}, False),
    "deleteUser": (200, {"status": 200, "message": "User successfully deleted"}, True),
    "listCountries": (200, {"status": 200, "data": {}, "message": "Success"}, False),
    "listStates": (200, {"status": 200, "data": {}, "message": "Success"}, False),
    "getDomainRenewalPrice": (
        200,
        {
            "status": 200,
            "message": "Domain renewal prices fetched successfully",
            "data": [
                {
                    "domainName": "acme.com",
                    "domainId": "5J7HM04FRXMT7VK86128K6D25ASP",
                    "years": 1,
                    "renewalPrice": "14.50",
                    "expireOn": "2026-11-30T00:00:00.000Z",
                    "autoRenew": False,
                }
            ],
        },
        True,
    ),
    "renewDomain": (200, {"status": 200, "message": "Success"}, False),
    "setDomainAutoRenew": (
        200,
        {
            "status": 200,
            "message": "Auto-renew toggled on for 1 domain.",
            "data": [{"domainName": "acme.com", "domainId": "5J7HM04FRXMT7VK86128K6D25ASP", "autoRenew": True}],
        },
        True,
    ),
    "listUserDomains": (200, {"status": 200, "data": [], "message": "Success"}, False),
    "checkWorkspaceExists": (200, {"status": 200, "message": "Workspace not exists", "data": None}, True),
    "addGoogleClientId": (200, {"status": 200, "message": "Success"}, False),
    "getDnsRecords": (200, {"status": 200, "data": {}, "message": "Success"}, False),
    "updateDnsRecord": (200, {"status": 200, "message": "Success"}, False),
    "addDnsRecord": (200, {"status": 200, "message": "Success"}, False),
    "deleteDnsRecord": (200, {"status": 200, "message": "Success"}, False),
    "getOrderStatus": (200, {"status": 200, "data": {}, "message": "Success"}, False),
    "createOrderJson": (
        200,
        {
            "status": 200,
            "message": "Order created and queued for processing",
            "data": {"orderId": "ord_R8K2LQPZA9XM", "unavailableDomains": []},
            "actionId": "ACT_7a078272-0fa7-4db4-a85b-c78697dacea1",
        },
        True,
    ),
    "createMailboxOrder": (200, {"status": 200, "data": {"orderId": "x"}, "message": "Success"}, False),
    "listMailboxes": (200, {"status": 200, "data": [], "message": "Success"}, False),
    "listUserMailboxes": (200, {"status": 200, "data": [], "message": "Success"}, False),
    "getMailbox": (200, {"status": 200, "data": {}, "message": "Success"}, False),
    "getMailboxAdminDetails": (200, {"status": 200, "data": {}, "message": "Success"}, False),
    "updateMailboxDetails": (
        200,
        {
            "status": 200,
            "message": "Mailbox details will update shortly",
            "actionId": "ACT_7a078272-0fa7-4db4-a85b-c78697dacea1",
        },
        True,
    ),
    "removeMailbox": (200, {"status": 200, "message": "Mailbox will be removed shortly"}, True),
    "listSubscriptions": (
        200,
        {
            "status": 200,
            "message": "Subscriptions fetched successfully",
            "data": {
                "subscriptions": [
                    {
                        "subscriptionId": "1BNTZJG2Q041JWGS3NY9E1BZ9APA",
                        "subscriptionStatus": "ACTIVE",
                        "totalMailboxQuantity": 1,
                        "billingCycle": "MONTHLY",
                        "pricePerMailbox": 8,
                        "periodStart": "2025-01-10T11:18:31.479Z",
                        "periodEnd": "2025-02-10T11:18:31.479Z",
                        "serviceProvider": "GOOGLE",
                        "autoRenew": True,
                        "userId": "USR94KD7S2LQ8X5M1Z0",
                        "domain": "bestpremium.org",
                    },
                    {
                        "subscriptionId": "WMMJPPBGDV4KXFP7KG66AAJBNE6K",
                        "subscriptionStatus": "ACTIVE",
                        "userId": "UVR14KD8S2LQ89M5M1W0",
                        "totalMailboxQuantity": 2,
                        "billingCycle": "MONTHLY",
                        "pricePerMailbox": 8,
                        "periodStart": "2025-01-10T11:42:24.958Z",
                        "periodEnd": "2025-02-10T11:42:24.958Z",
                        "serviceProvider": "GOOGLE",
                        "autoRenew": False,
                        "domain": "myfool.org",
                    },
                ],
                "pagination": {"totalSearchedCount": 2, "currentPage": 1, "nextPage": 2, "totalPages": 1},
            },
        },
        True,
    ),
    "recreateSubscriptions": (200, {"status": 200, "message": "Success"}, False),
    "renewSubscriptions": (
        200,
        {
            "status": 200,
            "message": "Subscriptions added for renewal. Please ensure you have enough balance to renew the subscriptions.",
            "actionId": "ACT_7a078272-0fa7-4db4-a85b-c78697dacea1",
        },
        True,
    ),
    "toggleSubscriptionAutoRenewal": (200, {"status": 200, "message": "Success"}, False),
    "cancelSubscription": (
        200,
        {"status": 200, "message": "Subscription will be cancelled successfully", "data": None},
        True,
    ),
    "listPlatformCredentials": (
        200,
        {
            "status": 200,
            "message": "Fetched connected accounts successfully",
            "data": {
                "EMAILBISON": {
                    "connected": True,
                    "credentials": [
                        {
                            "credentialId": "A1B2C3D4E5F6G7H8",
                            "email": "john@agency.com",
                            "connectedAt": "2024-05-01T10:00:00.000Z",
                            "metadata": {
                                "appBaseUrl": "https://app.emailbison.com",
                                "appName": "EmailBison",
                                "workspace": "my-workspace",
                            },
                        }
                    ],
                }
            },
        },
        True,
    ),
    "updatePlatformCredential": (200, {"status": 200, "message": "Success"}, False),
    "addPlatformCredential": (
        200,
        {
            "status": 200,
            "message": "Platform credentials added successfully",
            "data": {"credentialId": "A1B2C3D4E5F6G7H8"},
        },
        True,
    ),
    "deletePlatformCredential": (
        200,
        {"status": 200, "message": "Platform credentials removed successfully", "data": None},
        True,
    ),
    "listPlatformWorkspaces": (200, {"status": 200, "message": "Success", "data": {}}, False),
    "exportMailboxes": (200, {"status": 200, "message": "Success"}, False),
    "reexportMailboxOauth": (200, {"status": 200, "message": "Success"}, False),
    "validateMailbox": (200, {"status": 200, "message": "Success", "data": {}}, False),
    "listPreWarmupMailboxes": (
        200,
        {
            "status": 200,
            "message": "Pre-warmed up domains fetched successfully",
            "data": {
                "inventory": [
                    {
                        "domain": "prewarm-acmecorp.com",
                        "preWarmedUpMailboxes": [
                            {
                                "email": "jwilson@prewarm-acmecorp.com",
                                "firstName": "James",
                                "lastName": "Wilson",
                                "createdAt": "2025-01-15T10:00:00.000Z",
                            }
                        ],
                        "purchasePrice": 30,
                        "renewalPrice": 15,
                    }
                ],
                "currentPage": 1,
                "totalPages": 5,
                "totalDomains": 42,
                "totalMailboxes": 126,
            },
        },
        True,
    ),
    "orderPreWarmupMailboxes": (201, {"status": 201, "message": "Success"}, False),
    "sandboxListPreWarmupMailboxes": (200, {"status": 200, "data": {}, "message": "Success"}, False),
    "sandboxOrderPreWarmupMailboxes": (200, {"status": 200, "message": "Success"}, False),
    "sandboxResetPreWarmupData": (200, {"status": 200, "message": "Success"}, False),
    "createPlacementTest": (
        200,
        {"status": 200, "message": "Success", "data": {"orderId": "7K2M9P4Q1R8S5T3U6V0W2X4Y8Z1A"}},
        True,
    ),
    "listPlacementReports": (200, {"status": 200, "data": {}, "message": "Success"}, False),
    "addMailboxWarmup": (200, {"status": 200, "message": "Success"}, False),
    "deleteMailboxWarmup": (
        200,
        {
            "status": 200,
            "message": "Warmup disabled",
            "data": None,
            "actionId": "ACT_7a078272-0fa7-4db4-a85b-c78697dacea1",
        },
        True,
    ),
    "toggleMailboxWarmup": (
        200,
        {
            "status": 200,
            "message": "Warmup paused",
            "data": {"status": "PAUSED"},
            "actionId": "ACT_7a078272-0fa7-4db4-a85b-c78697dacea1",
        },
        True,
    ),
    "setMailboxWarmupStatus": (200, {"status": 200, "message": "Success"}, False),
    "updateMailboxWarmupSettings": (200, {"status": 200, "message": "Success"}, False),
}
