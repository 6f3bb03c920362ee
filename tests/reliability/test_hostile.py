"""A hostile upstream: answers no honest server sends, served by the real 127.0.0.1 server to both clients.

Every call must end as a result or a `CMRError` (never RecursionError, UnicodeError, MemoryError, KeyError or a
bare ValueError); a 2xx that cannot be read on a call that moves money or starts work is an OutcomeUnknownError;
nothing an error carries may hold the API key or a password served in the answer (see scanner.py); a compression
bomb stays under a memory bound; a trickling server cannot hold an attempt past its deadline; a redirect is never
followed, even by an httpx client that follows redirects."""

from __future__ import annotations

import gzip
import json
import struct
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldmailreseller import (
    OPERATIONS,
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CMRError,
    InternalServerError,
    OutcomeUnknownError,
    RedirectError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
)
from coldmailreseller._excerpt import EXCERPT_CHARS, MESSAGE_CHARS
from coldmailreseller.errors import OutcomeUnknownResponseError, OutcomeUnknownTimeoutError
from tests.reliability.fault_server import FaultServer, Reply, json_reply
from tests.reliability.report import REPORT
from tests.reliability.scanner import scan
from tests.reliability.spec_schemas import ok_envelope, valid_args
from tests.reliability.support import KEY, MODES, RESPONSE_SECRETS, Http, Mode, client_kwargs, invoke

OPS = OPERATIONS
READ, MONEY = "getUser", "createOrderJson"
PASSWORD, APP_PASSWORD = RESPONSE_SECRETS
JSON = (("content-type", "application/json"),)
GIB = 1 << 30
# The bomb's bound: the default max_response_bytes (32 MiB) is read, then dropped; 64 MiB leaves room for
# zlib's buffers, the server thread's copy of the 1 MiB bomb and tracemalloc's own bookkeeping.
BOMB_PEAK_BOUND = 64 * 1024 * 1024
# The trickle: one attempt, `timeout=3`; it must end by 3 s plus this (thread start, the last read in flight,
# closing the connection, a loaded 2-core CI machine). Measured well under half a second here.
TRICKLE_MARGIN = 1.5


def _secret_envelope(op_id: str, status: int | None = None) -> dict[str, Any]:
    """A valid envelope of `op_id` that also carries mailbox passwords (in `data` and beside it)."""
    envelope = ok_envelope(op_id)
    secrets = {"password": PASSWORD, "appPassword": APP_PASSWORD}
    data = envelope.get("data")
    if isinstance(data, dict):
        data.update(secrets)
    elif isinstance(data, list):
        data.append(secrets)
    envelope["mailbox"] = dict(secrets)
    if status is not None:
        envelope["status"] = status
    return envelope


def _body(op_id: str, status: int | None = None) -> bytes:
    return json.dumps(_secret_envelope(op_id, status)).encode()


@cache
def gzip_bomb(size: int = GIB) -> bytes:
    """`size` zero bytes (a multiple of 1 MiB) as a valid gzip stream of about size/1000 bytes, built in
    ~0.2 s: after a full flush the compressor repeats itself, so one compressed MiB is repeated."""
    mib = bytes(1 << 20)
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = deflate.compress(mib) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(mib) + deflate.flush(zlib.Z_FULL_FLUSH)
    end = deflate.flush()[:-8]  # the last block; the trailer is written for the whole stream below
    crc = 0
    for _ in range(size >> 20):
        crc = zlib.crc32(mib, crc)
    return first + again * ((size >> 20) - 1) + end + struct.pack("<II", crc, size & 0xFFFFFFFF)


@cache
def deflate_bomb() -> bytes:
    """64 MiB of spaces, zlib-wrapped deflate."""
    return zlib.compress(b" " * (64 << 20), 9)


def _reply(status: int, body: bytes, *headers: tuple[str, str]) -> Reply:
    return Reply(status, body, headers or JSON)


def _deep(op_id: str, status: int) -> Reply:
    return _reply(status, b'{"status": %d, "message": "ok", "data": ' % status + b"[" * 100_000 + b"]" * 100_000 + b"}")


