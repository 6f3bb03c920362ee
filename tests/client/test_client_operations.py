"""OPERATIONS matches the spec, and every operation is a working method on both clients."""

from __future__ import annotations

import inspect
from enum import Enum
from typing import Any

import pytest

from cmr_fake import KEY, Driver, FakeCMR, ok
from coldmailreseller import (
    OPERATIONS,
    ActionResult,
    AsyncColdMailReseller,
    ColdMailReseller,
    Operation,
    WorkspaceCheckResult,
)
from coldmailreseller._runtime import Field, Shape
from coldmailreseller_generated.operations import PAGES
from tests.support.spec import SPEC


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
    assert set(PAGES) == paginated == {"listSubscriptions", "listPreWarmupMailboxes", "listUsers"}
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
    sync, async_ = Driver(is_async=False).client(FakeCMR()), Driver(is_async=True).client(FakeCMR())
    assert isinstance(sync, ColdMailReseller) and isinstance(async_, AsyncColdMailReseller)
    for resource in (getattr(sync, info.resource), getattr(sync, info.resource).with_raw_response):
        method = getattr(resource, info.method)
        assert callable(method) and not inspect.iscoroutinefunction(method)
    for resource in (getattr(async_, info.resource), getattr(async_, info.resource).with_raw_response):
        assert inspect.iscoroutinefunction(getattr(resource, info.method))
    if op_id in PAGES:
        assert callable(getattr(sync, info.resource).iter)
        assert callable(getattr(async_, info.resource).iter)


def sample(shape: Shape, field: Field) -> Any:
    """A smallest valid value for an argument."""
    if shape.kind == "str":
        return "x" * (field.min_length or 1)
    if shape.kind in ("int", "float"):
        return int(field.minimum) if field.minimum is not None else 1
    if shape.kind == "bool":
        return True
    if shape.kind == "enum":
        assert shape.ref is not None and issubclass(shape.ref.get(), Enum)
        return next(iter(shape.ref.get()))
    if shape.kind == "list":
        assert shape.item is not None
        return [sample(shape.item, field)]
    if shape.kind == "union":
        return sample(shape.options[0], field)
    if shape.kind == "model":
        return {f.attr: sample(f.shape, f) for f in shape.fields if f.required or _first_of(shape.one_of, f)}
    return {} if shape.kind == "map" else "x"


def _first_of(one_of: tuple[tuple[str, ...], ...], field: Field) -> bool:
    """Whether the field belongs to the first group of an exactly-one-of rule (the group the samples send)."""
    return bool(one_of) and field.wire in one_of[0]


def reply_for(op: Operation[Any]) -> Any:
    extra = {"actionId": "act-1"} if op.has_action_id else {}
    if not op.has_data:
        return ok(**extra)
    return ok([] if op.data.kind == "list" else {}, **extra)


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_every_operation_sends_its_request_and_returns_typed_data(drive: Driver, op_id: str) -> None:
    op = OPERATIONS[op_id]
    fake = FakeCMR(reply_for(op))
    cmr = drive.client(fake, sandbox=op.sandbox)
    args = {
        field.attr: sample(field.shape, field) for field in op.fields if field.required or _first_of(op.one_of, field)
    }
    result = drive.run(getattr(getattr(cmr, op.resource), op.method)(**args))

    request = fake.requests[0]
    assert (request.method, request.url.path) == (op.http_method, "/api/v1/integration" + op.path)
    assert request.headers["cmr-x-sandbox-api-key" if op.sandbox else "cmr-x-api-key"] == KEY
    query = {f.wire for f in op.fields if f.required and f.location == "query"}
    assert query <= set(request.url.params)
    body = {f.wire for f in op.fields if f.required and f.location == "body"}
    if body:
        assert body <= fake.body().keys()

    data = result
    if op.result is not None:
        assert isinstance(result, WorkspaceCheckResult)  # the only x-cmr-result kind
        return
    if op.has_action_id:
        assert isinstance(result, ActionResult) and result.action_id == "act-1"
        data = result.data
    if not op.has_data:
        assert data is None
    elif op.data.kind == "list":
        assert data == []
    else:
        assert hasattr(data, "additional_properties")  # an attrs model, never a bare dict
