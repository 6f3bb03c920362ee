"""`FakeCMR`: CMR in the test process, built from the spec, for teams testing code that uses the client."""

from __future__ import annotations

import hmac
import inspect
import json
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar, overload

import httpx

from coldmailreseller_generated import api
from coldmailreseller_generated.operations import OPERATIONS

from .._client import AsyncColdMailReseller, ColdMailReseller
from .._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, arguments
from .._drift import OnDrift
from .._encode import encode
from .._limits import DEFAULT_MAX_RESPONSE_BYTES
from .._runtime import Operation
from ..models import ServiceProvider, SubscriptionStatus
from ..webhooks import Delivery, EventStore, WebhookHandler
from ._clock import VirtualClock
from ._faults import Fault, Faults, known_operation
from ._reply import Rejected, Unknown, error_response, json_response, phrase
from ._routes import ROUTES, answer, route
from ._state import PERIOD, PreWarmedDomain, State
from ._webhooks import Outbox, WebhookDelivery

T = TypeVar("T")
ClientT = TypeVar("ClientT", ColdMailReseller, AsyncColdMailReseller)
Receiver = Callable[[bytes, Mapping[str, str]], T]
# What `route()` answers with: a JSON body, an httpx.Response, or a function of the request returning either.
RouteAnswer = Any
# The header CMR's request id travels in (the first name the client reads, `_response.REQUEST_ID_HEADERS`).
REQUEST_ID_HEADER = "x-request-id"

DEFAULT_API_KEY = "cmr-fake-api-key"
# The spec's placeholder server for the sandbox, whose real URL upstream does not publish.
SANDBOX_BASE_URL = "https://sandbox.invalid/api/v1/integration"
# What seed_user() fills in for the fields users.create requires and the caller leaves out.
_USER_DEFAULTS = {
    "company": "Example Co",
    "first_name": "Test",
    "last_name": "User",
    "country": "US",
    "city": "Austin",
    "address_line_one": "1 Main St",
    "language_preference": "en",
    "postal_code": "73301",
    "state": "Texas",
    "phone_cc": "1",
    "phone": "5125550100",
}


