# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The resource attributes of the clients (`client.users`, ...); each resource module loads on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from coldmailreseller._runtime import AsyncRequester, Requester

if TYPE_CHECKING:
    from .widgets import AsyncWidgets, Widgets


class SyncResources:
    """One attribute per resource of the sync client, created on first use."""

    _requester: Requester

    @cached_property
    def widgets(self) -> Widgets:
        from .widgets import Widgets

        return Widgets(self._requester)


class AsyncResources:
    """One attribute per resource of the async client, created on first use."""

    _requester: AsyncRequester

    @cached_property
    def widgets(self) -> AsyncWidgets:
        from .widgets import AsyncWidgets

        return AsyncWidgets(self._requester)
