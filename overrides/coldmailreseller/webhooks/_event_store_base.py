"""What the event store and its backends share: the record types, the backend contract, the failure."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from .dedup import store_failure
from .errors import EventStoreError
from .events import Event, parse_event

if TYPE_CHECKING:
    from .._drift_record import DriftObservation

__all__ = ["Backend", "Idle", "Pending", "RecordedEvent", "store_error"]


@dataclass(frozen=True, slots=True)
class RecordedEvent:
    """One recorded event: `seq` (increasing in arrival order across the store), the event's `name`, its
    `event_id` (None when it was sent without one), its correlation `keys` (`orderId:NQ68...`), when it was
    `received_at` (epoch seconds), and the stored `body` (the verified body without its secret fields).
    `event` is the typed event, parsed again from that body."""

    seq: int
    name: str
    event_id: str | None
    keys: tuple[str, ...]
    received_at: float
    body: bytes = field(repr=False)

    @property
    def event(self) -> Event:
        # The receiver reported any drift when the delivery arrived; this parse tells no `on_drift` again.
        return parse_event(self.body, on_drift=_ignore)


def _ignore(_observation: DriftObservation) -> None:
    return None


@dataclass(frozen=True, slots=True)
class Pending:
    """What a backend records: everything but the `seq` it assigns. `dedup` is the record's identity."""

    dedup: str
    name: str
    event_id: str | None
    keys: tuple[str, ...]
    received_at: float
    body: bytes

    def recorded(self, seq: int) -> RecordedEvent:
        return RecordedEvent(seq, self.name, self.event_id, self.keys, self.received_at, self.body)


class Backend(Protocol):
    """A backend's side of the contract; `EventStore` checks the arguments and computes times. `since` is the
    oldest `received_at` still retained: older records are neither returned nor waited for."""

    where: str

    def record(self, pending: Pending, since: float) -> bool: ...
    async def record_async(self, pending: Pending, since: float) -> bool: ...
    def events(self, key: str, after: int, since: float) -> list[RecordedEvent]: ...
    async def events_async(self, key: str, after: int, since: float) -> list[RecordedEvent]: ...
    def wait(self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]) -> bool: ...
    async def wait_async(
        self, keys: frozenset[str], after: int, timeout: float, since: Callable[[], float]
    ) -> bool: ...
    def close(self) -> None: ...
    async def aclose(self) -> None: ...


def store_error(where: str, operation: str, error: BaseException, *, secret: str | None = None) -> EventStoreError:
    """Our error for a backend's failure, with the cause told as the deduplication stores tell it (the driver's
    type and text, the password blanked). Raise it `from None`: the driver's exception may hold the connection."""
    cause = store_failure(where, operation, error, secret=secret).cause
    return EventStoreError(store=where, operation=operation, cause=cause)


S = TypeVar("S")
A = TypeVar("A")


class Idle(Generic[S, A]):
    """A process's idle listening connections (PostgreSQL) or subscriptions (Redis), kept for the next `wait`:
    a caller waits in steps, and setting one up for each step would cost a connection each time. Sync ones, and
    async ones of the event loop that made them (they cannot move between loops). Keep it in a `PerProcess`.

    Notifications left on one from an earlier wait are harmless: each names an event that is in the store, which
    `wait` would find anyway."""

    __slots__ = ("_async", "_lock", "_sync")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sync: list[S] = []
        self._async: tuple[asyncio.AbstractEventLoop, list[A]] | None = None

    def take(self) -> S | None:
        with self._lock:
            return self._sync.pop() if self._sync else None

    def put(self, idle: S) -> None:
        with self._lock:
            self._sync.append(idle)

    def drain(self) -> list[S]:
        with self._lock:
            taken, self._sync = self._sync, []
            return taken

    def _of_loop(self) -> list[A]:
        loop = asyncio.get_running_loop()
        if self._async is None or self._async[0] is not loop:
            self._async = (loop, [])
        return self._async[1]

    def take_async(self) -> A | None:
        idle = self._of_loop()
        return idle.pop() if idle else None

    def put_async(self, idle: A) -> None:
        self._of_loop().append(idle)

    def drain_async(self) -> list[A]:
        taken = self._of_loop()
        self._async = None
        return taken
