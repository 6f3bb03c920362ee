"""The kit is as strict as production: auth, method and path, query parameters and JSON bodies are checked against
the spec, and a violation gets CMR's error envelope (400 or 422) naming the field, whichever way it was sent."""

from __future__ import annotations

import json
import re
from typing import Any, Literal

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from coldmailreseller import (
    OPERATIONS,
    APIError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    Operation,
    UnprocessableEntityError,
)
from coldmailreseller._runtime import Data, Field, Ref, Shape
from coldmailreseller.testing import FakeCMR
from coldmailreseller.testing._reply import Rejected
from coldmailreseller.testing._validate import check_body, check_query
from tests.reliability.spec_schemas import ANY_JSON, strategy
from tests.support.spec import COMPONENTS, SPEC, operation

URL = "https://customers.coldmailreseller.com/api/v1/integration"


@pytest.fixture
def fake() -> FakeCMR:
    return FakeCMR()


@pytest.fixture
def user_id(fake: FakeCMR) -> str:
    return fake.seed_user()


def refused(fake: FakeCMR, method: str, path: str, **request: Any) -> APIError:
    """The error a raw request gets (the client's own checks do not see raw bodies)."""
    with fake.client(max_retries=0) as cmr, pytest.raises(APIError) as caught:
        cmr.request(method, path, **request)
    return caught.value


# -- auth, method and path ---------------------------------------------------------------------------------------


def test_a_wrong_key_is_refused_with_the_documented_answer(fake: FakeCMR, user_id: str) -> None:
    with fake.client(api_key="someone-elses-key") as cmr, pytest.raises(AuthenticationError) as caught:
        cmr.users.get(user_id=user_id)
    assert (caught.value.status_code, caught.value.message) == (401, "Invalid API Key")
    assert "someone-elses-key" not in str(caught.value) and fake.api_key not in str(caught.value)


def test_a_request_without_the_key_header_is_refused(fake: FakeCMR) -> None:
    with fake.client() as cmr:
        sent = cmr._http.get(f"{URL}/geo/countries")  # an HTTP call that bypasses the client's headers
    assert (sent.status_code, sent.json()) == (401, {"status": 401, "message": "Invalid API Key", "data": None})


def test_production_and_sandbox_keys_are_not_interchangeable() -> None:
    sandbox = FakeCMR(sandbox=True)
    with sandbox.client() as cmr:
        assert cmr.prewarmup.sandbox_list().total_domains == 4
        # The right key in the production header is still the wrong key for the sandbox.
        sent = cmr._http.get(f"{sandbox.base_url}/geo/countries", headers={"cmr-x-api-key": sandbox.api_key})
        assert sent.status_code == 401
    production = FakeCMR()
    with production.client() as cmr, pytest.raises(AuthenticationError):
        cmr.request("GET", "/sandbox/pre-warmup")  # the sandbox-only operations take the sandbox key


def test_an_unknown_path_or_method_is_404(fake: FakeCMR) -> None:
    for method, path in [("GET", "/wallet"), ("PATCH", "/users"), ("GET", "/users/")]:
        error = refused(fake, method, path)
        assert (
            isinstance(error, NotFoundError)
            and error.message == f"No such endpoint: {method} /api/v1/integration{path}"
        )
    assert len(fake.requests) == 3  # recorded, under no operation


# -- query parameters --------------------------------------------------------------------------------------------

QUERY_CASES = {
    "missing required": ("/users", {}, 400, "Please provide a userId"),
    "empty required": ("/users", {"userId": ""}, 422, "userId: must not be empty"),
    "not an integer": ("/users/list", {"page": "two"}, 422, "page: must be an integer"),
    "below the minimum": ("/users/list", {"page": 0}, 422, "page: must be at least 1"),
    "above the maximum": ("/users/list", {"limit": 101}, 422, "limit: must be at most 100"),
    "outside the enum": ("/subscriptions", {"status": "FROZEN"}, 422, "status: must be one of 'ACTIVE'"),
    "too short": ("/geo/states", {"countryCode": "U"}, 422, "countryCode: must be at least 2 characters"),
}


