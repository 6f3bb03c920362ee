"""A scripted stand-in for the CMR API, a frozen clock, and a driver that runs the same test against the sync
and async clients.

Most client tests run on the testing kit (`coldmailreseller.testing.FakeCMR`, through `Driver.kit`). The scripted
stand-in is for what the kit rightly never does: malformed or quirky answers, headers the spec does not
document (request ids), connection errors, other base URLs and keys, and a clock that stands still."""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import threading
from collections.abc import Callable
from typing import Any

import httpx

from coldmailreseller import AsyncColdMailReseller, ColdMailReseller
from coldmailreseller._timing import Timing
from coldmailreseller.testing import FakeCMR

# Distinctive, so that a leak into a log line or an error message is easy to spot.
KEY = "cmr_live_SECRET_8f3a1c9e77d2"
BASE = "https://cmr.test/api/v1/integration"
ABSENT: Any = object()

Reply = Callable[[httpx.Request], httpx.Response] | type[Exception]


def respond(
    status: int = 200, *, json_body: Any = ABSENT, text: str | None = None, headers: dict[str, str] | None = None
) -> Reply:
    """A reply built afresh for every request (a Response object must not serve two requests)."""

    def build(request: httpx.Request) -> httpx.Response:
        if text is not None:
            return httpx.Response(status, text=text, headers=headers)
        return httpx.Response(status, content=json.dumps(json_body).encode(), headers=headers)

    return build


def ok(
    data: Any = ABSENT,
    *,
    status: int = 200,
    message: str = "Success",
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Reply:
    """A CMR envelope `{status, message, data}`, plus top-level extras such as actionId."""
    body: dict[str, Any] = {"status": status, "message": message, **extra}
    if data is not ABSENT:
        body["data"] = data
    return respond(status, json_body=body, headers=headers)


def fail(status: int, message: str = "Something went wrong", *, headers: dict[str, str] | None = None) -> Reply:
    return respond(status, json_body={"status": status, "message": message}, headers=headers)


class ScriptedCMR:
    """Answers requests with the scripted replies in order (the last one repeats) and records every request.

    A reply is a function of the request returning a Response, or an httpx exception class to raise.
    """

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies) or [ok()]
        self.requests: list[httpx.Request] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, type):
            raise reply("simulated by ScriptedCMR", request=request)  # type: ignore[call-arg]
        return reply(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)

    @property
    def calls(self) -> int:
        return len(self.requests)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


class FrozenClock:
    """The client's clock stands still and its sleeps (retry pauses, pacing) are recorded and return at once:
    each recorded wait is exactly what the client asked for."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now
        self.waits: list[float] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    @property
    def timing(self) -> Timing:
        return Timing(clock=self.monotonic, sleep=self.sleep, async_sleep=self.async_sleep)


class Driver:
    """Builds a sync or async client on a ScriptedCMR and resolves what its methods return."""

    def __init__(self, is_async: bool, clock: FrozenClock | None = None) -> None:
        self.is_async = is_async
        self.clock = clock or FrozenClock()
        self.client_class: type[ColdMailReseller] | type[AsyncColdMailReseller] = (
            AsyncColdMailReseller if is_async else ColdMailReseller
        )

    def __repr__(self) -> str:
        return "async" if self.is_async else "sync"

    def http(self, fake: ScriptedCMR) -> httpx.Client | httpx.AsyncClient:
        if self.is_async:
            return httpx.AsyncClient(transport=httpx.MockTransport(fake.handle_async))
        return httpx.Client(transport=httpx.MockTransport(fake.handle))

    def kit(self, fake: FakeCMR, **options: Any) -> Any:
        """A client on the testing kit's fake; it waits on `fake.clock` (its pauses: `fake.clock.sleeps`)."""
        return fake.async_client(**options) if self.is_async else fake.client(**options)

    def client(self, fake: ScriptedCMR, **options: Any) -> Any:
        """A client on `fake`; tests pass api_key/base_url=None explicitly to read them from the environment."""
        options.setdefault("api_key", KEY)
        options.setdefault("base_url", BASE)
        options.setdefault("rate_limit", None)
        client = self.client_class(http_client=self.http(fake), **options)
        client._use_timing(self.clock.timing)
        return client

    def run(self, result: Any) -> Any:
        """The value of a sync call, or the awaited value of an async one."""
        if inspect.isawaitable(result):
            return asyncio.run(_await(result))
        return result

    def collect(self, iterator: Any, limit: int | None = None) -> list[Any]:
        """The items of a sync or async iterator (at most `limit` of them)."""
        if hasattr(iterator, "__aiter__"):
            return asyncio.run(_drain(iterator, limit))
        return list(itertools.islice(iterator, limit))


async def _await(awaitable: Any) -> Any:
    return await awaitable


async def _drain(iterator: Any, limit: int | None) -> list[Any]:
    items: list[Any] = []
    async for item in iterator:
        if len(items) == limit:
            break
        items.append(item)
    return items
