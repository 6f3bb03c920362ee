"""Results that answer the question: the workspace check, request ids on results and errors, the users list's
paging by the API-wide convention, and models that print, serialise and read well."""

from __future__ import annotations

import json
from typing import Any

import pytest

from coldmailreseller import OutcomeUnknownError, WorkspaceCheckResult
from coldmailreseller.models import UNSET, Subscription, User, value_or
from coldmailreseller.testing import FakeCMR
from tests.client.scripted import Driver, ScriptedCMR, ok, respond

RID = {"x-request-id": "req-42"}


# -- the workspace check --------------------------------------------------------------------------------------


def _check(drive: Driver, reply: Any, **args: Any) -> WorkspaceCheckResult:
    result = drive.run(drive.client(ScriptedCMR(reply)).domains.check_workspace(**args))
    assert isinstance(result, WorkspaceCheckResult)
    return result


def test_no_workspace_is_a_clear_false(drive: Driver) -> None:
    result = _check(drive, ok(message="Workspace not exists", data=None, headers=RID), domain_name="acme.com")
    assert result.has_workspace is False
    assert [(c.domain_name, c.has_workspace) for c in result.checks] == [("acme.com", False)]
    assert (result.message, result.request_id, result.status_code) == ("Workspace not exists", "req-42", 200)


def test_a_conflict_answer_means_the_workspace_exists(drive: Driver) -> None:
    conflict = respond(409, json_body={"status": 409, "message": "Workspace already exists", "data": None})
    result = _check(drive, conflict, domain_name="acme.com")
    assert result.has_workspace is True and result.checks[0].has_workspace is True
    assert result.message == "Workspace already exists" and result.conflict


def test_a_bulk_conflict_says_some_domain_has_one_without_saying_which(drive: Driver) -> None:
    conflict = respond(409, json_body={"status": 409, "message": "Conflict"})
    result = _check(drive, conflict, domains=[{"domain_name": "a.com"}, {"domain_name": "b.com"}])
    assert result.has_workspace is True
    assert [c.has_workspace for c in result.checks] == [None, None]


def test_bulk_items_are_judged_one_by_one(drive: Driver) -> None:
    data = [{"domainName": "a.com"}, {"domainName": "b.com", "error": "Workspace validation failed"}]
    result = _check(drive, ok(data, message="Checked"), domains=[{"domain_name": "a.com"}, {"domain_name": "b.com"}])
    assert [(c.domain_name, c.has_workspace, c.message) for c in result.checks] == [
        ("a.com", False, None),
        ("b.com", None, "Workspace validation failed"),
    ]
    assert result.has_workspace is None and result.data == data


def test_an_undocumented_answer_is_undetermined_and_kept(drive: Driver) -> None:
    result = _check(drive, ok({"exists": True}, message="Workspace exists"), domain_name="acme.com")
    assert result.has_workspace is None and result.data == {"exists": True}


def test_the_raw_response_parses_to_the_same_result(drive: Driver) -> None:
    fake = ScriptedCMR(respond(409, json_body={"status": 409, "message": "Conflict"}))
    raw = drive.run(drive.client(fake).domains.with_raw_response.check_workspace(domain_name="acme.com"))
    assert raw.status_code == 409 and raw.parse().has_workspace is True


# -- request ids ----------------------------------------------------------------------------------------------


def test_results_carry_the_request_id(drive: Driver) -> None:
    cmr = drive.client(ScriptedCMR(ok({"id": "u1"}, headers=RID), ok(message="Queued", actionId="A", headers=RID)))
    user = drive.run(cmr.users.get(user_id="u1"))
    assert user._request_id == "req-42"
    action = drive.run(cmr.subscriptions.renew(subscription_ids=["s1"]))
    assert action.request_id == "req-42" and action.action_id == "A"


def test_an_unknown_outcome_carries_the_request_id(drive: Driver) -> None:
    fake = ScriptedCMR(respond(502, json_body={"status": 502, "message": "Bad gateway"}, headers=RID))
    with pytest.raises(OutcomeUnknownError) as caught:
        drive.run(drive.client(fake).subscriptions.renew(subscription_ids=["s1"]))
    assert caught.value.request_id == "req-42"


