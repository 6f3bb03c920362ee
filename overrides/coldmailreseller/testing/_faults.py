"""Failures on demand: the next calls of an operation fail or time out, and a per-second request limit."""

from __future__ import annotations

import difflib
import math
from collections import deque
from dataclasses import dataclass

from coldmailreseller_generated.operations import OPERATIONS

# The documented limit counts requests per second.
WINDOW = 1.0


@dataclass(frozen=True, slots=True)
class Fault:
    """One scheduled failure: an error status (with its Retry-After), or a timeout when `status` is None, after
    the request was applied when `applied` (the answer is lost on the way back)."""

    status: int | None
    retry_after: float | None = None
    applied: bool = False


def known_operation(operation_id: str) -> str:
    """The operation id, checked, so that a misspelt one fails the test instead of never matching."""
    if operation_id not in OPERATIONS:
        methods = {f"{op.resource}.{op.method}": op.operation_id for op in OPERATIONS.values()}
        close = difflib.get_close_matches(operation_id, OPERATIONS, n=3)
        if operation_id in methods:
            hint = f"; the operationId of {operation_id}() is {methods[operation_id]}"
        elif close:
            hint = f"; did you mean {' or '.join(close)}?"
        else:
            hint = ""
        raise ValueError(f"no operation {operation_id!r} in the spec{hint}")
    return operation_id


class Faults:
    """Scheduled failures per operation (in the order they were asked for) and the rate limit."""

    def __init__(self) -> None:
        self._scheduled: dict[str, deque[Fault]] = {}
        self._per_second: int | None = None
        self._accepted: deque[float] = deque()

    def schedule(self, operation_id: str, fault: Fault, times: int) -> None:
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ValueError(f"times must be a positive integer, got {times!r}")
        self._scheduled.setdefault(known_operation(operation_id), deque()).extend([fault] * times)

    def take(self, operation_id: str) -> Fault | None:
        """The failure scheduled for this call of the operation, if any (used up)."""
        pending = self._scheduled.get(operation_id)
        return pending.popleft() if pending else None

    def limit(self, per_second: int | None) -> None:
        valid = isinstance(per_second, int) and not isinstance(per_second, bool) and per_second >= 1
        if per_second is not None and not valid:
            raise ValueError(f"per_second must be a positive integer or None, got {per_second!r}")
        self._per_second = per_second
        self._accepted.clear()

    def throttle(self, now: float) -> int | None:
        """Whole seconds to wait when this request is over the limit (it is then not counted), else None."""
        if self._per_second is None:
            return None
        while self._accepted and self._accepted[0] <= now - WINDOW:
            self._accepted.popleft()
        if len(self._accepted) >= self._per_second:
            return max(1, math.ceil(self._accepted[0] + WINDOW - now))
        self._accepted.append(now)
        return None
