"""Every exception class coldmailreseller can raise, found by walking `CMRError`'s subclasses, and a factory
for a realistic instance of each.

Where the library raises the class itself, the factory makes it raise it: a real call through an
`httpx.MockTransport` (so an `APIError` carries a `response` whose request holds the API key header), a real
argument check, a real webhook verification. Classes the library declares but does not raise yet are built
the way their docstrings describe. Importable by name, so that spawned pool workers build the same instances.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Callable
from typing import Any
from unittest import mock

import httpx

import coldmailreseller
from coldmailreseller import OPERATIONS, ColdMailReseller, _response
from coldmailreseller import errors as E
from coldmailreseller.webhooks import errors as W

KEY = "sk-PICKLE-LEAKCHECK-0123456789"
BASE_URL = "https://cmr.test/api/v1/integration"
USER_ID = "USR94KD7S2LQ8X5M1Z0"
ORDER = {"userId": USER_ID, "domains": [{"domain": "janedoe.com", "years": 1}]}


def discover() -> list[type[E.CMRError]]:
    """Every CMRError subclass in the package: each of its modules imported, then the subclasses walked."""
    for module in (
        "coldmailreseller",
        "coldmailreseller.errors",
        "coldmailreseller.webhooks",
        "coldmailreseller.testing",
    ):
        importlib.import_module(module)
    for info in pkgutil.walk_packages(coldmailreseller.__path__, "coldmailreseller."):
        importlib.import_module(info.name)
    found: dict[type[E.CMRError], None] = {E.CMRError: None}
    pending = [E.CMRError]
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub not in found:
                found[sub] = None
                pending.append(sub)
    return list(found)


def name(cls: type[BaseException]) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


# -- real calls ------------------------------------------------------------------------------------------------


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> ColdMailReseller:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return ColdMailReseller(api_key=KEY, base_url=BASE_URL, rate_limit=None, max_retries=0, http_client=http)


def _raised(call: Callable[[], Any]) -> E.CMRError:
    try:
        call()
    except E.CMRError as exc:
        return exc
    raise AssertionError("the call raised nothing")


def _answer(status: int, *, content: bytes | None = None, **headers: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        sent = {"x-request-id": f"req-{status}", **{k.replace("_", "-"): v for k, v in headers.items()}}
        if content is not None:
            return httpx.Response(status, headers=sent, content=content)
        body = {"status": status, "message": f"CMR says {status}", "data": None}
        return httpx.Response(status, headers=sent, json=body)

    return handler


def _failing(error: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("the network failed", request=request)

    return handler


def get_user(handler: Callable[[httpx.Request], httpx.Response]) -> E.CMRError:
    with _client(handler) as cmr:
        return _raised(lambda: cmr.users.get(user_id=USER_ID))


def create_order(handler: Callable[[httpx.Request], httpx.Response]) -> E.CMRError:
    """A call that moves money (`request()` with POST), whose failures leave the outcome unknown."""
    with _client(handler) as cmr:
        return _raised(lambda: cmr.request("POST", "/orders", json=ORDER))


def _closed() -> E.CMRError:
    cmr = ColdMailReseller(api_key=KEY, base_url=BASE_URL, rate_limit=None)  # its own connections, closed by it
    cmr.close()
    return _raised(lambda: cmr.users.get(user_id=USER_ID))


def _forked() -> E.CMRError:
    cmr = _client(_answer(200))
    with mock.patch("os.getpid", return_value=os.getpid() + 1):  # as in a child forked after the client was made
        return _raised(lambda: cmr.users.get(user_id=USER_ID))


def _redirect() -> E.CMRError:
    """RedirectError as `api_error` builds it for a 3xx (the requester does not raise it yet: see the report)."""
    request = httpx.Request("GET", f"{BASE_URL}/users?userId={USER_ID}", headers={"cmr-x-api-key": KEY})
    location = "https://customers.coldmailreseller.com/login"
    response = httpx.Response(302, headers={"location": location, "x-request-id": "req-302"}, request=request)
    error = _response.api_error(OPERATIONS["getUser"], response)
    assert isinstance(error, E.RedirectError)
    error.location = location
    return error


def _webhook_mismatch() -> E.CMRError:
    from coldmailreseller.webhooks import sign, verify

    body = b'{"event": "mailbox.created", "eventId": "evt_1", "data": {}}'
    headers = sign(body, "another-secret", timestamp=1_760_000_000)
    return _raised(lambda: verify(body, headers, KEY, now=1_760_000_000))


def _webhook_payload() -> E.CMRError:
    from coldmailreseller.webhooks import parse_event

    return _raised(lambda: parse_event(b'{"eventId": "evt_1", "data": {"password": "hunter2"}}'))


def _store_down() -> E.CMRError:
    """A real outage: an SQLite deduplicator whose file cannot be opened (the same path in every process, so that
    the instances built by pool workers equal the parent's)."""
    from coldmailreseller.webhooks import SQLiteDeduplicator

    return _raised(lambda: SQLiteDeduplicator("/proc/cmr-no-such-folder/events.sqlite3"))


def _event_store_down() -> E.CMRError:
    """The same outage for the event store."""
    from coldmailreseller.webhooks import EventStore

    return _raised(lambda: EventStore("sqlite:///proc/cmr-no-such-folder/events.sqlite3"))


def _outcome_timeout() -> E.CMRError:
    """A real wait for a renewal whose events never arrive, on a memory event store."""
    from coldmailreseller.webhooks import EventStore

    http = httpx.Client(transport=httpx.MockTransport(_answer(200)))
    with ColdMailReseller(
        api_key=KEY, base_url=BASE_URL, rate_limit=None, http_client=http, event_store=EventStore("memory")
    ) as cmr:
        return _raised(lambda: cmr.subscriptions.renew(subscription_ids=["SUB1", "SUB2"]).wait(timeout=0))


def _not_trackable() -> E.CMRError:
    """wait() on a removal, whose outcome upstream does not document."""
    with _client(_answer(200)) as cmr:
        return _raised(lambda: cmr.mailboxes.delete(user_id=USER_ID, mailbox_id="MBX1").wait(timeout=1))


FACTORIES: dict[str, Callable[[], E.CMRError]] = {
    name(E.CMRError): lambda: E.CMRError("coldmailreseller failed"),
    name(E.ConfigurationError): lambda: _raised(
        lambda: ColdMailReseller(api_key=KEY, rate_limit_store="memcached://127.0.0.1:11211")
    ),
    name(E.ClientClosedError): _closed,
    name(E.ClientForkedError): _forked,
    name(E.OutcomeNotTrackableError): _not_trackable,
    name(E.OutcomeTimeoutError): _outcome_timeout,
    name(E.InvalidArgumentError): lambda: _raised(lambda: _client(_answer(200)).users.get(user_id="")),
    name(E.APIError): lambda: E.APIError("CMR failed", operation_id="getUser", method="users.get", request_id="r1"),
    name(E.APIStatusError): lambda: get_user(_answer(418)),
    name(E.BadRequestError): lambda: get_user(_answer(400)),
    name(E.AuthenticationError): lambda: get_user(_answer(401)),
    name(E.PermissionDeniedError): lambda: get_user(_answer(403)),
    name(E.NotFoundError): lambda: get_user(_answer(404)),
    name(E.ConflictError): lambda: get_user(_answer(409)),
    name(E.UnprocessableEntityError): lambda: get_user(_answer(422)),
    name(E.RateLimitError): lambda: get_user(_answer(429, retry_after="120")),
    name(E.InternalServerError): lambda: get_user(_answer(500)),
    name(E.RedirectError): _redirect,
    name(E.APIConnectionError): lambda: get_user(_failing(httpx.ConnectError)),
    name(E.APITimeoutError): lambda: get_user(_failing(httpx.ReadTimeout)),
    name(E.ResponseValidationError): lambda: get_user(_answer(200, content=b"<html>maintenance</html>")),
    name(E.ResponseTooLargeError): lambda: E.ResponseTooLargeError(
        "the answer is larger than max_response_bytes (10485760)",
        operation_id="listSubscriptions",
        status_code=200,
        body='{"status": 200, "data": [{"subscriptionId": "SUB1"',
        request_id="req-large",
    ),
    name(E.OutcomeUnknownError): lambda: E.OutcomeUnknownError("createOrderJson: the outcome is unknown"),
    name(E.OutcomeUnknownTimeoutError): lambda: create_order(_failing(httpx.ReadTimeout)),
    name(E.OutcomeUnknownConnectionError): lambda: create_order(_failing(httpx.RemoteProtocolError)),
    name(E.OutcomeUnknownServerError): lambda: create_order(_answer(503)),
    name(E.OutcomeUnknownTooLargeError): lambda: E.OutcomeUnknownTooLargeError(
        "the answer is larger than max_response_bytes (33554432)",
        operation_id="createOrderJson",
        status_code=200,
        body='{"status": 200, "data": {"orderId": "ORD1"',
        request_id="req-large",
    ),
    name(E.OutcomeUnknownResponseError): lambda: E.OutcomeUnknownResponseError(
        "the body is not JSON", operation_id="createOrderJson", status_code=200, body="<html>", request_id="req-200"
    ),
    name(W.WebhookVerificationError): _webhook_mismatch,
    name(W.WebhookPayloadError): _webhook_payload,
    name(W.DeduplicationStoreError): _store_down,
    name(W.EventStoreError): _event_store_down,
}


def build(class_name: str) -> E.CMRError:
    error = FACTORIES[class_name]()
    assert name(type(error)) == class_name, f"the factory for {class_name} made a {name(type(error))}"
    return error


def raise_it(class_name: str) -> str:
    """A pool task: raise the error in the worker, for the parent to receive."""
    raise build(class_name)


def raise_some(class_name: str) -> str:
    """A pool task that succeeds for every other task, so that one failing task does not spoil the rest."""
    if class_name.startswith("ok:"):
        return class_name
    raise build(class_name)


def state(error: BaseException) -> dict[str, Any]:
    """What must survive a round trip: type, text, args and every attribute but `response` (left behind)."""
    attributes = {k: v for k, v in vars(error).items() if k != "response"}
    for attribute in ("message", "status_code", "request_id", "operation_id", "argument", "path", "reason"):
        if hasattr(error, attribute):
            attributes.setdefault(attribute, getattr(error, attribute))
    for attribute in ("retry_after", "location", "body"):
        if hasattr(error, attribute):
            attributes[attribute] = getattr(error, attribute)
    return {"type": name(type(error)), "str": str(error), "args": error.args, "attributes": attributes}
