"""A local CMR: the testing kit's `FakeCMR` served over real HTTP, for end-to-end tests in any language.

Each request under the documented base path is turned into an `httpx.Request` and answered by the fake's own
handler (same strictness, same state); control endpoints under `/_fake/` seed it, complete orders, schedule
faults, move its clock and list what happened. Run it with `python -m coldmailreseller.testing`.
"""

from __future__ import annotations

import json
import select
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from ._fake import FakeCMR
from ._webhooks import WebhookDelivery

# How long a connection whose call "times out" is held open without an answer (unless the client gives up first).
DEFAULT_HANG = 30.0
_DATE_FIELDS = ("registered_at", "expires_at", "period_start", "period_end")
# POST /_fake/<what>: the FakeCMR method, its positional arguments (the rest are keywords), the id answered.
_SEEDS = {
    "users": ("seed_user", (), "user_id"),
    "domains": ("seed_domain", ("user_id", "domain"), "domain_id"),
    "subscriptions": ("seed_subscription", ("user_id", "domain"), "subscription_id"),
    "mailboxes": ("seed_mailbox", ("subscription_id", "username"), "mailbox_id"),
}


class ControlError(Exception):
    """A control call that cannot be done: answered `{"error": message}` with `status`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class LocalCMR:
    """A `FakeCMR` behind a `ThreadingHTTPServer`: one request at a time reaches the fake (a lock around it).

    Args:
        fake: the fake to serve.
        host, port: where to listen (port 0 picks a free port; `base_url` says which).
        clock: "real" (the virtual clock follows real time, moved on each request) or "manual" (moved only by
            `POST /_fake/clock/advance`).
        webhook_url: where deliveries are POSTed, signed as `fake.deliveries` are (none are sent without it).
        hang: seconds a timed-out call holds its connection before closing it without an answer.
    """

    def __init__(
        self,
        fake: FakeCMR,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: str = "real",
        webhook_url: str | None = None,
        hang: float = DEFAULT_HANG,
    ) -> None:
        if clock not in ("real", "manual"):
            raise ValueError(f"clock must be 'real' or 'manual', got {clock!r}")
        self.fake = fake
        self.clock_mode = clock
        self.webhook_url = webhook_url
        self.hang = hang
        self._lock = threading.Lock()
        self._calls: list[dict[str, Any]] = []
        self._started = time.monotonic()
        self._followed = 0.0  # real seconds the virtual clock has been moved by so far
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._server = ThreadingHTTPServer((host, port), _handler_for(self))
        self._server.daemon_threads = True
        self._threads: list[threading.Thread] = []

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        host = str(host)
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}{self.fake._base.path}"

    # -- running -----------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Serve (and send deliveries) on background threads."""
        serving = threading.Thread(target=self._server.serve_forever, name="cmr-serve", daemon=True)
        self._threads.append(serving)
        if self.webhook_url is not None:
            self._threads.append(threading.Thread(target=self._send_deliveries, name="cmr-webhooks", daemon=True))
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        """Stop serving, release the held connections and the port, and stop sending deliveries."""
        self._stopping.set()
        self._wake.set()
        self._server.shutdown()
        self._server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    # -- the API -----------------------------------------------------------------------------------------------

    def follow_real_time(self) -> None:
        if self.clock_mode != "real":
            return
        with self._lock:
            elapsed = time.monotonic() - self._started
            step, self._followed = elapsed - self._followed, max(elapsed, self._followed)
        if step > 0:
            self.fake.clock.advance(step)

    def answer(self, request: httpx.Request) -> httpx.Response:
        """The fake's answer (httpx.ReadTimeout for a timeout fault), with the call recorded."""
        self.follow_real_time()
        with self._lock:
            before = len(self.fake._requests)
            try:
                return self.fake._handle(request)
            finally:
                for recorded, operation_id in self.fake._requests[before:]:
                    self._calls.append(_call(recorded, operation_id, self.fake))
                self._wake.set()

    # -- control -----------------------------------------------------------------------------------------------

    def control(self, method: str, path: str, body: Any) -> tuple[int, Any]:
        """Answer a control call (`path` after `/_fake`): the status and the JSON to send."""
        self.follow_real_time()
        parts = [part for part in path.split("/") if part]
        route = (method, *parts)
        if method == "POST" and len(parts) == 1 and parts[0] in _SEEDS:
            seed, required, answered = _SEEDS[parts[0]]
            return 201, {answered: self._call_seed(getattr(self.fake, seed), required, body)}
        if method == "POST" and len(parts) == 3 and parts[0] == "orders" and parts[2] == "complete":
            deliveries = self._apply(lambda: self.fake.complete_order(parts[1]))
            return 200, {"deliveries": [_delivery(d) for d in deliveries]}
        if method == "POST" and len(parts) == 3 and parts[0] == "orders" and parts[2] == "fail":
            reason = _object(body).get("reason", "Insufficient wallet balance")
            if not isinstance(reason, str):
                raise ControlError(400, "reason must be a string")
            deliveries = self._apply(lambda: self.fake.fail_order(parts[1], reason=reason))
            return 200, {"deliveries": [_delivery(d) for d in deliveries]}
        if route == ("POST", "auto-complete"):
            after = _object(body).get("after", 60.0)
            # Deliveries keep going to --webhook-url (or stay listed), as every other delivery does.
            self._apply(lambda: self.fake._complete_after(after, None))
            return 200, {"after": after}
        if route == ("POST", "faults"):
            return 200, self._fault(_object(body))
        if route == ("POST", "rate-limit"):
            per_second = _object(body).get("per_second")
            self._apply(lambda: self.fake.rate_limit(per_second), wake=False)
            return 200, {"per_second": per_second}
        if route == ("POST", "clock", "advance"):
            seconds = _object(body).get("seconds")
            if isinstance(seconds, bool) or not isinstance(seconds, int | float):
                raise ControlError(400, "seconds must be a number")
            self._kit(lambda: self.fake.clock.advance(seconds))
            self._wake.set()
            return 200, self._clock()
        if route == ("GET", "clock"):
            return 200, self._clock()
        if route == ("GET", "calls"):
            with self._lock:
                return 200, {"calls": list(self._calls)}
        if route == ("GET", "deliveries"):
            return 200, {"deliveries": [_delivery(d) for d in self.fake.deliveries]}
        raise ControlError(404, f"no control endpoint {method} /_fake/{'/'.join(parts)}")

    def _call_seed(self, seed: Callable[..., str], required: tuple[str, ...], body: Any) -> str:
        arguments = dict(_object(body))
        missing = [name for name in required if not isinstance(arguments.get(name), str)]
        if missing:
            raise ControlError(400, f"{', '.join(missing)}: required (a string)")
        positional = [arguments.pop(name) for name in required]
        for name in _DATE_FIELDS:
            if isinstance(arguments.get(name), str):
                try:
                    arguments[name] = datetime.fromisoformat(arguments[name])
                except ValueError:
                    raise ControlError(400, f"{name} must be an ISO 8601 date and time with its offset") from None
        with self._lock:
            return str(self._kit(lambda: seed(*positional, **arguments)))

    def _fault(self, body: Mapping[str, Any]) -> dict[str, Any]:
        operation_id = body.get("operation_id")
        if not isinstance(operation_id, str):
            raise ControlError(400, "operation_id must be an operationId (a string)")
        times = body.get("times", 1)
        with self._lock:
            if body.get("timeout") is True:
                applied = body.get("applied", False)
                self._kit(lambda: self.fake.timeout_next(operation_id, times=times, applied=applied))
            else:
                status, retry_after = body.get("status", 503), body.get("retry_after")
                self._kit(lambda: self.fake.fail_next(operation_id, status, retry_after=retry_after, times=times))
        return dict(body)

    def _clock(self) -> dict[str, Any]:
        return {"now": self.fake.clock.now(), "date": self.fake.clock.date().isoformat()}

    def _apply(self, action: Callable[[], Any], *, wake: bool = True) -> Any:
        """A change to the fake's state, one at a time with the calls; `wake`: it may have made deliveries."""
        with self._lock:
            result = self._kit(action)
        if wake:
            self._wake.set()
        return result

    @staticmethod
    def _kit(action: Callable[[], Any]) -> Any:
        try:
            return action()
        except (ValueError, TypeError) as refused:
            raise ControlError(404 if isinstance(refused, LookupError) else 400, str(refused)) from None

    # -- webhooks ----------------------------------------------------------------------------------------------

    def _send_deliveries(self) -> None:
        assert self.webhook_url is not None
        url = self.webhook_url
        with httpx.Client(timeout=10) as http:

            def post(body: bytes, headers: Mapping[str, str]) -> None:
                http.post(url, content=body, headers=dict(headers)).raise_for_status()

            while not self._stopping.is_set():
                self._wake.wait(timeout=1.0)
                self._wake.clear()
                # On the real clock, time passing completes orders (auto-complete) even when nobody calls.
                self.follow_real_time()
                try:
                    self.fake.deliver(post)
                except httpx.HTTPError as failed:
                    # Left pending, as CMR would retry it: sent again on the next wake, or within a second.
                    print(f"webhook delivery to {url} failed: {failed}", file=sys.stderr, flush=True)


