"""The pacing registry: every scheme it knows, what it refuses (never showing a password), and a store object
passed as `rate_limit_store=`, shared by two clients."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from benchmarks._payloads import USER_ID, user_envelope
from coldmailreseller import ColdMailReseller, ConfigurationError
from coldmailreseller._pacing import registry
from coldmailreseller._pacing.pacer import MARGIN
from coldmailreseller._pacing.redis import RedisPacingStore
from coldmailreseller._pacing.sqlite import SQLitePacingStore
from coldmailreseller._pacing.store import PacingHealth, PacingStore, pacing_key
from coldmailreseller._timing import Timing

SECRET = "s3cret-pw"


@pytest.fixture(autouse=True)
def no_store_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMR_RATE_LIMIT_STORE", raising=False)


# -- every scheme ----------------------------------------------------------------------------------------------


def test_memory_is_no_store() -> None:
    assert registry.check(None) == registry.check(" memory ") == "memory"
    assert registry.open_store("memory") is None
    assert registry.shown("memory") == "memory"


def test_sqlite_opens_an_sqlite_store_shown_as_given(tmp_path: Path) -> None:
    url = f"sqlite://{tmp_path}/pace.sqlite3"
    assert registry.check(f"  {url}\n") == url
    store = registry.open_store(url)
    assert isinstance(store, SQLitePacingStore) and isinstance(store, PacingStore)
    assert registry.open_store(url) is store  # one per URL and process
    assert registry.shown(url) == repr(store) == url


@pytest.mark.parametrize("scheme", ["redis", "rediss"])
def test_redis_schemes_open_a_redis_store_shown_without_the_password(scheme: str) -> None:
    url = f"{scheme}://:{SECRET}@127.0.0.1:1/3"  # redis-py connects on first use: nothing is contacted here
    assert registry.check(url) == url
    store = registry.open_store(url)
    assert isinstance(store, RedisPacingStore) and isinstance(store, PacingStore)
    assert registry.shown(url) == repr(store) == store.health.name == f"{scheme}://127.0.0.1:1/3"


def test_every_registered_scheme_is_covered_here() -> None:
    assert set(registry._BACKENDS) == {"sqlite", "redis", "rediss"}


# -- what is refused -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        f"memcached://user:{SECRET}@127.0.0.1:11211",
        f"redis+sentinel://:{SECRET}@host:1/0",
        f"mysql://root:{SECRET}@db/pace",
        f"{SECRET}",
        "",
        "/tmp/pace.sqlite3",
    ],
)
def test_an_unknown_scheme_is_refused_without_its_password(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="rate_limit_store must be 'memory', 'sqlite:///") as raised:
        registry.check(value)
    assert SECRET not in str(raised.value)
    monkeypatch.setenv("CMR_RATE_LIMIT_STORE", value or "nothing")
    with pytest.raises(ConfigurationError) as from_env:
        ColdMailReseller(api_key="k")
    assert SECRET not in str(from_env.value)


@pytest.mark.parametrize(
    ("url", "reason"), [("sqlite://relative.db", "not an absolute path"), ("sqlite:///", "names no file")]
)
def test_an_sqlite_url_naming_no_file_is_refused(url: str, reason: str) -> None:
    with pytest.raises(ConfigurationError, match=reason):
        registry.check(url)


@pytest.mark.parametrize("value", [42, b"redis://h:1/0", object()])
def test_a_value_that_is_neither_a_url_nor_a_store_is_refused(value: object) -> None:
    with pytest.raises(ConfigurationError, match="PacingStore"):
        ColdMailReseller(api_key="k", rate_limit_store=value)  # type: ignore[arg-type]


# -- a store object ----------------------------------------------------------------------------------------------


class FrozenStore:
    """A user's store: slots in a dict, on a clock that never moves (so every wait is a booking's)."""

    def __init__(self) -> None:
        self.health = PacingHealth("FrozenStore()")
        self.next: dict[str, float] = {}
        self.booked: list[str] = []
        self.prepared = 0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "FrozenStore()"

    def prepare(self) -> None:
        self.prepared += 1

    def reserve(self, key: str, interval: float) -> float | None:
        with self._lock:
            slot = self.next.get(key, 0.0)
            self.next[key] = slot + interval
            self.booked.append(key)
            return slot

    def push(self, key: str, seconds: float) -> bool:
        with self._lock:
            self.next[key] = max(self.next.get(key, 0.0), seconds)
            return True

    async def prepare_async(self) -> None:
        self.prepare()

    async def reserve_async(self, key: str, interval: float) -> float | None:
        return self.reserve(key, interval)

    async def push_async(self, key: str, seconds: float) -> bool:
        return self.push(key, seconds)


def _client(store: FrozenStore, slept: list[float], api_key: str = "shared-key") -> ColdMailReseller:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=user_envelope())

    client = ColdMailReseller(
        api_key=api_key,
        base_url="https://cmr.test",
        rate_limit=5,
        rate_limit_store=store,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client._use_timing(Timing(sleep=slept.append))  # record the waits instead of waiting
    return client


def test_a_store_object_implements_the_contract() -> None:
    assert isinstance(FrozenStore(), PacingStore)
    assert registry.check(store := FrozenStore()) is store
    assert registry.open_store(store) is store


def test_two_clients_given_one_store_object_pace_on_it() -> None:
    store, interval = FrozenStore(), MARGIN / 5
    first_slept: list[float] = []
    second_slept: list[float] = []
    first, second = _client(store, first_slept), _client(store, second_slept)
    for _ in range(2):
        assert first.users.get(user_id=USER_ID).id == USER_ID
    assert second.users.get(user_id=USER_ID).id == USER_ID
    # One key, one row of slots: the second client's first call waits behind the first client's two.
    assert store.booked == [pacing_key("shared-key")] * 3
    assert first_slept == [pytest.approx(interval)]
    assert second_slept == [pytest.approx(2 * interval)]
    assert store.prepared == 3
    # Shown by its repr, as a URL would be.
    assert first.rate_limit_store == "FrozenStore()"
    assert "rate_limit_store='FrozenStore()'" in repr(second)
    # Copies share the pacer; another key gets its own slots in the same store.
    assert first.with_options(max_retries=0)._pacer is first._pacer
    other = first.with_options(api_key="other-key")
    assert other._pacer is not None and other._pacer.store is store
    other.users.get(user_id=USER_ID)
    assert store.booked[-1] == pacing_key("other-key")


def test_an_object_missing_part_of_the_contract_is_refused() -> None:
    class Half:
        health = PacingHealth("half")

        def reserve(self, key: str, interval: float) -> float | None:
            return 0.0

    with pytest.raises(ConfigurationError, match="PacingStore"):
        ColdMailReseller(api_key="k", rate_limit_store=Half())  # type: ignore[arg-type]
