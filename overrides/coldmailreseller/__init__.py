"""Typed Python client for the Cold Mail Reseller (CMR) Integration API.

    from coldmailreseller import ColdMailReseller

    with ColdMailReseller() as cmr:          # key from CMR_API_KEY
        user = cmr.users.get(user_id="...")

Clients, resources and models are imported on first use, so `import coldmailreseller` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ClientForkedError,
    CMRError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    OutcomeNotTrackableError,
    OutcomeTimeoutError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from coldmailreseller_generated.operations import OPERATIONS

    from . import models
    from ._client import AsyncColdMailReseller, ColdMailReseller
    from ._drift_record import DriftObservation
    from ._pacing.store import PacingStore
    from ._results import ConventionPage, PlacementReportsPage, UsersPage, WorkspaceCheck, WorkspaceCheckResult
    from ._runtime import ActionResult, APIResponse, AsyncActionResult, Operation, Outcome

__all__ = [
    "OPERATIONS",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "ActionResult",
    "AsyncActionResult",
    "AsyncColdMailReseller",
    "AuthenticationError",
    "BadRequestError",
    "CMRError",
    "ClientClosedError",
    "ClientForkedError",
    "ColdMailReseller",
    "ConfigurationError",
    "ConflictError",
    "ConventionPage",
    "DriftObservation",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "Operation",
    "Outcome",
    "OutcomeNotTrackableError",
    "OutcomeTimeoutError",
    "OutcomeUnknownError",
    "PacingStore",
    "PermissionDeniedError",
    "PlacementReportsPage",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "UsersPage",
    "WorkspaceCheck",
    "WorkspaceCheckResult",
    "__version__",
    "models",
]

_LAZY = {
    "ColdMailReseller": ("._client", "ColdMailReseller"),
    "AsyncColdMailReseller": ("._client", "AsyncColdMailReseller"),
    "APIResponse": ("._runtime", "APIResponse"),
    "DriftObservation": ("._drift_record", "DriftObservation"),
    "PacingStore": ("._pacing.store", "PacingStore"),
    "ActionResult": ("._runtime", "ActionResult"),
    "AsyncActionResult": ("._runtime", "AsyncActionResult"),
    "Outcome": ("._runtime", "Outcome"),
    "Operation": ("._runtime", "Operation"),
    "WorkspaceCheck": ("._results", "WorkspaceCheck"),
    "UsersPage": ("._results", "UsersPage"),
    "PlacementReportsPage": ("._results", "PlacementReportsPage"),
    "ConventionPage": ("._results", "ConventionPage"),
    "WorkspaceCheckResult": ("._results", "WorkspaceCheckResult"),
    "OPERATIONS": ("coldmailreseller_generated.operations", "OPERATIONS"),
    "models": (".models", None),
}


def _reconcile(error: OutcomeUnknownError, timeout: float, event_store: object) -> Outcome:
    from ._outcomes import reconcile  # the facade follows work in event stores; errors never imports it

    return reconcile(error, timeout, event_store)


async def _reconcile_async(error: OutcomeUnknownError, timeout: float, event_store: object) -> Outcome:
    from ._outcomes import reconcile_async

    return await reconcile_async(error, timeout, event_store)


OutcomeUnknownError._reconcile = _reconcile
OutcomeUnknownError._reconcile_async = _reconcile_async


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'coldmailreseller' has no attribute {name!r}")
    import importlib

    module_name, attr = _LAZY[name]
    module = importlib.import_module(module_name, __name__)
    value = module if attr is None else getattr(module, attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
