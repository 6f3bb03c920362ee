"""Reading an answer within bounds: at most `max_response_bytes` once decoded, and within one deadline per attempt.

Size. The body is streamed and decoded here, not by httpx: httpx inflates each raw chunk whole, so one 64 KiB
chunk of gzip can become 64 MiB and a single-chunk bomb any size. Here gzip and deflate are inflated at most
PIECE bytes at a time (zlib's `max_length`) and reading stops as soon as the decoded size passes the limit;
the requests say `accept-encoding: gzip, deflate`, and any other content-coding a server sends anyway (br, zstd,
compress, unknown) makes the answer unreadable (a typed error), whether or not brotli is installed. What was
read is kept as the response's content (`response.content`, `.json()` keep working); what went wrong is kept
beside it (`problem()`), for the response layer to raise as a typed error.

Time. `timeout=` bounds each connect, write and read (httpx's meaning) and, from here, the whole attempt: the
attempt ends when its deadline (the timeout's largest value) passes, however slowly a server trickles bytes.
- async: the whole attempt runs under `asyncio.timeout` (under asyncio; trio gets httpx's per-read timeouts);
- sync, with the client's own connections: every socket connect, read and write of the attempt is capped by
  the time left (an httpcore network backend that reads the deadline from a context variable), so a status line
  and headers trickled a byte at a time are cut off too;
- sync, with a caller's `http_client`: the body is checked against the deadline between chunks, so an attempt
  ends within deadline + one read timeout once the headers are in; the headers themselves are bounded only by
  httpx's per-read timeout (we do not change a caller's transport).
"""

from __future__ import annotations

import contextvars
import ssl
import time
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

import httpcore
import httpx

# The largest realistic answer, worked out from the spec (spec/openapi.yaml):
# - the largest item of any list is a few hundred bytes in the spec's examples (a user 611 B, a subscription
#   465 B, a pre-warmup assignment 555 B); say 4 KiB with long values and fields the spec does not know yet;
# - paged lists stop at 100 items (the API-wide maximum): 100 x 4 KiB = 400 KiB;
# - some lists have no paging at all: listMailboxes returns the mailboxes of every customer of the partner,
#   listUserDomains every domain of a user. A large reseller's 5,000 mailboxes x 4 KiB = 20 MiB.
# 32 MiB leaves about 60% headroom over that, and still stops a compression bomb long before memory runs out.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
# Decoded bytes produced per zlib call: one compressed chunk can never inflate further than this at once.
PIECE = 64 * 1024
# What a too-large answer keeps for its error's excerpt.
KEEP_ON_OVERFLOW = 16 * 1024
ACCEPT_ENCODING = "gzip, deflate"
_PROBLEM = "coldmailreseller.unreadable"

# The deadline (time.monotonic()) of the attempt running in this context; read by the sync network backend.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar("coldmailreseller_deadline", default=None)


class DeadlineExceeded(httpx.TimeoutException):
    """The whole attempt (connect, send, status, headers and body) took longer than its deadline."""


class Unreadable:
    """Why an answer's body could not be read in full: too large, or in a coding we do not decode."""

    __slots__ = ("reason", "too_large")

    def __init__(self, reason: str, too_large: bool = False) -> None:
        self.reason = reason
        self.too_large = too_large

    def __repr__(self) -> str:
        return f"Unreadable({self.reason!r})"


def problem(response: httpx.Response) -> Unreadable | None:
    """What went wrong reading this response's body, if anything."""
    found = response.extensions.get(_PROBLEM)
    return found if isinstance(found, Unreadable) else None


