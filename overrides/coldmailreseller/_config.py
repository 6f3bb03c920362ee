"""Client settings, declared once: `Settings` has one field per setting, whose metadata (`Setting`) says its
default, environment variable, check, whether `with_options` may change it and how reprs show it.

Everything else follows the declaration: the clients' resolution (`resolve`), `with_options` (`evolve`), their
repr (`shown`), their read-only properties (`SettingView`) and the testing kit's clients. Adding a setting is a
field here and its parameter in the clients' (and the kit's) signatures, which are written out for type
checkers; tests/client/test_client_config.py checks that those signatures and the declaration agree."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Generic, Never, TypeVar

import httpx

from coldmailreseller_generated import api

from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from ._pacing import registry as pacing_registry
from .errors import ConfigurationError

if TYPE_CHECKING:
    from .webhooks.event_store import EventStore

# The production server and the key headers come from the spec.
PRODUCTION_URL = api.BASE_URL
PRODUCTION_KEY_HEADER = api.API_KEY_HEADER
SANDBOX_KEY_HEADER = api.SANDBOX_API_KEY_HEADER
API_KEY_ENV = "CMR_API_KEY"
SANDBOX_API_KEY_ENV = "CMR_SANDBOX_API_KEY"
BASE_URL_ENV = "CMR_BASE_URL"
SANDBOX_BASE_URL_ENV = "CMR_SANDBOX_BASE_URL"
RATE_LIMIT_STORE_ENV = "CMR_RATE_LIMIT_STORE"
EVENT_STORE_ENV = "CMR_EVENT_STORE"  # the same variable webhooks.EventStore.from_env() reads
# Connecting should be quick; some calls (orders, exports) answer only after CMR has queued the work.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
# The documented limit is 5 requests per second per partner key.
DEFAULT_RATE_LIMIT = 5.0
# Where pacing is kept: this client only ("memory"), or a pacing store shared by processes and hosts.
MEMORY_STORE = pacing_registry.MEMORY


class Secret:
    """Holds the API key so that it never shows in a repr, a log line or an exception."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__


class KeyHeaderValue(str):
    """The key as the request header's value: a `str` (httpx encodes it like any other), whose repr is masked,
    so that a dict of headers shown in a traceback's locals or a debugger does not show it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'**********'"


def as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout))


# -- the checks: (the value given, or read from the environment; None when neither, the settings resolved so far)


def check_sandbox(sandbox: object, _resolved: Mapping[str, Any]) -> bool:
    return bool(sandbox)


def check_api_key(key: str | None, resolved: Mapping[str, Any]) -> Secret:
    if key is None or not isinstance(key, str) or not key.strip():
        kind, env = ("sandbox API key", SANDBOX_API_KEY_ENV) if resolved["sandbox"] else ("API key", API_KEY_ENV)
        raise ConfigurationError(f"No {kind}: pass api_key=... or set the {env} environment variable.")
    return Secret(key.strip())


def check_base_url(url: str | None, resolved: Mapping[str, Any]) -> str:
    if url is None:
        if resolved["sandbox"]:
            raise ConfigurationError(
                "The sandbox base URL is not documented upstream: pass base_url=... or set "
                f"{SANDBOX_BASE_URL_ENV} to the URL CMR gave you."
            )
        url = PRODUCTION_URL
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
    return url.rstrip("/")


def check_timeout(timeout: float | httpx.Timeout | None, _resolved: Mapping[str, Any]) -> httpx.Timeout:
    return as_timeout(timeout)


def check_max_response_bytes(value: int, _resolved: Mapping[str, Any] | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"max_response_bytes must be a positive number of bytes, got {value!r}")
    return value


def check_retries(max_retries: int, _resolved: Mapping[str, Any] | None = None) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


def check_rate_limit(rate_limit: float | None, _resolved: Mapping[str, Any] | None = None) -> float | None:
    if rate_limit is None or rate_limit == 0:
        return None
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int | float) or rate_limit < 0:
        raise ConfigurationError(f"rate_limit must be requests per second (> 0) or None to disable, got {rate_limit!r}")
    return float(rate_limit)


def check_store(store: object, _resolved: Mapping[str, Any] | None = None) -> pacing_registry.StoreValue:
    """`memory` (None too), a URL of a pacing store, or a `PacingStore` object: the pacing registry decides."""
    return pacing_registry.check(store)


def check_event_store(store: object, _resolved: Mapping[str, Any] | None = None) -> EventStore | None:
    """An `EventStore`, or its URL (opened here: the store checks it; opening connects to nothing), or None."""
    if store is None:
        return None
    from .webhooks.event_store import open_store  # only a client that waits for outcomes needs the webhooks

    try:
        return open_store(store)
    except ConfigurationError as exc:
        raise ConfigurationError(f"event_store: {exc}") from None


def _store_shown(store: EventStore | None) -> str:
    return "None" if store is None else repr(store.location)


# -- the declaration -------------------------------------------------------------------------------------------


def _masked(_value: object) -> str:
    return "'**********'"


class Setting:
    """How one setting is given, checked and shown. A plain class: a dataclass costs the import a millisecond."""

    __slots__ = ("blank_is_unset", "changeable", "check", "default", "env", "exposed", "sandbox_env", "shown")

    def __init__(
        self,
        *,
        default: object,
        check: Callable[[Any, Mapping[str, Any]], Any],
        env: str | None = None,
        sandbox_env: str | None = None,
        blank_is_unset: bool = False,
        changeable: bool = True,
        shown: Callable[[Any], str] | None = repr,
        exposed: Callable[[Any], Any] | None = None,
    ) -> None:
        self.default = default  # the clients' default argument
        self.check = check  # the value given (or read from `env`; None when neither) -> the value kept
        self.env = env  # read when the argument is None (empty counts as unset)
        self.sandbox_env = sandbox_env  # read instead of `env` with sandbox=True
        self.blank_is_unset = blank_is_unset  # an empty string given counts as not given (reads `env`)
        self.changeable = changeable  # whether with_options() takes it
        self.shown = shown  # how the clients' repr shows the value kept; None: not shown
        self.exposed = exposed  # the read-only property's value from the value kept (None: as kept)

    def environment(self, resolved: Mapping[str, Any]) -> str | None:
        name = self.sandbox_env if self.sandbox_env is not None and resolved.get("sandbox") else self.env
        return None if name is None else os.environ.get(name) or None


def declare(**declared: Any) -> dict[str, Setting]:
    """A `Settings` field's metadata: `field(metadata=declare(default=..., check=...))`."""
    return {"setting": Setting(**declared)}


