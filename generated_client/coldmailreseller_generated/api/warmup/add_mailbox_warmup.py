# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_mailbox_warmup_response import AddMailboxWarmupResponse
from ...models.error_envelope import ErrorEnvelope
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
        "url": "/mailboxes/warmup",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddMailboxWarmupResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AddMailboxWarmupResponse.from_dict(response.json())

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
) -> Response[AddMailboxWarmupResponse | ErrorEnvelope]:
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
) -> Response[AddMailboxWarmupResponse | ErrorEnvelope]:
    """Enable warmup on a mailbox

     Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
    (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
    `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

    Args:
        mailbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddMailboxWarmupResponse | ErrorEnvelope]
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
) -> AddMailboxWarmupResponse | ErrorEnvelope | None:
    """Enable warmup on a mailbox

     Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
    (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
    `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

    Args:
        mailbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddMailboxWarmupResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        mailbox_id=mailbox_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    mailbox_id: str,
) -> Response[AddMailboxWarmupResponse | ErrorEnvelope]:
    """Enable warmup on a mailbox

     Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
    (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
    `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

    Args:
        mailbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddMailboxWarmupResponse | ErrorEnvelope]
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
) -> AddMailboxWarmupResponse | ErrorEnvelope | None:
    """Enable warmup on a mailbox

     Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
    (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
    `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

    Args:
        mailbox_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddMailboxWarmupResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            mailbox_id=mailbox_id,
        )
    ).parsed
