"""A real HTTP/1.1 keep-alive server on 127.0.0.1 that answers `GET /users?userId=...` slowly, so that the
answers of several processes interleave, and records which client port asked for which id.

It echoes the id asked for in the User it answers, so a caller can tell whether the answer it read was meant
for it. Ids starting with `missing` get CMR's 404 envelope. Every answer carries `x-request-id: req-<id>`.
"""

from __future__ import annotations

import json
import random
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

LATENCY = (0.3, 0.4)
JOIN_TIMEOUT = 5.0


@dataclass(frozen=True)
class Seen:
    port: int
    user_id: str


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as CMR's load balancer
    timeout = 15  # an idle keep-alive connection's thread ends by itself
    server: _Server

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        user_id = parse_qs(url.query).get("userId", [""])[0]
        owner = self.server.owner
        owner.record(Seen(self.client_address[1], user_id))
        if owner.stopping.wait(random.uniform(*owner.latency)):
            return
        if url.path.endswith("/users") and user_id and not user_id.startswith("missing"):
            status, payload = 200, {"status": 200, "message": "ok", "data": {"id": user_id, "email": f"{user_id}@a.io"}}
        else:
            status, payload = 404, {"status": 404, "message": "The requested user does not exist.", "data": None}
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.send_header("x-request-id", f"req-{user_id}")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: UsersServer


class UsersServer:
    """`base_url`, `seen` (every request, in arrival order), `ports_for(prefix)`; `stop()` ends it."""

    def __init__(self, latency: tuple[float, float] = LATENCY) -> None:
        self.latency = latency
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._seen: list[Seen] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def record(self, seen: Seen) -> None:
        with self._lock:
            self._seen.append(seen)

    @property
    def seen(self) -> list[Seen]:
        with self._lock:
            return list(self._seen)

    def ports_for(self, prefix: str) -> set[int]:
        """The client ports of the requests whose userId starts with `prefix`."""
        return {s.port for s in self.seen if s.user_id.startswith(prefix)}

    def ids_from(self, prefix: str) -> list[str]:
        return [s.user_id for s in self.seen if s.user_id.startswith(prefix)]

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(JOIN_TIMEOUT)
