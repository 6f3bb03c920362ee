"""The kit's own tests: every answer and delivery of the fake is checked against the spec as it happens."""

from __future__ import annotations

import pytest

from tests.support.kit import check_every_reply


@pytest.fixture(autouse=True)
def replies_conform(monkeypatch: pytest.MonkeyPatch) -> None:
    check_every_reply(monkeypatch)
