"""Drift: where a response or webhook event differs from the spec, recorded so that the spec can learn it.

Kinds: `unknown_field`, `unknown_enum_value`, `undocumented_status`, `missing_required`, `type_mismatch`,
`unknown_envelope_key`. An observation names the operation (the event name for webhooks), a JSON pointer into
the body with array indices written `*`, the JSON type found, and never a value, except the value of an unknown
enum value at a field the spec declares as an enum: payloads carry mailbox passwords.

Each (operation, pointer, kind) is reported once per process to the logger `coldmailreseller.drift` (INFO) and,
when `CMR_DRIFT_LOG` names a file, as one JSON line appended to it (one `write` under an exclusive lock, so
several processes can share the file); and once per client to its `on_drift=` callable.

Generated models report through `unknown_field`/`unknown_enum`, which only act inside `scope()`, set by the
client around parsing (and by `parse_event`): outside one, and when nothing diverges, they cost nothing.
"""

from __future__ import annotations

import datetime
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Literal

from ._version import __version__

if TYPE_CHECKING:
    from ._drift_record import DriftObservation

DRIFT_LOG_ENV = "CMR_DRIFT_LOG"
logger = logging.getLogger("coldmailreseller.drift")

Kind = Literal[
    "unknown_field",
    "unknown_enum_value",
    "undocumented_status",
    "missing_required",
    "type_mismatch",
    "unknown_envelope_key",
]
OnDrift = Callable[["DriftObservation"], object]


def json_type(value: object) -> str:
    """The JSON type name of a decoded value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


class DriftMonitor:
    """A client's drift sinks: its `on_drift` callable, plus the process-wide logger and file."""

    def __init__(self, on_drift: OnDrift | None = None) -> None:
        self._on_drift = on_drift
        self._told: set[tuple[str, str, str, int | None]] = set()
        self._lock = threading.Lock()

    def report(
        self, operation_id: str, status: int | None, pointer: str, kind: Kind, found: str, value: str | None = None
    ) -> None:
        # Each undocumented status is worth its own observation; everything else once per (operation, pointer, kind).
        key = (operation_id, pointer, kind, status if kind == "undocumented_status" else None)
        observation: DriftObservation | None = None
        if _first_in_process(key):
            observation = _observation(operation_id, status, pointer, kind, found, value)
            _emit(observation)
        if self._on_drift is not None:
            with self._lock:
                new = key not in self._told
                self._told.add(key)
            if new:
                self._on_drift(observation or _observation(operation_id, status, pointer, kind, found, value))

    @contextmanager
    def scope(self, operation_id: str, status: int | None) -> Iterator[None]:
        """Generated models report their drift to this monitor while parsing inside the block."""
        token = _SCOPE.set(_Scope(self, operation_id, status))
        try:
            yield
        finally:
            _SCOPE.reset(token)


class _Scope:
    __slots__ = ("monitor", "operation_id", "status")

    def __init__(self, monitor: DriftMonitor, operation_id: str, status: int | None) -> None:
        self.monitor = monitor
        self.operation_id = operation_id
        self.status = status

    def report(self, pointer: str, kind: Kind, found: str, value: str | None = None) -> None:
        self.monitor.report(self.operation_id, self.status, pointer, kind, found, value)


_SCOPE: ContextVar[_Scope | None] = ContextVar("coldmailreseller_drift_scope", default=None)
# Monitors without a callable: the process-wide sinks only (webhook parsing without a handler's on_drift).
DEFAULT_MONITOR = DriftMonitor()


def unknown_field(pointer: str, value: object) -> None:
    """A field the spec does not declare (called by generated models)."""
    scope = _SCOPE.get()
    if scope is not None:
        scope.report(pointer, "unknown_field", json_type(value))


def unknown_enum(pointer: str, value: str) -> str:
    """A value outside the spec's enum at an enum field (called by generated models); returns it unchanged."""
    scope = _SCOPE.get()
    if scope is not None:
        scope.report(pointer, "unknown_enum_value", "string", value)
    return value


def mismatch(pointer: str, kind: Kind, found: str) -> None:
    """A missing required field or a value of another type: the parse fails, the drift is still recorded."""
    scope = _SCOPE.get()
    if scope is not None:
        scope.report(pointer, kind, found)


# -- the process-wide sinks ------------------------------------------------------------------------------------

_EMITTED: set[tuple[str, str, str, int | None]] = set()
_EMITTED_LOCK = threading.Lock()


def _first_in_process(key: tuple[str, str, str, int | None]) -> bool:
    with _EMITTED_LOCK:
        if key in _EMITTED:
            return False
        _EMITTED.add(key)
        return True


def _observation(
    operation_id: str, status: int | None, pointer: str, kind: Kind, found: str, value: str | None
) -> DriftObservation:
    from coldmailreseller_generated.api import SPEC_SHA256

    from ._drift_record import DriftObservation  # imported on the first drift only

    return DriftObservation(
        operation_id=operation_id,
        pointer=pointer,
        kind=kind,
        json_type=found,
        value=value if kind == "unknown_enum_value" else None,
        status=status,
        sdk_version=__version__,
        spec_sha256=SPEC_SHA256,
        observed_at=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    )


def _emit(observation: DriftObservation) -> None:
    logger.info(
        "drift: %s %s %s (%s)%s",
        observation.operation_id,
        observation.kind,
        observation.pointer or "/",
        observation.json_type,
        f" value {observation.value!r}" if observation.value is not None else "",
    )
    path = os.environ.get(DRIFT_LOG_ENV)
    if path:
        _append(path, (observation.to_json() + "\n").encode())


def _append(path: str, line: bytes) -> None:
    """One write of the whole line to a file opened for appending, under an exclusive lock: lines of several
    processes never interleave."""
    import fcntl

    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError as exc:
        logger.warning("drift log %s cannot be opened (%s); observations go to the log only", path, exc.strerror)
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.write(fd, line)
    finally:
        os.close(fd)


def reset_for_tests() -> None:
    """Forget what this process has reported (tests only: observations are otherwise once per process)."""
    with _EMITTED_LOCK:
        _EMITTED.clear()
