"""Whose connections a forked child may use: the client's own are re-opened in the child and the parent's left
alone; a caller's `http_client=` cannot be rebuilt by the client, so a child's first call through it raises
`ClientForkedError` and sends nothing."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from coldmailreseller import (
    AsyncColdMailReseller,
    ClientClosedError,
    ClientForkedError,
    ColdMailReseller,
    ConfigurationError,
)
from coldmailreseller.testing import FakeCMR
from tests.workers._forking import Children
from tests.workers._server import UsersServer

KEY = "sk-WORKERS-0123456789"


def settings(server: UsersServer) -> dict[str, Any]:
    return {"api_key": KEY, "base_url": server.base_url, "rate_limit": None, "max_retries": 0, "timeout": 10}


def outcome(call: Any) -> dict[str, Any]:
    """What a call did, in JSON: the id answered, or the error raised (type, whether a ConfigurationError, text)."""
    try:
        return {"id": call()}
    except Exception as exc:
        return {"raised": type(exc).__name__, "configuration": isinstance(exc, ConfigurationError), "text": str(exc)}


def assert_refused(result: dict[str, Any]) -> None:
    assert result["raised"] == ClientForkedError.__name__, result
    assert result["configuration"]
    # The message names the fix.
    assert "create the client (and its http_client) in each worker process after the fork" in result["text"]
    assert "leave http_client out" in result["text"]


def test_a_callers_http_client_is_refused_in_a_child_which_sends_nothing(
    users_server: UsersServer, children: Children
) -> None:
    with httpx.Client() as http, ColdMailReseller(http_client=http, **settings(users_server)) as cmr:
        assert cmr.users.get(user_id="parent-0").id == "parent-0"
        (parent_port,) = users_server.ports_for("parent-0")

        def child() -> list[dict[str, Any]]:
            results = [outcome(lambda n=n: cmr.users.get(user_id=f"child-{n}").id) for n in range(2)]
            copy = cmr.with_options(max_retries=1)  # shares the connections, so is refused as well
            results.append(outcome(lambda: copy.users.get(user_id="child-copy").id))
            results.append(outcome(lambda: cmr.request("GET", "/users", params={"userId": "child-raw"}).parse()))
            return results

        for result in children.result(children.fork(child)):
            assert_refused(result)
        assert users_server.ids_from("child") == []  # nothing was sent from the child
        # The parent keeps working, on its own connection.
        assert cmr.users.get(user_id="parent-after").id == "parent-after"
        assert users_server.ports_for("parent-after") == {parent_port}


def test_a_callers_async_http_client_is_refused_in_a_child(users_server: UsersServer, children: Children) -> None:
    http = httpx.AsyncClient()
    cmr = AsyncColdMailReseller(http_client=http, **settings(users_server))
    loop = asyncio.new_event_loop()
    try:
        assert loop.run_until_complete(asyncio.wait_for(cmr.users.get(user_id="parent-0"), 30)).id == "parent-0"

        async def child_call() -> str:
            return str((await cmr.users.get(user_id="child-0")).id)

        result = children.result(children.fork(lambda: outcome(lambda: asyncio.run(child_call()))))
        assert_refused(result)
        assert users_server.ids_from("child") == []
        assert loop.run_until_complete(asyncio.wait_for(cmr.users.get(user_id="parent-1"), 30)).id == "parent-1"
    finally:
        loop.run_until_complete(http.aclose())
        loop.close()


def test_a_child_closing_its_client_leaves_the_parents_connection_open(
    users_server: UsersServer, children: Children
) -> None:
    with ColdMailReseller(**settings(users_server)) as cmr:
        assert cmr.users.get(user_id="parent-0").id == "parent-0"
        (parent_port,) = users_server.ports_for("parent-0")

        def child() -> list[dict[str, Any]]:
            results = [outcome(lambda: cmr.users.get(user_id="child-0").id)]
            cmr.close()  # closes the child's connections only
            results.append(outcome(lambda: cmr.users.get(user_id="child-closed").id))
            return results

        opened, closed = children.result(children.fork(child))
        assert opened == {"id": "child-0"}
        assert closed["raised"] == ClientClosedError.__name__
        assert users_server.ports_for("child-0").isdisjoint({parent_port})
        assert cmr.users.get(user_id="parent-after").id == "parent-after"
        assert users_server.ports_for("parent-after") == {parent_port}  # still open, still the parent's


def test_a_client_closed_before_the_fork_stays_closed_in_the_child(
    users_server: UsersServer, children: Children
) -> None:
    cmr = ColdMailReseller(**settings(users_server))
    cmr.close()
    result = children.result(children.fork(lambda: outcome(lambda: cmr.users.get(user_id="child-0").id)))
    assert result["raised"] == ClientClosedError.__name__
    assert users_server.ids_from("child") == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_testing_kits_clients_keep_working_in_a_child(kind: str, children: Children) -> None:
    """Its transport holds no sockets, so a forked test worker may go on using it (with its own copy of the fake)."""
    fake = FakeCMR()
    user_id = fake.seed_user(email="jane@agency.com")
    if kind == "sync":
        cmr = fake.client()
        assert cmr.users.get(user_id=user_id).email == "jane@agency.com"
        result = children.result(children.fork(lambda: outcome(lambda: cmr.users.get(user_id=user_id).email)))
    else:
        acmr = fake.async_client()

        async def call() -> str:
            return str((await acmr.users.get(user_id=user_id)).email)

        assert asyncio.run(call()) == "jane@agency.com"
        result = children.result(children.fork(lambda: outcome(lambda: asyncio.run(call()))))
    assert result == {"id": "jane@agency.com"}
