# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `orders` resource: Domain and mailbox orders; charged to the partner wallet and completed by webhook."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
from ..operations import CREATE_MAILBOX_ORDER, CREATE_ORDER_JSON, GET_ORDER_STATUS

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other); TypedDicts and typed
# results through modules imported just as lazily.
if TYPE_CHECKING:
    from .. import params as _params
else:
    _params = LazyModule(__name__.rsplit(".", 2)[0] + ".params")

__all__ = ["AsyncOrders", "AsyncOrdersWithRawResponse", "Orders", "OrdersWithRawResponse"]


class Orders:
    """`orders` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return OrdersWithRawResponse(self)

    def get_status(
        self,
        *,
        user_id: str,
        order_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.OrderStatus:
        """Get the progress of an order.

        Polls how far an order has got. Only the path is known (quoted from the Quick Start by the guide
        site); the response fields and order status values are undocumented, so `data` is an open object.
        Prefer the `mailbox.order.success` / `mailbox.created` webhooks over polling; polls count against
        the rate limit.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Order identifier returned in `data.orderId` by the order endpoints.

        Returns: `OrderStatus`.

        `GET /orders/status` (operationId `getOrderStatus`).
        """
        return self._requester.request(
            GET_ORDER_STATUS,
            {"user_id": user_id, "order_id": order_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        user_id: str,
        domains: Sequence[_models.OrderDomain | _params.OrderDomainDict],
        mailboxes: _models.OrderMailboxesByDomain
        | Mapping[str, Sequence[_models.OrderMailbox | _params.OrderMailboxDict]],
        billing_cycle: _models.BillingCycle | Literal["MONTHLY"] | None = None,
        confirm: bool | None = None,
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"] | None = None,
        microsoft_oauth_route: str | None = None,
        google: _models.GoogleOauthConfig | _params.GoogleOauthConfigDict | None = None,
        auto_renew: bool | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[_models.Order]:
        """Order domains and mailboxes (JSON).

        Registers one or more domains and sets up mailboxes on them in a single order. With `confirm: true`
        the wallet is charged and provisioning starts; the reply only means the order was queued. Completion
        arrives by webhook (`domain.order.success`, `mailbox.order.success`, then one `mailbox.created` per
        mailbox). Never resend while waiting: a duplicate registers and charges twice. Field list from the
        docs page; path, request example and response from the guide site. Which top-level fields are
        mandatory is not stated upstream.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            domains: Domains to register; at least one (mailboxes on a domain CMR already has are
                ordered with createMailboxOrder).
            mailboxes: Mailboxes to create, keyed by the real domain name (not a domain id).
            billing_cycle: Billing period; only MONTHLY is accepted.
            confirm: `true` queues the order for processing at once (the wallet must cover it); `false`
                only creates it for later processing.
            service_provider: Mailbox provider.
            microsoft_oauth_route: OAuth route used to export Microsoft mailboxes; needed for MICROSOFT
                orders.
            google: Google OAuth settings used when exporting Google mailboxes.
            auto_renew: Whether the mailbox subscription renews automatically (does not cover the
                domain).

        Returns: `ActionResult[Order]`; `wait()` follows the work to its outcome.

        `POST /orders/json` (operationId `createOrderJson`).
        """
        return self._requester.request_action(
            CREATE_ORDER_JSON,
            {
                "user_id": user_id,
                "domains": domains,
                "mailboxes": mailboxes,
                "billing_cycle": billing_cycle,
                "confirm": confirm,
                "service_provider": service_provider,
                "microsoft_oauth_route": microsoft_oauth_route,
                "google": google,
                "auto_renew": auto_renew,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create_mailbox_order(
        self,
        *,
        user_id: str,
        mailboxes: _models.OrderMailboxesByDomain
        | Mapping[str, Sequence[_models.OrderMailbox | _params.OrderMailboxDict]],
        subscription_id: str | None = None,
        domain_id: str | None = None,
        auto_renew: bool | None = None,
        confirm: bool | None = None,
        billing_cycle: _models.BillingCycle | Literal["MONTHLY"] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[_models.Order]:
        """Order mailboxes on an existing domain (JSON).

        Adds mailboxes to a domain already in CMR. With `subscriptionId` they join that active subscription;
        with `domainId` (after a cancellation) a new subscription is created. The two are mutually
        exclusive. A confirmed order charges the wallet and fails when the balance is short. Provisioning is
        asynchronous (one `mailbox.created` webhook per mailbox); do not resend. The response body is
        undocumented: it is assumed to mirror the JSON domain order (orderId, actionId). Replaces the
        deprecated FormData mailbox order.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            subscription_id: Active subscription to add the mailboxes to (scenario 1).
            domain_id: Domain whose cancelled subscription is replaced by a new one (scenario 2).
            auto_renew: Renewal preference of the new subscription; only used with `domainId`.
            confirm: `true` queues the order at once (wallet must cover it); `false` only creates it.
            mailboxes: Mailboxes to create, keyed by the real domain name (not a domain id).
            billing_cycle: Billing period; only MONTHLY is accepted.

        Returns: `ActionResult[Order]`; `wait()` follows the work to its outcome.

        `POST /orders/create-mailbox-order/json` (operationId `createMailboxOrder`).
        """
        return self._requester.request_action(
            CREATE_MAILBOX_ORDER,
            {
                "user_id": user_id,
                "subscription_id": subscription_id,
                "domain_id": domain_id,
                "auto_renew": auto_renew,
                "confirm": confirm,
                "mailboxes": mailboxes,
                "billing_cycle": billing_cycle,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class OrdersWithRawResponse:
    """`orders` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Orders) -> None:
        raw = Orders(resource._requester.raw)
        self.get_status = raw_response(raw.get_status)
        self.create = raw_response(raw.create)
        self.create_mailbox_order = raw_response(raw.create_mailbox_order)


