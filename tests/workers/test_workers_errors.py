"""Every error crosses a process boundary: pickle and deepcopy keep its type, text and attributes, leave the live
`response` behind and hold no API key, and worker pools (multiprocessing, concurrent.futures; fork and spawn)
hand it to the parent.

Measured before the fix: 16 of 18 classes failed to unpickle, a 404 in a `Pool` task hung `Pool.map()` forever,
`ProcessPoolExecutor` failed every pending task, `copy.deepcopy(exc)` failed, and the pickle held the API key.
"""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.pool import Pool
from typing import Any

import httpx
import pytest

from coldmailreseller import APIStatusError, NotFoundError, OutcomeUnknownError, RedirectError
from tests.workers import _errors_table as table
from tests.workers import _tasks
from tests.workers._server import UsersServer

NAMES = sorted(table.FACTORIES)
RESULT_TIMEOUT = 30.0
START_METHODS = ["fork", "spawn"]


def short(class_name: str) -> str:
    return class_name.rsplit(".", 1)[-1]


def assert_same(restored: BaseException, original: BaseException) -> None:
    assert type(restored) is type(original)
    assert table.state(restored) == table.state(original)
    assert getattr(restored, "response", None) is None


def assert_no_key(error: BaseException) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert table.KEY.encode() not in pickle.dumps(error, protocol)
    assert table.KEY not in repr(vars(error)) + repr(error.args) + str(error)


# -- discovery -------------------------------------------------------------------------------------------------


def test_every_error_class_of_the_package_has_a_factory() -> None:
    """A class added later without a factory here fails this test, rather than going untested across processes."""
    discovered = {table.name(cls) for cls in table.discover()}
    assert discovered - set(table.FACTORIES) == set(), "add a factory to tests/workers/_errors_table.py"
    assert set(table.FACTORIES) - discovered == set(), "a factory for a class that no longer exists"
    assert len(discovered) >= 26


@pytest.mark.parametrize("class_name", NAMES, ids=short)
def test_the_factory_builds_its_class_with_what_the_library_gives_it(class_name: str) -> None:
    error = table.build(class_name)
    response = getattr(error, "response", None)
    if response is not None:  # a sanitized copy of the answer: its request no longer carries the key
        assert isinstance(response, httpx.Response)
        assert table.KEY not in str(response.request.headers.raw)


# -- pickle and deepcopy ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("class_name", NAMES, ids=short)
def test_pickle_keeps_type_text_and_attributes_and_drops_the_response(class_name: str) -> None:
    error = table.build(class_name)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(error, protocol)
        assert table.KEY.encode() not in data, f"the API key is in the pickle (protocol {protocol})"
        assert_same(pickle.loads(data), error)


@pytest.mark.parametrize("class_name", NAMES, ids=short)
def test_deepcopy_keeps_type_text_and_attributes_and_drops_the_response(class_name: str) -> None:
    error = table.build(class_name)
    copied = copy.deepcopy(error)
    assert copied is not error
    assert_same(copied, error)
    assert_no_key(copied)
    # The original keeps its response: only copies leave it behind.
    if isinstance(error, APIStatusError):
        assert isinstance(error.response, httpx.Response)


@pytest.mark.parametrize("class_name", NAMES, ids=short)
def test_a_round_tripped_error_round_trips_again_and_is_still_raisable(class_name: str) -> None:
    error = table.build(class_name)
    twice = pickle.loads(pickle.dumps(copy.deepcopy(pickle.loads(pickle.dumps(error)))))
    assert_same(twice, error)
    with pytest.raises(type(error)) as raised:
        raise twice
    assert str(raised.value) == str(error)


# -- real processes --------------------------------------------------------------------------------------------


@pytest.fixture(params=START_METHODS)
def pool(request: pytest.FixtureRequest) -> Iterator[Pool]:
    with multiprocessing.get_context(request.param).Pool(2) as workers:
        yield workers


@pytest.fixture(params=START_METHODS)
def executor(request: pytest.FixtureRequest) -> Iterator[ProcessPoolExecutor]:
    workers = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context(request.param))
    yield workers
    processes = list((workers._processes or {}).values())
    workers.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(10)
        if process.is_alive():
            process.kill()
            process.join(5)


def test_each_error_raised_in_a_pool_task_is_raised_again_in_the_parent(pool: Pool) -> None:
    pending = {name: pool.map_async(table.raise_it, [name]) for name in NAMES}
    arrived = 0
    for name, result in pending.items():
        expected = table.build(name)
        with pytest.raises(type(expected)) as raised:
            result.get(timeout=RESULT_TIMEOUT)
        assert_same(raised.value, expected)
        arrived += 1
    assert arrived == len(NAMES)
    # The pool survived them all.
    assert pool.map_async(table.raise_some, ["ok:1", "ok:2"]).get(timeout=RESULT_TIMEOUT) == ["ok:1", "ok:2"]


def test_each_error_raised_in_a_process_pool_executor_task_fails_only_its_future(
    executor: ProcessPoolExecutor,
) -> None:
    tasks = [item for n, name in enumerate(NAMES) for item in (name, f"ok:{n}")]
    futures = [(task, executor.submit(table.raise_some, task)) for task in tasks]
    for task, future in futures:
        if task.startswith("ok:"):
            assert future.result(timeout=RESULT_TIMEOUT) == task
            continue
        expected = table.build(task)
        with pytest.raises(type(expected)) as raised:
            future.result(timeout=RESULT_TIMEOUT)
        assert_same(raised.value, expected)


def test_a_404_of_a_real_call_in_a_pool_task_reaches_the_parent(pool: Pool, users_server: UsersServer) -> None:
    kwargs: dict[str, Any] = {"api_key": table.KEY, "base_url": users_server.base_url, "rate_limit": None}
    with pytest.raises(NotFoundError) as raised:
        pool.map_async(_tasks.get_user, [(kwargs, "missing-7")]).get(timeout=RESULT_TIMEOUT)
    error = raised.value
    assert error.status_code == 404
    assert error.request_id == "req-missing-7"  # the server's x-request-id
    assert error.message == "The requested user does not exist."
    assert error.operation_id == "getUser"
    assert error.response is None
    assert table.KEY not in str(error) + error.body
    # The same pool goes on working.
    found = pool.map_async(_tasks.get_user, [(kwargs, "found-1"), (kwargs, "found-2")]).get(timeout=RESULT_TIMEOUT)
    assert found == ["found-1", "found-2"]


# -- declared, not raised yet ----------------------------------------------------------------------------------


def test_a_redirect_answer_raises_redirect_error_with_its_location() -> None:
    """errors.py: "RedirectError 3xx, never followed ... `location` is where it pointed"."""
    error = table.get_user(table._answer(302, content=b"", location="https://elsewhere.test/login"))
    assert isinstance(error, RedirectError), f"got {type(error).__name__}: {error}"
    assert error.status_code == 302
    assert error.location == "https://elsewhere.test/login"


def test_an_unreadable_2xx_answer_to_a_money_call_leaves_the_outcome_unknown() -> None:
    """errors.py: OutcomeUnknownResponseError, "a 2xx answer that cannot be read, to a call that moves money"."""
    cmr = table._client(table._answer(200, content=b"<html>accepted</html>"))
    mailboxes = {"janedoe.com": [{"username": "jane", "first_name": "Jane", "last_name": "Doe"}]}
    error = table._raised(
        lambda: cmr.orders.create(user_id="U1", domains=[{"domain": "janedoe.com", "years": 1}], mailboxes=mailboxes)
    )
    assert isinstance(error, OutcomeUnknownError), f"got {type(error).__name__}: {error}"