@dataclass(frozen=True)
class Case:
    """One hostile answer; `expect` is what a read gets (a money call gets the OutcomeUnknown form of a 2xx
    that cannot be read, and of a 5xx)."""

    name: str
    reply: Callable[[str], Reply]
    expect: type[BaseException] | None  # None: the call succeeds


UNREADABLE = ResponseValidationError
CASES = [
    Case("nested 100,000 levels deep (200)", lambda op: _deep(op, 200), UNREADABLE),
    Case("nested 100,000 levels deep (400)", lambda op: _deep(op, 400), BadRequestError),
    Case(
        "charset=utf-16 declared on a UTF-8 error envelope (422)",
        lambda op: _reply(422, _body(op, 422), ("content-type", "application/json; charset=utf-16")),
        UnprocessableEntityError,
    ),
    Case(
        "charset=utf-32 declared, bytes that are no UTF-32 (500)",
        lambda op: _reply(
            500, b"\xff\xfe\x00\x00\x00\xd8\x00\x00garbage\x80", ("content-type", "text/plain; charset=utf-32")
        ),
        InternalServerError,
    ),
    Case("envelope encoded as UTF-16 (200)", lambda op: _reply(200, _body(op).decode().encode("utf-16")), UNREADABLE),
    Case(
        "envelope encoded as UTF-32 (400)",
        lambda op: _reply(400, _body(op, 400).decode().encode("utf-32")),
        BadRequestError,
    ),
    Case(
        "invalid UTF-8 inside a string (200)",
        lambda op: _reply(200, _body(op).replace(b'"ok"', b'"o\xff\xfek"')),
        UNREADABLE,
    ),
    Case(
        "NaN in data (200)",
        lambda op: _reply(200, _body(op).replace(b'"status": 200', b'"status": 200, "x": NaN')),
        UNREADABLE,
    ),
    Case(
        "-Infinity in data (200)",
        lambda op: _reply(200, _body(op).replace(b'"status": 200', b'"status": 200, "x": -Infinity')),
        UNREADABLE,
    ),
    Case(
        "1e999 (200)",
        lambda op: _reply(200, _body(op).replace(b'"status": 200', b'"status": 200, "x": 1e999')),
        UNREADABLE,
    ),
    Case(
        "a 10,000-digit integer (200)",
        lambda op: _reply(200, _body(op).replace(b'"status": 200', b'"status": 200, "x": ' + b"9" * 10_000)),
        UNREADABLE,
    ),
    Case(
        "duplicate keys: status 200, then 500 (200; the last one wins)",
        lambda op: _reply(200, _body(op)[:-1] + b', "status": 500}'),
        InternalServerError,
    ),
    Case(
        "duplicate keys: data, then a string (200; the last one wins)",
        lambda op: _reply(200, _body(op)[:-1] + b', "data": "not the data"}'),
        UNREADABLE,
    ),
    Case("truncated JSON (200)", lambda op: _reply(200, _body(op)[:-7]), UNREADABLE),
    Case(
        "connection closed mid-body (200)",
        lambda op: Reply(200, _body(op)[:20], JSON, declared_length=4096),
        APIConnectionError,
    ),
    Case("empty body (200)", lambda op: _reply(200, b""), UNREADABLE),
    Case("empty body (503)", lambda op: _reply(503, b""), InternalServerError),
    Case(
        "HTML page as text/html (200)",
        lambda op: _reply(
            200, b"<html><body>password=" + PASSWORD.encode() + b"</body></html>", ("content-type", "text/html")
        ),
        UNREADABLE,
    ),
    Case(
        "a 10 MB message (400)",
        lambda op: json_reply({"status": 400, "message": "m" * 10_000_000 + PASSWORD, "data": None}, 400),
        BadRequestError,
    ),
    Case(
        "gzip bomb, 1 GiB (200)",
        lambda op: _reply(200, gzip_bomb(), *JSON, ("content-encoding", "gzip")),
        ResponseTooLargeError,
    ),
    Case(
        "gzip bomb, 1 GiB (500)",
        lambda op: _reply(500, gzip_bomb(), *JSON, ("content-encoding", "gzip")),
        InternalServerError,
    ),
    Case(
        "deflate bomb, 64 MiB (200)",
        lambda op: _reply(200, deflate_bomb(), *JSON, ("content-encoding", "deflate")),
        ResponseTooLargeError,
    ),
    Case(
        "content-encoding br, brotli or not (200)",
        lambda op: _reply(200, b"\x1b\x03\x00\xf8\xa5\x02\x16", *JSON, ("content-encoding", "br")),
        UNREADABLE,
    ),
    Case(
        "content-encoding zstd (400)",
        lambda op: _reply(400, b"(\xb5/\xfd\x00X", *JSON, ("content-encoding", "zstd")),
        BadRequestError,
    ),
    Case(
        "corrupt gzip (200)",
        lambda op: _reply(200, gzip.compress(_body(op))[:30] + b"\x00" * 30, *JSON, ("content-encoding", "gzip")),
        UNREADABLE,
    ),
    Case(
        "gzip of a valid envelope (200)",
        lambda op: _reply(200, gzip.compress(_body(op)), *JSON, ("content-encoding", "gzip")),
        None,
    ),
    Case(
        "the key echoed in message, body and x-request-id (401)",
        lambda op: json_reply(
            {"status": 401, "message": f"bad key {KEY}", "data": {"sent": KEY}}, 401, (("x-request-id", KEY),)
        ),
        AuthenticationError,
    ),
    Case("passwords in an error envelope (422)", lambda op: _reply(422, _body(op, 422)), UnprocessableEntityError),
    Case(
        "passwords in a text error (500)",
        lambda op: _reply(
            500,
            f"upstream said: password={PASSWORD} appPassword: '{APP_PASSWORD}'".encode(),
            ("content-type", "text/plain"),
        ),
        InternalServerError,
    ),
    Case(
        "passwords in a 2xx whose data is of the wrong type (200)",
        lambda op: json_reply(
            {"status": 200, "message": "ok", "data": [{"password": PASSWORD, "appPassword": APP_PASSWORD}]}
        ),
        UNREADABLE,
    ),
    Case(
        "a 302 carrying a success envelope",
        lambda op: _reply(302, _body(op), *JSON, ("location", "https://elsewhere.example/x?k=1")),
        RedirectError,
    ),
]


