"""The API key never shows outside the request header: not in logs (DEBUG everywhere, httpx and httpcore
included), exception texts (chained causes too), client reprs, or request URLs. The autouse guard in conftest
checks every test of this suite the same way; these tests make sure the error paths are all walked here with
the guard's help, and that the checks themselves can see a leak."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from coldmailreseller import (
    OPERATIONS,
    AsyncColdMailReseller,
    ColdMailReseller,
    ConfigurationError,
    InternalServerError,
)
from tests.reliability.fault_kinds import FAULTS
from tests.reliability.fault_server import FaultServer, free_port
from tests.reliability.spec_schemas import valid_args
from tests.reliability.support import (
    KEY,
    MODES,
    Mode,
    check_exception,
    check_no_leak,
    client_kwargs,
    exception_texts,
    invoke,
)

OPS = OPERATIONS


def _log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", ["getUser", "createOrderJson"])
def test_no_fault_path_leaks_the_key(
    mode: Mode, op_id: str, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    op = OPS[op_id]
    outcomes: list[Any] = []
    for fault in FAULTS:
        server.script(*[fault.reply(op_id)] * 3)
        timeout = 0.2 if fault.slow else 0.5
        outcomes.append(invoke(mode, op, valid_args(op), **client_kwargs(op, server.base_url, timeout=timeout)))
    outcomes.append(invoke(mode, op, valid_args(op), **client_kwargs(op, f"http://127.0.0.1:{free_port()}")))
    outcomes.append(invoke(mode, op, {**valid_args(op), "user_id": ""}, **client_kwargs(op, server.base_url)))
    assert sum(isinstance(o, BaseException) for o in outcomes) >= len(FAULTS)  # the error paths were taken
    # The key did travel, in its header, so its absence everywhere else means something.
    assert server.heads and all(KEY in head for head in server.heads)
    assert not any(KEY in target for target in server.targets)
    texts = _log_texts(caplog)
    assert any("httpx" in r.name or "httpcore" in r.name for r in caplog.records)  # DEBUG output was captured
    assert not [text for text in texts if KEY in text]


def test_reprs_and_configuration_errors_hide_the_key() -> None:
    with ColdMailReseller(api_key=KEY, base_url="https://cmr.test", rate_limit=None) as client:
        check_no_leak(repr(client), "repr(client)")
        check_no_leak(repr(client.with_options(timeout=3, max_retries=0)), "repr(with_options copy)")
        check_no_leak(repr(client.with_options(sandbox=True, base_url="https://sandbox.cmr.test")), "repr(sandbox)")
    bad_settings: list[dict[str, Any]] = [
        {"base_url": "ftp://cmr.test"},
        {"timeout": -1},
        {"max_retries": -1},
        {"rate_limit": "fast"},
        {"sandbox": True},
    ]
    for settings in bad_settings:
        for cls in (ColdMailReseller, AsyncColdMailReseller):
            with pytest.raises(ConfigurationError) as caught:
                cls(api_key=KEY, **settings)
            check_exception(caught.value)


def test_leak_checks_see_a_key_in_a_chained_cause(caplog: pytest.LogCaptureFixture) -> None:
    """The checks must be able to fail: a key hidden two causes deep, or in a log record, is found."""
    try:
        try:
            raise OSError(f"boom {KEY}")
        except OSError as inner:
            raise RuntimeError("outer") from inner
    except RuntimeError as outer:
        assert any(KEY in text for text in exception_texts(outer))
    logging.getLogger("httpcore.canary").debug("header %s", KEY)
    assert any(KEY in text for text in _log_texts(caplog))
    caplog.clear()  # the guard would (rightly) fail this test otherwise


@pytest.mark.parametrize("mode", MODES)
def test_client_built_http_pool_logs_nothing_secret(mode: Mode, server: FaultServer) -> None:
    """The same with the client's own httpx pool (the other tests lend it one with a shared SSL context)."""
    server.script(FAULTS[0].reply("getUser"))
    kwargs = client_kwargs(OPS["getUser"], server.base_url, max_retries=0)

    async def call_async() -> None:
        async with AsyncColdMailReseller(**kwargs) as client:
            await client.users.get(user_id="u1")

    with pytest.raises(InternalServerError) as caught:
        if mode == "sync":
            with ColdMailReseller(**kwargs) as client:
                client.users.get(user_id="u1")
        else:
            asyncio.run(call_async())
    check_exception(caught.value)
