# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `placement` resource: Paid inbox placement tests and their reports (guide articles only)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from coldmailreseller_generated.models.placement_report_page import PlacementReportPage
from coldmailreseller_generated.models.placement_test_order import PlacementTestOrder

from ._parsers import parse_placement_report_page, parse_placement_test_order
from ._spec import (
    AsyncRequester,
    Field,
    Operation,
    RawResponse,
    Requester,
    Shape,
    TimeoutArg,
)

__all__ = ["AsyncPlacement", "AsyncPlacementWithRawResponse", "Placement", "PlacementWithRawResponse"]

CREATE_PLACEMENT_TEST: Operation[PlacementTestOrder] = Operation(
    operation_id="createPlacementTest",
    resource="placement",
    method="create",
    http_method="POST",
    path="/placement",
    effect="money",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("mailboxIds", "mailbox_ids", "body", Shape("list", item=Shape("str")), required=True, min_items=1),
        Field("spamassassin", "spamassassin", "body", Shape("bool"), required=False),
        Field("blacklist", "blacklist", "body", Shape("bool"), required=False),
        Field("aiInsight", "ai_insight", "body", Shape("bool"), required=False),
    ),
    parse=parse_placement_test_order,
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)

LIST_PLACEMENT_REPORTS: Operation[PlacementReportPage] = Operation(
    operation_id="listPlacementReports",
    resource="placement",
    method="list_reports",
    http_method="GET",
    path="/placement/reports",
    effect="read",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("orderId", "order_id", "query", Shape("str"), required=False, min_length=1),
        Field("mailboxId", "mailbox_id", "query", Shape("str"), required=False, min_length=1),
        Field("page", "page", "query", Shape("int"), required=False, minimum=1),
        Field("limit", "limit", "query", Shape("int"), required=False, minimum=1, maximum=100),
    ),
    parse=parse_placement_report_page,
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)


class Placement:
    """`placement` operations returning parsed data."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> PlacementWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return PlacementWithRawResponse(self._requester)

    def create(
        self,
        *,
        user_id: str,
        mailbox_ids: Sequence[str],
        spamassassin: bool | None = None,
        blacklist: bool | None = None,
        ai_insight: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> PlacementTestOrder:
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

        Returns: `PlacementTestOrder`.

        `POST /placement` (operationId `createPlacementTest`).
        """
        return self._requester.request(
            CREATE_PLACEMENT_TEST,
            {
                "user_id": user_id,
                "mailbox_ids": mailbox_ids,
                "spamassassin": spamassassin,
                "blacklist": blacklist,
                "ai_insight": ai_insight,
            },
            timeout,
        )

    def list_reports(
        self,
        *,
        user_id: str,
        order_id: str | None = None,
        mailbox_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = None,
    ) -> PlacementReportPage:
        """List placement test reports.

        Returns placement results grouped per purchase (`orderId`), newest first, each with one entry per
        tested mailbox; filter by order or mailbox. Known from guide articles only: the group shape is
        documented (PlacementReport) but the field names of the page container are not, so `data` is left
        open and no automatic paging is declared.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Only the report of this placement order.
            mailbox_id: Only results for this mailbox.
            page: Page number, from 1.
            limit: Groups per page (API-wide maximum 100).

        Returns: `PlacementReportPage`.

        `GET /placement/reports` (operationId `listPlacementReports`).
        """
        return self._requester.request(
            LIST_PLACEMENT_REPORTS,
            {"user_id": user_id, "order_id": order_id, "mailbox_id": mailbox_id, "page": page, "limit": limit},
            timeout,
        )