@pytest.mark.parametrize(("path", "params", "status", "message"), QUERY_CASES.values(), ids=QUERY_CASES.keys())
def test_query_parameters_are_checked(
    fake: FakeCMR, path: str, params: dict[str, Any], status: int, message: str
) -> None:
    error = refused(fake, "GET", path, params=params)
    assert error.status_code == status and error.message.startswith(message)


def test_a_parameter_given_twice_is_refused(fake: FakeCMR) -> None:
    with fake.client() as cmr:
        sent = cmr._http.get(f"{URL}/users/list?page=1&page=2", headers={"cmr-x-api-key": fake.api_key})
    assert (sent.status_code, sent.json()["message"]) == (422, "page: must be given once")


def test_undeclared_query_parameters_are_ignored(fake: FakeCMR, user_id: str) -> None:
    # The users list is searchable by a parameter whose name upstream never published: extra_query must work.
    with fake.client() as cmr:
        page = cmr.users.list(page=1, extra_query={"search": "acme"})
    assert len(page.additional_properties["users"]) == 1


# -- bodies ------------------------------------------------------------------------------------------------------

ORDER = {"domains": [{"domain": "acme.com", "years": 1}], "mailboxes": {}}
BODY_CASES: dict[str, tuple[dict[str, Any], int, str]] = {
    "unknown top-level key": ({**ORDER, "coupon": "X"}, 422, "coupon: unknown key; allowed keys: domains, mailboxes,"),
    "unknown nested key": (
        {**ORDER, "domains": [{"domian": "acme.com", "years": 1}]},
        422,
        "domains[0].domian: unknown key; allowed keys: domain, years, forwardTo",
    ),
    "missing required key": ({"domains": [{"domain": "acme.com", "years": 1}]}, 400, "Please provide a mailboxes"),
    "nothing to order": ({"domains": [], "mailboxes": {}}, 422, "domains: must have at least 1 item(s)"),
    "missing nested key": ({**ORDER, "domains": [{"domain": "acme.com"}]}, 400, "Please provide a domains[0].years"),
    "string for an integer": (
        {**ORDER, "domains": [{"domain": "a.com", "years": "1"}]},
        422,
        "domains[0].years: must be an integer, got a string",
    ),
    "boolean for an integer": (
        {**ORDER, "domains": [{"domain": "a.com", "years": True}]},
        422,
        "domains[0].years: must be an integer, got a boolean",
    ),
    "null for a string": (
        {**ORDER, "microsoftOauthRoute": None},
        422,
        "microsoftOauthRoute: must be a string, got null",
    ),
    "below the minimum": (
        {**ORDER, "domains": [{"domain": "a.com", "years": 0}]},
        422,
        "domains[0].years: must be at least 1",
    ),
    "empty string": ({**ORDER, "domains": [{"domain": "", "years": 1}]}, 422, "domains[0].domain: must not be empty"),
    "outside the enum": (
        {**ORDER, "billingCycle": "WEEKLY"},
        422,
        "billingCycle: must be one of 'MONTHLY', got 'WEEKLY'",
    ),
    "object for a list": ({**ORDER, "domains": {"domain": "a.com"}}, 422, "domains: must be an array, got an object"),
    "map value of the wrong shape": (
        {**ORDER, "mailboxes": {"acme.com": [{"username": "a", "firstName": "A", "lastName": "B", "x": 1}]}},
        422,
        "mailboxes.acme.com[0].x: unknown key",
    ),
}


@pytest.mark.parametrize(("body", "status", "message"), BODY_CASES.values(), ids=BODY_CASES.keys())
def test_bodies_are_checked(fake: FakeCMR, user_id: str, body: dict[str, Any], status: int, message: str) -> None:
    error = refused(fake, "POST", "/orders/json", params={"userId": user_id}, json=body)
    assert error.status_code == status and error.message.startswith(message), error.message
    assert len(fake.calls("createOrderJson")) == 1


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b"", "application/json", "The request body must be a JSON object"),
        (b"[1, 2]", "application/json", "The request body must be a JSON object"),
        (b"{'a': 1}", "application/json", "The request body is not valid JSON"),
        (b'{"years": NaN}', "application/json", "The request body is not valid JSON"),
        (b"\xff\xfe", "application/json", "The request body is not valid JSON"),
        (b"{}", "text/plain", "The request body must be sent as application/json"),
    ],
)
def test_a_body_that_is_not_a_json_object_is_400(
    fake: FakeCMR, content: bytes, content_type: str, message: str
) -> None:
    with fake.client() as cmr:
        headers = {"cmr-x-api-key": fake.api_key, "content-type": content_type}
        sent = cmr._http.post(f"{URL}/users", content=content, headers=headers)
    assert (sent.status_code, sent.json()["message"]) == (400, message)


