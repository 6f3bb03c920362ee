"""`cmr webhooks verify` and `cmr webhooks listen`: the package's own verification, parsing and deduplication
(coldmailreseller.webhooks) on a file, standard input or a local receiver (the standard library's HTTP server)."""

from __future__ import annotations

import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any

import click

from coldmailreseller.webhooks import (
    DeduplicationStoreError,
    InMemoryDeduplicator,
    UnknownEvent,
    WebhookHandler,
    WebhookPayloadError,
    WebhookVerificationError,
    construct_event,
)

from . import _exits, _output

MAX_BODY = 1024 * 1024  # a delivery larger than this is refused (413) unread
SOCKET_TIMEOUT = 10.0  # seconds a receiver connection may stay silent
FORWARD_TIMEOUT = 10.0
# Headers of the connection, not of the delivery: not forwarded (the signature headers and the rest are).
_HOP_HEADERS = frozenset(("host", "content-length", "connection", "transfer-encoding", "keep-alive"))


def _key(api_key: str | None) -> str:
    key = api_key or os.environ.get("CMR_API_KEY")
    if not key:
        raise click.UsageError("no key to verify with: set CMR_API_KEY or pass --api-key")
    return key


def _headers(pairs: list[str]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for pair in pairs:
        name, colon, value = pair.partition(":")
        if not colon or not name.strip():
            raise click.UsageError(f"--header: expected 'NAME: VALUE', got {name.strip()[:40]!r}...")
        headers[name.strip().lower()] = value.strip()
    return headers


def event_json(event: Any) -> Any:
    """The event as JSON: a known event's wire form, an unknown one's body as sent."""
    return event.raw if isinstance(event, UnknownEvent) else _output.to_json(event)


def verify_delivery(source: str, header: list[str], api_key: str | None, tolerance: int) -> int:
    key, headers = _key(api_key), _headers(header)
    try:
        body = sys.stdin.buffer.read() if source == "-" else Path(source.removeprefix("@")).read_bytes()
    except OSError as exc:
        raise click.UsageError(f"--body: cannot read {source!r}: {exc.strerror}") from None
    try:
        event = construct_event(body, headers, key, tolerance=tolerance)
    except (WebhookVerificationError, WebhookPayloadError) as exc:
        print(f"cmr: the delivery does not verify: {exc}", file=sys.stderr)
        return _exits.FAILED
    _output.write_json(event_json(event), sys.stdout)
    return _exits.OK


class _Receiver:
    """What the request handlers share: the handler with its deduplicator, the output lock, the count."""

    def __init__(self, key: str, tolerance: int, forward: str | None, max_events: int | None) -> None:
        self.handler = WebhookHandler(key, deduplicator=InMemoryDeduplicator(), tolerance=tolerance)
        self.forward = forward
        self.max_events = max_events
        self.count = 0
        self.lock = threading.Lock()
        self.done = threading.Event()

    def receive(self, body: bytes, headers: dict[str, str]) -> int:
        """Handle one delivery; the status to answer."""
        try:
            with self.handler.process(body, headers) as delivery:
                if delivery.in_progress:
                    return 409
                if delivery.duplicate:
                    print(f"cmr: duplicate delivery {delivery.key} skipped", file=sys.stderr, flush=True)
                    return 200
                if self.forward is not None:
                    self._forward(body, headers)  # raising releases the claim: CMR's next delivery is handled
                with self.lock:
                    _output.write_json(event_json(delivery.event), sys.stdout, lines=True)
                    self.count += 1
                    if self.max_events is not None and self.count >= self.max_events:
                        self.done.set()
        except (WebhookVerificationError, WebhookPayloadError) as exc:
            print(f"cmr: refused a delivery: {exc}", file=sys.stderr, flush=True)
            return 400
        except DeduplicationStoreError as exc:
            return exc.status_code
        except _ForwardFailed as exc:
            print(f"cmr: forwarding failed: {exc}", file=sys.stderr, flush=True)
            return 502
        return 200

    def _forward(self, body: bytes, headers: dict[str, str]) -> None:
        import httpx

        keep = {name: value for name, value in headers.items() if name not in _HOP_HEADERS}
        try:
            answer = httpx.post(self.forward or "", content=body, headers=keep, timeout=FORWARD_TIMEOUT)
        except httpx.HTTPError as exc:
            raise _ForwardFailed(type(exc).__name__) from None
        if answer.status_code >= 300:
            raise _ForwardFailed(f"HTTP {answer.status_code}")


class _ForwardFailed(Exception):
    pass


def _handler_for(receiver: _Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        timeout = SOCKET_TIMEOUT

        def do_POST(self) -> None:
            try:
                length = int(self.headers.get("content-length", ""))
            except ValueError:
                self._answer(411)
                return
            if not 0 <= length <= MAX_BODY:
                self._answer(413)
                return
            body = self.rfile.read(length)
            headers = {name.lower(): value for name, value in self.headers.items()}
            self._answer(receiver.receive(body, headers))

        def _answer(self, status: int) -> None:
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the events and refusals are printed; access lines would mix with them

    return Handler


def listen(
    host: str,
    port: int,
    forward: str | None,
    api_key: str | None,
    tolerance: int,
    max_events: int | None,
    duration: float | None,
) -> int:
    receiver = _Receiver(_key(api_key), tolerance, forward, max_events)
    try:
        server = ThreadingHTTPServer((host, port), _handler_for(receiver))
    except OSError as exc:
        print(f"cmr: cannot listen on {host}:{port}: {exc.strerror}", file=sys.stderr)
        return _exits.BAD_ARGUMENTS
    server.daemon_threads = True

    def on_signal(signum: int, frame: FrameType | None) -> None:
        receiver.done.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    serving = threading.Thread(target=server.serve_forever, name="cmr-webhooks", daemon=True)
    serving.start()
    print(f"http://{host}:{server.server_port}/", flush=True)
    receiver.done.wait(timeout=duration)
    server.shutdown()
    server.server_close()
    serving.join(timeout=5)
    return _exits.OK
