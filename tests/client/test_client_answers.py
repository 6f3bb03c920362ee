"""Answers read within bounds (max_response_bytes, decoded by us), never followed when they redirect, and errors
that keep only a bounded, masked excerpt of them (the hostile-server cases are in tests/reliability/test_hostile.py).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import pickle
import zlib
from typing import Any

import httpx
import pytest

from coldmailreseller import (
    OPERATIONS,
    AsyncColdMailReseller,
    BadRequestError,
    ColdMailReseller,
    ConfigurationError,
    OutcomeUnknownError,
    RedirectError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from coldmailreseller._config import KeyHeaderValue
from coldmailreseller._excerpt import EXCERPT_CHARS, MESSAGE_CHARS, excerpt, mask_text, message
from coldmailreseller._limits import DEFAULT_MAX_RESPONSE_BYTES, attempt_deadline
from coldmailreseller.errors import OutcomeUnknownResponseError, OutcomeUnknownTooLargeError
from tests.client.scripted import BASE, KEY, Driver, ScriptedCMR, fail, ok, respond
from tests.reliability.spec_schemas import valid_args

USER = {"id": "u1", "email": "a@b.c"}
PASSWORD = "hunter2-mailbox-pw"


def streamed(status: int, body: bytes, **headers: str) -> Any:
    """A reply whose body is streamed (not read by the transport), as a real server's is."""

    def build(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            status, headers=headers or {"content-type": "application/json"}, stream=httpx.ByteStream(body)
        )

    return build


def _envelope(data: Any, status: int = 200) -> bytes:
    return json.dumps({"status": status, "message": "ok", "data": data}).encode()


# --- settings ----------------------------------------------------------------------------------------------------


def test_max_response_bytes_setting() -> None:
    with ColdMailReseller(api_key=KEY, base_url=BASE) as client:
        assert client.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES == 32 * 1024 * 1024
        assert client.with_options(max_response_bytes=1024).max_response_bytes == 1024
        assert client.with_options(timeout=3).max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES
    for bad in (0, -1, True, "1", 1.5):
        with pytest.raises(ConfigurationError, match="max_response_bytes"):
            ColdMailReseller(api_key=KEY, base_url=BASE, max_response_bytes=bad)


def test_attempt_deadline_is_the_largest_timeout_value() -> None:
    assert attempt_deadline(httpx.Timeout(3.0)) == 3.0
    assert attempt_deadline(httpx.Timeout(60.0, connect=10.0)) == 60.0
    assert attempt_deadline(httpx.Timeout(None)) is None


def test_own_sync_connections_cap_socket_operations_by_the_deadline() -> None:
    """The sync deadline is set on the httpcore pool httpx builds (httpx 0.28.1 / httpcore 1.0 are pinned): if
    their layout changes, this fails rather than the deadline silently not holding for headers."""
    with ColdMailReseller(api_key=KEY, base_url=BASE) as client:
        assert type(client._http._transport._pool._network_backend).__name__ == "_DeadlineBackend"
    lent = httpx.Client()
    with ColdMailReseller(api_key=KEY, base_url=BASE, http_client=lent) as client:
        assert type(lent._transport._pool._network_backend).__name__ != "_DeadlineBackend"  # left as it is
    lent.close()


def test_key_header_value_is_a_str_with_a_masked_repr() -> None:
    value = KeyHeaderValue(KEY)
    assert value == KEY and str(value) == KEY and KEY not in repr(value) and KEY not in repr({"k": value})


# --- size --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["streamed", "declared", "read by the transport"])
def test_answer_over_max_response_bytes(drive: Driver, how: str) -> None:
    body = _envelope({**USER, "padding": "x" * 5000})
    reply = (
        respond(200, json_body=json.loads(body))
        if how == "read by the transport"
        else streamed(200, body, **({"content-length": str(len(body))} if how == "declared" else {}))
    )
    fake = ScriptedCMR(reply)
    with pytest.raises(ResponseTooLargeError) as caught:
        drive.run(drive.client(fake, max_response_bytes=1000).users.get(user_id="u1"))
    assert not isinstance(caught.value, OutcomeUnknownError)  # a read
    assert "max_response_bytes" in str(caught.value)
    assert len(caught.value.body) <= EXCERPT_CHARS + 3


