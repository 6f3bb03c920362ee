"""Building clients: API key and base URL resolution, sandbox mode, settings validation, copies and closing.

These set keys, base URLs and HTTP clients of their own, so they run on the scripted stand-in rather than on the
testing kit (whose clients are bound to its own key and URL)."""

from __future__ import annotations

import asyncio
import gc
import inspect
from typing import Any

import httpx
import pytest

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller, ConfigurationError
from coldmailreseller._client import _Base
from coldmailreseller._config import CHANGEABLE, SETTINGS, SettingView, resolve
from coldmailreseller.testing import FakeCMR
from tests.client.scripted import BASE, KEY, Driver, ScriptedCMR, ok

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


# -- the settings are declared once (_config.Settings) and everything else follows -----------------------------

# Arguments of the clients that are not settings: what the client sends with and whom it tells about drift.
WIRING = {"http_client", "on_drift"}


def _parameters(function: Any) -> dict[str, inspect.Parameter]:
    return {name: p for name, p in inspect.signature(function).parameters.items() if name != "self"}


@pytest.mark.parametrize("cls", [ColdMailReseller, AsyncColdMailReseller])
def test_the_constructor_takes_every_declared_setting_with_its_declared_default(cls: type[Any]) -> None:
    parameters = _parameters(cls.__init__)
    assert set(parameters) == set(SETTINGS) | WIRING
    for name, setting in SETTINGS.items():
        assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY
        assert parameters[name].default is setting.default or parameters[name].default == setting.default, name


@pytest.mark.parametrize("cls", [ColdMailReseller, AsyncColdMailReseller])
def test_with_options_takes_every_changeable_setting(cls: type[Any]) -> None:
    parameters = _parameters(cls.with_options)
    assert set(parameters) == set(CHANGEABLE)
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    # The types users' checkers see are those of the constructor.
    init = _parameters(cls.__init__)
    assert {n: p.annotation for n, p in parameters.items()} == {n: init[n].annotation for n in parameters}


@pytest.mark.parametrize("method", [FakeCMR.client, FakeCMR.async_client])
@pytest.mark.xfail(
    "event_store" not in inspect.signature(FakeCMR.client).parameters,
    reason="the kit's client() takes event_store on branch issue-21-kit (issue 21); remove this mark on merge",
    strict=True,
)
def test_the_kit_takes_every_setting_it_does_not_decide(method: Any) -> None:
    assert set(_parameters(method)) == set(SETTINGS) - set(FakeCMR._KIT_SETTINGS) | {"on_drift"}


def test_every_setting_but_the_key_is_a_read_only_property(drive: Driver) -> None:
    cmr = drive.client(ScriptedCMR(), timeout=7, max_response_bytes=1234)
    exposed = {name for name in SETTINGS if isinstance(vars(_Base).get(name), SettingView)}
    assert exposed == set(SETTINGS) - {"api_key"}
    assert (cmr.timeout, cmr.max_response_bytes, cmr.sandbox) == (httpx.Timeout(7.0), 1234, False)
    with pytest.raises(AttributeError, match="read-only"):
        cmr.max_retries = 5


def test_the_repr_shows_the_declared_settings_and_never_the_key(drive: Driver) -> None:
    cmr = drive.client(ScriptedCMR(), max_retries=3)
    shown = [name for name, setting in SETTINGS.items() if setting.shown is not None]
    text = repr(cmr)
    assert text.startswith(f"{type(cmr).__name__}(") and KEY not in text and KEY not in repr(cmr._settings)
    assert [part.split("=")[0] for part in text[text.index("(") + 1 : -1].split(", ")] == shown
    assert "max_retries=3" in text and "api_key='**********'" in text


def test_with_options_changes_every_changeable_setting(drive: Driver) -> None:
    cmr = drive.client(ScriptedCMR())
    changes = {
        "api_key": "other-key",
        "base_url": "https://other.cmr.test",
        "sandbox": True,
        "timeout": 4,
        "max_retries": 0,
        "rate_limit": 2,
        "rate_limit_store": "memory",
        "max_response_bytes": 99,
        "event_store": "memory",
    }
    assert set(changes) == set(CHANGEABLE)
    copy = cmr.with_options(**changes)
    settings = copy._settings
    assert settings.api_key.reveal() == "other-key"
    assert (settings.base_url, settings.sandbox, settings.timeout) == (
        "https://other.cmr.test",
        True,
        httpx.Timeout(4.0),
    )
    assert (settings.max_retries, settings.rate_limit, settings.max_response_bytes) == (0, 2.0, 99)
    assert settings.event_store is not None and settings.event_store.location == "memory"
    assert cmr._settings.max_retries == 2  # the original is unchanged


def test_the_kit_passes_its_settings_through(cmr_fake: FakeCMR) -> None:
    cmr = cmr_fake.client(max_response_bytes=4321, max_retries=1, rate_limit=3)
    assert (cmr.max_response_bytes, cmr.max_retries, cmr.rate_limit) == (4321, 1, 3.0)
    assert (cmr.base_url, cmr.rate_limit_store) == (cmr_fake.base_url, "memory")
    assert cmr._settings.api_key.reveal() == cmr_fake.api_key


def test_an_unknown_setting_is_refused() -> None:
    with pytest.raises(TypeError, match="unknown settings: colour"):
        resolve({"colour": "blue"})


def test_an_empty_base_url_reads_the_environment_as_before(drive: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    assert drive.client(ScriptedCMR(), base_url="").base_url == PRODUCTION_URL
    monkeypatch.setenv("CMR_BASE_URL", "https://proxy.test/cmr")
    assert drive.client(ScriptedCMR(), base_url="").base_url == "https://proxy.test/cmr"
