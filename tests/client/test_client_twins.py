"""The sync and async requesters are twins: every method of one, with `async`/`await` and the async names
(`AsyncClient`, `AsyncIterator`, `acquire_async`, `async_sleep`, ...) normalised away, is the other token for
token. What may differ is listed here with its reason; anything else fails naming the first difference."""

from __future__ import annotations

import inspect
import io
import re
import textwrap
import tokenize
from collections.abc import Callable
from typing import Any

import pytest

from coldmailreseller._requester import AsyncRequester, SyncRequester

# Methods that differ by nature: how one try is bounded in time (a context variable read by our sync network
# backend; an asyncio timeout scope, or httpx's own timeouts under trio).
DIFFERENT = {"_attempt"}
# Token sequences that differ by necessity (async generators cannot `yield from`): async form -> sync form.
ALLOWED = [("for entry in items : yield entry", "yield from items")]
_SKIP = {tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}
_NAMES = {"SyncRequester": "Requester", "AsyncRequester": "Requester"}


def _normal(name: str) -> str:
    name = _NAMES.get(name, name)
    name = re.sub(r"^Async(?=[A-Z])", "", name)  # AsyncClient, AsyncIterator
    return re.sub(r"^async_|_async$", "", name)  # async_sleep, acquire_async


def _tokens(function: Callable[..., Any]) -> list[tuple[str, int]]:
    """The normalised tokens of a function's source, each with its line in the file."""
    source, first = inspect.getsourcelines(function)
    text = textwrap.dedent("".join(source))
    out = []
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type in _SKIP or token.type == tokenize.ENDMARKER:
            continue
        if token.type == tokenize.NAME and token.string in ("async", "await"):
            continue
        string = _normal(token.string) if token.type == tokenize.NAME else token.string
        out.append((string, first + token.start[0] - 1))
    return out


def _allow(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """`tokens` with the allowed async-only sequences rewritten to their sync form."""
    for async_form, sync_form in ALLOWED:
        pattern, replacement = async_form.split(), sync_form.split()
        index = 0
        while index <= len(tokens) - len(pattern):
            if [string for string, _ in tokens[index : index + len(pattern)]] == pattern:
                line = tokens[index][1]
                tokens[index : index + len(pattern)] = [(string, line) for string in replacement]
            index += 1
    return tokens


def _methods(cls: type) -> dict[str, Callable[..., Any]]:
    found = {}
    for name, value in vars(cls).items():
        if isinstance(value, property):
            value = value.fget
        if inspect.isfunction(value):
            found[name] = value
    return found


def first_difference(sync: Callable[..., Any], async_: Callable[..., Any]) -> str | None:
    """None when the two are twins; else where they first differ, with both lines."""
    left, right = _tokens(sync), _allow(_tokens(async_))
    for (a, line_a), (b, line_b) in zip(left, right, strict=False):
        if a != b:
            return f"sync line {line_a} has {a!r} where async line {line_b} has {b!r}"
    if len(left) != len(right):
        shorter = "sync" if len(left) < len(right) else "async"
        return f"the {shorter} one ends first (sync {len(left)} tokens, async {len(right)})"
    return None


def test_both_requesters_have_the_same_methods() -> None:
    assert set(_methods(SyncRequester)) == set(_methods(AsyncRequester))


@pytest.mark.parametrize("name", sorted(set(_methods(SyncRequester)) - DIFFERENT))
def test_twin_methods_are_equal(name: str) -> None:
    difference = first_difference(_methods(SyncRequester)[name], _methods(AsyncRequester)[name])
    assert difference is None, f"SyncRequester.{name} and AsyncRequester.{name} differ: {difference}"


def test_a_difference_is_named() -> None:
    def send(self: Any) -> None:
        self.core.limiter.pause(1)

    async def send_async(self: Any) -> None:
        await self.core.limiter.pause_async(2)

    difference = first_difference(send, send_async)
    assert difference is not None and "'1'" in difference and "'2'" in difference