class AsyncOrders:
    """`orders` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncOrdersWithRawResponse(self)

    async def get_status(
        self,
        *,
        user_id: str,
        order_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.OrderStatus:
        """Get the progress of an order.

        Polls how far an order has got. Only the path is known (quoted from the Quick Start by the guide
        site); the response fields and order status values are undocumented, so `data` is an open object.
        Prefer the `mailbox.order.success` / `mailbox.created` webhooks over polling; polls count against
        the rate limit.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            order_id: Order identifier returned in `data.orderId` by the order endpoints.

        Returns: `OrderStatus`.

        `GET /orders/status` (operationId `getOrderStatus`).
        """
        return await self._requester.request(
            GET_ORDER_STATUS,
            {"user_id": user_id, "order_id": order_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        user_id: str,
        domains: Sequence[_models.OrderDomain | _params.OrderDomainDict],
        mailboxes: _models.OrderMailboxesByDomain
        | Mapping[str, Sequence[_models.OrderMailbox | _params.OrderMailboxDict]],
        billing_cycle: _models.BillingCycle | Literal["MONTHLY"] | None = None,
        confirm: bool | None = None,
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"] | None = None,
        microsoft_oauth_route: str | None = None,
        google: _models.GoogleOauthConfig | _params.GoogleOauthConfigDict | None = None,
        auto_renew: bool | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[_models.Order]:
        """Order domains and mailboxes (JSON).

        Registers one or more domains and sets up mailboxes on them in a single order. With `confirm: true`
        the wallet is charged and provisioning starts; the reply only means the order was queued. Completion
        arrives by webhook (`domain.order.success`, `mailbox.order.success`, then one `mailbox.created` per
        mailbox). Never resend while waiting: a duplicate registers and charges twice. Field list from the
        docs page; path, request example and response from the guide site. Which top-level fields are
        mandatory is not stated upstream.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            domains: Domains to register; at least one (mailboxes on a domain CMR already has are
                ordered with createMailboxOrder).
            mailboxes: Mailboxes to create, keyed by the real domain name (not a domain id).
            billing_cycle: Billing period; only MONTHLY is accepted.
            confirm: `true` queues the order for processing at once (the wallet must cover it); `false`
                only creates it for later processing.
            service_provider: Mailbox provider.
            microsoft_oauth_route: OAuth route used to export Microsoft mailboxes; needed for MICROSOFT
                orders.
            google: Google OAuth settings used when exporting Google mailboxes.
            auto_renew: Whether the mailbox subscription renews automatically (does not cover the
                domain).

        Returns: `AsyncActionResult[Order]`; `wait()` follows the work to its outcome.

        `POST /orders/json` (operationId `createOrderJson`).
        """
        return await self._requester.request_action(
            CREATE_ORDER_JSON,
            {
                "user_id": user_id,
                "domains": domains,
                "mailboxes": mailboxes,
                "billing_cycle": billing_cycle,
                "confirm": confirm,
                "service_provider": service_provider,
                "microsoft_oauth_route": microsoft_oauth_route,
                "google": google,
                "auto_renew": auto_renew,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create_mailbox_order(
        self,
        *,
        user_id: str,
        mailboxes: _models.OrderMailboxesByDomain
        | Mapping[str, Sequence[_models.OrderMailbox | _params.OrderMailboxDict]],
        subscription_id: str | None = None,
        domain_id: str | None = None,
        auto_renew: bool | None = None,
        confirm: bool | None = None,
        billing_cycle: _models.BillingCycle | Literal["MONTHLY"] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[_models.Order]:
        """Order mailboxes on an existing domain (JSON).

        Adds mailboxes to a domain already in CMR. With `subscriptionId` they join that active subscription;
        with `domainId` (after a cancellation) a new subscription is created. The two are mutually
        exclusive. A confirmed order charges the wallet and fails when the balance is short. Provisioning is
        asynchronous (one `mailbox.created` webhook per mailbox); do not resend. The response body is
        undocumented: it is assumed to mirror the JSON domain order (orderId, actionId). Replaces the
        deprecated FormData mailbox order.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            subscription_id: Active subscription to add the mailboxes to (scenario 1).
            domain_id: Domain whose cancelled subscription is replaced by a new one (scenario 2).
            auto_renew: Renewal preference of the new subscription; only used with `domainId`.
            confirm: `true` queues the order at once (wallet must cover it); `false` only creates it.
            mailboxes: Mailboxes to create, keyed by the real domain name (not a domain id).
            billing_cycle: Billing period; only MONTHLY is accepted.

        Returns: `AsyncActionResult[Order]`; `wait()` follows the work to its outcome.

        `POST /orders/create-mailbox-order/json` (operationId `createMailboxOrder`).
        """
        return await self._requester.request_action(
            CREATE_MAILBOX_ORDER,
            {
                "user_id": user_id,
                "subscription_id": subscription_id,
                "domain_id": domain_id,
                "auto_renew": auto_renew,
                "confirm": confirm,
                "mailboxes": mailboxes,
                "billing_cycle": billing_cycle,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncOrdersWithRawResponse:
    """`orders` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncOrders) -> None:
        raw = AsyncOrders(resource._requester.raw)
        self.get_status = async_raw_response(raw.get_status)
        self.create = async_raw_response(raw.create)
        self.create_mailbox_order = async_raw_response(raw.create_mailbox_order)
