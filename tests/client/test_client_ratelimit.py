"""The pacer spaces requests evenly across threads, and a client and its copies pace as one."""

from __future__ import annotations

import asyncio
import threading

import pytest

from coldmailreseller._pacing.pacer import MARGIN, Pacer
from tests.client.scripted import Driver, FrozenClock, ScriptedCMR, ok


def gap(rate: float) -> float:
    """The spacing the pacer keeps at `rate`: 1/rate plus its safety margin."""
    return MARGIN / rate


def run_threads(count: int, target: object) -> None:
    threads = [threading.Thread(target=target) for _ in range(count)]  # type: ignore[arg-type]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert not any(thread.is_alive() for thread in threads)


def slots(clock: FrozenClock) -> list[float]:
    """Offsets from `now` of every granted slot (a slot granted at once waits 0 and sleeps not)."""
    return sorted(clock.waits)


def test_acquisitions_from_threads_are_spaced_exactly(clock: FrozenClock) -> None:
    pacer = Pacer(4.0, clock.timing)
    per_thread, threads = 5, 8
    run_threads(threads, lambda: [pacer.acquire() for _ in range(per_thread)])
    # The first slot is immediate (no sleep); every other one is exactly k intervals after it: no burst.
    assert slots(clock) == pytest.approx([k * pacer.interval for k in range(1, per_thread * threads)])


def test_idle_time_does_not_save_up_a_burst(clock: FrozenClock) -> None:
    pacer = Pacer(2.0, clock.timing)
    pacer.acquire()
    clock.now += 60.0
    for _ in range(3):
        pacer.acquire()
    assert clock.waits == pytest.approx([gap(2.0), 2 * gap(2.0)])


def test_async_acquisitions_share_the_same_pace(clock: FrozenClock) -> None:
    pacer = Pacer(5.0, clock.timing)

    async def scenario() -> None:
        await asyncio.gather(*(pacer.acquire_async() for _ in range(4)))

    pacer.acquire()
    asyncio.run(scenario())
    assert slots(clock) == pytest.approx([k * gap(5.0) for k in range(1, 5)])


def test_client_and_its_copies_share_one_limiter_across_threads(clock: FrozenClock) -> None:
    fake = ScriptedCMR(ok({"id": "u1"}))
    cmr = Driver(is_async=False, clock=clock).client(fake, rate_limit=5)
    copy = cmr.with_options(max_retries=0)
    assert copy.rate_limit == cmr.rate_limit == 5.0
    run_threads(3, lambda: [cmr.users.get(user_id="u1") for _ in range(3)])
    run_threads(3, lambda: [copy.users.get(user_id="u1") for _ in range(3)])
    assert fake.calls == 18
    assert slots(clock) == pytest.approx([k * gap(5.0) for k in range(1, 18)])


def test_a_copy_with_another_rate_gets_its_own_pace(clock: FrozenClock) -> None:
    fake = ScriptedCMR(ok({"id": "u1"}))
    cmr = Driver(is_async=False, clock=clock).client(fake, rate_limit=5)
    slower = cmr.with_options(rate_limit=1)
    cmr.users.get(user_id="u1")
    slower.users.get(user_id="u1")
    slower.users.get(user_id="u1")
    assert clock.waits == pytest.approx([gap(1.0)])  # the copy's first call is not delayed by the original's


def test_async_client_is_paced(clock: FrozenClock) -> None:
    fake = ScriptedCMR(ok({"id": "u1"}))
    cmr = Driver(is_async=True, clock=clock).client(fake, rate_limit=10)

    async def scenario() -> None:
        await asyncio.gather(*(cmr.users.get(user_id="u1") for _ in range(3)))

    asyncio.run(scenario())
    assert slots(clock) == pytest.approx([gap(10.0), 2 * gap(10.0)])


def test_rate_limit_none_disables_pacing(clock: FrozenClock, drive: Driver) -> None:
    fake = ScriptedCMR(ok({"id": "u1"}))
    cmr = drive.client(fake, rate_limit=None)
    for _ in range(5):
        drive.run(cmr.users.get(user_id="u1"))
    assert clock.waits == []
