# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `widgets` resource."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import Literal

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
from ..operations import LIST_WIDGETS, LIST_WIDGETS_PAGES

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other).

__all__ = ["AsyncWidgets", "AsyncWidgetsWithRawResponse", "Widgets", "WidgetsWithRawResponse"]


class Widgets:
    """`widgets` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return WidgetsWithRawResponse(self)

    def list(
        self,
        *,
        color: _models.Color | Literal["RED", "GREEN"] | None = None,
        page: int | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.WidgetPage:
        """List widgets.

        One page of widgets.

        Returns: `WidgetPage`.

        `GET /widgets` (operationId `listWidgets`).
        """
        return self._requester.request(
            LIST_WIDGETS,
            {"color": color, "page": page, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def iter(
        self,
        *,
        color: _models.Color | Literal["RED", "GREEN"] | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[_models.Widget]:
        """List widgets.

        One page of widgets.

        Returns: every `Widget` of every page, fetched page by page as you iterate.

        `GET /widgets` (operationId `listWidgets`).
        """
        return self._requester.paginate(
            LIST_WIDGETS_PAGES, {"color": color, "limit": limit}, timeout, extra_headers, extra_query, extra_body
        )


class WidgetsWithRawResponse:
    """`widgets` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Widgets) -> None:
        raw = Widgets(resource._requester.raw)
        self.list = raw_response(raw.list)


class AsyncWidgets:
    """`widgets` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncWidgetsWithRawResponse(self)

    async def list(
        self,
        *,
        color: _models.Color | Literal["RED", "GREEN"] | None = None,
        page: int | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.WidgetPage:
        """List widgets.

        One page of widgets.

        Returns: `WidgetPage`.

        `GET /widgets` (operationId `listWidgets`).
        """
        return await self._requester.request(
            LIST_WIDGETS,
            {"color": color, "page": page, "limit": limit},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def iter(
        self,
        *,
        color: _models.Color | Literal["RED", "GREEN"] | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[_models.Widget]:
        """List widgets.

        One page of widgets.

        Returns: every `Widget` of every page, fetched page by page as you iterate.

        `GET /widgets` (operationId `listWidgets`).
        """
        return self._requester.paginate(
            LIST_WIDGETS_PAGES, {"color": color, "limit": limit}, timeout, extra_headers, extra_query, extra_body
        )


class AsyncWidgetsWithRawResponse:
    """`widgets` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncWidgets) -> None:
        raw = AsyncWidgets(resource._requester.raw)
        self.list = async_raw_response(raw.list)
