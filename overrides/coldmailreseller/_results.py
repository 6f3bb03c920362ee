"""Typed results the client builds from a whole answer, for operations whose answer is in the envelope's message
or in its status rather than in `data` (`x-cmr-result` in the spec).

`workspace-check` (`domains.check_workspace`), from what the guide site documents: a 200 with "Workspace not
exists" and `data: null` means no workspace was found; 409 Conflict means the domain is tied to an existing
workspace; in the bulk form each domain is judged on its own, a failed item carrying an error (which may also be
a check that timed out). The found and bulk answers are not published: anything else is reported as
undetermined (`has_workspace=None`) with CMR's message and `data` kept as sent.

`users-page` (`users.list`) and `placement-reports-page` (`placement.list_reports`): pages of lists whose array
upstream never named. The items are read from the one array in `data`, whatever its name, each checked against
its model (`User`, `PlacementReport`); the paging state is read where the API-wide convention puts it
(`pagination.currentPage`/`totalPages`, or beside the array), None when absent. This is how `iter()` reads the same
pages (coldmailreseller/_requester.py `_Pages`), so a page and the iterator always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._records import SpecMismatch

if TYPE_CHECKING:
    from coldmailreseller_generated import models as _models
else:
    from ._lazy import LazyModule

    _models = LazyModule("coldmailreseller_generated.models")  # annotations resolve; the models load when read

ItemT = TypeVar("ItemT")

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
    """One kind of typed result: the class it builds (the generated methods' return type), how to build it, and
    `answers`: error statuses that answer the question instead."""

    cls: type[Any]
    build: Callable[[int, Mapping[str, Any], Mapping[str, Any] | None, str | None], Any]
    answers: frozenset[int] = frozenset()


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


@dataclass(frozen=True, slots=True)
class ConventionPage(Generic[ItemT]):
    """One page of a list whose array upstream never named (see the module docstring).

    `items`: the one array in `data`, each item checked against its model (empty when `data` holds no array, or
    more than one: then nothing says which is the list). `array`: the name it was found under (upstream publishes
    none, so it is not part of the contract). `current_page`/`total_pages`: the convention's paging state, None when
    the answer carries none (then a full page may have a successor; `iter()` follows it). `data`: `data` as sent.
    """

    items: list[ItemT]
    array: str | None
    current_page: int | None
    total_pages: int | None
    data: Any = field(repr=False)  # the items again, as sent: the repr shows them once
    message: str | None = None
    request_id: str | None = None

    @property
    def additional_properties(self) -> dict[str, Any]:
        """`data`'s fields as sent, all of them undeclared (the page's container is unpublished): the same as
        the open model's `additional_properties`, which this page replaces."""
        return dict(self.data) if isinstance(self.data, dict) else {}


class UsersPage(ConventionPage["_models.User"]):
    """A page of `users.list`: `users` (also `items`) are `User` models."""

    __slots__ = ()

    @property
    def users(self) -> list[_models.User]:
        return self.items


class PlacementReportsPage(ConventionPage["_models.PlacementReport"]):
    """A page of `placement.list_reports`: `reports` (also `items`) are `PlacementReport` groups, one per order."""

    __slots__ = ()

    @property
    def reports(self) -> list[_models.PlacementReport]:
        return self.items


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _convention_page(
    cls: type[ConventionPage[Any]], operation_id: str
) -> Callable[[int, Mapping[str, Any], Mapping[str, Any] | None, str | None], Any]:
    def build(status: int, envelope: Mapping[str, Any], sent: Mapping[str, Any] | None, request_id: str | None) -> Any:
        # The page model (the open `data` schema) and the item model, as the generated operations table names them.
        from coldmailreseller_generated.operations import OPERATIONS, PAGES

        page_model, item_model = OPERATIONS[operation_id].data.ref, PAGES[operation_id].item
        assert page_model is not None and item_model is not None, f"{operation_id}: x-cmr-paginate with items '*'"
        message = envelope.get("message") if isinstance(envelope.get("message"), str) else None
        data = envelope.get("data")
        item_from_dict = item_model.get().from_dict
        try:
            # The open page model checks that `data` is an object and reports its fields as drift, as before.
            raw = page_model.get().from_dict(data, "/data").additional_properties
            arrays = [(key, value) for key, value in raw.items() if isinstance(value, list)]
            key, values = arrays[0] if len(arrays) == 1 else (None, [])
            items = [item_from_dict(value, f"/data/{key}/*") for value in values]
        except (SpecMismatch, ValueError) as exc:
            raise _invalid(operation_id, status, data, request_id, f"`data` does not match the spec: {exc}") from None
        paging = raw.get("pagination")
        paging = paging if isinstance(paging, dict) else raw
        current, total = _int(paging.get("currentPage")), _int(paging.get("totalPages"))
        return cls(items, key, current, total, data, message, request_id)

    return build


def _invalid(operation_id: str, status: int, data: Any, request_id: str | None, reason: str) -> Exception:
    from . import _excerpt
    from .errors import ResponseValidationError

    body = _excerpt.excerpt(b"", {"data": data}, parsed_ok=True)
    return ResponseValidationError(
        _excerpt.message(reason), operation_id=operation_id, status_code=status, body=body, request_id=request_id
    )


# The one registry of typed results, keyed by the spec's `x-cmr-result`. The generator reads it from this source
# (generator/api_model.py `result_kinds`: each key, the class named first, and whether it is a `ConventionPage`),
# refuses any other kind in the spec, and types the methods with the class; the requester builds with it. Adding a
# typed result is its class and builder here, one entry below, and the spec's `x-cmr-result`.
RESULTS: dict[str, ResultKind] = {
    "workspace-check": ResultKind(WorkspaceCheckResult, _workspace_check, answers=frozenset({409})),
    "users-page": ResultKind(UsersPage, _convention_page(UsersPage, "listUsers")),
    "placement-reports-page": ResultKind(
        PlacementReportsPage, _convention_page(PlacementReportsPage, "listPlacementReports")
    ),
}
