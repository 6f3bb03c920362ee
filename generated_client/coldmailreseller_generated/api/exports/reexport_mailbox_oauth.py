# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.reexport_mailbox_oauth_request import ReexportMailboxOauthRequest
from ...models.reexport_mailbox_oauth_response import ReexportMailboxOauthResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: ReexportMailboxOauthRequest,
    user_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/mailboxes/oauth",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ReexportMailboxOauthResponse | None:
    if response.status_code == 200:
        response_200 = ReexportMailboxOauthResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ReexportMailboxOauthResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReexportMailboxOauthRequest,
    user_id: str,
) -> Response[ErrorEnvelope | ReexportMailboxOauthResponse]:
    """Re-export a mailbox over OAuth

     Queues an OAuth export of an existing mailbox to a sending platform; completion is reported by the
    `mailbox.exported` webhook. Send the `google` block for Google mailboxes and the `microsoft` block
    for Microsoft ones: the mailbox's own provider decides, a mismatched block fails. Do not queue a
    second OAuth export of a mailbox while one is running; validating the mailbox first
    (validateMailbox) is recommended. The docs page body is missing, so the path and fields come from
    the guides; response body undocumented.

    Args:
        user_id (str):
        body (ReexportMailboxOauthRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReexportMailboxOauthResponse]
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
    body: ReexportMailboxOauthRequest,
    user_id: str,
) -> ErrorEnvelope | ReexportMailboxOauthResponse | None:
    """Re-export a mailbox over OAuth

     Queues an OAuth export of an existing mailbox to a sending platform; completion is reported by the
    `mailbox.exported` webhook. Send the `google` block for Google mailboxes and the `microsoft` block
    for Microsoft ones: the mailbox's own provider decides, a mismatched block fails. Do not queue a
    second OAuth export of a mailbox while one is running; validating the mailbox first
    (validateMailbox) is recommended. The docs page body is missing, so the path and fields come from
    the guides; response body undocumented.

    Args:
        user_id (str):
        body (ReexportMailboxOauthRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReexportMailboxOauthResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReexportMailboxOauthRequest,
    user_id: str,
) -> Response[ErrorEnvelope | ReexportMailboxOauthResponse]:
    """Re-export a mailbox over OAuth

     Queues an OAuth export of an existing mailbox to a sending platform; completion is reported by the
    `mailbox.exported` webhook. Send the `google` block for Google mailboxes and the `microsoft` block
    for Microsoft ones: the mailbox's own provider decides, a mismatched block fails. Do not queue a
    second OAuth export of a mailbox while one is running; validating the mailbox first
    (validateMailbox) is recommended. The docs page body is missing, so the path and fields come from
    the guides; response body undocumented.

    Args:
        user_id (str):
        body (ReexportMailboxOauthRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReexportMailboxOauthResponse]
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
    body: ReexportMailboxOauthRequest,
    user_id: str,
) -> ErrorEnvelope | ReexportMailboxOauthResponse | None:
    """Re-export a mailbox over OAuth

     Queues an OAuth export of an existing mailbox to a sending platform; completion is reported by the
    `mailbox.exported` webhook. Send the `google` block for Google mailboxes and the `microsoft` block
    for Microsoft ones: the mailbox's own provider decides, a mismatched block fails. Do not queue a
    second OAuth export of a mailbox while one is running; validating the mailbox first
    (validateMailbox) is recommended. The docs page body is missing, so the path and fields come from
    the guides; response body undocumented.

    Args:
        user_id (str):
        body (ReexportMailboxOauthRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReexportMailboxOauthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
        )
    ).parsed
