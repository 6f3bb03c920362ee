"""`nox -s probe` against a local server on 127.0.0.1 that answers drifted responses: read operations only, ids
taken from the lists, observations written to the file it names."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from coldmailreseller import OPERATIONS
from tools import probe

ANSWERS = {
    "/users/list": {"status": 200, "message": "ok", "data": {"users": [{"id": "u1", "email": "a@b.c"}]}},
    "/users": {"status": 200, "message": "ok", "data": {"id": "u1", "nickname": "ada"}},
    "/subscriptions": {
        "status": 200,
        "message": "ok",
        "data": {
            "subscriptions": [{"subscriptionId": "s1", "subscriptionStatus": "PAUSED"}],
            "pagination": {"totalPages": 1},
        },
    },
}


class _Server(ThreadingHTTPServer):
    requests: list[tuple[str, str, dict[str, list[str]]]]
    answers: dict[str, object]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def _answer(self) -> None:
        url = urlsplit(self.path)
        path = url.path.removeprefix("/api")
        self.server.requests.append((self.command, path, parse_qs(url.query)))
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        body = self.server.answers.get(path) if self.command == "GET" else None
        status = 200 if body is not None else 404
        data = json.dumps(body or {"status": 404, "message": "Not found", "data": None}).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.requests = []
    httpd.answers = ANSWERS
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_without_a_key_it_says_what_it_needs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CMR_API_KEY", raising=False)
    assert probe.main([]) == 2
    assert "CMR_API_KEY" in capsys.readouterr().err


def test_no_call_succeeding_exits_one_and_skipped_calls_are_no_success(
    server: _Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    server.answers = {}  # every call is a 404; the single reads get no ids, so they are skipped
    monkeypatch.setenv("CMR_API_KEY", "probe-key")
    base = f"http://127.0.0.1:{server.server_address[1]}/api"
    assert probe.main(["--output", str(tmp_path / "probe.jsonl"), "--base-url", base]) == 1
    out, err = capsys.readouterr()
    assert "skipped: no value for" in out and "(0 answered)" in out
    assert "no call succeeded" in err


def test_the_probe_reads_records_drift_and_never_writes(
    server: _Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CMR_API_KEY", "probe-key")
    output = tmp_path / "probe.jsonl"
    base = f"http://127.0.0.1:{server.server_address[1]}/api"
    assert probe.main(["--output", str(output), "--base-url", base]) == 0
    reads = {(op.http_method, op.path) for op in OPERATIONS.values() if op.effect == "read"}
    assert server.requests and {(method, path) for method, path, _ in server.requests} <= reads
    # Lists first, then single reads with the ids they returned.
    assert ("GET", "/users", {"userId": ["u1"]}) in server.requests
    assert [path for _, path, _ in server.requests].index("/users/list") < [p for _, p, _ in server.requests].index(
        "/users"
    )
    kinds = {(r["operation_id"], r["kind"], r["pointer"]) for r in map(json.loads, output.read_text().splitlines())}
    assert ("getUser", "unknown_field", "/data/nickname") in kinds
    assert ("listSubscriptions", "unknown_enum_value", "/data/subscriptions/*/subscriptionStatus") in kinds
    out = capsys.readouterr().out
    assert f"observations in {output}" in out and "(0 answered)" not in out
