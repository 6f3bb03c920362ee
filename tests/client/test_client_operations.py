"""OPERATIONS matches the spec, and every operation is a working method on both clients."""

from __future__ import annotations

import inspect
import json

import pytest

from coldmailreseller import (
    OPERATIONS,
    ActionResult,
    AsyncActionResult,
    AsyncColdMailReseller,
    ColdMailReseller,
    WorkspaceCheckResult,
)
from coldmailreseller._results import PlacementReportsPage, UsersPage
from coldmailreseller.testing import FakeCMR
from coldmailreseller_generated.operations import PAGES
from tests.client.scripted import Driver
from tests.support.spec import SPEC
from tests.support.world import build_world


def test_operations_table_matches_the_spec_exactly() -> None:
    assert len(SPEC.operations) == 51
    assert list(OPERATIONS) == list(SPEC.operations)
    for op_id, spec_op in SPEC.operations.items():
        op, node = OPERATIONS[op_id], spec_op.node
        assert (op.operation_id, op.http_method, op.path) == (op_id, spec_op.http_method, spec_op.path)
        assert (op.resource, op.method, op.effect) == (
            node["x-cmr-resource"],
            node["x-cmr-method"],
            node["x-cmr-effect"],
        )
        assert op.sandbox == (node["security"] == [{"cmr-x-sandbox-api-key": []}]), op_id
        assert op.retry_safe == (op.effect in ("read", "idempotent")), op_id


def test_paging_paths_come_from_the_page_schemas() -> None:
    paginated = {op_id for op_id, op in SPEC.operations.items() if "x-cmr-paginate" in op.node}
    assert (
        set(PAGES) == paginated == {"listSubscriptions", "listPreWarmupMailboxes", "listUsers", "listPlacementReports"}
    )
    subscriptions, inventory = PAGES["listSubscriptions"], PAGES["listPreWarmupMailboxes"]
    assert subscriptions.operation is OPERATIONS["listSubscriptions"]
    assert (subscriptions.items, subscriptions.total_pages) == ("subscriptions", ("pagination", "total_pages"))
    assert subscriptions.current_page == ("pagination", "current_page")
    # The inventory page keeps its paging fields beside the items.
    assert (inventory.items, inventory.total_pages, inventory.current_page) == (
        "inventory",
        ("total_pages",),
        ("current_page",),
    )
    # The users list's array is not named upstream: the API-wide convention, items read as User.
    users = PAGES["listUsers"]
    assert (users.items, users.total_pages, users.current_page) == (None, None, None)
    assert users.item is not None and users.item.name == "User"


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_every_operation_resolves_on_both_clients(op_id: str) -> None:
    info = OPERATIONS[op_id]
    fake = FakeCMR()
    sync, async_ = fake.client(), fake.async_client()
    assert isinstance(sync, ColdMailReseller) and isinstance(async_, AsyncColdMailReseller)
    for resource in (getattr(sync, info.resource), getattr(sync, info.resource).with_raw_response):
        method = getattr(resource, info.method)
        assert callable(method) and not inspect.iscoroutinefunction(method)
    for resource in (getattr(async_, info.resource), getattr(async_, info.resource).with_raw_response):
        assert inspect.iscoroutinefunction(getattr(resource, info.method))
    if op_id in PAGES:
        name = "iter" if info.method == "list" else "iter_" + info.method.removeprefix("list_")
        assert callable(getattr(getattr(sync, info.resource), name))
        assert callable(getattr(getattr(async_, info.resource), name))


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_every_operation_sends_its_request_and_returns_typed_data(drive: Driver, op_id: str) -> None:
    # The kit holds one of everything (tests/support/world.py) and refuses any request the spec would not accept.
    op = OPERATIONS[op_id]
    world = build_world(sandbox=op.sandbox)
    before = len(world.fake.requests)
    result = drive.run(getattr(getattr(drive.kit(world.fake), op.resource), op.method)(**world.arguments(op)))

    (request,) = world.fake.requests[before:]
    assert world.fake.calls(op_id)[-1] is request
    assert (request.method, request.url.path) == (op.http_method, "/api/v1/integration" + op.path)
    assert request.headers["cmr-x-sandbox-api-key" if op.sandbox else "cmr-x-api-key"] == world.fake.api_key
    query = {f.wire for f in op.fields if f.required and f.location == "query"}
    assert query <= set(request.url.params)
    body = {f.wire for f in op.fields if f.required and f.location == "body"}
    if body:
        assert body <= json.loads(request.content).keys()

    data = result
    if op.result is not None:
        assert isinstance(result, WorkspaceCheckResult | UsersPage | PlacementReportsPage)  # every x-cmr-result kind
        return
    if op.has_action_id or op.outcome is not None:
        # Work that finishes later: an action result (the async client's waits with await).
        assert isinstance(result, AsyncActionResult if drive.is_async else ActionResult)
        assert not op.has_action_id or str(result.action_id).startswith("ACT_")
        data = result.data
    if op.data.kind == "any":
        assert data is None or isinstance(data, dict | list)  # raw JSON where upstream never published the shape
    elif not op.has_data:
        assert data is None
    elif op.data.kind == "list":
        assert isinstance(data, list) and all(hasattr(item, "additional_properties") for item in data)
    else:
        assert hasattr(data, "additional_properties")  # an attrs model, never a bare dict
