"""Every answer and every webhook delivery of `coldmailreseller.testing.FakeCMR` checked against the spec, in
every test that uses the kit: the suites' conftest calls `check_every_reply` for each test."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from coldmailreseller.testing._fake import FakeCMR
from coldmailreseller.testing._routes import route
from coldmailreseller.testing._webhooks import Outbox, WebhookDelivery
from tests.support.spec import SPEC, response_schema, success_status, validation_errors

ERROR_ENVELOPE = {"$ref": "#/components/schemas/ErrorEnvelope"}


def reply_errors(fake: FakeCMR, request: httpx.Request, response: httpx.Response) -> list[str]:
    """Why the fake's answer breaks the spec (empty when it conforms): a success must be the operation's
    success status and envelope, anything else an error envelope whose status mirrors the HTTP one."""
    op = route(fake._base, request)
    if op is None and fake._custom_route(request) is not None:
        return []  # a path the spec lacks, answered the way the test told the fake to (`fake.route`)
    body = response.json()
    if op is not None and response.is_success:
        problems = validation_errors(response_schema(op.operation_id), body)
        if response.status_code != success_status(op.operation_id):
            problems.append(f"status {response.status_code}, the spec says {success_status(op.operation_id)}")
        return problems
    problems = validation_errors(ERROR_ENVELOPE, body)
    if body.get("status") != response.status_code:
        problems.append(f"envelope status {body.get('status')} under HTTP {response.status_code}")
    return problems


def delivery_errors(delivery: WebhookDelivery) -> list[str]:
    schema = {"$ref": f"#/components/schemas/{SPEC.events[delivery.event].schema_name}"}
    return validation_errors(schema, json.loads(delivery.body))


def check_every_reply(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the rest of the test, an answer or a delivery of any FakeCMR that breaks the spec fails it at once."""
    handle, emit = FakeCMR._handle, Outbox.emit

    def checked_handle(self: FakeCMR, request: httpx.Request) -> httpx.Response:
        response = handle(self, request)
        problems = reply_errors(self, request, response)
        assert not problems, f"{request.method} {request.url.path}: {problems}"
        return response

    def checked_emit(self: Outbox, *args: Any) -> WebhookDelivery:
        delivery = emit(self, *args)
        assert not (problems := delivery_errors(delivery)), f"{delivery.event}: {problems}"
        return delivery

    monkeypatch.setattr(FakeCMR, "_handle", checked_handle)
    monkeypatch.setattr(Outbox, "emit", checked_emit)
