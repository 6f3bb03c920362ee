# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.export_mailboxes_request import ExportMailboxesRequest
from ...models.export_mailboxes_response import ExportMailboxesResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ExportMailboxesRequest,
    user_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/exports/platform-exports",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ExportMailboxesResponse | None:
    if response.status_code == 200:
        response_200 = ExportMailboxesResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ExportMailboxesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportMailboxesRequest,
    user_id: str,
) -> Response[ErrorEnvelope | ExportMailboxesResponse]:
    """Queue mailboxes for export to a platform

     Queues the given mailboxes for export to the platform behind a stored credential. A 200 only means
    the job was queued; no completion webhook is documented for platform exports. Credential and
    mailboxes must belong to the user. The dedicated docs page is missing: the body field names come
    from the docs overview (`credentialId` + `componentMailboxIds`); guides call the array `mailboxIds`.
    `userId` is assumed like every export endpoint (the overview answers 401 when it is missing).
    Resending duplicates the export.

    Args:
        user_id (str):
        body (ExportMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ExportMailboxesResponse]
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
    body: ExportMailboxesRequest,
    user_id: str,
) -> ErrorEnvelope | ExportMailboxesResponse | None:
    """Queue mailboxes for export to a platform

     Queues the given mailboxes for export to the platform behind a stored credential. A 200 only means
    the job was queued; no completion webhook is documented for platform exports. Credential and
    mailboxes must belong to the user. The dedicated docs page is missing: the body field names come
    from the docs overview (`credentialId` + `componentMailboxIds`); guides call the array `mailboxIds`.
    `userId` is assumed like every export endpoint (the overview answers 401 when it is missing).
    Resending duplicates the export.

    Args:
        user_id (str):
        body (ExportMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ExportMailboxesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportMailboxesRequest,
    user_id: str,
) -> Response[ErrorEnvelope | ExportMailboxesResponse]:
    """Queue mailboxes for export to a platform

     Queues the given mailboxes for export to the platform behind a stored credential. A 200 only means
    the job was queued; no completion webhook is documented for platform exports. Credential and
    mailboxes must belong to the user. The dedicated docs page is missing: the body field names come
    from the docs overview (`credentialId` + `componentMailboxIds`); guides call the array `mailboxIds`.
    `userId` is assumed like every export endpoint (the overview answers 401 when it is missing).
    Resending duplicates the export.

    Args:
        user_id (str):
        body (ExportMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ExportMailboxesResponse]
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
    body: ExportMailboxesRequest,
    user_id: str,
) -> ErrorEnvelope | ExportMailboxesResponse | None:
    """Queue mailboxes for export to a platform

     Queues the given mailboxes for export to the platform behind a stored credential. A 200 only means
    the job was queued; no completion webhook is documented for platform exports. Credential and
    mailboxes must belong to the user. The dedicated docs page is missing: the body field names come
    from the docs overview (`credentialId` + `componentMailboxIds`); guides call the array `mailboxIds`.
    `userId` is assumed like every export endpoint (the overview answers 401 when it is missing).
    Resending duplicates the export.

    Args:
        user_id (str):
        body (ExportMailboxesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ExportMailboxesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
        )
    ).parsed