class PlacementWithRawResponse:
    """`placement` operations returning raw responses."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def create(
        self,
        *,
        user_id: str,
        mailbox_ids: Sequence[str],
        spamassassin: bool | None = None,
        blacklist: bool | None = None,
        ai_insight: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[PlacementTestOrder]:
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

        Returns: the raw response; `.parse()` gives the data.

        `POST /placement` (operationId `createPlacementTest`).
        """
        return self._requester.request_raw(
            CREATE_PLACEMENT_TEST,
            {
                "user_id": user_id,
                "mailbox_ids": mailbox_ids,
                "spamassassin": spamassassin,
                "blacklist": blacklist,
                "ai_insight": ai_insight,
            },
            timeout,
        )

    def list_reports(
        self,
        *,
        user_id: str,
        order_id: str | None = None,
        mailbox_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[PlacementReportPage]:
        """List placement test reports.

        Returns placement results grouped per purchase (`orderId`), newest first, each with one entry per
        tested mailbox; filter by order or mailbox. Known from guide articles only: the group shape is
        documented (PlacementReport) but the field names of the page container are not, so `data` is left
        open and no automatic paging is declared.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Only the report of this placement order.
            mailbox_id: Only results for this mailbox.
            page: Page number, from 1.
            limit: Groups per page (API-wide maximum 100).

        Returns: the raw response; `.parse()` gives the data.

        `GET /placement/reports` (operationId `listPlacementReports`).
        """
        return self._requester.request_raw(
            LIST_PLACEMENT_REPORTS,
            {"user_id": user_id, "order_id": order_id, "mailbox_id": mailbox_id, "page": page, "limit": limit},
            timeout,
        )


class AsyncPlacement:
    """`placement` operations returning parsed data."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncPlacementWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return AsyncPlacementWithRawResponse(self._requester)

    async def create(
        self,
        *,
        user_id: str,
        mailbox_ids: Sequence[str],
        spamassassin: bool | None = None,
        blacklist: bool | None = None,
        ai_insight: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> PlacementTestOrder:
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

        Returns: `PlacementTestOrder`.

        `POST /placement` (operationId `createPlacementTest`).
        """
        return await self._requester.request(
            CREATE_PLACEMENT_TEST,
            {
                "user_id": user_id,
                "mailbox_ids": mailbox_ids,
                "spamassassin": spamassassin,
                "blacklist": blacklist,
                "ai_insight": ai_insight,
            },
            timeout,
        )

    async def list_reports(
        self,
        *,
        user_id: str,
        order_id: str | None = None,
        mailbox_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = None,
    ) -> PlacementReportPage:
        """List placement test reports.

        Returns placement results grouped per purchase (`orderId`), newest first, each with one entry per
        tested mailbox; filter by order or mailbox. Known from guide articles only: the group shape is
        documented (PlacementReport) but the field names of the page container are not, so `data` is left
        open and no automatic paging is declared.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Only the report of this placement order.
            mailbox_id: Only results for this mailbox.
            page: Page number, from 1.
            limit: Groups per page (API-wide maximum 100).

        Returns: `PlacementReportPage`.

        `GET /placement/reports` (operationId `listPlacementReports`).
        """
        return await self._requester.request(
            LIST_PLACEMENT_REPORTS,
            {"user_id": user_id, "order_id": order_id, "mailbox_id": mailbox_id, "page": page, "limit": limit},
            timeout,
        )


class AsyncPlacementWithRawResponse:
    """`placement` operations returning raw responses."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def create(
        self,
        *,
        user_id: str,
        mailbox_ids: Sequence[str],
        spamassassin: bool | None = None,
        blacklist: bool | None = None,
        ai_insight: bool | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[PlacementTestOrder]:
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

        Returns: the raw response; `.parse()` gives the data.

        `POST /placement` (operationId `createPlacementTest`).
        """
        return await self._requester.request_raw(
            CREATE_PLACEMENT_TEST,
            {
                "user_id": user_id,
                "mailbox_ids": mailbox_ids,
                "spamassassin": spamassassin,
                "blacklist": blacklist,
                "ai_insight": ai_insight,
            },
            timeout,
        )

    async def list_reports(
        self,
        *,
        user_id: str,
        order_id: str | None = None,
        mailbox_id: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[PlacementReportPage]:
        """List placement test reports.

        Returns placement results grouped per purchase (`orderId`), newest first, each with one entry per
        tested mailbox; filter by order or mailbox. Known from guide articles only: the group shape is
        documented (PlacementReport) but the field names of the page container are not, so `data` is left
        open and no automatic paging is declared.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Only the report of this placement order.
            mailbox_id: Only results for this mailbox.
            page: Page number, from 1.
            limit: Groups per page (API-wide maximum 100).

        Returns: the raw response; `.parse()` gives the data.

        `GET /placement/reports` (operationId `listPlacementReports`).
        """
        return await self._requester.request_raw(
            LIST_PLACEMENT_REPORTS,
            {"user_id": user_id, "order_id": order_id, "mailbox_id": mailbox_id, "page": page, "limit": limit},
            timeout,
        )
