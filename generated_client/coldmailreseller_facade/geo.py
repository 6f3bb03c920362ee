# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `geo` resource: Country and state reference lists used to fill in user addresses."""

from __future__ import annotations

from functools import cached_property

from coldmailreseller_generated.models.country_code_map import CountryCodeMap
from coldmailreseller_generated.models.state_code_map import StateCodeMap

from ._parsers import parse_country_code_map, parse_state_code_map
from ._spec import (
    AsyncRequester,
    Field,
    Operation,
    RawResponse,
    Requester,
    Shape,
    TimeoutArg,
)

__all__ = ["AsyncGeo", "AsyncGeoWithRawResponse", "Geo", "GeoWithRawResponse"]

LIST_COUNTRIES: Operation[CountryCodeMap] = Operation(
    operation_id="listCountries",
    resource="geo",
    method="list_countries",
    http_method="GET",
    path="/geo/countries",
    effect="read",
    fields=(),
    parse=parse_country_code_map,
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)

LIST_STATES: Operation[StateCodeMap] = Operation(
    operation_id="listStates",
    resource="geo",
    method="list_states",
    http_method="GET",
    path="/geo/states",
    effect="read",
    fields=(Field("countryCode", "country_code", "query", Shape("str"), required=True, min_length=2, max_length=2),),
    parse=parse_state_code_map,
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)


class Geo:
    """`geo` operations returning parsed data."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> GeoWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return GeoWithRawResponse(self._requester)

    def list_countries(self, *, timeout: TimeoutArg = None) -> CountryCodeMap:
        """List countries and their ISO codes.

        Partner-level reference call. According to the guide site `data` maps each country name to its ISO
        3166-1 alpha-2 code; use those codes for a user's `country`. No example is published.

        Returns: `CountryCodeMap`.

        `GET /geo/countries` (operationId `listCountries`).
        """
        return self._requester.request(LIST_COUNTRIES, {}, timeout)

    def list_states(self, *, country_code: str, timeout: TimeoutArg = None) -> StateCodeMap:
        """List the states or provinces of a country.

        Partner-level reference call. Per the guide site `data` maps state/province names to state codes.
        `countryCode` is mandatory; leaving it out is a validation error. Note that the documented create-
        user example sends the state name ("New York"), not a code. No example is published.

        Args:
            country_code: ISO 3166-1 alpha-2 code of the country, as returned by listCountries.

        Returns: `StateCodeMap`.

        `GET /geo/states` (operationId `listStates`).
        """
        return self._requester.request(LIST_STATES, {"country_code": country_code}, timeout)


class GeoWithRawResponse:
    """`geo` operations returning raw responses."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list_countries(self, *, timeout: TimeoutArg = None) -> RawResponse[CountryCodeMap]:
        """List countries and their ISO codes.

        Partner-level reference call. According to the guide site `data` maps each country name to its ISO
        3166-1 alpha-2 code; use those codes for a user's `country`. No example is published.

        Returns: the raw response; `.parse()` gives the data.

        `GET /geo/countries` (operationId `listCountries`).
        """
        return self._requester.request_raw(LIST_COUNTRIES, {}, timeout)

    def list_states(self, *, country_code: str, timeout: TimeoutArg = None) -> RawResponse[StateCodeMap]:
        """List the states or provinces of a country.

        Partner-level reference call. Per the guide site `data` maps state/province names to state codes.
        `countryCode` is mandatory; leaving it out is a validation error. Note that the documented create-
        user example sends the state name ("New York"), not a code. No example is published.

        Args:
            country_code: ISO 3166-1 alpha-2 code of the country, as returned by listCountries.

        Returns: the raw response; `.parse()` gives the data.

        `GET /geo/states` (operationId `listStates`).
        """
        return self._requester.request_raw(LIST_STATES, {"country_code": country_code}, timeout)


class AsyncGeo:
    """`geo` operations returning parsed data."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncGeoWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return AsyncGeoWithRawResponse(self._requester)

    async def list_countries(self, *, timeout: TimeoutArg = None) -> CountryCodeMap:
        """List countries and their ISO codes.

        Partner-level reference call. According to the guide site `data` maps each country name to its ISO
        3166-1 alpha-2 code; use those codes for a user's `country`. No example is published.

        Returns: `CountryCodeMap`.

        `GET /geo/countries` (operationId `listCountries`).
        """
        return await self._requester.request(LIST_COUNTRIES, {}, timeout)

    async def list_states(self, *, country_code: str, timeout: TimeoutArg = None) -> StateCodeMap:
        """List the states or provinces of a country.

        Partner-level reference call. Per the guide site `data` maps state/province names to state codes.
        `countryCode` is mandatory; leaving it out is a validation error. Note that the documented create-
        user example sends the state name ("New York"), not a code. No example is published.

        Args:
            country_code: ISO 3166-1 alpha-2 code of the country, as returned by listCountries.

        Returns: `StateCodeMap`.

        `GET /geo/states` (operationId `listStates`).
        """
        return await self._requester.request(LIST_STATES, {"country_code": country_code}, timeout)


class AsyncGeoWithRawResponse:
    """`geo` operations returning raw responses."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list_countries(self, *, timeout: TimeoutArg = None) -> RawResponse[CountryCodeMap]:
        """List countries and their ISO codes.

        Partner-level reference call. According to the guide site `data` maps each country name to its ISO
        3166-1 alpha-2 code; use those codes for a user's `country`. No example is published.

        Returns: the raw response; `.parse()` gives the data.

        `GET /geo/countries` (operationId `listCountries`).
        """
        return await self._requester.request_raw(LIST_COUNTRIES, {}, timeout)

    async def list_states(self, *, country_code: str, timeout: TimeoutArg = None) -> RawResponse[StateCodeMap]:
        """List the states or provinces of a country.

        Partner-level reference call. Per the guide site `data` maps state/province names to state codes.
        `countryCode` is mandatory; leaving it out is a validation error. Note that the documented create-
        user example sends the state name ("New York"), not a code. No example is published.

        Args:
            country_code: ISO 3166-1 alpha-2 code of the country, as returned by listCountries.

        Returns: the raw response; `.parse()` gives the data.

        `GET /geo/states` (operationId `listStates`).
        """
        return await self._requester.request_raw(LIST_STATES, {"country_code": country_code}, timeout)
