"""What the fake remembers: users, their domains and DNS records, platform credentials, subscriptions, mailboxes,
orders and the pre-warmup inventory, with the rules the docs state about them. Each record answers with the
spec's field names (`wire()`); where upstream does not name a field, the record does not have it."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ._reply import Rejected, Unknown, not_found
from ._webhooks import Outbox, WebhookDelivery

# The docs' ids are 28 upper-case letters and digits (`4CZNXJNXEEMECTH5Q65AXCB8QE78`), credential ids 16.
_ID_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_ID_LENGTH = 28
_CREDENTIAL_ID_LENGTH = 16
# Mailbox subscriptions are billed monthly (the only billing cycle CMR accepts).
PERIOD = timedelta(days=30)
# A subscription whose period ended without a renewal is PAST_DUE for 7 days (the guide's grace), then EXPIRED.
GRACE = timedelta(days=7)
# The geo lists before anything is seeded: the country and state of the documented create-user example.
GEO_COUNTRIES = {"United States": "US"}
GEO_STATES = {"US": {"New York": "NY"}}


def timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, as CMR writes dates (`2026-11-30T00:00:00.000Z`)."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Ids:
    """Identifiers in the shapes of the docs' examples; seeded, so every run of a test sees the same ones."""

    def __init__(self) -> None:
        self._random = random.Random(0)

    def entity(self) -> str:
        return "".join(self._random.choices(_ID_CHARACTERS, k=_ID_LENGTH))

    def credential(self) -> str:
        return "".join(self._random.choices(_ID_CHARACTERS, k=_CREDENTIAL_ID_LENGTH))

    def action(self) -> str:
        return f"ACT_{uuid.UUID(int=self._random.getrandbits(128), version=4)}"


@dataclass
class Domain:
    domain_id: str
    name: str
    user_id: str
    auto_renew: bool
    registered: datetime
    years: int = 1
    expires_at: datetime | None = None

    @property
    def expires(self) -> datetime:
        return self.expires_at or self.registered + timedelta(days=365 * self.years)

    def wire(self) -> dict[str, Any]:
        return {"domainId": self.domain_id, "domainName": self.name, "autoRenew": self.auto_renew}


@dataclass
class Subscription:
    subscription_id: str
    user_id: str
    domain: Domain
    service_provider: str
    auto_renew: bool
    start: datetime
    end: datetime
    status: str = "ACTIVE"

    def due(self) -> datetime | None:
        """When the clock next changes this subscription: the end of its period, or of its grace."""
        if self.status in ("ACTIVE", "RENEWING"):
            return self.end
        if self.status == "PAST_DUE":
            return self.end + GRACE
        return None

    def wire(self, quantity: int) -> dict[str, Any]:
        return {
            "subscriptionId": self.subscription_id,
            "subscriptionStatus": self.status,
            "totalMailboxQuantity": quantity,
            "billingCycle": "MONTHLY",
            "periodStart": timestamp(self.start),
            "periodEnd": timestamp(self.end),
            "serviceProvider": self.service_provider,
            "autoRenew": self.auto_renew,
            "userId": self.user_id,
            "domain": self.domain.name,
        }


@dataclass
class Mailbox:
    mailbox_id: str
    user_id: str
    subscription_id: str
    username: str
    domain: str
    first_name: str | None = None
    last_name: str | None = None
    profile_picture: str | None = None

    @property
    def email(self) -> str:
        return f"{self.username}@{self.domain}"

    def wire(self) -> dict[str, Any]:
        # Upstream names no field of a mailbox object but its id: anything more would be the fake's invention
        # (and reported as drift by every client that reads it).
        return {"mailboxId": self.mailbox_id}


@dataclass
class DnsRecord:
    record_id: str
    user_id: str
    domain: str
    host: str
    value: str
    record_type: str

    def wire(self) -> dict[str, Any]:
        return {"recordId": self.record_id, "host": self.host, "value": self.value, "recordType": self.record_type}


@dataclass
class Credential:
    credential_id: str
    user_id: str
    app: str
    connected: datetime
    email: str | None = None
    metadata: dict[str, Any] | None = None

    def wire(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"credentialId": self.credential_id, "connectedAt": timestamp(self.connected)}
        if self.email is not None:
            entry["email"] = self.email
        if self.metadata is not None:
            entry["metadata"] = self.metadata
        return entry


