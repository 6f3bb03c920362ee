# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.order_pre_warmup_mailboxes_request import OrderPreWarmupMailboxesRequest
from ...models.order_pre_warmup_mailboxes_response import (
    OrderPreWarmupMailboxesResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: OrderPreWarmupMailboxesRequest,
    user_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pre-warmup/order",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | OrderPreWarmupMailboxesResponse | None:
    if response.status_code == 201:
        response_201 = OrderPreWarmupMailboxesResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorEnvelope | OrderPreWarmupMailboxesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OrderPreWarmupMailboxesRequest,
    user_id: str,
) -> Response[ErrorEnvelope | OrderPreWarmupMailboxesResponse]:
    """Order pre-warmed domains and mailboxes

     Buys pre-warmed domains from the inventory for a user, charging the partner wallet. HTTP 201 only
    means the order was queued; `prewarmup.order.success` delivers the mailboxes with credentials,
    `prewarmup.order.failed` reports failed domains (no pool, low wallet, domain restrictions), and one
    order can produce both. Google orders carry the `google` block, Microsoft orders
    `microsoftOauthRoute`. Known from a guide article only; response body undocumented. Do not resend:
    duplicates buy twice.

    Args:
        user_id (str):
        body (OrderPreWarmupMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OrderPreWarmupMailboxesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OrderPreWarmupMailboxesRequest,
    user_id: str,
) -> ErrorEnvelope | OrderPreWarmupMailboxesResponse | None:
    """Order pre-warmed domains and mailboxes

     Buys pre-warmed domains from the inventory for a user, charging the partner wallet. HTTP 201 only
    means the order was queued; `prewarmup.order.success` delivers the mailboxes with credentials,
    `prewarmup.order.failed` reports failed domains (no pool, low wallet, domain restrictions), and one
    order can produce both. Google orders carry the `google` block, Microsoft orders
    `microsoftOauthRoute`. Known from a guide article only; response body undocumented. Do not resend:
    duplicates buy twice.

    Args:
        user_id (str):
        body (OrderPreWarmupMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OrderPreWarmupMailboxesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OrderPreWarmupMailboxesRequest,
    user_id: str,
) -> Response[ErrorEnvelope | OrderPreWarmupMailboxesResponse]:
    """Order pre-warmed domains and mailboxes

     Buys pre-warmed domains from the inventory for a user, charging the partner wallet. HTTP 201 only
    means the order was queued; `prewarmup.order.success` delivers the mailboxes with credentials,
    `prewarmup.order.failed` reports failed domains (no pool, low wallet, domain restrictions), and one
    order can produce both. Google orders carry the `google` block, Microsoft orders
    `microsoftOauthRoute`. Known from a guide article only; response body undocumented. Do not resend:
    duplicates buy twice.

    Args:
        user_id (str):
        body (OrderPreWarmupMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OrderPreWarmupMailboxesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OrderPreWarmupMailboxesRequest,
    user_id: str,
) -> ErrorEnvelope | OrderPreWarmupMailboxesResponse | None:
    """Order pre-warmed domains and mailboxes

     Buys pre-warmed domains from the inventory for a user, charging the partner wallet. HTTP 201 only
    means the order was queued; `prewarmup.order.success` delivers the mailboxes with credentials,
    `prewarmup.order.failed` reports failed domains (no pool, low wallet, domain restrictions), and one
    order can produce both. Google orders carry the `google` block, Microsoft orders
    `microsoftOauthRoute`. Known from a guide article only; response body undocumented. Do not resend:
    duplicates buy twice.

    Args:
        user_id (str):
        body (OrderPreWarmupMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OrderPreWarmupMailboxesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
        )
    ).parsed
