"""Calling operations on either client, under a hard time bound, and checking for the API key everywhere."""

from __future__ import annotations

import asyncio
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any, Literal

import httpx

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller, Operation
from coldmailreseller._timing import Timing
from tests.reliability.report import REPORT

KEY = "sk-LEAKCHECK-1234567890"
# Mailbox passwords that hostile answers carry (test_hostile.py): no error, log or traceback may show them.
RESPONSE_SECRETS = ("PW-leak-9f8e7d6c5b4a", "APP-leak-0a1b2c3d4e5f")
NEEDLES = (KEY, *RESPONSE_SECRETS)
# No test may take longer than this, whatever the server does: client timeouts must end every call first.
HARD_BOUND = 15.0
MODES = ("sync", "async")
Mode = Literal["sync", "async"]
# Building an SSL context costs ~60 ms; one shared context keeps thousands of client constructions cheap.
SSL_CONTEXT = ssl.create_default_context()


class Pauses:
    """The clients' pauses (backoff, Retry-After) are recorded and skipped, so tests stay fast; `on_pause` lets a
    test act during one (start a server the next try will reach)."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self.on_pause: Callable[[float], None] | None = None
        self.timing = Timing(clock=time.monotonic, sleep=self._sleep, async_sleep=self._async_sleep)

    def _sleep(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self.on_pause is not None:
            self.on_pause(seconds)

    async def _async_sleep(self, seconds: float) -> None:
        self._sleep(seconds)


# The pauses of the running test, set by the `pauses` fixture (conftest.py).
PAUSES = Pauses()


def bounded(fn: Callable[[], Any], seconds: float = HARD_BOUND) -> Any:
    """Run `fn` in a thread; fail if it is still running after `seconds`. Re-raises what it raised."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller's thread as is
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise AssertionError(f"call still running after {seconds} s: the client hung")
    if "error" in box:
        raise box["error"]
    return box.get("value")


def client_kwargs(op: Operation[Any], base_url: str, **overrides: Any) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "api_key": KEY,
        "base_url": base_url,
        "rate_limit": None,
        "timeout": 0.5,
        "sandbox": op.sandbox,
    }
    return {**kwargs, **overrides}


Http = Literal["lent", "own", "follow"]


def invoke(mode: Mode, op: Operation[Any], args: dict[str, Any], http: Http = "lent", **kwargs: Any) -> Any:
    """Call `op` through the public facade of a fresh client; returns the result or the exception raised.
    `http`: lend the client an httpx client ("lent"), one that follows redirects ("follow"), or let it make its
    own ("own")."""
    follow = http == "follow"

    def sync_call() -> Any:
        with httpx.Client(verify=SSL_CONTEXT, follow_redirects=follow) as lent:
            lent_kw = {} if http == "own" else {"http_client": lent}
            with ColdMailReseller(**lent_kw, **kwargs) as client:
                client._use_timing(PAUSES.timing)
                check_no_leak(repr(client), "repr(client)")
                return getattr(getattr(client, op.resource), op.method)(**args)

    async def async_call() -> Any:
        async with httpx.AsyncClient(verify=SSL_CONTEXT, follow_redirects=follow) as lent:
            lent_kw = {} if http == "own" else {"http_client": lent}
            async with AsyncColdMailReseller(**lent_kw, **kwargs) as client:
                client._use_timing(PAUSES.timing)
                check_no_leak(repr(client), "repr(async client)")
                return await getattr(getattr(client, op.resource), op.method)(**args)

    try:
        return bounded(sync_call if mode == "sync" else lambda: asyncio.run(async_call()))
    except AssertionError:
        raise
    except Exception as exc:
        from tests.reliability.scanner import scan  # scanner imports this module

        check_exception(exc)
        scan(exc)
        return exc


def exception_texts(exc: BaseException) -> Iterable[str]:
    """str and repr of an exception and of every exception chained to it (bounded: chains can loop)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 50:
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield str(getattr(current, "args", ""))
        current = current.__cause__ or current.__context__


def check_no_leak(text: str, where: str) -> None:
    """Neither the API key nor a password served in an answer may be in `text`."""
    REPORT.secret_checks += 1
    for needle in NEEDLES:
        if needle in text:
            REPORT.secret_leaks.append(where)
            what = "the API key" if needle == KEY else "a password from an answer"
            raise AssertionError(f"{what} leaked in {where}")


def check_exception(exc: BaseException) -> None:
    for text in exception_texts(exc):
        check_no_leak(text, f"{type(exc).__name__} text")
