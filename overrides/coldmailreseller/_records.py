"""The records of the contract the generated package imports (through `_runtime`): operations, their arguments
and the JSON shapes of those, paging, data kinds, action results and the outcome they wait for, references to
generated classes, the effect table, and the outcome rules of asynchronous operations. Imports nothing of this
package: the generator reads `EFFECTS` from this file's source (never imports it).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from coldmailreseller_generated.events import KnownEvent
else:
    # The event models are the webhooks' business (imported when an event arrives); at run time the annotation
    # names no class, so that typing.get_type_hints(Outcome) imports none.
    KnownEvent = Any


class SpecMismatch(TypeError):
    """A value does not match the spec (the JSON pointer and what was expected, never the value). Raised by the
    checking parsers (the generated ones through `_modelkit.expected` and `missing`, the list parser here); caught
    by name, so that any other TypeError (a bug) propagates as itself. A TypeError for callers of `from_dict` that
    caught that."""


T = TypeVar("T")
ItemT = TypeVar("ItemT")

ShapeKind = Literal["str", "int", "float", "bool", "enum", "model", "list", "map", "union", "any"]
Location = Literal["path", "query", "body"]
Effect = Literal["read", "idempotent", "create", "async", "money"]
# The effect table, the one definition (spec `x-cmr-effect`; the generator reads this literal for the values it
# accepts and for api.md): effect -> (retry-safe, what it does). A retry-safe call is re-sent after a timeout or a
# retryable 5xx; any other only when the request provably never reached the server, and a 5xx or a connection lost
# after sending leaves its outcome unknown (`outcome_unknown=True` on the error).
EFFECTS: dict[Effect, tuple[bool, str]] = {
    "read": (True, "reads only"),
    "idempotent": (True, "sending it twice has the effect of sending it once"),
    "create": (False, "creates something"),
    "async": (False, "starts work that finishes by webhook"),
    "money": (False, "charges the wallet"),
}
RETRY_SAFE: frozenset[Effect] = frozenset(effect for effect, (safe, _) in EFFECTS.items() if safe)
DataKind = Literal["none", "model", "list", "any"]


class _Record:
    """Plain read-only records: dataclasses would cost milliseconds at import for every client user."""

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[tuple[str, Any], ...]:
        # Private slots are caches, not part of the value.
        return tuple((name, getattr(self, name)) for name in self.__slots__ if not name.startswith("_"))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{name}={value!r}' for name, value in self._values())})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Record) and type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())


class Ref(_Record):
    """A generated class, by module and name; `get()` imports it the first time."""

    __slots__ = ("_value", "module", "name")

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._value: Any = None

    def get(self) -> Any:
        if self._value is None:
            # __import__ rather than importlib.import_module: the same import, but `python -X importtime` sees it.
            self._value = getattr(__import__(self.module, fromlist=[self.name]), self.name)
        return self._value


class Shape(_Record):
    """The JSON shape a value must have: a primitive, an enum or model (`ref`), a list or map of a shape
    (`item`), or one of several shapes (`options`).

    A model's shape also lists its `fields` (a mapping must use those keys), what else it takes (`item`: the
    value shape of a map model; no fields and no item: any keys), and `one_of`: groups of wire names of which
    exactly one is sent."""

    __slots__ = ("fields", "item", "kind", "one_of", "options", "ref")

    def __init__(
        self,
        kind: ShapeKind,
        ref: Ref | None = None,
        item: Shape | None = None,
        options: tuple[Shape, ...] = (),
        fields: tuple[Field, ...] = (),
        one_of: tuple[tuple[str, ...], ...] = (),
    ) -> None:
        self.kind = kind
        self.ref = ref
        self.item = item
        self.options = options
        self.fields = fields
        self.one_of = one_of


class Field(_Record):
    """One argument of an operation: where it goes on the wire and what it must look like."""

    __slots__ = (
        "attr",
        "location",
        "max_length",
        "maximum",
        "min_items",
        "min_length",
        "minimum",
        "required",
        "shape",
        "wire",
    )

    def __init__(
        self,
        wire: str,
        attr: str,
        location: Location,
        shape: Shape,
        required: bool,
        min_length: int | None = None,
        max_length: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        min_items: int | None = None,
    ) -> None:
        self.wire = wire
        self.attr = attr
        self.location = location
        self.shape = shape
        self.required = required
        self.min_length = min_length
        self.max_length = max_length
        self.minimum = minimum
        self.maximum = maximum
        self.min_items = min_items


class Data(_Record):
    """What the success envelope's `data` holds: nothing, one model, a list of models, or unmodelled JSON.
    `required`: the spec says a success always carries it."""

    __slots__ = ("kind", "ref", "required")

    def __init__(self, kind: DataKind, ref: Ref | None = None, required: bool = False) -> None:
        self.kind = kind
        self.ref = ref
        self.required = required


OutcomeSource = Literal["docs", "repo"]


class OutcomeRule(_Record):
    """How an operation that finishes later ends, as the spec's `x-cmr-outcome` says (spec/README.md).

    `success`: the webhook events that report success, in the order they arrive (all of them: the work is done);
    `failure`: any one of these ends it as failed. `correlate`: the dotted path into those events' payloads that
    names the work (`data.orderId`), matched against `by`, the operation's own field (`response.data.orderId`,
    `request.subscriptionIds[*]`: one outcome per item sent); either may be None where upstream does not say.
    `per_item_event` arrives `per_item_count` times (the words of the docs: "one per mailbox ordered"), counted as
    the leaves of `per_item_count_path` in the request (`request.mailboxes.*[*]`: every item of every list value).
    `reconcile`: (event path, request path) pairs that find the work when its own id is unknown (every pair must
    hold: `data.userId` equals `request.userId`, `data.domainName` is one of `request.domains[*].domain`), said in
    `reconcile_rule`; `reconcile_undocumented`: why nothing can. `rule`: one sentence, when the operation is
    complete. `source`: `docs` when every part comes from the official docs, `repo` when any part comes only from
    the guide site. `undocumented`: why upstream does not say how the work ends (then everything else is empty)."""

    __slots__ = (
        "by",
        "correlate",
        "failure",
        "per_item_count",
        "per_item_count_path",
        "per_item_event",
        "reconcile",
        "reconcile_rule",
        "reconcile_undocumented",
        "rule",
        "source",
        "success",
        "undocumented",
    )

    def __init__(
        self,
        *,
        success: tuple[str, ...] = (),
        failure: tuple[str, ...] = (),
        correlate: str | None = None,
        by: str | None = None,
        per_item_event: str | None = None,
        per_item_count: str | None = None,
        per_item_count_path: str | None = None,
        reconcile: tuple[tuple[str, str], ...] = (),
        reconcile_rule: str | None = None,
        reconcile_undocumented: str | None = None,
        rule: str = "",
        source: OutcomeSource | None = None,
        undocumented: str | None = None,
    ) -> None:
        self.success = success
        self.failure = failure
        self.correlate = correlate
        self.by = by
        self.per_item_event = per_item_event
        self.per_item_count = per_item_count
        self.per_item_count_path = per_item_count_path
        self.reconcile = reconcile
        self.reconcile_rule = reconcile_rule
        self.reconcile_undocumented = reconcile_undocumented
        self.rule = rule
        self.source = source
        self.undocumented = undocumented

    @property
    def documented(self) -> bool:
        return self.undocumented is None

    @property
    def events(self) -> frozenset[str]:
        """Every event this outcome names."""
        found = {*self.success, *self.failure}
        if self.per_item_event is not None:
            found.add(self.per_item_event)
        return frozenset(found)


class Operation(_Record, Generic[T]):
    """One operation of the spec; `parse` builds its typed `data` from the decoded envelope field."""

    __slots__ = (
        "_parse",
        "data",
        "effect",
        "envelope_keys",
        "fields",
        "has_action_id",
        "has_body",
        "http_method",
        "method",
        "one_of",
        "operation_id",
        "outcome",
        "path",
        "resource",
        "result",
        "retry_safe",
        "sandbox",
        "statuses",
    )

    def __init__(
        self,
        *,
        operation_id: str,
        resource: str,
        method: str,
        http_method: str,
        path: str,
        effect: Effect,
        fields: tuple[Field, ...],
        data: Data,
        has_action_id: bool,
        sandbox: bool,
        has_body: bool = False,
        one_of: tuple[tuple[str, ...], ...] = (),
        result: str | None = None,
        statuses: frozenset[int] = frozenset(),
        envelope_keys: frozenset[str] = frozenset(),
        outcome: OutcomeRule | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.resource = resource
        self.method = method
        self.http_method = http_method
        self.path = path
        self.effect = effect
        self.fields = fields
        self.data = data
        self.has_action_id = has_action_id
        self.sandbox = sandbox
        # A JSON body is sent (`{}` plus extra_body when no field of it is documented).
        self.has_body = has_body
        # Groups of body wire names of which exactly one must be sent.
        self.one_of = one_of
        # A typed result the client builds from the whole answer (coldmailreseller/_results.py), not from `data`.
        self.result = result
        # What the spec documents, so that anything else is reported as drift (coldmailreseller/_drift.py).
        self.statuses = statuses
        self.envelope_keys = envelope_keys
        # How work that finishes by webhook ends (spec `x-cmr-outcome`); None for an operation without one.
        self.outcome = outcome
        self.retry_safe = effect in RETRY_SAFE
        self._parse: Callable[[Any], T] | None = None

    @property
    def has_data(self) -> bool:
        return self.data.required

    @property
    def call_name(self) -> str:
        """The method as the caller wrote it (`orders.create`; `request` for the client's raw `request()`)."""
        return self.method if self.resource == "client" else f"{self.resource}.{self.method}"

    def parse(self, data: Any) -> T:
        """`data` (decoded JSON, None when absent) as the operation's typed result; SpecMismatch on a mismatch."""
        parse = self._parse
        if parse is None:
            parse = self._parse = _parser(self.data)
        return parse(data)


def _parser(data: Data) -> Callable[[Any], Any]:
    if data.kind == "none":
        return _nothing
    if data.kind == "any":
        return _as_is
    assert data.ref is not None
    from_dict = data.ref.get().from_dict
    if data.kind == "model":

        def parse_model(value: Any) -> Any:
            return None if value is None else from_dict(value, "/data")

        return parse_model

    def parse_list(value: Any) -> Any:
        if value is None:
            return None
        if type(value) is not list:
            raise SpecMismatch(f"/data: expected an array, got {type(value).__name__}")
        return [from_dict(item, "/data/*") for item in value]

    return parse_list


def _nothing(data: Any) -> None:
    """Operations whose envelope declares no `data`: whatever is there is ignored."""
    return None


def _as_is(data: Any) -> Any:
    return data


class Paging(_Record, Generic[ItemT]):
    """A page/limit list operation: which attribute of its `data` holds the items, and the attribute paths of
    the total page count and the current page (as the spec declares them).

    `items=None`: upstream does not name the array; the API-wide convention applies (the one array in `data`,
    each item read with `item`, and `pagination.totalPages` when present)."""

    __slots__ = ("current_page", "item", "items", "operation", "total_pages")

    def __init__(
        self,
        operation: Operation[Any],
        *,
        items: str | None,
        total_pages: tuple[str, ...] | None,
        current_page: tuple[str, ...] | None,
        item: Ref | None = None,
    ) -> None:
        self.operation = operation
        self.items = items
        self.total_pages = total_pages
        self.current_page = current_page
        self.item = item


class Outcome(_Record):
    """How asynchronous work ended, as its webhook events reported it (`x-cmr-outcome`): `succeeded` or `failed`
    (exactly one is True), the typed `events` that decided it in arrival order, and the correlation `keys` they
    were found by (`orderId:NQ68...`). Read-only."""

    __slots__ = ("events", "failed", "keys", "succeeded")
    succeeded: bool
    failed: bool
    events: tuple[KnownEvent, ...]
    keys: tuple[str, ...]

    def __init__(self, *, succeeded: bool, failed: bool, events: tuple[KnownEvent, ...], keys: tuple[str, ...]) -> None:
        for name, value in (("succeeded", succeeded), ("failed", failed), ("events", events), ("keys", keys)):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Outcome is read-only ({name})")

    def __reduce__(self) -> tuple[Any, ...]:
        return _outcome, (self.succeeded, self.failed, self.events, self.keys)


def _outcome(succeeded: bool, failed: bool, events: tuple[Any, ...], keys: tuple[str, ...]) -> Outcome:
    return Outcome(succeeded=succeeded, failed=failed, events=events, keys=keys)


# The error of a result that cannot wait: errors.py (which imports this module) installs OutcomeNotTrackableError.
NOT_TRACKABLE: type[Exception] = RuntimeError


class _Action(_Record):
    """The fields both action results share. `_waiter` (set by the client) follows the work in the client's event
    store; it references the client, so it is not compared, shown or pickled: a copy cannot wait."""

    __slots__ = ("_waiter", "action_id", "data", "message", "request_id")

    def _values(self) -> tuple[tuple[str, Any], ...]:
        return tuple((name, getattr(self, name)) for name in _Action.__slots__ if not name.startswith("_"))

    def __init__(
        self,
        data: Any,
        action_id: str | None,
        message: str | None,
        request_id: str | None = None,
        *,
        waiter: Any = None,
    ) -> None:
        self.data = data
        self.action_id = action_id
        self.message = message
        self.request_id = request_id
        self._waiter = waiter

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.data, self.action_id, self.message, self.request_id)

    def _detached(self) -> Exception:
        return NOT_TRACKABLE(
            f"this {type(self).__name__} was copied or built by hand, so it has no client to wait with; "
            "wait on the one the call returned"
        )


