"""Fixtures of the client tests: a clean environment, a frozen clock that records (never sleeps) every pause,
sync/async drivers; every answer of the testing kit is checked against the spec."""

from __future__ import annotations

import pytest

from tests.client.scripted import Driver, FrozenClock
from tests.support.kit import check_every_reply

ENV_VARS = ("CMR_API_KEY", "CMR_SANDBOX_API_KEY", "CMR_BASE_URL", "CMR_SANDBOX_BASE_URL")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def sleeps(clock: FrozenClock) -> list[float]:
    """The pauses the clients of this test asked for (retry backoff, Retry-After, pacing), in order."""
    return clock.waits


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def drive(request: pytest.FixtureRequest, clock: FrozenClock) -> Driver:
    return Driver(is_async=request.param, clock=clock)


@pytest.fixture(autouse=True)
def kit_replies_conform(monkeypatch: pytest.MonkeyPatch) -> None:
    check_every_reply(monkeypatch)
