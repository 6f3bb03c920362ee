# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The `warmup` resource: Per-mailbox warmup: enable, pause/resume, status, settings, disable (guide articles only)."""

from __future__ import annotations

from functools import cached_property

from coldmailreseller_generated.models.warmup_state import WarmupState
from coldmailreseller_generated.models.warmup_status import WarmupStatus

from ._parsers import parse_warmup_state
from ._spec import (
    ActionResult,
    AsyncRequester,
    Field,
    Operation,
    RawResponse,
    Requester,
    Shape,
    TimeoutArg,
    parse_nothing,
)

__all__ = ["AsyncWarmup", "AsyncWarmupWithRawResponse", "Warmup", "WarmupWithRawResponse"]

ADD_MAILBOX_WARMUP: Operation[None] = Operation(
    operation_id="addMailboxWarmup",
    resource="warmup",
    method="add",
    http_method="POST",
    path="/mailboxes/warmup",
    effect="money",
    fields=(Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),),
    parse=parse_nothing,
    has_data=False,
    has_action_id=False,
    items=None,
    sandbox=False,
)

DELETE_MAILBOX_WARMUP: Operation[None] = Operation(
    operation_id="deleteMailboxWarmup",
    resource="warmup",
    method="delete",
    http_method="DELETE",
    path="/mailboxes/warmup",
    effect="idempotent",
    fields=(Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),),
    parse=parse_nothing,
    has_data=False,
    has_action_id=True,
    items=None,
    sandbox=False,
)

TOGGLE_MAILBOX_WARMUP: Operation[WarmupState] = Operation(
    operation_id="toggleMailboxWarmup",
    resource="warmup",
    method="toggle",
    http_method="POST",
    path="/mailboxes/warmup/toggle",
    effect="async",
    fields=(Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),),
    parse=parse_warmup_state,
    has_data=True,
    has_action_id=True,
    items=None,
    sandbox=False,
)

SET_MAILBOX_WARMUP_STATUS: Operation[None] = Operation(
    operation_id="setMailboxWarmupStatus",
    resource="warmup",
    method="set_status",
    http_method="PATCH",
    path="/mailboxes/warmup/status",
    effect="idempotent",
    fields=(
        Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),
        Field("status", "status", "body", Shape("enum", enum=WarmupStatus), required=True),
    ),
    parse=parse_nothing,
    has_data=False,
    has_action_id=False,
    items=None,
    sandbox=False,
)

UPDATE_MAILBOX_WARMUP_SETTINGS: Operation[None] = Operation(
    operation_id="updateMailboxWarmupSettings",
    resource="warmup",
    method="update_settings",
    http_method="PATCH",
    path="/mailboxes/warmup/settings",
    effect="idempotent",
    fields=(
        Field("mailboxId", "mailbox_id", "query", Shape("str"), required=True, min_length=1),
        Field("warmupLimit", "warmup_limit", "body", Shape("int"), required=False),
        Field("minimumWarmupLimit", "minimum_warmup_limit", "body", Shape("int"), required=False),
        Field("warmupReplyRate", "warmup_reply_rate", "body", Shape("float"), required=False),
        Field("warmupOpenRate", "warmup_open_rate", "body", Shape("float"), required=False),
        Field("warmupSpamProtectionRate", "warmup_spam_protection_rate", "body", Shape("float"), required=False),
        Field("warmupOnWeekdays", "warmup_on_weekdays", "body", Shape("bool"), required=False),
        Field("increasePerDay", "increase_per_day", "body", Shape("int"), required=False),
        Field("warmupDisableSlow", "warmup_disable_slow", "body", Shape("bool"), required=False),
        Field(
            "minimumDelayBetweenWarmupEmails",
            "minimum_delay_between_warmup_emails",
            "body",
            Shape("int"),
            required=False,
        ),
        Field(
            "maximumDelayBetweenWarmupEmails",
            "maximum_delay_between_warmup_emails",
            "body",
            Shape("int"),
            required=False,
        ),
    ),
    parse=parse_nothing,
    has_data=False,
    has_action_id=False,
    items=None,
    sandbox=False,
)


