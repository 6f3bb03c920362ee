"""Client settings: the API key, environment, base URL, timeouts, answer size, retries, rate limit and its store."""

from __future__ import annotations

import os
from dataclasses import dataclass

import httpx

from coldmailreseller_generated import api

from ._limits import DEFAULT_MAX_RESPONSE_BYTES
from .errors import ConfigurationError

# The production server and the key headers come from the spec.
PRODUCTION_URL = api.BASE_URL
PRODUCTION_KEY_HEADER = api.API_KEY_HEADER
SANDBOX_KEY_HEADER = api.SANDBOX_API_KEY_HEADER
API_KEY_ENV = "CMR_API_KEY"
SANDBOX_API_KEY_ENV = "CMR_SANDBOX_API_KEY"
BASE_URL_ENV = "CMR_BASE_URL"
SANDBOX_BASE_URL_ENV = "CMR_SANDBOX_BASE_URL"
RATE_LIMIT_STORE_ENV = "CMR_RATE_LIMIT_STORE"
# Connecting should be quick; some calls (orders, exports) answer only after CMR has queued the work.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
# The documented limit is 5 requests per second per partner key.
DEFAULT_RATE_LIMIT = 5.0
# Where the pace is kept: this client only ("memory"), or a store shared by processes and hosts.
MEMORY_STORE = "memory"
STORE_SCHEMES = ("sqlite:///", "redis://", "rediss://")


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


@dataclass(frozen=True, slots=True)
class Settings:
    api_key: Secret
    base_url: str
    sandbox: bool
    timeout: httpx.Timeout
    max_retries: int
    rate_limit: float | None
    rate_limit_store: str
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @property
    def key_header(self) -> str:
        return SANDBOX_KEY_HEADER if self.sandbox else PRODUCTION_KEY_HEADER


def as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def check_max_response_bytes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigurationError(f"max_response_bytes must be a positive number of bytes, got {value!r}")
    return value


def check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


def check_rate_limit(rate_limit: float | None) -> float | None:
    if rate_limit is None or rate_limit == 0:
        return None
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, int | float) or rate_limit < 0:
        raise ConfigurationError(f"rate_limit must be requests per second (> 0) or None to disable, got {rate_limit!r}")
    return float(rate_limit)


def check_store(store: str | None) -> str:
    """`memory`, `sqlite:///absolute/path` or `redis://host:port/db`; None reads CMR_RATE_LIMIT_STORE."""
    value = store if store is not None else os.environ.get(RATE_LIMIT_STORE_ENV) or MEMORY_STORE
    if not isinstance(value, str):
        raise ConfigurationError(f"rate_limit_store must be a string, got {type(value).__name__}")
    value = value.strip()
    if value == MEMORY_STORE:
        return value
    if not value.startswith(STORE_SCHEMES):
        from ._redact import redacted_store  # only for the message: a URL may carry a password

        raise ConfigurationError(
            "rate_limit_store must be 'memory', 'sqlite:///absolute/path' or 'redis://host:port/db', "
            f"got {redacted_store(value)!r}"
        )
    if value.startswith("sqlite:///") and len(value) == len("sqlite:///"):
        raise ConfigurationError("rate_limit_store 'sqlite:///' names no file: use sqlite:///absolute/path")
    return value


def resolve(
    *,
    api_key: str | None,
    base_url: str | None,
    sandbox: bool,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    rate_limit: float | None,
    rate_limit_store: str | None = None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> Settings:
    key_env = SANDBOX_API_KEY_ENV if sandbox else API_KEY_ENV
    key = api_key if api_key is not None else os.environ.get(key_env)
    if key is None or not key.strip():
        kind = "sandbox API key" if sandbox else "API key"
        raise ConfigurationError(f"No {kind}: pass api_key=... or set the {key_env} environment variable.")
    if sandbox:
        url = base_url or os.environ.get(SANDBOX_BASE_URL_ENV)
        if not url:
            raise ConfigurationError(
                "The sandbox base URL is not documented upstream: pass base_url=... or set "
                f"{SANDBOX_BASE_URL_ENV} to the URL CMR gave you."
            )
    else:
        url = base_url or os.environ.get(BASE_URL_ENV) or PRODUCTION_URL
    if not url.startswith(("https://", "http://")):
        raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
    return Settings(
        api_key=Secret(key.strip()),
        base_url=url.rstrip("/"),
        sandbox=sandbox,
        timeout=as_timeout(timeout),
        max_retries=check_retries(max_retries),
        rate_limit=check_rate_limit(rate_limit),
        rate_limit_store=check_store(rate_limit_store),
        max_response_bytes=check_max_response_bytes(max_response_bytes),
    )
