# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `exports` resource: Sending-platform credentials, mailbox exports to platforms and OAuth re-exports."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

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
    ADD_PLATFORM_CREDENTIAL,
    DELETE_PLATFORM_CREDENTIAL,
    EXPORT_MAILBOXES,
    LIST_PLATFORM_CREDENTIALS,
    LIST_PLATFORM_WORKSPACES,
    REEXPORT_MAILBOX_OAUTH,
    UPDATE_PLATFORM_CREDENTIAL,
    VALIDATE_MAILBOX,
)

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other); TypedDicts and typed
# results through modules imported just as lazily.
if TYPE_CHECKING:
    from .. import params as _params
else:
    _params = LazyModule(__name__.rsplit(".", 2)[0] + ".params")

__all__ = ["AsyncExports", "AsyncExportsWithRawResponse", "Exports", "ExportsWithRawResponse"]


class Exports:
    """`exports` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> ExportsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return ExportsWithRawResponse(self)

    def list_credentials(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.ConnectedPlatforms:
        """List connected sending platforms.

        Returns, per supported platform, whether the user has stored credentials and the stored entries with
        their `credentialId`s. A platform counts as connected once one credential is stored; that does not
        prove the login still works on the platform side. Several credentials per platform are possible.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `ConnectedPlatforms`.

        `GET /exports/platform-credentials` (operationId `listPlatformCredentials`).
        """
        return self._requester.request(
            LIST_PLATFORM_CREDENTIALS, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )

    def update_credential(
        self,
        *,
        org_id: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Update a stored platform credential.

        Known only by name from guide articles: changes a stored credential in place, keeping its
        `credentialId` (deleting and re-adding yields a new id). The guides use it to set the Instantly
        `orgId` (see listPlatformWorkspaces) and to rotate a password or workspace. How the credential is
        identified, the query parameters and the remaining body fields are undocumented.

        Args:
            org_id: Instantly organization (workspace) to bind the credential to.

        Returns: `None`.

        `PUT /exports/platform-credential` (operationId `updatePlatformCredential`).
        """
        return self._requester.request(
            UPDATE_PLATFORM_CREDENTIAL, {"org_id": org_id}, timeout, extra_headers, extra_query, extra_body
        )

    def add_credential(
        self,
        *,
        user_id: str,
        app: _models.PlatformApp | Literal["EMAILBISON", "SMARTLEAD"],
        credentials: _models.PlatformCredentialSecrets | _params.PlatformCredentialSecretsDict,
        metadata: _models.PlatformCredentialMetadata | _params.PlatformCredentialMetadataDict | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.PlatformCredentialId:
        """Store a sending-platform credential.

        Checks the login live against the platform and, if it works, stores it and returns a new
        `credentialId` (each call adds a new entry, even for the same platform). A failed live check answers
        400 and stores nothing. The docs list only EmailBison (`EMAILBISON`, which needs the full `metadata`
        block); guide articles also mention Smartlead (`SMARTLEAD`, credentials only), ReachInbox and
        Instantly. Per-field required flags are not documented; `app` and `credentials` appear in every
        example.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            app: Sending platform of a stored credential. The docs list `EMAILBISON`; a guide example
                shows `SMARTLEAD`. The guides also name ReachInbox and Instantly, but their identifiers
                are not published.
            credentials: Login for the sending platform; checked live by CMR before it is stored. Every
                documented example and every platform the guides describe sends both `email` and
                `password`.
            metadata: Platform-specific settings stored with a credential (EmailBison needs the whole
                block). `clientId` is sent when adding a credential but is not echoed in the listing
                example.

        Returns: `PlatformCredentialId`.

        `POST /exports/platform-credential` (operationId `addPlatformCredential`).
        """
        return self._requester.request(
            ADD_PLATFORM_CREDENTIAL,
            {"user_id": user_id, "app": app, "credentials": credentials, "metadata": metadata},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def delete_credential(
        self,
        *,
        user_id: str,
        credential_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Remove a stored platform credential.

        Deletes one stored credential; its `credentialId` is invalid afterwards. Returns no data.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            credential_id: Credential to delete. Present in the docs curl sample, missing from the
                documented parameter table.

        Returns: `None`.

        `DELETE /exports/platform-credential` (operationId `deletePlatformCredential`).
        """
        return self._requester.request(
            DELETE_PLATFORM_CREDENTIAL,
            {"user_id": user_id, "credential_id": credential_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def list_workspaces(
        self,
        *,
        credential_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> dict[str, Any] | builtins.list[Any] | None:
        """List platform workspaces for a credential.

        Known only by name from guide articles: lists the Instantly organizations (workspaces) reachable
        with a stored credential, so one can be set with updatePlatformCredential. The response shape is
        undocumented; the guides pass the `credentialId` (as a query parameter on this GET).

        Args:
            credential_id: Stored credential whose workspaces to list (parameter location not stated
                upstream).

        Returns: `dict[str, Any] | builtins.list[Any] | None`.

        `GET /exports/platform-workspaces` (operationId `listPlatformWorkspaces`).
        """
        return self._requester.request(
            LIST_PLATFORM_WORKSPACES, {"credential_id": credential_id}, timeout, extra_headers, extra_query, extra_body
        )

    def export_mailboxes(
        self,
        *,
        user_id: str,
        credential_id: str,
        component_mailbox_ids: Sequence[str] | None = None,
        mailbox_ids: Sequence[str] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Queue mailboxes for export to a platform.

        Queues the given mailboxes for export to the platform behind a stored credential. A 200 only means
        the job was queued; no completion webhook is documented for platform exports. Credential and
        mailboxes must belong to the user. The dedicated docs page is missing: the body field names come
        from the docs overview (`credentialId` + `componentMailboxIds`); guides call the array `mailboxIds`.
        `userId` is assumed like every export endpoint (the overview answers 401 when it is missing).
        Resending duplicates the export.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            credential_id: Stored credential of the target platform.
            component_mailbox_ids: Mailboxes to export, batched in one call (the docs overview's name
                for the array).
            mailbox_ids: The same array under the name the guide article uses; send it only if
                componentMailboxIds is refused.

        Returns: `ActionResult[None]`.

        `POST /exports/platform-exports` (operationId `exportMailboxes`).
        """
        return self._requester.request_action(
            EXPORT_MAILBOXES,
            {
                "user_id": user_id,
                "credential_id": credential_id,
                "component_mailbox_ids": component_mailbox_ids,
                "mailbox_ids": mailbox_ids,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def reexport_oauth(
        self,
        *,
        user_id: str,
        mailbox_id: str,
        google: _models.OauthExportGoogleConfig | _params.OauthExportGoogleConfigDict | None = None,
        microsoft: _models.OauthExportMicrosoftConfig | _params.OauthExportMicrosoftConfigDict | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Re-export a mailbox over OAuth.

        Queues an OAuth export of an existing mailbox to a sending platform; completion is reported by the
        `mailbox.exported` webhook. Send the `google` block for Google mailboxes and the `microsoft` block
        for Microsoft ones: the mailbox's own provider decides, a mismatched block fails. Do not queue a
        second OAuth export of a mailbox while one is running; validating the mailbox first
        (validateMailbox) is recommended. The docs page body is missing, so the path and fields come from
        the guides; response body undocumented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox to export.
            google: OAuth settings for exporting Google mailboxes.
            microsoft: OAuth settings for exporting Microsoft mailboxes.

        Returns: `ActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /mailboxes/oauth` (operationId `reexportMailboxOauth`).
        """
        return self._requester.request_action(
            REEXPORT_MAILBOX_OAUTH,
            {"user_id": user_id, "mailbox_id": mailbox_id, "google": google, "microsoft": microsoft},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def validate_mailbox(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> dict[str, Any] | builtins.list[Any] | None:
        """Check a mailbox before an OAuth export.

        Known only by name from guide articles: checks the SMTP and DNS health of a mailbox so an OAuth
        export is not started on a broken one. Body fields and response shape are undocumented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `dict[str, Any] | builtins.list[Any] | None`.

        `POST /mailboxes/validate-mailbox` (operationId `validateMailbox`).
        """
        return self._requester.request(
            VALIDATE_MAILBOX, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )


class ExportsWithRawResponse:
    """`exports` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Exports) -> None:
        raw = Exports(resource._requester.raw)
        self.list_credentials = raw_response(raw.list_credentials)
        self.update_credential = raw_response(raw.update_credential)
        self.add_credential = raw_response(raw.add_credential)
        self.delete_credential = raw_response(raw.delete_credential)
        self.list_workspaces = raw_response(raw.list_workspaces)
        self.export_mailboxes = raw_response(raw.export_mailboxes)
        self.reexport_oauth = raw_response(raw.reexport_oauth)
        self.validate_mailbox = raw_response(raw.validate_mailbox)


class AsyncExports:
    """`exports` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncExportsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncExportsWithRawResponse(self)

    async def list_credentials(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.ConnectedPlatforms:
        """List connected sending platforms.

        Returns, per supported platform, whether the user has stored credentials and the stored entries with
        their `credentialId`s. A platform counts as connected once one credential is stored; that does not
        prove the login still works on the platform side. Several credentials per platform are possible.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `ConnectedPlatforms`.

        `GET /exports/platform-credentials` (operationId `listPlatformCredentials`).
        """
        return await self._requester.request(
            LIST_PLATFORM_CREDENTIALS, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def update_credential(
        self,
        *,
        org_id: str | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Update a stored platform credential.

        Known only by name from guide articles: changes a stored credential in place, keeping its
        `credentialId` (deleting and re-adding yields a new id). The guides use it to set the Instantly
        `orgId` (see listPlatformWorkspaces) and to rotate a password or workspace. How the credential is
        identified, the query parameters and the remaining body fields are undocumented.

        Args:
            org_id: Instantly organization (workspace) to bind the credential to.

        Returns: `None`.

        `PUT /exports/platform-credential` (operationId `updatePlatformCredential`).
        """
        return await self._requester.request(
            UPDATE_PLATFORM_CREDENTIAL, {"org_id": org_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def add_credential(
        self,
        *,
        user_id: str,
        app: _models.PlatformApp | Literal["EMAILBISON", "SMARTLEAD"],
        credentials: _models.PlatformCredentialSecrets | _params.PlatformCredentialSecretsDict,
        metadata: _models.PlatformCredentialMetadata | _params.PlatformCredentialMetadataDict | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _models.PlatformCredentialId:
        """Store a sending-platform credential.

        Checks the login live against the platform and, if it works, stores it and returns a new
        `credentialId` (each call adds a new entry, even for the same platform). A failed live check answers
        400 and stores nothing. The docs list only EmailBison (`EMAILBISON`, which needs the full `metadata`
        block); guide articles also mention Smartlead (`SMARTLEAD`, credentials only), ReachInbox and
        Instantly. Per-field required flags are not documented; `app` and `credentials` appear in every
        example.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            app: Sending platform of a stored credential. The docs list `EMAILBISON`; a guide example
                shows `SMARTLEAD`. The guides also name ReachInbox and Instantly, but their identifiers
                are not published.
            credentials: Login for the sending platform; checked live by CMR before it is stored. Every
                documented example and every platform the guides describe sends both `email` and
                `password`.
            metadata: Platform-specific settings stored with a credential (EmailBison needs the whole
                block). `clientId` is sent when adding a credential but is not echoed in the listing
                example.

        Returns: `PlatformCredentialId`.

        `POST /exports/platform-credential` (operationId `addPlatformCredential`).
        """
        return await self._requester.request(
            ADD_PLATFORM_CREDENTIAL,
            {"user_id": user_id, "app": app, "credentials": credentials, "metadata": metadata},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def delete_credential(
        self,
        *,
        user_id: str,
        credential_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Remove a stored platform credential.

        Deletes one stored credential; its `credentialId` is invalid afterwards. Returns no data.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            credential_id: Credential to delete. Present in the docs curl sample, missing from the
                documented parameter table.

        Returns: `None`.

        `DELETE /exports/platform-credential` (operationId `deletePlatformCredential`).
        """
        return await self._requester.request(
            DELETE_PLATFORM_CREDENTIAL,
            {"user_id": user_id, "credential_id": credential_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def list_workspaces(
        self,
        *,
        credential_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> dict[str, Any] | builtins.list[Any] | None:
        """List platform workspaces for a credential.

        Known only by name from guide articles: lists the Instantly organizations (workspaces) reachable
        with a stored credential, so one can be set with updatePlatformCredential. The response shape is
        undocumented; the guides pass the `credentialId` (as a query parameter on this GET).

        Args:
            credential_id: Stored credential whose workspaces to list (parameter location not stated
                upstream).

        Returns: `dict[str, Any] | builtins.list[Any] | None`.

        `GET /exports/platform-workspaces` (operationId `listPlatformWorkspaces`).
        """
        return await self._requester.request(
            LIST_PLATFORM_WORKSPACES, {"credential_id": credential_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def export_mailboxes(
        self,
        *,
        user_id: str,
        credential_id: str,
        component_mailbox_ids: Sequence[str] | None = None,
        mailbox_ids: Sequence[str] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Queue mailboxes for export to a platform.

        Queues the given mailboxes for export to the platform behind a stored credential. A 200 only means
        the job was queued; no completion webhook is documented for platform exports. Credential and
        mailboxes must belong to the user. The dedicated docs page is missing: the body field names come
        from the docs overview (`credentialId` + `componentMailboxIds`); guides call the array `mailboxIds`.
        `userId` is assumed like every export endpoint (the overview answers 401 when it is missing).
        Resending duplicates the export.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            credential_id: Stored credential of the target platform.
            component_mailbox_ids: Mailboxes to export, batched in one call (the docs overview's name
                for the array).
            mailbox_ids: The same array under the name the guide article uses; send it only if
                componentMailboxIds is refused.

        Returns: `AsyncActionResult[None]`.

        `POST /exports/platform-exports` (operationId `exportMailboxes`).
        """
        return await self._requester.request_action(
            EXPORT_MAILBOXES,
            {
                "user_id": user_id,
                "credential_id": credential_id,
                "component_mailbox_ids": component_mailbox_ids,
                "mailbox_ids": mailbox_ids,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def reexport_oauth(
        self,
        *,
        user_id: str,
        mailbox_id: str,
        google: _models.OauthExportGoogleConfig | _params.OauthExportGoogleConfigDict | None = None,
        microsoft: _models.OauthExportMicrosoftConfig | _params.OauthExportMicrosoftConfigDict | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Re-export a mailbox over OAuth.

        Queues an OAuth export of an existing mailbox to a sending platform; completion is reported by the
        `mailbox.exported` webhook. Send the `google` block for Google mailboxes and the `microsoft` block
        for Microsoft ones: the mailbox's own provider decides, a mismatched block fails. Do not queue a
        second OAuth export of a mailbox while one is running; validating the mailbox first
        (validateMailbox) is recommended. The docs page body is missing, so the path and fields come from
        the guides; response body undocumented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.
            mailbox_id: Mailbox to export.
            google: OAuth settings for exporting Google mailboxes.
            microsoft: OAuth settings for exporting Microsoft mailboxes.

        Returns: `AsyncActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /mailboxes/oauth` (operationId `reexportMailboxOauth`).
        """
        return await self._requester.request_action(
            REEXPORT_MAILBOX_OAUTH,
            {"user_id": user_id, "mailbox_id": mailbox_id, "google": google, "microsoft": microsoft},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def validate_mailbox(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> dict[str, Any] | builtins.list[Any] | None:
        """Check a mailbox before an OAuth export.

        Known only by name from guide articles: checks the SMTP and DNS health of a mailbox so an OAuth
        export is not started on a broken one. Body fields and response shape are undocumented.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `dict[str, Any] | builtins.list[Any] | None`.

        `POST /mailboxes/validate-mailbox` (operationId `validateMailbox`).
        """
        return await self._requester.request(
            VALIDATE_MAILBOX, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )


class AsyncExportsWithRawResponse:
    """`exports` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncExports) -> None:
        raw = AsyncExports(resource._requester.raw)
        self.list_credentials = async_raw_response(raw.list_credentials)
        self.update_credential = async_raw_response(raw.update_credential)
        self.add_credential = async_raw_response(raw.add_credential)
        self.delete_credential = async_raw_response(raw.delete_credential)
        self.list_workspaces = async_raw_response(raw.list_workspaces)
        self.export_mailboxes = async_raw_response(raw.export_mailboxes)
        self.reexport_oauth = async_raw_response(raw.reexport_oauth)
        self.validate_mailbox = async_raw_response(raw.validate_mailbox)
