"""What the event store and its backends share: the record types, the backend contract, the failure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from .dedup import store_failure
from .errors import EventStoreError
from .events import Event, parse_event

if TYPE_CHECKING:
    from .._drift_record import DriftObservation

__all__ = ["Backend", "Pending", "RecordedEvent", "store_error"]


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
