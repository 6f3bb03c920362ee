"""A scripted HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose.

Raw sockets, because resets (SO_LINGER 0) and bodies cut short cannot be produced with http.server. Each
accepted request takes the next scripted action (or the default one) and is counted per (method, path).
Every read, wait and queue is bounded; `stop()` ends the accept loop and wakes any sleeping handler.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections import Counter, deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlsplit

MAX_HEAD = 64 * 1024
MAX_BODY = 1024 * 1024
MAX_DELAY = 3.0  # a "slow" answer never waits longer than this, even if the client never gives up
MAX_TRICKLE = 20.0  # a trickled answer stops after this long, even if the client never gives up
IO_TIMEOUT = 5.0
JOIN_TIMEOUT = 5.0


@dataclass(frozen=True)
class Reply:
    """An answer. `declared_length` above len(body) closes mid-body; `delay` waits before answering;
    `reset` drops the connection with a TCP RST instead of answering; `trickle` sends the body one byte every
    that many seconds (the status line and headers too with `trickle_head`), for at most MAX_TRICKLE seconds."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("content-type", "application/json"),)
    declared_length: int | None = None
    delay: float = 0.0
    reset: bool = False
    trickle: float = 0.0
    trickle_head: bool = False


def json_reply(payload: Any, status: int = 200, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    return Reply(status, json.dumps(payload).encode(), (("content-type", "application/json"), *headers))


def error_reply(status: int, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    return json_reply({"status": status, "message": f"scripted {status}", "data": None}, status, headers)


def html_reply(status: int) -> Reply:
    page = b"<!DOCTYPE html><html><head><title>Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    return Reply(status, page, (("content-type", "text/html"),))


RESET = Reply(reset=True)
MID_BODY = Reply(200, b'{"status": 200, "message": "ok", "da', declared_length=4096)
TRUNCATED_JSON = Reply(200, b'{"status": 200, "message": "ok", "data": {"id": "u')


def slow(seconds: float = 2.0) -> Reply:
    return Reply(200, b'{"status": 200}', delay=seconds)


def http_date(seconds_from_now: int) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds_from_now), usegmt=True)


class FaultServer:
    def __init__(self, default: Reply, port: int = 0) -> None:
        self.default = default
        self.counts: Counter[tuple[str, str]] = Counter()
        self.targets: list[str] = []  # every request target (path and query) seen, for the secrets check
        self.heads: list[str] = []  # every request line and header block, to show the key did travel
        self._script: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", port))
        self._listener.settimeout(0.1)  # lets the accept loop notice stop()
        self.port = self._listener.getsockname()[1]
        self._accepting = threading.Thread(target=self._accept_loop, name="fault-server", daemon=True)
        self._accepting.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, *replies: Reply) -> None:
        with self._lock:
            self._script.extend(replies)

    def clear(self) -> None:
        with self._lock:
            self._script.clear()
            self.counts.clear()
            self.targets.clear()
            self.heads.clear()

    @property
    def total(self) -> int:
        with self._lock:
            return sum(self.counts.values())

    def stop(self) -> None:
        self._stop.set()
        self._accepting.join(JOIN_TIMEOUT)
        self._listener.close()
        for thread in self._threads:
            thread.join(JOIN_TIMEOUT)

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]
            thread.start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(IO_TIMEOUT)
        try:
            request = _read_request(conn)
            if request is None:
                conn.close()
                return
            method, target, head = request
            with self._lock:
                self.counts[(method, urlsplit(target).path)] += 1
                self.targets.append(target)
                self.heads.append(head)
                reply = self._script.popleft() if self._script else self.default
            self._answer(conn, reply)
        except OSError:
            conn.close()

    def _answer(self, conn: socket.socket, reply: Reply) -> None:
        if reply.reset:
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
            return
        if reply.delay and self._stop.wait(min(reply.delay, MAX_DELAY)):
            conn.close()
            return
        length = len(reply.body) if reply.declared_length is None else reply.declared_length
        head = [f"HTTP/1.1 {reply.status} Scripted", f"content-length: {length}", "connection: close"]
        head += [f"{name}: {value}" for name, value in reply.headers]
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
        try:
            if reply.trickle:
                self._trickle(conn, data, reply)
            else:
                conn.sendall(data + reply.body)
            conn.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the client gave up first (timeout): nothing to answer any more
        conn.close()

    def _trickle(self, conn: socket.socket, head: bytes, reply: Reply) -> None:
        if not reply.trickle_head:
            conn.sendall(head)
        slow = (head if reply.trickle_head else b"") + reply.body
        steps = int(MAX_TRICKLE / reply.trickle)
        for index in range(min(len(slow), steps)):
            conn.sendall(slow[index : index + 1])
            if self._stop.wait(reply.trickle):
                return


def _read_request(conn: socket.socket) -> tuple[str, str, str] | None:
    """(method, target, head) of one request, its body read and dropped; None when the client sent nothing."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk or len(data) > MAX_HEAD:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    text = head.decode("latin-1")
    lines = text.split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = min(int(value), MAX_BODY)
    while len(body) < length:
        chunk = conn.recv(min(65536, length - len(body)))
        if not chunk:
            break
        body += chunk
    return method, target, text


def free_port() -> int:
    """A port with nothing listening on it (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
