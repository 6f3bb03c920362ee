"""Every operation of the spec through the kit: the smallest valid call is accepted, and the answer is the one the
spec declares (the conftest checks every answer and delivery of every kit test the same way)."""

from __future__ import annotations

import copy

import httpx
import pytest

from coldmailreseller import OPERATIONS
from coldmailreseller.testing import FakeCMR
from coldmailreseller.testing._routes import HANDLERS, ROUTES
from coldmailreseller_generated.examples import SUCCESS
from tests.support.kit import reply_errors
from tests.support.spec import response_schema, success_status, validation_errors
from tests.support.world import build_world

STATELESS = sorted(set(OPERATIONS) - set(HANDLERS))


def test_every_operation_has_a_route() -> None:
    assert sorted(op.operation_id for op in ROUTES.values()) == sorted(OPERATIONS)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_every_operation_is_accepted_and_answered_as_the_spec_declares(op_id: str) -> None:
    op = OPERATIONS[op_id]
    world = build_world(sandbox=op.sandbox)
    before = len(world.fake.requests)
    with world.fake.client() as cmr:
        raw = getattr(getattr(cmr, op.resource).with_raw_response, op.method)(**world.arguments(op))
    assert raw.status_code == success_status(op_id)
    assert validation_errors(response_schema(op_id), raw.envelope) == []
    raw.parse()  # and the client reads it as the typed result
    assert world.fake.requests[before:] == world.fake.calls(op_id)[-1:]  # one request, of that operation


@pytest.mark.parametrize("op_id", STATELESS)
def test_operations_without_state_answer_the_spec_example(op_id: str) -> None:
    op = OPERATIONS[op_id]
    world = build_world(sandbox=op.sandbox)
    with world.fake.client() as cmr:
        raw = getattr(getattr(cmr, op.resource).with_raw_response, op.method)(**world.arguments(op))
    status, example, _ = SUCCESS[op_id]
    assert (raw.status_code, raw.envelope) == (status, copy.deepcopy(example))


def test_the_stateless_operations_are_the_ones_without_state_in_the_docs() -> None:
    # Changing this list means the fake started (or stopped) keeping state for an operation: update docs/testing.md.
    assert STATELESS == [
        "addGoogleClientId",
        "addMailboxWarmup",
        "checkWorkspaceExists",
        "deleteMailboxWarmup",
        "listPlacementReports",
        "listPlatformWorkspaces",
        "recreateSubscriptions",
        "reexportMailboxOauth",
        "renewDomain",
        "sandboxResetPreWarmupData",
        "setMailboxWarmupStatus",
        "toggleMailboxWarmup",
        "toggleSubscriptionAutoRenewal",
        "updateMailboxWarmupSettings",
        "updatePlatformCredential",
        "validateMailbox",
    ]


def test_the_conformance_check_sees_a_broken_answer() -> None:
    """The conftest's check (tests/support/kit.py) would fail a test on any of these."""
    fake = FakeCMR()
    request = httpx.Request("GET", f"{fake.base_url}/users?userId=u1")
    assert reply_errors(fake, request, httpx.Response(200, json={"status": 200, "message": "ok"}))  # no data
    assert reply_errors(fake, request, httpx.Response(201, json={"status": 201, "data": {}}))  # not the status
    assert reply_errors(fake, request, httpx.Response(404, json={"status": 400, "message": "x", "data": None}))
    assert reply_errors(fake, request, httpx.Response(404, json={"status": 404}))  # no message
    assert not reply_errors(fake, request, httpx.Response(200, json={"status": 200, "data": {"id": "u1"}}))