class Warmup:
    """`warmup` operations returning parsed data."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> WarmupWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return WarmupWithRawResponse(self._requester)

    def add(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> None:
        """Enable warmup on a mailbox.

        Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
        (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
        `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `None`.

        `POST /mailboxes/warmup` (operationId `addMailboxWarmup`).
        """
        return self._requester.request(ADD_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    def delete(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> ActionResult[None]:
        """Permanently disable warmup.

        Stops warmup for good (state STOPPED) and emits `mailbox.warmup.removed`; use toggle to pause
        instead. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `ActionResult[None]`.

        `DELETE /mailboxes/warmup` (operationId `deleteMailboxWarmup`).
        """
        return self._requester.request_action(DELETE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    def toggle(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> ActionResult[WarmupState]:
        """Pause or resume warmup.

        Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
        webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `ActionResult[WarmupState]`.

        `POST /mailboxes/warmup/toggle` (operationId `toggleMailboxWarmup`).
        """
        return self._requester.request_action(TOGGLE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    def set_status(self, *, mailbox_id: str, status: WarmupStatus | str, timeout: TimeoutArg = None) -> None:
        """Set the warmup state.

        Sets warmup explicitly to a state (e.g. ACTIVE) instead of toggling. Known from guide articles only;
        which states are accepted and the response body are undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.
            status: Warmup state of a mailbox (values named in the guides).

        Returns: `None`.

        `PATCH /mailboxes/warmup/status` (operationId `setMailboxWarmupStatus`).
        """
        return self._requester.request(SET_MAILBOX_WARMUP_STATUS, {"mailbox_id": mailbox_id, "status": status}, timeout)

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
        )


class WarmupWithRawResponse:
    """`warmup` operations returning raw responses."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    def add(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[None]:
        """Enable warmup on a mailbox.

        Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
        (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
        `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: the raw response; `.parse()` gives the data.

        `POST /mailboxes/warmup` (operationId `addMailboxWarmup`).
        """
        return self._requester.request_raw(ADD_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    def delete(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[None]:
        """Permanently disable warmup.

        Stops warmup for good (state STOPPED) and emits `mailbox.warmup.removed`; use toggle to pause
        instead. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: the raw response; `.parse()` gives the data.

        `DELETE /mailboxes/warmup` (operationId `deleteMailboxWarmup`).
        """
        return self._requester.request_raw(DELETE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    def toggle(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[WarmupState]:
        """Pause or resume warmup.

        Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
        webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: the raw response; `.parse()` gives the data.

        `POST /mailboxes/warmup/toggle` (operationId `toggleMailboxWarmup`).
        """
        return self._requester.request_raw(TOGGLE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    def set_status(
        self, *, mailbox_id: str, status: WarmupStatus | str, timeout: TimeoutArg = None
    ) -> RawResponse[None]:
        """Set the warmup state.

        Sets warmup explicitly to a state (e.g. ACTIVE) instead of toggling. Known from guide articles only;
        which states are accepted and the response body are undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.
            status: Warmup state of a mailbox (values named in the guides).

        Returns: the raw response; `.parse()` gives the data.

        `PATCH /mailboxes/warmup/status` (operationId `setMailboxWarmupStatus`).
        """
        return self._requester.request_raw(
            SET_MAILBOX_WARMUP_STATUS, {"mailbox_id": mailbox_id, "status": status}, timeout
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
        timeout: TimeoutArg = None,
    ) -> RawResponse[None]:
        """Tune warmup settings.

        Changes warmup volume, ramp-up, engagement rates, weekday sending and delays for one mailbox. Known
        from guide articles only; which fields are optional and the response body are undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: the raw response; `.parse()` gives the data.

        `PATCH /mailboxes/warmup/settings` (operationId `updateMailboxWarmupSettings`).
        """
        return self._requester.request_raw(
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
        )


class AsyncWarmup:
    """`warmup` operations returning parsed data."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @cached_property
    def with_raw_response(self) -> AsyncWarmupWithRawResponse:
        """The same methods, returning the HTTP response and envelope; `.parse()` gives the data."""
        return AsyncWarmupWithRawResponse(self._requester)

    async def add(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> None:
        """Enable warmup on a mailbox.

        Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
        (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
        `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `None`.

        `POST /mailboxes/warmup` (operationId `addMailboxWarmup`).
        """
        return await self._requester.request(ADD_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    async def delete(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> ActionResult[None]:
        """Permanently disable warmup.

        Stops warmup for good (state STOPPED) and emits `mailbox.warmup.removed`; use toggle to pause
        instead. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `ActionResult[None]`.

        `DELETE /mailboxes/warmup` (operationId `deleteMailboxWarmup`).
        """
        return await self._requester.request_action(DELETE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    async def toggle(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> ActionResult[WarmupState]:
        """Pause or resume warmup.

        Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
        webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: `ActionResult[WarmupState]`.

        `POST /mailboxes/warmup/toggle` (operationId `toggleMailboxWarmup`).
        """
        return await self._requester.request_action(TOGGLE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    async def set_status(self, *, mailbox_id: str, status: WarmupStatus | str, timeout: TimeoutArg = None) -> None:
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
            SET_MAILBOX_WARMUP_STATUS, {"mailbox_id": mailbox_id, "status": status}, timeout
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
        )


class AsyncWarmupWithRawResponse:
    """`warmup` operations returning raw responses."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    async def add(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[None]:
        """Enable warmup on a mailbox.

        Adds warmup to an ACTIVE mailbox (or re-enrolls a STOPPED one), charging the partner wallet pro rata
        (warmup price x remaining days / 30). Warmup goes PENDING then ACTIVE, announced by
        `mailbox.warmup.started`. Known from guide articles only; no body, response body undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: the raw response; `.parse()` gives the data.

        `POST /mailboxes/warmup` (operationId `addMailboxWarmup`).
        """
        return await self._requester.request_raw(ADD_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    async def delete(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[None]:
        """Permanently disable warmup.

        Stops warmup for good (state STOPPED) and emits `mailbox.warmup.removed`; use toggle to pause
        instead. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: the raw response; `.parse()` gives the data.

        `DELETE /mailboxes/warmup` (operationId `deleteMailboxWarmup`).
        """
        return await self._requester.request_raw(DELETE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    async def toggle(self, *, mailbox_id: str, timeout: TimeoutArg = None) -> RawResponse[WarmupState]:
        """Pause or resume warmup.

        Flips warmup between ACTIVE and PAUSED and returns the new state. Pausing keeps the warmup (no
        webhook); not safe to repeat blindly since a second call flips back. Known from guide articles only.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: the raw response; `.parse()` gives the data.

        `POST /mailboxes/warmup/toggle` (operationId `toggleMailboxWarmup`).
        """
        return await self._requester.request_raw(TOGGLE_MAILBOX_WARMUP, {"mailbox_id": mailbox_id}, timeout)

    async def set_status(
        self, *, mailbox_id: str, status: WarmupStatus | str, timeout: TimeoutArg = None
    ) -> RawResponse[None]:
        """Set the warmup state.

        Sets warmup explicitly to a state (e.g. ACTIVE) instead of toggling. Known from guide articles only;
        which states are accepted and the response body are undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.
            status: Warmup state of a mailbox (values named in the guides).

        Returns: the raw response; `.parse()` gives the data.

        `PATCH /mailboxes/warmup/status` (operationId `setMailboxWarmupStatus`).
        """
        return await self._requester.request_raw(
            SET_MAILBOX_WARMUP_STATUS, {"mailbox_id": mailbox_id, "status": status}, timeout
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
        timeout: TimeoutArg = None,
    ) -> RawResponse[None]:
        """Tune warmup settings.

        Changes warmup volume, ramp-up, engagement rates, weekday sending and delays for one mailbox. Known
        from guide articles only; which fields are optional and the response body are undocumented.

        Args:
            mailbox_id: Mailbox whose warmup is changed.

        Returns: the raw response; `.parse()` gives the data.

        `PATCH /mailboxes/warmup/settings` (operationId `updateMailboxWarmupSettings`).
        """
        return await self._requester.request_raw(
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
        )
