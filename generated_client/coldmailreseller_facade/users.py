# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `users` resource: Customer accounts (users) held under the partner account. Creating and listing users are partner-level; the rest act on one userId."""

from __future__ import annotations

from functools import cached_property

from coldmailreseller_generated.models.user import User
from coldmailreseller_generated.models.user_list import UserList

from ._parsers import parse_user, parse_user_list
from ._spec import (
    AsyncRequester,
    Field,
    Operation,
    RawResponse,
    Requester,
    Shape,
    TimeoutArg,
    parse_nothing,
)

__all__ = ["AsyncUsers", "AsyncUsersWithRawResponse", "Users", "UsersWithRawResponse"]

LIST_USERS: Operation[UserList] = Operation(
    operation_id="listUsers",
    resource="users",
    method="list",
    http_method="GET",
    path="/users/list",
    effect="read",
    fields=(),
    parse=parse_user_list,
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)

GET_USER: Operation[User] = Operation(
    operation_id="getUser",
    resource="users",
    method="get",
    http_method="GET",
    path="/users",
    effect="read",
    fields=(Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),),
    parse=parse_user,
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)

UPDATE_USER: Operation[None] = Operation(
    operation_id="updateUser",
    resource="users",
    method="update",
    http_method="PUT",
    path="/users",
    effect="idempotent",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("email", "email", "body", Shape("str"), required=False),
        Field("company", "company", "body", Shape("str"), required=False),
        Field("firstName", "first_name", "body", Shape("str"), required=False),
        Field("lastName", "last_name", "body", Shape("str"), required=False),
        Field("country", "country", "body", Shape("str"), required=False, min_length=2, max_length=2),
        Field("city", "city", "body", Shape("str"), required=False),
        Field("addressLineOne", "address_line_one", "body", Shape("str"), required=False),
        Field("addressLineTwo", "address_line_two", "body", Shape("str"), required=False),
        Field("addressLineThree", "address_line_three", "body", Shape("str"), required=False),
        Field("languagePreference", "language_preference", "body", Shape("str"), required=False),
        Field("postalCode", "postal_code", "body", Shape("str"), required=False),
        Field("state", "state", "body", Shape("str"), required=False),
        Field("phoneCc", "phone_cc", "body", Shape("str"), required=False),
        Field("phone", "phone", "body", Shape("str"), required=False),
    ),
    parse=parse_nothing,
    has_data=False,
    has_action_id=False,
    items=None,
    sandbox=False,
)

CREATE_USER: Operation[User] = Operation(
    operation_id="createUser",
    resource="users",
    method="create",
    http_method="POST",
    path="/users",
    effect="create",
    fields=(
        Field("email", "email", "body", Shape("str"), required=True, min_length=1),
        Field("company", "company", "body", Shape("str"), required=True, min_length=1),
        Field("firstName", "first_name", "body", Shape("str"), required=True, min_length=1),
        Field("lastName", "last_name", "body", Shape("str"), required=True, min_length=1),
        Field("country", "country", "body", Shape("str"), required=True, min_length=2, max_length=2),
        Field("city", "city", "body", Shape("str"), required=True, min_length=1),
        Field("addressLineOne", "address_line_one", "body", Shape("str"), required=True, min_length=1),
        Field("addressLineTwo", "address_line_two", "body", Shape("str"), required=False),
        Field("addressLineThree", "address_line_three", "body", Shape("str"), required=False),
        Field("languagePreference", "language_preference", "body", Shape("str"), required=True, min_length=1),
        Field("postalCode", "postal_code", "body", Shape("str"), required=True, min_length=1),
        Field("state", "state", "body", Shape("str"), required=True, min_length=1),
        Field("phoneCc", "phone_cc", "body", Shape("str"), required=True, min_length=1),
        Field("phone", "phone", "body", Shape("str"), required=True, min_length=1),
    ),
    parse=parse_user,
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)

