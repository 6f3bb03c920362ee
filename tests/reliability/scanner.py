"""The secret scanner: everything a failed call leaves behind, searched for the API key and for the passwords
served in answers. str, repr, pickle bytes, a deep copy, the traceback rendered with every frame's locals (what
Sentry captures by default), the whole cause/context chain, and every attribute reachable from the error (the
sanitized `response`, its headers, content and request included). Log records are checked by conftest's guard."""

from __future__ import annotations

import contextlib
import copy
import pickle
import traceback
from pathlib import Path
from typing import Any

import httpx

from tests.reliability.report import REPORT
from tests.reliability.support import NEEDLES, check_no_leak

_MAX_OBJECTS = 2_000
_SUITE = str(Path(__file__).parent)


def _texts_of(value: Any, seen: set[int], depth: int = 0) -> list[str]:
    """Text of every value reachable from `value` (attributes, items, httpx objects' parts)."""
    if id(value) in seen or len(seen) > _MAX_OBJECTS or depth > 12:
        return []
    seen.add(id(value))
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes | bytearray):
        return [bytes(value).decode("latin-1")]
    if isinstance(value, httpx.Headers):
        return [f"{k}: {v}" for k, v in value.multi_items()] + [repr(value)]
    if isinstance(value, httpx.Response):
        parts = [repr(value), value.content.decode("latin-1") if value.is_stream_consumed else ""]
        parts += _texts_of(value.headers, seen, depth + 1)
        try:
            request = value.request
        except RuntimeError:
            return parts
        return parts + _texts_of(request, seen, depth + 1)
    if isinstance(value, httpx.Request):
        parts = [repr(value), str(value.url), *_texts_of(value.headers, seen, depth + 1)]
        with contextlib.suppress(httpx.RequestNotRead):
            parts.append(value.content.decode("latin-1"))
        return parts
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _texts_of(k, seen, depth + 1) + _texts_of(v, seen, depth + 1)]
    if isinstance(value, list | tuple | set | frozenset):
        return [t for item in value for t in _texts_of(item, seen, depth + 1)]
    out = [repr(value)]
    if isinstance(value, BaseException):
        out.append(str(value))
        out += _texts_of(value.args, seen, depth + 1)
        out += _texts_of(value.__cause__, seen, depth + 1) + _texts_of(value.__context__, seen, depth + 1)
    attributes = getattr(value, "__dict__", None)
    if isinstance(attributes, dict) and not isinstance(value, type):
        out += _texts_of(attributes, seen, depth + 1)
    return out


def scan(exc: BaseException) -> None:
    """Fail on any needle found anywhere the error carries; every text looked at counts in the report."""
    REPORT.scanned_errors += 1
    where = type(exc).__name__
    for text in _texts_of(exc, set()):
        check_no_leak(text, f"{where}: a reachable attribute")
    pickled = pickle.dumps(exc)
    for needle in NEEDLES:
        REPORT.secret_checks += 1
        if needle.encode() in pickled:
            REPORT.secret_leaks.append(f"{where}: pickle")
            raise AssertionError(f"a secret is in the pickle of {where}")
    check_no_leak(repr(pickle.loads(pickled).__dict__), f"{where}: unpickled")
    check_no_leak(repr(vars(copy.deepcopy(exc))), f"{where}: deep copy")
    rendered = traceback.TracebackException(type(exc), exc, exc.__traceback__, capture_locals=True)
    check_no_leak("".join(_library_frames(rendered).format(chain=True)), f"{where}: traceback with locals")


def _library_frames(rendered: traceback.TracebackException) -> traceback.TracebackException:
    """The rendered traceback without this suite's own frames: they hold the key the test passed as api_key=,
    as any caller's frames do (out of scope: what the caller holds is the caller's)."""
    seen: set[int] = set()
    current: traceback.TracebackException | None = rendered
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kept = [frame for frame in current.stack if not frame.filename.startswith(_SUITE)]
        current.stack = traceback.StackSummary.from_list(kept)
        current = current.__cause__ or current.__context__
    return rendered
