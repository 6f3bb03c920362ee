"""Fixtures of the drift tests: every test starts with nothing reported yet in this process and no drift file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coldmailreseller import _drift


@pytest.fixture(autouse=True)
def fresh_process_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(_drift.DRIFT_LOG_ENV, raising=False)
    _drift.reset_for_tests()
    yield
    _drift.reset_for_tests()


@pytest.fixture
def drift_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "drift.jsonl"
    monkeypatch.setenv(_drift.DRIFT_LOG_ENV, str(path))
    return path
