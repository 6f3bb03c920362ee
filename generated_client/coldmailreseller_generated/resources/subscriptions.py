# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `subscriptions` resource: Mailbox subscriptions: listing, renewal, auto-renewal, cancellation and 1+ year recreation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from functools import cached_property
from typing import Literal

from coldmailreseller._runtime import (
    ActionResult,
    AsyncActionResult,
    AsyncRequester,
    ExtraBody,
    ExtraHeaders,
    ExtraQuery,
    Requester,
    TimeoutArg,
    async_raw_response,
    raw_response,
)

from .. import models as _models
from ..operations import (
    CANCEL_SUBSCRIPTION,
    LIST_SUBSCRIPTIONS,
    LIST_SUBSCRIPTIONS_PAGES,
    RECREATE_SUBSCRIPTIONS,
    RENEW_SUBSCRIPTIONS,
    TOGGLE_SUBSCRIPTION_AUTO_RENEWAL,
)

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other).

__all__ = ["AsyncSubscriptions", "AsyncSubscriptionsWithRawResponse", "Subscriptions", "SubscriptionsWithRawResponse"]


class Subscriptions:
    """`subscriptions` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> SubscriptionsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return SubscriptionsWithRawResponse(self)

    def list(
        self,
        *,
        status: _models.SubscriptionStatus
        | Literal["ACTIVE", "RENEWING", "PAST_DUE", "CANCELLED", "EXPIRED"]
        | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.SubscriptionPage:
        """List subscriptions.

        Pages through the partner's subscriptions (across customers; no userId parameter is documented). The
        docs table rows for `status`, `componentSubscriptionId` and `domain` are cut, so their types and
        meaning are inferred from the sample request. In the example, `nextPage` is set on the last page;
        rely on `totalPages`.

        Args:
            status: Filter by subscription status (row cut upstream; inferred).
            component_subscription_id: Filter by subscription id (row cut upstream; inferred).
            domain: Filter by domain name (row cut upstream; inferred).
            limit: Maximum subscriptions per page.
            page: Page number, starting at 1.

        Returns: `SubscriptionPage`.

        `GET /subscriptions` (operationId `listSubscriptions`).
        """
        return self._requester.request(
            LIST_SUBSCRIPTIONS,
            {
                "status": status,
                "component_subscription_id": component_subscription_id,
                "domain": domain,
                "limit": limit,
                "page": page,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def iter(
        self,
        *,
        status: _models.SubscriptionStatus
        | Literal["ACTIVE", "RENEWING", "PAST_DUE", "CANCELLED", "EXPIRED"]
        | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[_models.Subscription]:
        """List subscriptions.

        Pages through the partner's subscriptions (across customers; no userId parameter is documented). The
        docs table rows for `status`, `componentSubscriptionId` and `domain` are cut, so their types and
        meaning are inferred from the sample request. In the example, `nextPage` is set on the last page;
        rely on `totalPages`.

        Args:
            status: Filter by subscription status (row cut upstream; inferred).
            component_subscription_id: Filter by subscription id (row cut upstream; inferred).
            domain: Filter by domain name (row cut upstream; inferred).
            limit: Maximum subscriptions per page.

        Returns: every `Subscription` of every page, fetched page by page as you iterate.

        `GET /subscriptions` (operationId `listSubscriptions`).
        """
        return self._requester.paginate(
            LIST_SUBSCRIPTIONS_PAGES,
            {
                "status": status,
                "component_subscription_id": component_subscription_id,
                "domain": domain,
                "limit": limit,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def recreate(
        self,
        *,
        subscription_ids: Sequence[str] | None = None,
        domain_names: Sequence[str] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Recreate subscriptions to restart standard pricing.

        Cancels the workspace subscription(s) and provisions fresh ones on the same domains, which restarts
        the 12-month clock at standard pricing. Select by `subscriptionIds` or by `domainNames`. Runs
        asynchronously; mailboxes are briefly unavailable, new subscription ids are issued and the old ones
        stop resolving. The response body is undocumented. Treat as a billing action and never resend
        blindly.

        Args:
            subscription_ids: Subscriptions to recreate.
            domain_names: Domains whose subscriptions to recreate.

        Returns: `ActionResult[None]`.

        `POST /component/subscriptions/recreate` (operationId `recreateSubscriptions`).
        """
        return self._requester.request_action(
            RECREATE_SUBSCRIPTIONS,
            {"subscription_ids": subscription_ids, "domain_names": domain_names},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def renew(
        self,
        *,
        subscription_ids: Sequence[str],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Renew subscriptions now.

        Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
        it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
        `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
        domain is expired or in grace. Never resend blindly.

        Args:
            subscription_ids: Subscriptions to renew.

        Returns: `ActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /subscriptions/renew-subscriptions` (operationId `renewSubscriptions`).
        """
        return self._requester.request_action(
            RENEW_SUBSCRIPTIONS, {"subscription_ids": subscription_ids}, timeout, extra_headers, extra_query, extra_body
        )

    def set_auto_renew(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Turn subscription auto-renewal on or off.

        Changes whether a subscription renews automatically; turning it off does not cancel, the current
        period runs to its end. Path from the guide site only; the request fields and response are
        undocumented, so the body is an open object (pass the fields CMR expects as additional properties).
        If the endpoint flips the flag rather than setting it, a repeat would undo the change: check
        `autoRenew` via the subscription list before retrying.

        Returns: `None`.

        `POST /subscriptions/toggle-autorenewal` (operationId `toggleSubscriptionAutoRenewal`).
        """
        return self._requester.request(
            TOGGLE_SUBSCRIPTION_AUTO_RENEWAL, {}, timeout, extra_headers, extra_query, extra_body
        )

    def cancel(
        self,
        *,
        subscription_id: str | None = None,
        domain: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Cancel a subscription.

        Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
        deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
        webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
        domain later goes through the mailbox order with `domainId`.

        Args:
            subscription_id: Subscription to cancel.
            domain: Domain whose subscription to cancel.

        Returns: `ActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /subscriptions/cancel` (operationId `cancelSubscription`).
        """
        return self._requester.request_action(
            CANCEL_SUBSCRIPTION,
            {"subscription_id": subscription_id, "domain": domain},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class SubscriptionsWithRawResponse:
    """`subscriptions` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Subscriptions) -> None:
        raw = Subscriptions(resource._requester.raw)
        self.list = raw_response(raw.list)
        self.recreate = raw_response(raw.recreate)
        self.renew = raw_response(raw.renew)
        self.set_auto_renew = raw_response(raw.set_auto_renew)
        self.cancel = raw_response(raw.cancel)


class AsyncSubscriptions:
    """`subscriptions` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncSubscriptionsWithRawResponse(self)

    async def list(
        self,
        *,
        status: _models.SubscriptionStatus
        | Literal["ACTIVE", "RENEWING", "PAST_DUE", "CANCELLED", "EXPIRED"]
        | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.SubscriptionPage:
        """List subscriptions.

        Pages through the partner's subscriptions (across customers; no userId parameter is documented). The
        docs table rows for `status`, `componentSubscriptionId` and `domain` are cut, so their types and
        meaning are inferred from the sample request. In the example, `nextPage` is set on the last page;
        rely on `totalPages`.

        Args:
            status: Filter by subscription status (row cut upstream; inferred).
            component_subscription_id: Filter by subscription id (row cut upstream; inferred).
            domain: Filter by domain name (row cut upstream; inferred).
            limit: Maximum subscriptions per page.
            page: Page number, starting at 1.

        Returns: `SubscriptionPage`.

        `GET /subscriptions` (operationId `listSubscriptions`).
        """
        return await self._requester.request(
            LIST_SUBSCRIPTIONS,
            {
                "status": status,
                "component_subscription_id": component_subscription_id,
                "domain": domain,
                "limit": limit,
                "page": page,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def iter(
        self,
        *,
        status: _models.SubscriptionStatus
        | Literal["ACTIVE", "RENEWING", "PAST_DUE", "CANCELLED", "EXPIRED"]
        | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[_models.Subscription]:
        """List subscriptions.

        Pages through the partner's subscriptions (across customers; no userId parameter is documented). The
        docs table rows for `status`, `componentSubscriptionId` and `domain` are cut, so their types and
        meaning are inferred from the sample request. In the example, `nextPage` is set on the last page;
        rely on `totalPages`.

        Args:
            status: Filter by subscription status (row cut upstream; inferred).
            component_subscription_id: Filter by subscription id (row cut upstream; inferred).
            domain: Filter by domain name (row cut upstream; inferred).
            limit: Maximum subscriptions per page.

        Returns: every `Subscription` of every page, fetched page by page as you iterate.

        `GET /subscriptions` (operationId `listSubscriptions`).
        """
        return self._requester.paginate(
            LIST_SUBSCRIPTIONS_PAGES,
            {
                "status": status,
                "component_subscription_id": component_subscription_id,
                "domain": domain,
                "limit": limit,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def recreate(
        self,
        *,
        subscription_ids: Sequence[str] | None = None,
        domain_names: Sequence[str] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Recreate subscriptions to restart standard pricing.

        Cancels the workspace subscription(s) and provisions fresh ones on the same domains, which restarts
        the 12-month clock at standard pricing. Select by `subscriptionIds` or by `domainNames`. Runs
        asynchronously; mailboxes are briefly unavailable, new subscription ids are issued and the old ones
        stop resolving. The response body is undocumented. Treat as a billing action and never resend
        blindly.

        Args:
            subscription_ids: Subscriptions to recreate.
            domain_names: Domains whose subscriptions to recreate.

        Returns: `AsyncActionResult[None]`.

        `POST /component/subscriptions/recreate` (operationId `recreateSubscriptions`).
        """
        return await self._requester.request_action(
            RECREATE_SUBSCRIPTIONS,
            {"subscription_ids": subscription_ids, "domain_names": domain_names},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def renew(
        self,
        *,
        subscription_ids: Sequence[str],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Renew subscriptions now.

        Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
        it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
        `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
        domain is expired or in grace. Never resend blindly.

        Args:
            subscription_ids: Subscriptions to renew.

        Returns: `AsyncActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /subscriptions/renew-subscriptions` (operationId `renewSubscriptions`).
        """
        return await self._requester.request_action(
            RENEW_SUBSCRIPTIONS, {"subscription_ids": subscription_ids}, timeout, extra_headers, extra_query, extra_body
        )

    async def set_auto_renew(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Turn subscription auto-renewal on or off.

        Changes whether a subscription renews automatically; turning it off does not cancel, the current
        period runs to its end. Path from the guide site only; the request fields and response are
        undocumented, so the body is an open object (pass the fields CMR expects as additional properties).
        If the endpoint flips the flag rather than setting it, a repeat would undo the change: check
        `autoRenew` via the subscription list before retrying.

        Returns: `None`.

        `POST /subscriptions/toggle-autorenewal` (operationId `toggleSubscriptionAutoRenewal`).
        """
        return await self._requester.request(
            TOGGLE_SUBSCRIPTION_AUTO_RENEWAL, {}, timeout, extra_headers, extra_query, extra_body
        )

    async def cancel(
        self,
        *,
        subscription_id: str | None = None,
        domain: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Cancel a subscription.

        Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
        deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
        webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
        domain later goes through the mailbox order with `domainId`.

        Args:
            subscription_id: Subscription to cancel.
            domain: Domain whose subscription to cancel.

        Returns: `AsyncActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /subscriptions/cancel` (operationId `cancelSubscription`).
        """
        return await self._requester.request_action(
            CANCEL_SUBSCRIPTION,
            {"subscription_id": subscription_id, "domain": domain},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncSubscriptionsWithRawResponse:
    """`subscriptions` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncSubscriptions) -> None:
        raw = AsyncSubscriptions(resource._requester.raw)
        self.list = async_raw_response(raw.list)
        self.recreate = async_raw_response(raw.recreate)
        self.renew = async_raw_response(raw.renew)
        self.set_auto_renew = async_raw_response(raw.set_auto_renew)
        self.cancel = async_raw_response(raw.cancel)
