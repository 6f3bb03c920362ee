# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `placement` resource: Paid inbox placement tests and their reports (guide articles only)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from coldmailreseller._runtime import (
    ActionResult,
    AsyncActionResult,
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
from ..operations import CREATE_PLACEMENT_TEST, LIST_PLACEMENT_REPORTS, LIST_PLACEMENT_REPORTS_PAGES

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other); TypedDicts and typed
# results through modules imported just as lazily.
if TYPE_CHECKING:
    from coldmailreseller import _results

else:
    _results = LazyModule("coldmailreseller._results")

__all__ = ["AsyncPlacement", "AsyncPlacementWithRawResponse", "Placement", "PlacementWithRawResponse"]


class Placement:
    """`placement` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> PlacementWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return PlacementWithRawResponse(self)

    def create(
        self,
        *,
        user_id: str,
        mailbox_ids: Sequence[str],
        spamassassin: bool | None = None,
        blacklist: bool | None = None,
        ai_insight: bool | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[_models.PlacementTestOrder]:
        """Buy an inbox placement test.

        Orders a placement test for ACTIVE mailboxes that have SMTP credentials, sending to Gmail and
        Microsoft 365 seed inboxes, optionally with SpamAssassin, blacklist checks and a paid AI insight.
        Charges the partner wallet (402 when the balance is too low); results arrive in
        listPlacementReports, no webhook is documented. A 400 names the offending mailbox. Known from guide
        articles only. Do not resend: duplicates are charged.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_ids: Mailboxes to test.
            spamassassin: Add a SpamAssassin check.
            blacklist: Add a blacklist check.
            ai_insight: Add an AI insight (extra charge).

        Returns: `ActionResult[PlacementTestOrder]`.

        `POST /placement` (operationId `createPlacementTest`).
        """
        return self._requester.request_action(
            CREATE_PLACEMENT_TEST,
            {
                "user_id": user_id,
                "mailbox_ids": mailbox_ids,
                "spamassassin": spamassassin,
                "blacklist": blacklist,
                "ai_insight": ai_insight,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def list_reports(
        self,
        *,
        user_id: str,
        order_id: str | None = None,
        mailbox_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _results.PlacementReportsPage:
        """List placement test reports.

        Returns placement results grouped per purchase (`orderId`), newest first, each with one entry per
        tested mailbox; filter by order or mailbox. Known from guide articles only: the group shape is
        documented (PlacementReport) but the field names of the page container are not, so `data` is left
        open and the client reads the groups from the one array in it (the API-wide paging convention).

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Only the report of this placement order.
            mailbox_id: Only results for this mailbox.
            page: Page number, from 1.
            limit: Groups per page (API-wide maximum 100).

        Returns: `PlacementReportsPage`.

        `GET /placement/reports` (operationId `listPlacementReports`).
        """
        return self._requester.request(
            LIST_PLACEMENT_REPORTS,
            {"user_id": user_id, "order_id": order_id, "mailbox_id": mailbox_id, "page": page, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def iter_reports(
        self,
        *,
        user_id: str,
        order_id: str | None = None,
        mailbox_id: str | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[_models.PlacementReport]:
        """List placement test reports.

        Returns placement results grouped per purchase (`orderId`), newest first, each with one entry per
        tested mailbox; filter by order or mailbox. Known from guide articles only: the group shape is
        documented (PlacementReport) but the field names of the page container are not, so `data` is left
        open and the client reads the groups from the one array in it (the API-wide paging convention).

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Only the report of this placement order.
            mailbox_id: Only results for this mailbox.
            limit: Groups per page (API-wide maximum 100).

        Returns: every `PlacementReport` of every page, fetched page by page as you iterate.

        `GET /placement/reports` (operationId `listPlacementReports`).
        """
        return self._requester.paginate(
            LIST_PLACEMENT_REPORTS_PAGES,
            {"user_id": user_id, "order_id": order_id, "mailbox_id": mailbox_id, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class PlacementWithRawResponse:
    """`placement` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Placement) -> None:
        raw = Placement(resource._requester.raw)
        self.create = raw_response(raw.create)
        self.list_reports = raw_response(raw.list_reports)


class AsyncPlacement:
    """`placement` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncPlacementWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncPlacementWithRawResponse(self)

    async def create(
        self,
        *,
        user_id: str,
        mailbox_ids: Sequence[str],
        spamassassin: bool | None = None,
        blacklist: bool | None = None,
        ai_insight: bool | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[_models.PlacementTestOrder]:
        """Buy an inbox placement test.

        Orders a placement test for ACTIVE mailboxes that have SMTP credentials, sending to Gmail and
        Microsoft 365 seed inboxes, optionally with SpamAssassin, blacklist checks and a paid AI insight.
        Charges the partner wallet (402 when the balance is too low); results arrive in
        listPlacementReports, no webhook is documented. A 400 names the offending mailbox. Known from guide
        articles only. Do not resend: duplicates are charged.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_ids: Mailboxes to test.
            spamassassin: Add a SpamAssassin check.
            blacklist: Add a blacklist check.
            ai_insight: Add an AI insight (extra charge).

        Returns: `AsyncActionResult[PlacementTestOrder]`.

        `POST /placement` (operationId `createPlacementTest`).
        """
        return await self._requester.request_action(
            CREATE_PLACEMENT_TEST,
            {
                "user_id": user_id,
                "mailbox_ids": mailbox_ids,
                "spamassassin": spamassassin,
                "blacklist": blacklist,
                "ai_insight": ai_insight,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def list_reports(
        self,
        *,
        user_id: str,
        order_id: str | None = None,
        mailbox_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _results.PlacementReportsPage:
        """List placement test reports.

        Returns placement results grouped per purchase (`orderId`), newest first, each with one entry per
        tested mailbox; filter by order or mailbox. Known from guide articles only: the group shape is
        documented (PlacementReport) but the field names of the page container are not, so `data` is left
        open and the client reads the groups from the one array in it (the API-wide paging convention).

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Only the report of this placement order.
            mailbox_id: Only results for this mailbox.
            page: Page number, from 1.
            limit: Groups per page (API-wide maximum 100).

        Returns: `PlacementReportsPage`.

        `GET /placement/reports` (operationId `listPlacementReports`).
        """
        return await self._requester.request(
            LIST_PLACEMENT_REPORTS,
            {"user_id": user_id, "order_id": order_id, "mailbox_id": mailbox_id, "page": page, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def iter_reports(
        self,
        *,
        user_id: str,
        order_id: str | None = None,
        mailbox_id: str | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[_models.PlacementReport]:
        """List placement test reports.

        Returns placement results grouped per purchase (`orderId`), newest first, each with one entry per
        tested mailbox; filter by order or mailbox. Known from guide articles only: the group shape is
        documented (PlacementReport) but the field names of the page container are not, so `data` is left
        open and the client reads the groups from the one array in it (the API-wide paging convention).

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Only the report of this placement order.
            mailbox_id: Only results for this mailbox.
            limit: Groups per page (API-wide maximum 100).

        Returns: every `PlacementReport` of every page, fetched page by page as you iterate.

        `GET /placement/reports` (operationId `listPlacementReports`).
        """
        return self._requester.paginate(
            LIST_PLACEMENT_REPORTS_PAGES,
            {"user_id": user_id, "order_id": order_id, "mailbox_id": mailbox_id, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncPlacementWithRawResponse:
    """`placement` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncPlacement) -> None:
        raw = AsyncPlacement(resource._requester.raw)
        self.create = async_raw_response(raw.create)
        self.list_reports = async_raw_response(raw.list_reports)
