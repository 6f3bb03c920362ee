# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `mailboxes` resource: Look up, edit and remove provisioned mailboxes."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any

from coldmailreseller_generated.models.mailbox import Mailbox
from coldmailreseller_generated.models.mailbox_admin_details import MailboxAdminDetails
from coldmailreseller_generated.models.mailbox_update import MailboxUpdate
from coldmailreseller_generated.models.mailbox_update_result import MailboxUpdateResult

from ._parsers import (
    parse_mailbox,
    parse_mailbox_admin_details,
    parse_mailbox_update_result,
)
from ._spec import (
    ActionResult,
    AsyncRequester,
    Field,
    Operation,
    RawResponse,
    Requester,
    Shape,
    TimeoutArg,
    list_of,
    optional,
    parse_nothing,
)

__all__ = ["AsyncMailboxes", "AsyncMailboxesWithRawResponse", "Mailboxes", "MailboxesWithRawResponse"]

LIST_MAILBOXES: Operation[builtins.list[Mailbox]] = Operation(
    operation_id="listMailboxes",
    resource="mailboxes",
    method="list",
    http_method="GET",
    path="/mailboxes",
    effect="read",
    fields=(),
    parse=list_of(parse_mailbox),
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)

LIST_USER_MAILBOXES: Operation[builtins.list[Mailbox]] = Operation(
    operation_id="listUserMailboxes",
    resource="mailboxes",
    method="list_for_user",
    http_method="GET",
    path="/mailboxes/single",
    effect="read",
    fields=(Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),),
    parse=list_of(parse_mailbox),
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)

GET_MAILBOX: Operation[Mailbox] = Operation(
    operation_id="getMailbox",
    resource="mailboxes",
    method="get",
    http_method="GET",
    path="/mailboxes/mailbox",
    effect="read",
    fields=(Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),),
    parse=parse_mailbox,
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)

GET_MAILBOX_ADMIN_DETAILS: Operation[MailboxAdminDetails] = Operation(
    operation_id="getMailboxAdminDetails",
    resource="mailboxes",
    method="get_admin_details",
    http_method="GET",
    path="/mailboxes/admin-mailbox-details",
    effect="read",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),
    ),
    parse=parse_mailbox_admin_details,
    has_data=True,
    has_action_id=False,
    items=None,
    sandbox=False,
)

UPDATE_MAILBOX_DETAILS: Operation[builtins.list[MailboxUpdateResult] | None] = Operation(
    operation_id="updateMailboxDetails",
    resource="mailboxes",
    method="update",
    http_method="PATCH",
    path="/mailboxes/update-mailbox-details",
    effect="idempotent",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field(
            "mailboxData",
            "mailbox_data",
            "body",
            Shape(
                "union",
                options=(
                    Shape("model", model=MailboxUpdate),
                    Shape("list", item=Shape("model", model=MailboxUpdate)),
                ),
            ),
            required=True,
        ),
    ),
    parse=optional(list_of(parse_mailbox_update_result)),
    has_data=False,
    has_action_id=True,
    items=None,
    sandbox=False,
)

REMOVE_MAILBOX: Operation[None] = Operation(
    operation_id="removeMailbox",
    resource="mailboxes",
    method="delete",
    http_method="DELETE",
    path="/mailboxes/remove",
    effect="async",
    fields=(
        Field("userId", "user_id", "query", Shape("str"), required=True, min_length=1),
        Field("mailboxId", "mailbox_id", "body", Shape("str"), required=True, min_length=1),
    ),
    parse=parse_nothing,
    has_data=False,
    has_action_id=False,
    items=None,
    sandbox=False,
)