DELETE_USER: Operation[None] = Operation(
    operation_id="deleteUser",
    resource="users",
    method="delete",
    http_method="DELETE",
    path="/users",
    effect="idempotent",
    fields=(Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),),
    parse=parse_nothing,
    has_data=False,
    has_action_id=False,
    items=None,
    sandbox=False,
)


class Users:
    """`users` operations returning parsed data."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return UsersWithRawResponse(self._requester)

    def list(self, *, timeout: TimeoutArg = None) -> UserList:
        """List the users under the partner account.

        Partner-level call (no userId) that returns the customers belonging to the partner. Upstream says
        the result is paginated and searchable, but the names of the paging and search query parameters and
        the shape of `data` are not documented, so no parameters are modelled and `data` is kept as an open
        object. Do not assume one call returns every user.

        Returns: `UserList`.

        `GET /users/list` (operationId `listUsers`).
        """
        return self._requester.request(LIST_USERS, {}, timeout)

    def get(self, *, user_id: str, timeout: TimeoutArg = None) -> User:
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
        return self._requester.request(GET_USER, {"user_id": user_id}, timeout)

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
        timeout: TimeoutArg = None,
    ) -> User:
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
        )

    def delete(self, *, user_id: str, timeout: TimeoutArg = None) -> None:
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
        return self._requester.request(DELETE_USER, {"user_id": user_id}, timeout)


class UsersWithRawResponse:
    """`users` operations returning raw responses."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self, *, timeout: TimeoutArg = None) -> RawResponse[UserList]:
        """List the users under the partner account.

        Partner-level call (no userId) that returns the customers belonging to the partner. Upstream says
        the result is paginated and searchable, but the names of the paging and search query parameters and
        the shape of `data` are not documented, so no parameters are modelled and `data` is kept as an open
        object. Do not assume one call returns every user.

        Returns: the raw response; `.parse()` gives the data.

        `GET /users/list` (operationId `listUsers`).
        """
        return self._requester.request_raw(LIST_USERS, {}, timeout)

    def get(self, *, user_id: str, timeout: TimeoutArg = None) -> RawResponse[User]:
        """Get one user's profile and billing details.

        Returns the profile and billing/address information of a single customer. The path comes from the
        guide site and matches the update/delete pages; no response example is published, so the User model
        is assumed to echo the fields accepted at creation. Without a userId CMR answers "Please provide a
        userId"; an id outside the partner gives "The requested user does not exist.".

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: the raw response; `.parse()` gives the data.

        `GET /users` (operationId `getUser`).
        """
        return self._requester.request_raw(GET_USER, {"user_id": user_id}, timeout)

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
        timeout: TimeoutArg = None,
    ) -> RawResponse[None]:
        """Update a user's profile and billing details.

        Changes the contact and address information of an existing customer. The docs mark every body field
        optional, but the guide site warns that partial billing updates fail validation, so send the
        complete set of fields. The response is not documented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            country: ISO 3166-1 alpha-2 code.

        Returns: the raw response; `.parse()` gives the data.

        `PUT /users` (operationId `updateUser`).
        """
        return self._requester.request_raw(
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
        timeout: TimeoutArg = None,
    ) -> RawResponse[User]:
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

        Returns: the raw response; `.parse()` gives the data.

        `POST /users` (operationId `createUser`).
        """
        return self._requester.request_raw(
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
        )

    def delete(self, *, user_id: str, timeout: TimeoutArg = None) -> RawResponse[None]:
        """Delete a user permanently.

        Removes a customer and everything attached to it (billing records, wallet balance, orders). Only
        allowed once the user has no domains and no mailboxes left: cancel subscriptions, remove domains and
        mailboxes first. On failure the guide site says `mailboxCount` and `domainCount` are reported. The
        success body carries no `data`. Cannot be undone.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: the raw response; `.parse()` gives the data.

        `DELETE /users` (operationId `deleteUser`).
        """
        return self._requester.request_raw(DELETE_USER, {"user_id": user_id}, timeout)


class AsyncUsers:
    """`users` operations returning parsed data."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return AsyncUsersWithRawResponse(self._requester)

    async def list(self, *, timeout: TimeoutArg = None) -> UserList:
        """List the users under the partner account.

        Partner-level call (no userId) that returns the customers belonging to the partner. Upstream says
        the result is paginated and searchable, but the names of the paging and search query parameters and
        the shape of `data` are not documented, so no parameters are modelled and `data` is kept as an open
        object. Do not assume one call returns every user.

        Returns: `UserList`.

        `GET /users/list` (operationId `listUsers`).
        """
        return await self._requester.request(LIST_USERS, {}, timeout)

    async def get(self, *, user_id: str, timeout: TimeoutArg = None) -> User:
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
        return await self._requester.request(GET_USER, {"user_id": user_id}, timeout)

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
        timeout: TimeoutArg = None,
    ) -> User:
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
        )

    async def delete(self, *, user_id: str, timeout: TimeoutArg = None) -> None:
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
        return await self._requester.request(DELETE_USER, {"user_id": user_id}, timeout)


