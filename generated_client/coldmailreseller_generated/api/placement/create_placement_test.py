# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_placement_test_request import CreatePlacementTestRequest
from ...models.create_placement_test_response import CreatePlacementTestResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: CreatePlacementTestRequest,
    user_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/placement",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePlacementTestResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CreatePlacementTestResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

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
) -> Response[CreatePlacementTestResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePlacementTestRequest,
    user_id: str,
) -> Response[CreatePlacementTestResponse | ErrorEnvelope]:
    """Buy an inbox placement test

     Orders a placement test for ACTIVE mailboxes that have SMTP credentials, sending to Gmail and
    Microsoft 365 seed inboxes, optionally with SpamAssassin, blacklist checks and a paid AI insight.
    Charges the partner wallet (402 when the balance is too low); results arrive in
    listPlacementReports, no webhook is documented. A 400 names the offending mailbox. Known from guide
    articles only. Do not resend: duplicates are charged.

    Args:
        user_id (str):
        body (CreatePlacementTestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePlacementTestResponse | ErrorEnvelope]
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
    body: CreatePlacementTestRequest,
    user_id: str,
) -> CreatePlacementTestResponse | ErrorEnvelope | None:
    """Buy an inbox placement test

     Orders a placement test for ACTIVE mailboxes that have SMTP credentials, sending to Gmail and
    Microsoft 365 seed inboxes, optionally with SpamAssassin, blacklist checks and a paid AI insight.
    Charges the partner wallet (402 when the balance is too low); results arrive in
    listPlacementReports, no webhook is documented. A 400 names the offending mailbox. Known from guide
    articles only. Do not resend: duplicates are charged.

    Args:
        user_id (str):
        body (CreatePlacementTestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePlacementTestResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePlacementTestRequest,
    user_id: str,
) -> Response[CreatePlacementTestResponse | ErrorEnvelope]:
    """Buy an inbox placement test

     Orders a placement test for ACTIVE mailboxes that have SMTP credentials, sending to Gmail and
    Microsoft 365 seed inboxes, optionally with SpamAssassin, blacklist checks and a paid AI insight.
    Charges the partner wallet (402 when the balance is too low); results arrive in
    listPlacementReports, no webhook is documented. A 400 names the offending mailbox. Known from guide
    articles only. Do not resend: duplicates are charged.

    Args:
        user_id (str):
        body (CreatePlacementTestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePlacementTestResponse | ErrorEnvelope]
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
    body: CreatePlacementTestRequest,
    user_id: str,
) -> CreatePlacementTestResponse | ErrorEnvelope | None:
    """Buy an inbox placement test

     Orders a placement test for ACTIVE mailboxes that have SMTP credentials, sending to Gmail and
    Microsoft 365 seed inboxes, optionally with SpamAssassin, blacklist checks and a paid AI insight.
    Charges the partner wallet (402 when the balance is too low); results arrive in
    listPlacementReports, no webhook is documented. A 400 names the offending mailbox. Known from guide
    articles only. Do not resend: duplicates are charged.

    Args:
        user_id (str):
        body (CreatePlacementTestRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePlacementTestResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
        )
    ).parsed
