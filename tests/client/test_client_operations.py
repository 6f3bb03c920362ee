"""OPERATIONS matches the spec, and every operation is a working method on both clients."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
import yaml

import coldmailreseller_facade as facade
from cmr_fake import KEY, Driver, FakeCMR, ok
from coldmailreseller import OPERATIONS, ActionResult, AsyncColdMailReseller, ColdMailReseller, OperationInfo
from coldmailreseller_facade._spec import Field, Operation, Shape

SPEC = yaml.load(
    (Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml").read_text(),
    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_operations() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path, item in SPEC["paths"].items():
        for http_method in HTTP_METHODS:
            if http_method in item:
                operation = item[http_method]
                found[operation["operationId"]] = {**operation, "_path": path, "_method": http_method.upper()}
    return found


def facade_operations() -> dict[str, Operation[Any]]:
    found: dict[str, Operation[Any]] = {}
    for module_info in pkgutil.iter_modules(facade.__path__):
        module = importlib.import_module(f"{facade.__name__}.{module_info.name}")
        found.update({v.operation_id: v for v in vars(module).values() if isinstance(v, Operation)})
    return found


SPEC_OPS = spec_operations()
FACADE_OPS = facade_operations()


def test_operations_table_matches_the_spec_exactly() -> None:
    expected = {
        op_id: OperationInfo(op["x-cmr-resource"], op["x-cmr-method"], op["_method"], op["_path"], op["x-cmr-effect"])
        for op_id, op in SPEC_OPS.items()
    }
    assert len(expected) == 51
    assert expected == OPERATIONS


def test_facade_operations_match_the_spec() -> None:
    assert FACADE_OPS.keys() == SPEC_OPS.keys()
    for op_id, op in FACADE_OPS.items():
        spec = SPEC_OPS[op_id]
        assert (op.resource, op.method, op.http_method, op.path, op.effect) == tuple(OPERATIONS[op_id]), op_id
        sandbox_only = spec["security"] == [{"cmr-x-sandbox-api-key": []}]
        assert op.sandbox == sandbox_only, op_id
        assert op.items == spec.get("x-cmr-paginate", {}).get("items"), op_id


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
    if SPEC_OPS[op_id].get("x-cmr-paginate"):
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
        assert shape.enum is not None and issubclass(shape.enum, Enum)
        return next(iter(shape.enum))
    if shape.kind == "list":
        assert shape.item is not None
        return [sample(shape.item, field)]
    if shape.kind == "union":
        return sample(shape.options[0], field)
    return {} if shape.kind in ("model", "map") else "x"


def reply_for(op: Operation[Any]) -> Any:
    extra = {"actionId": "act-1"} if op.has_action_id else {}
    if not op.has_data:
        return ok(**extra)
    is_list = "list_of" in op.parse.__qualname__
    return ok([] if is_list else {}, **extra)


@pytest.mark.parametrize("op_id", sorted(FACADE_OPS))
def test_every_operation_sends_its_request_and_returns_typed_data(drive: Driver, op_id: str) -> None:
    op = FACADE_OPS[op_id]
    fake = FakeCMR(reply_for(op))
    cmr = drive.client(fake, sandbox=op.sandbox)
    args = {field.attr: sample(field.shape, field) for field in op.fields if field.required}
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
    if op.has_action_id:
        assert isinstance(result, ActionResult) and result.action_id == "act-1"
        data = result.data
    if not op.has_data:
        assert data is None
    elif "list_of" in op.parse.__qualname__:
        assert data == []
    else:
        assert hasattr(data, "additional_properties")  # an attrs model, never a bare dict
