# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `gadgets` resource."""

from __future__ import annotations

import builtins
from functools import cached_property

from coldmailreseller._runtime import (
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
from ..operations import LIST_GADGETS

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other).

__all__ = ["AsyncGadgets", "AsyncGadgetsWithRawResponse", "Gadgets", "GadgetsWithRawResponse"]


class Gadgets:
    """`gadgets` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> GadgetsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return GadgetsWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.Gadget]:
        """List gadgets.

        Every gadget.

        Returns: `builtins.list[Gadget]`.

        `GET /gadgets` (operationId `listGadgets`).
        """
        return self._requester.request(LIST_GADGETS, {}, timeout, extra_headers, extra_query, extra_body)


class GadgetsWithRawResponse:
    """`gadgets` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Gadgets) -> None:
        raw = Gadgets(resource._requester.raw)
        self.list = raw_response(raw.list)


class AsyncGadgets:
    """`gadgets` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncGadgetsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncGadgetsWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.Gadget]:
        """List gadgets.

        Every gadget.

        Returns: `builtins.list[Gadget]`.

        `GET /gadgets` (operationId `listGadgets`).
        """
        return await self._requester.request(LIST_GADGETS, {}, timeout, extra_headers, extra_query, extra_body)


class AsyncGadgetsWithRawResponse:
    """`gadgets` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncGadgets) -> None:
        raw = AsyncGadgets(resource._requester.raw)
        self.list = async_raw_response(raw.list)