def _expected(case: Case, op_id: str) -> type[BaseException] | None:
    money = not OPS[op_id].retry_safe
    if case.expect is UNREADABLE and money:
        return OutcomeUnknownResponseError
    if case.expect is ResponseTooLargeError and money:
        return OutcomeUnknownResponseError  # OutcomeUnknownTooLargeError is both
    if case.expect is APIConnectionError and money:
        return OutcomeUnknownError
    if case.expect is InternalServerError and money:
        return OutcomeUnknownError
    return case.expect


def _check(result: object, case: str, mode: str) -> None:
    """Typed or a result, and nothing secret in what a failure carries."""
    REPORT.hostile_case(case, mode, result)
    if isinstance(result, BaseException):
        if not isinstance(result, CMRError):
            REPORT.untyped.append(f"{case} ({mode}): {type(result).__name__}")
            raise AssertionError(f"untyped {type(result).__name__}: {result!r}"[:2000])
        scan(result)
        assert len(str(result)) < 2 * MESSAGE_CHARS + 800, len(str(result))
        body = getattr(result, "body", "")
        assert len(body) <= EXCERPT_CHARS + 3, len(body)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op_id", [READ, MONEY])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_answer_is_typed_and_keeps_no_secret(mode: Mode, op_id: str, case: Case, server: FaultServer) -> None:
    op = OPS[op_id]
    server.script(case.reply(op_id))
    result = invoke(mode, op, valid_args(op), **client_kwargs(op, server.base_url, max_retries=0))
    _check(result, case.name, mode)
    expected = _expected(case, op_id)
    if expected is None:
        assert not isinstance(result, BaseException), repr(result)
    else:
        assert isinstance(result, expected), repr(result)[:2000]
        assert isinstance(result, case.expect), repr(result)[:2000]
    if case.expect is ResponseTooLargeError:
        assert isinstance(result, ResponseTooLargeError), repr(result)
    assert server.counts[(op.http_method, op.path)] == 1


