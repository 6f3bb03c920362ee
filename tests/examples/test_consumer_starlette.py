"""examples/starlette_receiver.py under a real uvicorn server on 127.0.0.1, fed the kit's signed deliveries over
HTTP: 200 for new events and for repeats, 400 for a tampered body, 503 when the SQLite store cannot be used."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from coldmailreseller.testing import FakeCMR, WebhookDelivery
from coldmailreseller.webhooks import (
    DeduplicationStoreError,
    Event,
    SQLiteDeduplicator,
    WebhookHandler,
    event_id,
    event_name,
)
from examples.starlette_receiver import app_from_env, create_app

ROOT = Path(__file__).resolve().parents[2]
START_DEADLINE = 10.0
STOP_DEADLINE = 10.0


@dataclass
class Receiver:
    url: str
    processed: list[Event]
    store: SQLiteDeduplicator
    path: Path

    def post(self, delivery: WebhookDelivery, body: bytes | None = None) -> httpx.Response:
        return httpx.post(
            self.url, content=delivery.body if body is None else body, headers=delivery.headers, timeout=10
        )


@pytest.fixture
def fake() -> FakeCMR:
    """An account with one completed order: 1 domain, 2 mailboxes, 4 signed deliveries."""
    fake = FakeCMR()
    user_id = fake.seed_user()
    with fake.client() as cmr:
        order = cmr.orders.create(
            user_id=user_id,
            domains=[{"domain": "acme.com", "years": 1}],
            mailboxes={"acme.com": [{"username": u, "first_name": "A", "last_name": "B"} for u in ("a", "b")]},
        )
    fake.complete_order(order.data.order_id)
    return fake


@pytest.fixture
def receiver(fake: FakeCMR, tmp_path: Path) -> Iterator[Receiver]:
    path = tmp_path / "events.sqlite3"
    store = SQLiteDeduplicator(path, busy_timeout=0.5)
    processed: list[Event] = []

    async def apply(event: Event) -> None:
        processed.append(event)

    app = create_app(WebhookHandler(fake.api_key, deduplicator=store), apply, on_shutdown=store.close)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # a free port, held until uvicorn takes the socket over
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_DEADLINE
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            pytest.fail("uvicorn did not start within 10 s")
        time.sleep(0.02)
    try:
        yield Receiver(f"http://127.0.0.1:{port}/cmr/webhooks", processed, store, path)
    finally:
        server.should_exit = True
        thread.join(STOP_DEADLINE)
        sock.close()
        assert not thread.is_alive(), "uvicorn did not stop within 10 s"


def test_new_events_are_processed_once_and_repeats_answered_200(fake: FakeCMR, receiver: Receiver) -> None:
    deliveries = fake.deliveries
    assert [d.event for d in deliveries] == [
        "domain.order.success",
        "mailbox.order.success",
        "mailbox.created",
        "mailbox.created",
    ]
    assert [receiver.post(d).status_code for d in deliveries] == [200, 200, 200, 200]
    assert [(event_name(e), event_id(e)) for e in receiver.processed] == [(d.event, d.event_id) for d in deliveries]

    # CMR delivers again (no 200 seen on its side): acknowledged, not processed again.
    assert [receiver.post(d).status_code for d in deliveries] == [200, 200, 200, 200]
    assert len(receiver.processed) == 4


def test_a_tampered_body_is_refused_and_not_processed(fake: FakeCMR, receiver: Receiver) -> None:
    delivery = fake.deliveries[2]
    tampered = delivery.body.replace(b"acme.com", b"evil.com")
    assert tampered != delivery.body
    answer = receiver.post(delivery, body=tampered)
    assert (answer.status_code, answer.text) == (400, "signature_mismatch\n")
    assert receiver.processed == []
    assert receiver.post(delivery).status_code == 200  # the genuine one still goes through
    assert len(receiver.processed) == 1


def test_a_store_that_cannot_be_used_gets_503_and_the_event_is_not_lost(fake: FakeCMR, receiver: Receiver) -> None:
    first, second = fake.deliveries[:2]
    assert receiver.post(first).status_code == 200
    # The file is locked by someone else (a stuck process, a backup) past the store's busy timeout. As root, the
    # tests cannot make the directory unwritable (root writes anyway), and an overwritten file goes unnoticed while
    # SQLite still has its pages and the WAL (the delivery was answered 200): the lock is what reliably fails.
    blocker = sqlite3.connect(receiver.path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        answer = receiver.post(second)
        assert answer.status_code == 503
        assert answer.text == "store unavailable\n"
    finally:
        blocker.rollback()
        blocker.close()
    assert len(receiver.processed) == 1
    # CMR's redelivery, once the store answers again, is processed.
    assert receiver.post(second).status_code == 200
    assert [event_name(e) for e in receiver.processed] == ["domain.order.success", "mailbox.order.success"]


def test_a_store_path_that_cannot_be_opened_stops_the_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMR_WEBHOOK_SECRET", "secret")
    monkeypatch.setenv("CMR_WEBHOOK_DB", str(tmp_path / "no-such-dir" / "events.sqlite3"))
    with pytest.raises(DeduplicationStoreError) as raised:
        app_from_env()
    assert raised.value.status_code == 503
    assert raised.value.operation == "open"


def test_the_script_serves_under_uvicorn(fake: FakeCMR, tmp_path: Path) -> None:
    """`python examples/starlette_receiver.py` as a team runs it, in a process of its own."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "CMR_WEBHOOK_SECRET": fake.api_key,
        "CMR_WEBHOOK_DB": str(tmp_path / "events.sqlite3"),
        "CMR_WEBHOOK_PORT": str(port),
    }
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "examples" / "starlette_receiver.py")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}/cmr/webhooks"
        deadline = time.monotonic() + START_DEADLINE
        while True:
            try:
                answers = [httpx.post(url, content=d.body, headers=d.headers, timeout=5) for d in fake.deliveries]
                break
            except httpx.ConnectError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("the receiver did not start within 10 s")
                time.sleep(0.05)
        assert [answer.status_code for answer in answers] == [200, 200, 200, 200]
    finally:
        process.terminate()
        try:
            output, _ = process.communicate(timeout=STOP_DEADLINE)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate(timeout=STOP_DEADLINE)
    assert output.decode().count("processing mailbox.created") == 2


def test_an_event_another_receiver_is_processing_gets_409(fake: FakeCMR, receiver: Receiver) -> None:
    delivery = fake.deliveries[0]
    key = WebhookHandler(fake.api_key).handle(delivery.body, delivery.headers).key
    assert key is not None
    claim = receiver.store.claim(key, lease_seconds=60)  # a receiver on another worker took it and works on it
    assert claim is not None
    assert receiver.post(delivery).status_code == 409
    assert receiver.processed == []
    receiver.store.release(claim)  # that receiver failed: CMR's next delivery is processed here
    assert receiver.post(delivery).status_code == 200
    assert len(receiver.processed) == 1
