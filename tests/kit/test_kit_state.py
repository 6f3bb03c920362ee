"""The kit keeps state for what the docs describe: users, domains, DNS records, platform credentials, orders,
subscriptions and mailboxes, the pre-warmup inventory; ids name real records or the answer is 404."""

from __future__ import annotations

import json
from typing import Any

import pytest

from coldmailreseller import (
    BadRequestError,
    ColdMailReseller,
    InvalidArgumentError,
    NotFoundError,
    UnprocessableEntityError,
)
from coldmailreseller.models import SubscriptionStatus
from coldmailreseller.testing import FakeCMR

MAILBOXES = {"acme.com": [{"username": "ada", "first_name": "Ada", "last_name": "L"}]}


@pytest.fixture
def fake(cmr_fake: FakeCMR) -> FakeCMR:
    return cmr_fake  # the plugin's fixtures: `cmr` is a client on this fake


@pytest.fixture
def user_id(fake: FakeCMR) -> str:
    return fake.seed_user(email="owner@acme.com")


def events(fake: FakeCMR) -> list[str]:
    return [delivery.event for delivery in fake.deliveries]


def ids(boxes: list[Any]) -> list[str]:
    # Upstream names no mailbox field but its id: the fake's mailboxes answer that and nothing else.
    assert all(box.additional_properties == {} for box in boxes)
    return sorted(str(box.mailbox_id) for box in boxes)


def created(fake: FakeCMR) -> dict[str, str]:
    """The mailboxes announced by `mailbox.created`, email -> mailboxId."""
    sent = [d.json()["data"] for d in fake.deliveries if d.event == "mailbox.created"]
    return {data["email"]: data["mailboxId"] for data in sent}


# -- users -------------------------------------------------------------------------------------------------------


def test_an_update_changes_only_the_fields_sent(cmr: ColdMailReseller, user_id: str) -> None:
    cmr.users.update(user_id=user_id, city="Dallas", phone="2145550100")
    user = cmr.users.get(user_id=user_id)
    assert (user.city, user.phone, user.email, user.state) == ("Dallas", "2145550100", "owner@acme.com", "Texas")


def test_users_are_listed_page_by_page(fake: FakeCMR, cmr: ColdMailReseller) -> None:
    ids = [fake.seed_user() for _ in range(45)]
    assert [user.id for user in cmr.users.iter(limit=20)] == ids
    assert [request.url.params["page"] for request in fake.calls("listUsers")] == ["1", "2", "3"]
    # Upstream names neither the array nor its paging state: the fake answers the one array, a full page means
    # there may be more (the client's convention).
    last = cmr.users.list(page=3, limit=20).additional_properties
    assert list(last) == ["users"] and len(last["users"]) == 5


