"""The JSON bodies the benchmark server answers with, shaped like the spec's examples."""

from __future__ import annotations

import json

USER_ID = "USR94KD7S2LQ8X5M1Z0"
LIST_SIZE = 100
LIST_SIZES = (1, 20, 100, 1000)

# The spec publishes no getUser example; User mirrors the createUser request example.
_USER = {
    "id": USER_ID,
    "email": "johndoe@company.com",
    "company": "TechCorp Inc.",
    "firstName": "John",
    "lastName": "Doe",
    "country": "US",
    "city": "New York",
    "addressLineOne": "123 Main Street",
    "addressLineTwo": "Suite 400",
    "addressLineThree": "Apt 5B",
    "languagePreference": "en",
    "postalCode": "10001",
    "state": "New York",
    "phoneCc": "1",
    "phone": "2125551234",
}

# The two items of the listSubscriptions example, repeated with distinct ids.
_SUBSCRIPTIONS = (
    {
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
)


def user_envelope() -> bytes:
    return json.dumps({"status": 200, "message": "User fetched successfully", "data": _USER}).encode()


def subscriptions_envelope(count: int = LIST_SIZE) -> bytes:
    items = [{"subscriptionId": f"SUB{i:025d}", **_SUBSCRIPTIONS[i % 2]} for i in range(count)]
    page = {"totalSearchedCount": count, "currentPage": 1, "nextPage": 2, "totalPages": 1}
    body = {
        "status": 200,
        "message": "Subscriptions fetched successfully",
        "data": {"subscriptions": items, "pagination": page},
    }
    return json.dumps(body).encode()


def rate_limited_envelope() -> bytes:
    return json.dumps({"status": 429, "message": "Too many requests"}).encode()
