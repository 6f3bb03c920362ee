"""Decoding response bodies. Large ones (long lists) with msgspec, about twice as fast as the standard library
and exact on integers of any size; small ones with the standard library, which is as fast there and keeps
msgspec's import (several milliseconds) out of a short-lived process's start. Whatever msgspec refuses (NaN,
Infinity, out-of-range floats, lone surrogates) goes to the standard library too, so any body `json.loads`
accepts is accepted and decodes to the same values. (orjson was measured as well: as fast, but it turns
integers beyond 64 bits into floats.)"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

# Below this many bytes the standard library is as fast.
LARGE = 16 * 1024
_fast: Callable[[bytes | str], Any] | None = None
_refused: type[Exception] = Exception  # msgspec.MsgspecError once msgspec is imported


def loads(data: bytes | str) -> Any:
    global _fast, _refused
    if len(data) < LARGE:
        return json.loads(data)
    if _fast is None:
        import msgspec

        _fast, _refused = msgspec.json.Decoder().decode, msgspec.MsgspecError
    try:
        return _fast(data)
    except _refused:
        return json.loads(data)  # the standard library decides: the same value, or ValueError if not JSON
