"""Decoding response bodies. Large ones (long lists) with msgspec, about twice as fast as the standard library
and exact on integers of any size; small ones with the standard library, which is as fast there and keeps
msgspec's import (several milliseconds) out of a short-lived process's start. Whatever msgspec refuses goes to
the standard library, which decides.

Whatever the body, `loads` returns a value or raises ValueError (`MalformedJSON`), never anything else:
- the bytes must be UTF-8, as JSON on the wire must be (RFC 8259); a declared charset is not believed, and
  UTF-16/32 bodies (which `json.loads` would guess from zero bytes) are refused;
- NaN, Infinity and numbers too large for a float (`1e999`) are refused: they are not JSON;
- integers of more than 4,300 digits are refused (Python's own limit on int parsing);
- nesting too deep for the parser (about a thousand levels) is refused instead of raising RecursionError;
- duplicate keys are not refused: the last one wins, as in every JSON decoder (RFC 8259 leaves it open); the
  typed model then checks what is left. Detecting them costs a Python call per object on every answer.
(orjson was measured as well: as fast, but it turns integers beyond 64 bits into floats.)"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

# Below this many bytes the standard library is as fast.
LARGE = 16 * 1024
_fast: Callable[[bytes | bytearray | str], Any] | None = None
_refused: type[Exception] = Exception  # msgspec.MsgspecError once msgspec is imported


class MalformedJSON(ValueError):
    """The body is not JSON this client accepts."""


def _constant(name: str) -> Any:
    raise MalformedJSON(f"{name} is not JSON")  # raised inside the decoder: no body is chained to it


def _float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise MalformedJSON("a number too large for a float")
    return value


# Numbers with a fraction or exponent are rare in CMR's answers; only they pay for the check.
_decode = json.JSONDecoder(parse_constant=_constant, parse_float=_float).decode


def loads(data: bytes | bytearray | str) -> Any:
    try:
        return _loads(data)
    except MalformedJSON:
        raise
    except (ValueError, RecursionError, MemoryError, OverflowError, TypeError) as exc:
        # ValueError covers UnicodeDecodeError and int parsing's digit limit; msgspec raises RecursionError too.
        error = MalformedJSON(f"{type(exc).__name__}: {_reason(exc)}")
    # Raised here, outside the handler, so that it is not chained to the original: a UnicodeDecodeError holds
    # the whole body (passwords included) and shows it in its repr.
    raise error


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"{exc.encoding} cannot decode byte {exc.start}: {exc.reason}"
    return str(exc)[:200]


def _loads(data: bytes | bytearray | str) -> Any:
    global _fast, _refused
    if len(data) >= LARGE:
        if _fast is None:
            import msgspec

            _fast, _refused = msgspec.json.Decoder().decode, msgspec.MsgspecError
        try:
            return _fast(data)
        except _refused:
            pass  # the standard library decides: the same value, or an error
    text = data if isinstance(data, str) else data.decode("utf-8")
    if text[:1] == "\ufeff":  # a UTF-8 byte order mark, which json.loads(bytes) used to skip
        text = text[1:]
    return _decode(text)
