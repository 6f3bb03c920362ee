"""Fixtures of the reliability suite, and the plugin that writes its report (docs/reliability.md)."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability import support
from tests.reliability.fault_server import FaultServer, error_reply
from tests.reliability.report import REPORT
from tests.reliability.support import Pauses, check_no_leak

STARTED = time.monotonic()
# httpx and httpcore log every request at DEBUG/INFO; the key must not show in any of them.
WATCHED_LOGGERS = ("", "coldmailreseller", "httpx", "httpcore", "hpack", "asyncio")


@pytest.fixture(autouse=True)
def pauses() -> Pauses:
    """Fresh recorded-and-skipped pauses for the clients `support.invoke` builds in this test."""
    support.PAUSES = Pauses()
    return support.PAUSES


@pytest.fixture
def backoff_delays(pauses: Pauses) -> list[float]:
    """The pauses the clients asked for, in order."""
    return pauses.delays


@pytest.fixture(autouse=True)
def log_leak_guard(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every test runs with DEBUG logging everywhere; afterwards no record may contain the API key."""
    for name in WATCHED_LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    yield
    for record in caplog.records:
        text = f"{record.getMessage()} {record.args!r} {record.exc_text or ''}"
        check_no_leak(text, f"log record of {record.name!r}")


@pytest.fixture(scope="session")
def _server_process() -> Iterator[FaultServer]:
    fault_server = FaultServer(default=error_reply(418))
    yield fault_server
    fault_server.stop()


@pytest.fixture
def server(_server_process: FaultServer) -> Iterator[FaultServer]:
    """The fault server with an empty script and zero counts; the request targets it saw are checked for
    the key afterwards."""
    _server_process.clear()
    yield _server_process
    for target in list(_server_process.targets):
        check_no_leak(target, "a request URL")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not REPORT.faults and not REPORT.fuzz_cases and not REPORT.bad_inputs and not REPORT.hostile:
        return  # the reliability tests were not run
    stats = terminalreporter.stats
    text = REPORT.markdown(
        time.monotonic() - STARTED,
        len(stats.get("passed", [])),
        len(stats.get("failed", [])),
        len(stats.get("xfailed", [])),
    )
    terminalreporter.write_sep("=", "reliability report")
    terminalreporter.write(text)
    target = os.environ.get("CMR_RELIABILITY_REPORT")
    if target:
        Path(target).write_text(text, encoding="utf-8")
        terminalreporter.write_line(f"reliability report written to {target}")