@dataclass
class Order:
    """A domain order (`domains` set) or a mailbox order for one subscription or domain; `mailboxes` are the
    order's mailbox entries by domain name, as sent."""

    order_id: str
    user_id: str
    mailboxes: dict[str, list[dict[str, Any]]]
    service_provider: str
    auto_renew: bool
    confirmed: bool
    domains: list[dict[str, Any]] = field(default_factory=list)
    subscription_id: str | None = None
    domain_id: str | None = None
    placed: datetime = field(default_factory=lambda: datetime.now(UTC))  # the handler sets the fake's date
    completed: bool = False  # finished, either way: provisioned, or failed (`failed`)
    failed: bool = False


@dataclass
class PreWarmedDomain:
    """A domain of the pre-warmup inventory and its ready mailboxes (their usernames)."""

    name: str
    service_provider: str
    usernames: list[str]
    added: datetime
    purchase_price: float | None = None
    renewal_price: float | None = None

    def wire(self) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "domain": self.name,
            "preWarmedUpMailboxes": [
                {"email": f"{username}@{self.name}", "createdAt": timestamp(self.added)} for username in self.usernames
            ],
        }
        if self.purchase_price is not None:
            entry["purchasePrice"] = self.purchase_price
        if self.renewal_price is not None:
            entry["renewalPrice"] = self.renewal_price
        return entry


