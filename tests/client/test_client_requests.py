"""The request surface: checked request bodies (models, TypedDict mappings, wire-named mappings), rules across
fields from the spec, escape hatches (extra_*, raw `request()`), and nothing sent when an argument is wrong.

The requests go to the testing kit, which also holds them to the spec; the scripted stand-in answers the two
requests it rightly refuses (keys the spec does not know, a path it does not have)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from coldmailreseller import ClientClosedError, InvalidArgumentError, OutcomeUnknownError
from coldmailreseller.models import OrderDomain, OrderMailbox, ServiceProvider, WorkspaceCheckDomain
from coldmailreseller.testing import FakeCMR
from tests.client.scripted import KEY, Driver, ScriptedCMR, ok

ORDER = {"message": "Order queued", "actionId": "ACT_1"}
LOGIN = {"email": "ops@agency.com", "password": "pw"}
MAILBOXES = {"acme.com": [{"username": "bob", "first_name": "Bob", "last_name": "Smith"}]}


def _order(drive: Driver, fake: FakeCMR, **changes: Any) -> Any:
    args: dict[str, Any] = {"domains": [{"domain": "acme.com", "years": 1}], "mailboxes": MAILBOXES}
    return drive.run(drive.kit(fake).orders.create(user_id=fake.seed_user(), **{**args, **changes}))


def _rejected(drive: Driver, fake: FakeCMR, call: Callable[[], Any]) -> InvalidArgumentError:
    with pytest.raises(InvalidArgumentError) as caught:
        drive.run(call())
    assert fake.requests == [], "a bad argument must be caught before anything is sent"
    return caught.value


def _body(request: Any) -> Any:
    return json.loads(request.content)


# -- request models as mappings -----------------------------------------------------------------------------


def test_model_instances_and_both_namings_of_mappings_are_sent_as_wire_json(drive: Driver, cmr_fake: FakeCMR) -> None:
    domains = [
        OrderDomain(domain="a.com", years=1, forward_to="https://x.test"),
        {"domain": "b.com", "years": 2, "forward_to": "https://y.test"},  # attribute names (the TypedDict)
        {"domain": "c.com", "years": 3, "forwardTo": "https://z.test"},  # wire names, pasted from CMR's docs
    ]
    mailboxes = {"a.com": [OrderMailbox(username="al", first_name="Al", last_name="Lee"), MAILBOXES["acme.com"][0]]}
    _order(drive, cmr_fake, domains=domains, mailboxes=mailboxes)
    body = _body(cmr_fake.calls("createOrderJson")[0])
    assert body["domains"] == [
        {"domain": "a.com", "years": 1, "forwardTo": "https://x.test"},
        {"domain": "b.com", "years": 2, "forwardTo": "https://y.test"},
        {"domain": "c.com", "years": 3, "forwardTo": "https://z.test"},
    ]
    assert body["mailboxes"]["a.com"][1] == {"username": "bob", "firstName": "Bob", "lastName": "Smith"}


def test_a_misspelt_key_names_its_path_and_the_allowed_keys(drive: Driver, cmr_fake: FakeCMR) -> None:
    error = _rejected(
        drive,
        cmr_fake,
        lambda: drive.kit(cmr_fake).orders.create(
            user_id="u1", domains=[{"domian": "acme.com", "years": 1}], mailboxes=MAILBOXES
        ),
    )
    assert error.path == "domains[0].domian" and error.argument == "domains"
    assert "unknown key" in str(error) and "allowed keys: domain, years, forward_to" in str(error)


def test_snake_case_and_wire_names_mixed_in_one_mapping_are_rejected(drive: Driver, cmr_fake: FakeCMR) -> None:
    mixed = {"acme.com": [{"username": "bob", "first_name": "Bob", "lastName": "Smith"}]}
    error = _rejected(
        drive,
        cmr_fake,
        lambda: drive.kit(cmr_fake).orders.create(
            user_id="u1", domains=[{"domain": "acme.com", "years": 1}], mailboxes=mixed
        ),
    )
    assert error.path == "mailboxes.acme.com[0]" and "mixes attribute names" in str(error)


@pytest.mark.parametrize(
    ("domains", "path", "words"),
    [
        ([{"domain": "acme.com"}], "domains[0].years", "missing required key"),
        ([{"domain": "acme.com", "years": "1"}], "domains[0].years", "must be an integer"),
        ([{"domain": "", "years": 1}], "domains[0].domain", "empty"),
        ([{"domain": "acme.com", "years": 1}, "acme.org"], "domains[1]", "must be a OrderDomain or a mapping"),
        ({"domain": "acme.com", "years": 1}, "domains", "must be a list"),
    ],
)
def test_bad_nested_values_name_their_path(
    drive: Driver, cmr_fake: FakeCMR, domains: Any, path: str, words: str
) -> None:
    cmr = drive.kit(cmr_fake)
    error = _rejected(drive, cmr_fake, lambda: cmr.orders.create(user_id="u1", domains=domains, mailboxes=MAILBOXES))
    assert error.path == path and words in str(error)


def test_out_of_enum_values_are_rejected_at_any_depth(drive: Driver, cmr_fake: FakeCMR) -> None:
    cmr = drive.kit(cmr_fake)
    error = _rejected(drive, cmr_fake, lambda: cmr.subscriptions.list(status="GMAIL"))  # type: ignore[arg-type]
    assert error.path == "status" and "'ACTIVE'" in str(error)
    nested = [{"domain_name": "acme.com", "service_provider": "YAHOO"}]
    error = _rejected(drive, cmr_fake, lambda: cmr.domains.check_workspace(domains=nested))  # type: ignore[list-item]
    assert error.path == "domains[0].service_provider"


def test_enum_members_and_their_values_are_both_accepted(drive: Driver, cmr_fake: FakeCMR) -> None:
    checks = [
        WorkspaceCheckDomain(domain_name="a.com", service_provider=ServiceProvider.GOOGLE),
        {"domain_name": "b.com", "service_provider": "MICROSOFT"},
    ]
    drive.run(drive.kit(cmr_fake).domains.check_workspace(domains=checks))
    assert _body(cmr_fake.requests[0]) == {
        "domains": [
            {"domainName": "a.com", "serviceProvider": "GOOGLE"},
            {"domainName": "b.com", "serviceProvider": "MICROSOFT"},
        ]
    }


# -- rules across fields, from the spec's oneOf ----------------------------------------------------------------


@pytest.mark.parametrize("ids", [{}, {"subscription_id": "s1", "domain_id": "d1"}], ids=["neither", "both"])
def test_a_mailbox_order_needs_exactly_one_of_subscription_and_domain(
    drive: Driver, cmr_fake: FakeCMR, ids: dict[str, str]
) -> None:
    cmr = drive.kit(cmr_fake)
    error = _rejected(
        drive, cmr_fake, lambda: cmr.orders.create_mailbox_order(user_id="u1", mailboxes=MAILBOXES, **ids)
    )
    assert "exactly one of subscription_id or domain_id" in str(error)


@pytest.mark.parametrize("name", ["subscription_id", "domain_id"])
def test_a_mailbox_order_with_one_of_them_is_sent(drive: Driver, cmr_fake: FakeCMR, name: str) -> None:
    user_id = cmr_fake.seed_user()
    if name == "subscription_id":
        ids = {name: cmr_fake.seed_subscription(user_id, "acme.com")}
    else:
        ids = {name: cmr_fake.seed_domain(user_id, "acme.com")}  # a domain without a subscription yet
    drive.run(drive.kit(cmr_fake).orders.create_mailbox_order(user_id=user_id, mailboxes=MAILBOXES, **ids))
    wire = {"subscription_id": "subscriptionId", "domain_id": "domainId"}
    assert set(_body(cmr_fake.calls("createMailboxOrder")[0])) == {"mailboxes", wire[name]}


def test_the_workspace_check_takes_the_single_or_the_bulk_form_not_both(drive: Driver, cmr_fake: FakeCMR) -> None:
    cmr = drive.kit(cmr_fake)
    _rejected(drive, cmr_fake, lambda: cmr.domains.check_workspace())
    _rejected(
        drive,
        cmr_fake,
        lambda: cmr.domains.check_workspace(domain_name="a.com", domains=[{"domain_name": "b.com"}]),
    )
    drive.run(cmr.domains.check_workspace(domain_name="a.com"))
    drive.run(cmr.domains.check_workspace(domains=[{"domain_name": "b.com"}]))
    assert len(cmr_fake.calls("checkWorkspaceExists")) == 2


@pytest.mark.parametrize("name", ["component_mailbox_ids", "mailbox_ids"])
def test_export_takes_either_name_the_sources_use(drive: Driver, cmr_fake: FakeCMR, name: str) -> None:
    user_id = cmr_fake.seed_user()
    mailbox_id = cmr_fake.seed_mailbox(cmr_fake.seed_subscription(user_id, "acme.com"), "ada")
    cmr = drive.kit(cmr_fake)
    credential = drive.run(cmr.exports.add_credential(user_id=user_id, app="SMARTLEAD", credentials=LOGIN))
    drive.run(
        cmr.exports.export_mailboxes(user_id=user_id, credential_id=credential.credential_id, **{name: [mailbox_id]})
    )
    wire = {"component_mailbox_ids": "componentMailboxIds", "mailbox_ids": "mailboxIds"}[name]
    assert _body(cmr_fake.calls("exportMailboxes")[0]) == {"credentialId": credential.credential_id, wire: [mailbox_id]}


# -- escape hatches ---------------------------------------------------------------------------------------------


def test_extra_headers_query_and_body_reach_the_wire(drive: Driver) -> None:
    # Scripted: the kit (rightly) refuses body keys the spec does not declare.
    fake = ScriptedCMR(ok({"orderId": "o1"}, **ORDER))
    args: dict[str, Any] = {"user_id": "u1", "domains": [{"domain": "acme.com", "years": 1}], "mailboxes": MAILBOXES}
    drive.run(
        drive.client(fake).orders.create(
            **args,
            extra_headers={"x-trace": "t-1"},
            extra_query={"dryRun": True, "source": "crm"},
            extra_body={"couponCode": "SAVE10", "note": {"from": "tests"}},
        )
    )
    request = fake.requests[0]
    assert request.headers["x-trace"] == "t-1"
    assert request.url.params["dryRun"] == "true" and request.url.params["source"] == "crm"
    assert fake.body()["couponCode"] == "SAVE10" and fake.body()["note"] == {"from": "tests"}
    assert fake.body()["domains"] == [{"domain": "acme.com", "years": 1}]


@pytest.mark.parametrize(
    ("extras", "path"),
    [
        ({"extra_body": {"domains": []}}, "extra_body.domains"),
        ({"extra_body": {"billingCycle": "MONTHLY"}}, "extra_body.billingCycle"),
        ({"extra_query": {"userId": "u2"}}, "extra_query.userId"),
        ({"extra_headers": {"CMR-X-API-KEY": "other"}}, "extra_headers.CMR-X-API-KEY"),
        ({"extra_body": {"when": object()}}, "extra_body.when"),
    ],
)
def test_extras_may_not_override_what_the_method_sets(
    drive: Driver, cmr_fake: FakeCMR, extras: dict[str, Any], path: str
) -> None:
    args = {"user_id": "u1", "domains": [{"domain": "acme.com", "years": 1}], "mailboxes": MAILBOXES}
    error = _rejected(drive, cmr_fake, lambda: drive.kit(cmr_fake).orders.create(**args, **extras))
    assert error.path == path


def test_a_get_takes_no_extra_body(drive: Driver, cmr_fake: FakeCMR) -> None:
    error = _rejected(drive, cmr_fake, lambda: drive.kit(cmr_fake).users.get(user_id="u1", extra_body={"x": 1}))
    assert "extra_query" in str(error)


def test_undocumented_bodies_are_filled_with_extra_body(drive: Driver, cmr_fake: FakeCMR) -> None:
    cmr = drive.kit(cmr_fake)
    drive.run(cmr.subscriptions.set_auto_renew(extra_body={"subscriptionId": "s1", "autoRenew": False}))
    drive.run(cmr.subscriptions.set_auto_renew())
    assert [_body(r) for r in cmr_fake.requests] == [{"subscriptionId": "s1", "autoRenew": False}, {}]


def test_request_reaches_any_path_with_the_key_and_parses_data_as_json(drive: Driver) -> None:
    # Scripted: /wallet is a path the spec (and so the kit) does not have.
    fake = ScriptedCMR(ok({"balance": 12.5, "currency": "USD"}))
    raw = drive.run(drive.client(fake).request("GET", "/wallet", params={"userId": "u1"}, headers={"x-a": "b"}))
    request = fake.requests[0]
    assert (request.method, request.url.path, request.url.params["userId"]) == (
        "GET",
        "/api/v1/integration/wallet",
        "u1",
    )
    assert request.headers["cmr-x-api-key"] == KEY and request.headers["x-a"] == "b"
    assert raw.status_code == 200 and raw.parse() == {"balance": 12.5, "currency": "USD"}


def test_request_sends_json_and_follows_the_retry_rules(drive: Driver, cmr_fake: FakeCMR) -> None:
    user_id = cmr_fake.seed_user()
    cmr = drive.kit(cmr_fake)
    cmr_fake.fail_next("updateUser", status=503)
    raw = drive.run(cmr.request("PUT", "/users", params={"userId": user_id}, json={"city": "Paris"}, idempotent=True))
    assert raw.status_code == 200 and raw.parse() is None  # updateUser answers without data
    assert [_body(r) for r in cmr_fake.calls("updateUser")] == [{"city": "Paris"}] * 2
    assert drive.run(cmr.users.get(user_id=user_id)).city == "Paris"
    cmr_fake.fail_next("createUser", status=503)
    with pytest.raises(OutcomeUnknownError):
        drive.run(cmr.request("POST", "/users", json={"email": "a@b.c"}))
    assert len(cmr_fake.calls("createUser")) == 1  # not idempotent: handled like a call that moves money


@pytest.mark.parametrize("path", ["https://evil.test/steal", "users", "/users?userId=u1", "/a#b"])
def test_request_only_takes_paths_of_the_api(drive: Driver, cmr_fake: FakeCMR, path: str) -> None:
    with pytest.raises(InvalidArgumentError):
        drive.run(drive.kit(cmr_fake).request("GET", path))
    assert cmr_fake.requests == []


# -- 429 is re-sent for every effect ----------------------------------------------------------------------------


def test_a_429_then_200_on_a_money_call_sends_exactly_two_requests(drive: Driver, cmr_fake: FakeCMR) -> None:
    cmr_fake.fail_next("createOrderJson", status=429, retry_after=1)
    result = _order(drive, cmr_fake)
    assert len(cmr_fake.calls("createOrderJson")) == 2 and cmr_fake.clock.sleeps == [1.0]
    assert result.data is not None and isinstance(result.data.order_id, str)


# -- a closed client --------------------------------------------------------------------------------------------


def test_a_call_on_a_closed_client_says_so(drive: Driver, cmr_fake: FakeCMR) -> None:
    cmr = drive.kit(cmr_fake)
    if drive.is_async:
        drive.run(cmr.close())
    else:
        cmr.close()
    with pytest.raises(ClientClosedError, match="closed"):
        drive.run(cmr.users.get(user_id="u1"))
    assert cmr_fake.requests == []


def test_closing_an_owned_client_then_calling_raises_client_closed_error() -> None:
    from coldmailreseller import ColdMailReseller

    with ColdMailReseller(api_key=KEY, http_client=None) as cmr:
        pass
    with pytest.raises(ClientClosedError):
        cmr.users.get(user_id="u1")
