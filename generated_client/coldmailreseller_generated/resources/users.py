# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `users` resource: Customer accounts (users) held under the partner account. Creating and listing users are partner-level; the rest act on one userId."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from coldmailreseller._runtime import (
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
from ..operations import CREATE_USER, DELETE_USER, GET_USER, LIST_USERS, LIST_USERS_PAGES, UPDATE_USER

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other); TypedDicts and typed
# results through modules imported just as lazily.
if TYPE_CHECKING:
    from coldmailreseller import _results

else:
    _results = LazyModule("coldmailreseller._results")

__all__ = ["AsyncUsers", "AsyncUsersWithRawResponse", "Users", "UsersWithRawResponse"]


class Users:
    """`users` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return UsersWithRawResponse(self)

    def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _results.UsersPage:
        """List the users under the partner account.

        Partner-level call (no userId) that returns the customers belonging to the partner. Upstream says
        the result is paginated and searchable but documents neither the parameters nor the shape of `data`,
        which is kept as an open object; the client reads the users from the one array in `data`, whatever
        its name. `page` and `limit` follow the API-wide paging convention (FAQ; confirmed for the
        subscriptions list only); the search parameter's name is unknown (pass it as an extra query
        parameter). Do not assume one call returns every user.

        Args:
            page: Page number, starting at 1 (API-wide convention, not confirmed for this endpoint).
            limit: Users per page; the convention's default is 20 and its maximum 100 (not confirmed for
                this endpoint).

        Returns: `UsersPage`.

        `GET /users/list` (operationId `listUsers`).
        """
        return self._requester.request(
            LIST_USERS, {"page": page, "limit": limit}, timeout, extra_headers, extra_query, extra_body
        )

    def iter(
        self,
        *,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> Iterator[_models.User]:
        """List the users under the partner account.

        Partner-level call (no userId) that returns the customers belonging to the partner. Upstream says
        the result is paginated and searchable but documents neither the parameters nor the shape of `data`,
        which is kept as an open object; the client reads the users from the one array in `data`, whatever
        its name. `page` and `limit` follow the API-wide paging convention (FAQ; confirmed for the
        subscriptions list only); the search parameter's name is unknown (pass it as an extra query
        parameter). Do not assume one call returns every user.

        Args:
            limit: Users per page; the convention's default is 20 and its maximum 100 (not confirmed for
                this endpoint).

        Returns: every `User` of every page, fetched page by page as you iterate.

        `GET /users/list` (operationId `listUsers`).
        """
        return self._requester.paginate(
            LIST_USERS_PAGES, {"limit": limit}, timeout, extra_headers, extra_query, extra_body
        )

    def get(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.User:
        """Get one user's profile and billing details.

        Returns the profile and billing/address information of a single customer. The path comes from the
        guide site and matches the update/delete pages; no response example is published, so the User model
        is assumed to echo the fields accepted at creation. Without a userId CMR answers "Please provide a
        userId"; an id outside the partner gives "The requested user does not exist.".

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `User`.

        `GET /users` (operationId `getUser`).
        """
        return self._requester.request(GET_USER, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body)

    def update(
        self,
        *,
        user_id: str,
        email: str | None = None,
        company: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        country: str | None = None,
        city: str | None = None,
        address_line_one: str | None = None,
        address_line_two: str | None = None,
        address_line_three: str | None = None,
        language_preference: str | None = None,
        postal_code: str | None = None,
        state: str | None = None,
        phone_cc: str | None = None,
        phone: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Update a user's profile and billing details.

        Changes the contact and address information of an existing customer. The docs mark every body field
        optional, but the guide site warns that partial billing updates fail validation, so send the
        complete set of fields. The response is not documented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            country: ISO 3166-1 alpha-2 code.

        Returns: `None`.

        `PUT /users` (operationId `updateUser`).
        """
        return self._requester.request(
            UPDATE_USER,
            {
                "user_id": user_id,
                "email": email,
                "company": company,
                "first_name": first_name,
                "last_name": last_name,
                "country": country,
                "city": city,
                "address_line_one": address_line_one,
                "address_line_two": address_line_two,
                "address_line_three": address_line_three,
                "language_preference": language_preference,
                "postal_code": postal_code,
                "state": state,
                "phone_cc": phone_cc,
                "phone": phone,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def create(
        self,
        *,
        email: str,
        company: str,
        first_name: str,
        last_name: str,
        country: str,
        city: str,
        address_line_one: str,
        language_preference: str,
        postal_code: str,
        state: str,
        phone_cc: str,
        phone: str,
        address_line_two: str | None = None,
        address_line_three: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.User:
        """Create a user (customer) under the partner account.

        Partner-level call that creates a customer with contact and address details. `country` is an ISO
        3166-1 alpha-2 code (see the geo endpoints); `phoneCc` is the dialling code without "+". Keep the
        returned id: it is the userId every user-level call needs. The docs page does not show a response;
        the guide site says the new id is in `data.id`. Not idempotent: repeating the call can create a
        second user.

        Args:
            email: Email address of the user.
            company: Company the user belongs to.
            country: ISO 3166-1 alpha-2 code from listCountries.
            address_line_one: Street address.
            address_line_two: Optional second address line (suite, building).
            address_line_three: Optional third address line (apartment).
            language_preference: Preferred language, e.g. "en".
            state: State or province (the documented example uses the name).
            phone_cc: Phone country code without "+", e.g. "1".
            phone: Phone number without the country code.

        Returns: `User`.

        `POST /users` (operationId `createUser`).
        """
        return self._requester.request(
            CREATE_USER,
            {
                "email": email,
                "company": company,
                "first_name": first_name,
                "last_name": last_name,
                "country": country,
                "city": city,
                "address_line_one": address_line_one,
                "address_line_two": address_line_two,
                "address_line_three": address_line_three,
                "language_preference": language_preference,
                "postal_code": postal_code,
                "state": state,
                "phone_cc": phone_cc,
                "phone": phone,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete a user permanently.

        Removes a customer and everything attached to it (billing records, wallet balance, orders). Only
        allowed once the user has no domains and no mailboxes left: cancel subscriptions, remove domains and
        mailboxes first. On failure the guide site says `mailboxCount` and `domainCount` are reported. The
        success body carries no `data`. Cannot be undone.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `None`.

        `DELETE /users` (operationId `deleteUser`).
        """
        return self._requester.request(
            DELETE_USER, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )


class UsersWithRawResponse:
    """`users` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Users) -> None:
        raw = Users(resource._requester.raw)
        self.list = raw_response(raw.list)
        self.get = raw_response(raw.get)
        self.update = raw_response(raw.update)
        self.create = raw_response(raw.create)
        self.delete = raw_response(raw.delete)


class AsyncUsers:
    """`users` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncUsersWithRawResponse(self)

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _results.UsersPage:
        """List the users under the partner account.

        Partner-level call (no userId) that returns the customers belonging to the partner. Upstream says
        the result is paginated and searchable but documents neither the parameters nor the shape of `data`,
        which is kept as an open object; the client reads the users from the one array in `data`, whatever
        its name. `page` and `limit` follow the API-wide paging convention (FAQ; confirmed for the
        subscriptions list only); the search parameter's name is unknown (pass it as an extra query
        parameter). Do not assume one call returns every user.

        Args:
            page: Page number, starting at 1 (API-wide convention, not confirmed for this endpoint).
            limit: Users per page; the convention's default is 20 and its maximum 100 (not confirmed for
                this endpoint).

        Returns: `UsersPage`.

        `GET /users/list` (operationId `listUsers`).
        """
        return await self._requester.request(
            LIST_USERS, {"page": page, "limit": limit}, timeout, extra_headers, extra_query, extra_body
        )

    def iter(
        self,
        *,
        limit: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncIterator[_models.User]:
        """List the users under the partner account.

        Partner-level call (no userId) that returns the customers belonging to the partner. Upstream says
        the result is paginated and searchable but documents neither the parameters nor the shape of `data`,
        which is kept as an open object; the client reads the users from the one array in `data`, whatever
        its name. `page` and `limit` follow the API-wide paging convention (FAQ; confirmed for the
        subscriptions list only); the search parameter's name is unknown (pass it as an extra query
        parameter). Do not assume one call returns every user.

        Args:
            limit: Users per page; the convention's default is 20 and its maximum 100 (not confirmed for
                this endpoint).

        Returns: every `User` of every page, fetched page by page as you iterate.

        `GET /users/list` (operationId `listUsers`).
        """
        return self._requester.paginate(
            LIST_USERS_PAGES, {"limit": limit}, timeout, extra_headers, extra_query, extra_body
        )

    async def get(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.User:
        """Get one user's profile and billing details.

        Returns the profile and billing/address information of a single customer. The path comes from the
        guide site and matches the update/delete pages; no response example is published, so the User model
        is assumed to echo the fields accepted at creation. Without a userId CMR answers "Please provide a
        userId"; an id outside the partner gives "The requested user does not exist.".

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `User`.

        `GET /users` (operationId `getUser`).
        """
        return await self._requester.request(
            GET_USER, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def update(
        self,
        *,
        user_id: str,
        email: str | None = None,
        company: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        country: str | None = None,
        city: str | None = None,
        address_line_one: str | None = None,
        address_line_two: str | None = None,
        address_line_three: str | None = None,
        language_preference: str | None = None,
        postal_code: str | None = None,
        state: str | None = None,
        phone_cc: str | None = None,
        phone: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Update a user's profile and billing details.

        Changes the contact and address information of an existing customer. The docs mark every body field
        optional, but the guide site warns that partial billing updates fail validation, so send the
        complete set of fields. The response is not documented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            country: ISO 3166-1 alpha-2 code.

        Returns: `None`.

        `PUT /users` (operationId `updateUser`).
        """
        return await self._requester.request(
            UPDATE_USER,
            {
                "user_id": user_id,
                "email": email,
                "company": company,
                "first_name": first_name,
                "last_name": last_name,
                "country": country,
                "city": city,
                "address_line_one": address_line_one,
                "address_line_two": address_line_two,
                "address_line_three": address_line_three,
                "language_preference": language_preference,
                "postal_code": postal_code,
                "state": state,
                "phone_cc": phone_cc,
                "phone": phone,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def create(
        self,
        *,
        email: str,
        company: str,
        first_name: str,
        last_name: str,
        country: str,
        city: str,
        address_line_one: str,
        language_preference: str,
        postal_code: str,
        state: str,
        phone_cc: str,
        phone: str,
        address_line_two: str | None = None,
        address_line_three: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.User:
        """Create a user (customer) under the partner account.

        Partner-level call that creates a customer with contact and address details. `country` is an ISO
        3166-1 alpha-2 code (see the geo endpoints); `phoneCc` is the dialling code without "+". Keep the
        returned id: it is the userId every user-level call needs. The docs page does not show a response;
        the guide site says the new id is in `data.id`. Not idempotent: repeating the call can create a
        second user.

        Args:
            email: Email address of the user.
            company: Company the user belongs to.
            country: ISO 3166-1 alpha-2 code from listCountries.
            address_line_one: Street address.
            address_line_two: Optional second address line (suite, building).
            address_line_three: Optional third address line (apartment).
            language_preference: Preferred language, e.g. "en".
            state: State or province (the documented example uses the name).
            phone_cc: Phone country code without "+", e.g. "1".
            phone: Phone number without the country code.

        Returns: `User`.

        `POST /users` (operationId `createUser`).
        """
        return await self._requester.request(
            CREATE_USER,
            {
                "email": email,
                "company": company,
                "first_name": first_name,
                "last_name": last_name,
                "country": country,
                "city": city,
                "address_line_one": address_line_one,
                "address_line_two": address_line_two,
                "address_line_three": address_line_three,
                "language_preference": language_preference,
                "postal_code": postal_code,
                "state": state,
                "phone_cc": phone_cc,
                "phone": phone,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Delete a user permanently.

        Removes a customer and everything attached to it (billing records, wallet balance, orders). Only
        allowed once the user has no domains and no mailboxes left: cancel subscriptions, remove domains and
        mailboxes first. On failure the guide site says `mailboxCount` and `domainCount` are reported. The
        success body carries no `data`. Cannot be undone.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `None`.

        `DELETE /users` (operationId `deleteUser`).
        """
        return await self._requester.request(
            DELETE_USER, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )


class AsyncUsersWithRawResponse:
    """`users` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncUsers) -> None:
        raw = AsyncUsers(resource._requester.raw)
        self.list = async_raw_response(raw.list)
        self.get = async_raw_response(raw.get)
        self.update = async_raw_response(raw.update)
        self.create = async_raw_response(raw.create)
        self.delete = async_raw_response(raw.delete)
