"""Building clients: API key and base URL resolution, sandbox mode, settings validation, copies and closing.

These set keys, base URLs and HTTP clients of their own, so they run on the scripted stand-in rather than on the
testing kit (whose clients are bound to its own key and URL)."""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import httpx
import pytest

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller, ConfigurationError
from coldmailreseller.testing import FakeCMR
from scripted import BASE, KEY, Driver, ScriptedCMR, ok

PRODUCTION_URL = "https://customers.coldmailreseller.com/api/v1/integration"
USER = {"id": "u1", "email": "ada@example.com"}


def test_key_from_environment_sent_in_production_header(drive: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMR_API_KEY", KEY)
    fake = ScriptedCMR(ok(USER))
    cmr = drive.client(fake, api_key=None, base_url=None)
    drive.run(cmr.users.get(user_id="u1"))
    request = fake.requests[0]
    assert request.headers["cmr-x-api-key"] == KEY
    assert "cmr-x-sandbox-api-key" not in request.headers
    assert str(request.url) == f"{PRODUCTION_URL}/users?userId=u1"
    assert cmr.base_url == PRODUCTION_URL and cmr.sandbox is False


def test_explicit_key_wins_over_environment(drive: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMR_API_KEY", "from-env")
    fake = ScriptedCMR(ok(USER))
    drive.run(drive.client(fake, api_key=KEY).users.get(user_id="u1"))
    assert fake.requests[0].headers["cmr-x-api-key"] == KEY


@pytest.mark.parametrize("env_value", [None, "", "   \t"], ids=["unset", "empty", "whitespace"])
def test_missing_key_names_the_env_var(drive: Driver, monkeypatch: pytest.MonkeyPatch, env_value: str | None) -> None:
    if env_value is not None:
        monkeypatch.setenv("CMR_API_KEY", env_value)
    with pytest.raises(ConfigurationError, match="CMR_API_KEY"):
        drive.client(ScriptedCMR(), api_key=None)


@pytest.mark.parametrize("key", ["", "  "])
def test_blank_explicit_key_is_rejected(drive: Driver, key: str) -> None:
    with pytest.raises(ConfigurationError, match="CMR_API_KEY"):
        drive.client(ScriptedCMR(), api_key=key)


def test_sandbox_uses_sandbox_header_key_and_url_from_env(drive: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMR_API_KEY", "production-key-must-not-be-used")
    monkeypatch.setenv("CMR_SANDBOX_API_KEY", KEY)
    monkeypatch.setenv("CMR_SANDBOX_BASE_URL", "https://sandbox.cmr.test/api/")
    fake = ScriptedCMR(ok({"inventory": []}))
    cmr = drive.client(fake, api_key=None, base_url=None, sandbox=True)
    drive.run(cmr.prewarmup.sandbox_list())
    request = fake.requests[0]
    assert request.headers["cmr-x-sandbox-api-key"] == KEY
    assert "cmr-x-api-key" not in request.headers
    assert str(request.url) == "https://sandbox.cmr.test/api/sandbox/pre-warmup"
    assert cmr.sandbox is True


def test_sandbox_base_url_argument(drive: Driver) -> None:
    fake = ScriptedCMR(ok(USER))
    drive.run(drive.client(fake, sandbox=True, base_url="http://127.0.0.1:4010").users.get(user_id="u1"))
    assert str(fake.requests[0].url) == "http://127.0.0.1:4010/users?userId=u1"
    assert fake.requests[0].headers["cmr-x-sandbox-api-key"] == KEY


def test_sandbox_without_url_is_a_configuration_error(drive: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    # The production override must not be borrowed for the sandbox.
    monkeypatch.setenv("CMR_BASE_URL", "https://prod-proxy.test")
    with pytest.raises(ConfigurationError, match="CMR_SANDBOX_BASE_URL"):
        drive.client(ScriptedCMR(), sandbox=True, base_url=None)


def test_sandbox_without_key_names_the_sandbox_env_var(drive: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMR_API_KEY", KEY)
    with pytest.raises(ConfigurationError, match="CMR_SANDBOX_API_KEY"):
        drive.client(ScriptedCMR(), api_key=None, sandbox=True)


def test_base_url_from_environment(drive: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMR_BASE_URL", "https://proxy.test/cmr/")
    fake = ScriptedCMR(ok(USER))
    cmr = drive.client(fake, base_url=None)
    drive.run(cmr.users.get(user_id="u1"))
    assert str(fake.requests[0].url) == "https://proxy.test/cmr/users?userId=u1"


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 0},
        {"timeout": -1.5},
        {"timeout": "10"},
        {"timeout": True},
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"max_retries": True},
        {"max_retries": "2"},
        {"rate_limit": -5},
        {"rate_limit": "5"},
        {"rate_limit": True},
        {"base_url": "ftp://cmr.test"},
        {"base_url": "cmr.test/api"},
    ],
    ids=repr,
)
def test_bad_settings_are_configuration_errors(drive: Driver, options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        drive.client(ScriptedCMR(), **options)


def test_settings_are_exposed(drive: Driver) -> None:
    cmr = drive.client(ScriptedCMR(), timeout=7, max_retries=4, rate_limit=0)
    assert cmr.timeout == httpx.Timeout(7.0)
    assert cmr.max_retries == 4
    assert cmr.rate_limit is None  # 0 disables pacing


def test_with_options_copies_settings_and_shares_the_http_client(drive: Driver) -> None:
    fake = ScriptedCMR(ok(USER))
    cmr = drive.client(fake, max_retries=2)
    copy = cmr.with_options(max_retries=0, timeout=3, api_key="other-key")
    assert copy is not cmr
    assert (copy.max_retries, cmr.max_retries) == (0, 2)
    assert copy.timeout == httpx.Timeout(3.0)
    assert copy.base_url == cmr.base_url == BASE
    drive.run(copy.users.get(user_id="u1"))
    assert fake.requests[-1].headers["cmr-x-api-key"] == "other-key"
    assert fake.requests[-1].extensions["timeout"]["read"] == 3.0
    # Dropping (or closing) the copy must not close the connections the original still uses.
    drive.run(copy.close())
    del copy
    gc.collect()
    drive.run(cmr.users.get(user_id="u1"))
    assert fake.requests[-1].headers["cmr-x-api-key"] == KEY
    assert fake.calls == 2


def test_with_options_validates(drive: Driver) -> None:
    cmr = drive.client(ScriptedCMR())
    with pytest.raises(ConfigurationError):
        cmr.with_options(max_retries=-1)
    with pytest.raises(ConfigurationError, match="CMR_SANDBOX_BASE_URL"):
        cmr.with_options(sandbox=True, base_url=None)


def test_sync_context_manager_closes_only_its_own_http_client() -> None:
    with ColdMailReseller(api_key=KEY, rate_limit=None) as owned:
        own_http = owned._http
    assert own_http.is_closed

    user_http = httpx.Client(transport=httpx.MockTransport(ScriptedCMR(ok(USER)).handle))
    with ColdMailReseller(api_key=KEY, base_url=BASE, http_client=user_http, rate_limit=None) as cmr:
        cmr.users.get(user_id="u1")
    assert not user_http.is_closed
    cmr.close()
    assert not user_http.is_closed
    user_http.close()


def test_close_closes_an_owned_http_client() -> None:
    cmr = ColdMailReseller(api_key=KEY)
    cmr.close()
    assert cmr._http.is_closed


def test_async_context_manager_closes_only_its_own_http_client() -> None:
    fake = ScriptedCMR(ok(USER))
    user_http = httpx.AsyncClient(transport=httpx.MockTransport(fake.handle_async))

    async def scenario() -> httpx.AsyncClient:
        async with AsyncColdMailReseller(api_key=KEY, rate_limit=None) as owned:
            pass
        async with AsyncColdMailReseller(api_key=KEY, base_url=BASE, http_client=user_http) as cmr:
            await cmr.users.get(user_id="u1")
        await cmr.close()
        return owned._http

    assert asyncio.run(scenario()).is_closed
    assert not user_http.is_closed
    assert fake.calls == 1
    asyncio.run(user_http.aclose())


SANDBOX_CALLS = {
    "sandbox_list": {},
    "sandbox_reset": {},
    "sandbox_order": {"order": [{"domain": "example.com"}], "service_provider": "GOOGLE"},
}


@pytest.mark.parametrize("call", sorted(SANDBOX_CALLS))
def test_sandbox_only_operations_refused_in_production(drive: Driver, cmr_fake: FakeCMR, call: str) -> None:
    cmr = drive.kit(cmr_fake)
    with pytest.raises(ConfigurationError, match="sandbox=True"):
        drive.run(getattr(cmr.prewarmup, call)(**SANDBOX_CALLS[call]))
    with pytest.raises(ConfigurationError, match="sandbox=True"):
        drive.run(getattr(cmr.prewarmup.with_raw_response, call)(**SANDBOX_CALLS[call]))
    assert cmr_fake.requests == []
