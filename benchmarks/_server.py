"""A minimal HTTP/1.1 keep-alive server on 127.0.0.1, run in its own process so it never competes with the
client for the GIL. It answers from pre-built bytes so that it is not the bottleneck.

Routes: `/users` (a User envelope), `/subscriptions` (100 Subscriptions, or `limit` of 1, 20, 100 or 1000),
the same under `/limited/` with a per-key limit of 5 requests in any sliding 1-second window (429 +
Retry-After beyond it), and `/_stats` (how many /limited requests were accepted and refused).

Run as `python -m benchmarks._server`: it prints `PORT <n>` once listening and stops on SIGTERM or when
its standard input closes.
"""

from __future__ import annotations

import asyncio
import collections
import json
import math
import signal
import sys
import time

from benchmarks import _payloads

LIMIT = 5
WINDOW = 1.0
KEY_HEADERS = (b"cmr-x-api-key", b"cmr-x-sandbox-api-key")
MAX_HEAD = 64 * 1024


def _response(status: str, body: bytes, extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n{extra}\r\n"
    return head.encode() + body


_ROUTES = {
    b"/users": _response("200 OK", _payloads.user_envelope()),
    b"/subscriptions": _response("200 OK", _payloads.subscriptions_envelope()),
}
# `/subscriptions?limit=N` answers N items, for each list size the benchmarks use.
_LISTS = {
    str(size).encode(): _response("200 OK", _payloads.subscriptions_envelope(size)) for size in _payloads.LIST_SIZES
}
_NOT_FOUND = _response("404 Not Found", b'{"status":404,"message":"No such route"}')


class _Limiter:
    """Sliding-window limit per API key, as CMR documents it (5 requests per second per key)."""

    def __init__(self) -> None:
        self.accepted: dict[bytes, collections.deque[float]] = collections.defaultdict(collections.deque)
        self.ok = 0
        self.rejected = 0

    def check(self, key: bytes) -> float | None:
        """None when the request may proceed, else the seconds until a slot frees up."""
        now = time.monotonic()
        window = self.accepted[key]
        while window and window[0] <= now - WINDOW:
            window.popleft()
        if len(window) >= LIMIT:
            self.rejected += 1
            return window[0] + WINDOW - now
        window.append(now)
        self.ok += 1
        return None


class _Protocol(asyncio.Protocol):
    def __init__(self, limiter: _Limiter) -> None:
        self._limiter = limiter
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            end = self._buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self._buffer) > MAX_HEAD and self._transport is not None:
                    self._transport.close()
                return
            head = self._buffer[:end]
            headers = _headers(head)
            body_length = int(headers.get(b"content-length", b"0"))
            total = end + 4 + body_length
            if len(self._buffer) < total:
                return
            self._buffer = self._buffer[total:]
            assert self._transport is not None
            self._transport.write(self._answer(head, headers))

    def _answer(self, head: bytes, headers: dict[bytes, bytes]) -> bytes:
        target = head.split(b" ", 2)[1]
        path, _, query = target.partition(b"?")
        if path == b"/subscriptions":
            limit = next((p[6:] for p in query.split(b"&") if p.startswith(b"limit=")), b"")
            if limit in _LISTS:
                return _LISTS[limit]
        if path == b"/_stats":
            body = json.dumps({"ok": self._limiter.ok, "rejected": self._limiter.rejected}).encode()
            return _response("200 OK", body)
        if path.startswith(b"/limited/"):
            key = next((headers[name] for name in KEY_HEADERS if name in headers), b"")
            wait = self._limiter.check(key)
            if wait is not None:
                retry_after = f"Retry-After: {max(1, math.ceil(wait))}\r\n"
                return _response("429 Too Many Requests", _payloads.rate_limited_envelope(), retry_after)
            path = path[len(b"/limited") :]
        return _ROUTES.get(path, _NOT_FOUND)


def _headers(head: bytes) -> dict[bytes, bytes]:
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    return headers


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    limiter = _Limiter()
    server = await loop.create_server(lambda: _Protocol(limiter), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    # The parent holds our stdin open; if it dies without stopping us, EOF ends the server too.
    loop.add_reader(sys.stdin.fileno(), lambda: sys.stdin.buffer.read1(1) or stop.set())
    async with server:
        await stop.wait()


if __name__ == "__main__":
    asyncio.run(_serve())
