"""Responses: envelopes unwrapped into typed models, raw responses, malformed bodies and error statuses (the
scripted stand-in sends the answers CMR's own would not: unknown fields and enum values, request ids, malformed
bodies)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from coldmailreseller import (
    ActionResult,
    APIError,
    AsyncActionResult,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from coldmailreseller.models import Mailbox, Pagination, Subscription, SubscriptionPage, SubscriptionStatus, User
from coldmailreseller.testing import FakeCMR
from tests.client.scripted import Driver, ScriptedCMR, fail, ok, respond

USER = {"id": "u1", "email": "ada@example.com", "firstName": "Ada", "loyaltyTier": "gold"}
PAGE = {
    "subscriptions": [
        {"subscriptionId": "s1", "subscriptionStatus": "ACTIVE", "domain": "a.com"},
        {"subscriptionId": "s2", "subscriptionStatus": "FROZEN", "domain": "b.com"},
    ],
    "pagination": {"currentPage": 1, "totalPages": 1, "nextPage": None, "totalSearchedCount": 2},
}


def test_get_returns_the_model_with_unknown_fields_kept(drive: Driver) -> None:
    fake = ScriptedCMR(ok(USER))
    user = drive.run(drive.client(fake).users.get(user_id="u1"))
    assert isinstance(user, User)
    assert (user.id, user.email, user.first_name) == ("u1", "ada@example.com", "Ada")
    assert user.additional_properties == {"loyaltyTier": "gold"}
    assert fake.requests[0].method == "GET"
    assert fake.requests[0].url.params["userId"] == "u1"


def test_list_returns_a_page_and_keeps_unknown_enum_values(drive: Driver) -> None:
    page = drive.run(drive.client(ScriptedCMR(ok(PAGE))).subscriptions.list(status=SubscriptionStatus.ACTIVE))
    assert isinstance(page, SubscriptionPage)
    assert isinstance(page.pagination, Pagination) and page.pagination.total_pages == 1
    first, second = page.subscriptions
    assert isinstance(first, Subscription)
    assert first.subscription_status == SubscriptionStatus.ACTIVE
    # A status CMR adds tomorrow is kept as a plain string rather than failing the whole page.
    assert second.subscription_status == "FROZEN"
    assert str(second.subscription_status) == "FROZEN"


def test_array_data_returns_a_list_of_models(drive: Driver, cmr_fake: FakeCMR) -> None:
    user_id = cmr_fake.seed_user()
    mailbox_id = cmr_fake.seed_mailbox(cmr_fake.seed_subscription(user_id, "acme.com"), "ada")
    mailboxes = drive.run(drive.kit(cmr_fake).mailboxes.list_for_user(user_id=user_id))
    assert isinstance(mailboxes, list)
    assert isinstance(mailboxes[0], Mailbox) and mailboxes[0].mailbox_id == mailbox_id
    # The spec's Mailbox declares only mailboxId: the rest is kept as sent.
    assert mailboxes[0].additional_properties == {}


def test_operation_without_data_returns_none(drive: Driver, cmr_fake: FakeCMR) -> None:
    user_id = cmr_fake.seed_user()
    assert drive.run(drive.kit(cmr_fake).users.update(user_id=user_id, city="Paris")) is None
    (request,) = cmr_fake.requests
    assert request.method == "PUT"
    assert json.loads(request.content) == {"city": "Paris"}


# The documented answer to a renewal.
RENEWAL_QUEUED = "Subscriptions added for renewal. Please ensure you have enough balance to renew the subscriptions."


def test_async_action_returns_action_result(drive: Driver, cmr_fake: FakeCMR) -> None:
    user_id = cmr_fake.seed_user()
    ids = [cmr_fake.seed_subscription(user_id, domain) for domain in ("a.com", "b.com")]
    result = drive.run(drive.kit(cmr_fake).subscriptions.renew(subscription_ids=ids))
    assert isinstance(result, AsyncActionResult if drive.is_async else ActionResult)
    assert (result.data, result.message) == (None, RENEWAL_QUEUED)
    assert isinstance(result.action_id, str) and result.action_id.startswith("ACT_")
    assert json.loads(cmr_fake.requests[0].content) == {"subscriptionIds": ids}


def test_raw_response_exposes_http_and_envelope(drive: Driver) -> None:
    fake = ScriptedCMR(ok(USER, message="Fetched", headers={"x-request-id": "req-123"}, meta={"region": "eu"}))
    raw = drive.run(drive.client(fake).users.with_raw_response.get(user_id="u1"))
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-123"
    assert raw.request_id == "req-123"
    assert raw.message == "Fetched"
    assert raw.action_id is None
    assert raw.envelope["meta"] == {"region": "eu"}
    assert raw.http_response.request.url.params["userId"] == "u1"
    user = raw.parse()
    assert isinstance(user, User) and user.id == "u1"
    assert raw.parse() is user


def test_raw_response_of_an_async_action_has_the_action_id(drive: Driver, cmr_fake: FakeCMR) -> None:
    subscription_id = cmr_fake.seed_subscription(cmr_fake.seed_user(), "acme.com")
    raw = drive.run(drive.kit(cmr_fake).subscriptions.with_raw_response.renew(subscription_ids=[subscription_id]))
    assert isinstance(raw.action_id, str) and raw.action_id == raw.envelope["actionId"]
    # parse() gives what the plain method returns.
    result_class = AsyncActionResult if drive.is_async else ActionResult
    assert raw.parse() == result_class(None, raw.action_id, RENEWAL_QUEUED, raw.request_id)


MALFORMED = {
    "not JSON": respond(text="upstream said: ok"),
    "HTML page": respond(
        text="<!DOCTYPE html><html><body>Maintenance</body></html>", headers={"content-type": "text/html"}
    ),
    "JSON array": respond(json_body=[{"id": "u1"}]),
    "no envelope": respond(json_body={"id": "u1", "email": "ada@example.com"}),
    "data missing": respond(json_body={"status": 200, "message": "Success"}),
    "data null": respond(json_body={"status": 200, "message": "Success", "data": None}),
    "data is a string": respond(json_body={"status": 200, "message": "Success", "data": "u1"}),
    "data is a list": respond(json_body={"status": 200, "message": "Success", "data": [USER]}),
}


@pytest.mark.parametrize("reply", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_success_is_a_response_validation_error(drive: Driver, reply: Any) -> None:
    fake = ScriptedCMR(reply)
    with pytest.raises(ResponseValidationError) as caught:
        drive.run(drive.client(fake).users.get(user_id="u1"))
    assert caught.value.body == _text(reply)
    assert caught.value.status_code == 200
    assert caught.value.operation_id == "getUser"
    assert fake.calls == 1  # a malformed answer is not retried


def _text(reply: Any) -> str:
    return reply(httpx.Request("GET", "https://cmr.test/")).text


def test_object_where_a_list_is_declared(drive: Driver) -> None:
    body = '{"status": 200, "message": "Success", "data": {"mailboxId": "m1"}}'
    with pytest.raises(ResponseValidationError) as caught:
        drive.run(drive.client(ScriptedCMR(respond(text=body))).mailboxes.list_for_user(user_id="u1"))
    assert caught.value.body == body


def test_wrongly_typed_item_inside_a_list(drive: Driver) -> None:
    with pytest.raises(ResponseValidationError):
        drive.run(drive.client(ScriptedCMR(ok(["m1"]))).mailboxes.list_for_user(user_id="u1"))


def test_raw_response_defers_validation_to_parse(drive: Driver) -> None:
    raw = drive.run(drive.client(ScriptedCMR(ok("oops"))).users.with_raw_response.get(user_id="u1"))
    assert raw.status_code == 200
    with pytest.raises(ResponseValidationError):
        raw.parse()


ERRORS = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
]


@pytest.mark.parametrize(("status", "error_class"), ERRORS, ids=[str(s) for s, _ in ERRORS])
def test_error_status_raises_typed_error(drive: Driver, status: int, error_class: type[APIError]) -> None:
    fake = ScriptedCMR(fail(status, "The requested user does not exist.", headers={"x-request-id": "req-9"}))
    with pytest.raises(error_class) as caught:
        drive.run(drive.client(fake, max_retries=0).users.get(user_id="u1"))
    error = caught.value
    assert error.status_code == status
    assert error.message == "The requested user does not exist."
    assert json.loads(error.body) == {"status": status, "message": "The requested user does not exist."}
    assert error.request_id == "req-9"
    assert error.operation_id == "getUser"
    assert not isinstance(error, OutcomeUnknownError)  # a read op: its outcome is never in doubt
    assert fake.calls == 1


def test_error_without_envelope_uses_reason_and_body(drive: Driver) -> None:
    fake = ScriptedCMR(respond(502, text="<html>Bad gateway from nginx</html>"))
    with pytest.raises(InternalServerError) as caught:
        drive.run(drive.client(fake, max_retries=0).users.get(user_id="u1"))
    assert caught.value.body == "<html>Bad gateway from nginx</html>"
    assert "Bad Gateway" in caught.value.message and "nginx" in caught.value.message


def test_rate_limit_error_carries_retry_after(drive: Driver, cmr_fake: FakeCMR) -> None:
    cmr_fake.fail_next("getUser", status=429, retry_after=7)
    with pytest.raises(RateLimitError) as caught:
        drive.run(drive.kit(cmr_fake, max_retries=0).users.get(user_id=cmr_fake.seed_user()))
    assert caught.value.retry_after == 7.0


def test_error_envelope_inside_http_200_is_an_error(drive: Driver) -> None:
    fake = ScriptedCMR(respond(200, json_body={"status": 404, "message": "The requested user does not exist."}))
    with pytest.raises(APIError) as caught:
        drive.run(drive.client(fake).users.get(user_id="u1"))
    assert caught.value.message == "The requested user does not exist."


def test_error_envelope_inside_http_200_uses_the_envelope_status(drive: Driver) -> None:
    fake = ScriptedCMR(respond(200, json_body={"status": 404, "message": "The requested user does not exist."}))
    with pytest.raises(NotFoundError) as caught:
        drive.run(drive.client(fake).users.get(user_id="u1"))
    assert caught.value.status_code == 404
