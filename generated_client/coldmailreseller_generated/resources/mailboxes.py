# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `mailboxes` resource: Look up, edit and remove provisioned mailboxes."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from coldmailreseller._runtime import (
    ActionResult,
    AsyncActionResult,
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
from ..operations import (
    GET_MAILBOX,
    GET_MAILBOX_ADMIN_DETAILS,
    LIST_MAILBOXES,
    LIST_USER_MAILBOXES,
    REMOVE_MAILBOX,
    UPDATE_MAILBOX_DETAILS,
)

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other); TypedDicts and typed
# results through modules imported just as lazily.
if TYPE_CHECKING:
    from .. import params as _params
else:
    _params = LazyModule(__name__.rsplit(".", 2)[0] + ".params")

__all__ = ["AsyncMailboxes", "AsyncMailboxesWithRawResponse", "Mailboxes", "MailboxesWithRawResponse"]


class Mailboxes:
    """`mailboxes` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> MailboxesWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return MailboxesWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.Mailbox]:
        """List mailboxes across the partner account.

        Returns mailboxes of every customer under the partner. Known from guide-site articles only: no
        parameters, paging or response shape are documented; `data` is assumed to be a list of mailboxes.

        Returns: `builtins.list[Mailbox]`.

        `GET /mailboxes` (operationId `listMailboxes`).
        """
        return self._requester.request(LIST_MAILBOXES, {}, timeout, extra_headers, extra_query, extra_body)

    def list_for_user(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.Mailbox]:
        """List one customer's mailboxes.

        Returns the mailboxes belonging to one customer. Despite `single` in the path it yields a collection
        (single user, not single mailbox). Path from the guide site; its mapping to the docs item is
        inferred. Paging, filters and the response shape are undocumented; `data` is assumed to be a list.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `builtins.list[Mailbox]`.

        `GET /mailboxes/single` (operationId `listUserMailboxes`).
        """
        return self._requester.request(
            LIST_USER_MAILBOXES, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )

    def get(
        self,
        *,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.Mailbox:
        """Get a mailbox by id.

        Fetches one mailbox by its identifier. Path from the guide site; whether `userId` is also needed and
        the response fields are undocumented.

        Args:
            mailbox_id: Mailbox identifier (not an email address).

        Returns: `Mailbox`.

        `GET /mailboxes/mailbox` (operationId `getMailbox`).
        """
        return self._requester.request(
            GET_MAILBOX, {"mailbox_id": mailbox_id}, timeout, extra_headers, extra_query, extra_body
        )

    def get_admin_details(
        self,
        *,
        user_id: str,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.MailboxAdminDetails:
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
            GET_MAILBOX_ADMIN_DETAILS,
            {"user_id": user_id, "mailbox_id": mailbox_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update(
        self,
        *,
        user_id: str,
        mailbox_data: _models.MailboxUpdate
        | _params.MailboxUpdateDict
        | Sequence[_models.MailboxUpdate | _params.MailboxUpdateDict],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[builtins.list[_models.MailboxUpdateResult] | None]:
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
            UPDATE_MAILBOX_DETAILS,
            {"user_id": user_id, "mailbox_data": mailbox_data},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete(
        self,
        *,
        user_id: str,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Remove a mailbox.

        Permanently deletes a mailbox; removal happens shortly after the call. The id goes in a JSON body
        even though the method is DELETE. Only allowed until 24 hours before the subscription expires;
        removing the last mailbox of a workspace deletes the whole workspace. The address cannot be
        recovered. Marked deprecated upstream, with no documented replacement.

        Deprecated upstream.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox to remove.

        Returns: `ActionResult[None]`.

        `DELETE /mailboxes/remove` (operationId `removeMailbox`).
        """
        return self._requester.request_action(
            REMOVE_MAILBOX,
            {"user_id": user_id, "mailbox_id": mailbox_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class MailboxesWithRawResponse:
    """`mailboxes` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Mailboxes) -> None:
        raw = Mailboxes(resource._requester.raw)
        self.list = raw_response(raw.list)
        self.list_for_user = raw_response(raw.list_for_user)
        self.get = raw_response(raw.get)
        self.get_admin_details = raw_response(raw.get_admin_details)
        self.update = raw_response(raw.update)
        self.delete = raw_response(raw.delete)


class AsyncMailboxes:
    """`mailboxes` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncMailboxesWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncMailboxesWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.Mailbox]:
        """List mailboxes across the partner account.

        Returns mailboxes of every customer under the partner. Known from guide-site articles only: no
        parameters, paging or response shape are documented; `data` is assumed to be a list of mailboxes.

        Returns: `builtins.list[Mailbox]`.

        `GET /mailboxes` (operationId `listMailboxes`).
        """
        return await self._requester.request(LIST_MAILBOXES, {}, timeout, extra_headers, extra_query, extra_body)

    async def list_for_user(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.Mailbox]:
        """List one customer's mailboxes.

        Returns the mailboxes belonging to one customer. Despite `single` in the path it yields a collection
        (single user, not single mailbox). Path from the guide site; its mapping to the docs item is
        inferred. Paging, filters and the response shape are undocumented; `data` is assumed to be a list.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `builtins.list[Mailbox]`.

        `GET /mailboxes/single` (operationId `listUserMailboxes`).
        """
        return await self._requester.request(
            LIST_USER_MAILBOXES, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def get(
        self,
        *,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.Mailbox:
        """Get a mailbox by id.

        Fetches one mailbox by its identifier. Path from the guide site; whether `userId` is also needed and
        the response fields are undocumented.

        Args:
            mailbox_id: Mailbox identifier (not an email address).

        Returns: `Mailbox`.

        `GET /mailboxes/mailbox` (operationId `getMailbox`).
        """
        return await self._requester.request(
            GET_MAILBOX, {"mailbox_id": mailbox_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def get_admin_details(
        self,
        *,
        user_id: str,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.MailboxAdminDetails:
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
            GET_MAILBOX_ADMIN_DETAILS,
            {"user_id": user_id, "mailbox_id": mailbox_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update(
        self,
        *,
        user_id: str,
        mailbox_data: _models.MailboxUpdate
        | _params.MailboxUpdateDict
        | Sequence[_models.MailboxUpdate | _params.MailboxUpdateDict],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[builtins.list[_models.MailboxUpdateResult] | None]:
        """Rename a mailbox or change its names or picture.

        Changes username, first/last name or profile picture of one mailbox, or of several in one call. The
        provider applies the change later (`mailbox.updated` webhook); a single update returns an actionId,
        a bulk update returns a per-mailbox result list in `data` (the documented bulk example even lacks
        `status`). No password field is documented. Everything here comes from one guide-site article.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_data: One mailbox change (object) or several (array, bulk).

        Returns: `AsyncActionResult[builtins.list[MailboxUpdateResult] | None]`.

        `PATCH /mailboxes/update-mailbox-details` (operationId `updateMailboxDetails`).
        """
        return await self._requester.request_action(
            UPDATE_MAILBOX_DETAILS,
            {"user_id": user_id, "mailbox_data": mailbox_data},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete(
        self,
        *,
        user_id: str,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Remove a mailbox.

        Permanently deletes a mailbox; removal happens shortly after the call. The id goes in a JSON body
        even though the method is DELETE. Only allowed until 24 hours before the subscription expires;
        removing the last mailbox of a workspace deletes the whole workspace. The address cannot be
        recovered. Marked deprecated upstream, with no documented replacement.

        Deprecated upstream.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox to remove.

        Returns: `AsyncActionResult[None]`.

        `DELETE /mailboxes/remove` (operationId `removeMailbox`).
        """
        return await self._requester.request_action(
            REMOVE_MAILBOX,
            {"user_id": user_id, "mailbox_id": mailbox_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncMailboxesWithRawResponse:
    """`mailboxes` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncMailboxes) -> None:
        raw = AsyncMailboxes(resource._requester.raw)
        self.list = async_raw_response(raw.list)
        self.list_for_user = async_raw_response(raw.list_for_user)
        self.get = async_raw_response(raw.get)
        self.get_admin_details = async_raw_response(raw.get_admin_details)
        self.update = async_raw_response(raw.update)
        self.delete = async_raw_response(raw.delete)
