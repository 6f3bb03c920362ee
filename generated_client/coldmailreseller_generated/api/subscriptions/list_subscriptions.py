# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_subscriptions_response import ListSubscriptionsResponse
from ...models.subscription_status import SubscriptionStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: SubscriptionStatus | Unset = UNSET,
    component_subscription_id: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["componentSubscriptionId"] = component_subscription_id

    params["domain"] = domain

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListSubscriptionsResponse | None:
    if response.status_code == 200:
        response_200 = ListSubscriptionsResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ListSubscriptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: SubscriptionStatus | Unset = UNSET,
    component_subscription_id: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
) -> Response[ErrorEnvelope | ListSubscriptionsResponse]:
    """List subscriptions

     Pages through the partner's subscriptions (across customers; no userId parameter is documented). The
    docs table rows for `status`, `componentSubscriptionId` and `domain` are cut, so their types and
    meaning are inferred from the sample request. In the example, `nextPage` is set on the last page;
    rely on `totalPages`.

    Args:
        status (SubscriptionStatus | Unset): Lifecycle state of a subscription.
        component_subscription_id (str | Unset):
        domain (str | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListSubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        component_subscription_id=component_subscription_id,
        domain=domain,
        limit=limit,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: SubscriptionStatus | Unset = UNSET,
    component_subscription_id: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
) -> ErrorEnvelope | ListSubscriptionsResponse | None:
    """List subscriptions

     Pages through the partner's subscriptions (across customers; no userId parameter is documented). The
    docs table rows for `status`, `componentSubscriptionId` and `domain` are cut, so their types and
    meaning are inferred from the sample request. In the example, `nextPage` is set on the last page;
    rely on `totalPages`.

    Args:
        status (SubscriptionStatus | Unset): Lifecycle state of a subscription.
        component_subscription_id (str | Unset):
        domain (str | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListSubscriptionsResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        component_subscription_id=component_subscription_id,
        domain=domain,
        limit=limit,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: SubscriptionStatus | Unset = UNSET,
    component_subscription_id: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
) -> Response[ErrorEnvelope | ListSubscriptionsResponse]:
    """List subscriptions

     Pages through the partner's subscriptions (across customers; no userId parameter is documented). The
    docs table rows for `status`, `componentSubscriptionId` and `domain` are cut, so their types and
    meaning are inferred from the sample request. In the example, `nextPage` is set on the last page;
    rely on `totalPages`.

    Args:
        status (SubscriptionStatus | Unset): Lifecycle state of a subscription.
        component_subscription_id (str | Unset):
        domain (str | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListSubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        component_subscription_id=component_subscription_id,
        domain=domain,
        limit=limit,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: SubscriptionStatus | Unset = UNSET,
    component_subscription_id: str | Unset = UNSET,
    domain: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
) -> ErrorEnvelope | ListSubscriptionsResponse | None:
    """List subscriptions

     Pages through the partner's subscriptions (across customers; no userId parameter is documented). The
    docs table rows for `status`, `componentSubscriptionId` and `domain` are cut, so their types and
    meaning are inferred from the sample request. In the example, `nextPage` is set on the last page;
    rely on `totalPages`.

    Args:
        status (SubscriptionStatus | Unset): Lifecycle state of a subscription.
        component_subscription_id (str | Unset):
        domain (str | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListSubscriptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            component_subscription_id=component_subscription_id,
            domain=domain,
            limit=limit,
            page=page,
        )
    ).parsed
