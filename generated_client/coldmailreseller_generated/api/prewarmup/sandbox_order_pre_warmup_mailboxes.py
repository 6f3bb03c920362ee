# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sandbox_order_pre_warmup_mailboxes_request import (
    SandboxOrderPreWarmupMailboxesRequest,
)
from ...models.sandbox_order_pre_warmup_mailboxes_response import (
    SandboxOrderPreWarmupMailboxesResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: SandboxOrderPreWarmupMailboxesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sandbox/pre-warmup/order",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse | None:
    if response.status_code == 200:
        response_200 = SandboxOrderPreWarmupMailboxesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SandboxOrderPreWarmupMailboxesRequest,
) -> Response[ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse]:
    """[Sandbox] Place a test pre-warmup order

     Sandbox counterpart of orderPreWarmupMailboxes: free ($0, no wallet impact) but creates records,
    transactions and webhooks like production. Use only the sandbox domains. `scenario` picks the
    outcome: `success` (default, prewarmup.order.success), `full_failure` (prewarmup.order.failed with
    error details) or `partial_failure` (failed event for one domain, success event for the rest). POST
    and the body are inferred from the production call; whether production's `userId` query parameter
    applies is undocumented; response body undocumented.

    Args:
        body (SandboxOrderPreWarmupMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SandboxOrderPreWarmupMailboxesRequest,
) -> ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse | None:
    """[Sandbox] Place a test pre-warmup order

     Sandbox counterpart of orderPreWarmupMailboxes: free ($0, no wallet impact) but creates records,
    transactions and webhooks like production. Use only the sandbox domains. `scenario` picks the
    outcome: `success` (default, prewarmup.order.success), `full_failure` (prewarmup.order.failed with
    error details) or `partial_failure` (failed event for one domain, success event for the rest). POST
    and the body are inferred from the production call; whether production's `userId` query parameter
    applies is undocumented; response body undocumented.

    Args:
        body (SandboxOrderPreWarmupMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SandboxOrderPreWarmupMailboxesRequest,
) -> Response[ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse]:
    """[Sandbox] Place a test pre-warmup order

     Sandbox counterpart of orderPreWarmupMailboxes: free ($0, no wallet impact) but creates records,
    transactions and webhooks like production. Use only the sandbox domains. `scenario` picks the
    outcome: `success` (default, prewarmup.order.success), `full_failure` (prewarmup.order.failed with
    error details) or `partial_failure` (failed event for one domain, success event for the rest). POST
    and the body are inferred from the production call; whether production's `userId` query parameter
    applies is undocumented; response body undocumented.

    Args:
        body (SandboxOrderPreWarmupMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SandboxOrderPreWarmupMailboxesRequest,
) -> ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse | None:
    """[Sandbox] Place a test pre-warmup order

     Sandbox counterpart of orderPreWarmupMailboxes: free ($0, no wallet impact) but creates records,
    transactions and webhooks like production. Use only the sandbox domains. `scenario` picks the
    outcome: `success` (default, prewarmup.order.success), `full_failure` (prewarmup.order.failed with
    error details) or `partial_failure` (failed event for one domain, success event for the rest). POST
    and the body are inferred from the production call; whether production's `userId` query parameter
    applies is undocumented; response body undocumented.

    Args:
        body (SandboxOrderPreWarmupMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SandboxOrderPreWarmupMailboxesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