class Mailboxes:
    """`mailboxes` operations returning parsed data."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> MailboxesWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return MailboxesWithRawResponse(self._requester)

    def list(self, *, timeout: TimeoutArg = None) -> builtins.list[Mailbox]:
        """List mailboxes across the partner account.

        Returns mailboxes of every customer under the partner. Known from guide-site articles only: no
        parameters, paging or response shape are documented; `data` is assumed to be a list of mailboxes.

        Returns: `builtins.list[Mailbox]`.

        `GET /mailboxes` (operationId `listMailboxes`).
        """
        return self._requester.request(LIST_MAILBOXES, {}, timeout)

    def list_for_user(self, *, user_id: str, timeout: TimeoutArg = None) -> builtins.list[Mailbox]:
        """List one customer's mailboxes.

        Returns the mailboxes belonging to one customer. Despite `single` in the path it yields a collection
        (single user, not single mailbox). Path from the guide site; its mapping to the docs item is
        inferred. Paging, filters and the response shape are undocumented; `data` is assumed to be a list.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `builtins.list[Mailbox]`.

        `GET /mailboxes/single` (operationId `listUserMailboxes`).
        """
        return self._requester.request(LIST_USER_MAILBOXES, {"user_id": user_id}, timeout)

    def get(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> Mailbox:
        """Get a mailbox by id.

        Fetches one mailbox by its identifier. Path from the guide site; whether `userId` is also needed and
        the response fields are undocumented.

        Args:
            mailbox_id: Mailbox identifier (not an email address).

        Returns: `Mailbox`.

        `GET /mailboxes/mailbox` (operationId `getMailbox`).
        """
        return self._requester.request(GET_MAILBOX, {"mailbox_id": mailbox_id}, timeout)

    def get_admin_details(self, *, user_id: str, mailbox_id: str, timeout: TimeoutArg = None) -> MailboxAdminDetails:
        """Get administrative details of a mailbox.

        Fetches admin-level information for one mailbox of a customer, addressed by both userId and
        mailboxId. Path from the guide site; what the details contain is undocumented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox identifier (not an email address).

        Returns: `MailboxAdminDetails`.

        `GET /mailboxes/admin-mailbox-details` (operationId `getMailboxAdminDetails`).
        """
        return self._requester.request(
            GET_MAILBOX_ADMIN_DETAILS, {"user_id": user_id, "mailbox_id": mailbox_id}, timeout
        )

    def update(
        self,
        *,
        user_id: str,
        mailbox_data: MailboxUpdate | Mapping[str, Any] | Sequence[MailboxUpdate | Mapping[str, Any]],
        timeout: TimeoutArg = None,
    ) -> ActionResult[builtins.list[MailboxUpdateResult] | None]:
        """Rename a mailbox or change its names or picture.

        Changes username, first/last name or profile picture of one mailbox, or of several in one call. The
        provider applies the change later (`mailbox.updated` webhook); a single update returns an actionId,
        a bulk update returns a per-mailbox result list in `data` (the documented bulk example even lacks
        `status`). No password field is documented. Everything here comes from one guide-site article.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_data: One mailbox change (object) or several (array, bulk).

        Returns: `ActionResult[builtins.list[MailboxUpdateResult] | None]`.

        `PATCH /mailboxes/update-mailbox-details` (operationId `updateMailboxDetails`).
        """
        return self._requester.request_action(
            UPDATE_MAILBOX_DETAILS, {"user_id": user_id, "mailbox_data": mailbox_data}, timeout
        )

    def delete(self, *, user_id: str, mailbox_id: str, timeout: TimeoutArg = None) -> None:
        """Remove a mailbox.

        Permanently deletes a mailbox; removal happens shortly after the call. The id goes in a JSON body
        even though the method is DELETE. Only allowed until 24 hours before the subscription expires;
        removing the last mailbox of a workspace deletes the whole workspace. The address cannot be
        recovered. Marked deprecated upstream, with no documented replacement.

        Deprecated upstream.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox to remove.

        Returns: `None`.

        `DELETE /mailboxes/remove` (operationId `removeMailbox`).
        """
        return self._requester.request(REMOVE_MAILBOX, {"user_id": user_id, "mailbox_id": mailbox_id}, timeout)


class MailboxesWithRawResponse:
    """`mailboxes` operations returning raw responses."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def list(self, *, timeout: TimeoutArg = None) -> RawResponse[builtins.list[Mailbox]]:
        """List mailboxes across the partner account.

        Returns mailboxes of every customer under the partner. Known from guide-site articles only: no
        parameters, paging or response shape are documented; `data` is assumed to be a list of mailboxes.

        Returns: the raw response; `.parse()` gives the data.

        `GET /mailboxes` (operationId `listMailboxes`).
        """
        return self._requester.request_raw(LIST_MAILBOXES, {}, timeout)

    def list_for_user(self, *, user_id: str, timeout: TimeoutArg = None) -> RawResponse[builtins.list[Mailbox]]:
        """List one customer's mailboxes.

        Returns the mailboxes belonging to one customer. Despite `single` in the path it yields a collection
        (single user, not single mailbox). Path from the guide site; its mapping to the docs item is
        inferred. Paging, filters and the response shape are undocumented; `data` is assumed to be a list.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: the raw response; `.parse()` gives the data.

        `GET /mailboxes/single` (operationId `listUserMailboxes`).
        """
        return self._requester.request_raw(LIST_USER_MAILBOXES, {"user_id": user_id}, timeout)

    def get(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[Mailbox]:
        """Get a mailbox by id.

        Fetches one mailbox by its identifier. Path from the guide site; whether `userId` is also needed and
        the response fields are undocumented.

        Args:
            mailbox_id: Mailbox identifier (not an email address).

        Returns: the raw response; `.parse()` gives the data.

        `GET /mailboxes/mailbox` (operationId `getMailbox`).
        """
        return self._requester.request_raw(GET_MAILBOX, {"mailbox_id": mailbox_id}, timeout)

    def get_admin_details(
        self, *, user_id: str, mailbox_id: str, timeout: TimeoutArg = None
    ) -> RawResponse[MailboxAdminDetails]:
        """Get administrative details of a mailbox.

        Fetches admin-level information for one mailbox of a customer, addressed by both userId and
        mailboxId. Path from the guide site; what the details contain is undocumented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox identifier (not an email address).

        Returns: the raw response; `.parse()` gives the data.

        `GET /mailboxes/admin-mailbox-details` (operationId `getMailboxAdminDetails`).
        """
        return self._requester.request_raw(
            GET_MAILBOX_ADMIN_DETAILS, {"user_id": user_id, "mailbox_id": mailbox_id}, timeout
        )

    def update(
        self,
        *,
        user_id: str,
        mailbox_data: MailboxUpdate | Mapping[str, Any] | Sequence[MailboxUpdate | Mapping[str, Any]],
        timeout: TimeoutArg = None,
    ) -> RawResponse[builtins.list[MailboxUpdateResult] | None]:
        """Rename a mailbox or change its names or picture.

        Changes username, first/last name or profile picture of one mailbox, or of several in one call. The
        provider applies the change later (`mailbox.updated` webhook); a single update returns an actionId,
        a bulk update returns a per-mailbox result list in `data` (the documented bulk example even lacks
        `status`). No password field is documented. Everything here comes from one guide-site article.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_data: One mailbox change (object) or several (array, bulk).

        Returns: the raw response; `.parse()` gives the data.

        `PATCH /mailboxes/update-mailbox-details` (operationId `updateMailboxDetails`).
        """
        return self._requester.request_raw(
            UPDATE_MAILBOX_DETAILS, {"user_id": user_id, "mailbox_data": mailbox_data}, timeout
        )

    def delete(self, *, user_id: str, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[None]:
        """Remove a mailbox.

        Permanently deletes a mailbox; removal happens shortly after the call. The id goes in a JSON body
        even though the method is DELETE. Only allowed until 24 hours before the subscription expires;
        removing the last mailbox of a workspace deletes the whole workspace. The address cannot be
        recovered. Marked deprecated upstream, with no documented replacement.

        Deprecated upstream.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox to remove.

        Returns: the raw response; `.parse()` gives the data.

        `DELETE /mailboxes/remove` (operationId `removeMailbox`).
        """
        return self._requester.request_raw(REMOVE_MAILBOX, {"user_id": user_id, "mailbox_id": mailbox_id}, timeout)


class AsyncMailboxes:
    """`mailboxes` operations returning parsed data."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncMailboxesWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return AsyncMailboxesWithRawResponse(self._requester)

    async def list(self, *, timeout: TimeoutArg = None) -> builtins.list[Mailbox]:
        """List mailboxes across the partner account.

        Returns mailboxes of every customer under the partner. Known from guide-site articles only: no
        parameters, paging or response shape are documented; `data` is assumed to be a list of mailboxes.

        Returns: `builtins.list[Mailbox]`.

        `GET /mailboxes` (operationId `listMailboxes`).
        """
        return await self._requester.request(LIST_MAILBOXES, {}, timeout)

    async def list_for_user(self, *, user_id: str, timeout: TimeoutArg = None) -> builtins.list[Mailbox]:
        """List one customer's mailboxes.

        Returns the mailboxes belonging to one customer. Despite `single` in the path it yields a collection
        (single user, not single mailbox). Path from the guide site; its mapping to the docs item is
        inferred. Paging, filters and the response shape are undocumented; `data` is assumed to be a list.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `builtins.list[Mailbox]`.

        `GET /mailboxes/single` (operationId `listUserMailboxes`).
        """
        return await self._requester.request(LIST_USER_MAILBOXES, {"user_id": user_id}, timeout)

    async def get(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> Mailbox:
        """Get a mailbox by id.

        Fetches one mailbox by its identifier. Path from the guide site; whether `userId` is also needed and
        the response fields are undocumented.

        Args:
            mailbox_id: Mailbox identifier (not an email address).

        Returns: `Mailbox`.

        `GET /mailboxes/mailbox` (operationId `getMailbox`).
        """
        return await self._requester.request(GET_MAILBOX, {"mailbox_id": mailbox_id}, timeout)

    async def get_admin_details(
        self, *, user_id: str, mailbox_id: str, timeout: TimeoutArg = None
    ) -> MailboxAdminDetails:
        """Get administrative details of a mailbox.

        Fetches admin-level information for one mailbox of a customer, addressed by both userId and
        mailboxId. Path from the guide site; what the details contain is undocumented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox identifier (not an email address).

        Returns: `MailboxAdminDetails`.

        `GET /mailboxes/admin-mailbox-details` (operationId `getMailboxAdminDetails`).
        """
        return await self._requester.request(
            GET_MAILBOX_ADMIN_DETAILS, {"user_id": user_id, "mailbox_id": mailbox_id}, timeout
        )

    async def update(
        self,
        *,
        user_id: str,
        mailbox_data: MailboxUpdate | Mapping[str, Any] | Sequence[MailboxUpdate | Mapping[str, Any]],
        timeout: TimeoutArg = None,
    ) -> ActionResult[builtins.list[MailboxUpdateResult] | None]:
        """Rename a mailbox or change its names or picture.

        Changes username, first/last name or profile picture of one mailbox, or of several in one call. The
        provider applies the change later (`mailbox.updated` webhook); a single update returns an actionId,
        a bulk update returns a per-mailbox result list in `data` (the documented bulk example even lacks
        `status`). No password field is documented. Everything here comes from one guide-site article.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_data: One mailbox change (object) or several (array, bulk).

        Returns: `ActionResult[builtins.list[MailboxUpdateResult] | None]`.

        `PATCH /mailboxes/update-mailbox-details` (operationId `updateMailboxDetails`).
        """
        return await self._requester.request_action(
            UPDATE_MAILBOX_DETAILS, {"user_id": user_id, "mailbox_data": mailbox_data}, timeout
        )

    async def delete(self, *, user_id: str, mailbox_id: str, timeout: TimeoutArg = None) -> None:
        """Remove a mailbox.

        Permanently deletes a mailbox; removal happens shortly after the call. The id goes in a JSON body
        even though the method is DELETE. Only allowed until 24 hours before the subscription expires;
        removing the last mailbox of a workspace deletes the whole workspace. The address cannot be
        recovered. Marked deprecated upstream, with no documented replacement.

        Deprecated upstream.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox to remove.

        Returns: `None`.

        `DELETE /mailboxes/remove` (operationId `removeMailbox`).
        """
        return await self._requester.request(REMOVE_MAILBOX, {"user_id": user_id, "mailbox_id": mailbox_id}, timeout)


class AsyncMailboxesWithRawResponse:
    """`mailboxes` operations returning raw responses."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def list(self, *, timeout: TimeoutArg = None) -> RawResponse[builtins.list[Mailbox]]:
        """List mailboxes across the partner account.

        Returns mailboxes of every customer under the partner. Known from guide-site articles only: no
        parameters, paging or response shape are documented; `data` is assumed to be a list of mailboxes.

        Returns: the raw response; `.parse()` gives the data.

        `GET /mailboxes` (operationId `listMailboxes`).
        """
        return await self._requester.request_raw(LIST_MAILBOXES, {}, timeout)

    async def list_for_user(self, *, user_id: str, timeout: TimeoutArg = None) -> RawResponse[builtins.list[Mailbox]]:
        """List one customer's mailboxes.

        Returns the mailboxes belonging to one customer. Despite `single` in the path it yields a collection
        (single user, not single mailbox). Path from the guide site; its mapping to the docs item is
        inferred. Paging, filters and the response shape are undocumented; `data` is assumed to be a list.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: the raw response; `.parse()` gives the data.

        `GET /mailboxes/single` (operationId `listUserMailboxes`).
        """
        return await self._requester.request_raw(LIST_USER_MAILBOXES, {"user_id": user_id}, timeout)

    async def get(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[Mailbox]:
        """Get a mailbox by id.

        Fetches one mailbox by its identifier. Path from the guide site; whether `userId` is also needed and
        the response fields are undocumented.

        Args:
            mailbox_id: Mailbox identifier (not an email address).

        Returns: the raw response; `.parse()` gives the data.

        `GET /mailboxes/mailbox` (operationId `getMailbox`).
        """
        return await self._requester.request_raw(GET_MAILBOX, {"mailbox_id": mailbox_id}, timeout)

    async def get_admin_details(
        self, *, user_id: str, mailbox_id: str, timeout: TimeoutArg = None
    ) -> RawResponse[MailboxAdminDetails]:
        """Get administrative details of a mailbox.

        Fetches admin-level information for one mailbox of a customer, addressed by both userId and
        mailboxId. Path from the guide site; what the details contain is undocumented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox identifier (not an email address).

        Returns: the raw response; `.parse()` gives the data.

        `GET /mailboxes/admin-mailbox-details` (operationId `getMailboxAdminDetails`).
        """
        return await self._requester.request_raw(
            GET_MAILBOX_ADMIN_DETAILS, {"user_id": user_id, "mailbox_id": mailbox_id}, timeout
        )

    async def update(
        self,
        *,
        user_id: str,
        mailbox_data: MailboxUpdate | Mapping[str, Any] | Sequence[MailboxUpdate | Mapping[str, Any]],
        timeout: TimeoutArg = None,
    ) -> RawResponse[builtins.list[MailboxUpdateResult] | None]:
        """Rename a mailbox or change its names or picture.

        Changes username, first/last name or profile picture of one mailbox, or of several in one call. The
        provider applies the change later (`mailbox.updated` webhook); a single update returns an actionId,
        a bulk update returns a per-mailbox result list in `data` (the documented bulk example even lacks
        `status`). No password field is documented. Everything here comes from one guide-site article.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_data: One mailbox change (object) or several (array, bulk).

        Returns: the raw response; `.parse()` gives the data.

        `PATCH /mailboxes/update-mailbox-details` (operationId `updateMailboxDetails`).
        """
        return await self._requester.request_raw(
            UPDATE_MAILBOX_DETAILS, {"user_id": user_id, "mailbox_data": mailbox_data}, timeout
        )

    async def delete(self, *, user_id: str, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[None]:
        """Remove a mailbox.

        Permanently deletes a mailbox; removal happens shortly after the call. The id goes in a JSON body
        even though the method is DELETE. Only allowed until 24 hours before the subscription expires;
        removing the last mailbox of a workspace deletes the whole workspace. The address cannot be
        recovered. Marked deprecated upstream, with no documented replacement.

        Deprecated upstream.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox to remove.

        Returns: the raw response; `.parse()` gives the data.

        `DELETE /mailboxes/remove` (operationId `removeMailbox`).
        """
        return await self._requester.request_raw(
            REMOVE_MAILBOX, {"user_id": user_id, "mailbox_id": mailbox_id}, timeout
        )
