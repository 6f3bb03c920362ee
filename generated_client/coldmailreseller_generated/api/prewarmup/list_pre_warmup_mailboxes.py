# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_pre_warmup_mailboxes_response import ListPreWarmupMailboxesResponse
from ...models.service_provider import ServiceProvider
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_provider: ServiceProvider | Unset = UNSET,
    contains: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_provider: str | Unset = UNSET
    if not isinstance(service_provider, Unset):
        json_service_provider = service_provider.value

    params["serviceProvider"] = json_service_provider

    params["contains"] = contains

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pre-warmup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListPreWarmupMailboxesResponse | None:
    if response.status_code == 200:
        response_200 = ListPreWarmupMailboxesResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ListPreWarmupMailboxesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    service_provider: ServiceProvider | Unset = UNSET,
    contains: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ListPreWarmupMailboxesResponse]:
    """List pre-warmed domains and mailboxes

     Returns the partner-level inventory of pre-warmed domains, their mailboxes and purchase/renewal
    prices, one page at a time. Filter by provider or by part of the domain name. Known from a guide
    article only (the docs page body is missing); no userId is shown for this call.

    Args:
        service_provider (ServiceProvider | Unset): Mailbox provider.
        contains (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListPreWarmupMailboxesResponse]
    """

    kwargs = _get_kwargs(
        service_provider=service_provider,
        contains=contains,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    service_provider: ServiceProvider | Unset = UNSET,
    contains: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> ErrorEnvelope | ListPreWarmupMailboxesResponse | None:
    """List pre-warmed domains and mailboxes

     Returns the partner-level inventory of pre-warmed domains, their mailboxes and purchase/renewal
    prices, one page at a time. Filter by provider or by part of the domain name. Known from a guide
    article only (the docs page body is missing); no userId is shown for this call.

    Args:
        service_provider (ServiceProvider | Unset): Mailbox provider.
        contains (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListPreWarmupMailboxesResponse
    """

    return sync_detailed(
        client=client,
        service_provider=service_provider,
        contains=contains,
        page=page,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    service_provider: ServiceProvider | Unset = UNSET,
    contains: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ListPreWarmupMailboxesResponse]:
    """List pre-warmed domains and mailboxes

     Returns the partner-level inventory of pre-warmed domains, their mailboxes and purchase/renewal
    prices, one page at a time. Filter by provider or by part of the domain name. Known from a guide
    article only (the docs page body is missing); no userId is shown for this call.

    Args:
        service_provider (ServiceProvider | Unset): Mailbox provider.
        contains (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListPreWarmupMailboxesResponse]
    """

    kwargs = _get_kwargs(
        service_provider=service_provider,
        contains=contains,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    service_provider: ServiceProvider | Unset = UNSET,
    contains: str | Unset = UNSET,
    page: int | Unset = 1,
    limit: int | Unset = UNSET,
) -> ErrorEnvelope | ListPreWarmupMailboxesResponse | None:
    """List pre-warmed domains and mailboxes

     Returns the partner-level inventory of pre-warmed domains, their mailboxes and purchase/renewal
    prices, one page at a time. Filter by provider or by part of the domain name. Known from a guide
    article only (the docs page body is missing); no userId is shown for this call.

    Args:
        service_provider (ServiceProvider | Unset): Mailbox provider.
        contains (str | Unset):
        page (int | Unset):  Default: 1.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListPreWarmupMailboxesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            service_provider=service_provider,
            contains=contains,
            page=page,
            limit=limit,
        )
    ).parsed
