"""An SQLite pace file removed or replaced under running clients: each notices at its next booking, opens the
path again with one WARNING naming it, and they pace together again on the file now there."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from coldmailreseller._pacing.sqlite import SQLitePacingStore
from tests.stores._forked import run_forked

INTERVAL = 10.0  # long enough that no slot passes during the test: each booking is exactly one interval later
KEY = "k"


def book(store: SQLitePacingStore) -> float:
    delay = store.reserve(KEY, INTERVAL)
    assert delay is not None, "the store answered"
    return round(delay)


def remove(path: Path) -> None:
    """What a clean-up job or `rm pace.sqlite3*` does."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def replace(path: Path) -> None:
    """What a deploy that ships a fresh file does: another SQLite file moved over the path."""
    fresh = path.with_name("fresh.sqlite3")
    with sqlite3.connect(fresh) as connection:
        connection.execute("CREATE TABLE unrelated (x)")
    connection.close()
    os.replace(fresh, path)


@pytest.mark.parametrize("change", [remove, replace])
def test_clients_notice_open_the_path_again_and_pace_as_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, change: object
) -> None:
    path = tmp_path / "pace.sqlite3"
    name = f"sqlite://{path}"
    # Two clients, as two worker processes would hold them (one store object each).
    first, second = SQLitePacingStore(str(path), name=name), SQLitePacingStore(str(path), name=name)
    assert [book(first), book(second)] == [0, INTERVAL]

    assert callable(change)
    change(path)
    with caplog.at_level(logging.WARNING, logger="coldmailreseller"):
        after = [book(first), book(second)]
        # A worker started now opens the file the others use again.
        third = SQLitePacingStore(str(path), name=name)
        after += [book(third), book(first), book(second)]

    # One pacing again: the bookings follow each other one interval apart, whichever client makes them.
    assert after == [after[0] + step * INTERVAL for step in range(5)]
    reopened = [record for record in caplog.records if "removed or replaced" in record.getMessage()]
    assert len(reopened) == 2  # one line per client that opened the path again, none for later bookings
    assert all(str(path) in record.getMessage() and record.levelno == logging.WARNING for record in reopened)
    assert [record for record in caplog.records if "unreachable" in record.getMessage()] == []


def test_an_unchanged_file_is_never_opened_again(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = SQLitePacingStore(str(tmp_path / "pace.sqlite3"), name="sqlite:///pace")
    with caplog.at_level(logging.INFO, logger="coldmailreseller"):
        book(store)
        connection = store._handle.get().conn
        assert [book(store) for _ in range(3)] == [INTERVAL, 2 * INTERVAL, 3 * INTERVAL]
    assert store._handle.get().conn is connection
    assert caplog.records == []


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_worker_processes_notice_and_share_the_new_file(tmp_path: Path) -> None:
    path = tmp_path / "pace.sqlite3"
    workers = 4
    # Every worker and the test meet twice: after the first bookings, and after the files were removed.
    barrier = multiprocessing.get_context("fork").Barrier(workers + 1, timeout=20)

    def work(index: int) -> tuple[float, float, list[str]]:
        lines = Lines()
        logging.getLogger("coldmailreseller").addHandler(lines)
        store = SQLitePacingStore(str(path), name=f"sqlite://{path}")
        barrier.wait()  # each worker opens the file; then they book one after the other, in order
        time.sleep(index * 0.1)
        before = book(store)
        barrier.wait()
        barrier.wait()  # the files are gone now
        time.sleep(index * 0.1)
        return before, book(store), lines.lines

    outcome: list[object] = []
    runner = threading.Thread(target=lambda: outcome.append(run_forked(work, workers, timeout=30)))
    runner.start()
    barrier.wait()
    barrier.wait()
    remove(path)
    barrier.wait()
    runner.join(timeout=40)
    assert outcome, "the workers did not finish"
    answers = outcome[0]
    assert isinstance(answers, list)
    assert [before for before, _, _ in answers] == [step * INTERVAL for step in range(workers)]
    # The new file's slots, shared: one booking after the other, not each worker alone at 0.
    assert [after for _, after, _ in answers] == [step * INTERVAL for step in range(workers)]
    for _, _, lines in answers:
        assert len(lines) == 1 and "removed or replaced" in lines[0] and str(path) in lines[0]
