# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_request import CreateUserRequest
from ...models.create_user_response import CreateUserResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUserResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreateUserResponse.from_dict(response.json())

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
) -> Response[CreateUserResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
) -> Response[CreateUserResponse | ErrorEnvelope]:
    """Create a user (customer) under the partner account

     Partner-level call that creates a customer with contact and address details. `country` is an ISO
    3166-1 alpha-2 code (see the geo endpoints); `phoneCc` is the dialling code without "+". Keep the
    returned id: it is the userId every user-level call needs. The docs page does not show a response;
    the guide site says the new id is in `data.id`. Not idempotent: repeating the call can create a
    second user.

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserResponse | ErrorEnvelope]
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
    body: CreateUserRequest,
) -> CreateUserResponse | ErrorEnvelope | None:
    """Create a user (customer) under the partner account

     Partner-level call that creates a customer with contact and address details. `country` is an ISO
    3166-1 alpha-2 code (see the geo endpoints); `phoneCc` is the dialling code without "+". Keep the
    returned id: it is the userId every user-level call needs. The docs page does not show a response;
    the guide site says the new id is in `data.id`. Not idempotent: repeating the call can create a
    second user.

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
) -> Response[CreateUserResponse | ErrorEnvelope]:
    """Create a user (customer) under the partner account

     Partner-level call that creates a customer with contact and address details. `country` is an ISO
    3166-1 alpha-2 code (see the geo endpoints); `phoneCc` is the dialling code without "+". Keep the
    returned id: it is the userId every user-level call needs. The docs page does not show a response;
    the guide site says the new id is in `data.id`. Not idempotent: repeating the call can create a
    second user.

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateUserRequest,
) -> CreateUserResponse | ErrorEnvelope | None:
    """Create a user (customer) under the partner account

     Partner-level call that creates a customer with contact and address details. `country` is an ISO
    3166-1 alpha-2 code (see the geo endpoints); `phoneCc` is the dialling code without "+". Keep the
    returned id: it is the userId every user-level call needs. The docs page does not show a response;
    the guide site says the new id is in `data.id`. Not idempotent: repeating the call can create a
    second user.

    Args:
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
