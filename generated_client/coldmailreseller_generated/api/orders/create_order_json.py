# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_json_request import CreateOrderJsonRequest
from ...models.create_order_json_response import CreateOrderJsonResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreateOrderJsonRequest,
    user_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders/json",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOrderJsonResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreateOrderJsonResponse.from_dict(response.json())

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
) -> Response[CreateOrderJsonResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderJsonRequest,
    user_id: str,
) -> Response[CreateOrderJsonResponse | ErrorEnvelope]:
    """Order domains and mailboxes (JSON)

     Registers one or more domains and sets up mailboxes on them in a single order. With `confirm: true`
    the wallet is charged and provisioning starts; the reply only means the order was queued. Completion
    arrives by webhook (`domain.order.success`, `mailbox.order.success`, then one `mailbox.created` per
    mailbox). Never resend while waiting: a duplicate registers and charges twice. Field list from the
    docs page; path, request example and response from the guide site. Which top-level fields are
    mandatory is not stated upstream.

    Args:
        user_id (str):
        body (CreateOrderJsonRequest): Domains to register plus the mailboxes to provision on
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderJsonResponse | ErrorEnvelope]
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
    body: CreateOrderJsonRequest,
    user_id: str,
) -> CreateOrderJsonResponse | ErrorEnvelope | None:
    """Order domains and mailboxes (JSON)

     Registers one or more domains and sets up mailboxes on them in a single order. With `confirm: true`
    the wallet is charged and provisioning starts; the reply only means the order was queued. Completion
    arrives by webhook (`domain.order.success`, `mailbox.order.success`, then one `mailbox.created` per
    mailbox). Never resend while waiting: a duplicate registers and charges twice. Field list from the
    docs page; path, request example and response from the guide site. Which top-level fields are
    mandatory is not stated upstream.

    Args:
        user_id (str):
        body (CreateOrderJsonRequest): Domains to register plus the mailboxes to provision on
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderJsonResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOrderJsonRequest,
    user_id: str,
) -> Response[CreateOrderJsonResponse | ErrorEnvelope]:
    """Order domains and mailboxes (JSON)

     Registers one or more domains and sets up mailboxes on them in a single order. With `confirm: true`
    the wallet is charged and provisioning starts; the reply only means the order was queued. Completion
    arrives by webhook (`domain.order.success`, `mailbox.order.success`, then one `mailbox.created` per
    mailbox). Never resend while waiting: a duplicate registers and charges twice. Field list from the
    docs page; path, request example and response from the guide site. Which top-level fields are
    mandatory is not stated upstream.

    Args:
        user_id (str):
        body (CreateOrderJsonRequest): Domains to register plus the mailboxes to provision on
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOrderJsonResponse | ErrorEnvelope]
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
    body: CreateOrderJsonRequest,
    user_id: str,
) -> CreateOrderJsonResponse | ErrorEnvelope | None:
    """Order domains and mailboxes (JSON)

     Registers one or more domains and sets up mailboxes on them in a single order. With `confirm: true`
    the wallet is charged and provisioning starts; the reply only means the order was queued. Completion
    arrives by webhook (`domain.order.success`, `mailbox.order.success`, then one `mailbox.created` per
    mailbox). Never resend while waiting: a duplicate registers and charges twice. Field list from the
    docs page; path, request example and response from the guide site. Which top-level fields are
    mandatory is not stated upstream.

    Args:
        user_id (str):
        body (CreateOrderJsonRequest): Domains to register plus the mailboxes to provision on
            them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOrderJsonResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
        )
    ).parsed
