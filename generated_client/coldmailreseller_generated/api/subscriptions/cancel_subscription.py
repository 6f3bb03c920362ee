# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_subscription_request import CancelSubscriptionRequest
from ...models.cancel_subscription_response import CancelSubscriptionResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CancelSubscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscriptions/cancel",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelSubscriptionResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CancelSubscriptionResponse.from_dict(response.json())

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
) -> Response[CancelSubscriptionResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelSubscriptionRequest,
) -> Response[CancelSubscriptionResponse | ErrorEnvelope]:
    """Cancel a subscription

     Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
    deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
    webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
    domain later goes through the mailbox order with `domainId`.

    Args:
        body (CancelSubscriptionRequest): Give `subscriptionId` or `domain`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelSubscriptionResponse | ErrorEnvelope]
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
    body: CancelSubscriptionRequest,
) -> CancelSubscriptionResponse | ErrorEnvelope | None:
    """Cancel a subscription

     Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
    deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
    webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
    domain later goes through the mailbox order with `domainId`.

    Args:
        body (CancelSubscriptionRequest): Give `subscriptionId` or `domain`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelSubscriptionResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelSubscriptionRequest,
) -> Response[CancelSubscriptionResponse | ErrorEnvelope]:
    """Cancel a subscription

     Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
    deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
    webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
    domain later goes through the mailbox order with `domainId`.

    Args:
        body (CancelSubscriptionRequest): Give `subscriptionId` or `domain`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelSubscriptionResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CancelSubscriptionRequest,
) -> CancelSubscriptionResponse | ErrorEnvelope | None:
    """Cancel a subscription

     Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
    deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
    webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
    domain later goes through the mailbox order with `domainId`.

    Args:
        body (CancelSubscriptionRequest): Give `subscriptionId` or `domain`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelSubscriptionResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