def test_a_user_with_domains_cannot_be_deleted(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.seed_mailbox(fake.seed_subscription(user_id, "acme.com"), "ada")
    with pytest.raises(UnprocessableEntityError) as caught:
        cmr.users.delete(user_id=user_id)
    assert json.loads(caught.value.body)["data"] == {"mailboxCount": 1, "domainCount": 1}
    assert cmr.users.get(user_id=user_id).id == user_id


def test_seeded_users_are_checked_like_created_ones(fake: FakeCMR) -> None:
    with pytest.raises(InvalidArgumentError, match="country"):
        fake.seed_user(country="USA")
    with pytest.raises(TypeError):
        fake.seed_user("positional")  # type: ignore[misc]


# -- domains and DNS -----------------------------------------------------------------------------------------------


def test_domains_belong_to_their_user(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    domain_id = fake.seed_domain(user_id, "acme.com")
    assert [(d.domain_id, d.domain_name, d.auto_renew) for d in cmr.domains.list(user_id=user_id)] == [
        (domain_id, "acme.com", False)
    ]
    # Documented quirk: a wrong userId gives an empty list here, not a 404.
    assert cmr.domains.list(user_id="NO-SUCH-USER") == []
    with pytest.raises(ValueError, match="registered already"):
        fake.seed_domain(fake.seed_user(), "acme.com")


def test_domain_auto_renew_is_set_and_reported(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.seed_domain(user_id, "acme.com")
    fake.seed_domain(user_id, "acme.org")
    raw = cmr.domains.with_raw_response.set_auto_renew(
        user_id=user_id, domains=["acme.com", "acme.org"], auto_renew=True
    )
    assert raw.message == "Auto-renew toggled on for 2 domains."
    assert [state.auto_renew for state in raw.parse()] == [True, True]
    assert all(domain.auto_renew for domain in cmr.domains.list(user_id=user_id))
    with pytest.raises(NotFoundError, match="domain"):
        cmr.domains.set_auto_renew(user_id=user_id, domains=["other.com"], auto_renew=False)


def test_renewal_prices_are_quoted_for_the_users_domains(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    domain_id = fake.seed_domain(user_id, "acme.com")
    (quote,) = cmr.domains.renewal_price(user_id=user_id, domains=["acme.com"])
    assert (quote.domain_id, quote.domain_name, quote.renewal_price, quote.years) == (domain_id, "acme.com", "14.50", 1)
    with pytest.raises(NotFoundError):
        cmr.domains.renewal_price(user_id=user_id, domains=["other.com"])


def test_dns_records_are_added_updated_and_deleted(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.seed_domain(user_id, "acme.com")
    records = [
        {"host": "mail", "value": "192.0.2.10", "record_type": "A"},
        {"host": "_dmarc", "value": "v=DMARC1; p=none", "record_type": "TXT", "excluded_dmar_ctags": ["rua"]},
    ]
    cmr.dns.add_record(user_id=user_id, domain="acme.com", records=records)
    first, second = cmr.dns.get_records(user_id=user_id, domain="acme.com").records
    assert (first.host, second.host) == ("mail", "_dmarc") and first.record_id != second.record_id
    assert first.record_id is not None and second.record_id is not None

    cmr.dns.update_record(
        user_id=user_id, record_id=first.record_id, domain="acme.com", host="mx", value="192.0.2.20", record_type="A"
    )
    cmr.dns.delete_record(user_id=user_id, record_id=second.record_id)
    (left,) = cmr.dns.get_records(user_id=user_id, domain="acme.com").records
    assert (left.record_id, left.host, left.value) == (first.record_id, "mx", "192.0.2.20")
    with pytest.raises(NotFoundError, match="DNS record"):
        cmr.dns.delete_record(user_id=user_id, record_id=second.record_id)
    with pytest.raises(NotFoundError, match="DNS record"):  # the record is on another domain
        cmr.dns.update_record(
            user_id=user_id, record_id=first.record_id, domain="acme.org", host="mx", value="v", record_type="A"
        )


def test_dmarc_tag_exclusions_only_go_with_dmarc_records(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.seed_domain(user_id, "acme.com")
    record = {"host": "mail", "value": "v=spf1 -all", "record_type": "TXT", "excluded_dmar_ctags": ["rua"]}
    with pytest.raises(BadRequestError, match=r"records\[0\].excludedDMARCtags"):
        cmr.dns.add_record(user_id=user_id, domain="acme.com", records=[record])
    with pytest.raises(NotFoundError, match="domain"):
        cmr.dns.get_records(user_id=user_id, domain="other.com")


# -- platform credentials ------------------------------------------------------------------------------------------


def test_credentials_are_stored_listed_and_removed(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    secrets = {"email": "ops@acme.com", "password": "eb-password"}
    metadata = {"app_base_url": "https://app.emailbison.com", "workspace": "main"}
    added = cmr.exports.add_credential(user_id=user_id, app="EMAILBISON", credentials=secrets, metadata=metadata)
    assert added.credential_id is not None and len(added.credential_id) == 16
    raw = cmr.exports.with_raw_response.list_credentials(user_id=user_id)
    assert "eb-password" not in raw.http_response.text
    (stored,) = raw.envelope["data"]["EMAILBISON"]["credentials"]
    assert raw.envelope["data"]["EMAILBISON"]["connected"] is True
    assert (stored["credentialId"], stored["email"], stored["metadata"]) == (
        added.credential_id,
        "ops@acme.com",
        {"appBaseUrl": "https://app.emailbison.com", "workspace": "main"},
    )
    cmr.exports.delete_credential(user_id=user_id, credential_id=added.credential_id)
    assert cmr.exports.list_credentials(user_id=user_id).additional_properties == {}
    with pytest.raises(NotFoundError, match="credential"):
        cmr.exports.delete_credential(user_id=user_id, credential_id=added.credential_id)


def test_an_export_needs_the_users_credential_and_mailboxes(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    mine = fake.seed_mailbox(fake.seed_subscription(user_id, "acme.com"), "ada")
    other_user = fake.seed_user()
    theirs = fake.seed_mailbox(fake.seed_subscription(other_user, "other.com"), "bob")
    credential = cmr.exports.add_credential(
        user_id=user_id, app="SMARTLEAD", credentials={"email": "a@acme.com", "password": "pw"}
    )
    assert credential.credential_id is not None
    cmr.exports.export_mailboxes(user_id=user_id, credential_id=credential.credential_id, mailbox_ids=[mine])
    with pytest.raises(NotFoundError, match="mailbox"):
        cmr.exports.export_mailboxes(user_id=user_id, credential_id=credential.credential_id, mailbox_ids=[theirs])
    with pytest.raises(NotFoundError, match="credential"):
        cmr.exports.export_mailboxes(user_id=other_user, credential_id=credential.credential_id, mailbox_ids=[theirs])


# -- orders --------------------------------------------------------------------------------------------------------


def test_an_order_provisions_domains_subscriptions_and_mailboxes(
    fake: FakeCMR, cmr: ColdMailReseller, user_id: str
) -> None:
    mailboxes = {"acme.com": [*MAILBOXES["acme.com"], {"username": "bob", "first_name": "B", "last_name": "S"}]}
    domains = [{"domain": "acme.com", "years": 2}, {"domain": "acme.org", "years": 1}]
    order = cmr.orders.create(
        user_id=user_id, domains=domains, mailboxes=mailboxes, service_provider="MICROSOFT", auto_renew=True
    )
    assert order.action_id is not None and order.action_id.startswith("ACT_")
    assert order.data.order_id is not None
    # Upstream documents no field of an order's status: the order is looked up, nothing is made up.
    assert cmr.orders.get_status(user_id=user_id, order_id=order.data.order_id).additional_properties == {}
    assert cmr.domains.list(user_id=user_id) == []  # nothing is provisioned before CMR finishes

    sent = fake.complete_order(order.data.order_id)

    assert (
        [d.event for d in sent]
        == events(fake)
        == [
            "domain.order.success",
            "mailbox.order.success",
            "mailbox.created",
            "mailbox.created",
            "domain.order.success",
        ]
    )
    assert sorted(d.domain_name for d in cmr.domains.list(user_id=user_id)) == ["acme.com", "acme.org"]
    (subscription,) = cmr.subscriptions.list().subscriptions
    assert (subscription.domain, subscription.total_mailbox_quantity, subscription.service_provider) == (
        "acme.com",
        2,
        "MICROSOFT",
    )
    assert subscription.auto_renew is True and subscription.subscription_status == SubscriptionStatus.ACTIVE
    success = sent[1].json()["data"]
    assert (success["subscriptionId"], success["quantity"], success["workspaceType"]) == (
        subscription.subscription_id,
        2,
        "MICROSOFT",
    )
    assert sorted(created(fake)) == ["ada@acme.com", "bob@acme.com"]
    assert ids(cmr.mailboxes.list_for_user(user_id=user_id)) == sorted(created(fake).values())
    assert {d.json()["data"]["orderId"] for d in sent} == {order.data.order_id}
    assert sent[0].json()["data"]["userEmail"] == "owner@acme.com"


def test_an_order_can_be_completed_once_and_only_when_confirmed(
    fake: FakeCMR, cmr: ColdMailReseller, user_id: str
) -> None:
    order = cmr.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes={})
    assert order.data.order_id is not None
    fake.complete_order(order.data.order_id)
    with pytest.raises(ValueError, match="already completed"):
        fake.complete_order(order.data.order_id)
    with pytest.raises(ValueError, match="no order"):
        fake.complete_order("NO-SUCH-ORDER")
    draft = cmr.orders.create(user_id=user_id, domains=[{"domain": "b.com", "years": 1}], mailboxes={}, confirm=False)
    assert draft.data.order_id is not None
    with pytest.raises(ValueError, match="confirm=false"):
        fake.complete_order(draft.data.order_id)


def test_taken_domains_are_reported_unavailable(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.seed_domain(fake.seed_user(), "taken.com")
    pending = cmr.orders.create(user_id=user_id, domains=[{"domain": "pending.com", "years": 1}], mailboxes={})
    assert pending.data.unavailable_domains == []
    domains = [{"domain": d, "years": 1} for d in ("taken.com", "pending.com", "new.com", "new.com")]
    order = cmr.orders.create(user_id=user_id, domains=domains, mailboxes={"taken.com": MAILBOXES["acme.com"]})
    assert order.data.unavailable_domains == ["taken.com", "pending.com", "new.com"]
    assert order.data.order_id is not None
    assert [d.event for d in fake.complete_order(order.data.order_id)] == ["domain.order.success"]


def test_order_mailboxes_must_be_on_the_orders_domains(cmr: ColdMailReseller, user_id: str) -> None:
    with pytest.raises(UnprocessableEntityError, match=r"mailboxes\.acme\.com: not one of the order's domains"):
        cmr.orders.create(user_id=user_id, domains=[{"domain": "acme.org", "years": 1}], mailboxes=MAILBOXES)
    with pytest.raises(NotFoundError, match="order"):
        cmr.orders.get_status(user_id=user_id, order_id="NO-SUCH-ORDER")


def test_a_mailbox_order_adds_to_a_subscription(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com", service_provider="MICROSOFT")
    fake.seed_mailbox(subscription_id, "first")
    order = cmr.orders.create_mailbox_order(user_id=user_id, subscription_id=subscription_id, mailboxes=MAILBOXES)
    assert order.data.order_id is not None
    sent = fake.complete_order(order.data.order_id)
    assert [d.event for d in sent] == ["mailbox.order.success", "mailbox.created"]
    assert sent[0].json()["data"]["workspaceType"] == "MICROSOFT"
    (subscription,) = cmr.subscriptions.list().subscriptions
    assert subscription.total_mailbox_quantity == 2


def test_a_mailbox_order_on_a_domain_starts_a_new_subscription(
    fake: FakeCMR, cmr: ColdMailReseller, user_id: str
) -> None:
    old = fake.seed_subscription(user_id, "acme.com")
    (domain,) = cmr.domains.list(user_id=user_id)
    assert domain.domain_id is not None
    with pytest.raises(UnprocessableEntityError, match="active subscription"):
        cmr.orders.create_mailbox_order(user_id=user_id, domain_id=domain.domain_id, mailboxes=MAILBOXES)
    cmr.subscriptions.cancel(subscription_id=old)
    order = cmr.orders.create_mailbox_order(user_id=user_id, domain_id=domain.domain_id, mailboxes=MAILBOXES)
    assert order.data.order_id is not None
    fake.complete_order(order.data.order_id)
    active = cmr.subscriptions.list(status="ACTIVE").subscriptions
    assert [(s.domain, s.total_mailbox_quantity) for s in active] == [("acme.com", 1)]
    assert active[0].subscription_id != old


def test_a_mailbox_order_names_the_users_own_things(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    other = fake.seed_subscription(fake.seed_user(), "other.com")
    with pytest.raises(NotFoundError, match="subscription"):
        cmr.orders.create_mailbox_order(user_id=user_id, subscription_id=other, mailboxes={"other.com": []})
    mine = fake.seed_subscription(user_id, "acme.com")
    with pytest.raises(UnprocessableEntityError, match=r"mailboxes\.acme\.org: not the domain of this order"):
        cmr.orders.create_mailbox_order(user_id=user_id, subscription_id=mine, mailboxes={"acme.org": []})
    cmr.subscriptions.cancel(subscription_id=mine)
    with pytest.raises(UnprocessableEntityError, match="not active"):
        cmr.orders.create_mailbox_order(user_id=user_id, subscription_id=mine, mailboxes={"acme.com": []})


# -- mailboxes -----------------------------------------------------------------------------------------------------


def test_mailboxes_are_found_by_id_and_by_user(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    mailbox_id = fake.seed_mailbox(fake.seed_subscription(user_id, "acme.com"), "ada", first_name="Ada")
    other = fake.seed_user()
    bob = fake.seed_mailbox(fake.seed_subscription(other, "other.com"), "bob")
    assert ids(cmr.mailboxes.list()) == sorted([mailbox_id, bob])
    assert ids(cmr.mailboxes.list_for_user(user_id=user_id)) == [mailbox_id]
    mailbox = cmr.mailboxes.get(mailbox_id=mailbox_id)
    assert (mailbox.mailbox_id, mailbox.additional_properties) == (mailbox_id, {})
    # Upstream documents no field of the admin details: the ids are checked, nothing is made up.
    assert cmr.mailboxes.get_admin_details(user_id=user_id, mailbox_id=mailbox_id).additional_properties == {}
    with pytest.raises(NotFoundError, match="mailbox"):  # not that user's mailbox
        cmr.mailboxes.get_admin_details(user_id=other, mailbox_id=mailbox_id)
    with pytest.raises(NotFoundError, match="mailbox"):
        cmr.warmup.add(mailbox_id="NO-SUCH-MAILBOX")


def test_mailbox_details_are_updated_one_or_many(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com")
    ada = fake.seed_mailbox(subscription_id, "ada", first_name="Ada", last_name="L")
    result = cmr.mailboxes.update(user_id=user_id, mailbox_data={"mailbox_id": ada, "user_name": "ada.l"})
    assert result.action_id is not None and result.data is None
    assert fake._state.mailboxes[ada].email == "ada.l@acme.com"
    # The documented payload: `updatedFields`, whose keys upstream does not name (so the fake sends none).
    assert fake.deliveries[-1].json() == {
        "event": "mailbox.updated",
        "eventId": fake.deliveries[-1].event_id,
        "data": {"updatedFields": {}},
    }

    bulk = cmr.mailboxes.update(
        user_id=user_id, mailbox_data=[{"mailbox_id": ada, "last_name": "Lovelace"}, {"mailbox_id": "NOPE"}]
    )
    assert bulk.data is not None
    assert [(r.mailbox_id, r.success) for r in bulk.data] == [(ada, True), ("NOPE", False)]
    assert fake._state.mailboxes[ada].last_name == "Lovelace"
    assert events(fake) == ["mailbox.updated", "mailbox.updated"]


def test_a_removed_mailbox_is_gone(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com")
    ada, bob = fake.seed_mailbox(subscription_id, "ada"), fake.seed_mailbox(subscription_id, "bob")
    cmr.mailboxes.delete(user_id=user_id, mailbox_id=ada)
    with pytest.raises(NotFoundError):
        cmr.mailboxes.get(mailbox_id=ada)
    assert cmr.subscriptions.list().subscriptions[0].total_mailbox_quantity == 1
    assert cmr.mailboxes.get(mailbox_id=bob).mailbox_id == bob


# -- subscriptions -------------------------------------------------------------------------------------------------


def test_subscriptions_are_filtered_and_paged(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    ids = [fake.seed_subscription(user_id, f"d{n}.com") for n in range(60)]
    cancelled = fake.seed_subscription(user_id, "gone.com", status="CANCELLED")
    assert [s.subscription_id for s in cmr.subscriptions.iter(status="ACTIVE")] == ids
    assert len(fake.calls("listSubscriptions")) == 2  # 50 a page, the documented default
    assert [s.subscription_id for s in cmr.subscriptions.list(domain="gone.com").subscriptions] == [cancelled]
    assert [s.domain for s in cmr.subscriptions.list(component_subscription_id=ids[7]).subscriptions] == ["d7.com"]
    with pytest.raises(ValueError, match="is not a valid SubscriptionStatus"):
        fake.seed_subscription(user_id, "x.com", status="FROZEN")


def test_a_cancellation_deletes_the_workspace_and_is_announced(
    fake: FakeCMR, cmr: ColdMailReseller, user_id: str
) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com", auto_renew=True)
    fake.seed_mailbox(subscription_id, "ada")
    cmr.subscriptions.cancel(domain="acme.com")
    (subscription,) = cmr.subscriptions.list().subscriptions
    assert subscription.subscription_status == SubscriptionStatus.CANCELLED
    assert cmr.mailboxes.list_for_user(user_id=user_id) == []
    (delivery,) = fake.deliveries
    data = delivery.json()["data"]
    assert (delivery.event, data["subscriptionId"], data["quantity"], data["subscriptionStatus"]) == (
        "subscription.cancelled",
        subscription_id,
        1,
        "CANCELLED",
    )
    with pytest.raises(UnprocessableEntityError, match="already cancelled"):
        cmr.subscriptions.cancel(subscription_id=subscription_id)
    with pytest.raises(NotFoundError):
        cmr.subscriptions.cancel(domain="other.com")
    with pytest.raises(BadRequestError, match="subscriptionId or a domain"):
        cmr.subscriptions.cancel()


def test_a_renewal_names_known_subscriptions(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    subscription_id = fake.seed_subscription(user_id, "acme.com")
    first, second = (cmr.subscriptions.renew(subscription_ids=[subscription_id]) for _ in range(2))
    assert first.action_id and second.action_id and first.action_id != second.action_id
    with pytest.raises(NotFoundError, match="subscription"):
        cmr.subscriptions.renew(subscription_ids=[subscription_id, "NO-SUCH-SUBSCRIPTION"])


# -- pre-warmup and placement --------------------------------------------------------------------------------------


def test_the_inventory_is_filtered_and_paged(fake: FakeCMR, cmr: ColdMailReseller) -> None:
    for n in range(25):
        fake.seed_prewarmup_domain(f"warm{n}.com", mailboxes=["a", "b"], purchase_price=30, renewal_price=15)
    fake.seed_prewarmup_domain("cold.io", service_provider="MICROSOFT", mailboxes=["c"])
    assert len(list(cmr.prewarmup.iter(service_provider="GOOGLE"))) == 25
    page = cmr.prewarmup.list(contains="warm1", limit=5)
    assert (page.total_domains, page.total_mailboxes, page.total_pages, page.current_page) == (11, 22, 3, 1)
    first = page.inventory[0]
    assert (first.domain, first.purchase_price, first.renewal_price) == ("warm1.com", 30, 15)
    assert [m.email for m in first.pre_warmed_up_mailboxes] == ["a@warm1.com", "b@warm1.com"]
    assert [d.domain for d in cmr.prewarmup.list(service_provider="MICROSOFT").inventory] == ["cold.io"]


def test_a_prewarmup_order_assigns_domains_at_once(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    fake.seed_prewarmup_domain("warm.com", mailboxes=["james", "mia"])
    fake.seed_prewarmup_domain("ms-warm.com", service_provider="MICROSOFT")
    raw = cmr.prewarmup.with_raw_response.order(
        user_id=user_id, order=[{"domain": "warm.com"}, {"domain": "ms-warm.com"}], service_provider="GOOGLE"
    )
    assert raw.status_code == 201
    assert events(fake) == ["prewarmup.order.success", "prewarmup.order.failed"]  # one domain is not GOOGLE's
    (assigned,) = fake.deliveries[0].json()["data"]["mailboxDetails"]
    assert assigned["domain"] == "warm.com"
    assert [m["email"] for m in assigned["preWarmedUpMailboxes"]] == ["james@warm.com", "mia@warm.com"]
    assert [d.domain_name for d in cmr.domains.list(user_id=user_id)] == ["warm.com"]
    assert ids(cmr.mailboxes.list_for_user(user_id=user_id)) == sorted(
        m["mailboxId"] for m in assigned["preWarmedUpMailboxes"]
    )
    assert [d.domain for d in cmr.prewarmup.list().inventory] == ["ms-warm.com"]


@pytest.mark.parametrize(
    ("scenario", "expected"),
    [
        (None, ["prewarmup.order.success"]),
        ("partial_failure", ["prewarmup.order.success", "prewarmup.order.failed"]),
        ("full_failure", ["prewarmup.order.failed"]),
    ],
)
def test_sandbox_orders_follow_their_scenario(scenario: str | None, expected: list[str]) -> None:
    fake = FakeCMR(sandbox=True)
    order = [{"domain": "sandbox.nexora-tech.com"}, {"domain": "mail-sandbox.brightplathlabs.com"}]
    extra = {} if scenario is None else {"scenario": scenario}
    with fake.client() as cmr:
        cmr.prewarmup.sandbox_order(order=order, service_provider="GOOGLE", **extra)
        with pytest.raises(UnprocessableEntityError, match="not a MICROSOFT sandbox domain"):
            cmr.prewarmup.sandbox_order(order=order, service_provider="MICROSOFT")
    assert events(fake) == expected
    if scenario == "partial_failure":
        assert fake.deliveries[0].json()["data"]["mailboxDetails"] == [{"domain": "mail-sandbox.brightplathlabs.com"}]


def test_a_placement_test_names_the_users_mailboxes(fake: FakeCMR, cmr: ColdMailReseller, user_id: str) -> None:
    mailbox_id = fake.seed_mailbox(fake.seed_subscription(user_id, "acme.com"), "ada")
    order = cmr.placement.create(user_id=user_id, mailbox_ids=[mailbox_id], spamassassin=True)
    assert order.data.order_id is not None and len(order.data.order_id) == 28
    with pytest.raises(NotFoundError, match="mailbox"):
        cmr.placement.create(user_id=user_id, mailbox_ids=["NO-SUCH-MAILBOX"])


def test_seeding_names_existing_records(fake: FakeCMR) -> None:
    with pytest.raises(ValueError, match="The requested user does not exist"):
        fake.seed_domain("NO-SUCH-USER", "acme.com")
    with pytest.raises(ValueError, match="The requested subscription does not exist"):
        fake.seed_mailbox("NO-SUCH-SUBSCRIPTION", "ada")
    user_id = fake.seed_user()
    fake.seed_domain(fake.seed_user(), "theirs.com")
    with pytest.raises(ValueError, match="another user"):
        fake.seed_subscription(user_id, "theirs.com")
    with pytest.raises(ValueError, match="is not a valid ServiceProvider"):
        fake.seed_prewarmup_domain("warm.com", service_provider="YAHOO")
