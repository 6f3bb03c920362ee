"""The issue's acceptance test, written the way a team that uses the client would write it: only the public
interface (`coldmailreseller`, `coldmailreseller.testing`, `coldmailreseller.webhooks` and the `cmr_fake` / `cmr`
fixtures of the pytest plugin). test_kit_plugin.py also runs this file on its own, outside our suite's conftest."""

from __future__ import annotations

import json

import pytest

from coldmailreseller import ColdMailReseller, NotFoundError, OutcomeUnknownError, UnprocessableEntityError
from coldmailreseller.models import MailboxCreatedEvent, OrderMailboxDict
from coldmailreseller.testing import FakeCMR
from coldmailreseller.webhooks import WebhookHandler, verify

MAILBOXES: dict[str, list[OrderMailboxDict]] = {
    "janedoe.com": [
        {"username": "jane", "first_name": "Jane", "last_name": "Doe"},
        {"username": "j.doe", "first_name": "Jane", "last_name": "Doe"},
    ]
}


def create_customer(cmr: ColdMailReseller) -> str:
    user = cmr.users.create(
        email="jane@agency.com",
        company="Agency",
        first_name="Jane",
        last_name="Doe",
        country="US",
        city="Austin",
        address_line_one="1 Main St",
        language_preference="en",
        postal_code="73301",
        state="Texas",
        phone_cc="1",
        phone="5125550100",
    )
    return user.id


def order_domain(cmr: ColdMailReseller, user_id: str) -> str:
    result = cmr.orders.create(
        user_id=user_id, domains=[{"domain": "janedoe.com", "years": 1}], mailboxes=MAILBOXES, confirm=True
    )
    return result.data.order_id


def test_create_fetch_and_delete_a_user(cmr: ColdMailReseller) -> None:
    user_id = create_customer(cmr)
    fetched = cmr.users.get(user_id=user_id)
    assert (fetched.id, fetched.email, fetched.first_name) == (user_id, "jane@agency.com", "Jane")

    cmr.users.delete(user_id=user_id)
    with pytest.raises(NotFoundError) as caught:
        cmr.users.get(user_id=user_id)
    assert caught.value.message == "The requested user does not exist."


def test_an_order_ends_with_one_signed_mailbox_created_delivery_per_mailbox(
    cmr_fake: FakeCMR, cmr: ColdMailReseller
) -> None:
    user_id = create_customer(cmr)
    order_id = order_domain(cmr, user_id)
    assert cmr_fake.deliveries == []  # nothing happens until CMR has provisioned the order

    cmr_fake.complete_order(order_id)

    created = [delivery for delivery in cmr_fake.deliveries if delivery.event == "mailbox.created"]
    assert len(created) == 2
    for delivery in created:
        verify(delivery.body, delivery.headers, cmr_fake.api_key)  # raises unless signed with our key
    emails = sorted(json.loads(delivery.body)["data"]["email"] for delivery in created)
    assert emails == ["j.doe@janedoe.com", "jane@janedoe.com"]
    assert [d.event for d in cmr_fake.deliveries][:2] == ["domain.order.success", "mailbox.order.success"]

    # Our receiver sees them as typed events, and the account now has the mailboxes.
    events = [delivery.event for delivery in cmr_fake.deliver(WebhookHandler(cmr_fake.api_key))]
    assert sum(isinstance(event, MailboxCreatedEvent) for event in events) == 2
    announced = sorted(json.loads(delivery.body)["data"]["mailboxId"] for delivery in created)
    assert sorted(str(box.mailbox_id) for box in cmr.mailboxes.list_for_user(user_id=user_id)) == announced


def test_an_order_that_fails_with_503_is_reported_as_outcome_unknown_and_not_resent(
    cmr_fake: FakeCMR, cmr: ColdMailReseller
) -> None:
    user_id = create_customer(cmr)
    cmr_fake.fail_next("createOrderJson", status=503)

    with pytest.raises(OutcomeUnknownError):
        order_domain(cmr, user_id)
    assert len(cmr_fake.calls("createOrderJson")) == 1


def test_a_raw_request_with_an_unknown_body_key_is_answered_422(cmr: ColdMailReseller) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        cmr.request("POST", "/users", json={"email": "jane@agency.com", "nickname": "JD"})
    assert caught.value.status_code == 422
    assert "nickname" in caught.value.message
