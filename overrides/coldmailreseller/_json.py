"""Decoding response bodies: orjson, about twice as fast as the standard library on large lists, with the
standard library as the judge of what orjson refuses (NaN, integers beyond 64 bits, lone surrogates), so that
any body `json.loads` accepts is still accepted and decodes to the same values."""

from __future__ import annotations

import json
from typing import Any

import orjson


def loads(data: bytes | str) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)  # raises ValueError for what is not JSON at all