class FakeCMR:
    """CMR's Integration API in this process: strict about requests, with state, faults and signed webhooks.

    `client()` and `async_client()` give clients wired to it (no sockets) that pace and retry on its virtual
    `clock`, so waiting costs no real time. Requests are checked against the spec as described in
    docs/testing.md; the answers conform to the spec's response schemas.

    Args:
        api_key: the partner key the fake accepts (`api_key`); it is also the secret webhooks are signed with.
        sandbox: act as the sandbox: the key travels as `cmr-x-sandbox-api-key`, and the sandbox-only
            operations exist.
        start: the fake's date when it starts (an aware datetime; now by default). Its dates move with `clock`.
    """

    def __init__(self, api_key: str = DEFAULT_API_KEY, *, sandbox: bool = False, start: datetime | None = None) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        self.api_key = api_key
        self.sandbox = sandbox
        self.base_url = SANDBOX_BASE_URL if sandbox else api.BASE_URL
        self.clock = VirtualClock(start)
        self._key_header = api.SANDBOX_API_KEY_HEADER if sandbox else api.API_KEY_HEADER
        self._base = httpx.URL(self.base_url)
        self._outbox = Outbox(api_key)
        self._state = State(self._outbox, self.clock.date)
        self._faults = Faults()
        self._requests: list[tuple[httpx.Request, str | None]] = []
        self._routes: dict[tuple[str, str], Callable[[httpx.Request], httpx.Response]] = {}
        self._answered = 0
        # Clients may be shared by threads; one request at a time keeps state and faults consistent.
        self._lock = threading.RLock()
        self._receiver: WebhookHandler | Receiver[object] | None = None  # auto_complete's deliver_to
        # Where the fake's clients look for outcomes, and where auto_complete records deliveries by default.
        self.events = EventStore("memory")
        self._delivering = threading.RLock()
        self.clock.on_move(self._tick)

    def __repr__(self) -> str:
        return (
            f"FakeCMR(base_url={self.base_url!r}, sandbox={self.sandbox}, api_key='**********', "
            f"requests={len(self._requests)}, deliveries={len(self._outbox.deliveries)})"
        )

    # -- clients -----------------------------------------------------------------------------------------------

    # The settings the fake decides for its clients; the others are the caller's, as on the real client (and
    # tests/client/test_client_config.py checks that client() and async_client() take every one of them).
    _KIT_SETTINGS = ("base_url", "sandbox", "rate_limit_store")

    def client(
        self,
        *,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        on_drift: OnDrift | None = None,
        event_store: EventStore | str | None = None,
    ) -> ColdMailReseller:
        """A `ColdMailReseller` on this fake: its key unless `api_key` says otherwise, pacing off unless
        `rate_limit` is given, and waits on the fake's clock, including `result.wait()`, which looks for outcomes
        in `event_store` (`fake.events` unless given). `on_drift` as on the real client (the fake's answers give
        none). Closing it closes its transport."""
        http = httpx.Client(transport=httpx.MockTransport(self._handle))
        return self._wired(ColdMailReseller, http, on_drift, arguments(locals()))

    def async_client(
        self,
        *,
        api_key: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        on_drift: OnDrift | None = None,
        event_store: EventStore | str | None = None,
    ) -> AsyncColdMailReseller:
        """An `AsyncColdMailReseller` on this fake, set up like `client()`."""
        http = httpx.AsyncClient(transport=httpx.MockTransport(self._handle))
        return self._wired(AsyncColdMailReseller, http, on_drift, arguments(locals()))

    def _wired(self, cls: type[ClientT], http: Any, on_drift: OnDrift | None, settings: dict[str, Any]) -> ClientT:
        if settings.get("api_key") is None:
            settings["api_key"] = self.api_key
        if settings.get("event_store") is None:
            settings["event_store"] = self.events  # not CMR_EVENT_STORE: the fake's deliveries are recorded here
        client = cls(
            **settings,
            base_url=self.base_url,
            sandbox=self.sandbox,
            rate_limit_store="memory",  # paced on the fake's clock, whatever CMR_RATE_LIMIT_STORE says
            http_client=http,
            on_drift=on_drift,
        )
        client._use_timing(self.clock.timing)
        # The transport was made for this client alone, and holds no sockets that a forked child could share.
        client._connections.owned = client._connections.fork_safe = True
        return client

    # -- serving -----------------------------------------------------------------------------------------------

    def _handle(self, request: httpx.Request) -> httpx.Response:
        response = self._answer(request)
        with self._lock:
            self._answered += 1
            # Every answer carries a request id, as CMR's do, for the client's errors and results.
            response.headers[REQUEST_ID_HEADER] = f"req_fake_{self._answered:06d}"
        return response

    def _answer(self, request: httpx.Request) -> httpx.Response:
        op = route(self._base, request)
        with self._lock:
            self._state.tick()
            self._requests.append((request, None if op is None else op.operation_id))
            wait = self._faults.throttle(self.clock.now())
            if wait is not None:
                return error_response(429, phrase(429), headers={"retry-after": str(wait)})
            if op is None:
                custom = self._custom_route(request)
                if custom is None:
                    return error_response(404, f"No such endpoint: {request.method} {request.url.path}")
                if not self._authorized(request, sandbox_only=False):
                    return error_response(401, "Invalid API Key")
                return custom(request)
            fault = self._faults.take(op.operation_id)
            if fault is not None and fault.status is None:
                if fault.applied:
                    self._respond(op, request)  # CMR did the work; its answer is what gets lost
                # Sent, and no answer: the client cannot know whether CMR applied it.
                raise httpx.ReadTimeout("timed out (simulated by FakeCMR)", request=request)
            if fault is not None and fault.status is not None:
                retry = {} if fault.retry_after is None else {"retry-after": f"{fault.retry_after:g}"}
                return error_response(fault.status, phrase(fault.status), headers=retry)
            return self._respond(op, request)

    def _respond(self, op: Operation[Any], request: httpx.Request) -> httpx.Response:
        if not self._authorized(request, op.sandbox):
            return error_response(401, "Invalid API Key")
        try:
            status, envelope = answer(self._state, op, request)
        except Rejected as refused:
            return error_response(refused.status, refused.message, refused.data)
        return json_response(status, envelope)

    def _authorized(self, request: httpx.Request, sandbox_only: bool) -> bool:
        # Production and sandbox keys are not interchangeable, and only the sandbox has the sandbox operations.
        if sandbox_only and not self.sandbox:
            return False
        sent = request.headers.get(self._key_header)
        return sent is not None and hmac.compare_digest(sent.encode(), self.api_key.encode())

    def _custom_route(self, request: httpx.Request) -> Callable[[httpx.Request], httpx.Response] | None:
        url = request.url
        if (url.scheme, url.host, url.port) != (self._base.scheme, self._base.host, self._base.port):
            return None
        if not url.path.startswith(self._base.path):
            return None
        return self._routes.get((request.method, url.path[len(self._base.path) :]))

    def route(self, method: str, path: str, answer: RouteAnswer, *, status: int = 200) -> None:
        """Answer `method path` (relative to the base URL, like `cmr.request()`), a path the spec does not have,
        for code that calls CMR through `request()`: `answer` is the JSON body to send with `status`, an
        `httpx.Response`, or a function of the `httpx.Request` returning either. The key is checked and the rate
        limit counts as for any call; the request is in `fake.requests`. Routing a path again replaces it;
        ValueError for a path the spec has (its operation answers it: use `fail_next` or seed the state)."""
        method = method.upper()
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/' (relative to the base URL), got {path!r}")
        path = path.split("?", 1)[0]
        known = ROUTES.get((method, path))
        if known is not None:
            raise ValueError(f"{method} {path} is the spec's {known.operation_id}: the fake answers it already")
        if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
            raise ValueError(f"status must be an HTTP status, got {status!r}")

        def respond(request: httpx.Request) -> httpx.Response:
            value = answer(request) if callable(answer) else answer
            if isinstance(value, httpx.Response):
                return value
            return httpx.Response(status, content=json.dumps(value), headers={"content-type": "application/json"})

        with self._lock:
            self._routes[(method, path)] = respond

    def _tick(self) -> None:
        with self._lock:
            self._state.tick()
        self._auto_deliver()

    # -- what was sent -----------------------------------------------------------------------------------------

    @property
    def requests(self) -> list[httpx.Request]:
        """Every request that reached the fake, in order (retries included, unknown paths too)."""
        with self._lock:
            return [request for request, _ in self._requests]

    def calls(self, operation_id: str) -> list[httpx.Request]:
        """The requests of one operation (by operationId, as in `coldmailreseller.OPERATIONS`), in order."""
        known_operation(operation_id)
        with self._lock:
            return [request for request, op_id in self._requests if op_id == operation_id]

    # -- faults ------------------------------------------------------------------------------------------------

    def fail_next(self, operation_id: str, status: int = 503, retry_after: float | None = None, times: int = 1) -> None:
        """Answer the next `times` calls of the operation with `status` (an error envelope), with a
        `Retry-After` header when `retry_after` is given. Nothing of those calls is applied."""
        if isinstance(status, bool) or not isinstance(status, int) or not 400 <= status <= 599:
            raise ValueError(f"status must be an error status (400-599), got {status!r}")
        with self._lock:
            self._faults.schedule(operation_id, Fault(status, retry_after), times)

    def timeout_next(self, operation_id: str, times: int = 1, applied: bool = False) -> None:
        """Let the next `times` calls of the operation time out after they were sent (`httpx.ReadTimeout`), so
        the client's outcome-unknown rules apply (`OutcomeUnknownTimeoutError` for a call that moves money or
        starts work). With `applied=False` nothing of those calls is applied; with `applied=True` the fake does
        what each asked (an order is placed, and completes like any other) and only the answer is lost: the
        dangerous case, where resending would order twice."""
        if not isinstance(applied, bool):
            raise ValueError(f"applied must be True or False, got {applied!r}")
        with self._lock:
            self._faults.schedule(operation_id, Fault(None, applied=applied), times)

    def rate_limit(self, per_second: int | None) -> None:
        """Answer 429 with `Retry-After` (whole seconds, by the virtual clock) to requests beyond `per_second`
        in any second; None lifts the limit."""
        with self._lock:
            self._faults.limit(per_second)

    # -- webhooks ----------------------------------------------------------------------------------------------

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        """Every webhook delivery emitted so far, in order, delivered or not."""
        return self._outbox.deliveries

    @overload
    def deliver(self, receiver: WebhookHandler) -> list[Delivery]: ...
    @overload
    def deliver(self, receiver: Receiver[T]) -> list[T]: ...
    def deliver(self, receiver: WebhookHandler | Receiver[Any]) -> list[Any]:
        """Hand every pending delivery, in order, to a `WebhookHandler` (its `handle`) or to a function of
        `(body, headers)` such as your endpoint's view, and return what each returned. A delivery whose receiver
        raises stays pending, and the error propagates."""
        return self._outbox.deliver(receiver)

    @overload
    async def deliver_async(self, receiver: WebhookHandler) -> list[Delivery]: ...
    @overload
    async def deliver_async(self, receiver: Receiver[Awaitable[T]]) -> list[T]: ...
    async def deliver_async(self, receiver: WebhookHandler | Receiver[Awaitable[Any]]) -> list[Any]:
        """`deliver` for asyncio receivers: `WebhookHandler.handle_async`, or a coroutine function."""
        return await self._outbox.deliver_async(receiver)

    def auto_complete(
        self, after: float | timedelta = 60.0, deliver_to: WebhookHandler | Receiver[object] | None = None
    ) -> None:
        """From now on, CMR's asynchronous work finishes by itself on `clock`: every confirmed order (domain and
        mailbox orders) completes `after` seconds (or a timedelta) of virtual time after it was placed, as
        `complete_order` would, orders placed earlier included, and renewals asked for with `subscriptions.renew`
        are done as long after the call (see docs/testing.md). The clock moves when a client made by the fake
        waits (retries, pacing, `wait()`), or with `clock.advance()`.

        Each time the clock moves, every pending delivery (the orders' and any other the fake emitted) is handed,
        in order, to `deliver_to`: a `WebhookHandler` (its `handle`) or a function of `(body, headers)`; it is
        called in the thread that moved the clock, so it must not be a coroutine function. A receiver that raises
        leaves its delivery pending, and the error propagates to whoever moved the clock. Without `deliver_to`, a
        `WebhookHandler(api_key, events=fake.events)` records them in `events`, where the fake's clients find
        outcomes (`result.wait()`); a receiver of yours records there when it is a
        `WebhookHandler(..., events=fake.events)`. Calling it again changes `after` and the receiver."""
        if deliver_to is not None and not callable(deliver_to) and not isinstance(deliver_to, WebhookHandler):
            raise ValueError(
                f"deliver_to must be a WebhookHandler or a function of (body, headers), got {deliver_to!r}"
            )
        if inspect.iscoroutinefunction(deliver_to):
            raise ValueError("deliver_to must be synchronous: the fake delivers in the thread that moves its clock")
        self._complete_after(
            after, WebhookHandler(self.api_key, events=self.events) if deliver_to is None else deliver_to
        )

    def _complete_after(self, after: float | timedelta, receiver: WebhookHandler | Receiver[object] | None) -> None:
        seconds = after.total_seconds() if isinstance(after, timedelta) else after
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not 0 <= seconds < float("inf"):
            raise ValueError(f"after must be a number of seconds >= 0 or a timedelta, got {after!r}")
        with self._lock:
            self._state.complete_after = timedelta(seconds=seconds)
            self._receiver = receiver
        self._tick()  # orders already due complete now

    def _auto_deliver(self) -> None:
        receiver = self._receiver
        if receiver is not None:
            with self._delivering:  # one thread at a time walks the outbox, so nothing is delivered twice
                self._outbox.deliver(receiver)

    # -- state -------------------------------------------------------------------------------------------------

    def fail_order(self, order_id: str, reason: str = "Insufficient wallet balance") -> list[WebhookDelivery]:
        """End a pending order as failed, as CMR reports it: `domain.order.failed` for each domain of a domain
        order (no mailbox events follow, and its domains stay free to order), `mailbox.order.failed` for a mailbox
        order; each carries the order's `orderId` and `reason` (upstream does not publish these payloads, see
        docs/testing.md). Returns the deliveries. ValueError for an unknown, finished or unconfirmed order."""
        if not isinstance(reason, str) or not reason:
            raise ValueError(f"reason must be a non-empty string, got {reason!r}")
        with self._lock:
            return self._state.fail(order_id, reason)

    def complete_order(self, order_id: str) -> list[WebhookDelivery]:
        """Finish an order as CMR does once it is provisioned: its domains, subscriptions and mailboxes appear,
        and `domain.order.success`, `mailbox.order.success` and one `mailbox.created` per mailbox are emitted
        (returned too). ValueError for an unknown, finished or unconfirmed (`confirm=False`) order."""
        with self._lock:
            return self._state.complete(order_id)

    def seed_user(self, **fields: Any) -> str:
        """Add a user without a request and return its id. Takes the keyword arguments of `users.create`,
        checked the same way; the required ones left out get placeholder values."""
        with self._lock:
            defaults = {**_USER_DEFAULTS, "email": f"user{len(self._state.users) + 1}@example.com"}
            body = encode(OPERATIONS["createUser"], {**defaults, **fields}).json or {}
            return str(self._state.add_user(body)["id"])

    def seed_domain(
        self,
        user_id: str,
        domain: str,
        *,
        auto_renew: bool = False,
        registered_at: datetime | None = None,
        expires_at: datetime | None = None,
    ) -> str:
        """Register a domain for a user and return its domainId. `registered_at` is the fake's date unless given,
        `expires_at` a year later unless given (the renewal quote's `expireOn`); a subscription on a domain that
        expires before the subscription's period ends fails to renew, unless the domain renews automatically."""
        with self._lock:
            self._existing(lambda: self._state.user(user_id))
            if self._state.taken(domain):
                raise ValueError(f"{domain} is registered already")
            registered = _aware("registered_at", registered_at) or self._state.now()
            expires = _aware("expires_at", expires_at)
            if expires is not None and expires <= registered:
                raise ValueError("expires_at must be after registered_at")
            record = self._state.add_domain(user_id, domain, registered, auto_renew=auto_renew, expires_at=expires)
            return record.domain_id

    def seed_subscription(
        self,
        user_id: str,
        domain: str,
        *,
        status: str = "ACTIVE",
        service_provider: str = "GOOGLE",
        auto_renew: bool = False,
        period_start: datetime | None = None,
        period_end: datetime | None = None,
    ) -> str:
        """Add a mailbox subscription on one of the user's domains (registering the domain if the user does not
        have it) and return its subscriptionId; `seed_mailbox` fills it. The period starts at the fake's date
        unless `period_start` says otherwise and lasts 30 days unless `period_end` says otherwise; the clock
        renews or expires it when it ends (see `clock`)."""
        status, provider = SubscriptionStatus(status).value, ServiceProvider(service_provider).value
        with self._lock:
            self._existing(lambda: self._state.user(user_id))
            start = _aware("period_start", period_start) or self._state.now()
            end = _aware("period_end", period_end) or start + PERIOD
            if end <= start:
                raise ValueError("period_end must be after period_start")
            owned = [d for d in self._state.domains.values() if d.user_id == user_id and d.name == domain]
            if not owned and self._state.taken(domain):
                raise ValueError(f"{domain} is registered to another user")
            record = owned[0] if owned else self._state.add_domain(user_id, domain, start)
            subscription = self._state.add_subscription(record, provider, auto_renew, start, status, end)
            return subscription.subscription_id

    def seed_mailbox(
        self, subscription_id: str, username: str, *, first_name: str | None = None, last_name: str | None = None
    ) -> str:
        """Add a mailbox (`username@<the subscription's domain>`) to a subscription and return its mailboxId."""
        with self._lock:
            subscription = self._existing(lambda: self._state.subscription(subscription_id))
            return self._state.add_mailbox(subscription, username, first_name, last_name).mailbox_id

    def seed_prewarmup_domain(
        self,
        domain: str,
        *,
        service_provider: str = "GOOGLE",
        mailboxes: Sequence[str] = (),
        purchase_price: float | None = None,
        renewal_price: float | None = None,
    ) -> None:
        """Put a pre-warmed domain with ready mailboxes (their usernames) in the inventory, for
        `prewarmup.list()` and `prewarmup.order()`."""
        provider = ServiceProvider(service_provider).value
        with self._lock:
            self._state.inventory[domain] = PreWarmedDomain(
                domain, provider, list(mailboxes), self._state.now(), purchase_price, renewal_price
            )

    def seed_country(self, code: str, name: str, states: Mapping[str, str] | None = None) -> None:
        """Add a country to `geo.list_countries()` (`name` -> `code`, the ISO 3166-1 alpha-2 code users take)
        and, when given, its states to `geo.list_states(country_code=code)` (state name -> state code). The
        lists start with the documented example's United States (US) and New York (NY)."""
        if not (isinstance(code, str) and len(code) == 2 and code.isascii() and code.isupper()):
            raise ValueError(f"code must be an ISO 3166-1 alpha-2 code like 'US', got {code!r}")
        with self._lock:
            self._state.countries[name] = code
            if states is not None:
                self._state.states.setdefault(code, {}).update(states)

    @staticmethod
    def _existing(find: Callable[[], T]) -> T:
        try:
            return find()
        except Rejected as missing:
            raise Unknown(missing.message) from None


def _aware(name: str, moment: datetime | None) -> datetime | None:
    if moment is not None and moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime (with tzinfo=UTC)")
    return moment
