"""Running a function in forked children, with every wait bounded: a child that hangs fails the test (and is
killed) instead of hanging the run."""

from __future__ import annotations

import multiprocessing
import queue
import time
import traceback
from collections.abc import Callable
from typing import Any


def _child(target: Callable[[int], Any], index: int, results: Any) -> None:
    try:
        results.put((index, True, target(index)))
    except BaseException:
        results.put((index, False, traceback.format_exc()))


def run_forked(target: Callable[[int], Any], children: int, *, timeout: float) -> list[Any]:
    """`target(i)` in `children` processes forked from this one (so they inherit its objects and connections);
    their answers in order. Fails when one raises, or when they have not all answered within `timeout`."""
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    processes = [context.Process(target=_child, args=(target, i, results)) for i in range(children)]
    for process in processes:
        process.start()
    answers: dict[int, Any] = {}
    failures: list[str] = []
    deadline = time.monotonic() + timeout
    try:
        while len(answers) + len(failures) < children:
            try:
                index, ok, value = results.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(
                    f"only {len(answers)} of {children} children answered within {timeout} s"
                ) from None
            if ok:
                answers[index] = value
            else:
                failures.append(f"child {index}:\n{value}")
    finally:
        for process in processes:
            process.join(timeout=max(0.1, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join(timeout=5)
        results.close()
    assert not failures, "\n".join(failures)
    return [answers[i] for i in range(children)]
