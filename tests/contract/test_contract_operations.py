"""Every operation of the spec, called through the client against Prism with arguments taken from the spec:
Prism must find the request valid, answer 2xx, and the client must parse the declared type."""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from _contract_args import body_example, call_arguments
from _contract_spec import declared_type, facade_operation, spec_operations
from coldmailreseller import OPERATIONS, ActionResult, APIError, ColdMailReseller

pytestmark = pytest.mark.slow

NONE_TYPE = type(None)


def _cases() -> list[Any]:
    return [pytest.param(operation_id, id=operation_id) for operation_id in sorted(OPERATIONS)]


@pytest.fixture(scope="module")
def clients(prism_url: str) -> Iterator[dict[bool, ColdMailReseller]]:
    """A production and a sandbox client (sandbox-only operations need the latter), keyed by `sandbox`."""
    made = {
        sandbox: ColdMailReseller(
            api_key="test-key", base_url=prism_url, sandbox=sandbox, rate_limit=None, max_retries=0
        )
        for sandbox in (False, True)
    }
    yield made
    for client in made.values():
        client.close()


def _call(method: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    """Call, turning an error answer into a failure that shows Prism's report of what was wrong."""
    try:
        return method(**kwargs)
    except APIError as exc:
        violations = exc.response.headers.get("sl-violations") if exc.response is not None else None
        pytest.fail(f"{exc}\nPrism's violations: {violations}\nkwargs: {kwargs}")


def _assert_declared_type(data: Any, declared: Any) -> None:
    optional = [arg for arg in typing.get_args(declared) if arg is not NONE_TYPE]
    if NONE_TYPE in typing.get_args(declared):
        # `data` that upstream may leave out: None when absent, else the declared type.
        if data is not None:
            _assert_declared_type(data, optional[0])
    elif declared is NONE_TYPE:
        assert data is None
    elif typing.get_origin(declared) is list:
        (item,) = typing.get_args(declared)
        assert isinstance(data, list)
        assert all(isinstance(entry, item) for entry in data), data
    else:
        assert not isinstance(data, dict)
        assert isinstance(data, declared), f"{type(data).__name__} is not {declared.__name__}"


def _resource(client: ColdMailReseller, operation_id: str) -> Any:
    return getattr(client, OPERATIONS[operation_id].resource)


@pytest.mark.parametrize("operation_id", _cases())
def test_raw_response_is_valid_and_parses(clients: dict[bool, ColdMailReseller], operation_id: str) -> None:
    info = OPERATIONS[operation_id]
    _, op = facade_operation(operation_id, info.resource)
    declared = declared_type(operation_id, info.resource)
    # has_data: the envelope must carry `data` (declared neither None nor optional).
    assert op.has_data == (declared is not NONE_TYPE and NONE_TYPE not in typing.get_args(declared))
    resource = _resource(clients[op.sandbox], operation_id)

    raw = _call(getattr(resource.with_raw_response, info.method), call_arguments(operation_id, info.resource))

    assert "sl-violations" not in raw.headers, raw.headers["sl-violations"]
    assert 200 <= raw.status_code < 300
    assert raw.http_response.request.method == info.http_method
    assert raw.http_response.request.url.path == info.path
    _assert_declared_type(raw.parse(), declared)


@pytest.mark.parametrize("operation_id", _cases())
def test_plain_call_returns_declared_type(clients: dict[bool, ColdMailReseller], operation_id: str) -> None:
    info = OPERATIONS[operation_id]
    _, op = facade_operation(operation_id, info.resource)
    resource = _resource(clients[op.sandbox], operation_id)

    result = _call(getattr(resource, info.method), call_arguments(operation_id, info.resource))

    if op.has_action_id:
        assert isinstance(result, ActionResult)
        result = result.data
    _assert_declared_type(result, declared_type(operation_id, info.resource))


@pytest.mark.parametrize("operation_id", [op for op in sorted(OPERATIONS) if body_example(op) is not None])
def test_body_example_fits_the_facade(operation_id: str) -> None:
    """Every field of a documented request body can be passed as a keyword argument."""
    _, op = facade_operation(operation_id, OPERATIONS[operation_id].resource)
    body_fields = {field.wire for field in op.fields if field.location == "body"}
    example = body_example(operation_id)
    assert example is not None
    assert set(example) <= body_fields


def test_every_spec_operation_has_a_contract_test() -> None:
    spec_ids = set(spec_operations())
    for test in (test_raw_response_is_valid_and_parses, test_plain_call_returns_declared_type):
        (mark,) = [m for m in test.pytestmark if m.name == "parametrize"]  # type: ignore[attr-defined]
        tested = {param.values[0] for param in mark.args[1]}
        assert tested == set(OPERATIONS) == spec_ids
