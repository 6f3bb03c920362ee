"""RedisDeduplicator against a real redis-server: its keys, expiry by the server, surviving a Redis restart, and
keeping the password out of sight. The store-agnostic contract is in test_dedup_lifecycle.py."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import redis

from coldmailreseller.errors import ConfigurationError
from coldmailreseller.webhooks import DeduplicationStoreError, RedisDeduplicator
from tests.support.servers import RedisServer

ROOT = Path(__file__).resolve().parents[2]


def test_keys_live_under_the_prefix_and_expire_on_the_server(redis_url: str) -> None:
    with (
        RedisDeduplicator(redis_url, ttl_seconds=100, key_prefix="app:hooks:") as store,
        redis.Redis.from_url(redis_url, decode_responses=True) as raw,
    ):
        assert store.seen("a") is False
        claim = store.claim("b", lease_seconds=30)
        assert claim is not None
        assert sorted(raw.keys("*")) == ["app:hooks:a", "app:hooks:b"]
        assert raw.get("app:hooks:b") == claim.token
        assert 29_000 < raw.pttl("app:hooks:b") <= 30_000  # the lease is the key's expiry
        assert 99_000 < raw.pttl("app:hooks:a") <= 100_000
        store.complete(claim)
        assert 99_000 < raw.pttl("app:hooks:b") <= 100_000  # done: kept for the TTL
        assert str(raw.get("app:hooks:b")).startswith("done:")


def test_without_a_ttl_done_keys_never_expire(redis_url: str) -> None:
    with (
        RedisDeduplicator(redis_url, ttl_seconds=None) as store,
        redis.Redis.from_url(redis_url, decode_responses=True) as raw,
    ):
        claim = store.claim("a")
        assert claim is not None
        store.complete(claim)
        assert store.seen("b") is False
        assert raw.pttl("cmr:webhook:a") == raw.pttl("cmr:webhook:b") == -1  # no expiry
    with pytest.raises(ValueError, match="ttl_seconds"):
        RedisDeduplicator(redis_url, ttl_seconds=0)


def test_a_restarted_redis_is_reconnected_to(own_redis: RedisServer) -> None:
    with RedisDeduplicator(own_redis.url) as store:
        assert store.seen("before") is False
        own_redis.kill()
        own_redis.start()  # an empty Redis: it kept nothing
        assert store.seen("after-restart") is False  # no error: the dead connection was replaced
        own_redis.kill()
        with pytest.raises(DeduplicationStoreError):
            store.seen("while-down")  # fails at once (finite timeouts), so that CMR's retry comes back later
        own_redis.start()
        assert store.seen("after") is False
        assert store.seen("after") is True
        assert store.claim("claimed") is not None


def test_a_lost_answer_is_not_mistaken_for_someone_elses_mark(redis_url: str) -> None:
    """The connection breaks after Redis applied the SET: the retry must recognise the key as its own."""
    with RedisDeduplicator(redis_url) as store:
        client: Any = store._local.get().client
        real_set = client.set
        failures = []

        def set_then_lose_the_answer(*args: Any, **kwargs: Any) -> Any:
            result = real_set(*args, **kwargs)
            if not failures:
                failures.append(args[0])
                raise redis.ConnectionError("Connection closed by server.")
            return result

        client.set = set_then_lose_the_answer
        assert store.seen("a") is False
        failures.clear()
        assert store.claim("b") is not None
        client.set = real_set
        assert failures == ["cmr:webhook:b"]
        assert store.seen("a") is True and store.claim("b") is None


def test_async_clients_follow_the_event_loop(redis_url: str) -> None:
    store = RedisDeduplicator(redis_url)

    async def in_a_loop(event_id: str) -> bool:
        try:
            return await store.seen_async(event_id)
        finally:
            await store.aclose()

    # Each asyncio.run is a new loop, which needs a client of its own.
    assert [asyncio.run(in_a_loop(id_)) for id_ in ("a", "a", "b")] == [False, True, False]

    async def with_the_context_manager() -> bool | None:
        async with RedisDeduplicator(redis_url) as again:
            claim = await again.claim_async("a")
            return None if claim is None else True

    assert asyncio.run(with_the_context_manager()) is None


def test_the_password_never_shows() -> None:
    for url in ("redis://:s3cret@127.0.0.1:1/0", "redis://user:s3cret@127.0.0.1:1/2", "rediss://:s3cret@127.0.0.1:1"):
        store = RedisDeduplicator(url)  # does not connect
        assert "s3cret" not in repr(store)
        assert "127.0.0.1:1" in repr(store)
        with pytest.raises(DeduplicationStoreError) as failure:
            store.seen("a")  # nothing listens on port 1
        assert "s3cret" not in str(failure.value) and "s3cret" not in repr(failure.value)
        assert "127.0.0.1:1" in str(failure.value) and failure.value.__cause__ is None
        store.close()
    assert "redis://127.0.0.1:1/2" in repr(RedisDeduplicator("redis://user:s3cret@127.0.0.1:1/2"))
    with pytest.raises(ConfigurationError) as bad:
        RedisDeduplicator("http://user:s3cret@127.0.0.1:1")
    assert "s3cret" not in str(bad.value)


def test_without_redis_installed_the_error_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name == "redis" or name.startswith("redis.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "redis", None)  # makes `import redis` fail
    with pytest.raises(ConfigurationError, match=r"pip install 'coldmailreseller\[redis\]'"):
        RedisDeduplicator("redis://127.0.0.1:1/0")


def test_importing_the_webhooks_package_imports_neither_client_library() -> None:
    code = (
        "import sys, coldmailreseller.webhooks as w\n"
        "assert not {'redis', 'psycopg'} & set(sys.modules), sorted(sys.modules)\n"
        "assert w.RedisDeduplicator.__name__ == 'RedisDeduplicator'\n"
        "assert w.PostgresDeduplicator.__name__ == 'PostgresDeduplicator'\n"
        "assert not {'redis', 'psycopg'} & set(sys.modules)\n"  # naming the classes does not import them either
        "assert {'RedisDeduplicator', 'PostgresDeduplicator'} <= set(w.__all__) <= set(dir(w))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(ROOT / p) for p in ("overrides", "generated_client"))}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
