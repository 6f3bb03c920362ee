"""Error answers from Prism: a missing key, and every documented error status (forced with `Prefer: code=N`)
on a read, a create and a money operation, must become the matching typed error with CMR's message."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from coldmailreseller import (
    OPERATIONS,
    APIError,
    AuthenticationError,
    BadRequestError,
    ColdMailReseller,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from tests.contract._contract_args import call_arguments
from tests.support.spec import operation, resolve

pytestmark = pytest.mark.slow

KEY_HEADER = "cmr-x-api-key"
EXPECTED_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    503: InternalServerError,
}
# One operation of each risk class: retries and the outcome-unknown rule differ between them.
REPRESENTATIVES = ("getUser", "createUser", "createOrderJson")


def _error_example(operation_id: str, status: int) -> dict[str, Any]:
    response = resolve(operation(operation_id).node["responses"][str(status)])
    return dict(response["content"]["application/json"]["example"])


def _error_cases() -> list[Any]:
    return [
        pytest.param(operation_id, int(status), id=f"{operation_id}-{status}")
        for operation_id in REPRESENTATIVES
        for status in operation(operation_id).node["responses"]
        if int(status) >= 400
    ]


def _call(client: ColdMailReseller, operation_id: str) -> Any:
    op = OPERATIONS[operation_id]
    method = getattr(getattr(client, op.resource), op.method)
    return method(**call_arguments(operation_id))


def test_documented_error_statuses_are_the_expected_ones() -> None:
    for operation_id in REPRESENTATIVES:
        documented = {int(s) for s in operation(operation_id).node["responses"] if int(s) >= 400}
        assert documented == set(EXPECTED_ERRORS), operation_id


def test_prism_rejects_a_request_without_the_key(prism_url: str) -> None:
    response = httpx.get(f"{prism_url}/users", params=call_arguments("getUser"))
    assert response.status_code == 401
    assert "sl-violations" in response.headers
    assert response.json()["message"] == _error_example("getUser", 401)["message"]


def test_client_without_the_key_header_raises_authentication_error(prism_url: str) -> None:
    def drop_key(request: httpx.Request) -> None:
        del request.headers[KEY_HEADER]

    with httpx.Client(event_hooks={"request": [drop_key]}) as http:
        client = ColdMailReseller(
            api_key="test-key", base_url=prism_url, rate_limit=None, max_retries=0, http_client=http
        )
        with pytest.raises(AuthenticationError) as caught:
            _call(client, "getUser")

    assert KEY_HEADER not in caught.value.response.request.headers  # type: ignore[union-attr]
    assert caught.value.status_code == 401
    assert caught.value.message == _error_example("getUser", 401)["message"]


@pytest.mark.parametrize(("operation_id", "status"), _error_cases())
def test_error_status_raises_typed_error(prism_url: str, operation_id: str, status: int) -> None:
    example = _error_example(operation_id, status)
    with httpx.Client(headers={"Prefer": f"code={status}"}) as http:
        client = ColdMailReseller(
            api_key="test-key", base_url=prism_url, rate_limit=None, max_retries=0, http_client=http
        )
        with pytest.raises(APIError) as caught:
            _call(client, operation_id)

    error = caught.value
    # Only a 5xx on a call that moves money or starts work leaves its outcome unknown (and says so).
    unknown = status >= 500 and OPERATIONS[operation_id].effect not in ("read", "idempotent")
    assert isinstance(error, EXPECTED_ERRORS[status])
    assert isinstance(error, OutcomeUnknownError) == unknown
    assert error.status_code == status == example["status"]
    assert error.message.startswith(example["message"])
    assert (error.message == example["message"]) != unknown
    assert error.operation_id == operation_id
