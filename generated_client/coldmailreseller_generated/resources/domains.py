# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `domains` resource: Domains owned by a user, including renewal pricing, renewal, auto-renew and workspace checks."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

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
    ADD_GOOGLE_CLIENT_ID,
    CHECK_WORKSPACE_EXISTS,
    GET_DOMAIN_RENEWAL_PRICE,
    LIST_USER_DOMAINS,
    RENEW_DOMAIN,
    SET_DOMAIN_AUTO_RENEW,
)

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other); TypedDicts and typed
# results through modules imported just as lazily.
if TYPE_CHECKING:
    from coldmailreseller import _results

    from .. import params as _params
else:
    _results = LazyModule("coldmailreseller._results")
    _params = LazyModule(__name__.rsplit(".", 2)[0] + ".params")

__all__ = ["AsyncDomains", "AsyncDomainsWithRawResponse", "Domains", "DomainsWithRawResponse"]


class Domains:
    """`domains` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> DomainsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return DomainsWithRawResponse(self)

    def renewal_price(
        self,
        *,
        user_id: str,
        domains: Sequence[str],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.DomainRenewalPrice]:
        """Quote the renewal price of a user's domains.

        Lookup only (POST, no charge): returns per-domain renewal price, renewal period in years, current
        expiry and auto-renew flag. `userId` travels in the body here, not in the query. `renewalPrice` is a
        decimal string. The published example answer does not match its request domains.

        Args:
            user_id: Owner of the domains.
            domains: Domain names to price.

        Returns: `builtins.list[DomainRenewalPrice]`.

        `POST /domains/renewal-price` (operationId `getDomainRenewalPrice`).
        """
        return self._requester.request(
            GET_DOMAIN_RENEWAL_PRICE,
            {"user_id": user_id, "domains": domains},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def renew(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Renew domains (charges the partner wallet).

        Requests renewal of domains, paid from the partner wallet at the price given by
        getDomainRenewalPrice; a low balance makes it fail. Eligible domains are ACTIVE within 45 days of
        expiry or in the 7-day GRACE_PERIOD; EXPIRED domains cannot be renewed through the API. The request
        may only be queued: confirm with the domain.renewal.success / domain.renewal.failed webhooks and do
        not resend while waiting. Only the method and path are published; the request body and the response
        are not documented, so the body is an open object (the sibling renewal calls take `userId` and a
        `domains` list).

        Returns: `ActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /domains/renew` (operationId `renewDomain`).
        """
        return self._requester.request_action(RENEW_DOMAIN, {}, timeout, extra_headers, extra_query, extra_body)

    def set_auto_renew(
        self,
        *,
        user_id: str,
        domains: Sequence[str],
        auto_renew: bool,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.DomainAutoRenewState]:
        """Turn domain auto-renew on or off.

        Sets the auto-renew flag of the listed domains. With auto-renew on, CMR queues renewals itself when
        a domain becomes eligible (e.g. in its grace period); with it off, renewals must be requested by
        hand. Sending the same flag again leaves the same state. This is separate from mailbox subscription
        auto-renewal.

        Args:
            user_id: Owner of the domains.
            domains: Domain names to change.
            auto_renew: true turns auto-renew on, false turns it off.

        Returns: `builtins.list[DomainAutoRenewState]`.

        `PATCH /domains/toggle-auto-renew` (operationId `setDomainAutoRenew`).
        """
        return self._requester.request(
            SET_DOMAIN_AUTO_RENEW,
            {"user_id": user_id, "domains": domains, "auto_renew": auto_renew},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def list(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.Domain]:
        """List the domains of a user.

        Returns a user's domains with their name, status, registration and expiry dates, purchase type,
        provider, auto-renew, protection and forwarding settings (forwarding fields are null when not
        configured). Only the path is known (guide site); the userId query parameter follows the user-level
        convention and the exact field names are not published. A wrong userId can yield an empty list
        rather than a 404.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `builtins.list[Domain]`.

        `GET /domains/by-user` (operationId `listUserDomains`).
        """
        return self._requester.request(
            LIST_USER_DOMAINS, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )

    def check_workspace(
        self,
        *,
        domain_name: str | None = None,
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"] | None = None,
        domains: Sequence[_models.WorkspaceCheckDomain | _params.WorkspaceCheckDomainDict] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _results.WorkspaceCheckResult:
        """Check whether domains already belong to a mail workspace.

        Lookup (no side effect) to run before ordering: a domain already tied to an existing Google
        Workspace makes provisioning fail after the domain has been charged. Send either one `domainName`
        (with `serviceProvider` when needed) or a `domains` list; each domain is checked on its own with a
        15-second timeout (a timeout counts as a failed check). "Workspace not exists" with `data: null`
        means no workspace was found; the shape of the found and bulk answers is not published. Whether a
        userId query parameter is needed is not documented.

        Args:
            domain_name: Domain to check (single form).
            service_provider: Mailbox provider.
            domains: Domains to check (bulk form).

        Returns: `WorkspaceCheckResult`.

        `POST /domains/has-workspace` (operationId `checkWorkspaceExists`).
        """
        return self._requester.request(
            CHECK_WORKSPACE_EXISTS,
            {"domain_name": domain_name, "service_provider": service_provider, "domains": domains},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def add_client_id(
        self,
        *,
        user_id: str,
        domains: Sequence[str],
        client_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Attach a third-party Google OAuth client ID to domains.

        Lets the mailboxes on the listed domains use a third-party OAuth app. CMR validates the client ID
        and then queues the change, so success means accepted. The guide site says the body carries the
        userId, a domains list, the clientId and an app name; the key of the app-name field is not published
        (the order body calls the same concept `appName`), and whether `domains` holds names or ids is
        unconfirmed. No response is documented.

        Args:
            user_id: Owner of the domains.
            domains: Domains to configure (names or ids; unconfirmed).
            client_id: Third-party Google OAuth client ID.

        Returns: `ActionResult[None]`.

        `POST /domains/add-client-id` (operationId `addGoogleClientId`).
        """
        return self._requester.request_action(
            ADD_GOOGLE_CLIENT_ID,
            {"user_id": user_id, "domains": domains, "client_id": client_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class DomainsWithRawResponse:
    """`domains` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Domains) -> None:
        raw = Domains(resource._requester.raw)
        self.renewal_price = raw_response(raw.renewal_price)
        self.renew = raw_response(raw.renew)
        self.set_auto_renew = raw_response(raw.set_auto_renew)
        self.list = raw_response(raw.list)
        self.check_workspace = raw_response(raw.check_workspace)
        self.add_client_id = raw_response(raw.add_client_id)


class AsyncDomains:
    """`domains` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncDomainsWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncDomainsWithRawResponse(self)

    async def renewal_price(
        self,
        *,
        user_id: str,
        domains: Sequence[str],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.DomainRenewalPrice]:
        """Quote the renewal price of a user's domains.

        Lookup only (POST, no charge): returns per-domain renewal price, renewal period in years, current
        expiry and auto-renew flag. `userId` travels in the body here, not in the query. `renewalPrice` is a
        decimal string. The published example answer does not match its request domains.

        Args:
            user_id: Owner of the domains.
            domains: Domain names to price.

        Returns: `builtins.list[DomainRenewalPrice]`.

        `POST /domains/renewal-price` (operationId `getDomainRenewalPrice`).
        """
        return await self._requester.request(
            GET_DOMAIN_RENEWAL_PRICE,
            {"user_id": user_id, "domains": domains},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def renew(
        self,
        *,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Renew domains (charges the partner wallet).

        Requests renewal of domains, paid from the partner wallet at the price given by
        getDomainRenewalPrice; a low balance makes it fail. Eligible domains are ACTIVE within 45 days of
        expiry or in the 7-day GRACE_PERIOD; EXPIRED domains cannot be renewed through the API. The request
        may only be queued: confirm with the domain.renewal.success / domain.renewal.failed webhooks and do
        not resend while waiting. Only the method and path are published; the request body and the response
        are not documented, so the body is an open object (the sibling renewal calls take `userId` and a
        `domains` list).

        Returns: `AsyncActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /domains/renew` (operationId `renewDomain`).
        """
        return await self._requester.request_action(RENEW_DOMAIN, {}, timeout, extra_headers, extra_query, extra_body)

    async def set_auto_renew(
        self,
        *,
        user_id: str,
        domains: Sequence[str],
        auto_renew: bool,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.DomainAutoRenewState]:
        """Turn domain auto-renew on or off.

        Sets the auto-renew flag of the listed domains. With auto-renew on, CMR queues renewals itself when
        a domain becomes eligible (e.g. in its grace period); with it off, renewals must be requested by
        hand. Sending the same flag again leaves the same state. This is separate from mailbox subscription
        auto-renewal.

        Args:
            user_id: Owner of the domains.
            domains: Domain names to change.
            auto_renew: true turns auto-renew on, false turns it off.

        Returns: `builtins.list[DomainAutoRenewState]`.

        `PATCH /domains/toggle-auto-renew` (operationId `setDomainAutoRenew`).
        """
        return await self._requester.request(
            SET_DOMAIN_AUTO_RENEW,
            {"user_id": user_id, "domains": domains, "auto_renew": auto_renew},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def list(
        self,
        *,
        user_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> builtins.list[_models.Domain]:
        """List the domains of a user.

        Returns a user's domains with their name, status, registration and expiry dates, purchase type,
        provider, auto-renew, protection and forwarding settings (forwarding fields are null when not
        configured). Only the path is known (guide site); the userId query parameter follows the user-level
        convention and the exact field names are not published. A wrong userId can yield an empty list
        rather than a 404.

        Args:
            user_id: The customer (user) under the partner account that the call acts on.

        Returns: `builtins.list[Domain]`.

        `GET /domains/by-user` (operationId `listUserDomains`).
        """
        return await self._requester.request(
            LIST_USER_DOMAINS, {"user_id": user_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def check_workspace(
        self,
        *,
        domain_name: str | None = None,
        service_provider: _models.ServiceProvider | Literal["GOOGLE", "MICROSOFT"] | None = None,
        domains: Sequence[_models.WorkspaceCheckDomain | _params.WorkspaceCheckDomainDict] | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> _results.WorkspaceCheckResult:
        """Check whether domains already belong to a mail workspace.

        Lookup (no side effect) to run before ordering: a domain already tied to an existing Google
        Workspace makes provisioning fail after the domain has been charged. Send either one `domainName`
        (with `serviceProvider` when needed) or a `domains` list; each domain is checked on its own with a
        15-second timeout (a timeout counts as a failed check). "Workspace not exists" with `data: null`
        means no workspace was found; the shape of the found and bulk answers is not published. Whether a
        userId query parameter is needed is not documented.

        Args:
            domain_name: Domain to check (single form).
            service_provider: Mailbox provider.
            domains: Domains to check (bulk form).

        Returns: `WorkspaceCheckResult`.

        `POST /domains/has-workspace` (operationId `checkWorkspaceExists`).
        """
        return await self._requester.request(
            CHECK_WORKSPACE_EXISTS,
            {"domain_name": domain_name, "service_provider": service_provider, "domains": domains},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def add_client_id(
        self,
        *,
        user_id: str,
        domains: Sequence[str],
        client_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Attach a third-party Google OAuth client ID to domains.

        Lets the mailboxes on the listed domains use a third-party OAuth app. CMR validates the client ID
        and then queues the change, so success means accepted. The guide site says the body carries the
        userId, a domains list, the clientId and an app name; the key of the app-name field is not published
        (the order body calls the same concept `appName`), and whether `domains` holds names or ids is
        unconfirmed. No response is documented.

        Args:
            user_id: Owner of the domains.
            domains: Domains to configure (names or ids; unconfirmed).
            client_id: Third-party Google OAuth client ID.

        Returns: `AsyncActionResult[None]`.

        `POST /domains/add-client-id` (operationId `addGoogleClientId`).
        """
        return await self._requester.request_action(
            ADD_GOOGLE_CLIENT_ID,
            {"user_id": user_id, "domains": domains, "client_id": client_id},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncDomainsWithRawResponse:
    """`domains` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncDomains) -> None:
        raw = AsyncDomains(resource._requester.raw)
        self.renewal_price = async_raw_response(raw.renewal_price)
        self.renew = async_raw_response(raw.renew)
        self.set_auto_renew = async_raw_response(raw.set_auto_renew)
        self.list = async_raw_response(raw.list)
        self.check_workspace = async_raw_response(raw.check_workspace)
        self.add_client_id = async_raw_response(raw.add_client_id)