def _object(body: Any) -> Mapping[str, Any]:
    if not isinstance(body, dict):
        raise ControlError(400, "the body must be a JSON object")
    return body


def _json_body(request: httpx.Request) -> Any:
    if not request.content:
        return None
    try:
        return json.loads(request.content)
    except ValueError:
        return request.content.decode("utf-8", "replace")


def _call(request: httpx.Request, operation_id: str | None, fake: FakeCMR) -> dict[str, Any]:
    return {
        "method": request.method,
        "path": request.url.path,
        "query": request.url.query.decode(),
        "operation_id": operation_id,
        "time": fake.clock.date().isoformat(),
        "body": _json_body(request),
    }


def _delivery(delivery: WebhookDelivery) -> dict[str, Any]:
    return {
        "event": delivery.event,
        "event_id": delivery.event_id,
        "headers": dict(delivery.headers),
        "body": delivery.body.decode(),
    }


def _handler_for(server: LocalCMR) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "LocalCMR"

        def log_message(self, format: str, *args: Any) -> None:
            pass  # stdout carries the base URL; no access log

        def do_GET(self) -> None:
            self._serve()

        do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET

        def _serve(self) -> None:
            if "chunked" in self.headers.get("transfer-encoding", "").lower():
                self._send(411, {"content-type": "application/json"}, b'{"error":"send a Content-Length"}')
                return
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            path = self.path.split("?", 1)[0]
            if path == "/_fake" or path.startswith("/_fake/"):
                self._control(path[len("/_fake") :], body)
                return
            base = server.fake._base
            url = f"{base.scheme}://{base.netloc.decode()}{self.path}"
            headers = [(name, value) for name, value in self.headers.items() if name.lower() != "host"]
            request = httpx.Request(self.command, url, headers=headers, content=body)
            try:
                response = server.answer(request)
            except httpx.TimeoutException:
                self._hang()
                return
            skip = {"content-length", "transfer-encoding", "connection"}
            sent = {name: value for name, value in response.headers.items() if name.lower() not in skip}
            self._send(response.status_code, sent, response.content)

        def _control(self, path: str, body: bytes) -> None:
            try:
                parsed = json.loads(body) if body else {}
            except ValueError:
                status, answer = 400, {"error": "the body must be JSON"}
            else:
                try:
                    status, answer = server.control(self.command, path, parsed)
                except ControlError as refused:
                    status, answer = refused.status, {"error": refused.message}
            self._send(status, {"content-type": "application/json"}, json.dumps(answer).encode())

        def _send(self, status: int, headers: Mapping[str, str], content: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(content)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(content)

        def _hang(self) -> None:
            # Sent, and no answer: hold the connection until the client gives up (or `hang` passes), then close it.
            self.close_connection = True
            deadline = time.monotonic() + server.hang
            connection: socket.socket = self.connection
            while not server._stopping.is_set() and time.monotonic() < deadline:
                readable, _, _ = select.select([connection], [], [], 0.1)
                if readable:
                    try:
                        if not connection.recv(1, socket.MSG_PEEK):
                            break  # the client closed its end
                    except OSError:
                        break
                    time.sleep(0.1)  # it sent more: still no answer

    return Handler
