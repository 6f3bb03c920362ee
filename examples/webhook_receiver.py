"""A minimal CMR webhook receiver on the standard library only.

    CMR_WEBHOOK_SECRET=<partner API key> python examples/webhook_receiver.py

It listens on 127.0.0.1:8000 (CMR_WEBHOOK_PORT to change), so put a public HTTPS endpoint (a reverse proxy or a
tunnel) in front of it. Each delivery is verified, checked against an SQLite store of seen events
(CMR_WEBHOOK_DB, default webhook-events.sqlite3) and answered at once; a worker thread does the slow part,
because CMR retries deliveries it has no 200 for within 60 s. wsgiref serves one request at a time; in
production, run `create_app` under a real WSGI server and replace the in-process queue with a durable one.

With CMR_EVENT_STORE set (`sqlite:///...`, `redis://...`, `postgresql://...`), every verified event is also
recorded in that event store, where programs that called CMR wait for their outcomes (`result.wait()`, see
examples/onboarding.py); give them the same CMR_EVENT_STORE.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
from collections.abc import Iterable
from wsgiref.simple_server import make_server
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from coldmailreseller.webhooks import (
    Event,
    SQLiteDeduplicator,
    WebhookHandler,
    WebhookPayloadError,
    WebhookVerificationError,
    event_id,
    event_name,
)

log = logging.getLogger("webhook_receiver")

# Deliveries are small JSON documents; refuse anything that could exhaust memory before verification.
MAX_BODY_BYTES = 1024 * 1024


def create_app(handler: WebhookHandler, jobs: queue.Queue[Event]) -> WSGIApplication:
    """A WSGI app that answers 200 for verified deliveries and queues the new ones on `jobs`."""

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def answer(status: str, text: str) -> list[bytes]:
            start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
            return [text.encode()]

        if environ["REQUEST_METHOD"] != "POST":
            return answer("405 Method Not Allowed", "POST only\n")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0:
            return answer("400 Bad Request", "bad Content-Length\n")
        if length > MAX_BODY_BYTES:
            return answer("413 Content Too Large", "body too large\n")
        body = environ["wsgi.input"].read(length)
        try:
            delivery = handler.handle(body, _headers(environ))
        except WebhookVerificationError as exc:
            log.warning("rejected delivery: %s", exc)
            return answer("400 Bad Request", f"{exc.reason}\n")
        except WebhookPayloadError as exc:
            # Genuine but not parseable: a 400 keeps it visible as failed in the CMR dashboard.
            log.error("unparseable delivery: %s", exc)
            return answer("400 Bad Request", "invalid payload\n")
        if not delivery.duplicate:
            jobs.put(delivery.event)
        return answer("200 OK", "ok\n")

    return app


def _headers(environ: WSGIEnvironment) -> dict[str, str]:
    """Request headers under their HTTP names: WSGI stores `cmr-x-signature` as HTTP_CMR_X_SIGNATURE."""
    return {key[5:].replace("_", "-").lower(): value for key, value in environ.items() if key.startswith("HTTP_")}


def process(event: Event) -> None:
    """The slow part: update your database, provision accounts, notify people. Here it only logs."""
    log.info("processing %s (eventId %s)", event_name(event), event_id(event))


def work(jobs: queue.Queue[Event]) -> None:
    while True:
        event = jobs.get()
        try:
            process(event)
        except Exception:
            # The delivery was already acknowledged, so CMR will not resend it: log and keep the worker alive.
            log.exception("failed to process %s", event_name(event))
        finally:
            jobs.task_done()


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    secret = os.environ.get("CMR_WEBHOOK_SECRET")
    if not secret:
        sys.exit("set CMR_WEBHOOK_SECRET to the partner API key CMR signs webhooks with")
    port = int(os.environ.get("CMR_WEBHOOK_PORT", "8000"))
    jobs: queue.Queue[Event] = queue.Queue()
    threading.Thread(target=work, args=(jobs,), name="webhook-worker", daemon=True).start()
    with SQLiteDeduplicator(os.environ.get("CMR_WEBHOOK_DB", "webhook-events.sqlite3")) as seen:
        # events=None (CMR_EVENT_STORE unset) records nothing.
        handler = WebhookHandler(secret, deduplicator=seen, events=os.environ.get("CMR_EVENT_STORE"))
        app = create_app(handler, jobs)
        with make_server("127.0.0.1", port, app) as server:
            log.info("listening on http://127.0.0.1:%d/", port)
            server.serve_forever()


if __name__ == "__main__":
    main()