@pytest.mark.parametrize("mode", MODES)
def test_key_echoed_by_the_server_is_masked(mode: Mode, server: FaultServer) -> None:
    case = next(c for c in CASES if c.name.startswith("the key echoed"))
    server.script(case.reply(READ))
    result = invoke(mode, OPS[READ], valid_args(OPS[READ]), **client_kwargs(OPS[READ], server.base_url, max_retries=0))
    assert isinstance(result, AuthenticationError), repr(result)
    assert "bad key **********" in result.message and result.request_id == "**********"
    assert '"sent": "**********"' in result.body
    assert result.response is not None and "cmr-x-api-key" not in result.response.request.headers


@pytest.mark.parametrize("mode", MODES)
def test_bomb_stays_within_memory(mode: Mode, server: FaultServer) -> None:
    """A 1 GiB gzip bomb (1 MiB on the wire) against the default max_response_bytes (32 MiB)."""
    bomb = gzip_bomb()
    op = OPS[READ]
    server.script(_reply(200, bomb, *JSON, ("content-encoding", "gzip")))
    tracemalloc.start()
    try:
        result = invoke(mode, op, valid_args(op), **client_kwargs(op, server.base_url, max_retries=0, timeout=10))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    REPORT.bomb_peak_mib[f"1 GiB gzip bomb, {mode}"] = peak / (1 << 20)
    _check(result, "gzip bomb, 1 GiB (memory)", mode)
    assert isinstance(result, ResponseTooLargeError), repr(result)
    assert peak < BOMB_PEAK_BOUND, f"peak {peak / (1 << 20):.1f} MiB"


# --- time ------------------------------------------------------------------------------------------------------


def _timed(mode: Mode, op_id: str, http: Http, timeout: float, server: FaultServer) -> tuple[object, float]:
    op = OPS[op_id]
    started = time.monotonic()
    result = invoke(
        mode, op, valid_args(op), http=http, **client_kwargs(op, server.base_url, timeout=timeout, max_retries=0)
    )
    return result, time.monotonic() - started


def _padded(op_id: str, size: int = 200) -> bytes:
    body = json.dumps(ok_envelope(op_id)).encode()
    return body[:-1] + b" " * (size - len(body)) + b"}"


@pytest.mark.parametrize("mode", MODES)
def test_money_call_against_a_one_byte_per_second_body_ends_at_its_deadline(mode: Mode, server: FaultServer) -> None:
    """The measured bug: timeout=3 held a call for 39 s. One attempt now ends by 3 s + TRICKLE_MARGIN."""
    server.script(Reply(200, _padded(MONEY), JSON, trickle=1.0))
    result, took = _timed(mode, MONEY, "own", 3.0, server)
    REPORT.trickle_seconds[f"1 byte/s body, timeout=3, own connections, {mode}"] = took
    _check(result, "1 byte/s body, money call, timeout=3", mode)
    assert isinstance(result, OutcomeUnknownTimeoutError), repr(result)
    assert took < 3.0 + TRICKLE_MARGIN, took
    assert "deadline" in str(result), str(result)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("http", ["own", "lent"])
@pytest.mark.parametrize("op_id", [READ, MONEY])
def test_trickled_body_ends_at_the_deadline(mode: Mode, http: Http, op_id: str, server: FaultServer) -> None:
    """4 bytes a second, timeout=1. A lent sync client is checked between chunks: deadline + one read at most."""
    server.script(Reply(200, _padded(op_id), JSON, trickle=0.25))
    result, took = _timed(mode, op_id, http, 1.0, server)
    REPORT.trickle_seconds[f"4 bytes/s body, timeout=1, {http} connections, {mode}"] = max(
        took, REPORT.trickle_seconds.get(f"4 bytes/s body, timeout=1, {http} connections, {mode}", 0.0)
    )
    _check(result, f"4 bytes/s body ({http} connections)", mode)
    assert isinstance(result, OutcomeUnknownTimeoutError if op_id == MONEY else APITimeoutError), repr(result)
    assert took < 1.0 + TRICKLE_MARGIN, took
    assert "deadline" in str(result), str(result)


