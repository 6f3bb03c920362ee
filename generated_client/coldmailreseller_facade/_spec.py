# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""What the generated facade tells the hand-written client about each operation.

The facade (one class per spec tag, one method per operation) only describes calls; the hand-written
package `coldmailreseller` validates arguments, sends, retries, and parses responses, by implementing
`Requester` and `AsyncRequester`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Shape:
    """The JSON shape a value must have: a primitive, an enum, a model, a list/map of shapes, or one of
    several shapes (`union`)."""

    kind: Kind
    enum: type[Enum] | None = None
    model: Any = None
    item: Shape | None = None
    options: tuple[Shape, ...] = ()


@dataclass(frozen=True, slots=True)
class Field:
    """One argument of an operation: where it goes on the wire and what it must look like."""

    wire: str
    attr: str
    location: Location
    shape: Shape
    required: bool
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One operation of the spec, with the function that builds its typed `data`."""

    operation_id: str
    resource: str
    method: str
    http_method: str
    path: str
    effect: Effect
    fields: tuple[Field, ...]
    parse: Callable[[Any], T]
    has_data: bool
    has_action_id: bool
    items: str | None
    sandbox: bool

    @property
    def retry_safe(self) -> bool:
        return self.effect in ("read", "idempotent")


@dataclass(frozen=True, slots=True)
class ActionResult(Generic[T]):
    """Result of an operation that starts asynchronous work: its `data` and the `action_id` to correlate
    with the webhook that reports the outcome."""

    data: T
    action_id: str | None
    message: str | None


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
    return


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
