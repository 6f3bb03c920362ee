"""Every operation of the spec, called through the client against Prism with arguments taken from the spec:
Prism must find the request valid, answer 2xx, and the client must parse the declared type."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from coldmailreseller import (
    OPERATIONS,
    ActionResult,
    APIError,
    ColdMailReseller,
    ConventionPage,
    Operation,
    WorkspaceCheckResult,
)
from tests.contract._contract_args import call_arguments
from tests.support.spec import SPEC, request_example

pytestmark = pytest.mark.slow


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


def _assert_declared_type(op: Operation[Any], data: Any) -> None:
    """`data` is what the operation's Data record declares: None, a model, or a list of models (or the typed
    result of an x-cmr-result operation)."""
    if op.result is not None:
        assert isinstance(data, WorkspaceCheckResult | ConventionPage)
        return
    if op.data.kind == "none" or (data is None and not op.data.required):
        assert data is None
        return
    if op.data.kind == "any":  # raw JSON: upstream never published the shape
        assert isinstance(data, dict | list)
        return
    assert op.data.ref is not None
    model = op.data.ref.get()
    if op.data.kind == "list":
        assert isinstance(data, list)
        assert all(isinstance(entry, model) for entry in data), data
    else:
        assert isinstance(data, model), f"{type(data).__name__} is not {model.__name__}"


def _resource(client: ColdMailReseller, operation_id: str) -> Any:
    return getattr(client, OPERATIONS[operation_id].resource)


@pytest.mark.parametrize("operation_id", _cases())
def test_raw_response_is_valid_and_parses(clients: dict[bool, ColdMailReseller], operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    resource = _resource(clients[op.sandbox], operation_id)

    raw = _call(getattr(resource.with_raw_response, op.method), call_arguments(operation_id))

    assert "sl-violations" not in raw.headers, raw.headers["sl-violations"]
    assert 200 <= raw.status_code < 300
    assert raw.http_response.request.method == op.http_method
    assert raw.http_response.request.url.path == op.path
    parsed = raw.parse()
    if op.has_action_id or op.outcome is not None:  # work that finishes later answers with an action result
        assert isinstance(parsed, ActionResult)
        parsed = parsed.data
    _assert_declared_type(op, parsed)


@pytest.mark.parametrize("operation_id", _cases())
def test_plain_call_returns_declared_type(clients: dict[bool, ColdMailReseller], operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    resource = _resource(clients[op.sandbox], operation_id)

    result = _call(getattr(resource, op.method), call_arguments(operation_id))

    if op.has_action_id or op.outcome is not None:
        assert isinstance(result, ActionResult)
        result = result.data
    _assert_declared_type(op, result)


@pytest.mark.parametrize("operation_id", [op for op in sorted(OPERATIONS) if request_example(op) is not None])
def test_body_example_fits_the_method(operation_id: str) -> None:
    """Every field of a documented request body can be passed as a keyword argument."""
    body_fields = {field.wire for field in OPERATIONS[operation_id].fields if field.location == "body"}
    example = request_example(operation_id)
    assert example is not None
    assert set(example) <= body_fields


def test_every_spec_operation_has_a_contract_test() -> None:
    for test in (test_raw_response_is_valid_and_parses, test_plain_call_returns_declared_type):
        (mark,) = [m for m in test.pytestmark if m.name == "parametrize"]  # type: ignore[attr-defined]
        tested = {param.values[0] for param in mark.args[1]}
        assert tested == set(OPERATIONS) == set(SPEC.operations)
