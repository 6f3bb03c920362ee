# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The resource attributes of the clients (`client.users`, ...); each resource module loads on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from coldmailreseller._runtime import AsyncRequester, LazyModule, Requester

# The resource modules, for the annotations below (`-> _users.Users`): evaluating one (typing.get_type_hints)
# imports that module, and importing this package imports none.
if TYPE_CHECKING:
    from . import orders as _orders
else:
    _orders = LazyModule(__name__ + ".orders")


class SyncResources:
    """One attribute per resource of the sync client, created on first use."""

    _requester: Requester

    @cached_property
    def orders(self) -> _orders.Orders:
        from .orders import Orders

        return Orders(self._requester)


class AsyncResources:
    """One attribute per resource of the async client, created on first use."""

    _requester: AsyncRequester

    @cached_property
    def orders(self) -> _orders.AsyncOrders:
        from .orders import AsyncOrders

        return AsyncOrders(self._requester)
