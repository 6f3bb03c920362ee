# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The resource attributes of the clients (`client.users`, ...); each resource module loads on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from coldmailreseller._runtime import AsyncRequester, LazyModule, Requester

# The resource modules, for the annotations below (`-> _users.Users`): evaluating one (typing.get_type_hints)
# imports that module, and importing this package imports none.
if TYPE_CHECKING:
    from . import dns as _dns
    from . import domains as _domains
    from . import exports as _exports
    from . import geo as _geo
    from . import mailboxes as _mailboxes
    from . import orders as _orders
    from . import placement as _placement
    from . import prewarmup as _prewarmup
    from . import subscriptions as _subscriptions
    from . import users as _users
    from . import warmup as _warmup
else:
    _dns = LazyModule(__name__ + ".dns")
    _domains = LazyModule(__name__ + ".domains")
    _exports = LazyModule(__name__ + ".exports")
    _geo = LazyModule(__name__ + ".geo")
    _mailboxes = LazyModule(__name__ + ".mailboxes")
    _orders = LazyModule(__name__ + ".orders")
    _placement = LazyModule(__name__ + ".placement")
    _prewarmup = LazyModule(__name__ + ".prewarmup")
    _subscriptions = LazyModule(__name__ + ".subscriptions")
    _users = LazyModule(__name__ + ".users")
    _warmup = LazyModule(__name__ + ".warmup")


class SyncResources:
    """One attribute per resource of the sync client, created on first use."""

    _requester: Requester

    @cached_property
    def dns(self) -> _dns.Dns:
        from .dns import Dns

        return Dns(self._requester)

    @cached_property
    def domains(self) -> _domains.Domains:
        from .domains import Domains

        return Domains(self._requester)

    @cached_property
    def exports(self) -> _exports.Exports:
        from .exports import Exports

        return Exports(self._requester)

    @cached_property
    def geo(self) -> _geo.Geo:
        from .geo import Geo

        return Geo(self._requester)

    @cached_property
    def mailboxes(self) -> _mailboxes.Mailboxes:
        from .mailboxes import Mailboxes

        return Mailboxes(self._requester)

    @cached_property
    def orders(self) -> _orders.Orders:
        from .orders import Orders

        return Orders(self._requester)

    @cached_property
    def placement(self) -> _placement.Placement:
        from .placement import Placement

        return Placement(self._requester)

    @cached_property
    def prewarmup(self) -> _prewarmup.Prewarmup:
        from .prewarmup import Prewarmup

        return Prewarmup(self._requester)

    @cached_property
    def subscriptions(self) -> _subscriptions.Subscriptions:
        from .subscriptions import Subscriptions

        return Subscriptions(self._requester)

    @cached_property
    def users(self) -> _users.Users:
        from .users import Users

        return Users(self._requester)

    @cached_property
    def warmup(self) -> _warmup.Warmup:
        from .warmup import Warmup

        return Warmup(self._requester)


class AsyncResources:
    """One attribute per resource of the async client, created on first use."""

    _requester: AsyncRequester

    @cached_property
    def dns(self) -> _dns.AsyncDns:
        from .dns import AsyncDns

        return AsyncDns(self._requester)

    @cached_property
    def domains(self) -> _domains.AsyncDomains:
        from .domains import AsyncDomains

        return AsyncDomains(self._requester)

    @cached_property
    def exports(self) -> _exports.AsyncExports:
        from .exports import AsyncExports

        return AsyncExports(self._requester)

    @cached_property
    def geo(self) -> _geo.AsyncGeo:
        from .geo import AsyncGeo

        return AsyncGeo(self._requester)

    @cached_property
    def mailboxes(self) -> _mailboxes.AsyncMailboxes:
        from .mailboxes import AsyncMailboxes

        return AsyncMailboxes(self._requester)

    @cached_property
    def orders(self) -> _orders.AsyncOrders:
        from .orders import AsyncOrders

        return AsyncOrders(self._requester)

    @cached_property
    def placement(self) -> _placement.AsyncPlacement:
        from .placement import AsyncPlacement

        return AsyncPlacement(self._requester)

    @cached_property
    def prewarmup(self) -> _prewarmup.AsyncPrewarmup:
        from .prewarmup import AsyncPrewarmup

        return AsyncPrewarmup(self._requester)

    @cached_property
    def subscriptions(self) -> _subscriptions.AsyncSubscriptions:
        from .subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(self._requester)

    @cached_property
    def users(self) -> _users.AsyncUsers:
        from .users import AsyncUsers

        return AsyncUsers(self._requester)

    @cached_property
    def warmup(self) -> _warmup.AsyncWarmup:
        from .warmup import AsyncWarmup

        return AsyncWarmup(self._requester)
