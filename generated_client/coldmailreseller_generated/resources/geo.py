# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `geo` resource: Country and state reference lists used to fill in user addresses."""

from __future__ import annotations

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
from ..operations import LIST_COUNTRIES, LIST_STATES

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other).

__all__ = ["AsyncGeo", "AsyncGeoWithRawResponse", "Geo", "GeoWithRawResponse"]


class Geo:
    """`geo` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> GeoWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return GeoWithRawResponse(self)

    def list_countries(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.CountryCodeMap:
        """List countries and their ISO codes.

        Partner-level reference call. According to the guide site `data` maps each country name to its ISO
        3166-1 alpha-2 code; use those codes for a user's `country`. No example is published.

        Returns: `CountryCodeMap`.

        `GET /geo/countries` (operationId `listCountries`).
        """
        return self._requester.request(LIST_COUNTRIES, {}, timeout, extra_headers, extra_query, extra_body)

    def list_states(
        self,
        *,
        country_code: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.StateCodeMap:
        """List the states or provinces of a country.

        Partner-level reference call. Per the guide site `data` maps state/province names to state codes.
        `countryCode` is mandatory; leaving it out is a validation error. Note that the documented create-
        user example sends the state name ("New York"), not a code. No example is published.

        Args:
            country_code: ISO 3166-1 alpha-2 code of the country, as returned by listCountries.

        Returns: `StateCodeMap`.

        `GET /geo/states` (operationId `listStates`).
        """
        return self._requester.request(
            LIST_STATES, {"country_code": country_code}, timeout, extra_headers, extra_query, extra_body
        )


class GeoWithRawResponse:
    """`geo` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Geo) -> None:
        raw = Geo(resource._requester.raw)
        self.list_countries = raw_response(raw.list_countries)
        self.list_states = raw_response(raw.list_states)


class AsyncGeo:
    """`geo` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncGeoWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncGeoWithRawResponse(self)

    async def list_countries(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.CountryCodeMap:
        """List countries and their ISO codes.

        Partner-level reference call. According to the guide site `data` maps each country name to its ISO
        3166-1 alpha-2 code; use those codes for a user's `country`. No example is published.

        Returns: `CountryCodeMap`.

        `GET /geo/countries` (operationId `listCountries`).
        """
        return await self._requester.request(LIST_COUNTRIES, {}, timeout, extra_headers, extra_query, extra_body)

    async def list_states(
        self,
        *,
        country_code: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.StateCodeMap:
        """List the states or provinces of a country.

        Partner-level reference call. Per the guide site `data` maps state/province names to state codes.
        `countryCode` is mandatory; leaving it out is a validation error. Note that the documented create-
        user example sends the state name ("New York"), not a code. No example is published.

        Args:
            country_code: ISO 3166-1 alpha-2 code of the country, as returned by listCountries.

        Returns: `StateCodeMap`.

        `GET /geo/states` (operationId `listStates`).
        """
        return await self._requester.request(
            LIST_STATES, {"country_code": country_code}, timeout, extra_headers, extra_query, extra_body
        )


class AsyncGeoWithRawResponse:
    """`geo` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncGeo) -> None:
        raw = AsyncGeo(resource._requester.raw)
        self.list_countries = async_raw_response(raw.list_countries)
        self.list_states = async_raw_response(raw.list_states)
