"""Responses: envelopes unwrapped into typed models, raw responses, malformed bodies and error statuses."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from cmr_fake import Driver, FakeCMR, fail, ok, respond
from coldmailreseller import (
    ActionResult,
    APIError,
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

USER = {"id": "u1", "email": "ada@example.com", "firstName": "Ada", "loyaltyTier": "gold"}
PAGE = {
    "subscriptions": [
        {"subscriptionId": "s1", "subscriptionStatus": "ACTIVE", "domain": "a.com"},
        {"subscriptionId": "s2", "subscriptionStatus": "FROZEN", "domain": "b.com"},
    ],
    "pagination": {"currentPage": 1, "totalPages": 1, "nextPage": None, "totalSearchedCount": 2},
}


def test_get_returns_the_model_with_unknown_fields_kept(drive: Driver) -> None:
    fake = FakeCMR(ok(USER))
    user = drive.run(drive.client(fake).users.get(user_id="u1"))
    assert isinstance(user, User)
    assert (user.id, user.email, user.first_name) == ("u1", "ada@example.com", "Ada")
    assert user.additional_properties == {"loyaltyTier": "gold"}
    assert fake.requests[0].method == "GET"
    assert fake.requests[0].url.params["userId"] == "u1"


def test_list_returns_a_page_and_keeps_unknown_enum_values(drive: Driver) -> None:
    page = drive.run(drive.client(FakeCMR(ok(PAGE))).subscriptions.list(status=SubscriptionStatus.ACTIVE))
    assert isinstance(page, SubscriptionPage)
    assert isinstance(page.pagination, Pagination) and page.pagination.total_pages == 1
    first, second = page.subscriptions
    assert isinstance(first, Subscription)
    assert first.subscription_status == SubscriptionStatus.ACTIVE
    # A status CMR adds tomorrow is kept as a plain string rather than failing the whole page.
    assert second.subscription_status == "FROZEN"
    assert str(second.subscription_status) == "FROZEN"


def test_array_data_returns_a_list_of_models(drive: Driver) -> None:
    mailboxes = drive.run(
        drive.client(FakeCMR(ok([{"mailboxId": "m1", "quota": 5}]))).mailboxes.list_for_user(user_id="u1")
    )
    assert isinstance(mailboxes, list)
    assert isinstance(mailboxes[0], Mailbox) and mailboxes[0].mailbox_id == "m1"
    assert mailboxes[0].additional_properties == {"quota": 5}


def test_operation_without_data_returns_none(drive: Driver) -> None:
    fake = FakeCMR(ok(message="User updated"))
    assert drive.run(drive.client(fake).users.update(user_id="u1", city="Paris")) is None
    assert fake.requests[0].method == "PUT"
    assert fake.body() == {"city": "Paris"}


def test_async_action_returns_action_result(drive: Driver) -> None:
    fake = FakeCMR(ok(message="Renewal queued", actionId="act_42"))
    result = drive.run(drive.client(fake).subscriptions.renew(subscription_ids=["s1", "s2"]))
    assert isinstance(result, ActionResult)
    assert (result.data, result.action_id, result.message) == (None, "act_42", "Renewal queued")
    assert fake.body() == {"subscriptionIds": ["s1", "s2"]}


def test_raw_response_exposes_http_and_envelope(drive: Driver) -> None:
    fake = FakeCMR(ok(USER, message="Fetched", headers={"x-request-id": "req-123"}, meta={"region": "eu"}))
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


def test_raw_response_of_an_async_action_has_the_action_id(drive: Driver) -> None:
    fake = FakeCMR(ok(message="Queued", actionId="act_7"))
    raw = drive.run(drive.client(fake).subscriptions.with_raw_response.renew(subscription_ids=["s1"]))
    assert raw.action_id == "act_7"
    # parse() gives what the plain method returns.
    assert raw.parse() == ActionResult(data=None, action_id="act_7", message="Queued")


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
    fake = FakeCMR(reply)
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
        drive.run(drive.client(FakeCMR(respond(text=body))).mailboxes.list_for_user(user_id="u1"))
    assert caught.value.body == body


def test_wrongly_typed_item_inside_a_list(drive: Driver) -> None:
    with pytest.raises(ResponseValidationError):
        drive.run(drive.client(FakeCMR(ok(["m1"]))).mailboxes.list_for_user(user_id="u1"))


def test_raw_response_defers_validation_to_parse(drive: Driver) -> None:
    raw = drive.run(drive.client(FakeCMR(ok("oops"))).users.with_raw_response.get(user_id="u1"))
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
    fake = FakeCMR(fail(status, "The requested user does not exist.", headers={"x-request-id": "req-9"}))
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
    fake = FakeCMR(respond(502, text="<html>Bad gateway from nginx</html>"))
    with pytest.raises(InternalServerError) as caught:
        drive.run(drive.client(fake, max_retries=0).users.get(user_id="u1"))
    assert caught.value.body == "<html>Bad gateway from nginx</html>"
    assert "Bad Gateway" in caught.value.message and "nginx" in caught.value.message


def test_rate_limit_error_carries_retry_after(drive: Driver) -> None:
    fake = FakeCMR(fail(429, "Too many requests", headers={"retry-after": "7"}))
    with pytest.raises(RateLimitError) as caught:
        drive.run(drive.client(fake, max_retries=0).users.get(user_id="u1"))
    assert caught.value.retry_after == 7.0


def test_error_envelope_inside_http_200_is_an_error(drive: Driver) -> None:
    fake = FakeCMR(respond(200, json_body={"status": 404, "message": "The requested user does not exist."}))
    with pytest.raises(APIError) as caught:
        drive.run(drive.client(fake).users.get(user_id="u1"))
    assert caught.value.message == "The requested user does not exist."


def test_error_envelope_inside_http_200_uses_the_envelope_status(drive: Driver) -> None:
    fake = FakeCMR(respond(200, json_body={"status": 404, "message": "The requested user does not exist."}))
    with pytest.raises(NotFoundError) as caught:
        drive.run(drive.client(fake).users.get(user_id="u1"))
    assert caught.value.status_code == 404
