# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The resource attributes of the clients (`client.users`, ...); each resource module loads on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from coldmailreseller._runtime import AsyncRequester, Requester

if TYPE_CHECKING:
    from .dns import AsyncDns, Dns
    from .domains import AsyncDomains, Domains
    from .exports import AsyncExports, Exports
    from .geo import AsyncGeo, Geo
    from .mailboxes import AsyncMailboxes, Mailboxes
    from .orders import AsyncOrders, Orders
    from .placement import AsyncPlacement, Placement
    from .prewarmup import AsyncPrewarmup, Prewarmup
    from .subscriptions import AsyncSubscriptions, Subscriptions
    from .users import AsyncUsers, Users
    from .warmup import AsyncWarmup, Warmup


class SyncResources:
    """One attribute per resource of the sync client, created on first use."""

    _requester: Requester

    @cached_property
    def dns(self) -> Dns:
        from .dns import Dns

        return Dns(self._requester)

    @cached_property
    def domains(self) -> Domains:
        from .domains import Domains

        return Domains(self._requester)

    @cached_property
    def exports(self) -> Exports:
        from .exports import Exports

        return Exports(self._requester)

    @cached_property
    def geo(self) -> Geo:
        from .geo import Geo

        return Geo(self._requester)

    @cached_property
    def mailboxes(self) -> Mailboxes:
        from .mailboxes import Mailboxes

        return Mailboxes(self._requester)

    @cached_property
    def orders(self) -> Orders:
        from .orders import Orders

        return Orders(self._requester)

    @cached_property
    def placement(self) -> Placement:
        from .placement import Placement

        return Placement(self._requester)

    @cached_property
    def prewarmup(self) -> Prewarmup:
        from .prewarmup import Prewarmup

        return Prewarmup(self._requester)

    @cached_property
    def subscriptions(self) -> Subscriptions:
        from .subscriptions import Subscriptions

        return Subscriptions(self._requester)

    @cached_property
    def users(self) -> Users:
        from .users import Users

        return Users(self._requester)

    @cached_property
    def warmup(self) -> Warmup:
        from .warmup import Warmup

        return Warmup(self._requester)


class AsyncResources:
    """One attribute per resource of the async client, created on first use."""

    _requester: AsyncRequester

    @cached_property
    def dns(self) -> AsyncDns:
        from .dns import AsyncDns

        return AsyncDns(self._requester)

    @cached_property
    def domains(self) -> AsyncDomains:
        from .domains import AsyncDomains

        return AsyncDomains(self._requester)

    @cached_property
    def exports(self) -> AsyncExports:
        from .exports import AsyncExports

        return AsyncExports(self._requester)

    @cached_property
    def geo(self) -> AsyncGeo:
        from .geo import AsyncGeo

        return AsyncGeo(self._requester)

    @cached_property
    def mailboxes(self) -> AsyncMailboxes:
        from .mailboxes import AsyncMailboxes

        return AsyncMailboxes(self._requester)

    @cached_property
    def orders(self) -> AsyncOrders:
        from .orders import AsyncOrders

        return AsyncOrders(self._requester)

    @cached_property
    def placement(self) -> AsyncPlacement:
        from .placement import AsyncPlacement

        return AsyncPlacement(self._requester)

    @cached_property
    def prewarmup(self) -> AsyncPrewarmup:
        from .prewarmup import AsyncPrewarmup

        return AsyncPrewarmup(self._requester)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        from .subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(self._requester)

    @cached_property
    def users(self) -> AsyncUsers:
        from .users import AsyncUsers

        return AsyncUsers(self._requester)

    @cached_property
    def warmup(self) -> AsyncWarmup:
        from .warmup import AsyncWarmup

        return AsyncWarmup(self._requester)
