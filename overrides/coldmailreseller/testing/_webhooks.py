"""The webhook deliveries the fake emits, signed as CMR signs them (as far as `coldmailreseller.webhooks` assumes),
and handing them to a receiver."""

from __future__ import annotations

import json
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ..webhooks import WebhookHandler, sign


@dataclass(frozen=True, slots=True)
class WebhookDelivery:
    """One POST CMR would make to your endpoint: the raw `body` and the `headers`, signature included."""

    event: str
    event_id: str
    body: bytes
    headers: Mapping[str, str]

    def json(self) -> dict[str, Any]:
        """The decoded body: `{"event", "eventId", "data"}`."""
        payload: dict[str, Any] = json.loads(self.body)
        return payload


class Outbox:
    """Every delivery emitted so far, and how far a receiver has taken them."""

    def __init__(self, secret: str) -> None:
        self._secret = secret
        self._deliveries: list[WebhookDelivery] = []
        self._delivered = 0
        self._lock = threading.Lock()

    def emit(self, event: str, event_id: str, data: dict[str, Any]) -> WebhookDelivery:
        body = json.dumps({"event": event, "eventId": event_id, "data": data}, separators=(",", ":")).encode()
        headers = MappingProxyType({**sign(body, self._secret), "content-type": "application/json"})
        delivery = WebhookDelivery(event, event_id, body, headers)
        with self._lock:
            self._deliveries.append(delivery)
        return delivery

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        with self._lock:
            return list(self._deliveries)

    def _next(self) -> WebhookDelivery | None:
        with self._lock:
            return self._deliveries[self._delivered] if self._delivered < len(self._deliveries) else None

    def _done(self) -> None:
        with self._lock:
            self._delivered += 1

    def deliver(self, receiver: WebhookHandler | Callable[[bytes, Mapping[str, str]], Any]) -> list[Any]:
        # A receiver that raises leaves its delivery pending (CMR would retry it) and the error propagates.
        results = []
        while (delivery := self._next()) is not None:
            if isinstance(receiver, WebhookHandler):
                results.append(receiver.handle(delivery.body, delivery.headers))
            else:
                results.append(receiver(delivery.body, delivery.headers))
            self._done()
        return results

    async def deliver_async(
        self, receiver: WebhookHandler | Callable[[bytes, Mapping[str, str]], Awaitable[Any]]
    ) -> list[Any]:
        results = []
        while (delivery := self._next()) is not None:
            if isinstance(receiver, WebhookHandler):
                results.append(await receiver.handle_async(delivery.body, delivery.headers))
            else:
                results.append(await receiver(delivery.body, delivery.headers))
            self._done()
        return results
