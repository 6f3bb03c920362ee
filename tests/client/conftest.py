"""Fixtures of the client tests: a clean environment, recorded (never real) retry sleeps, sync/async drivers."""

from __future__ import annotations

import pytest

from cmr_fake import Driver
from coldmailreseller import _requester

ENV_VARS = ("CMR_API_KEY", "CMR_SANDBOX_API_KEY", "CMR_BASE_URL", "CMR_SANDBOX_BASE_URL")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry pauses are recorded instead of slept, so retry tests are instant and can check the delays."""
    delays: list[float] = []

    async def async_sleep(delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr(_requester.time, "sleep", delays.append)
    monkeypatch.setattr(_requester, "_sleep", async_sleep)
    return delays


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def drive(request: pytest.FixtureRequest) -> Driver:
    return Driver(is_async=request.param)