def test_rules_across_fields_are_checked(fake: FakeCMR, user_id: str) -> None:
    mailboxes = {"acme.com": []}
    path, params = "/orders/create-mailbox-order/json", {"userId": user_id}
    both = refused(
        fake, "POST", path, params=params, json={"subscriptionId": "s", "domainId": "d", "mailboxes": mailboxes}
    )
    neither = refused(fake, "POST", path, params=params, json={"mailboxes": mailboxes})
    for error, got in ((both, "more than one"), (neither, "none of them")):
        message = f"body: send exactly one of subscriptionId or domainId; got {got}"
        assert (error.status_code, error.message) == (422, message)


def test_a_union_reports_the_option_of_the_values_type(fake: FakeCMR, user_id: str) -> None:
    path, params = "/mailboxes/update-mailbox-details", {"userId": user_id}
    assert refused(fake, "PATCH", path, params=params, json={"mailboxData": {}}).message == (
        "Please provide a mailboxData.mailboxId"
    )
    assert refused(fake, "PATCH", path, params=params, json={"mailboxData": [{"mailboxId": 1}]}).message == (
        "mailboxData[0].mailboxId: must be a string, got a number"
    )
    assert refused(fake, "PATCH", path, params=params, json={"mailboxData": "m1"}).message == (
        "mailboxData: must be an object or an array, got a string"
    )


def test_messages_never_repeat_a_value(fake: FakeCMR, user_id: str) -> None:
    path, params = "/exports/platform-credential", {"userId": user_id}
    secrets = {"email": "ops@acme.com", "password": "hunter2-secret", "pin": "hunter2-secret"}
    error = refused(fake, "POST", path, params=params, json={"app": "EMAILBISON", "credentials": secrets})
    assert error.message == "credentials.pin: unknown key; allowed keys: email, password"
    wrong = {"app": "EMAILBISON", "credentials": {"email": "ops@acme.com", "password": ["hunter2-secret"]}}
    error = refused(fake, "POST", path, params=params, json=wrong)
    assert error.message == "credentials.password: must be a string, got an array"
    assert "hunter2" not in error.body


def test_the_client_escape_hatch_meets_the_same_rules(fake: FakeCMR, user_id: str) -> None:
    """extra_body is for fields the spec does not know; on a body whose fields the spec declares, the fake (like a
    strict CMR) refuses them, and on a body upstream never documented it takes anything."""
    args = {"user_id": user_id, "domains": [{"domain": "acme.com", "years": 1}], "mailboxes": {}}
    with fake.client() as cmr:
        with pytest.raises(UnprocessableEntityError, match="couponCode: unknown key"):
            cmr.orders.create(**args, extra_body={"couponCode": "SAVE10"})
        cmr.subscriptions.set_auto_renew(extra_body={"subscriptionId": "s1", "autoRenew": False})
        cmr.domains.renew(extra_body={"anything": ["goes"]})


def test_a_refused_request_changes_nothing(fake: FakeCMR, user_id: str) -> None:
    with fake.client() as cmr:
        with pytest.raises(BadRequestError):
            cmr.request("POST", "/users", json={"email": "a@b.c"})
        assert [user["id"] for user in cmr.users.list().additional_properties["users"]] == [user_id]


# -- the validator on shapes this spec does not use yet ------------------------------------------------------------


def _operation(location: Literal["query", "body"], shape: Shape, **constraints: Any) -> Operation[Any]:
    field = Field("value", "value", location, shape, required=False, **constraints)
    return Operation(
        operation_id="synthetic",
        resource="synthetic",
        method="synthetic",
        http_method="POST",
        path="/synthetic",
        effect="read",
        fields=(field,),
        data=Data("none"),
        has_action_id=False,
        sandbox=False,
        has_body=location == "body",
    )


