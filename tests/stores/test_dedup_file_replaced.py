"""An SQLite deduplication file removed or replaced under running receivers: each notices at its next call, opens
the path again with one WARNING naming it, and they share the file now there (the marks of the old one are gone
with it, which the WARNING says)."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import pytest

from coldmailreseller.webhooks import SQLiteDeduplicator


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def replace(path: Path) -> None:
    fresh = path.with_name("fresh.sqlite3")
    with sqlite3.connect(fresh) as connection:
        connection.execute("CREATE TABLE unrelated (x)")
    connection.close()
    os.replace(fresh, path)


@pytest.mark.parametrize("change", [remove, replace])
def test_receivers_notice_open_the_path_again_and_share_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, change: object
) -> None:
    path = tmp_path / "events.sqlite3"
    with SQLiteDeduplicator(path) as first, SQLiteDeduplicator(path) as second:
        assert [first.seen("a"), second.seen("a")] == [False, True]

        assert callable(change)
        change(path)
        with caplog.at_level(logging.WARNING, logger="coldmailreseller"):
            assert first.seen("b") is False  # in the file now at the path, which both use from here on
            assert second.seen("b") is True
            assert first.seen("b") is True
        warnings = [r for r in caplog.records if "removed or replaced" in r.getMessage()]
        assert len(warnings) == 2  # one per receiver that noticed
        assert all(str(path) in r.getMessage() for r in warnings)
        assert path.exists()


def test_an_unchanged_file_is_not_opened_again(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="coldmailreseller"), SQLiteDeduplicator(tmp_path / "e.db") as store:
        for event in range(50):
            assert store.seen(str(event)) is False
    assert not [r for r in caplog.records if "removed or replaced" in r.getMessage()]
