"""UNSET, the value of a field left out: one object, falsy, distinct from None, and a type checkers narrow with
`is`; and `model.request_id`, the request id a method's answer carried."""

from __future__ import annotations

import copy
import pickle

import httpx
import pytest

from coldmailreseller import ColdMailReseller
from coldmailreseller.models import UNSET, Subscription, Unset, User, value_or


def test_unset_is_one_falsy_object_distinct_from_none() -> None:
    assert not UNSET
    assert UNSET is not None and UNSET != None  # noqa: E711 (the comparison is the point)
    assert repr(UNSET) == str(UNSET) == f"{UNSET}" == "UNSET"
    assert isinstance(UNSET, Unset)
    assert list(Unset) == [UNSET]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_unset_survives_pickle_as_the_same_object(protocol: int) -> None:
    assert pickle.loads(pickle.dumps(UNSET, protocol)) is UNSET
    user = User(id="u1")
    assert pickle.loads(pickle.dumps(user, protocol)).email is UNSET


def test_unset_survives_copies_as_the_same_object() -> None:
    assert copy.copy(UNSET) is UNSET
    assert copy.deepcopy(UNSET) is UNSET
    assert copy.deepcopy(Subscription(subscription_id="s1")).auto_renew is UNSET


def test_value_or_and_repr_leave_unset_fields_out() -> None:
    sub = Subscription(subscription_id="s1")
    assert value_or(sub.auto_renew, False) is False
    assert value_or(None, 3) == 3
    assert repr(sub) == "Subscription(subscription_id='s1')"
    assert "autoRenew" not in sub.to_dict()


def test_a_returned_model_carries_the_request_id() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"status": 200, "message": "ok", "data": {"id": "u1", "email": "jane@agency.com"}}
        return httpx.Response(200, json=body, headers={"x-request-id": "req-42"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with ColdMailReseller(api_key="k", base_url="https://cmr.test", http_client=http, rate_limit=None) as cmr:
        user = cmr.users.get(user_id="u1")
        raw = cmr.users.with_raw_response.get(user_id="u1")
    assert user.id == "u1"
    assert user.request_id == "req-42"
    assert raw.parse().request_id == raw.request_id == "req-42"
    assert User(id="u1").request_id is None


def test_request_id_is_read_only() -> None:
    with pytest.raises(AttributeError):
        User(id="u1").request_id = "r"  # type: ignore[misc]