class AsyncUsersWithRawResponse:
    """`users` operations returning raw responses."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self, *, timeout: TimeoutArg = None) -> RawResponse[UserList]:
        """List the users under the partner account.

        Partner-level call (no userId) that returns the customers belonging to the partner. Upstream says
        the result is paginated and searchable, but the names of the paging and search query parameters and
        the shape of `data` are not documented, so no parameters are modelled and `data` is kept as an open
        object. Do not assume one call returns every user.

        Returns: the raw response; `.parse()` gives the data.

        `GET /users/list` (operationId `listUsers`).
        """
        return await self._requester.request_raw(LIST_USERS, {}, timeout)

    async def get(self, *, user_id: str, timeout: TimeoutArg = None) -> RawResponse[User]:
        """Get one user's profile and billing details.

        Returns the profile and billing/address information of a single customer. The path comes from the
        guide site and matches the update/delete pages; no response example is published, so the User model
        is assumed to echo the fields accepted at creation. Without a userId CMR answers "Please provide a
        userId"; an id outside the partner gives "The requested user does not exist.".

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: the raw response; `.parse()` gives the data.

        `GET /users` (operationId `getUser`).
        """
        return await self._requester.request_raw(GET_USER, {"user_id": user_id}, timeout)

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
        timeout: TimeoutArg = None,
    ) -> RawResponse[None]:
        """Update a user's profile and billing details.

        Changes the contact and address information of an existing customer. The docs mark every body field
        optional, but the guide site warns that partial billing updates fail validation, so send the
        complete set of fields. The response is not documented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            country: ISO 3166-1 alpha-2 code.

        Returns: the raw response; `.parse()` gives the data.

        `PUT /users` (operationId `updateUser`).
        """
        return await self._requester.request_raw(
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
        timeout: TimeoutArg = None,
    ) -> RawResponse[User]:
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

        Returns: the raw response; `.parse()` gives the data.

        `POST /users` (operationId `createUser`).
        """
        return await self._requester.request_raw(
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
        )

    async def delete(self, *, user_id: str, timeout: TimeoutArg = None) -> RawResponse[None]:
        """Delete a user permanently.

        Removes a customer and everything attached to it (billing records, wallet balance, orders). Only
        allowed once the user has no domains and no mailboxes left: cancel subscriptions, remove domains and
        mailboxes first. On failure the guide site says `mailboxCount` and `domainCount` are reported. The
        success body carries no `data`. Cannot be undone.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: the raw response; `.parse()` gives the data.

        `DELETE /users` (operationId `deleteUser`).
        """
        return await self._requester.request_raw(DELETE_USER, {"user_id": user_id}, timeout)
