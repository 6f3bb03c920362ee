"""`rate_limit_store=` on the clients: configuration, a 429 holding back every client of the key, a store that
dies in the middle of a run, and asyncio clients sharing one store."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from benchmarks._payloads import USER_ID, user_envelope
from coldmailreseller import AsyncColdMailReseller, ColdMailReseller, ConfigurationError
from coldmailreseller._pacing import registry
from coldmailreseller._pacing import store as contract
from coldmailreseller._timing import Timing
from tests.support.servers import RedisServer, free_port


def _stats(base_url: str) -> tuple[int, int]:
    stats = httpx.get(f"{base_url}/_stats").json()
    return stats["ok"], stats["rejected"]


# -- configuration ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "store", ["memcached://127.0.0.1:11211", "sqlite://relative.db", "sqlite:///", "/tmp/pace.sqlite3", ""]
)
def test_an_unknown_store_is_refused_when_the_client_is_made(store: str) -> None:
    with pytest.raises(ConfigurationError, match="rate_limit_store"):
        ColdMailReseller(api_key="k", rate_limit_store=store)


def test_the_store_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CMR_RATE_LIMIT_STORE", f"sqlite://{tmp_path}/pace.sqlite3")
    with ColdMailReseller(api_key="k") as cmr:
        assert cmr.rate_limit_store == f"sqlite://{tmp_path}/pace.sqlite3"
        # An argument wins over the environment.
        assert cmr.with_options(rate_limit_store="memory").rate_limit_store == "memory"
    monkeypatch.delenv("CMR_RATE_LIMIT_STORE")
    with ColdMailReseller(api_key="k") as cmr:
        assert cmr.rate_limit_store == "memory"


@pytest.mark.parametrize("url", ["redis://:s3cret@127.0.0.1:1/0", "redis://127.0.0.1:1/0?password=s3cret"])
def test_a_password_in_the_store_url_is_never_shown(url: str) -> None:
    # redis-py connects on first use, so this makes no connection.
    with ColdMailReseller(api_key="k", rate_limit_store=url) as cmr:
        assert "s3cret" not in repr(cmr)
        assert "s3cret" not in repr(cmr._settings)  # shown in tracebacks' locals (the requester holds it)
        assert cmr.rate_limit_store == "redis://127.0.0.1:1/0"
    with pytest.raises(ConfigurationError) as raised:
        ColdMailReseller(api_key="k", rate_limit_store="redis+sentinel://:s3cret@host:1/0")
    assert "s3cret" not in str(raised.value)


def test_redis_py_is_needed_only_by_a_redis_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    monkeypatch.delitem(sys.modules, "coldmailreseller._pacing.redis", raising=False)
    monkeypatch.setattr(registry, "_stores", {})
    with pytest.raises(ConfigurationError, match=r"pip install 'coldmailreseller\[redis\]'"):
        ColdMailReseller(api_key="k", rate_limit_store="redis://127.0.0.1:6379/0")
    ColdMailReseller(api_key="k").close()


def test_copies_share_the_pace_and_another_key_gets_its_own(tmp_path: Path) -> None:
    with ColdMailReseller(api_key="k", rate_limit_store=f"sqlite://{tmp_path}/p.sqlite3") as cmr:
        assert cmr.with_options(max_retries=0)._pacer is cmr._pacer
        other = cmr.with_options(api_key="another-key")._pacer
        assert other is not None and cmr._pacer is not None
        assert other.store is cmr._pacer.store and other.key != cmr._pacer.key


# -- a 429 holds back every client of the key ------------------------------------------------------------------


def test_a_retry_after_seen_by_one_client_holds_back_another(tmp_path: Path) -> None:
    """Two clients (as in two processes) on one store: the first is told Retry-After: 2, the second then waits."""
    answers = iter([httpx.Response(429, headers={"retry-after": "2"}, json={"status": 429, "message": "slow down"})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(200, content=user_envelope()))

    store = f"sqlite://{tmp_path}/pace.sqlite3"
    slept: dict[str, list[float]] = {"first": [], "second": []}
    clients = {}
    for name in slept:
        client = ColdMailReseller(
            api_key="k",
            base_url="https://cmr.test",
            rate_limit_store=store,
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        )
        client._use_timing(Timing(sleep=slept[name].append))  # record the waits instead of waiting
        clients[name] = client
    assert clients["first"].users.get(user_id=USER_ID).id == USER_ID
    assert 2.0 in slept["first"]  # its own retry waited as asked
    assert clients["second"].users.get(user_id=USER_ID).id == USER_ID
    assert len(slept["second"]) == 1 and slept["second"][0] >= 1.9


# -- a store that dies -----------------------------------------------------------------------------------------


def test_calls_go_on_when_redis_dies_and_share_again_when_it_is_back(
    limited_server: str, own_redis: RedisServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contract, "RECONNECT_AFTER", 0.3)
    _ok, rejected_before = _stats(limited_server)
    with ColdMailReseller(
        api_key="dying-store", base_url=f"{limited_server}/limited", rate_limit_store=own_redis.url, max_retries=0
    ) as cmr:
        caplog.set_level(logging.INFO, logger="coldmailreseller")
        for _ in range(3):
            cmr.users.get(user_id=USER_ID)
        own_redis.kill()
        for _ in range(6):  # 1.2 s: the store is tried again (and fails) several times
            assert cmr.users.get(user_id=USER_ID).id == USER_ID
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "pacing store" in r.message]
        assert len(warnings) == 1, "one warning per outage, however many calls and retries"
        assert own_redis.url in warnings[0].message and "pacing each client on its own" in warnings[0].message

        own_redis.start()
        time.sleep(0.35)
        cmr.users.get(user_id=USER_ID)
        assert any("answers again" in r.message for r in caplog.records)
    _ok, rejected_after = _stats(limited_server)
    assert rejected_after == rejected_before  # local pacing kept the lone client under the limit
    import redis

    with redis.Redis.from_url(own_redis.url) as connection:
        assert connection.exists(contract.pacing_key("dying-store")) == 1  # pacing is shared again


# -- several clients of one process ----------------------------------------------------------------------------


def test_asyncio_clients_on_one_redis_store_stay_under_the_limit(limited_server: str, redis_url: str) -> None:
    async def run() -> None:
        clients = [
            AsyncColdMailReseller(
                api_key="async-fleet", base_url=f"{limited_server}/limited", rate_limit_store=redis_url, max_retries=0
            )
            for _ in range(3)
        ]
        try:
            # Connected first (unpaced, on the unlimited route): a request that must open its connection leaves
            # later than its slot by the handshake, which pacing cannot see (see the README).
            for client in clients:
                await client.with_options(base_url=limited_server, rate_limit=None).users.get(user_id=USER_ID)
            await asyncio.gather(*(c.users.get(user_id=USER_ID) for c in clients for _ in range(4)))
        finally:
            for client in clients:
                await client.close()

    ok_before, rejected_before = _stats(limited_server)
    asyncio.run(run())
    ok_after, rejected_after = _stats(limited_server)
    assert (ok_after - ok_before, rejected_after - rejected_before) == (12, 0)


def test_threads_with_their_own_clients_on_one_sqlite_store_stay_under_the_limit(
    limited_server: str, tmp_path: Path
) -> None:
    store = f"sqlite://{tmp_path}/pace.sqlite3"
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with ColdMailReseller(
                api_key="thread-fleet", base_url=f"{limited_server}/limited", rate_limit_store=store, max_retries=0
            ) as cmr:
                # Connected first, unpaced, as in the asyncio test above (a handshake is invisible to pacing).
                cmr.with_options(base_url=limited_server, rate_limit=None).users.get(user_id=USER_ID)
                barrier.wait(timeout=30)
                for _ in range(4):
                    cmr.users.get(user_id=USER_ID)
        except BaseException as exc:  # reported below: a 429 raises RateLimitError with max_retries=0
            errors.append(exc)

    barrier = threading.Barrier(3)
    ok_before, rejected_before = _stats(limited_server)
    threads = [threading.Thread(target=worker) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    ok_after, rejected_after = _stats(limited_server)
    assert errors == []
    assert (ok_after - ok_before, rejected_after - rejected_before) == (12, 0)


def test_a_store_down_from_the_start_costs_one_warning_and_no_call(
    limited_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    caplog.set_level(logging.WARNING, logger="coldmailreseller")
    with ColdMailReseller(
        api_key="no-store", base_url=f"{limited_server}/limited", rate_limit_store=url, max_retries=0
    ) as cmr:
        assert [cmr.users.get(user_id=USER_ID).id for _ in range(3)] == [USER_ID] * 3
    [warning] = [r.message for r in caplog.records if "pacing store" in r.message]
    assert warning.startswith(f"pacing store {url} is unreachable (ConnectionError: ")
