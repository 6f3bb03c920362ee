"""Typed results the client builds from a whole answer, for operations whose answer is in the envelope's message
or in its status rather than in `data` (`x-cmr-result` in the spec).

`workspace-check` (`domains.check_workspace`), from what the guide site documents: a 200 with "Workspace not
exists" and `data: null` means no workspace was found; 409 Conflict means the domain is tied to an existing
workspace; in the bulk form each domain is judged on its own, a failed item carrying an error (which may also be
a check that timed out). The found and bulk answers are not published: anything else is reported as
undetermined (`has_workspace=None`) with CMR's message and `data` kept as sent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

NO_WORKSPACE = "workspace not exists"


@dataclass(frozen=True, slots=True)
class WorkspaceCheck:
    """One domain's answer. `has_workspace`: False when CMR found none, True when it reported a conflict, None
    when the answer does not say (a failed or timed-out check, or an undocumented answer)."""

    domain_name: str | None
    has_workspace: bool | None
    message: str | None


@dataclass(frozen=True, slots=True)
class WorkspaceCheckResult:
    """The answer of `domains.check_workspace`: one `WorkspaceCheck` per domain asked about, in order.
    `conflict`: CMR answered 409, so at least one of the domains is tied to a workspace."""

    checks: tuple[WorkspaceCheck, ...]
    status_code: int
    message: str | None
    data: Any
    request_id: str | None
    conflict: bool = False

    @property
    def has_workspace(self) -> bool | None:
        """True if any domain has a workspace, False if none has, None if some answer is undetermined."""
        answers = {check.has_workspace for check in self.checks}
        if self.conflict or True in answers:
            return True
        return None if None in answers or not answers else False


@dataclass(frozen=True, slots=True)
class ResultKind:
    """How to build one kind of result; `answers` are error statuses that answer the question instead."""

    answers: frozenset[int]
    build: Callable[[int, Mapping[str, Any], Mapping[str, Any] | None, str | None], Any]


def _workspace_check(
    status: int, envelope: Mapping[str, Any], sent: Mapping[str, Any] | None, request_id: str | None
) -> WorkspaceCheckResult:
    message = envelope.get("message") if isinstance(envelope.get("message"), str) else None
    data = envelope.get("data")
    sent = sent or {}
    bulk = isinstance(sent.get("domains"), list)
    names = [d.get("domainName") for d in sent["domains"]] if bulk else [sent.get("domainName")]
    if status == 409:
        # A conflict says that a workspace exists; in the bulk form it does not say for which domain.
        checks = [WorkspaceCheck(name, None if bulk else True, message) for name in names]
        return WorkspaceCheckResult(tuple(checks), status, message, data, request_id, conflict=True)
    none_found = message is not None and message.strip().lower() == NO_WORKSPACE and data is None
    if none_found or not bulk:
        answer = False if none_found else None
        checks = [WorkspaceCheck(name, answer, message) for name in names]
    elif isinstance(data, list) and len(data) == len(names) and all(isinstance(item, dict) for item in data):
        checks = [_bulk_item(name, item) for name, item in zip(names, data, strict=True)]
    else:
        checks = [WorkspaceCheck(name, None, message) for name in names]
    return WorkspaceCheckResult(tuple(checks), status, message, data, request_id)


def _bulk_item(name: str | None, item: dict[str, Any]) -> WorkspaceCheck:
    """A bulk item: a successful one means no workspace; a failed one carries an error (conflict or timeout)."""
    error = item.get("error")
    failed = error is not None or item.get("success") is False
    text = error if isinstance(error, str) else item.get("message") if isinstance(item.get("message"), str) else None
    return WorkspaceCheck(item.get("domainName", name), None if failed else False, text)


RESULTS: dict[str, ResultKind] = {
    "workspace-check": ResultKind(answers=frozenset({409}), build=_workspace_check),
}
