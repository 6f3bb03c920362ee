"""Answers beyond the spec's operations: `route()` for paths the spec lacks, a request id on every answer, and the
geo lists (the documented example's country and state, and whatever a test seeds)."""

from __future__ import annotations

import json

import httpx
import pytest

from coldmailreseller import (
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from coldmailreseller.testing import FakeCMR

WALLET = {"status": 200, "message": "Success", "data": {"balance": 120.5}}


@pytest.fixture
def fake() -> FakeCMR:
    return FakeCMR()


# -- route() ---------------------------------------------------------------------------------------------------


def test_a_static_answer_for_a_path_the_spec_lacks(fake: FakeCMR) -> None:
    fake.route("GET", "/wallet", WALLET)
    with fake.client() as cmr:
        raw = cmr.request("GET", "/wallet")
    assert (raw.status_code, raw.parse()) == (200, {"balance": 120.5})
    assert raw.request_id is not None
    (request,) = fake.requests
    assert request.url.path == "/api/v1/integration/wallet"


def test_a_handler_sees_the_request_and_may_answer_an_error(fake: FakeCMR) -> None:
    seen: list[httpx.Request] = []

    def wallet(request: httpx.Request) -> object:
        seen.append(request)
        if request.url.params.get("userId") == "broke":
            return httpx.Response(500, json={"status": 500, "message": "Internal Server Error", "data": None})
        return {**WALLET, "data": {"balance": 1, "userId": request.url.params["userId"]}}

    fake.route("get", "/wallet", wallet)
    with fake.client(max_retries=0) as cmr:
        assert cmr.request("GET", "/wallet", params={"userId": "u1"}).parse() == {"balance": 1, "userId": "u1"}
        with pytest.raises(InternalServerError):
            cmr.request("GET", "/wallet", params={"userId": "broke"})
    assert [r.url.params["userId"] for r in seen] == ["u1", "broke"]


def test_a_route_answers_with_its_status_and_can_be_replaced(fake: FakeCMR) -> None:
    created = {"status": 201, "message": "Created", "data": {"id": "W1"}}
    fake.route("POST", "/wallet/top-up", created, status=201)
    with fake.client() as cmr:
        raw = cmr.request("POST", "/wallet/top-up", json={"amount": 10})
        assert (raw.status_code, raw.parse()) == (201, {"id": "W1"})
        assert json.loads(fake.requests[-1].content) == {"amount": 10}
        fake.route("POST", "/wallet/top-up", {"status": 201, "message": "Created", "data": {"id": "W2"}}, status=201)
        assert cmr.request("POST", "/wallet/top-up", json={}).parse() == {"id": "W2"}


def test_a_route_needs_the_key_and_counts_against_the_rate_limit(fake: FakeCMR) -> None:
    fake.route("GET", "/wallet", WALLET)
    with fake.client(api_key="wrong") as cmr, pytest.raises(AuthenticationError):
        cmr.request("GET", "/wallet")
    fake.rate_limit(1)
    with fake.client(max_retries=0) as cmr:
        cmr.request("GET", "/wallet")
        with pytest.raises(RateLimitError):
            cmr.request("GET", "/wallet")


def test_paths_without_a_route_are_still_unknown(fake: FakeCMR) -> None:
    fake.route("GET", "/wallet", WALLET)
    with fake.client() as cmr:
        with pytest.raises(NotFoundError, match="No such endpoint"):
            cmr.request("POST", "/wallet")
        with pytest.raises(NotFoundError, match="No such endpoint"):
            cmr.request("GET", "/wallets")


@pytest.mark.parametrize(
    ("method", "path", "message"),
    [
        ("GET", "/users", "getUser"),  # the spec has it: the fake answers it already
        ("GET", "wallet", "start with '/'"),
    ],
)
def test_route_refuses_spec_paths_and_relative_ones(fake: FakeCMR, method: str, path: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        fake.route(method, path, WALLET)


# -- request ids -----------------------------------------------------------------------------------------------


def test_every_answer_carries_a_request_id_the_client_reads(fake: FakeCMR) -> None:
    user_id = fake.seed_user()
    fake.fail_next("getUser", status=503)
    with fake.client(max_retries=0) as cmr:
        with pytest.raises(InternalServerError) as failed:
            cmr.users.get(user_id=user_id)
        with pytest.raises(NotFoundError) as missing:
            cmr.users.get(user_id="NOBODY")
        with pytest.raises(NotFoundError) as unknown:
            cmr.request("GET", "/no/such/path")
        raw = cmr.users.with_raw_response.get(user_id=user_id)
    ids = [failed.value.request_id, missing.value.request_id, unknown.value.request_id, raw.request_id]
    assert ids == ["req_fake_000001", "req_fake_000002", "req_fake_000003", "req_fake_000004"]
    assert [r.headers.get("x-request-id") for r in fake.requests] == [None] * 4  # the answers carry them


# -- geo -------------------------------------------------------------------------------------------------------


def test_the_geo_lists_start_from_the_documented_example(fake: FakeCMR) -> None:
    user_id = fake.seed_user(country="US", state="New York")
    with fake.client() as cmr:
        countries = cmr.geo.list_countries().additional_properties
        states = cmr.geo.list_states(country_code="US").additional_properties
        user = cmr.users.get(user_id=user_id)
        assert cmr.geo.list_states(country_code="FR").additional_properties == {}
    assert countries == {"United States": "US"} and user.country in countries.values()
    assert states == {"New York": "NY"} and user.state in states


def test_countries_and_states_can_be_seeded(fake: FakeCMR) -> None:
    fake.seed_country("FR", "France", states={"Île-de-France": "IDF"})
    fake.seed_country("US", "United States", states={"Texas": "TX"})
    with fake.client() as cmr:
        assert cmr.geo.list_countries().additional_properties == {"United States": "US", "France": "FR"}
        assert cmr.geo.list_states(country_code="FR").additional_properties == {"Île-de-France": "IDF"}
        assert cmr.geo.list_states(country_code="US").additional_properties == {"New York": "NY", "Texas": "TX"}
    with pytest.raises(ValueError, match="alpha-2"):
        fake.seed_country("FRA", "France")
