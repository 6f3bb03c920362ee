# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `warmup` resource: Per-mailbox warmup: enable, pause/resume, status, settings, disable (guide articles only)."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from coldmailreseller._runtime import (
    ActionResult,
    AsyncActionResult,
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
from ..operations import (
    ADD_MAILBOX_WARMUP,
    DELETE_MAILBOX_WARMUP,
    SET_MAILBOX_WARMUP_STATUS,
    TOGGLE_MAILBOX_WARMUP,
    UPDATE_MAILBOX_WARMUP_SETTINGS,
)

# Every name in the annotations exists at run time, so that typing.get_type_hints() and
# inspect.signature(eval_str=True) work: generated classes are named through the lazy models package
# (`_models.User` imports the User model when evaluated, and no other).

__all__ = ["AsyncWarmup", "AsyncWarmupWithRawResponse", "Warmup", "WarmupWithRawResponse"]


class Warmup:
    """`warmup` operations of the sync client."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> WarmupWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return WarmupWithRawResponse(self)

    def add(
        self,
        *,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Enable warmup on a mailbox.

        Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
        (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
        `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `ActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /mailboxes/warmup` (operationId `addMailboxWarmup`).
        """
        return self._requester.request_action(
            ADD_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout, extra_headers, extra_query, extra_body
        )

    def delete(
        self,
        *,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[None]:
        """Permanently disable warmup.

        Stops warmup for good (state STOPPED) and emits `mailbox.warmup.removed`; use toggle to pause
        instead. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `ActionResult[None]`.

        `DELETE /mailboxes/warmup` (operationId `deleteMailboxWarmup`).
        """
        return self._requester.request_action(
            DELETE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout, extra_headers, extra_query, extra_body
        )

    def toggle(
        self,
        *,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> ActionResult[_models.WarmupState]:
        """Pause or resume warmup.

        Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
        webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `ActionResult[WarmupState]`.

        `POST /mailboxes/warmup/toggle` (operationId `toggleMailboxWarmup`).
        """
        return self._requester.request_action(
            TOGGLE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout, extra_headers, extra_query, extra_body
        )

    def set_status(
        self,
        *,
        mailbox_id: str,
        status: _models.WarmupStatus | Literal["PENDING", "ACTIVE", "PAUSED", "STOPPED"],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Set the warmup state.

        Sets warmup explicitly to a state (e.g. ACTIVE) instead of toggling. Known from guide articles only;
        which states are accepted and the response body are undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.
            status: Warmup state of a mailbox (values named in the guides).

        Returns: `None`.

        `PATCH /mailboxes/warmup/status` (operationId `setMailboxWarmupStatus`).
        """
        return self._requester.request(
            SET_MAILBOX_WARMUP_STATUS,
            {"mailbox_id": mailbox_id, "status": status},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    def update_settings(
        self,
        *,
        mailbox_id: str,
        warmup_limit: int | None = None,
        minimum_warmup_limit: int | None = None,
        warmup_reply_rate: float | None = None,
        warmup_open_rate: float | None = None,
        warmup_spam_protection_rate: float | None = None,
        warmup_on_weekdays: bool | None = None,
        increase_per_day: int | None = None,
        warmup_disable_slow: bool | None = None,
        minimum_delay_between_warmup_emails: int | None = None,
        maximum_delay_between_warmup_emails: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Tune warmup settings.

        Changes warmup volume, ramp-up, engagement rates, weekday sending and delays for one mailbox. Known
        from guide articles only; which fields are optional and the response body are undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `None`.

        `PATCH /mailboxes/warmup/settings` (operationId `updateMailboxWarmupSettings`).
        """
        return self._requester.request(
            UPDATE_MAILBOX_WARMUP_SETTINGS,
            {
                "mailbox_id": mailbox_id,
                "warmup_limit": warmup_limit,
                "minimum_warmup_limit": minimum_warmup_limit,
                "warmup_reply_rate": warmup_reply_rate,
                "warmup_open_rate": warmup_open_rate,
                "warmup_spam_protection_rate": warmup_spam_protection_rate,
                "warmup_on_weekdays": warmup_on_weekdays,
                "increase_per_day": increase_per_day,
                "warmup_disable_slow": warmup_disable_slow,
                "minimum_delay_between_warmup_emails": minimum_delay_between_warmup_emails,
                "maximum_delay_between_warmup_emails": maximum_delay_between_warmup_emails,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class WarmupWithRawResponse:
    """`warmup` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: Warmup) -> None:
        raw = Warmup(resource._requester.raw)
        self.add = raw_response(raw.add)
        self.delete = raw_response(raw.delete)
        self.toggle = raw_response(raw.toggle)
        self.set_status = raw_response(raw.set_status)
        self.update_settings = raw_response(raw.update_settings)


class AsyncWarmup:
    """`warmup` operations of the async client."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncWarmupWithRawResponse:
        """The same methods, answering with the `APIResponse` (status, headers, envelope); `.parse()` gives the data."""
        return AsyncWarmupWithRawResponse(self)

    async def add(
        self,
        *,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Enable warmup on a mailbox.

        Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
        (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
        `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `AsyncActionResult[None]`; `wait()` follows the work to its outcome.

        `POST /mailboxes/warmup` (operationId `addMailboxWarmup`).
        """
        return await self._requester.request_action(
            ADD_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def delete(
        self,
        *,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[None]:
        """Permanently disable warmup.

        Stops warmup for good (state STOPPED) and emits `mailbox.warmup.removed`; use toggle to pause
        instead. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `AsyncActionResult[None]`.

        `DELETE /mailboxes/warmup` (operationId `deleteMailboxWarmup`).
        """
        return await self._requester.request_action(
            DELETE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def toggle(
        self,
        *,
        mailbox_id: str,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> AsyncActionResult[_models.WarmupState]:
        """Pause or resume warmup.

        Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
        webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `AsyncActionResult[WarmupState]`.

        `POST /mailboxes/warmup/toggle` (operationId `toggleMailboxWarmup`).
        """
        return await self._requester.request_action(
            TOGGLE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout, extra_headers, extra_query, extra_body
        )

    async def set_status(
        self,
        *,
        mailbox_id: str,
        status: _models.WarmupStatus | Literal["PENDING", "ACTIVE", "PAUSED", "STOPPED"],
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Set the warmup state.

        Sets warmup explicitly to a state (e.g. ACTIVE) instead of toggling. Known from guide articles only;
        which states are accepted and the response body are undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.
            status: Warmup state of a mailbox (values named in the guides).

        Returns: `None`.

        `PATCH /mailboxes/warmup/status` (operationId `setMailboxWarmupStatus`).
        """
        return await self._requester.request(
            SET_MAILBOX_WARMUP_STATUS,
            {"mailbox_id": mailbox_id, "status": status},
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )

    async def update_settings(
        self,
        *,
        mailbox_id: str,
        warmup_limit: int | None = None,
        minimum_warmup_limit: int | None = None,
        warmup_reply_rate: float | None = None,
        warmup_open_rate: float | None = None,
        warmup_spam_protection_rate: float | None = None,
        warmup_on_weekdays: bool | None = None,
        increase_per_day: int | None = None,
        warmup_disable_slow: bool | None = None,
        minimum_delay_between_warmup_emails: int | None = None,
        maximum_delay_between_warmup_emails: int | None = None,
        extra_headers: ExtraHeaders | None = None,
        extra_query: ExtraQuery | None = None,
        extra_body: ExtraBody | None = None,
        timeout: TimeoutArg = None,
    ) -> None:
        """Tune warmup settings.

        Changes warmup volume, ramp-up, engagement rates, weekday sending and delays for one mailbox. Known
        from guide articles only; which fields are optional and the response body are undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `None`.

        `PATCH /mailboxes/warmup/settings` (operationId `updateMailboxWarmupSettings`).
        """
        return await self._requester.request(
            UPDATE_MAILBOX_WARMUP_SETTINGS,
            {
                "mailbox_id": mailbox_id,
                "warmup_limit": warmup_limit,
                "minimum_warmup_limit": minimum_warmup_limit,
                "warmup_reply_rate": warmup_reply_rate,
                "warmup_open_rate": warmup_open_rate,
                "warmup_spam_protection_rate": warmup_spam_protection_rate,
                "warmup_on_weekdays": warmup_on_weekdays,
                "increase_per_day": increase_per_day,
                "warmup_disable_slow": warmup_disable_slow,
                "minimum_delay_between_warmup_emails": minimum_delay_between_warmup_emails,
                "maximum_delay_between_warmup_emails": maximum_delay_between_warmup_emails,
            },
            timeout,
            extra_headers,
            extra_query,
            extra_body,
        )


class AsyncWarmupWithRawResponse:
    """`warmup` methods answering with the `APIResponse`: status, headers, request id and envelope."""

    def __init__(self, resource: AsyncWarmup) -> None:
        raw = AsyncWarmup(resource._requester.raw)
        self.add = async_raw_response(raw.add)
        self.delete = async_raw_response(raw.delete)
        self.toggle = async_raw_response(raw.toggle)
        self.set_status = async_raw_response(raw.set_status)
        self.update_settings = async_raw_response(raw.update_settings)
