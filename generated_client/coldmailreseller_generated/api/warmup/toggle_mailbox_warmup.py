# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.toggle_mailbox_warmup_response import ToggleMailboxWarmupResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    mailbox_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mailboxId"] = mailbox_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mailboxes/warmup/toggle",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ToggleMailboxWarmupResponse | None:
    if response.status_code == 200:
        response_200 = ToggleMailboxWarmupResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ToggleMailboxWarmupResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    mailbox_id: str,
) -> Response[ErrorEnvelope | ToggleMailboxWarmupResponse]:
    """Pause or resume warmup

     Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
    webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

    Args:
        mailbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ToggleMailboxWarmupResponse]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    mailbox_id: str,
) -> ErrorEnvelope | ToggleMailboxWarmupResponse | None:
    """Pause or resume warmup

     Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
    webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

    Args:
        mailbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ToggleMailboxWarmupResponse
    """

    return sync_detailed(
        client=client,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    mailbox_id: str,
) -> Response[ErrorEnvelope | ToggleMailboxWarmupResponse]:
    """Pause or resume warmup

     Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
    webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

    Args:
        mailbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ToggleMailboxWarmupResponse]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    mailbox_id: str,
) -> ErrorEnvelope | ToggleMailboxWarmupResponse | None:
    """Pause or resume warmup

     Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
    webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

    Args:
        mailbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ToggleMailboxWarmupResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            mailbox_id=mailbox_id,
        )
    ).parsed
