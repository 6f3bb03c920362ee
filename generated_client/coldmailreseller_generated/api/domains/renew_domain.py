# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.renew_domain_request import RenewDomainRequest
from ...models.renew_domain_response import RenewDomainResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RenewDomainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/domains/renew",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RenewDomainResponse | None:
    if response.status_code == 200:
        response_200 = RenewDomainResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | RenewDomainResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RenewDomainRequest,
) -> Response[ErrorEnvelope | RenewDomainResponse]:
    """Renew domains (charges the partner wallet)

     Requests renewal of domains, paid from the partner wallet at the price given by
    getDomainRenewalPrice; a low balance makes it fail. Eligible domains are ACTIVE within 45 days of
    expiry or in the 7-day GRACE_PERIOD; EXPIRED domains cannot be renewed through the API. The request
    may only be queued: confirm with the domain.renewal.success / domain.renewal.failed webhooks and do
    not resend while waiting. Only the method and path are published; the request body and the response
    are not documented, so the body is an open object (the sibling renewal calls take `userId` and a
    `domains` list).

    Args:
        body (RenewDomainRequest): Request body of renewDomain. Its fields are not published; the
            object is open so the documented fields can be passed once known (sibling renewal calls
            use `userId` and `domains`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RenewDomainResponse]
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
    body: RenewDomainRequest,
) -> ErrorEnvelope | RenewDomainResponse | None:
    """Renew domains (charges the partner wallet)

     Requests renewal of domains, paid from the partner wallet at the price given by
    getDomainRenewalPrice; a low balance makes it fail. Eligible domains are ACTIVE within 45 days of
    expiry or in the 7-day GRACE_PERIOD; EXPIRED domains cannot be renewed through the API. The request
    may only be queued: confirm with the domain.renewal.success / domain.renewal.failed webhooks and do
    not resend while waiting. Only the method and path are published; the request body and the response
    are not documented, so the body is an open object (the sibling renewal calls take `userId` and a
    `domains` list).

    Args:
        body (RenewDomainRequest): Request body of renewDomain. Its fields are not published; the
            object is open so the documented fields can be passed once known (sibling renewal calls
            use `userId` and `domains`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RenewDomainResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RenewDomainRequest,
) -> Response[ErrorEnvelope | RenewDomainResponse]:
    """Renew domains (charges the partner wallet)

     Requests renewal of domains, paid from the partner wallet at the price given by
    getDomainRenewalPrice; a low balance makes it fail. Eligible domains are ACTIVE within 45 days of
    expiry or in the 7-day GRACE_PERIOD; EXPIRED domains cannot be renewed through the API. The request
    may only be queued: confirm with the domain.renewal.success / domain.renewal.failed webhooks and do
    not resend while waiting. Only the method and path are published; the request body and the response
    are not documented, so the body is an open object (the sibling renewal calls take `userId` and a
    `domains` list).

    Args:
        body (RenewDomainRequest): Request body of renewDomain. Its fields are not published; the
            object is open so the documented fields can be passed once known (sibling renewal calls
            use `userId` and `domains`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RenewDomainResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RenewDomainRequest,
) -> ErrorEnvelope | RenewDomainResponse | None:
    """Renew domains (charges the partner wallet)

     Requests renewal of domains, paid from the partner wallet at the price given by
    getDomainRenewalPrice; a low balance makes it fail. Eligible domains are ACTIVE within 45 days of
    expiry or in the 7-day GRACE_PERIOD; EXPIRED domains cannot be renewed through the API. The request
    may only be queued: confirm with the domain.renewal.success / domain.renewal.failed webhooks and do
    not resend while waiting. Only the method and path are published; the request body and the response
    are not documented, so the body is an open object (the sibling renewal calls take `userId` and a
    `domains` list).

    Args:
        body (RenewDomainRequest): Request body of renewDomain. Its fields are not published; the
            object is open so the documented fields can be passed once known (sibling renewal calls
            use `userId` and `domains`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RenewDomainResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
