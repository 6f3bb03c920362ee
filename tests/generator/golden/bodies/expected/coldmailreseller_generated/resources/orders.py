# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `orders` resource."""

from __future__ import annotations

from collections.abc import Sequence
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
from ..operations import CREATE_ORDER, RESET_SANDBOX

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

    def create(
        self,
        *,
        account_id: str,
        lines: Sequence[_models.Line | _params.LineDict],
        ship_to: _models.Address | _params.AddressDict,
        plan: _models.Plan | Literal["MONTHLY", "YEARLY"] | None = None,
        note: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[_models.Receipt | None]:
        """Place an order.

        Charges the account.

        Returns: `ActionResult[Receipt | None]`; `wait()` follows the work to its outcome.

        `POST /orders` (operationId `createOrder`).
        """
        return self._requester.request_action(
            CREATE_ORDER,
            {"account_id": account_id, "lines": lines, "ship_to": ship_to, "plan": plan, "note": note},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def reset_sandbox(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Reset the sandbox.

        Fields of the body are not documented.

        Returns: `ActionResult[None]`.

        `POST /sandbox/reset` (operationId `resetSandbox`).
        """
        return self._requester.request_action(RESET_SANDBOX, {}, timeout, extra_headers, extra_query, extra_body)


class OrdersWithRawResponse:
    """`orders` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Orders) -> None:
        raw = Orders(resource._requester.raw)
        self.create = raw_response(raw.create)
        self.reset_sandbox = raw_response(raw.reset_sandbox)


class AsyncOrders:
    """`orders` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncOrdersWithRawResponse(self)

    async def create(
        self,
        *,
        account_id: str,
        lines: Sequence[_models.Line | _params.LineDict],
        ship_to: _models.Address | _params.AddressDict,
        plan: _models.Plan | Literal["MONTHLY", "YEARLY"] | None = None,
        note: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[_models.Receipt | None]:
        """Place an order.

        Charges the account.

        Returns: `AsyncActionResult[Receipt | None]`; `wait()` follows the work to its outcome.

        `POST /orders` (operationId `createOrder`).
        """
        return await self._requester.request_action(
            CREATE_ORDER,
            {"account_id": account_id, "lines": lines, "ship_to": ship_to, "plan": plan, "note": note},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def reset_sandbox(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Reset the sandbox.

        Fields of the body are not documented.

        Returns: `AsyncActionResult[None]`.

        `POST /sandbox/reset` (operationId `resetSandbox`).
        """
        return await self._requester.request_action(RESET_SANDBOX, {}, timeout, extra_headers, extra_query, extra_body)


class AsyncOrdersWithRawResponse:
    """`orders` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncOrders) -> None:
        raw = AsyncOrders(resource._requester.raw)
        self.create = async_raw_response(raw.create)
        self.reset_sandbox = async_raw_response(raw.reset_sandbox)