def test_too_large_answer_to_a_money_call_is_outcome_unknown(drive: Driver) -> None:
    fake = ScriptedCMR(streamed(200, _envelope({"orderId": "o1", "padding": "x" * 5000})))
    client = drive.client(fake, max_response_bytes=1000)
    with pytest.raises(OutcomeUnknownTooLargeError) as caught:
        drive.run(_create(client))
    assert isinstance(caught.value, OutcomeUnknownError) and isinstance(caught.value, ResponseTooLargeError)
    assert "check" in str(caught.value).lower()


def _create(client: Any) -> Any:
    """orders.create with arguments the spec accepts: a call that moves money."""
    op = OPERATIONS["createOrderJson"]
    return getattr(getattr(client, op.resource), op.method)(**valid_args(op))


def test_gzip_answer_is_decoded_and_a_single_chunk_bomb_stops_at_the_limit(drive: Driver) -> None:
    packed = gzip.compress(_envelope(USER))
    fake = ScriptedCMR(streamed(200, packed, **{"content-type": "application/json", "content-encoding": "gzip"}))
    user = drive.run(drive.client(fake).users.get(user_id="u1"))
    assert user.id == "u1"
    assert fake.requests[0].headers["accept-encoding"] == "gzip, deflate"
    # 64 MiB of zeros in one 64 KiB chunk: httpx would inflate it whole; we stop after 1 MiB.
    bomb = zlib.compress(bytes(64 << 20), 9)
    fake = ScriptedCMR(streamed(200, bomb, **{"content-type": "application/json", "content-encoding": "deflate"}))
    with pytest.raises(ResponseTooLargeError):
        drive.run(drive.client(fake, max_response_bytes=1 << 20).users.get(user_id="u1"))


def test_a_coding_not_asked_for_is_a_typed_error(drive: Driver) -> None:
    fake = ScriptedCMR(streamed(200, b"\x1b\x03\x00", **{"content-type": "application/json", "content-encoding": "br"}))
    with pytest.raises(ResponseValidationError, match="'br'"):
        drive.run(drive.client(fake).users.get(user_id="u1"))


def test_raw_response_keeps_the_decoded_content(drive: Driver) -> None:
    packed = gzip.compress(_envelope(USER))
    fake = ScriptedCMR(streamed(200, packed, **{"content-type": "application/json", "content-encoding": "gzip"}))
    raw = drive.run(drive.client(fake).users.with_raw_response.get(user_id="u1"))
    assert raw.http_response.json()["data"]["id"] == "u1"
    assert raw.parse().id == "u1"


# --- redirects ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirect_is_never_followed_even_by_a_client_that_follows(status: int) -> None:
    fake = ScriptedCMR(
        respond(status, json_body={"status": 200, "data": USER}, headers={"location": "https://u:p@evil.test/x?k=1#f"}),
        ok(USER),
    )
    with (
        httpx.Client(transport=httpx.MockTransport(fake.handle), follow_redirects=True) as http,
        ColdMailReseller(api_key=KEY, base_url=BASE, http_client=http, rate_limit=None) as client,
        pytest.raises(RedirectError) as caught,
    ):
        client.users.get(user_id="u1")
    assert fake.calls == 1
    assert caught.value.status_code == status and caught.value.location == "https://evil.test/x"


