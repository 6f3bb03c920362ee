"""`cmr webhooks verify` and `cmr webhooks listen` on deliveries the local CMR signed; `cmr fake serve` is the
session's server (conftest)."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from coldmailreseller.cli import _exits
from coldmailreseller.webhooks import UnknownEvent, parse_event
from tests.cli.served import CALL, STARTUP, Served, World, cmr_executable, run_cmr

MAILBOXES = {"hooks.com": [{"username": "ada", "first_name": "Ada", "last_name": "L"}]}


@pytest.fixture(scope="module")
def deliveries(served: Served, world: World) -> list[dict[str, Any]]:
    """The signed deliveries of one completed order."""
    with served.client() as client:
        order = client.orders.create(
            user_id=world.user_id, domains=[{"domain": "hooks.com", "years": 1}], mailboxes=MAILBOXES
        )
    found: list[dict[str, Any]] = served.control("POST", f"/orders/{order.data.order_id}/complete")["deliveries"]
    assert len(found) >= 2
    return found


def header_args(delivery: dict[str, Any]) -> list[str]:
    return [arg for name, value in delivery["headers"].items() for arg in ("--header", f"{name}: {value}")]


def expected_json(body: str) -> Any:
    event = parse_event(body.encode())
    return event.raw if isinstance(event, UnknownEvent) else event.to_dict()


def test_verify_prints_the_typed_event(served: Served, deliveries: list[dict[str, Any]], tmp_path: Path) -> None:
    delivery = deliveries[0]
    body = tmp_path / "body.json"
    body.write_bytes(delivery["body"].encode())
    result = served.cmr("webhooks", "verify", "--body", str(body), *header_args(delivery))
    assert result.code == 0, result.stderr
    assert result.json() == expected_json(delivery["body"])
    from_stdin = served.cmr("webhooks", "verify", "--body", "-", *header_args(delivery), stdin=delivery["body"])
    assert from_stdin.json() == result.json()


def test_verify_refuses_a_tampered_body_or_another_key(served: Served, deliveries: list[dict[str, Any]]) -> None:
    delivery = deliveries[0]
    tampered = delivery["body"].replace('"', "'", 1) + " "
    result = served.cmr("webhooks", "verify", "--body", "-", *header_args(delivery), stdin=tampered)
    assert result.code == _exits.FAILED
    assert "does not verify" in result.stderr
    assert result.stdout == ""
    other = run_cmr(
        "webhooks", "verify", "--body", "-", *header_args(delivery), "--api-key", "another-key",
        stdin=delivery["body"], env=served.env(),
    )  # fmt: skip
    assert other.code == _exits.FAILED
    assert "another-key" not in other.stderr


def test_verify_without_a_key_is_a_bad_argument(served: Served, deliveries: list[dict[str, Any]]) -> None:
    env = {k: v for k, v in served.env().items() if k != "CMR_API_KEY"}
    result = run_cmr("webhooks", "verify", "--body", "-", stdin=deliveries[0]["body"], env=env)
    assert result.code == _exits.BAD_ARGUMENTS
    assert "CMR_API_KEY" in result.stderr


class _Sink:
    """A forwarding target: records what it receives."""

    def __init__(self) -> None:
        self.received: queue.Queue[tuple[bytes, dict[str, str]]] = queue.Queue()
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                sink.received.put((body, {k.lower(): v for k, v in self.headers.items()}))
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def sink() -> Iterator[_Sink]:
    target = _Sink()
    yield target
    target.close()


def test_listen_verifies_deduplicates_prints_and_forwards(
    served: Served, deliveries: list[dict[str, Any]], sink: _Sink
) -> None:
    first, second = deliveries[0], deliveries[1]
    command = [str(cmr_executable()), "webhooks", "listen", "--port", "0", "--forward", sink.url, "--max-events", "2",
               "--duration", str(CALL)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=served.env())
    try:
        lines: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        stdout = process.stdout
        threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
        url = lines.get(timeout=STARTUP).strip()
        assert url.startswith("http://127.0.0.1:")

        def post(delivery: dict[str, Any], body: str | None = None) -> int:
            content = (delivery["body"] if body is None else body).encode()
            return httpx.post(url, content=content, headers=delivery["headers"], timeout=10).status_code

        assert post(first, body=first["body"] + " ") == 400  # altered: refused, not printed
        assert post(first) == 200
        assert post(first) == 200  # the same event again: answered, not printed twice
        assert post(second) == 200
        assert process.wait(timeout=CALL) == 0  # two new events: done
        printed = [json.loads(lines.get(timeout=5)) for _ in range(2)]
        assert printed == [expected_json(first["body"]), expected_json(second["body"])]
        forwarded = [sink.received.get(timeout=5) for _ in range(2)]
        assert [body.decode() for body, _ in forwarded] == [first["body"], second["body"]]
        for (_, headers), delivery in zip(forwarded, (first, second), strict=True):
            assert {name: headers[name.lower()] for name in delivery["headers"]} == delivery["headers"]
        assert sink.received.empty()
        assert process.stderr is not None
        errors = process.stderr.read()
        assert "refused a delivery" in errors
        assert "duplicate delivery" in errors
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_fake_serve_passes_its_options_through() -> None:
    result = run_cmr("fake", "serve", "--clock", "never")
    assert result.code == 2
    assert "--clock" in result.stderr