@pytest.mark.parametrize(
    ("shape", "text", "parsed"),
    [
        (Shape("float"), "2.5", 2.5),
        (Shape("float"), "-1e3", -1000.0),
        (Shape("bool"), "true", True),
        (Shape("bool"), "false", False),
        (Shape("list", item=Shape("int")), "7", [7]),
    ],
)
def test_query_values_of_every_kind_are_parsed(shape: Shape, text: str, parsed: Any) -> None:
    assert check_query(_operation("query", shape), httpx.QueryParams({"value": text})) == {"value": parsed}


@pytest.mark.parametrize(
    ("shape", "text", "message"),
    [
        (Shape("float"), "1,5", "value: must be a number"),
        (Shape("bool"), "True", "value: must be true or false"),
        (Shape("list", item=Shape("int")), "x", "value: must be an integer"),
    ],
)
def test_query_values_of_every_kind_are_checked(shape: Shape, text: str, message: str) -> None:
    with pytest.raises(Rejected, match=message):
        check_query(_operation("query", shape), httpx.QueryParams({"value": text}))


def test_a_repeated_list_parameter_gives_every_value() -> None:
    params = httpx.QueryParams([("value", "1"), ("value", "2")])
    assert check_query(_operation("query", Shape("list", item=Shape("int")), min_items=2), params) == {"value": [1, 2]}


@pytest.mark.parametrize(
    ("shape", "value", "accepted"),
    [
        (Shape("map", item=Shape("int")), {"a": 1, "b": 2}, True),
        (Shape("map", item=Shape("int")), {"a": "1"}, False),
        (Shape("any"), [None, {"x": 1}], True),
        (Shape("model", Ref("m", "M")), {"free": "form"}, True),  # a model without declared fields
    ],
)
def test_body_values_of_every_kind_are_checked(shape: Shape, value: Any, accepted: bool) -> None:
    request = httpx.Request("POST", URL, json={"value": value})
    if accepted:
        assert check_body(_operation("body", shape), request) == {"value": value}
    else:
        with pytest.raises(Rejected):
            check_body(_operation("body", shape), request)


# -- the validator agrees with the spec's JSON Schema ------------------------------------------------------------

DOCUMENTED_BODIES = sorted(
    op_id for op_id, op in OPERATIONS.items() if any(field.location == "body" for field in op.fields)
)


def _kit_accepts(op_id: str, body: Any) -> bool:
    try:
        check_body(OPERATIONS[op_id], httpx.Request("POST", URL, json=body))
    except Rejected:
        return False
    return True


# The Field tables carry no constraints on list items (`domains: [""]`), so neither the client nor the kit checks
# those: the one known difference from the schema.
_ITEM_LENGTH = re.compile(r"/[A-Za-z]+/[0-9]+: .* should be non-empty")


def _closed(node: Any) -> Any:
    """The schema as the kit (and the client) read it: an object whose properties the spec lists takes no others."""
    if isinstance(node, list):
        return [_closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    closed = {key: _closed(value) for key, value in node.items()}
    if node.get("properties") and "additionalProperties" not in node:
        closed["additionalProperties"] = False
    return closed


CLOSED_COMPONENTS = _closed(COMPONENTS)


def _schema_errors(schema: dict[str, Any], body: Any) -> list[str]:
    validator = Draft202012Validator({**_closed(schema), "components": CLOSED_COMPONENTS})
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(body)]


@pytest.mark.parametrize("op_id", DOCUMENTED_BODIES)
@given(data=st.data())
def test_fuzz_the_kit_accepts_exactly_what_the_request_schema_accepts(op_id: str, data: st.DataObject) -> None:
    schema = SPEC.request_schema(operation(op_id))
    assert schema is not None
    body = data.draw(strategy(schema))
    if isinstance(body, dict) and body and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(body)))
        body = {**body, key: data.draw(ANY_JSON)}  # a declared field with any JSON value at all
    try:
        json.dumps(body, allow_nan=False)
    except ValueError:
        return  # infinity is no JSON: nothing could send it
    errors = _schema_errors(schema, body)
    if errors and all(_ITEM_LENGTH.fullmatch(error) for error in errors):
        return
    assert _kit_accepts(op_id, body) == (not errors), (body, errors)