def test_async_redirect_is_never_followed() -> None:
    fake = ScriptedCMR(respond(307, json_body={}, headers={"location": "https://evil.test/orders"}), ok(USER))

    async def call() -> None:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(fake.handle_async), follow_redirects=True) as http,
            AsyncColdMailReseller(api_key=KEY, base_url=BASE, http_client=http, rate_limit=None) as client,
        ):
            await client.users.get(user_id="u1")

    with pytest.raises(RedirectError):
        asyncio.run(call())
    assert fake.calls == 1


# --- what errors keep --------------------------------------------------------------------------------------------


def test_error_keeps_a_bounded_masked_excerpt_and_a_sanitized_response(drive: Driver) -> None:
    body = {"status": 400, "message": f"key {KEY} " + "m" * 100_000, "data": {"password": PASSWORD, "n": "x" * 9000}}
    fake = ScriptedCMR(respond(400, json_body=body, headers={"x-request-id": KEY}))
    with pytest.raises(BadRequestError) as caught:
        drive.run(drive.client(fake).users.get(user_id="u1"))
    error = caught.value
    assert len(error.message) <= MESSAGE_CHARS + 3 and len(error.body) <= EXCERPT_CHARS + 3
    for text in (str(error), repr(error), error.body, error.message, str(error.request_id)):
        assert KEY not in text and PASSWORD not in text
    assert '"password": "***"' in error.body and error.request_id == "**********"
    assert error.response is not None
    assert "cmr-x-api-key" not in error.response.request.headers
    assert error.response.content.decode() == error.body
    copy = pickle.loads(pickle.dumps(error))
    assert copy.response is None and copy.body == error.body


def test_unreadable_success_of_a_money_call_is_outcome_unknown(drive: Driver) -> None:
    fake = ScriptedCMR(respond(200, text="<html>502 Bad Gateway</html>"))
    with pytest.raises(OutcomeUnknownResponseError) as caught:
        drive.run(_create(drive.client(fake)))
    assert isinstance(caught.value, OutcomeUnknownError) and isinstance(caught.value, ResponseValidationError)
    assert "accepted" in str(caught.value)


def test_transport_error_cause_carries_no_traceback(drive: Driver) -> None:
    fake = ScriptedCMR(httpx.ReadError)
    with pytest.raises(Exception) as caught:
        drive.run(drive.client(fake, max_retries=0).users.get(user_id="u1"))
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.ReadError) and cause.__traceback__ is None and cause.__context__ is None


# --- excerpts ----------------------------------------------------------------------------------------------------


def test_excerpt_masks_secret_fields_in_json_text_and_form_text() -> None:
    raw = json.dumps({"mailbox": {"password": PASSWORD, "appPassword": PASSWORD + "2", "user": "a"}}).encode()
    assert PASSWORD not in excerpt(raw, json.loads(raw), parsed_ok=True)
    assert PASSWORD not in excerpt(raw[:-3])  # not JSON any more: masked by pattern
    assert PASSWORD not in excerpt(raw[: raw.index(PASSWORD.encode()) + 5])  # cut inside the value
    assert PASSWORD not in mask_text(f"login failed: password={PASSWORD}&user=a")
    assert PASSWORD not in excerpt(raw.decode().encode("utf-16"))  # read as UTF-16 to be masked
    assert "user" in excerpt(raw, json.loads(raw), parsed_ok=True)


def test_excerpt_and_message_are_bounded_and_never_end_in_part_of_the_key() -> None:
    text = "a" * (MESSAGE_CHARS - 5) + KEY
    shown = message(text, (KEY,))
    assert KEY[:5] not in shown and len(shown) <= MESSAGE_CHARS + 3
    assert len(excerpt(b"x" * 1_000_000)) <= EXCERPT_CHARS + 3
    deep = json.loads("[" * 500 + "]" * 500)
    assert len(excerpt(b"", deep, parsed_ok=True)) < 200


def test_fail_helper_still_maps_statuses(drive: Driver) -> None:
    with pytest.raises(BadRequestError):
        drive.run(drive.client(ScriptedCMR(fail(400))).users.get(user_id="u1"))