@pytest.mark.parametrize(("mode", "http"), [("sync", "own"), ("async", "own"), ("async", "lent")])
def test_trickled_status_line_and_headers_end_at_the_deadline(mode: Mode, http: Http, server: FaultServer) -> None:
    """The head itself trickled. Holds for our own connections (sync: the deadline network backend) and for any
    async client (asyncio.timeout); a lent sync client is bounded only by httpx's per-read timeout (README)."""
    server.script(Reply(200, _padded(READ), JSON, trickle=0.25, trickle_head=True))
    result, took = _timed(mode, READ, http, 1.0, server)
    REPORT.trickle_seconds[f"4 bytes/s status line and headers, timeout=1, {http} connections, {mode}"] = took
    _check(result, f"4 bytes/s head ({http} connections)", mode)
    assert isinstance(result, APITimeoutError), repr(result)
    assert took < 1.0 + TRICKLE_MARGIN, took
    assert "deadline" in str(result), str(result)


# --- redirects -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def elsewhere() -> Iterator[FaultServer]:
    """Another origin, where a redirect points: it must never receive a request."""
    other = FaultServer(default=json_reply(ok_envelope(MONEY)))
    yield other
    other.stop()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("http", ["follow", "own"])
@pytest.mark.parametrize("status", [302, 307, 308])
@pytest.mark.parametrize("op_id", [READ, MONEY])
def test_redirect_is_never_followed(
    mode: Mode, http: Http, status: int, op_id: str, server: FaultServer, elsewhere: FaultServer
) -> None:
    op = OPS[op_id]
    elsewhere.clear()
    target = f"http://user:{PASSWORD}@127.0.0.1:{elsewhere.port}{op.path}?token={PASSWORD}#{KEY}"
    server.script(_reply(status, json.dumps(ok_envelope(op_id)).encode(), *JSON, ("location", target)))
    result = invoke(mode, op, valid_args(op), http=http, **client_kwargs(op, server.base_url, max_retries=0))
    _check(
        result,
        f"{status} to another origin ({'client that follows redirects' if http == 'follow' else 'own client'})",
        mode,
    )
    assert isinstance(result, RedirectError), repr(result)
    assert result.status_code == status
    assert result.location == f"http://127.0.0.1:{elsewhere.port}{op.path}"
    assert elsewhere.total == 0, elsewhere.heads
    assert server.counts[(op.http_method, op.path)] == 1


# --- byte-level corruptions (Hypothesis) -----------------------------------------------------------------------

