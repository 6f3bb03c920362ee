"""The `cmr` command's tests share one `cmr fake serve` on 127.0.0.1 for the session, killed at the end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cli.served import Served, World, serve


@pytest.fixture(scope="session")
def served() -> Iterator[Served]:
    """One local CMR for the session: a manual clock (the rate limit then holds until lifted) and a short hang
    for timed-out calls."""
    yield from serve(["--clock", "manual", "--hang", "5"])


@pytest.fixture(scope="session")
def world(served: Served) -> World:
    """A user with a domain, a subscription and a mailbox, seeded through the control endpoints."""
    user_id = served.control("POST", "/users", {"email": "ada@agency.com"})["user_id"]
    domain_id = served.control("POST", "/domains", {"user_id": user_id, "domain": "acme.com"})["domain_id"]
    subscription_id = served.control("POST", "/subscriptions", {"user_id": user_id, "domain": "acme.com"})[
        "subscription_id"
    ]
    mailbox_id = served.control("POST", "/mailboxes", {"subscription_id": subscription_id, "username": "ada"})[
        "mailbox_id"
    ]
    return World(user_id, "acme.com", domain_id, subscription_id, mailbox_id)
