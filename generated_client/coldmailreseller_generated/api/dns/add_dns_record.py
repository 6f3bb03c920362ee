# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_dns_record_request import AddDnsRecordRequest
from ...models.add_dns_record_response import AddDnsRecordResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AddDnsRecordRequest,
    user_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dns",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddDnsRecordResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AddDnsRecordResponse.from_dict(response.json())

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
) -> Response[AddDnsRecordResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddDnsRecordRequest,
    user_id: str,
) -> Response[AddDnsRecordResponse | ErrorEnvelope]:
    """Add DNS records to a domain

     Creates one or more records on a user's domain. SPF, DKIM and DMARC are not generated for you,
    except that on a DMARC TXT record (host `_dmarc` or starting with `_dmarc.`) CMR appends default
    tags (rua, ruf, fo, rf, ri, pct, sp, aspf, adkim) unless listed in `excludedDMARCtags`; using that
    field on any other record gives a 400. The response is not documented; read the new recordId via
    getDnsRecords. Not idempotent: repeating adds duplicate records.

    Args:
        user_id (str):
        body (AddDnsRecordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddDnsRecordResponse | ErrorEnvelope]
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
    body: AddDnsRecordRequest,
    user_id: str,
) -> AddDnsRecordResponse | ErrorEnvelope | None:
    """Add DNS records to a domain

     Creates one or more records on a user's domain. SPF, DKIM and DMARC are not generated for you,
    except that on a DMARC TXT record (host `_dmarc` or starting with `_dmarc.`) CMR appends default
    tags (rua, ruf, fo, rf, ri, pct, sp, aspf, adkim) unless listed in `excludedDMARCtags`; using that
    field on any other record gives a 400. The response is not documented; read the new recordId via
    getDnsRecords. Not idempotent: repeating adds duplicate records.

    Args:
        user_id (str):
        body (AddDnsRecordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddDnsRecordResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddDnsRecordRequest,
    user_id: str,
) -> Response[AddDnsRecordResponse | ErrorEnvelope]:
    """Add DNS records to a domain

     Creates one or more records on a user's domain. SPF, DKIM and DMARC are not generated for you,
    except that on a DMARC TXT record (host `_dmarc` or starting with `_dmarc.`) CMR appends default
    tags (rua, ruf, fo, rf, ri, pct, sp, aspf, adkim) unless listed in `excludedDMARCtags`; using that
    field on any other record gives a 400. The response is not documented; read the new recordId via
    getDnsRecords. Not idempotent: repeating adds duplicate records.

    Args:
        user_id (str):
        body (AddDnsRecordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddDnsRecordResponse | ErrorEnvelope]
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
    body: AddDnsRecordRequest,
    user_id: str,
) -> AddDnsRecordResponse | ErrorEnvelope | None:
    """Add DNS records to a domain

     Creates one or more records on a user's domain. SPF, DKIM and DMARC are not generated for you,
    except that on a DMARC TXT record (host `_dmarc` or starting with `_dmarc.`) CMR appends default
    tags (rua, ruf, fo, rf, ri, pct, sp, aspf, adkim) unless listed in `excludedDMARCtags`; using that
    field on any other record gives a 400. The response is not documented; read the new recordId via
    getDnsRecords. Not idempotent: repeating adds duplicate records.

    Args:
        user_id (str):
        body (AddDnsRecordRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddDnsRecordResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            user_id=user_id,
        )
    ).parsed