def test_a_timeout_has_no_request_id(drive: Driver) -> None:
    import httpx

    fake = ScriptedCMR(httpx.ReadTimeout)
    with pytest.raises(OutcomeUnknownError) as caught:
        drive.run(drive.client(fake).subscriptions.renew(subscription_ids=["s1"]))
    assert caught.value.request_id is None


# -- users paging by the API-wide convention --------------------------------------------------------------------


def _users(start: int, count: int) -> list[dict[str, str]]:
    return [{"id": f"u{n}", "email": f"u{n}@x.test"} for n in range(start, start + count)]


def test_users_list_takes_page_and_limit(drive: Driver, cmr_fake: FakeCMR) -> None:
    drive.run(drive.kit(cmr_fake).users.list(page=2, limit=50))
    assert dict(cmr_fake.requests[0].url.params) == {"page": "2", "limit": "50"}


def test_users_iter_follows_the_pagination_object(drive: Driver, cmr_fake: FakeCMR) -> None:
    ids = [cmr_fake.seed_user() for _ in range(3)]
    users = drive.collect(drive.kit(cmr_fake).users.iter(limit=2))
    assert [u.id for u in users] == ids and all(isinstance(u, User) for u in users)
    assert [r.url.params["page"] for r in cmr_fake.requests] == ["1", "2"]


def test_users_iter_without_paging_state_stops_at_a_short_page(drive: Driver) -> None:
    fake = ScriptedCMR(ok({"items": _users(0, 2)}), ok({"items": _users(2, 1)}), ok({"items": _users(9, 2)}))
    users = drive.collect(drive.client(fake).users.iter(limit=2))
    assert [u.id for u in users] == ["u0", "u1", "u2"] and fake.calls == 2


def test_users_iter_stops_when_a_page_repeats(drive: Driver) -> None:
    fake = ScriptedCMR(ok({"users": _users(0, 2)}))  # a server that ignores `page`
    users = drive.collect(drive.client(fake).users.iter(limit=2))
    assert len(users) == 4 and fake.calls == 2


# -- models ---------------------------------------------------------------------------------------------------


def test_repr_shows_only_the_fields_that_are_set() -> None:
    sub = Subscription.from_dict({"subscriptionId": "s1", "autoRenew": True, "renewalPrice": "9"})
    assert (
        repr(sub) == "Subscription(subscription_id='s1', auto_renew=True, additional_properties={'renewalPrice': '9'})"
    )
    assert repr(UNSET) == "UNSET" and "object at 0x" not in repr(Subscription(subscription_id="s"))


def test_repr_masks_secrets() -> None:
    from coldmailreseller.models import PlatformCredentialSecrets

    secrets = PlatformCredentialSecrets.from_dict({"email": "a@b.c", "password": "hunter2", "appPassword": "xyz"})
    text = repr(secrets)
    assert "hunter2" not in text and "xyz" not in text and "password='***'" in text and "a@b.c" in text


def test_to_dict_and_to_json_give_the_wire_form() -> None:
    sub = Subscription.from_dict(
        {"subscriptionId": "s1", "periodStart": "2025-01-10T11:18:31Z", "billingCycle": "MONTHLY"}
    )
    assert sub.to_dict() == {
        "subscriptionId": "s1",
        "periodStart": "2025-01-10T11:18:31+00:00",
        "billingCycle": "MONTHLY",
    }
    assert json.loads(sub.to_json()) == sub.to_dict() and sub.to_json(indent=2).startswith("{\n")


def test_value_or_reads_an_optional_field_without_isinstance() -> None:
    sub = Subscription.from_dict({"subscriptionId": "s1", "autoRenew": False})
    assert value_or(sub.auto_renew, True) is False
    assert value_or(sub.total_mailbox_quantity, 0) == 0
    assert value_or(None, "default") == "default"
