"""Quickstart for the coldmailreseller client.

Set CMR_API_KEY (your partner key), then run `python examples/quickstart.py`. It creates a customer, lists
the partner's active subscriptions, shows how a missing resource is reported, and reads the raw HTTP
response of a call. `quickstart_async()` does the same reads with the asyncio client.
"""

from __future__ import annotations

import asyncio

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller, NotFoundError
from coldmailreseller.models import SubscriptionStatus, User


def create_customer(cmr: ColdMailReseller) -> User:
    # Creating a user is not retried after a timeout (it could create a duplicate): check before re-running.
    return cmr.users.create(
        email="ada@example.com",
        company="Analytical Engines Ltd",
        first_name="Ada",
        last_name="Lovelace",
        country="GB",
        city="London",
        address_line_one="12 St James's Square",
        language_preference="en",
        postal_code="SW1Y 4JH",
        state="London",
        phone_cc="44",
        phone="2071234567",
    )


def quickstart(cmr: ColdMailReseller) -> None:
    user = create_customer(cmr)
    print(f"created user {user.id} <{user.email}> (request id {user.request_id})")

    # iter() fetches page after page until the last one.
    for subscription in cmr.subscriptions.iter(status=SubscriptionStatus.ACTIVE, limit=50):
        print(f"{subscription.subscription_id}: {subscription.domain} ({subscription.subscription_status})")

    try:
        cmr.users.get(user_id="no-such-user")
    except NotFoundError as error:
        print(f"not found: {error.message} (HTTP {error.status_code}, request id {error.request_id})")

    # The raw response keeps the HTTP details; parse() gives the same typed data as the plain call.
    raw = cmr.users.with_raw_response.get(user_id=user.id)
    profile = raw.parse()
    print(f"HTTP {raw.status_code}, request id {raw.request_id}, message {raw.message!r}: {profile.email}")


async def quickstart_async(cmr: AsyncColdMailReseller) -> None:
    count = 0
    async for subscription in cmr.subscriptions.iter(status="ACTIVE"):
        count += 1
        print(f"{subscription.subscription_id}: {subscription.domain}")
    print(f"{count} active subscriptions")
    try:
        await cmr.users.get(user_id="no-such-user")
    except NotFoundError as error:
        print(f"not found: {error.message}")


async def main_async() -> None:
    async with AsyncColdMailReseller() as cmr:
        await quickstart_async(cmr)


if __name__ == "__main__":
    with ColdMailReseller() as client:  # the key comes from CMR_API_KEY
        quickstart(client)
    asyncio.run(main_async())
