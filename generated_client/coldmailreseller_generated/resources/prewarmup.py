# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `prewarmup` resource: Pre-warmed domain inventory and orders, plus their sandbox counterparts."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
from ..operations import (
    LIST_PRE_WARMUP_MAILBOXES,
    LIST_PRE_WARMUP_MAILBOXES_PAGES,
    ORDER_PRE_WARMUP_MAILBOXES,
    SANDBOX_LIST_PRE_WARMUP_MAILBOXES,
    SANDBOX_ORDER_PRE_WARMUP_MAILBOXES,
    SANDBOX_RESET_PRE_WARMUP_DATA,
)

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other); TypedDicts and typed
# results through modules imported just as lazily.
if TYPE_CHECKING:
    from .. import params as _params
else:
    _params = LazyModule(__name__.rsplit(".", 2)[0] + ".params")

__all__ = ["AsyncPrewarmup", "AsyncPrewarmupWithRawResponse", "Prewarmup", "PrewarmupWithRawResponse"]


class Prewarmup:
    """`prewarmup` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> PrewarmupWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return PrewarmupWithRawResponse(self)

    def list(
        self,
        *,
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"] | None = None,
        contains: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.PreWarmupInventoryPage:
        """List pre-warmed domains and mailboxes.

        Returns the partner-level inventory of pre-warmed domains, their mailboxes and purchase/renewal
        prices, one page at a time. Filter by provider or by part of the domain name. Known from a guide
        article only (the docs page body is missing); no userId is shown for this call.

        Args:
            service_provider: Only domains of this provider.
            contains: Only domains whose name contains this text.
            page: Page number, from 1. Name follows the API-wide convention; not confirmed for this
                endpoint.
            limit: Items per page (API-wide maximum 100). Name follows the API-wide convention; not
                confirmed for this endpoint.

        Returns: `PreWarmupInventoryPage`.

        `GET /pre-warmup` (operationId `listPreWarmupMailboxes`).
        """
        return self._requester.request(
            LIST_PRE_WARMUP_MAILBOXES,
            {"service_provider": service_provider, "contains": contains, "page": page, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def iter(
        self,
        *,
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"] | None = None,
        contains: str | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[_models.PreWarmupDomain]:
        """List pre-warmed domains and mailboxes.

        Returns the partner-level inventory of pre-warmed domains, their mailboxes and purchase/renewal
        prices, one page at a time. Filter by provider or by part of the domain name. Known from a guide
        article only (the docs page body is missing); no userId is shown for this call.

        Args:
            service_provider: Only domains of this provider.
            contains: Only domains whose name contains this text.
            limit: Items per page (API-wide maximum 100). Name follows the API-wide convention; not
                confirmed for this endpoint.

        Returns: every `PreWarmupDomain` of every page, fetched page by page as you iterate.

        `GET /pre-warmup` (operationId `listPreWarmupMailboxes`).
        """
        return self._requester.paginate(
            LIST_PRE_WARMUP_MAILBOXES_PAGES,
            {"service_provider": service_provider, "contains": contains, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def order(
        self,
        *,
        user_id: str,
        order: Sequence[_models.PreWarmupOrderItem | _params.PreWarmupOrderItemDict],
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"],
        google: _models.OauthExportGoogleConfig | _params.OauthExportGoogleConfigDict | None = None,
        microsoft_oauth_route: str | None = None,
        auto_renew: bool | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Order pre-warmed domains and mailboxes.

        Buys pre-warmed domains from the inventory for a user, charging the partner wallet. HTTP 201 only
        means the order was queued; `prewarmup.order.success` delivers the mailboxes with credentials,
        `prewarmup.order.failed` reports failed domains (no pool, low wallet, domain restrictions), and one
        order can produce both. Google orders carry the `google` block, Microsoft orders
        `microsoftOauthRoute`. Known from a guide article only; response body undocumented. Do not resend:
        duplicates buy twice.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order: Domains to buy.
            service_provider: Mailbox provider.
            google: OAuth settings for exporting Google mailboxes.
            microsoft_oauth_route: OAuth route for MICROSOFT orders (top level, unlike the google
                block).
            auto_renew: Renew the subscription automatically.

        Returns: `ActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /pre-warmup/order` (operationId `orderPreWarmupMailboxes`).
        """
        return self._requester.request_action(
            ORDER_PRE_WARMUP_MAILBOXES,
            {
                "user_id": user_id,
                "order": order,
                "service_provider": service_provider,
                "google": google,
                "microsoft_oauth_route": microsoft_oauth_route,
                "auto_renew": auto_renew,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def sandbox_list(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.PreWarmupInventoryPage:
        """[Sandbox] List sandbox pre-warmed domains.

        Sandbox counterpart of listPreWarmupMailboxes: lists the test domains (GOOGLE: sandbox.nexora-
        tech.com, mail-sandbox.brightplathlabs.com; MICROSOFT: sandbox-mail.corevista.io,
        sandbox.stratospherehq.com). Uses the sandbox key and base URL. The path is on the docs sandbox
        guide; GET is inferred from the page title; parameters and response are undocumented, the data shape
        is assumed equal to production because the docs say integration code works unchanged in the sandbox.

        Returns: `PreWarmupInventoryPage`.

        `GET /sandbox/pre-warmup` (operationId `sandboxListPreWarmupMailboxes`).
        """
        return self._requester.request(
            SANDBOX_LIST_PRE_WARMUP_MAILBOXES, {}, timeout, extra_headers, extra_query, extra_body
        )

    def sandbox_order(
        self,
        *,
        order: Sequence[_models.PreWarmupOrderItem | _params.PreWarmupOrderItemDict],
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"],
        google: _models.OauthExportGoogleConfig | _params.OauthExportGoogleConfigDict | None = None,
        microsoft_oauth_route: str | None = None,
        auto_renew: bool | None = None,
        scenario: _models.PreWarmupScenario | Literal["success", "full_failure", "partial_failure"] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """[Sandbox] Place a test pre-warmup order.

        Sandbox counterpart of orderPreWarmupMailboxes: free ($0, no wallet impact) but creates records,
        transactions and webhooks like production. Use only the sandbox domains. `scenario` picks the
        outcome: `success` (default, prewarmup.order.success), `full_failure` (prewarmup.order.failed with
        error details) or `partial_failure` (failed event for one domain, success event for the rest). POST
        and the body are inferred from the production call; whether production's `userId` query parameter
        applies is undocumented; response body undocumented.

        Args:
            order: Domains to buy.
            service_provider: Mailbox provider.
            google: OAuth settings for exporting Google mailboxes.
            microsoft_oauth_route: OAuth route for MICROSOFT orders (top level, unlike the google
                block).
            auto_renew: Renew the subscription automatically.
            scenario: Outcome a sandbox pre-warmup order simulates.

        Returns: `ActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /sandbox/pre-warmup/order` (operationId `sandboxOrderPreWarmupMailboxes`).
        """
        return self._requester.request_action(
            SANDBOX_ORDER_PRE_WARMUP_MAILBOXES,
            {
                "order": order,
                "service_provider": service_provider,
                "google": google,
                "microsoft_oauth_route": microsoft_oauth_route,
                "auto_renew": auto_renew,
                "scenario": scenario,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def sandbox_reset(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """[Sandbox] Wipe sandbox pre-warmup data.

        Deletes all of the partner's sandbox pre-warmup records at once, for a clean test run. The path is
        on the docs sandbox guide; the HTTP method is undocumented (POST assumed, it could be DELETE), as
        are parameters and response.

        Returns: `None`.

        `POST /sandbox/pre-warmup/reset` (operationId `sandboxResetPreWarmupData`).
        """
        return self._requester.request(
            SANDBOX_RESET_PRE_WARMUP_DATA, {}, timeout, extra_headers, extra_query, extra_body
        )


class PrewarmupWithRawResponse:
    """`prewarmup` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Prewarmup) -> None:
        raw = Prewarmup(resource._requester.raw)
        self.list = raw_response(raw.list)
        self.order = raw_response(raw.order)
        self.sandbox_list = raw_response(raw.sandbox_list)
        self.sandbox_order = raw_response(raw.sandbox_order)
        self.sandbox_reset = raw_response(raw.sandbox_reset)


class AsyncPrewarmup:
    """`prewarmup` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncPrewarmupWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncPrewarmupWithRawResponse(self)

    async def list(
        self,
        *,
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"] | None = None,
        contains: str | None = None,
        page: int | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.PreWarmupInventoryPage:
        """List pre-warmed domains and mailboxes.

        Returns the partner-level inventory of pre-warmed domains, their mailboxes and purchase/renewal
        prices, one page at a time. Filter by provider or by part of the domain name. Known from a guide
        article only (the docs page body is missing); no userId is shown for this call.

        Args:
            service_provider: Only domains of this provider.
            contains: Only domains whose name contains this text.
            page: Page number, from 1. Name follows the API-wide convention; not confirmed for this
                endpoint.
            limit: Items per page (API-wide maximum 100). Name follows the API-wide convention; not
                confirmed for this endpoint.

        Returns: `PreWarmupInventoryPage`.

        `GET /pre-warmup` (operationId `listPreWarmupMailboxes`).
        """
        return await self._requester.request(
            LIST_PRE_WARMUP_MAILBOXES,
            {"service_provider": service_provider, "contains": contains, "page": page, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def iter(
        self,
        *,
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"] | None = None,
        contains: str | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[_models.PreWarmupDomain]:
        """List pre-warmed domains and mailboxes.

        Returns the partner-level inventory of pre-warmed domains, their mailboxes and purchase/renewal
        prices, one page at a time. Filter by provider or by part of the domain name. Known from a guide
        article only (the docs page body is missing); no userId is shown for this call.

        Args:
            service_provider: Only domains of this provider.
            contains: Only domains whose name contains this text.
            limit: Items per page (API-wide maximum 100). Name follows the API-wide convention; not
                confirmed for this endpoint.

        Returns: every `PreWarmupDomain` of every page, fetched page by page as you iterate.

        `GET /pre-warmup` (operationId `listPreWarmupMailboxes`).
        """
        return self._requester.paginate(
            LIST_PRE_WARMUP_MAILBOXES_PAGES,
            {"service_provider": service_provider, "contains": contains, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def order(
        self,
        *,
        user_id: str,
        order: Sequence[_models.PreWarmupOrderItem | _params.PreWarmupOrderItemDict],
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"],
        google: _models.OauthExportGoogleConfig | _params.OauthExportGoogleConfigDict | None = None,
        microsoft_oauth_route: str | None = None,
        auto_renew: bool | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Order pre-warmed domains and mailboxes.

        Buys pre-warmed domains from the inventory for a user, charging the partner wallet. HTTP 201 only
        means the order was queued; `prewarmup.order.success` delivers the mailboxes with credentials,
        `prewarmup.order.failed` reports failed domains (no pool, low wallet, domain restrictions), and one
        order can produce both. Google orders carry the `google` block, Microsoft orders
        `microsoftOauthRoute`. Known from a guide article only; response body undocumented. Do not resend:
        duplicates buy twice.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order: Domains to buy.
            service_provider: Mailbox provider.
            google: OAuth settings for exporting Google mailboxes.
            microsoft_oauth_route: OAuth route for MICROSOFT orders (top level, unlike the google
                block).
            auto_renew: Renew the subscription automatically.

        Returns: `AsyncActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /pre-warmup/order` (operationId `orderPreWarmupMailboxes`).
        """
        return await self._requester.request_action(
            ORDER_PRE_WARMUP_MAILBOXES,
            {
                "user_id": user_id,
                "order": order,
                "service_provider": service_provider,
                "google": google,
                "microsoft_oauth_route": microsoft_oauth_route,
                "auto_renew": auto_renew,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def sandbox_list(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.PreWarmupInventoryPage:
        """[Sandbox] List sandbox pre-warmed domains.

        Sandbox counterpart of listPreWarmupMailboxes: lists the test domains (GOOGLE: sandbox.nexora-
        tech.com, mail-sandbox.brightplathlabs.com; MICROSOFT: sandbox-mail.corevista.io,
        sandbox.stratospherehq.com). Uses the sandbox key and base URL. The path is on the docs sandbox
        guide; GET is inferred from the page title; parameters and response are undocumented, the data shape
        is assumed equal to production because the docs say integration code works unchanged in the sandbox.

        Returns: `PreWarmupInventoryPage`.

        `GET /sandbox/pre-warmup` (operationId `sandboxListPreWarmupMailboxes`).
        """
        return await self._requester.request(
            SANDBOX_LIST_PRE_WARMUP_MAILBOXES, {}, timeout, extra_headers, extra_query, extra_body
        )

    async def sandbox_order(
        self,
        *,
        order: Sequence[_models.PreWarmupOrderItem | _params.PreWarmupOrderItemDict],
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"],
        google: _models.OauthExportGoogleConfig | _params.OauthExportGoogleConfigDict | None = None,
        microsoft_oauth_route: str | None = None,
        auto_renew: bool | None = None,
        scenario: _models.PreWarmupScenario | Literal["success", "full_failure", "partial_failure"] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """[Sandbox] Place a test pre-warmup order.

        Sandbox counterpart of orderPreWarmupMailboxes: free ($0, no wallet impact) but creates records,
        transactions and webhooks like production. Use only the sandbox domains. `scenario` picks the
        outcome: `success` (default, prewarmup.order.success), `full_failure` (prewarmup.order.failed with
        error details) or `partial_failure` (failed event for one domain, success event for the rest). POST
        and the body are inferred from the production call; whether production's `userId` query parameter
        applies is undocumented; response body undocumented.

        Args:
            order: Domains to buy.
            service_provider: Mailbox provider.
            google: OAuth settings for exporting Google mailboxes.
            microsoft_oauth_route: OAuth route for MICROSOFT orders (top level, unlike the google
                block).
            auto_renew: Renew the subscription automatically.
            scenario: Outcome a sandbox pre-warmup order simulates.

        Returns: `AsyncActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /sandbox/pre-warmup/order` (operationId `sandboxOrderPreWarmupMailboxes`).
        """
        return await self._requester.request_action(
            SANDBOX_ORDER_PRE_WARMUP_MAILBOXES,
            {
                "order": order,
                "service_provider": service_provider,
                "google": google,
                "microsoft_oauth_route": microsoft_oauth_route,
                "auto_renew": auto_renew,
                "scenario": scenario,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def sandbox_reset(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """[Sandbox] Wipe sandbox pre-warmup data.

        Deletes all of the partner's sandbox pre-warmup records at once, for a clean test run. The path is
        on the docs sandbox guide; the HTTP method is undocumented (POST assumed, it could be DELETE), as
        are parameters and response.

        Returns: `None`.

        `POST /sandbox/pre-warmup/reset` (operationId `sandboxResetPreWarmupData`).
        """
        return await self._requester.request(
            SANDBOX_RESET_PRE_WARMUP_DATA, {}, timeout, extra_headers, extra_query, extra_body
        )


class AsyncPrewarmupWithRawResponse:
    """`prewarmup` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncPrewarmup) -> None:
        raw = AsyncPrewarmup(resource._requester.raw)
        self.list = async_raw_response(raw.list)
        self.order = async_raw_response(raw.order)
        self.sandbox_list = async_raw_response(raw.sandbox_list)
        self.sandbox_order = async_raw_response(raw.sandbox_order)
        self.sandbox_reset = async_raw_response(raw.sandbox_reset)
