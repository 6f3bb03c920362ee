"""Drift: where a response or webhook event differs from the spec, recorded so that the spec can learn it.

Kinds: `unknown_field`, `unknown_enum_value`, `undocumented_status`, `missing_required`, `type_mismatch`,
`unknown_envelope_key`, and `suppressed` (below). An observation names the operation (the event name for webhooks), a
JSON pointer into the body with array indices written `*`, the JSON type found, and never a value (payloads carry
mailbox passwords), with one exception: an unknown value at a field the spec declares as an enum is kept when it
looks like an enum token (at most 64 printable ASCII letters, digits and `_-.:`, no whitespace) and the field is
not marked `x-cmr-secret`; any other value is reduced to its JSON type.

Each (operation, pointer, kind) is reported once per process to the logger `coldmailreseller.drift` (INFO) and,
when `CMR_DRIFT_LOG` names a file, as one JSON line appended to it (one `write` under an exclusive lock, so
several processes can share the file); and once per client to its `on_drift=` callable.

Drift stays small: a process records at most `CMR_DRIFT_MAX_OBSERVATIONS` (default 1,000) distinct observations,
and each client tells its `on_drift` at most as many. The first one over that limit becomes a single `suppressed`
observation (its `value` is the limit, as text; WARNING in the log) and everything after it is only counted
(`suppressed_count()`), so that a server inventing field names cannot grow the file, the log or the memory of the
process without bound.

Generated models report through `unknown_field`/`unknown_enum`, which only act inside `scope()`, set by the
client around parsing (and by `parse_event`): outside one, and when nothing diverges, they cost nothing.
"""

from __future__ import annotations

import datetime
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Literal, TypeAlias

from ._version import __version__

if TYPE_CHECKING:
    from ._drift_record import DriftKind, DriftObservation
else:
    from ._lazy import LazyModule

    # The record's module is imported on the first drift only; annotations still resolve at run time through it.
    _drift_record = LazyModule("coldmailreseller._drift_record")

    def __getattr__(name: str) -> object:
        # `DriftKind` belongs to the record (so that the record never imports this module); read here, it loads it.
        if name == "DriftKind":
            return _drift_record.DriftKind
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


DRIFT_LOG_ENV = "CMR_DRIFT_LOG"
MAX_OBSERVATIONS_ENV = "CMR_DRIFT_MAX_OBSERVATIONS"
DEFAULT_MAX_OBSERVATIONS = 1000
logger = logging.getLogger("coldmailreseller.drift")
# What an unknown enum value must look like to be recorded: anything else may be a secret or a sentence.
_ENUM_TOKEN = re.compile(r"[A-Za-z0-9_.:\-]{1,64}")

if TYPE_CHECKING:
    OnDrift: TypeAlias = Callable[[DriftObservation], object]
else:
    from typing import ForwardRef

    # Evaluated in this module (typing.get_type_hints on a client's __init__), where `_drift_record` resolves.
    OnDrift = Callable[[ForwardRef("_drift_record.DriftObservation", module=__name__)], object]
_Key = tuple[str, str, str, int | None]


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
        self._told: set[_Key] = set()  # at most max_observations() keys
        self._told_suppressed = False
        self._lock = threading.Lock()

    def report(
        self, operation_id: str, status: int | None, pointer: str, kind: DriftKind, found: str, value: str | None = None
    ) -> None:
        # Each undocumented status is worth its own observation; everything else once per (operation, pointer, kind).
        key = (operation_id, pointer, kind, status if kind == "undocumented_status" else None)
        observation: DriftObservation | None = None
        admitted = _admit(key)
        if admitted == "new":
            observation = _observation(operation_id, status, pointer, kind, found, value)
            _emit(observation)
        elif admitted == "first_suppressed":
            _emit(_suppressed(operation_id))
        if self._on_drift is None:
            return
        with self._lock:
            over = len(self._told) >= max_observations()
            if key in self._told or (over and self._told_suppressed):
                return
            if over:
                self._told_suppressed = True  # the one notice; what comes later is not remembered
            else:
                self._told.add(key)
        if over:
            self._on_drift(_suppressed(operation_id))
        else:
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

    def report(self, pointer: str, kind: DriftKind, found: str, value: str | None = None) -> None:
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


