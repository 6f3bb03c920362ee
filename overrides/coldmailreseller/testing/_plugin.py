"""pytest fixtures for the fake, registered through the `pytest11` entry point:

- `cmr_fake`: a fresh `FakeCMR` for each test;
- `cmr`: a `ColdMailReseller` client on it, closed after the test.

Override `cmr_fake` in your conftest.py to change the key or use the sandbox. The fake is imported when a test
asks for a fixture, so a test run that uses neither pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .._client import ColdMailReseller
    from ._fake import FakeCMR


@pytest.fixture
def cmr_fake() -> FakeCMR:
    from ._fake import FakeCMR

    return FakeCMR()


@pytest.fixture
def cmr(cmr_fake: FakeCMR) -> Iterator[ColdMailReseller]:
    with cmr_fake.client() as client:
        yield client