def attempt_deadline(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take in all: the largest of the timeout's values (None: no bound)."""
    values = [v for v in (timeout.connect, timeout.read, timeout.write, timeout.pool) if v is not None]
    return max(values) if values else None


def too_late(deadline: float | None, budget: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlineExceeded(f"the attempt did not finish within its {budget:g} s deadline")


class _Inflate:
    """One zlib-based coding (gzip, deflate), inflated at most PIECE bytes per call."""

    __slots__ = ("_fed", "_first", "_raw_fallback", "_z")

    def __init__(self, wbits: int, raw_fallback: bool = False) -> None:
        self._z = zlib.decompressobj(wbits)
        self._raw_fallback = raw_fallback  # deflate: zlib-wrapped as the RFC says, or raw as some servers send
        self._first = True
        self._fed = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        self._fed = self._fed or bool(data)
        while True:
            try:
                out = self._z.decompress(data, PIECE)
            except zlib.error:
                if not (self._first and self._raw_fallback):
                    raise
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                self._raw_fallback = False
                continue
            self._first = False
            data = self._z.unconsumed_tail
            if out:
                yield out
            if self._z.eof or (not data and len(out) < PIECE):
                return

    def end(self) -> Iterator[bytes]:
        yield from self.feed(b"")
        if self._fed and not self._z.eof:
            raise zlib.error("the compressed body ends early")


def _stages(headers: httpx.Headers) -> list[_Inflate] | str:
    """The decoders for the response's content-coding (first applied, first listed: decoded in reverse), or why
    it cannot be decoded."""
    stages = []
    for value in reversed(headers.get_list("content-encoding", split_commas=True)):
        coding = value.strip().lower()
        if coding in ("", "identity"):
            continue
        if coding in ("gzip", "x-gzip"):
            stages.append(_Inflate(zlib.MAX_WBITS | 16))
        elif coding == "deflate":
            stages.append(_Inflate(zlib.MAX_WBITS, raw_fallback=True))
        else:
            return f"the body is encoded as {coding[:40]!r}, which was not asked for (only {ACCEPT_ENCODING})"
    return stages


class _Reader:
    """Decodes raw chunks and keeps at most `limit` decoded bytes."""

    __slots__ = ("limit", "parts", "problem", "size", "stages")

    def __init__(self, response: httpx.Response, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.problem: Unreadable | None = None
        stages = _stages(response.headers)
        if isinstance(stages, str):
            self.problem = Unreadable(stages)
            stages = []
        self.stages = stages
        declared = response.headers.get("content-length", "")
        if not stages and declared.isdigit() and len(declared) < 20 and int(declared) > limit:
            self.problem = Unreadable(f"the body is {int(declared):,} bytes, over max_response_bytes", True)

    def add(self, chunk: bytes) -> bool:
        """Take one raw chunk; False once reading must stop."""
        if not self.stages:
            return self._keep(chunk)
        try:
            for piece in _through(self.stages, 0, chunk):
                if not self._keep(piece):
                    return False
        except zlib.error as exc:
            self.problem = Unreadable(f"the compressed body is corrupt ({exc})")
            return False
        return True

    def finish(self) -> None:
        if self.problem is not None:
            return
        try:
            for index in range(len(self.stages)):
                for piece in self.stages[index].end():
                    for out in _through(self.stages, index + 1, piece):
                        if not self._keep(out):
                            return
        except zlib.error as exc:
            self.problem = Unreadable(f"the compressed body is corrupt ({exc})")

    def _keep(self, piece: bytes) -> bool:
        self.size += len(piece)
        if self.size > self.limit:
            self.problem = Unreadable(f"the body is over max_response_bytes ({self.limit:,} bytes) once decoded", True)
            head, kept = [], 0
            for part in (*self.parts, piece):  # not b"".join(self.parts): that would copy all of it once more
                if kept >= KEEP_ON_OVERFLOW:
                    break
                head.append(part[: KEEP_ON_OVERFLOW - kept])
                kept += len(head[-1])
            self.parts = head
            return False
        self.parts.append(piece)
        return True

    def settle(self, response: httpx.Response) -> None:
        # What Response.read() does: the decoded content, so that .content, .text and .json() work.
        response._content = b"".join(self.parts)
        if self.problem is not None:
            response.extensions = {**response.extensions, _PROBLEM: self.problem}


def _through(stages: list[_Inflate], index: int, data: bytes) -> Iterator[bytes]:
    if index == len(stages):
        if data:
            yield data
        return
    for piece in stages[index].feed(data):
        yield from _through(stages, index + 1, piece)


def _already_read(response: httpx.Response, limit: int) -> bool:
    """A transport that read the body itself (httpx.MockTransport, the testing kit): only its size is checked."""
    if not response.is_stream_consumed:
        return False
    try:
        size = len(response.content)
    except httpx.ResponseNotRead:
        return False
    if size > limit:
        response._content = response.content[:KEEP_ON_OVERFLOW]
        reason = f"the body is over max_response_bytes ({limit:,} bytes) once decoded"
        response.extensions = {**response.extensions, _PROBLEM: Unreadable(reason, True)}
    return True


def read(response: httpx.Response, limit: int, deadline: float | None, budget: float | None) -> None:
    """Read a streamed response's body within `limit` decoded bytes and the attempt's deadline, then close it.
    Transport errors (and DeadlineExceeded) propagate as httpx.RequestError."""
    try:
        if _already_read(response, limit):
            return
        reader = _Reader(response, limit)
        if reader.problem is None:
            for chunk in response.iter_raw():
                if not reader.add(chunk):
                    break
                too_late(deadline, budget)
            reader.finish()
        reader.settle(response)
    finally:
        response.close()


async def aread(response: httpx.Response, limit: int, deadline: float | None, budget: float | None) -> None:
    """The async `read` (its deadline is enforced around the whole attempt, and between chunks here)."""
    try:
        if _already_read(response, limit):
            return
        reader = _Reader(response, limit)
        if reader.problem is None:
            async for chunk in response.aiter_raw():
                if not reader.add(chunk):
                    break
                too_late(deadline, budget)
            reader.finish()
        reader.settle(response)
    finally:
        await response.aclose()


# The sync deadline: a network backend whose every connect, read and write waits at most the time left.


def _left(timeout: float | None, exc: type[Exception]) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise exc("the attempt's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    __slots__ = ("_inner",)

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        capped = _left(timeout, httpcore.ReadTimeout)
        try:
            return self._inner.read(max_bytes, capped)
        except httpcore.ReadTimeout:
            if capped == timeout:
                raise
        raise httpcore.ReadTimeout("the attempt's deadline passed while reading the answer")

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        capped = _left(timeout, httpcore.WriteTimeout)
        try:
            self._inner.write(buffer, capped)
            return
        except httpcore.WriteTimeout:
            if capped == timeout:
                raise
        raise httpcore.WriteTimeout("the attempt's deadline passed while sending the request")

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        capped = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, capped, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        capped = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, capped, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install_deadlines(http: httpx.Client) -> bool:
    """Make the client's own httpx client cap every socket operation by the attempt's deadline. httpx does not
    let one pass a network backend, so it is set on the httpcore pools it built (httpx 0.28.1 and httpcore 1.0,
    pinned by the project); False if their layout differs (then only httpx's per-read timeouts hold)."""
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    installed = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, _DeadlineBackend):
            pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
            installed = True
    return installed
