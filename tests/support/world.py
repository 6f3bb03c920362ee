"""A fake with one of everything the API keeps, and arguments for every operation that name those things."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coldmailreseller import Operation
from coldmailreseller.testing import FakeCMR
from tests.reliability.spec_schemas import valid_args

DOMAIN = "acme.com"
NEW_MAILBOX = {"username": "bob", "first_name": "Bob", "last_name": "Smith"}


@dataclass(frozen=True)
class World:
    fake: FakeCMR
    user_id: str
    idle_user_id: str  # no domains or mailboxes: deletable
    subscription_id: str
    mailbox_id: str
    free_domain_id: str  # a domain of the user without a subscription
    record_id: str
    credential_id: str
    order_id: str

    def arguments(self, op: Operation[Any]) -> dict[str, Any]:
        """Spec-valid arguments for `op` whose ids all name records of this world."""
        by_wire: dict[str, Any] = {
            "userId": self.user_id,
            "mailboxId": self.mailbox_id,
            "subscriptionId": self.subscription_id,
            "domainId": self.free_domain_id,
            "credentialId": self.credential_id,
            "orderId": self.order_id,
            "recordId": self.record_id,
            "domain": DOMAIN,
            "domains": [DOMAIN],
            "subscriptionIds": [self.subscription_id],
            "mailboxIds": [self.mailbox_id],
            "componentMailboxIds": [self.mailbox_id],
            "mailboxes": {DOMAIN: [NEW_MAILBOX]},
            "mailboxData": {"mailbox_id": self.mailbox_id, "first_name": "Ada"},
        }
        args = valid_args(op)
        for field in op.fields:
            if field.attr in args and field.wire in by_wire:
                args[field.attr] = by_wire[field.wire]
        return {**args, **self._special(op.operation_id)}

    def _special(self, operation_id: str) -> dict[str, Any]:
        return {
            "createOrderJson": {
                "domains": [{"domain": "acme.net", "years": 1}],
                "mailboxes": {"acme.net": [NEW_MAILBOX]},
            },
            "deleteUser": {"user_id": self.idle_user_id},
            "cancelSubscription": {"subscription_id": self.subscription_id},
            "orderPreWarmupMailboxes": {"order": [{"domain": "prewarm-acme.com"}], "service_provider": "GOOGLE"},
            "sandboxOrderPreWarmupMailboxes": {
                "order": [{"domain": "sandbox.nexora-tech.com"}],
                "service_provider": "GOOGLE",
            },
        }.get(operation_id, {})


def build_world(*, sandbox: bool = False) -> World:
    fake = FakeCMR(sandbox=sandbox)
    user_id = fake.seed_user(email="owner@example.com")
    idle_user_id = fake.seed_user(email="idle@example.com")
    subscription_id = fake.seed_subscription(user_id, DOMAIN, auto_renew=True)
    mailbox_id = fake.seed_mailbox(subscription_id, "ada", first_name="Ada", last_name="Lovelace")
    free_domain_id = fake.seed_domain(user_id, "acme.org")
    fake.seed_prewarmup_domain("prewarm-acme.com", mailboxes=["james"], purchase_price=30, renewal_price=15)
    with fake.client() as cmr:
        record = {"host": "mail", "value": "192.0.2.10", "record_type": "A"}
        cmr.dns.add_record(user_id=user_id, domain=DOMAIN, records=[record])
        records = cmr.dns.get_records(user_id=user_id, domain=DOMAIN).records
        credentials = {"email": "ops@acme.com", "password": "eb-secret"}
        credential = cmr.exports.add_credential(user_id=user_id, app="EMAILBISON", credentials=credentials)
        order = cmr.orders.create(user_id=user_id, domains=[{"domain": "acme.io", "years": 1}], mailboxes={})
    assert records and records[0].record_id and credential.credential_id and order.data.order_id
    return World(
        fake,
        user_id,
        idle_user_id,
        subscription_id,
        mailbox_id,
        free_domain_id,
        str(records[0].record_id),
        str(credential.credential_id),
        str(order.data.order_id),
    )
