"""Bad arguments are refused with InvalidArgumentError before anything is sent."""

from __future__ import annotations

import json
from typing import Any

import pytest

from coldmailreseller import InvalidArgumentError
from coldmailreseller.models import BillingCycle, OrderDomain
from coldmailreseller.testing import FakeCMR
from tests.client.scripted import Driver

ORDER_ARGS: dict[str, Any] = {
    "user_id": "u1",
    "domains": [{"domain": "example.com", "years": 1}],
    "mailboxes": {"example.com": [{"username": "ada", "firstName": "Ada", "lastName": "L"}]},
}

# (resource, method, kwargs, name of the offending argument)
INVALID = {
    "None for a required id": ("users", "get", {"user_id": None}, "user_id"),
    "empty id": ("users", "get", {"user_id": ""}, "user_id"),
    "int instead of str": ("users", "get", {"user_id": 42}, "user_id"),
    "bool instead of int": ("subscriptions", "list", {"limit": True}, "limit"),
    "str instead of int": ("subscriptions", "list", {"limit": "10"}, "limit"),
    "below minimum": ("subscriptions", "list", {"page": 0}, "page"),
    "value outside the enum": ("subscriptions", "list", {"status": "FROZEN"}, "status"),
    "str instead of a list": ("subscriptions", "renew", {"subscription_ids": "s1"}, "subscription_ids"),
    "wrong item type in a list": ("subscriptions", "renew", {"subscription_ids": ["s1", 2]}, "subscription_ids"),
    "None for a required list": ("subscriptions", "renew", {"subscription_ids": None}, "subscription_ids"),
    "bad enum in a money call": ("orders", "create", {**ORDER_ARGS, "billing_cycle": "WEEKLY"}, "billing_cycle"),
    "str instead of a model": ("orders", "create", {**ORDER_ARGS, "mailboxes": "ada@example.com"}, "mailboxes"),
    "None for a required body field": ("orders", "create", {**ORDER_ARGS, "domains": None}, "domains"),
    "too long": ("users", "update", {"user_id": "u1", "country": "FRA"}, "country"),
    "not JSON-able": ("orders", "create", {**ORDER_ARGS, "domains": [{"domain": object()}]}, "domains"),
}


@pytest.mark.parametrize(("resource", "method", "kwargs", "argument"), INVALID.values(), ids=INVALID.keys())
def test_invalid_argument_is_refused_before_sending(
    drive: Driver, cmr_fake: FakeCMR, resource: str, method: str, kwargs: dict[str, Any], argument: str
) -> None:
    cmr = drive.kit(cmr_fake)
    with pytest.raises(InvalidArgumentError) as caught:
        drive.run(getattr(getattr(cmr, resource), method)(**kwargs))
    assert caught.value.argument == argument
    assert argument in str(caught.value) and f"{resource}.{method}()" in str(caught.value)
    with pytest.raises(InvalidArgumentError):
        drive.run(getattr(getattr(cmr, resource).with_raw_response, method)(**kwargs))
    assert cmr_fake.requests == []


def test_invalid_argument_is_also_a_value_error(drive: Driver, cmr_fake: FakeCMR) -> None:
    with pytest.raises(ValueError):
        drive.run(drive.kit(cmr_fake).users.get(user_id=""))


def test_missing_keyword_is_a_type_error(drive: Driver, cmr_fake: FakeCMR) -> None:
    with pytest.raises(TypeError):
        drive.run(drive.kit(cmr_fake).users.get())
    assert cmr_fake.requests == []


def test_invalid_argument_in_iter_is_raised_before_sending(drive: Driver, cmr_fake: FakeCMR) -> None:
    with pytest.raises(InvalidArgumentError):
        drive.collect(drive.kit(cmr_fake).subscriptions.iter(limit=0))
    assert cmr_fake.requests == []


def test_valid_models_enums_and_mappings_are_encoded(drive: Driver, cmr_fake: FakeCMR) -> None:
    user_id = cmr_fake.seed_user()
    args = {
        **ORDER_ARGS,
        "user_id": user_id,
        "domains": [OrderDomain(domain="example.com", years=2)],
        "billing_cycle": BillingCycle.MONTHLY,
    }
    drive.run(drive.kit(cmr_fake).orders.create(**args, confirm=True))  # and the kit accepted it
    (request,) = cmr_fake.calls("createOrderJson")
    assert request.url.params["userId"] == user_id
    assert json.loads(request.content) == {
        "domains": [{"domain": "example.com", "years": 2}],
        "mailboxes": {"example.com": [{"username": "ada", "firstName": "Ada", "lastName": "L"}]},
        "billingCycle": "MONTHLY",
        "confirm": True,
    }


def test_enum_given_as_its_string_value_is_accepted(drive: Driver, cmr_fake: FakeCMR) -> None:
    drive.run(drive.kit(cmr_fake).subscriptions.list(status="PAST_DUE", limit=5))
    assert dict(cmr_fake.requests[0].url.params) == {"status": "PAST_DUE", "limit": "5"}
