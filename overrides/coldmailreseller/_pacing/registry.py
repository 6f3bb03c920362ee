"""The pacing store registry: the one place where a `rate_limit_store` value is checked, shown and turned into a
store. Each URL scheme maps to its backend here (`_BACKENDS`); adding a store is one entry and its module.

A value is `memory` (each client paces on its own), a URL of a registered scheme, or an object implementing
the `PacingStore` contract (store.py), used as it is. URLs are shown without their password (`shown`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from .._redact import redacted_redis_url
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from .store import PacingStore

    StoreValue: TypeAlias = "str | PacingStore"

MEMORY = "memory"


def _no_problem(_url: str) -> str | None:
    return None


class Backend:
    """One URL scheme: the form shown in messages, how its URLs are shown, checked and opened. A plain class: a
    dataclass costs the client's import a millisecond."""

    __slots__ = ("form", "open", "problem", "shown")

    def __init__(
        self,
        form: str,
        shown: Callable[[str], str],
        open: Callable[[str, str], PacingStore],
        problem: Callable[[str], str | None] = _no_problem,
    ) -> None:
        self.form = form
        self.shown = shown
        # The store for a URL (and the name it shows as): imports its driver only then, so that nobody pays for
        # sqlite3 or redis-py unused.
        self.open = open
        # Why a URL of the scheme still names no store, or None.
        self.problem = problem


def _sqlite_problem(url: str) -> str | None:
    path = url[len("sqlite://") :]
    if not path.startswith("/"):
        return f"{url!r} is not an absolute path: use sqlite:///absolute/path"
    if path == "/":
        return "'sqlite:///' names no file: use sqlite:///absolute/path"
    return None


def _open_sqlite(url: str, name: str) -> PacingStore:
    from .sqlite import SQLitePacingStore

    return SQLitePacingStore(url[len("sqlite://") :], name=name)


def _open_redis(url: str, name: str) -> PacingStore:
    try:
        from .redis import RedisPacingStore
    except ImportError:
        raise ConfigurationError(
            f"rate_limit_store {name!r} needs redis-py: pip install 'coldmailreseller[redis]'"
        ) from None
    return RedisPacingStore(url, name=name)


def _as_given(url: str) -> str:
    return url


_BACKENDS: dict[str, Backend] = {
    "sqlite": Backend("sqlite:///absolute/path", _as_given, _open_sqlite, _sqlite_problem),
    "redis": Backend("redis://host:port/db", redacted_redis_url, _open_redis),
    "rediss": Backend("rediss://host:port/db", redacted_redis_url, _open_redis),
}


def _backend(url: str) -> Backend | None:
    scheme, sep, _rest = url.partition("://")
    return _BACKENDS.get(scheme) if sep else None


def _is_store(value: object) -> bool:
    from .store import PacingStore

    return isinstance(value, PacingStore)


def check(value: object) -> StoreValue:
    """The `rate_limit_store` value to keep (a URL stripped, a store object as it is); None means `memory`.
    ConfigurationError for anything else, never showing a password."""
    if value is None:
        return MEMORY
    if not isinstance(value, str):
        if _is_store(value):
            return value  # type: ignore[return-value]  # checked by _is_store
        raise ConfigurationError(
            "rate_limit_store must be a URL or an object implementing coldmailreseller's PacingStore contract, "
            f"got {type(value).__name__}"
        )
    url = value.strip()
    if url == MEMORY:
        return url
    backend = _backend(url)
    if backend is None:
        forms = ", ".join(repr(b.form) for b in _BACKENDS.values())
        raise ConfigurationError(f"rate_limit_store must be 'memory', {forms} or a store object, got {shown(url)!r}")
    problem = backend.problem(url)
    if problem is not None:
        raise ConfigurationError(f"rate_limit_store {problem}")
    return url


def shown(value: StoreValue) -> str:
    """A `rate_limit_store` value as it may be shown (reprs, messages, logs): a URL without its password (an
    unknown scheme reduced to `scheme://...`), a store object by its repr."""
    if not isinstance(value, str):
        return repr(value)
    if value == MEMORY:
        return value
    backend = _backend(value)
    if backend is not None:
        return backend.shown(value)
    scheme, sep, _rest = value.partition("://")
    return f"{scheme}://..." if sep else "<not a URL>"


_stores: dict[str, PacingStore] = {}
_stores_lock = threading.Lock()


def open_store(value: StoreValue) -> PacingStore | None:
    """The store for a checked value: None for `memory`, a store object itself, and for a URL one store per
    process and URL, made once, so that the clients of a process share its connections. A store keeps its
    connections per process (_perprocess.py), so a client made before a fork paces on connections of its own
    in each child."""
    if not isinstance(value, str):
        return value
    if value == MEMORY:
        return None
    with _stores_lock:
        store = _stores.get(value)
        if store is None:
            backend = _backend(value)
            if backend is None:  # check() refuses these: a value that skipped it
                raise ConfigurationError(f"rate_limit_store {shown(value)!r} is not a known store")
            store = _stores[value] = backend.open(value, backend.shown(value))
        return store