@dataclass(frozen=True, slots=True)
class Settings:
    """One client's settings, in the order they are resolved (each check sees the ones before it) and shown."""

    sandbox: bool = field(metadata=declare(default=False, check=check_sandbox))
    api_key: Secret = field(
        metadata=declare(
            default=None, check=check_api_key, env=API_KEY_ENV, sandbox_env=SANDBOX_API_KEY_ENV, shown=_masked
        )
    )
    base_url: str = field(
        metadata=declare(
            default=None,
            check=check_base_url,
            env=BASE_URL_ENV,
            sandbox_env=SANDBOX_BASE_URL_ENV,
            blank_is_unset=True,
        )
    )
    timeout: httpx.Timeout = field(metadata=declare(default=DEFAULT_TIMEOUT, check=check_timeout, shown=None))
    max_retries: int = field(metadata=declare(default=DEFAULT_MAX_RETRIES, check=check_retries))
    rate_limit: float | None = field(metadata=declare(default=DEFAULT_RATE_LIMIT, check=check_rate_limit))
    rate_limit_store: pacing_registry.StoreValue = field(
        metadata=declare(
            default=None,
            check=check_store,
            env=RATE_LIMIT_STORE_ENV,
            shown=lambda store: repr(pacing_registry.shown(store)),
            exposed=pacing_registry.shown,
        )
    )
    max_response_bytes: int = field(
        metadata=declare(default=DEFAULT_MAX_RESPONSE_BYTES, check=check_max_response_bytes, shown=None)
    )
    event_store: EventStore | None = field(
        metadata=declare(default=None, check=check_event_store, env=EVENT_STORE_ENV, shown=_store_shown)
    )

    @property
    def key_header(self) -> str:
        return SANDBOX_KEY_HEADER if self.sandbox else PRODUCTION_KEY_HEADER

    def shown(self) -> str:
        """The settings as reprs show them (`name=value, ...`): no secret, no password."""
        parts = []
        for name, setting in SETTINGS.items():
            if setting.shown is not None:
                parts.append(f"{name}={setting.shown(getattr(self, name))}")
        return ", ".join(parts)

    def __repr__(self) -> str:
        return f"Settings({self.shown()})"

    def given(self) -> dict[str, Any]:
        """The settings as arguments that resolve to them again (the key revealed: for `evolve` only)."""
        values = {name: getattr(self, name) for name in SETTINGS}
        values["api_key"] = self.api_key.reveal()
        return values


SETTINGS: dict[str, Setting] = {f.name: f.metadata["setting"] for f in fields(Settings)}
# with_options() takes these.
CHANGEABLE = tuple(name for name, setting in SETTINGS.items() if setting.changeable)


def arguments(values: Mapping[str, Any]) -> dict[str, Any]:
    """The settings among a signature's arguments (`locals()` of the clients' and the kit's constructors)."""
    return {name: values[name] for name in SETTINGS if name in values}


def resolve(given: Mapping[str, Any]) -> Settings:
    """Settings from arguments (missing ones take their declared default): each argument that is None reads its
    environment variable, then its check decides, in declaration order."""
    unknown = set(given) - set(SETTINGS)
    if unknown:
        raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
    resolved: dict[str, Any] = {}
    for name, setting in SETTINGS.items():
        value = given.get(name, setting.default)
        if value is None or (setting.blank_is_unset and value == ""):
            value = setting.environment(resolved)
        resolved[name] = setting.check(value, resolved)
    return Settings(**resolved)


def evolve(settings: Settings, changes: Mapping[str, Any]) -> Settings:
    """`with_options`: the settings with some changed, checked again as a whole."""
    refused = [name for name in changes if name not in CHANGEABLE]
    if refused:
        raise TypeError(f"with_options() cannot change {', '.join(refused)}")
    return resolve({**settings.given(), **changes})


T = TypeVar("T")


class SettingView(Generic[T]):
    """A client's read-only property for a setting: `timeout: SettingView[httpx.Timeout] = SettingView()` in the
    class body, named by the attribute, valued from the client's `_settings` (through `Setting.exposed`)."""

    __slots__ = ("_exposed", "_name")

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self._exposed = SETTINGS[name].exposed

    def __get__(self, client: Any, owner: type | None = None) -> T:
        if client is None:
            return self  # type: ignore[return-value]  # the class attribute: the descriptor itself
        value = getattr(client._settings, self._name)
        return value if self._exposed is None else self._exposed(value)  # type: ignore[no-any-return]

    def __set__(self, client: Any, value: Never) -> None:  # Never: type checkers refuse the assignment too
        raise AttributeError(f"{self._name} is read-only: use with_options({self._name}=...) for a copy")