EFFECTS = ("read", "idempotent", "create", "async", "money")
# One operation of each effect class, the first by name that the production client can call.
EFFECT_OPS = {
    effect: next(op_id for op_id in sorted(OPS) if OPS[op_id].effect == effect and not OPS[op_id].sandbox)
    for effect in EFFECTS
}
CORRUPTIONS = ("truncate", "flip", "insert", "duplicate key", "charset", "nest", "bomb", "corrupt gzip", "none")
FUZZ_LIMIT = 1 << 20  # max_response_bytes of the fuzzed clients: the bombs inflate to 2 MiB
PER_TARGET = max(settings.default.max_examples // 4, 12)


def _protected(body: bytes) -> list[tuple[int, int]]:
    """Spans of `"password": "..."` pairs: a flip there could rename the field so that nothing knows it is a
    secret any more; those corruptions are left out (the scanner would rightly see the password)."""
    spans = []
    for name in (b'"password"', b'"appPassword"'):
        start = body.find(name)
        while start != -1:
            end = body.find(b'"', body.find(b'"', start + len(name)) + 1) + 1
            spans.append((start, end))
            start = body.find(name, end)
    return spans


def _free_position(body: bytes, data: st.DataObject) -> int:
    spans = _protected(body)
    allowed = [i for i in range(len(body) + 1) if not any(a <= i < b for a, b in spans)]
    return data.draw(st.sampled_from(allowed), label="position")


def _corrupt(body: bytes, kind: str, data: st.DataObject) -> tuple[bytes, tuple[tuple[str, str], ...]]:
    headers: tuple[tuple[str, str], ...] = JSON
    if kind == "truncate":
        body = body[: data.draw(st.integers(0, len(body) - 1), label="cut")]
    elif kind == "flip":
        at = _free_position(body[:-1], data)
        body = body[:at] + bytes([body[at] ^ data.draw(st.integers(1, 255), label="xor")]) + body[at + 1 :]
    elif kind == "insert":
        at = _free_position(body, data)
        body = body[:at] + data.draw(st.binary(min_size=1, max_size=8), label="inserted") + body[at:]
    elif kind == "duplicate key":
        key = data.draw(st.sampled_from(["status", "data", "message", "actionId"]), label="key")
        value = data.draw(st.sampled_from(["200", "500", "404", "null", '"x"', "[]", "{}", "true"]), label="value")
        extra = f'"{key}": {value}'.encode()
        body = (
            (b"{" + extra + b", " + body[1:])
            if data.draw(st.booleans(), label="first")
            else body[:-1] + b", " + extra + b"}"
        )
    elif kind == "charset":
        encoding = data.draw(st.sampled_from(["utf-16", "utf-32", "utf-16-be", "latin-1", "utf-8"]), label="encoding")
        declared = data.draw(st.sampled_from(["utf-16", "utf-32", "latin-1", "utf-8", "klingon"]), label="declared")
        body = body.decode().replace("ok", "ök").encode(encoding)
        headers = (("content-type", f"application/json; charset={declared}"),)
    elif kind == "nest":
        depth = data.draw(st.sampled_from([50, 900, 2_000, 100_000]), label="depth")
        at = body.find(b'"data": ') + len(b'"data": ') if b'"data": ' in body else 1
        body = body[:at] + b"[" * depth + b"0" + b"]" * depth + (b", " if at == 1 else b', "was": ') + body[at:]
    elif kind == "bomb":
        body = gzip.compress(body[:-1] + b" " * (2 * FUZZ_LIMIT) + b"}", 1)
        headers = (*JSON, ("content-encoding", data.draw(st.sampled_from(["gzip", "x-gzip", "gzip, identity"]))))
    elif kind == "corrupt gzip":
        packed = bytearray(gzip.compress(body))
        at = data.draw(st.integers(10, len(packed) - 1), label="at")
        packed[at] ^= data.draw(st.integers(1, 255), label="xor")
        body, headers = bytes(packed), (*JSON, ("content-encoding", "gzip"))
    return body, headers


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("effect", EFFECTS)
def test_fuzz_corrupted_answers_are_typed(mode: Mode, effect: str, _server_process: FaultServer) -> None:
    """Valid answers (carrying passwords), corrupted byte by byte, served with a 2xx or an error status: every
    call ends as a result or a CMRError, an unreadable 2xx on a money/create/async call as OutcomeUnknownError,
    and no error shows the key or a password."""
    server = _server_process
    op_id = EFFECT_OPS[effect]
    op = OPS[op_id]
    args = valid_args(op)

    @settings(max_examples=PER_TARGET, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        kind=st.sampled_from(CORRUPTIONS), status=st.sampled_from([200, 200, 200, 201, 400, 404, 500]), data=st.data()
    )
    def check(kind: str, status: int, data: st.DataObject) -> None:
        server.clear()
        body, headers = _corrupt(_body(op_id, status), kind, data)
        server.script(Reply(status, body, headers))
        result = invoke(
            mode, op, args, **client_kwargs(op, server.base_url, max_retries=0, max_response_bytes=FUZZ_LIMIT)
        )
        REPORT.corruptions[f"{effect} ({op_id}) / {mode} / {kind}"] += 1
        _check(result, f"corrupted answer: {kind}", mode)
        if isinstance(result, ResponseValidationError) and status < 300 and not op.retry_safe:
            assert isinstance(result, OutcomeUnknownError), repr(result)
        if kind == "bomb" and status < 300:
            assert isinstance(result, ResponseTooLargeError), repr(result)
        for target in server.targets:
            assert KEY not in target

    check()
