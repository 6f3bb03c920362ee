"""Prism, a mock server built from spec/openapi.yaml, on a free 127.0.0.1 port for the whole session."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator

import httpx
import pytest

from generator.pipeline import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
STARTUP_SECONDS = 30.0
STOP_SECONDS = 5.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_answering(process: subprocess.Popen[bytes], url: str, log: str) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"Prism exited with {process.returncode} before answering; its log is in {log}")
        try:
            httpx.get(url, timeout=1.0)  # any HTTP answer (even 404) means it is serving
            return
        except httpx.TransportError:
            time.sleep(0.2)
    pytest.fail(f"Prism did not answer on {url} within {STARTUP_SECONDS:.0f} s; its log is in {log}")


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail(f"{PRISM} is missing: run `npm ci` in {ROOT} to install Prism")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(PRISM), "mock", "spec/openapi.yaml", "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        _wait_until_answering(process, url, str(log))
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STOP_SECONDS)
