# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `subscriptions` resource: Mailbox subscriptions: listing, renewal, auto-renewal, cancellation and 1+ year recreation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any

from coldmailreseller_generated.models.subscription import Subscription
from coldmailreseller_generated.models.subscription_page import SubscriptionPage
from coldmailreseller_generated.models.subscription_status import SubscriptionStatus

from ._parsers import parse_subscription_page
from ._spec import (
    ActionResult,
    AsyncRequester,
    Field,
    Operation,
    RawResponse,
    Requester,
    Shape,
    TimeoutArg,
    parse_nothing,
)

__all__ = ["AsyncSubscriptions", "AsyncSubscriptionsWithRawResponse", "Subscriptions", "SubscriptionsWithRawResponse"]

LIST_SUBSCRIPTIONS: Operation[SubscriptionPage] = Operation(
    operation_id="listSubscriptions",
    resource="subscriptions",
    method="list",
    http_method="GET",
    path="/subscriptions",
    effect="read",
    fields=(
        Field("status", "status", "query", Shape("enum", enum=SubscriptionStatus), required=False),
        Field(
            "componentSubscriptionId", "component_subscription_id", "query", Shape("str"), required=False, min_length=1
        ),
        Field("domain", "domain", "query", Shape("str"), required=False, min_length=1),
        Field("limit", "limit", "query", Shape("int"), required=False, minimum=1),
        Field("page", "page", "query", Shape("int"), required=False, minimum=1),
    ),
    parse=parse_subscription_page,
    has_data=True,
    has_action_id=False,
    items="subscriptions",
    sandbox=False,
)

RECREATE_SUBSCRIPTIONS: Operation[None] = Operation(
    operation_id="recreateSubscriptions",
    resource="subscriptions",
    method="recreate",
    http_method="POST",
    path="/component/subscriptions/recreate",
    effect="money",
    fields=(
        Field("subscriptionIds", "subscription_ids", "body", Shape("list", item=Shape("str")), required=False),
        Field("domainNames", "domain_names", "body", Shape("list", item=Shape("str")), required=False),
    ),
    parse=parse_nothing,
    has_data=False,
    has_action_id=False,
    items=None,
    sandbox=False,
)

RENEW_SUBSCRIPTIONS: Operation[None] = Operation(
    operation_id="renewSubscriptions",
    resource="subscriptions",
    method="renew",
    http_method="POST",
    path="/subscriptions/renew-subscriptions",
    effect="money",
    fields=(Field("subscriptionIds", "subscription_ids", "body", Shape("list", item=Shape("str")), required=True),),
    parse=parse_nothing,
    has_data=False,
    has_action_id=True,
    items=None,
    sandbox=False,
)

TOGGLE_SUBSCRIPTION_AUTO_RENEWAL: Operation[None] = Operation(
    operation_id="toggleSubscriptionAutoRenewal",
    resource="subscriptions",
    method="set_auto_renew",
    http_method="POST",
    path="/subscriptions/toggle-autorenewal",
    effect="idempotent",
    fields=(Field("", "body", "body_object", Shape("map", item=Shape("any")), required=True),),
    parse=parse_nothing,
    has_data=False,
    has_action_id=False,
    items=None,
    sandbox=False,
)

CANCEL_SUBSCRIPTION: Operation[None] = Operation(
    operation_id="cancelSubscription",
    resource="subscriptions",
    method="cancel",
    http_method="POST",
    path="/subscriptions/cancel",
    effect="money",
    fields=(
        Field("subscriptionId", "subscription_id", "body", Shape("str"), required=False, min_length=1),
        Field("domain", "domain", "body", Shape("str"), required=False, min_length=1),
    ),
    parse=parse_nothing,
    has_data=False,
    has_action_id=False,
    items=None,
    sandbox=False,
)


