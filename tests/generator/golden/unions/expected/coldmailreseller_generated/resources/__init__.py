# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The resource attributes of the clients (`client.users`, ...); each resource module loads on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from coldmailreseller._runtime import AsyncRequester, LazyModule, Requester

# The resource modules, for the annotations below (`-> _users.Users`): evaluating one (typing.get_type_hints)
# imports that module, and importing this package imports none.
if TYPE_CHECKING:
    from . import gadgets as _gadgets
else:
    _gadgets = LazyModule(__name__ + ".gadgets")


class SyncResources:
    """One attribute per resource of the sync client, created on first use."""

    _requester: Requester

    @cached_property
    def gadgets(self) -> _gadgets.Gadgets:
        from .gadgets import Gadgets

        return Gadgets(self._requester)


class AsyncResources:
    """One attribute per resource of the async client, created on first use."""

    _requester: AsyncRequester

    @cached_property
    def gadgets(self) -> _gadgets.AsyncGadgets:
        from .gadgets import AsyncGadgets

        return AsyncGadgets(self._requester)
