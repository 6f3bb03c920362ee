"""The client's own httpx client sends straight to its transport, skipping `build_request`/`send` (see _requester.py
`_Prepared.request`): what reaches the server is what `build_request` would have sent (httpx's default
`Connection: keep-alive` aside, HTTP/1.1's default), for reads and for writes with a body, sync and async; a base URL
with user info still goes through `build_request`, which turns it into basic auth."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
import pytest

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller
from tests.reliability.fault_server import FaultServer, json_reply

USER = {"status": 200, "message": "ok", "data": {"id": "U1", "email": "a@example.com"}}
# httpx's client default `connection: keep-alive`, which the direct request leaves out (HTTP/1.1's default).
SKIPPED = {"connection"}


def _headers(head: str) -> tuple[str, list[tuple[str, str]]]:
    line, *rest = head.split("\r\n")
    pairs = [(name.strip().lower(), value.strip()) for name, _, value in (item.partition(":") for item in rest)]
    return line, sorted(pair for pair in pairs if pair[0] not in SKIPPED)


def _calls(cmr: Any) -> None:
    cmr.users.get(user_id="U1")
    cmr.users.update(user_id="U1", company="Ünïcode & Co", extra_headers={"x-trace": "t1"})


async def _async_calls(cmr: Any) -> None:
    await cmr.users.get(user_id="U1")
    await cmr.users.update(user_id="U1", company="Ünïcode & Co", extra_headers={"x-trace": "t1"})


def _sent(server: FaultServer, mode: str, lent: bool, base_url: str | None = None) -> list[str]:
    server.clear()
    server.script(json_reply(USER), json_reply(USER))
    kwargs: dict[str, Any] = {"api_key": "k-direct", "base_url": base_url or server.base_url, "rate_limit": None}
    kwargs["max_retries"] = 0
    if mode == "sync":
        with ColdMailReseller(**kwargs, http_client=httpx.Client() if lent else None) as cmr:
            _calls(cmr)
    else:

        async def run() -> None:
            async with AsyncColdMailReseller(**kwargs, http_client=httpx.AsyncClient() if lent else None) as cmr:
                await _async_calls(cmr)

        asyncio.run(run())
    return list(server.heads)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_our_own_client_sends_what_build_request_would(server: FaultServer, mode: str) -> None:
    own = [_headers(head) for head in _sent(server, mode, lent=False)]
    through_send = [_headers(head) for head in _sent(server, mode, lent=True)]
    assert len(own) == 2
    assert own == through_send
    (get_line, get_headers), (_, put_headers) = own
    assert get_line.startswith("GET /users?userId=U1 ")
    names = dict(get_headers)
    assert names["cmr-x-api-key"] == "k-direct"
    assert names["accept"] == "application/json"
    assert names["accept-encoding"] == "gzip, deflate"
    assert names["user-agent"].startswith("coldmailreseller-python/")
    assert dict(put_headers)["content-type"] == "application/json"
    assert dict(put_headers)["x-trace"] == "t1"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_base_url_with_user_info_is_still_sent_with_basic_auth(server: FaultServer, mode: str) -> None:
    heads = _sent(server, mode, lent=False, base_url=f"http://ann:pw@127.0.0.1:{server.port}")
    expected = "Basic " + base64.b64encode(b"ann:pw").decode()
    assert heads and all(dict(_headers(head)[1]).get("authorization") == expected for head in heads)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_raw_response_of_the_direct_path_has_what_send_sets(server: FaultServer, mode: str) -> None:
    # `elapsed` and `request` are set by httpx's send; readers of raw responses rely on them.
    server.clear()
    server.script(json_reply(USER))
    kwargs: dict[str, Any] = {"api_key": "k-direct", "base_url": server.base_url, "rate_limit": None}
    if mode == "sync":
        with ColdMailReseller(**kwargs) as cmr:
            raw = cmr.users.with_raw_response.get(user_id="U1")
    else:

        async def run() -> Any:
            async with AsyncColdMailReseller(**kwargs) as cmr:
                return await cmr.users.with_raw_response.get(user_id="U1")

        raw = asyncio.run(run())
    response = raw.http_response
    assert response.elapsed.total_seconds() > 0
    assert response.request.url.path.endswith("/users") and response.request.method == "GET"


def test_a_raw_request_to_a_base_url_with_user_info_is_sent_with_basic_auth(server: FaultServer) -> None:
    server.clear()
    server.script(json_reply(USER))
    base_url = f"http://ann:pw@127.0.0.1:{server.port}"
    with ColdMailReseller(api_key="k-direct", base_url=base_url, rate_limit=None, max_retries=0) as cmr:
        cmr.request("GET", "/users", params={"userId": "U1"})
    expected = "Basic " + base64.b64encode(b"ann:pw").decode()
    assert [dict(_headers(head)[1]).get("authorization") for head in server.heads] == [expected]
