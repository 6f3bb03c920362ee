"""The local CMR (`python -m coldmailreseller.testing`) as a real subprocess over real HTTP, driven by the real
client and the `/_fake/` control endpoints. Every wait is bounded; every process is killed in teardown."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO, Any

import httpx
import pytest

from coldmailreseller import (
    APITimeoutError,
    AuthenticationError,
    ColdMailReseller,
    InternalServerError,
    OutcomeUnknownError,
    UnprocessableEntityError,
)
from coldmailreseller.webhooks import EventStore, WebhookHandler, event_name, verify

KEY = "k"  # short, so the client masks every "k" in its messages: match around it
STARTUP = 30.0  # seconds to print the base URL (a cold import on a busy machine)
MAILBOXES = {"acme.com": [{"username": "ada", "first_name": "Ada", "last_name": "L"}]}


class Served:
    def __init__(self, process: subprocess.Popen[str], base_url: str) -> None:
        self.process = process
        self.base_url = base_url
        self.root = base_url.removesuffix("/api/v1/integration")

    def control(self, method: str, path: str, body: Any = None, status: int = 200) -> Any:
        answer = httpx.request(method, f"{self.root}/_fake{path}", json=body, timeout=10)
        assert answer.status_code == status, answer.text
        assert answer.headers["content-type"] == "application/json"
        return answer.json()

    def client(self, **options: Any) -> ColdMailReseller:
        options.setdefault("api_key", KEY)
        return ColdMailReseller(base_url=self.base_url, rate_limit=None, **options)


def _first_line(process: subprocess.Popen[str], timeout: float, errors: IO[bytes]) -> str:
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout).strip()
    except queue.Empty:
        errors.seek(0)
        raise AssertionError(f"no base URL within {timeout} s: {errors.read().decode()}") from None


def _serve(*arguments: str) -> Iterator[Served]:
    command = [sys.executable, "-m", "coldmailreseller.testing", "--port", "0", "--api-key", KEY, *arguments]
    # stderr goes to a file, not a pipe nobody reads: it cannot fill up and block the server.
    with tempfile.TemporaryFile() as errors:
        # The package under test, not whatever copy the interpreter would import by itself.
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True, env=env)
        try:
            base_url = _first_line(process, STARTUP, errors)
            assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/v1/integration"), base_url
            yield Served(process, base_url)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=10)
            if process.stdout is not None:
                process.stdout.close()


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    yield from _serve("--hang", "5")


class Receiver:
    """A webhook endpoint on a real port: every POST is queued as (body, headers)."""

    def __init__(self, refuse: int = 0) -> None:
        self.received: queue.Queue[tuple[bytes, Mapping[str, str]]] = queue.Queue()
        self.refused = 0
        received, receiver = self.received, self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                if receiver.refused < refuse:
                    receiver.refused += 1
                    self.send_response(500)
                    self.end_headers()
                    return
                received.put((body, {name.lower(): value for name, value in self.headers.items()}))
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    receiving = Receiver()
    yield receiving
    receiving.close()


@pytest.fixture(scope="module")
def manual(receiver: Receiver) -> Iterator[Served]:
    yield from _serve("--clock", "manual", "--webhook-url", receiver.url)


def test_an_order_completed_through_the_control_endpoint(served: Served) -> None:
    user_id = served.control("POST", "/users", {"email": "owner@acme.com"}, status=201)["user_id"]
    with served.client() as cmr:
        order = cmr.orders.create(user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes=MAILBOXES)
        order_id = order.data.order_id
        assert order_id is not None and cmr.domains.list(user_id=user_id) == []
        sent = served.control("POST", f"/orders/{order_id}/complete")["deliveries"]
        assert [d["event"] for d in sent] == ["domain.order.success", "mailbox.order.success", "mailbox.created"]
        (mailbox,) = cmr.mailboxes.list_for_user(user_id=user_id)
        assert str(mailbox.mailbox_id) == json.loads(sent[-1]["body"])["data"]["mailboxId"]
    assert served.control("POST", f"/orders/{order_id}/complete", status=400)["error"].endswith("already completed")
    assert "no order" in served.control("POST", "/orders/NOPE/complete", status=404)["error"]
    calls = served.control("GET", "/calls")["calls"]
    create = next(call for call in calls if call["operation_id"] == "createOrderJson")
    assert create["method"] == "POST" and create["path"].startswith("/api/v1/integration/")
    assert create["body"]["domains"] == [{"domain": "acme.com", "years": 1}] and create["time"]


def test_a_misspelt_field_is_a_422_as_in_process(served: Served) -> None:
    user_id = served.control("POST", "/users", {}, status=201)["user_id"]
    with served.client() as cmr, pytest.raises(UnprocessableEntityError, match="domian: un"):
        cmr.orders.create(
            user_id=user_id,
            domains=[{"domain": "typo.com", "years": 1}],
            mailboxes={},
            extra_body={"domian": "typo.com"},
        )


def test_a_seeded_subscription_and_mailbox(served: Served) -> None:
    user_id = served.control("POST", "/users", {"email": "seeded@example.com"}, status=201)["user_id"]
    seeded = {"user_id": user_id, "domain": "seeded.com", "auto_renew": True, "period_start": "2026-01-01T00:00:00Z"}
    subscription_id = served.control("POST", "/subscriptions", seeded, status=201)["subscription_id"]
    mailbox = {"subscription_id": subscription_id, "username": "ada"}
    mailbox_id = served.control("POST", "/mailboxes", mailbox, status=201)["mailbox_id"]
    with served.client() as cmr:
        (found,) = cmr.subscriptions.list(component_subscription_id=subscription_id).subscriptions
        assert found.domain == "seeded.com"
        assert [str(box.mailbox_id) for box in cmr.mailboxes.list_for_user(user_id=user_id)] == [mailbox_id]
    assert (
        "does not exist"
        in served.control("POST", "/subscriptions", {"user_id": "NOPE", "domain": "x.com"}, 404)["error"]
    )
    missing = served.control("POST", "/mailboxes", {"username": "ada"}, status=400)
    assert missing == {"error": "subscription_id: required (a string)"}
    assert served.control("POST", "/users", ["not", "an object"], status=400) == {
        "error": "the body must be a JSON object"
    }
    assert "error" in served.control("GET", "/nothing", status=404)


def test_a_fault_makes_the_next_call_a_503(served: Served) -> None:
    user_id = served.control("POST", "/users", {}, status=201)["user_id"]
    served.control("POST", "/faults", {"operation_id": "getUser", "status": 503})
    with served.client(max_retries=0) as cmr:
        with pytest.raises(InternalServerError) as caught:
            cmr.users.get(user_id=user_id)
        assert caught.value.status_code == 503
        assert cmr.users.get(user_id=user_id).id == user_id  # used up
    assert "did you mean" in served.control("POST", "/faults", {"operation_id": "getUsr"}, status=400)["error"]


def test_a_timeout_fault_leaves_a_money_call_outcome_unknown(served: Served) -> None:
    user_id = served.control("POST", "/users", {}, status=201)["user_id"]
    served.control("POST", "/faults", {"operation_id": "createOrderJson", "timeout": True})
    started = time.monotonic()
    with served.client(timeout=1.0, max_retries=0) as cmr:
        with pytest.raises(OutcomeUnknownError) as caught:
            cmr.orders.create(user_id=user_id, domains=[{"domain": "late.com", "years": 1}], mailboxes={})
        assert isinstance(caught.value, APITimeoutError)
        assert time.monotonic() - started < 5
        # Nothing of it was applied: the domain is still free.
        order = cmr.orders.create(user_id=user_id, domains=[{"domain": "late.com", "years": 1}], mailboxes={})
        assert order.data.unavailable_domains == []


def test_a_rate_limit_answers_429(served: Served) -> None:
    user_id = served.control("POST", "/users", {}, status=201)["user_id"]
    served.control("POST", "/rate-limit", {"per_second": 1})
    try:
        with httpx.Client(timeout=10) as http:
            statuses = [
                http.get(f"{served.base_url}/users", params={"userId": user_id}, headers={"cmr-x-api-key": KEY})
                for _ in range(3)
            ]
        assert 429 in [answer.status_code for answer in statuses]
    finally:
        served.control("POST", "/rate-limit", {"per_second": None})
    assert "error" in served.control("POST", "/rate-limit", {"per_second": 0}, status=400)


def test_a_wrong_key_is_a_401(served: Served) -> None:
    with served.client(api_key="wrong") as cmr, pytest.raises(AuthenticationError):
        cmr.users.list()


def test_deliveries_are_signed_and_posted(manual: Served, receiver: Receiver) -> None:
    user_id = manual.control("POST", "/users", {}, status=201)["user_id"]
    with manual.client() as cmr:
        order = cmr.orders.create(user_id=user_id, domains=[{"domain": "hooks.com", "years": 1}], mailboxes={})
    manual.control("POST", f"/orders/{order.data.order_id}/complete")
    body, headers = receiver.received.get(timeout=10)
    verify(body, headers, KEY)
    assert json.loads(body)["event"] == "domain.order.success"
    (listed,) = manual.control("GET", "/deliveries")["deliveries"]
    assert listed["body"].encode() == body and listed["event"] == "domain.order.success"


def test_the_manual_clock_moves_only_when_told(manual: Served, receiver: Receiver) -> None:
    before = manual.control("GET", "/clock")
    time.sleep(0.2)
    assert manual.control("GET", "/clock") == before
    user_id = manual.control("POST", "/users", {}, status=201)["user_id"]
    manual.control("POST", "/subscriptions", {"user_id": user_id, "domain": "clock.com"}, status=201)
    moved = manual.control("POST", "/clock/advance", {"seconds": 31 * 86400})
    assert moved["now"] == before["now"] + 31 * 86400
    events = [d["event"] for d in manual.control("GET", "/deliveries")["deliveries"]]
    assert "subscription.past_due" in events
    assert "error" in manual.control("POST", "/clock/advance", {"seconds": -1}, status=400)


def test_the_real_clock_follows_real_time(served: Served) -> None:
    before = served.control("GET", "/clock")["now"]
    time.sleep(0.3)
    assert httpx.get(f"{served.base_url}/users/list", timeout=10).status_code == 401  # any request moves it
    assert served.control("GET", "/clock")["now"] >= before + 0.3


def test_sigterm_stops_it_cleanly() -> None:
    for served in _serve():
        served.process.send_signal(signal.SIGTERM)
        assert served.process.wait(timeout=10) == 0
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{served.root}/_fake/clock", timeout=2)


def test_a_refused_delivery_is_sent_again() -> None:
    refusing = Receiver(refuse=1)
    try:
        for served in _serve("--webhook-url", refusing.url):
            user_id = served.control("POST", "/users", {}, status=201)["user_id"]
            with served.client() as cmr:
                order = cmr.orders.create(user_id=user_id, domains=[{"domain": "again.com", "years": 1}], mailboxes={})
            served.control("POST", f"/orders/{order.data.order_id}/complete")
            body, headers = refusing.received.get(timeout=10)  # refused once, then sent again within a second
            verify(body, headers, KEY)
            assert refusing.refused == 1 and json.loads(body)["event"] == "domain.order.success"
    finally:
        refusing.close()


def test_an_order_failed_through_the_control_endpoint(served: Served) -> None:
    user_id = served.control("POST", "/users", {"email": "owner@acme.com"}, status=201)["user_id"]
    with served.client() as cmr:
        order = cmr.orders.create(
            user_id=user_id,
            domains=[{"domain": "fails.com", "years": 1}],
            mailboxes={"fails.com": MAILBOXES["acme.com"]},
        )
        order_id = order.data.order_id
        (sent,) = served.control("POST", f"/orders/{order_id}/fail", {"reason": "Registrar down"})["deliveries"]
        verify(sent["body"].encode(), sent["headers"], KEY)
        assert sent["event"] == "domain.order.failed"
        assert json.loads(sent["body"])["data"] == {
            "userId": user_id,
            "orderId": order_id,
            "domainName": "fails.com",
            "reason": "Registrar down",
        }
        again = cmr.orders.create(user_id=user_id, domains=[{"domain": "fails.com", "years": 1}], mailboxes={})
        assert again.data.unavailable_domains == []  # a failed order leaves its domains free
    assert "already failed" in served.control("POST", f"/orders/{order_id}/fail", {}, status=400)["error"]
    assert "no order" in served.control("POST", "/orders/NOPE/fail", {}, status=404)["error"]
    assert (
        "reason must be a string"
        in served.control("POST", f"/orders/{order_id}/fail", {"reason": 1}, status=400)["error"]
    )


def test_an_applied_timeout_places_the_order(served: Served) -> None:
    user_id = served.control("POST", "/users", {}, status=201)["user_id"]
    fault = {"operation_id": "createOrderJson", "timeout": True, "applied": True}
    assert served.control("POST", "/faults", fault) == fault
    with served.client(timeout=1.0, max_retries=0) as cmr:
        with pytest.raises(OutcomeUnknownError) as caught:
            cmr.orders.create(user_id=user_id, domains=[{"domain": "applied.com", "years": 1}], mailboxes={})
        assert isinstance(caught.value, APITimeoutError)
        # CMR placed it: the domain waits in that order.
        again = cmr.orders.create(user_id=user_id, domains=[{"domain": "applied.com", "years": 1}], mailboxes={})
        assert again.data.unavailable_domains == ["applied.com"]
    bad = {"operation_id": "createOrderJson", "timeout": True, "applied": "yes"}
    assert "applied must be True or False" in served.control("POST", "/faults", bad, status=400)["error"]


def test_auto_complete_on_the_real_clock_delivers_without_a_call() -> None:
    receiving = Receiver()
    try:
        for served in _serve("--webhook-url", receiving.url):
            assert "after must be" in served.control("POST", "/auto-complete", {"after": -1}, status=400)["error"]
            assert served.control("POST", "/auto-complete", {"after": 0.5}) == {"after": 0.5}
            user_id = served.control("POST", "/users", {}, status=201)["user_id"]
            with served.client() as cmr:
                order = cmr.orders.create(
                    user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes=MAILBOXES
                )
            # No call after the order: the server's own clock completes it and posts the deliveries.
            received = [receiving.received.get(timeout=10) for _ in range(3)]
            for body, headers in received:
                verify(body, headers, KEY)
            payloads = [json.loads(body) for body, _ in received]
            assert [p["event"] for p in payloads] == [
                "domain.order.success",
                "mailbox.order.success",
                "mailbox.created",
            ]
            assert {p["data"]["orderId"] for p in payloads} == {order.data.order_id}
    finally:
        receiving.close()


def test_a_client_waits_for_an_outcome_a_real_receiver_records() -> None:
    """The served fake posts its deliveries to a receiver on a real port that records them into an event store;
    a client in this process waits on that store, in real time, for an order auto-completed half a second on."""
    store = EventStore("memory")
    handler = WebhookHandler(KEY, events=store)

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            handler.handle(body, {name.lower(): value for name, value in self.headers.items()})
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        for served in _serve("--webhook-url", f"http://127.0.0.1:{server.server_address[1]}/hooks"):
            served.control("POST", "/auto-complete", {"after": 0.5})
            user_id = served.control("POST", "/users", {}, status=201)["user_id"]
            with served.client(event_store=store) as cmr:
                result = cmr.orders.create(
                    user_id=user_id, domains=[{"domain": "acme.com", "years": 1}], mailboxes=MAILBOXES
                )
                outcome = result.wait(timeout=30)
            assert outcome.succeeded
            assert [event_name(event) for event in outcome.events] == [
                "domain.order.success",
                "mailbox.order.success",
                "mailbox.created",
            ]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        store.close()
