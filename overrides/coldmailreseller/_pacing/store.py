"""The pacing store contract: where the next free send slot of each key is kept, so that every process and host
using one key paces as one.

A store holds a single number per key: the time of the next free send slot. Two operations change it, each
atomic in the store: `reserve` books the next slot and says how long to wait for it; `push` moves the next slot
to at least `seconds` from now (after a late wake-up, or a 429's Retry-After). The store's own clock decides
(Redis' TIME, the host's wall clock for SQLite), so that hosts whose clocks differ still agree.

When a store cannot be reached, its operations answer None (False for `push`) and the client paces on its own;
the store's `PacingHealth` logs one WARNING per outage and lets the store be tried again every RECONNECT_AFTER
seconds.

A leaf module: it imports nothing of this package, so that the backends, the registry, the pacer and users'
own stores can all import it.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from typing import Protocol, runtime_checkable

logger = logging.getLogger("coldmailreseller")
# How long a client paces on its own after its store failed, before trying the store again.
RECONNECT_AFTER = 5.0


class PacingHealth:
    """Whether a store answered lately; logs its outage once and says when to try it again."""

    def __init__(self, name: str) -> None:
        """`name` is how logs show the store: never with a password."""
        self.name = name
        self._retry_at: float | None = None
        self._lock = threading.Lock()

    def usable(self) -> bool:
        retry_at = self._retry_at
        return retry_at is None or time.monotonic() >= retry_at

    def failed(self, error: BaseException) -> None:
        """Record an outage. The message names the error's type and text, never the URL: the drivers' texts
        name the host and the cause, not the password."""
        with self._lock:
            first = self._retry_at is None
            self._retry_at = time.monotonic() + RECONNECT_AFTER
        if first:
            logger.warning(
                "pacing store %s is unreachable (%s); pacing each client on its own until it answers again "
                "(trying it every %.0f s)",
                self.name,
                f"{type(error).__name__}: {error}",
                RECONNECT_AFTER,
            )

    def answered(self) -> None:
        if self._retry_at is None:
            return
        with self._lock:
            was_down, self._retry_at = self._retry_at is not None, None
        if was_down:
            logger.info("pacing store %s answers again; pacing is shared again", self.name)


@runtime_checkable
class PacingStore(Protocol):
    """What `rate_limit_store=` accepts besides a URL: the built-in stores implement it, and so can yours.

    One object serves every client of a process that is given it (connections made once; keep them per process,
    as `coldmailreseller._perprocess.PerProcess` does, if the object may cross a fork). Each operation answers
    None (`push`: False) when the store failed, after telling `health`; `reserve` otherwise answers the wait in
    seconds. The object's repr is how the client shows the store (`cmr.rate_limit_store`, reprs): keep passwords
    out of it."""

    health: PacingHealth

    def prepare(self) -> None:
        """Connect, if not yet connected (a failure goes to `health`). Called before a booking, not timed."""

    def reserve(self, key: str, interval: float) -> float | None:
        """Book the next free slot of `key` (at or after now) and move it `interval` seconds on; the wait."""

    def push(self, key: str, seconds: float) -> bool:
        """No slot of `key` before `seconds` from now; False when the store failed."""

    async def prepare_async(self) -> None: ...

    async def reserve_async(self, key: str, interval: float) -> float | None: ...

    async def push_async(self, key: str, seconds: float) -> bool: ...


def pacing_key(api_key: str) -> str:
    """The key's name in a store: one per partner key, since CMR counts per key. A digest, so no store holds the
    key. The prefix and salt are those of earlier releases, so that old and new clients still pace as one."""
    return "cmr:pace:" + hashlib.sha256(b"coldmailreseller pace\0" + api_key.encode()).hexdigest()[:32]
