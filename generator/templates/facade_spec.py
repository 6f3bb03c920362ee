"""What the generated facade tells the hand-written client about each operation.

The facade (one class per spec tag, one method per operation) only describes calls; the hand-written
package `coldmailreseller` validates arguments, sends, retries, and parses responses, by implementing
`Requester` and `AsyncRequester`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from enum import Enum
from typing import Any, Generic, Literal, Protocol, TypeVar

import httpx

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
ItemT = TypeVar("ItemT")

Kind = Literal["str", "int", "float", "bool", "enum", "model", "list", "map", "union", "any"]
# "body_object" is a whole request body whose fields upstream does not document, passed as one mapping.
Location = Literal["path", "query", "body", "body_object"]
# read/idempotent calls may be re-sent after a timeout or 5xx; create/async/money calls only when the
# request provably never reached the server.
Effect = Literal["read", "idempotent", "create", "async", "money"]
TimeoutArg = float | httpx.Timeout | None


class _Record:
    """Plain read-only records: dataclasses would cost milliseconds at import for every client user."""

    __slots__: tuple[str, ...] = ()

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({values})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, name) for name in self.__slots__))


class Shape(_Record):
    """The JSON shape a value must have: a primitive, an enum, a model, a list/map of shapes, or one of
    several shapes (`union`)."""

    __slots__ = ("enum", "item", "kind", "model", "options")

    def __init__(
        self,
        kind: Kind,
        enum: type[Enum] | None = None,
        model: Any = None,
        item: Shape | None = None,
        options: tuple[Shape, ...] = (),
    ) -> None:
        self.kind = kind
        self.enum = enum
        self.model = model
        self.item = item
        self.options = options


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


class Operation(_Record, Generic[T]):
    """One operation of the spec, with the function that builds its typed `data`."""

    __slots__ = (
        "effect",
        "fields",
        "has_action_id",
        "has_data",
        "http_method",
        "items",
        "method",
        "operation_id",
        "parse",
        "path",
        "resource",
        "retry_safe",
        "sandbox",
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
        parse: Callable[[Any], T],
        has_data: bool,
        has_action_id: bool,
        items: str | None,
        sandbox: bool,
    ) -> None:
        self.operation_id = operation_id
        self.resource = resource
        self.method = method
        self.http_method = http_method
        self.path = path
        self.effect = effect
        self.fields = fields
        self.parse = parse
        self.has_data = has_data
        self.has_action_id = has_action_id
        self.items = items
        self.sandbox = sandbox
        self.retry_safe = effect in ("read", "idempotent")


class ActionResult(_Record, Generic[T]):
    """Result of an operation that starts asynchronous work: its `data` and the `action_id` to correlate
    with the webhook that reports the outcome."""

    __slots__ = ("action_id", "data", "message")

    def __init__(self, data: T, action_id: str | None, message: str | None) -> None:
        self.data = data
        self.action_id = action_id
        self.message = message


class RawResponse(Protocol[T_co]):
    """The HTTP response of a call, with its envelope, before or after parsing `data`."""

    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx.Headers: ...
    @property
    def request_id(self) -> str | None: ...
    @property
    def message(self) -> str | None: ...
    @property
    def action_id(self) -> str | None: ...
    @property
    def http_response(self) -> httpx.Response: ...
    def parse(self) -> T_co: ...


class Requester(Protocol):
    def request(self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg) -> T: ...
    def request_action(self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg) -> ActionResult[T]: ...
    def request_raw(self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg) -> RawResponse[T]: ...
    def paginate(
        self, op: Operation[Any], args: Mapping[str, object], timeout: TimeoutArg, item: type[ItemT]
    ) -> Iterator[ItemT]: ...


class AsyncRequester(Protocol):
    async def request(self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg) -> T: ...
    async def request_action(
        self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg
    ) -> ActionResult[T]: ...
    async def request_raw(
        self, op: Operation[T], args: Mapping[str, object], timeout: TimeoutArg
    ) -> RawResponse[T]: ...
    def paginate(
        self, op: Operation[Any], args: Mapping[str, object], timeout: TimeoutArg, item: type[ItemT]
    ) -> AsyncIterator[ItemT]: ...


def parse_nothing(data: Any) -> None:
    """Parser of operations whose envelope carries no `data`: whatever is there is ignored."""
    return None


def list_of(parse: Callable[[Any], T]) -> Callable[[Any], list[T]]:
    """Parser of a JSON array of objects, each read by `parse`."""

    def parse_list(data: Any) -> list[T]:
        if not isinstance(data, list):
            raise TypeError(f"expected a JSON array, got {type(data).__name__}")
        return [parse(item) for item in data]

    return parse_list


def optional(parse: Callable[[Any], T]) -> Callable[[Any], T | None]:
    """Parser of `data` that upstream may leave out of a successful response."""

    def parse_optional(data: Any) -> T | None:
        return None if data is None else parse(data)

    return parse_optional


def passthrough(data: Any) -> Any:
    """Parser of `data` the spec does not model as an object or a list of objects."""
    return data