class State:
    def __init__(self, outbox: Outbox, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.ids = Ids()
        self.outbox = outbox
        self.now = now  # the fake's date: its virtual clock
        self.countries = dict(GEO_COUNTRIES)
        self.states = {code: dict(states) for code, states in GEO_STATES.items()}
        self.users: dict[str, dict[str, Any]] = {}
        self.domains: dict[str, Domain] = {}
        self.subscriptions: dict[str, Subscription] = {}
        self.mailboxes: dict[str, Mailbox] = {}
        self.records: dict[str, DnsRecord] = {}
        self.credentials: dict[str, Credential] = {}
        self.orders: dict[str, Order] = {}
        self.inventory: dict[str, PreWarmedDomain] = {}
        # Seconds of the fake's time after which confirmed orders and requested renewals complete by themselves
        # (None: orders only when told, requested renewals never).
        self.complete_after: timedelta | None = None
        # Renewals asked for with subscriptions.renew, not done yet: (subscriptionId, when it was asked).
        self.renewals: list[tuple[str, datetime]] = []

    def emit(self, event: str, data: dict[str, Any]) -> WebhookDelivery:
        return self.outbox.emit(event, self.ids.entity(), data)

    # -- users -------------------------------------------------------------------------------------------------

    def user(self, user_id: str) -> dict[str, Any]:
        try:
            return self.users[user_id]
        except KeyError:
            raise not_found("user") from None

    def add_user(self, fields: dict[str, Any]) -> dict[str, Any]:
        user = {"id": self.ids.entity(), **fields}
        self.users[user["id"]] = user
        return user

    def delete_user(self, user_id: str) -> None:
        """Only a user without domains and mailboxes can go; the refusal reports the counts, as the guide says."""
        self.user(user_id)
        domains = sum(domain.user_id == user_id for domain in self.domains.values())
        mailboxes = sum(mailbox.user_id == user_id for mailbox in self.mailboxes.values())
        if domains or mailboxes:
            raise Rejected(
                422,
                "The user still has domains or mailboxes: remove them before deleting the user.",
                {"mailboxCount": mailboxes, "domainCount": domains},
            )
        del self.users[user_id]
        for credential_id in [key for key, credential in self.credentials.items() if credential.user_id == user_id]:
            del self.credentials[credential_id]
        for order_id in [key for key, order in self.orders.items() if order.user_id == user_id]:
            del self.orders[order_id]

    def email_of(self, user_id: str) -> str:
        return str(self.users[user_id].get("email", ""))

    # -- domains -----------------------------------------------------------------------------------------------

    def add_domain(
        self,
        user_id: str,
        name: str,
        now: datetime,
        *,
        auto_renew: bool = False,
        years: int = 1,
        expires_at: datetime | None = None,
    ) -> Domain:
        domain = Domain(self.ids.entity(), name, user_id, auto_renew, now, years, expires_at)
        self.domains[domain.domain_id] = domain
        return domain

    def domain(self, user_id: str, name: str) -> Domain:
        for domain in self.domains.values():
            if domain.user_id == user_id and domain.name == name:
                return domain
        raise not_found("domain")

    def domain_by_id(self, user_id: str, domain_id: str) -> Domain:
        domain = self.domains.get(domain_id)
        if domain is None or domain.user_id != user_id:
            raise not_found("domain")
        return domain

    def taken(self, name: str) -> bool:
        """Registered already, or waiting in an order that is not completed yet."""
        pending = (item["domain"] for order in self.orders.values() if not order.completed for item in order.domains)
        return any(domain.name == name for domain in self.domains.values()) or name in pending

    # -- subscriptions and mailboxes ---------------------------------------------------------------------------

    def add_subscription(
        self,
        domain: Domain,
        service_provider: str,
        auto_renew: bool,
        now: datetime,
        status: str = "ACTIVE",
        end: datetime | None = None,
    ) -> Subscription:
        subscription = Subscription(
            self.ids.entity(), domain.user_id, domain, service_provider, auto_renew, now, end or now + PERIOD, status
        )
        self.subscriptions[subscription.subscription_id] = subscription
        return subscription

    def subscription(self, subscription_id: str) -> Subscription:
        try:
            return self.subscriptions[subscription_id]
        except KeyError:
            raise not_found("subscription") from None

    def quantity(self, subscription: Subscription) -> int:
        return sum(mailbox.subscription_id == subscription.subscription_id for mailbox in self.mailboxes.values())

    def cancel(self, subscription: Subscription) -> None:
        """Cancelling deletes the workspace at once: its mailboxes go with it."""
        if subscription.status == "CANCELLED":
            raise Rejected(422, "The subscription is already cancelled.")
        quantity = self.quantity(subscription)
        subscription.status = "CANCELLED"
        for key in [key for key, box in self.mailboxes.items() if box.subscription_id == subscription.subscription_id]:
            del self.mailboxes[key]
        self.emit("subscription.cancelled", self._subscription_event(subscription, quantity))

    def tick(self) -> list[WebhookDelivery]:
        """Catch up with the clock: the orders and renewals due by `complete_after` are done (`_complete_due`),
        then every subscription whose period (or grace) ended moves on, oldest first, with the documented events.
        With auto-renew on and its domain not expired, a subscription renews
        (`subscription.renewing`, then `subscription.renewal.success` with the next period); otherwise it becomes
        PAST_DUE (`subscription.renewal.failed` first when it tried to renew) and, 7 days later, EXPIRED."""
        now = self.now()
        sent = self._complete_due(now)
        while True:
            due = [(when, sub) for sub in self.subscriptions.values() if (when := sub.due()) is not None]
            when, subscription = min(due, key=lambda pair: pair[0], default=(None, None))
            if when is None or subscription is None or when > now:
                return sent
            sent += self._transition(subscription)

    def _transition(self, subscription: Subscription) -> list[WebhookDelivery]:
        quantity = self.quantity(subscription)

        def emit(event: str, status: str) -> WebhookDelivery:
            subscription.status = status
            return self.emit(event, self._subscription_event(subscription, quantity))

        if subscription.status == "PAST_DUE":
            return [emit("subscription.expired", "EXPIRED")]
        # The docs: a subscription renews only while its domain is active; an expired domain makes it fail. The
        # fake does not run domains' own renewals: a domain with auto-renew on counts as renewed in time.
        domain = subscription.domain
        if subscription.auto_renew and (domain.auto_renew or domain.expires > subscription.end):
            renewing = emit("subscription.renewing", "RENEWING")
            length = max(subscription.end - subscription.start, timedelta(days=1))
            subscription.start, subscription.end = subscription.end, subscription.end + length
            return [renewing, emit("subscription.renewal.success", "ACTIVE")]
        failed = [emit("subscription.renewal.failed", "PAST_DUE")] if subscription.auto_renew else []
        return [*failed, emit("subscription.past_due", "PAST_DUE")]

    def _subscription_event(self, subscription: Subscription, quantity: int) -> dict[str, Any]:
        return {
            "userId": subscription.user_id,
            "userEmail": self.email_of(subscription.user_id),
            "subscriptionId": subscription.subscription_id,
            "domainId": subscription.domain.domain_id,
            "domain": subscription.domain.name,
            "workspaceType": subscription.service_provider,
            "quantity": quantity,
            "periodStart": timestamp(subscription.start),
            "periodEnd": timestamp(subscription.end),
            "autoRenew": subscription.auto_renew,
            "subscriptionStatus": subscription.status,
        }

    def add_mailbox(
        self,
        subscription: Subscription,
        username: str,
        first_name: str | None = None,
        last_name: str | None = None,
        profile_picture: str | None = None,
    ) -> Mailbox:
        mailbox = Mailbox(
            self.ids.entity(),
            subscription.user_id,
            subscription.subscription_id,
            username,
            subscription.domain.name,
            first_name,
            last_name,
            profile_picture,
        )
        self.mailboxes[mailbox.mailbox_id] = mailbox
        return mailbox

    def mailbox(self, mailbox_id: str, user_id: str | None = None) -> Mailbox:
        mailbox = self.mailboxes.get(mailbox_id)
        if mailbox is None or (user_id is not None and mailbox.user_id != user_id):
            raise not_found("mailbox")
        return mailbox

    # -- orders ------------------------------------------------------------------------------------------------

    def _complete_due(self, now: datetime) -> list[WebhookDelivery]:
        """With `complete_after` set, provision every confirmed order placed that long ago and do every renewal
        asked for that long ago, in the order they were asked for, dated when each fell due (so a long clock
        jump keeps the timeline)."""
        if self.complete_after is None:
            return []
        after = self.complete_after
        orders = [o for o in self.orders.values() if o.confirmed and not o.completed and o.placed + after <= now]
        renewals = [(asked, subscription_id) for subscription_id, asked in self.renewals if asked + after <= now]
        self.renewals = [(subscription_id, asked) for subscription_id, asked in self.renewals if asked + after > now]
        # In the order they were asked for (orders first at the same moment), as CMR would take them.
        due = sorted(
            [(o.placed, 0, o.order_id) for o in orders] + [(asked, 1, sub) for asked, sub in renewals],
            key=lambda item: item[:2],
        )
        sent: list[WebhookDelivery] = []
        for asked, kind, ident in due:
            sent += self.complete(ident, at=asked + after) if kind == 0 else self._renew(ident, asked + after)
        return sent

    def _renew(self, subscription_id: str, at: datetime) -> list[WebhookDelivery]:
        """A renewal asked for with subscriptions.renew: an ACTIVE or PAST_DUE subscription whose domain has not
        expired renews (`subscription.renewing`, then `subscription.renewal.success` with the next period, from
        the end of the current one or, for a PAST_DUE one, from now); otherwise `subscription.renewal.failed`."""
        subscription = self.subscriptions[subscription_id]
        quantity = self.quantity(subscription)
        domain = subscription.domain
        if subscription.status not in ("ACTIVE", "PAST_DUE") or not (domain.auto_renew or domain.expires > at):
            return [self.emit("subscription.renewal.failed", self._subscription_event(subscription, quantity))]
        subscription.status = "RENEWING"
        renewing = self.emit("subscription.renewing", self._subscription_event(subscription, quantity))
        length = max(subscription.end - subscription.start, timedelta(days=1))
        subscription.start = max(subscription.end, at)
        subscription.end = subscription.start + length
        subscription.status = "ACTIVE"
        return [renewing, self.emit("subscription.renewal.success", self._subscription_event(subscription, quantity))]

    def _pending(self, order_id: str) -> Order:
        order = self.orders.get(order_id)
        if order is None:
            raise Unknown(f"no order {order_id!r}: use the orderId that orders.create returned")
        if order.completed:
            raise ValueError(f"order {order_id!r} is already {'failed' if order.failed else 'completed'}")
        if not order.confirmed:
            raise ValueError(f"order {order_id!r} was created with confirm=false: CMR does not process it")
        return order

    def fail(self, order_id: str, reason: str) -> list[WebhookDelivery]:
        """End an order as failed, as CMR reports it: a domain order sends `domain.order.failed` for each of its
        domains and no mailbox events follow (its domains stay free); a mailbox order sends
        `mailbox.order.failed`. Upstream publishes neither payload: the fake sends the identifying fields of the
        success events (`orderId`, the spec's correlation field for both, `userId`, the domain and subscription)
        and the `reason`; a client reports them as drift until the spec knows them."""
        order = self._pending(order_id)
        order.completed = order.failed = True
        head = {"userId": order.user_id, "orderId": order.order_id}
        if order.subscription_id is not None:
            subscription = self.subscriptions[order.subscription_id]
            where = {"domainId": subscription.domain.domain_id, "subscriptionId": subscription.subscription_id}
            data = {**head, **where, "domainName": subscription.domain.name, "reason": reason}
            return [self.emit("mailbox.order.failed", data)]
        if order.domain_id is not None:
            domain = self.domains[order.domain_id]
            data = {**head, "domainId": domain.domain_id, "domainName": domain.name, "reason": reason}
            return [self.emit("mailbox.order.failed", data)]
        names = [item["domain"] for item in order.domains] or [None]  # an order of no available domain fails too
        return [
            self.emit(
                "domain.order.failed", {**head, **({} if name is None else {"domainName": name}), "reason": reason}
            )
            for name in names
        ]

    def complete(self, order_id: str, at: datetime | None = None) -> list[WebhookDelivery]:
        """Provision an order as CMR does once it is paid: domains, then each domain's subscription and
        mailboxes, with `domain.order.success`, `mailbox.order.success` and one `mailbox.created` per mailbox;
        dated `at` (the fake's date unless given)."""
        order = self._pending(order_id)
        order.completed = True
        now = at or self.now()
        sent: list[WebhookDelivery] = []
        if order.subscription_id is not None:
            subscription = self.subscriptions[order.subscription_id]
            sent += self._provision(order, subscription)
        elif order.domain_id is not None:
            domain = self.domains[order.domain_id]
            subscription = self.add_subscription(domain, order.service_provider, order.auto_renew, now)
            sent += self._provision(order, subscription)
        for item in order.domains:
            domain = self.add_domain(order.user_id, item["domain"], now, years=item["years"])
            sent.append(
                self.emit(
                    "domain.order.success",
                    {
                        "userId": order.user_id,
                        "userEmail": self.email_of(order.user_id),
                        "orderId": order.order_id,
                        "domainId": domain.domain_id,
                        "domainName": domain.name,
                        "creationTime": timestamp(now),
                        "expiryDate": timestamp(domain.expires),
                    },
                )
            )
            if order.mailboxes.get(domain.name):
                subscription = self.add_subscription(domain, order.service_provider, order.auto_renew, now)
                sent += self._provision(order, subscription)
        return sent

    def _provision(self, order: Order, subscription: Subscription) -> list[WebhookDelivery]:
        entries = order.mailboxes.get(subscription.domain.name, [])
        sent = [
            self.emit(
                "mailbox.order.success",
                {
                    "domainId": subscription.domain.domain_id,
                    "domainName": subscription.domain.name,
                    "userId": order.user_id,
                    "userEmail": self.email_of(order.user_id),
                    "subscriptionId": subscription.subscription_id,
                    "orderId": order.order_id,
                    "workspaceType": subscription.service_provider,
                    "creationTime": timestamp(order.placed),
                    "expiryDate": timestamp(subscription.end),
                    "quantity": len(entries),
                },
            )
        ]
        for entry in entries:
            mailbox = self.add_mailbox(
                subscription, entry["username"], entry["firstName"], entry["lastName"], entry.get("profilePicture")
            )
            sent.append(
                self.emit(
                    "mailbox.created",
                    {
                        "userId": order.user_id,
                        "orderId": order.order_id,
                        "mailboxId": mailbox.mailbox_id,
                        "email": mailbox.email,
                    },
                )
            )
        return sent

    def order_prewarmup(self, user_id: str, domains: list[str], service_provider: str, auto_renew: bool) -> None:
        """Assign inventory domains to the user at once (the answer carries no order id to complete it by):
        `prewarmup.order.success` for the domains assigned, `prewarmup.order.failed` when some are not in the
        inventory for that provider; one order can send both."""
        order_id = self.ids.entity()
        now = self.now()
        assigned = []
        failed = False
        for name in domains:
            entry = self.inventory.get(name)
            if entry is None or entry.service_provider != service_provider:
                failed = True
                continue
            del self.inventory[name]
            subscription = self.add_subscription(self.add_domain(user_id, name, now), service_provider, auto_renew, now)
            mailboxes = [self.add_mailbox(subscription, username) for username in entry.usernames]
            assigned.append(
                {
                    "domain": name,
                    "subscriptionId": subscription.subscription_id,
                    "preWarmedUpMailboxes": [
                        {"mailboxId": box.mailbox_id, "email": box.email, "expiryDate": timestamp(subscription.end)}
                        for box in mailboxes
                    ],
                }
            )
        head = {
            "userId": user_id,
            "userEmail": self.email_of(user_id),
            "orderId": order_id,
            "serviceProvider": service_provider,
        }
        if assigned:
            self.emit("prewarmup.order.success", {**head, "mailboxDetails": assigned})
        if failed:
            # Upstream names no field of the failed event (it "lists the failed domains" and error details): the
            # fake sends its data empty rather than guess the names.
            self.emit("prewarmup.order.failed", {})
