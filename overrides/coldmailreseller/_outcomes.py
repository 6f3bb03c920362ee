"""Following asynchronous work to its outcome in an event store, by the rule of its operation (`x-cmr-outcome`).

`expect` turns what a call sent (and answered) into an `Expectation`: the correlation keys of the work
(`orderId:NQ68...`, one per subscription renewed), how many per-item events to count, or, when the work's own id
is unknown, the keys a reconciliation matches (`userId:U1` and one of `domainName:acme.com`, ...) and since when.
`decide` is the rule itself, a pure function of the recorded events. `follow` / `follow_async` read the store until
`decide` answers, waiting on the store between reads (or sleeping on a virtual clock), never polling CMR.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from ._excerpt import scrubbed
from ._modelkit import Unset
from ._outcome_keys import field_name, key, values
from ._records import Operation, Outcome, OutcomeRule
from ._timing import REAL_TIMING, Timing, checked_timeout
from .errors import OutcomeNotTrackableError, OutcomeTimeoutError, OutcomeUnknownError

if TYPE_CHECKING:
    from .webhooks.event_store import EventStore

__all__ = [
    "Expectation",
    "Outcome",
    "decide",
    "expect",
    "follow",
    "follow_async",
    "reconcile",
    "reconcile_async",
    "remember",
]

# Hosts' clocks disagree a little: a reconciliation also takes events recorded this long before the request.
CLOCK_SKEW = 5.0
# The longest single wait on the store, so that the deadline is kept even when a notification is missed.
STEP = 1.0


class Recorded(Protocol):
    """What `decide` reads of a recorded event (`webhooks.RecordedEvent`)."""

    @property
    def seq(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def event_id(self) -> str | None: ...
    @property
    def keys(self) -> tuple[str, ...]: ...
    @property
    def received_at(self) -> float: ...
    @property
    def event(self) -> Any: ...


class Expectation:
    """What to look for: the work's own `keys` (each decided on its own when `each`), the per-item events to
    count, or (reconciling, no id known) `match`: groups of keys of which an event must carry one each; only events
    recorded after `since` (epoch seconds, when set) count. Plain values only: it travels with an
    `OutcomeUnknownError` into pickles."""

    __slots__ = ("count", "each", "keys", "match", "method", "operation_id", "since")

    def __init__(
        self,
        *,
        operation_id: str,
        method: str,
        keys: tuple[str, ...] = (),
        each: bool = False,
        count: int | None = None,
        match: tuple[tuple[str, ...], ...] = (),
        since: float | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.keys = keys
        self.each = each
        self.count = count
        self.match = match
        self.since = since

    def __reduce__(self) -> tuple[Any, ...]:
        return _expectation, (tuple((name, getattr(self, name)) for name in self.__slots__),)

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Expectation({shown})"

    @property
    def watched(self) -> tuple[str, ...]:
        """The keys whose events may decide it (before a reconciliation finds the work's id)."""
        return tuple(dict.fromkeys([*self.keys, *(k for group in self.match for k in group)]))


def _expectation(items: tuple[tuple[str, Any], ...]) -> Expectation:
    return Expectation(**dict(items))


def _request_values(sent: Mapping[str, Any], path: str) -> list[Any]:
    return values(sent, path.removeprefix("request."))


def _strings(found: list[Any]) -> list[str]:
    return [
        str(value) for value in found if isinstance(value, str | int) and not isinstance(value, bool) and value != ""
    ]


def expect(
    op: Operation[Any], sent: Mapping[str, Any], answer: Mapping[str, Any] | None, sent_at: float
) -> Expectation:
    """The expectation of a call that sent `sent` (wire names: parameters and body) and got the envelope `answer`
    (None: no answer was read); `OutcomeNotTrackableError` saying why there is none."""
    rule = op.outcome
    where = f"{op.call_name} ({op.operation_id})"
    if rule is None:
        raise OutcomeNotTrackableError(f"{where}: the spec says nothing of how its work ends (no x-cmr-outcome)")
    if rule.undocumented is not None:
        raise OutcomeNotTrackableError(f"{where}: how its work ends is not documented upstream: {rule.undocumented}")
    count = None
    if rule.per_item_count_path is not None:
        count = len(_request_values(sent, rule.per_item_count_path))
    if rule.correlate is not None and rule.by is not None:
        field = field_name(rule.correlate)
        side, _, path = rule.by.partition(".")
        found = _strings(_request_values(sent, rule.by) if side == "request" else values(answer or {}, path))
        if found:
            keys = tuple(dict.fromkeys(key(field, value) for value in found))
            return Expectation(
                operation_id=op.operation_id,
                method=op.call_name,
                keys=keys,
                each=rule.by.endswith("[*]"),
                count=count,
                # An id the request names (a subscription) has older events too, an earlier renewal's success; an id
                # CMR answered with is new, and its events count whatever the receiving host's clock says.
                since=sent_at - CLOCK_SKEW if side == "request" else None,
            )
    if rule.reconcile:
        groups = []
        for event_path, request_path in rule.reconcile:
            found = _strings(_request_values(sent, request_path))
            if not found:
                raise OutcomeNotTrackableError(
                    f"{where}: the request carries no {request_path.removeprefix('request.')} to match "
                    f"{event_path} of the events by ({rule.reconcile_rule})"
                )
            groups.append(tuple(dict.fromkeys(key(field_name(event_path), value) for value in found)))
        return Expectation(
            operation_id=op.operation_id,
            method=op.call_name,
            match=tuple(groups),
            since=sent_at - CLOCK_SKEW,
            count=count,
        )
    why = rule.reconcile_undocumented or rule.rule
    raise OutcomeNotTrackableError(f"{where}: no field to match its events by is known: {why}")


def decide(rule: OutcomeRule, recorded: Sequence[Recorded], expected: Expectation) -> Outcome | None:
    """The outcome the recorded events (in any order, duplicates allowed) show, or None while undecided.

    Succeeded when every `success` event has arrived and, with a count, as many per-item events; failed as soon
    as a `failure` event has arrived; with `each`, every key is decided on its own and the work when all are
    (succeeded only if all succeeded, failed if any failed)."""
    events = _unique(recorded)
    if expected.since is not None:
        events = [e for e in events if e.received_at >= expected.since]
    if expected.match:
        return _reconciled(rule, events, expected)
    if expected.each:
        decided = [_one(rule, [e for e in events if k in e.keys], expected.count, (k,)) for k in expected.keys]
        if any(outcome is None for outcome in decided):
            return None
        mine = [e for e in events if set(e.keys) & set(expected.keys)]
        failed = any(outcome is not None and outcome.failed for outcome in decided)
        return Outcome(succeeded=not failed, failed=failed, events=_typed(mine), keys=expected.keys)
    return _one(rule, [e for e in events if set(e.keys) & set(expected.keys)], expected.count, expected.keys)


def _unique(recorded: Sequence[Recorded]) -> list[Recorded]:
    """In arrival order, each delivery once (a store records it once; a redelivery read twice counts once)."""
    seen: set[object] = set()
    found = []
    for event in sorted(recorded, key=lambda e: e.seq):
        identity = (event.name, event.event_id) if event.event_id is not None else event.seq
        if identity not in seen:
            seen.add(identity)
            found.append(event)
    return found


def _reconciled(rule: OutcomeRule, events: list[Recorded], expected: Expectation) -> Outcome | None:
    mine, ids = _matching(rule, events, expected)
    return _one(rule, mine, expected.count, ids) if mine else None


def _matching(
    rule: OutcomeRule, events: Sequence[Recorded], expected: Expectation
) -> tuple[list[Recorded], tuple[str, ...]]:
    """No id known: the events recorded since the request that match every group lead, by their correlation id
    (`orderId`), to the rest of the work's events. Those events, and the ids."""
    since = expected.since if expected.since is not None else -math.inf
    recent = [e for e in events if e.received_at >= since]
    matched = [e for e in recent if all(set(e.keys) & set(group) for group in expected.match)]
    if rule.correlate is None or not matched:
        return [], ()
    prefix = field_name(rule.correlate) + ":"
    ids = tuple(dict.fromkeys(k for e in matched for k in e.keys if k.startswith(prefix)))
    return [e for e in recent if e in matched or set(e.keys) & set(ids)], ids


def _one(rule: OutcomeRule, events: list[Recorded], count: int | None, keys: tuple[str, ...]) -> Outcome | None:
    names = [e.name for e in events]
    if any(name in rule.failure for name in names):
        return Outcome(succeeded=False, failed=True, events=_typed(events), keys=keys)
    if not all(name in names for name in rule.success):
        return None
    if count is not None and rule.per_item_event is not None and names.count(rule.per_item_event) < count:
        return None
    return Outcome(succeeded=True, failed=False, events=_typed(events), keys=keys)


def _typed(events: list[Recorded]) -> tuple[Any, ...]:
    return tuple(e.event for e in events)


class _Reading:
    """The events read so far for an expectation, key by key, so that each read asks only for newer ones."""

    def __init__(self, rule: OutcomeRule, expected: Expectation) -> None:
        self.rule = rule
        self.expected = expected
        self.after: dict[str, int] = dict.fromkeys(expected.watched, 0)
        self.events: dict[int, Recorded] = {}

    @property
    def last(self) -> int:
        return max(self.events, default=0)

    def add(self, key_: str, found: Sequence[Recorded]) -> None:
        for event in found:
            self.events[event.seq] = event
            self.after[key_] = max(self.after[key_], event.seq)

    def discovered(self) -> list[str]:
        """Keys found by a reconciliation (the work's id), not read yet."""
        if not self.expected.match or self.rule.correlate is None:
            return []
        prefix = field_name(self.rule.correlate) + ":"
        found = [k for e in self.events.values() for k in e.keys if k.startswith(prefix) and k not in self.after]
        for k in found:
            self.after[k] = 0
        return found

    def decide(self) -> Outcome | None:
        return decide(self.rule, list(self.events.values()), self.expected)

    def timeout(self, timeout: float) -> OutcomeTimeoutError:
        seen = _unique(list(self.events.values()))
        if self.expected.match:
            seen = _matching(self.rule, seen, self.expected)[0]  # not another user's order of the same domain
        names = tuple(dict.fromkeys(e.name for e in seen))
        return OutcomeTimeoutError(
            operation_id=self.expected.operation_id,
            method=self.expected.method,
            keys=self.expected.keys or self.expected.watched,
            timeout=timeout,
            events_seen=names,
        )


def follow(
    store: EventStore, rule: OutcomeRule, expected: Expectation, timeout: float, timing: Timing = REAL_TIMING
) -> Outcome:
    """Read the store until the rule decides, at most `timeout` seconds (by `timing`'s clock)."""
    timeout = checked_timeout(timeout)
    reading = _Reading(rule, expected)
    deadline = timing.clock() + timeout
    while True:
        for key_ in list(reading.after):
            reading.add(key_, store.events(key_, after=reading.after[key_]))
        if reading.discovered():
            continue  # read the work's own events at once
        outcome = reading.decide()
        if outcome is not None:
            return outcome
        remaining = deadline - timing.clock()
        if remaining <= 0:
            raise reading.timeout(timeout)
        step = min(remaining, STEP)
        if timing.virtual:
            timing.sleep(step)  # moves the virtual clock, which is what delivers the events
        else:
            store.wait(list(reading.after), after=reading.last, timeout=step)


async def follow_async(
    store: EventStore, rule: OutcomeRule, expected: Expectation, timeout: float, timing: Timing = REAL_TIMING
) -> Outcome:
    """`follow` without blocking the event loop."""
    timeout = checked_timeout(timeout)
    reading = _Reading(rule, expected)
    deadline = timing.clock() + timeout
    while True:
        for key_ in list(reading.after):
            reading.add(key_, await store.events_async(key_, after=reading.after[key_]))
        if reading.discovered():
            continue
        outcome = reading.decide()
        if outcome is not None:
            return outcome
        remaining = deadline - timing.clock()
        if remaining <= 0:
            raise reading.timeout(timeout)
        step = min(remaining, STEP)
        if timing.virtual:
            await timing.async_sleep(step)
        else:
            await store.wait_async(list(reading.after), after=reading.last, timeout=step)


def _no_store(expected: Expectation) -> OutcomeNotTrackableError:
    return OutcomeNotTrackableError(
        f"{expected.method} ({expected.operation_id}): the client has no event store to wait in: create it with "
        "event_store=EventStore(...) (or its URL), or set CMR_EVENT_STORE, and record the webhooks there "
        "(WebhookHandler(..., events=...))"
    )


class _Waiting:
    """What both waiters hold: the client's store and timing, and what the call expects (or why it cannot)."""

    __slots__ = ("_expected", "_rule", "_store", "_timing")

    def __init__(
        self, store: EventStore | None, timing: Timing, rule: OutcomeRule | None, expected: Expectation | Exception
    ) -> None:
        self._store = store
        self._timing = timing
        self._rule = rule
        self._expected = expected

    def _ready(self) -> tuple[EventStore, OutcomeRule, Expectation]:
        expected = self._expected
        if isinstance(expected, Exception):
            raise type(expected)(*expected.args)  # a fresh error each time, with its own traceback
        if self._store is None:
            raise _no_store(expected)
        assert self._rule is not None  # an expectation exists only for an operation with a rule
        return self._store, self._rule, expected


class Waiter(_Waiting):
    """`ActionResult.wait`."""

    __slots__ = ()

    def __call__(self, timeout: float) -> Outcome:
        store, rule, expected = self._ready()
        return follow(store, rule, expected, timeout, self._timing)


class AsyncWaiter(_Waiting):
    """`AsyncActionResult.wait`."""

    __slots__ = ()

    async def __call__(self, timeout: float) -> Outcome:
        store, rule, expected = self._ready()
        return await follow_async(store, rule, expected, timeout, self._timing)


def waiter(
    cls: type[_Waiting],
    op: Operation[Any],
    store: EventStore | None,
    timing: Timing,
    sent: Mapping[str, Any],
    sent_at: float,
) -> Callable[[Mapping[str, Any]], _Waiting]:
    """What the requester hands `_response.action_result`: the answer's envelope -> the result's waiter."""

    def make(answer: Mapping[str, Any]) -> _Waiting:
        try:
            expected: Expectation | Exception = expect(op, sent, answer, sent_at)
        except OutcomeNotTrackableError as exc:
            expected = exc
        return cls(store, timing, op.outcome, expected)

    return make


def now() -> float:
    """Epoch seconds, the clock event stores record `received_at` by."""
    return time.time()


def _reconciling(
    error: OutcomeUnknownError, event_store: object
) -> tuple[EventStore, bool, OutcomeRule, Expectation, Timing]:
    """What `wait_for_outcome` follows: the store (given, the client's, or CMR_EVENT_STORE; `opened` when it was
    opened here from a URL, so that the wait closes it) and the expectation."""
    from coldmailreseller_generated.operations import OPERATIONS

    from .webhooks.event_store import EVENT_STORE_ENV, EventStore, open_store

    expected = error._expected
    if not isinstance(expected, Expectation):
        why = expected if isinstance(expected, str) else "the error keeps nothing of what was asked"
        raise OutcomeNotTrackableError(why)
    store, opened = open_store(event_store), isinstance(event_store, str)
    if store is None and error._store is not None:
        store = error._store
    elif store is None:
        if not os.environ.get(EVENT_STORE_ENV, "").strip():
            raise _no_store(expected)
        store, opened = EventStore.from_env(), True
    rule = OPERATIONS[expected.operation_id].outcome
    assert rule is not None  # an expectation exists only for an operation with a rule
    return store, opened, rule, expected, error._timing or REAL_TIMING


def reconcile(error: OutcomeUnknownError, timeout: float, event_store: object) -> Outcome:
    """`OutcomeUnknownError.wait_for_outcome`: what was asked, looked for in the store."""
    store, opened, rule, expected, timing = _reconciling(error, event_store)
    try:
        return follow(store, rule, expected, timeout, timing)
    finally:
        if opened:
            store.close()


async def reconcile_async(error: OutcomeUnknownError, timeout: float, event_store: object) -> Outcome:
    """`OutcomeUnknownError.wait_for_outcome_async`."""
    store, opened, rule, expected, timing = _reconciling(error, event_store)
    try:
        return await follow_async(store, rule, expected, timeout, timing)
    finally:
        if opened:
            await store.aclose()


def remember(
    error: OutcomeUnknownError,
    op: Operation[Any],
    args: Mapping[str, object],
    sent: Mapping[str, Any],
    sent_at: float,
    store: EventStore | None,
    timing: Timing,
) -> None:
    """Keep on `error` what was asked (secrets removed) and what wait_for_outcome() will look for."""
    error.method = op.call_name
    error.arguments = plain({name: value for name, value in args.items() if value is not None})
    try:
        error._expected = expect(op, sent, None, sent_at)
    except OutcomeNotTrackableError as exc:
        error._expected = str(exc)
    error._store = store
    error._timing = timing


def plain(value: object) -> Any:
    """Checked arguments as plain data by attribute name (models as dicts, enums as values), secret fields removed
    at every depth."""
    return scrubbed(_data(value))


def _data(value: object) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): _data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_data(item) for item in value]
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None:
        found = {}
        for field in fields:
            item = getattr(value, field.name)
            if field.name == "additional_properties":
                found.update(_data(item))
            elif not isinstance(item, Unset):
                found[field.name] = _data(item)
        return found
    return value
