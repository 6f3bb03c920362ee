"""A CMR webhook receiver on Starlette that does the work before answering, run under uvicorn.

    pip install starlette uvicorn
    CMR_WEBHOOK_SECRET=<partner API key> python examples/starlette_receiver.py
    # or: CMR_WEBHOOK_SECRET=... uvicorn --factory examples.starlette_receiver:app_from_env --port 8000

Each POST to /cmr/webhooks is verified and claimed in an SQLite store (CMR_WEBHOOK_DB, default
webhook-events.sqlite3) with `WebhookHandler.process_async` (the asyncio twin of `process`), processed, and only
then answered:

| what happened | answer | what CMR does |
| --- | --- | --- |
| the delivery is not provably from CMR (`WebhookVerificationError`) or is not an event | 400 | marks it failed |
| the store cannot be used (`DeduplicationStoreError`) | its `status_code`, 503 | delivers it again |
| another receiver is processing the same event (`delivery.in_progress`) | 409 | delivers it again |
| a new event, processed; or one processed before (`delivery.duplicate`) | 200 | done |
| processing raised | 500 (the claim is released) | delivers it again |

CMR waits 60 seconds for an answer: work that takes longer belongs in a queue (see examples/webhook_receiver.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import AsyncGenerator, Awaitable, Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from coldmailreseller.webhooks import (
    DeduplicationStoreError,
    Event,
    SQLiteDeduplicator,
    WebhookHandler,
    WebhookPayloadError,
    WebhookVerificationError,
    event_id,
    event_name,
)

log = logging.getLogger("starlette_receiver")

MAX_BODY_BYTES = 1024 * 1024
Apply = Callable[[Event], Awaitable[None]]


async def log_event(event: Event) -> None:
    """The work: update your database, provision accounts, notify people. Here it only logs."""
    log.info("processing %s (eventId %s)", event_name(event), event_id(event))


def create_app(
    handler: WebhookHandler, apply: Apply = log_event, *, on_shutdown: Callable[[], object] | None = None
) -> Starlette:
    async def receive(request: Request) -> PlainTextResponse:
        if int(request.headers.get("content-length") or 0) > MAX_BODY_BYTES:
            return PlainTextResponse("body too large\n", status_code=413)
        body = await request.body()  # the raw bytes: the signature covers them exactly
        try:
            async with handler.process_async(body, request.headers) as delivery:
                if delivery.in_progress:
                    return PlainTextResponse("in progress elsewhere\n", status_code=409)
                if not delivery.duplicate:
                    await apply(delivery.event)
        except WebhookVerificationError as error:
            log.warning("rejected delivery: %s", error)
            return PlainTextResponse(f"{error.reason}\n", status_code=400)
        except WebhookPayloadError as error:
            log.error("unparseable delivery: %s", error)
            return PlainTextResponse("invalid payload\n", status_code=400)
        except DeduplicationStoreError as error:
            log.error("deduplication store failed, CMR will deliver again: %s", error)
            return PlainTextResponse("store unavailable\n", status_code=error.status_code)
        return PlainTextResponse("ok\n")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncGenerator[None]:
        yield
        if on_shutdown is not None:
            on_shutdown()

    return Starlette(routes=[Route("/cmr/webhooks", receive, methods=["POST"])], lifespan=lifespan)


def app_from_env() -> Starlette:
    """The app configured from CMR_WEBHOOK_SECRET and CMR_WEBHOOK_DB (for `uvicorn --factory`)."""
    secret = os.environ.get("CMR_WEBHOOK_SECRET")
    if not secret:
        sys.exit("set CMR_WEBHOOK_SECRET to the partner API key CMR signs webhooks with")
    store = SQLiteDeduplicator(os.environ.get("CMR_WEBHOOK_DB", "webhook-events.sqlite3"))
    return create_app(WebhookHandler(secret, deduplicator=store), on_shutdown=store.close)


if __name__ == "__main__":
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    uvicorn.run(app_from_env(), host="127.0.0.1", port=int(os.environ.get("CMR_WEBHOOK_PORT", "8000")))
