# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.renew_subscriptions_request import RenewSubscriptionsRequest
from ...models.renew_subscriptions_response import RenewSubscriptionsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RenewSubscriptionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscriptions/renew-subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RenewSubscriptionsResponse | None:
    if response.status_code == 200:
        response_200 = RenewSubscriptionsResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | RenewSubscriptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RenewSubscriptionsRequest,
) -> Response[ErrorEnvelope | RenewSubscriptionsResponse]:
    """Renew subscriptions now

     Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
    it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
    `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
    domain is expired or in grace. Never resend blindly.

    Args:
        body (RenewSubscriptionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RenewSubscriptionsResponse]
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
    body: RenewSubscriptionsRequest,
) -> ErrorEnvelope | RenewSubscriptionsResponse | None:
    """Renew subscriptions now

     Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
    it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
    `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
    domain is expired or in grace. Never resend blindly.

    Args:
        body (RenewSubscriptionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RenewSubscriptionsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RenewSubscriptionsRequest,
) -> Response[ErrorEnvelope | RenewSubscriptionsResponse]:
    """Renew subscriptions now

     Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
    it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
    `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
    domain is expired or in grace. Never resend blindly.

    Args:
        body (RenewSubscriptionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RenewSubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RenewSubscriptionsRequest,
) -> ErrorEnvelope | RenewSubscriptionsResponse | None:
    """Renew subscriptions now

     Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
    it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
    `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
    domain is expired or in grace. Never resend blindly.

    Args:
        body (RenewSubscriptionsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RenewSubscriptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
