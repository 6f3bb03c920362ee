from __future__ import annotations

import importlib.util
import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest

from coldmailreseller.webhooks import SQLiteDeduplicator, WebhookHandler, sign
from tests.webhooks._webhook_spec import EVENT_MODELS, SECRET, documented_examples

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "webhook_receiver.py"
BODY = json.dumps(dict(documented_examples())["domain.order.success"]).encode()


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("webhook_receiver_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver(tmp_path: Path) -> Iterator[tuple[str, queue.Queue[Any]]]:
    example = load_example()
    jobs: queue.Queue[Any] = queue.Queue()
    with SQLiteDeduplicator(tmp_path / "seen.sqlite3") as store:
        app = example.create_app(WebhookHandler(SECRET, deduplicator=store), jobs)
        with make_server("127.0.0.1", 0, app, handler_class=QuietHandler) as server:
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            yield f"http://127.0.0.1:{server.server_port}/", jobs
            server.shutdown()
            thread.join(timeout=10)


def post(url: str, body: bytes, headers: dict[str, str], method: str = "POST") -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_signed_delivery_gets_200_and_is_queued_once(receiver: tuple[str, queue.Queue[Any]]) -> None:
    url, jobs = receiver
    headers = {"Content-Type": "application/json", **sign(BODY, SECRET)}
    assert post(url, BODY, headers) == (200, "ok\n")
    assert type(jobs.get(timeout=5)) is EVENT_MODELS["domain.order.success"]
    # CMR's retry of the same event is acknowledged but not queued again.
    assert post(url, BODY, headers) == (200, "ok\n")
    assert jobs.empty()


@pytest.mark.parametrize(
    ("headers", "status", "text"),
    [
        (sign(BODY, "wrong-key"), 400, "signature_mismatch\n"),
        (sign(BODY, SECRET, timestamp=1_000_000_000), 400, "timestamp_too_old\n"),
        ({}, 400, "missing_signature\n"),
    ],
)
def test_bad_deliveries_get_400(
    receiver: tuple[str, queue.Queue[Any]], headers: dict[str, str], status: int, text: str
) -> None:
    url, jobs = receiver
    assert post(url, BODY, headers) == (status, text)
    assert jobs.empty()


def test_tampered_body_gets_400(receiver: tuple[str, queue.Queue[Any]]) -> None:
    url, jobs = receiver
    assert post(url, BODY.replace(b"15.88", b"0.01"), sign(BODY, SECRET))[0] == 400
    assert jobs.empty()


def test_signed_garbage_gets_400(receiver: tuple[str, queue.Queue[Any]]) -> None:
    url, jobs = receiver
    assert post(url, b"[1, 2]", sign(b"[1, 2]", SECRET)) == (400, "invalid payload\n")
    assert jobs.empty()


def test_oversized_body_gets_413(receiver: tuple[str, queue.Queue[Any]]) -> None:
    url, jobs = receiver
    # Only the declared length matters: the receiver refuses before reading, so sending 2 MiB would race the reset.
    headers = {"Content-Length": str(2 * 1024 * 1024), **sign(b"{}", SECRET)}
    assert post(url, b"{}", headers)[0] == 413
    assert jobs.empty()


def test_other_methods_get_405(receiver: tuple[str, queue.Queue[Any]]) -> None:
    url, _ = receiver
    assert post(url, b"", {}, method="PUT")[0] == 405


def test_main_requires_the_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMR_WEBHOOK_SECRET", raising=False)
    with pytest.raises(SystemExit, match="CMR_WEBHOOK_SECRET"):
        load_example().main()


def test_script_end_to_end(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(sys.path),
        "CMR_WEBHOOK_SECRET": SECRET,
        "CMR_WEBHOOK_PORT": str(port),
        "CMR_WEBHOOK_DB": str(tmp_path / "seen.sqlite3"),
    }
    log = tmp_path / "receiver.log"
    with log.open("w") as stderr:
        server = subprocess.Popen([sys.executable, str(EXAMPLE)], env=env, stderr=stderr)
    try:
        wait_for(lambda: _accepts(port), server)
        url = f"http://127.0.0.1:{port}/"
        assert post(url, BODY, sign(BODY, SECRET))[0] == 200
        assert post(url, BODY, sign(BODY, "wrong-key"))[0] == 400
        # The worker thread processes the event after the answer went out.
        wait_for(
            lambda: "processing domain.order.success (eventId 6SSHBXWR3N4JEKGRQSG3KW3D76N6)" in log.read_text(), server
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert "signature_mismatch" in log.read_text()
    assert (tmp_path / "seen.sqlite3").exists()


def wait_for(condition: Callable[[], bool], server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while not condition():
        assert server.poll() is None, "the receiver exited"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True