class Subscriptions:
    """`subscriptions` operations returning parsed data."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> SubscriptionsWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return SubscriptionsWithRawResponse(self._requester)

    def list(
        self,
        *,
        status: SubscriptionStatus | str | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        timeout: TimeoutArg = None,
    ) -> SubscriptionPage:
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
        )

    def iter(
        self,
        *,
        status: SubscriptionStatus | str | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[Subscription]:
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

        Returns: every `Subscription` of every page, fetched page by page.

        `GET /subscriptions` (operationId `listSubscriptions`).
        """
        return self._requester.paginate(
            LIST_SUBSCRIPTIONS,
            {
                "status": status,
                "component_subscription_id": component_subscription_id,
                "domain": domain,
                "limit": limit,
            },
            timeout,
            Subscription,
        )

    def recreate(
        self,
        *,
        subscription_ids: Sequence[str] | None = None,
        domain_names: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Recreate subscriptions to restart standard pricing.

        Cancels the workspace subscription(s) and provisions fresh ones on the same domains, which restarts
        the 12-month clock at standard pricing. Select by `subscriptionIds` or by `domainNames`. Runs
        asynchronously; mailboxes are briefly unavailable, new subscription ids are issued and the old ones
        stop resolving. The response body is undocumented. Treat as a billing action and never resend
        blindly.

        Args:
            subscription_ids: Subscriptions to recreate.
            domain_names: Domains whose subscriptions to recreate.

        Returns: `None`.

        `POST /component/subscriptions/recreate` (operationId `recreateSubscriptions`).
        """
        return self._requester.request(
            RECREATE_SUBSCRIPTIONS, {"subscription_ids": subscription_ids, "domain_names": domain_names}, timeout
        )

    def renew(self, *, subscription_ids: Sequence[str], timeout: TimeoutArg = None) -> ActionResult[None]:
        """Renew subscriptions now.

        Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
        it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
        `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
        domain is expired or in grace. Never resend blindly.

        Args:
            subscription_ids: Subscriptions to renew.

        Returns: `ActionResult[None]`.

        `POST /subscriptions/renew-subscriptions` (operationId `renewSubscriptions`).
        """
        return self._requester.request_action(RENEW_SUBSCRIPTIONS, {"subscription_ids": subscription_ids}, timeout)

    def set_auto_renew(self, *, body: Mapping[str, Any], timeout: TimeoutArg = None) -> None:
        """Turn subscription auto-renewal on or off.

        Changes whether a subscription renews automatically; turning it off does not cancel, the current
        period runs to its end. Path from the guide site only; the request fields and response are
        undocumented, so the body is an open object (pass the fields CMR expects as additional properties).
        If the endpoint flips the flag rather than setting it, a repeat would undo the change: check
        `autoRenew` via the subscription list before retrying.

        Args:
            body: Fields not documented upstream.

        Returns: `None`.

        `POST /subscriptions/toggle-autorenewal` (operationId `toggleSubscriptionAutoRenewal`).
        """
        return self._requester.request(TOGGLE_SUBSCRIPTION_AUTO_RENEWAL, {"body": body}, timeout)

    def cancel(
        self, *, subscription_id: str | None = None, domain: str | None = None, timeout: TimeoutArg = None
    ) -> None:
        """Cancel a subscription.

        Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
        deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
        webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
        domain later goes through the mailbox order with `domainId`.

        Args:
            subscription_id: Subscription to cancel.
            domain: Domain whose subscription to cancel.

        Returns: `None`.

        `POST /subscriptions/cancel` (operationId `cancelSubscription`).
        """
        return self._requester.request(
            CANCEL_SUBSCRIPTION, {"subscription_id": subscription_id, "domain": domain}, timeout
        )


class SubscriptionsWithRawResponse:
    """`subscriptions` operations returning raw responses."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(
        self,
        *,
        status: SubscriptionStatus | str | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[SubscriptionPage]:
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

        Returns: the raw response; `.parse()` gives the data.

        `GET /subscriptions` (operationId `listSubscriptions`).
        """
        return self._requester.request_raw(
            LIST_SUBSCRIPTIONS,
            {
                "status": status,
                "component_subscription_id": component_subscription_id,
                "domain": domain,
                "limit": limit,
                "page": page,
            },
            timeout,
        )

    def recreate(
        self,
        *,
        subscription_ids: Sequence[str] | None = None,
        domain_names: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[None]:
        """Recreate subscriptions to restart standard pricing.

        Cancels the workspace subscription(s) and provisions fresh ones on the same domains, which restarts
        the 12-month clock at standard pricing. Select by `subscriptionIds` or by `domainNames`. Runs
        asynchronously; mailboxes are briefly unavailable, new subscription ids are issued and the old ones
        stop resolving. The response body is undocumented. Treat as a billing action and never resend
        blindly.

        Args:
            subscription_ids: Subscriptions to recreate.
            domain_names: Domains whose subscriptions to recreate.

        Returns: the raw response; `.parse()` gives the data.

        `POST /component/subscriptions/recreate` (operationId `recreateSubscriptions`).
        """
        return self._requester.request_raw(
            RECREATE_SUBSCRIPTIONS, {"subscription_ids": subscription_ids, "domain_names": domain_names}, timeout
        )

    def renew(self, *, subscription_ids: Sequence[str], timeout: TimeoutArg = None) -> RawResponse[None]:
        """Renew subscriptions now.

        Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
        it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
        `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
        domain is expired or in grace. Never resend blindly.

        Args:
            subscription_ids: Subscriptions to renew.

        Returns: the raw response; `.parse()` gives the data.

        `POST /subscriptions/renew-subscriptions` (operationId `renewSubscriptions`).
        """
        return self._requester.request_raw(RENEW_SUBSCRIPTIONS, {"subscription_ids": subscription_ids}, timeout)

    def set_auto_renew(self, *, body: Mapping[str, Any], timeout: TimeoutArg = None) -> RawResponse[None]:
        """Turn subscription auto-renewal on or off.

        Changes whether a subscription renews automatically; turning it off does not cancel, the current
        period runs to its end. Path from the guide site only; the request fields and response are
        undocumented, so the body is an open object (pass the fields CMR expects as additional properties).
        If the endpoint flips the flag rather than setting it, a repeat would undo the change: check
        `autoRenew` via the subscription list before retrying.

        Args:
            body: Fields not documented upstream.

        Returns: the raw response; `.parse()` gives the data.

        `POST /subscriptions/toggle-autorenewal` (operationId `toggleSubscriptionAutoRenewal`).
        """
        return self._requester.request_raw(TOGGLE_SUBSCRIPTION_AUTO_RENEWAL, {"body": body}, timeout)

    def cancel(
        self, *, subscription_id: str | None = None, domain: str | None = None, timeout: TimeoutArg = None
    ) -> RawResponse[None]:
        """Cancel a subscription.

        Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
        deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
        webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
        domain later goes through the mailbox order with `domainId`.

        Args:
            subscription_id: Subscription to cancel.
            domain: Domain whose subscription to cancel.

        Returns: the raw response; `.parse()` gives the data.

        `POST /subscriptions/cancel` (operationId `cancelSubscription`).
        """
        return self._requester.request_raw(
            CANCEL_SUBSCRIPTION, {"subscription_id": subscription_id, "domain": domain}, timeout
        )


class AsyncSubscriptions:
    """`subscriptions` operations returning parsed data."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionsWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return AsyncSubscriptionsWithRawResponse(self._requester)

    async def list(
        self,
        *,
        status: SubscriptionStatus | str | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        timeout: TimeoutArg = None,
    ) -> SubscriptionPage:
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
        )

    def iter(
        self,
        *,
        status: SubscriptionStatus | str | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[Subscription]:
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

        Returns: every `Subscription` of every page, fetched page by page.

        `GET /subscriptions` (operationId `listSubscriptions`).
        """
        return self._requester.paginate(
            LIST_SUBSCRIPTIONS,
            {
                "status": status,
                "component_subscription_id": component_subscription_id,
                "domain": domain,
                "limit": limit,
            },
            timeout,
            Subscription,
        )

    async def recreate(
        self,
        *,
        subscription_ids: Sequence[str] | None = None,
        domain_names: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Recreate subscriptions to restart standard pricing.

        Cancels the workspace subscription(s) and provisions fresh ones on the same domains, which restarts
        the 12-month clock at standard pricing. Select by `subscriptionIds` or by `domainNames`. Runs
        asynchronously; mailboxes are briefly unavailable, new subscription ids are issued and the old ones
        stop resolving. The response body is undocumented. Treat as a billing action and never resend
        blindly.

        Args:
            subscription_ids: Subscriptions to recreate.
            domain_names: Domains whose subscriptions to recreate.

        Returns: `None`.

        `POST /component/subscriptions/recreate` (operationId `recreateSubscriptions`).
        """
        return await self._requester.request(
            RECREATE_SUBSCRIPTIONS, {"subscription_ids": subscription_ids, "domain_names": domain_names}, timeout
        )

    async def renew(self, *, subscription_ids: Sequence[str], timeout: TimeoutArg = None) -> ActionResult[None]:
        """Renew subscriptions now.

        Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
        it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
        `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
        domain is expired or in grace. Never resend blindly.

        Args:
            subscription_ids: Subscriptions to renew.

        Returns: `ActionResult[None]`.

        `POST /subscriptions/renew-subscriptions` (operationId `renewSubscriptions`).
        """
        return await self._requester.request_action(
            RENEW_SUBSCRIPTIONS, {"subscription_ids": subscription_ids}, timeout
        )

    async def set_auto_renew(self, *, body: Mapping[str, Any], timeout: TimeoutArg = None) -> None:
        """Turn subscription auto-renewal on or off.

        Changes whether a subscription renews automatically; turning it off does not cancel, the current
        period runs to its end. Path from the guide site only; the request fields and response are
        undocumented, so the body is an open object (pass the fields CMR expects as additional properties).
        If the endpoint flips the flag rather than setting it, a repeat would undo the change: check
        `autoRenew` via the subscription list before retrying.

        Args:
            body: Fields not documented upstream.

        Returns: `None`.

        `POST /subscriptions/toggle-autorenewal` (operationId `toggleSubscriptionAutoRenewal`).
        """
        return await self._requester.request(TOGGLE_SUBSCRIPTION_AUTO_RENEWAL, {"body": body}, timeout)

    async def cancel(
        self, *, subscription_id: str | None = None, domain: str | None = None, timeout: TimeoutArg = None
    ) -> None:
        """Cancel a subscription.

        Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
        deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
        webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
        domain later goes through the mailbox order with `domainId`.

        Args:
            subscription_id: Subscription to cancel.
            domain: Domain whose subscription to cancel.

        Returns: `None`.

        `POST /subscriptions/cancel` (operationId `cancelSubscription`).
        """
        return await self._requester.request(
            CANCEL_SUBSCRIPTION, {"subscription_id": subscription_id, "domain": domain}, timeout
        )


class AsyncSubscriptionsWithRawResponse:
    """`subscriptions` operations returning raw responses."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(
        self,
        *,
        status: SubscriptionStatus | str | None = None,
        component_subscription_id: str | None = None,
        domain: str | None = None,
        limit: int | None = None,
        page: int | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[SubscriptionPage]:
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

        Returns: the raw response; `.parse()` gives the data.

        `GET /subscriptions` (operationId `listSubscriptions`).
        """
        return await self._requester.request_raw(
            LIST_SUBSCRIPTIONS,
            {
                "status": status,
                "component_subscription_id": component_subscription_id,
                "domain": domain,
                "limit": limit,
                "page": page,
            },
            timeout,
        )

    async def recreate(
        self,
        *,
        subscription_ids: Sequence[str] | None = None,
        domain_names: Sequence[str] | None = None,
        timeout: TimeoutArg = None,
    ) -> RawResponse[None]:
        """Recreate subscriptions to restart standard pricing.

        Cancels the workspace subscription(s) and provisions fresh ones on the same domains, which restarts
        the 12-month clock at standard pricing. Select by `subscriptionIds` or by `domainNames`. Runs
        asynchronously; mailboxes are briefly unavailable, new subscription ids are issued and the old ones
        stop resolving. The response body is undocumented. Treat as a billing action and never resend
        blindly.

        Args:
            subscription_ids: Subscriptions to recreate.
            domain_names: Domains whose subscriptions to recreate.

        Returns: the raw response; `.parse()` gives the data.

        `POST /component/subscriptions/recreate` (operationId `recreateSubscriptions`).
        """
        return await self._requester.request_raw(
            RECREATE_SUBSCRIPTIONS, {"subscription_ids": subscription_ids, "domain_names": domain_names}, timeout
        )

    async def renew(self, *, subscription_ids: Sequence[str], timeout: TimeoutArg = None) -> RawResponse[None]:
        """Renew subscriptions now.

        Queues a manual renewal of the given subscriptions, charged to the wallet; the balance must cover
        it. Success only means queued: wait for `subscription.renewal.success` (or `.failed` /
        `subscription.past_due`). Also the way to recover a PAST_DUE subscription. Renewal fails while the
        domain is expired or in grace. Never resend blindly.

        Args:
            subscription_ids: Subscriptions to renew.

        Returns: the raw response; `.parse()` gives the data.

        `POST /subscriptions/renew-subscriptions` (operationId `renewSubscriptions`).
        """
        return await self._requester.request_raw(RENEW_SUBSCRIPTIONS, {"subscription_ids": subscription_ids}, timeout)

    async def set_auto_renew(self, *, body: Mapping[str, Any], timeout: TimeoutArg = None) -> RawResponse[None]:
        """Turn subscription auto-renewal on or off.

        Changes whether a subscription renews automatically; turning it off does not cancel, the current
        period runs to its end. Path from the guide site only; the request fields and response are
        undocumented, so the body is an open object (pass the fields CMR expects as additional properties).
        If the endpoint flips the flag rather than setting it, a repeat would undo the change: check
        `autoRenew` via the subscription list before retrying.

        Args:
            body: Fields not documented upstream.

        Returns: the raw response; `.parse()` gives the data.

        `POST /subscriptions/toggle-autorenewal` (operationId `toggleSubscriptionAutoRenewal`).
        """
        return await self._requester.request_raw(TOGGLE_SUBSCRIPTION_AUTO_RENEWAL, {"body": body}, timeout)

    async def cancel(
        self, *, subscription_id: str | None = None, domain: str | None = None, timeout: TimeoutArg = None
    ) -> RawResponse[None]:
        """Cancel a subscription.

        Cancels a subscription, identified by `subscriptionId` or by `domain` (one of them is required), and
        deletes its workspace right away. Permanent: status becomes CANCELLED and a `subscription.cancelled`
        webhook follows. To stop only future renewals, switch off auto-renewal instead. Re-ordering on the
        domain later goes through the mailbox order with `domainId`.

        Args:
            subscription_id: Subscription to cancel.
            domain: Domain whose subscription to cancel.

        Returns: the raw response; `.parse()` gives the data.

        `POST /subscriptions/cancel` (operationId `cancelSubscription`).
        """
        return await self._requester.request_raw(
            CANCEL_SUBSCRIPTION, {"subscription_id": subscription_id, "domain": domain}, timeout
        )
