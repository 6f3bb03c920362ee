# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `dns` resource: DNS records of a user's domain."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from coldmailreseller._runtime import (
    AsyncRequester,
    ExtraBody,
    ExtraHeaders,
    ExtraQuery,
    LazyModule,
    Requester,
    TimeoutArg,
    async_raw_response,
    raw_response,
)

from .. import models as _models
from ..operations import ADD_DNS_RECORD, DELETE_DNS_RECORD, GET_DNS_RECORDS, UPDATE_DNS_RECORD

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other); TypedDicts and typed
# results through modules imported just as lazily.
if TYPE_CHECKING:
    from .. import params as _params
else:
    _params = LazyModule(__name__.rsplit(".", 2)[0] + ".params")

__all__ = ["AsyncDns", "AsyncDnsWithRawResponse", "Dns", "DnsWithRawResponse"]


class Dns:
    """`dns` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> DnsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return DnsWithRawResponse(self)

    def get_records(
        self,
        *,
        user_id: str,
        domain: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.DnsRecordSet:
        """Get the DNS records of a domain.

        Returns active records in `data.records` and disabled ones in `data.disabledRecords`. Each record's
        `recordId` is what update and delete need. The domain must belong to the given user. Known from the
        guide site only; no official example.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            domain: Domain name whose records are wanted.

        Returns: `DnsRecordSet`.

        `GET /dns` (operationId `getDnsRecords`).
        """
        return self._requester.request(
            GET_DNS_RECORDS, {"user_id": user_id, "domain": domain}, timeout, extra_headers, extra_query, extra_body
        )

    def update_record(
        self,
        *,
        user_id: str,
        record_id: str,
        domain: str,
        host: str,
        value: str,
        record_type: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Replace a DNS record's values.

        Overwrites the writable fields of the record named by `recordId` with the values sent. The body
        shape comes from the guide site (one record per call); the docs page title is plural and its body is
        not published. No response is documented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            record_id: Record to replace.
            record_type: Record type, e.g. A, MX, TXT.

        Returns: `None`.

        `PUT /dns` (operationId `updateDnsRecord`).
        """
        return self._requester.request(
            UPDATE_DNS_RECORD,
            {
                "user_id": user_id,
                "record_id": record_id,
                "domain": domain,
                "host": host,
                "value": value,
                "record_type": record_type,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def add_record(
        self,
        *,
        user_id: str,
        domain: str,
        records: Sequence[_models.DnsRecordInput | _params.DnsRecordInputDict],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Add DNS records to a domain.

        Creates one or more records on a user's domain. SPF, DKIM and DMARC are not generated for you,
        except that on a DMARC TXT record (host `_dmarc` or starting with `_dmarc.`) CMR appends default
        tags (rua, ruf, fo, rf, ri, pct, sp, aspf, adkim) unless listed in `excludedDMARCtags`; using that
        field on any other record gives a 400. The response is not documented; read the new recordId via
        getDnsRecords. Not idempotent: repeating adds duplicate records.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            domain: Domain to add records to.

        Returns: `None`.

        `POST /dns` (operationId `addDnsRecord`).
        """
        return self._requester.request(
            ADD_DNS_RECORD,
            {"user_id": user_id, "domain": domain, "records": records},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete_record(
        self,
        *,
        user_id: str,
        record_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete a DNS record.

        Removes the record identified by `recordId` (from getDnsRecords) from the user's domain. Path and
        parameters come from the guide site, which also hints that more record details may be needed; the
        docs page is not published and no response is documented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            record_id: Identifier of the record to delete, as returned by getDnsRecords.

        Returns: `None`.

        `DELETE /dns` (operationId `deleteDnsRecord`).
        """
        return self._requester.request(
            DELETE_DNS_RECORD,
            {"user_id": user_id, "record_id": record_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class DnsWithRawResponse:
    """`dns` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Dns) -> None:
        raw = Dns(resource._requester.raw)
        self.get_records = raw_response(raw.get_records)
        self.update_record = raw_response(raw.update_record)
        self.add_record = raw_response(raw.add_record)
        self.delete_record = raw_response(raw.delete_record)


class AsyncDns:
    """`dns` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncDnsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncDnsWithRawResponse(self)

    async def get_records(
        self,
        *,
        user_id: str,
        domain: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.DnsRecordSet:
        """Get the DNS records of a domain.

        Returns active records in `data.records` and disabled ones in `data.disabledRecords`. Each record's
        `recordId` is what update and delete need. The domain must belong to the given user. Known from the
        guide site only; no official example.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            domain: Domain name whose records are wanted.

        Returns: `DnsRecordSet`.

        `GET /dns` (operationId `getDnsRecords`).
        """
        return await self._requester.request(
            GET_DNS_RECORDS, {"user_id": user_id, "domain": domain}, timeout, extra_headers, extra_query, extra_body
        )

    async def update_record(
        self,
        *,
        user_id: str,
        record_id: str,
        domain: str,
        host: str,
        value: str,
        record_type: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Replace a DNS record's values.

        Overwrites the writable fields of the record named by `recordId` with the values sent. The body
        shape comes from the guide site (one record per call); the docs page title is plural and its body is
        not published. No response is documented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            record_id: Record to replace.
            record_type: Record type, e.g. A, MX, TXT.

        Returns: `None`.

        `PUT /dns` (operationId `updateDnsRecord`).
        """
        return await self._requester.request(
            UPDATE_DNS_RECORD,
            {
                "user_id": user_id,
                "record_id": record_id,
                "domain": domain,
                "host": host,
                "value": value,
                "record_type": record_type,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def add_record(
        self,
        *,
        user_id: str,
        domain: str,
        records: Sequence[_models.DnsRecordInput | _params.DnsRecordInputDict],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Add DNS records to a domain.

        Creates one or more records on a user's domain. SPF, DKIM and DMARC are not generated for you,
        except that on a DMARC TXT record (host `_dmarc` or starting with `_dmarc.`) CMR appends default
        tags (rua, ruf, fo, rf, ri, pct, sp, aspf, adkim) unless listed in `excludedDMARCtags`; using that
        field on any other record gives a 400. The response is not documented; read the new recordId via
        getDnsRecords. Not idempotent: repeating adds duplicate records.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            domain: Domain to add records to.

        Returns: `None`.

        `POST /dns` (operationId `addDnsRecord`).
        """
        return await self._requester.request(
            ADD_DNS_RECORD,
            {"user_id": user_id, "domain": domain, "records": records},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete_record(
        self,
        *,
        user_id: str,
        record_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete a DNS record.

        Removes the record identified by `recordId` (from getDnsRecords) from the user's domain. Path and
        parameters come from the guide site, which also hints that more record details may be needed; the
        docs page is not published and no response is documented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            record_id: Identifier of the record to delete, as returned by getDnsRecords.

        Returns: `None`.

        `DELETE /dns` (operationId `deleteDnsRecord`).
        """
        return await self._requester.request(
            DELETE_DNS_RECORD,
            {"user_id": user_id, "record_id": record_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncDnsWithRawResponse:
    """`dns` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncDns) -> None:
        raw = AsyncDns(resource._requester.raw)
        self.get_records = async_raw_response(raw.get_records)
        self.update_record = async_raw_response(raw.update_record)
        self.add_record = async_raw_response(raw.add_record)
        self.delete_record = async_raw_response(raw.delete_record)