class ActionResult(_Action, Generic[T]):
    """Result of an operation that starts asynchronous work: its `data`, the `action_id` CMR answered with, CMR's
    message, and the request id when CMR sent one. `wait()` follows the work to its outcome in the client's event
    store (the operation's `x-cmr-outcome`)."""

    __slots__ = ()
    data: T

    def wait(self, timeout: float = 600.0) -> Outcome:
        """Block until the webhook events that decide the work have been recorded in the client's event store
        (`event_store=` or `CMR_EVENT_STORE`), at most `timeout` seconds; never polls CMR.

        Raises `OutcomeTimeoutError` when nothing conclusive arrived in time, `OutcomeNotTrackableError` when the
        client has no event store or the spec knows no way to follow this operation (the error says why)."""
        waiter: Callable[[float], Outcome] | None = self._waiter
        if waiter is None:
            raise self._detached()
        return waiter(timeout)


class AsyncActionResult(_Action, Generic[T]):
    """`ActionResult` of the async client: the same fields, and `await result.wait()`."""

    __slots__ = ()
    data: T

    async def wait(self, timeout: float = 600.0) -> Outcome:
        """`ActionResult.wait` without blocking the event loop."""
        waiter: Callable[[float], Awaitable[Outcome]] | None = self._waiter
        if waiter is None:
            raise self._detached()
        return await waiter(timeout)
