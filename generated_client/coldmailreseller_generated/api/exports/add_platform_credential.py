# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_platform_credential_request import AddPlatformCredentialRequest
from ...models.add_platform_credential_response import AddPlatformCredentialResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AddPlatformCredentialRequest,
    user_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/exports/platform-credential",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddPlatformCredentialResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AddPlatformCredentialResponse.from_dict(response.json())

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
) -> Response[AddPlatformCredentialResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddPlatformCredentialRequest,
    user_id: str,
) -> Response[AddPlatformCredentialResponse | ErrorEnvelope]:
    """Store a sending-platform credential

     Checks the login live against the platform and, if it works, stores it and returns a new
    `credentialId` (each call adds a new entry, even for the same platform). A failed live check answers
    400 and stores nothing. The docs list only EmailBison (`EMAILBISON`, which needs the full `metadata`
    block); guide articles also mention Smartlead (`SMARTLEAD`, credentials only), ReachInbox and
    Instantly. Per-field required flags are not documented; `app` and `credentials` appear in every
    example.

    Args:
        user_id (str):
        body (AddPlatformCredentialRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddPlatformCredentialResponse | ErrorEnvelope]
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
    body: AddPlatformCredentialRequest,
    user_id: str,
) -> AddPlatformCredentialResponse | ErrorEnvelope | None:
    """Store a sending-platform credential

     Checks the login live against the platform and, if it works, stores it and returns a new
    `credentialId` (each call adds a new entry, even for the same platform). A failed live check answers
    400 and stores nothing. The docs list only EmailBison (`EMAILBISON`, which needs the full `metadata`
    block); guide articles also mention Smartlead (`SMARTLEAD`, credentials only), ReachInbox and
    Instantly. Per-field required flags are not documented; `app` and `credentials` appear in every
    example.

    Args:
        user_id (str):
        body (AddPlatformCredentialRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddPlatformCredentialResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddPlatformCredentialRequest,
    user_id: str,
) -> Response[AddPlatformCredentialResponse | ErrorEnvelope]:
    """Store a sending-platform credential

     Checks the login live against the platform and, if it works, stores it and returns a new
    `credentialId` (each call adds a new entry, even for the same platform). A failed live check answers
    400 and stores nothing. The docs list only EmailBison (`EMAILBISON`, which needs the full `metadata`
    block); guide articles also mention Smartlead (`SMARTLEAD`, credentials only), ReachInbox and
    Instantly. Per-field required flags are not documented; `app` and `credentials` appear in every
    example.

    Args:
        user_id (str):
        body (AddPlatformCredentialRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddPlatformCredentialResponse | ErrorEnvelope]
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
    body: AddPlatformCredentialRequest,
    user_id: str,
) -> AddPlatformCredentialResponse | ErrorEnvelope | None:
    """Store a sending-platform credential

     Checks the login live against the platform and, if it works, stores it and returns a new
    `credentialId` (each call adds a new entry, even for the same platform). A failed live check answers
    400 and stores nothing. The docs list only EmailBison (`EMAILBISON`, which needs the full `metadata`
    block); guide articles also mention Smartlead (`SMARTLEAD`, credentials only), ReachInbox and
    Instantly. Per-field required flags are not documented; `app` and `credentials` appear in every
    example.

    Args:
        user_id (str):
        body (AddPlatformCredentialRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddPlatformCredentialResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
        )
    ).parsed