def mismatch(pointer: str, kind: DriftKind, found: str) -> None:
    """A missing required field or a value of another type: the parse fails, the drift is still recorded."""
    scope = _SCOPE.get()
    if scope is not None:
        scope.report(pointer, kind, found)


# -- the process-wide sinks ------------------------------------------------------------------------------------

_EMITTED: set[_Key] = set()  # at most max_observations() keys
_EMITTED_LOCK = threading.Lock()
_SUPPRESSED = 0  # reports not recorded since the limit was reached (repeats included: they are not remembered)
_MAX: int | None = None  # CMR_DRIFT_MAX_OBSERVATIONS, read on the first drift


def max_observations() -> int:
    """How many distinct observations this process records (and each client tells its on_drift):
    `CMR_DRIFT_MAX_OBSERVATIONS`, read once, default 1,000; 0 records only the `suppressed` notice."""
    global _MAX
    if _MAX is None:
        text = os.environ.get(MAX_OBSERVATIONS_ENV, "").strip()
        try:
            limit = int(text) if text else DEFAULT_MAX_OBSERVATIONS
        except ValueError:
            limit = -1
        if limit < 0:
            logger.warning("%s must be a whole number >= 0; using %d", MAX_OBSERVATIONS_ENV, DEFAULT_MAX_OBSERVATIONS)
            limit = DEFAULT_MAX_OBSERVATIONS
        _MAX = limit
    return _MAX


def suppressed_count() -> int:
    """How many reports this process left unrecorded because it had reached max_observations()."""
    return _SUPPRESSED


def _admit(key: _Key) -> Literal["new", "seen", "first_suppressed", "suppressed"]:
    global _SUPPRESSED
    limit = max_observations()
    with _EMITTED_LOCK:
        if key in _EMITTED:
            return "seen"
        if len(_EMITTED) < limit:
            _EMITTED.add(key)
            return "new"
        _SUPPRESSED += 1
        return "first_suppressed" if _SUPPRESSED == 1 else "suppressed"


def _suppressed(operation_id: str) -> DriftObservation:
    """The one notice that the limit was reached (named after the operation of the first report left out)."""
    return _observation(operation_id, None, "", "suppressed", "", str(max_observations()))


def _recordable(pointer: str, value: str | None) -> bool:
    """Whether an unknown enum value may be written down: an enum-like token at a field not marked secret."""
    if value is None or not _ENUM_TOKEN.fullmatch(value):
        return False
    from coldmailreseller_generated.api import SECRET_FIELDS

    segments = [s for s in pointer.split("/")[1:] if s != "*"]
    return not segments or segments[-1].replace("~1", "/").replace("~0", "~") not in SECRET_FIELDS


def _observation(
    operation_id: str, status: int | None, pointer: str, kind: DriftKind, found: str, value: str | None
) -> DriftObservation:
    from coldmailreseller_generated.api import SPEC_SHA256

    from ._drift_record import DriftObservation  # imported on the first drift only

    if kind == "unknown_enum_value":
        value = value if _recordable(pointer, value) else None
    elif kind != "suppressed":
        value = None
    return DriftObservation(
        operation_id=operation_id,
        pointer=pointer,
        kind=kind,
        json_type=found,
        value=value,
        status=status,
        sdk_version=__version__,
        spec_sha256=SPEC_SHA256,
        observed_at=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    )


def _emit(observation: DriftObservation) -> None:
    if observation.kind == "suppressed":
        logger.warning(
            "drift: %s distinct observations recorded in this process; further ones are only counted (raise %s to "
            "record more)",
            observation.value,
            MAX_OBSERVATIONS_ENV,
        )
    else:
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
    """Forget what this process has reported, and the limit read from the environment (tests only: observations
    are otherwise once per process)."""
    global _SUPPRESSED, _MAX
    with _EMITTED_LOCK:
        _EMITTED.clear()
        _SUPPRESSED = 0
        _MAX = None
