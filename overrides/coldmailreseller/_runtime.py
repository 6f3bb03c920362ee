"""The contract: what the generated package imports from this one. The records (descriptions of operations and
of their arguments, references to generated classes, the effect table: `_records`), the requester protocols its
resource classes call and the answer they type `with_raw_response` with (here), and `LazyModule`.

The contract sits below the facade (`_client`, `_requester`, `_response`, `_retry`, ...): the facade imports it and
implements its protocols; it never imports the facade (tests/stores/test_pacing_imports.py).

The generated resources only describe calls (an `Operation` and the keyword arguments); the client's
requester validates, paces, sends, retries and parses. Generated classes are named by `Ref` and imported on
first use, so that a call loads the models it needs and no others.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeAlias, TypeVar, cast

from ._lazy import LazyModule as LazyModule  # the generated code imports it from here
from ._records import EFFECTS as EFFECTS
from ._records import RETRY_SAFE as RETRY_SAFE
from ._records import ActionResult as ActionResult
from ._records import AsyncActionResult as AsyncActionResult
from ._records import Data as Data
from ._records import DataKind as DataKind
from ._records import Effect as Effect
from ._records import Field as Field
from ._records import Location as Location
from ._records import Operation as Operation
from ._records import Outcome as Outcome
from ._records import OutcomeRule as OutcomeRule
from ._records import OutcomeSource as OutcomeSource
from ._records import Paging as Paging
from ._records import Ref as Ref
from ._records import Shape as Shape
from ._records import ShapeKind as ShapeKind

if TYPE_CHECKING:
    import httpx

    TimeoutArg: TypeAlias = float | httpx.Timeout | None
else:
    httpx = LazyModule("httpx")  # APIResponse's annotations resolve at run time; the webhooks never import httpx

# The escape hatches every method takes, for what the spec does not (yet) describe. Defined at run time (as is
# TimeoutArg, below) so that typing.get_type_hints() can evaluate the generated methods' annotations.
ExtraHeaders: TypeAlias = Mapping[str, str]
ExtraQuery: TypeAlias = Mapping[str, str | int | float | bool]
ExtraBody: TypeAlias = Mapping[str, object]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        # TimeoutArg names httpx, which the webhooks and the models never need: it is built when the generated
        # resources (used only with a client, which has imported httpx) first import it.
        if name == "TimeoutArg":
            import httpx

            value = globals()["TimeoutArg"] = float | httpx.Timeout | None
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
ItemT = TypeVar("ItemT")
P = ParamSpec("P")


class APIResponse(ABC, Generic[T_co]):
    """A successful HTTP response and its envelope, as `with_raw_response` methods answer it: `status_code`,
    `headers`, `request_id`, the whole `envelope`, its `message` and `action_id`, the `http_response` and how many
    `retries` it took; `parse()` builds what the method returns. (The client's requester makes the one
    implementation; the contract declares it here so that it never imports the facade.)"""

    http_response: httpx.Response
    retries: int

    @property
    @abstractmethod
    def status_code(self) -> int: ...
    @property
    @abstractmethod
    def headers(self) -> httpx.Headers: ...
    @property
    @abstractmethod
    def request_id(self) -> str | None: ...
    @property
    @abstractmethod
    def envelope(self) -> dict[str, Any]: ...
    @property
    @abstractmethod
    def message(self) -> str | None: ...
    @property
    @abstractmethod
    def action_id(self) -> str | None: ...
    @abstractmethod
    def parse(self) -> T_co: ...


class Requester(Protocol):
    """What the generated sync resources call; the client's requester implements it."""

    @property
    def raw(self) -> Requester:
        """The same requester, answering every call with its `APIResponse`."""
        ...

    def request(
        self,
        op: Operation[T],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None,
        extra_query: ExtraQuery | None,
        extra_body: ExtraBody | None,
    ) -> T: ...
    def request_action(
        self,
        op: Operation[T],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None,
        extra_query: ExtraQuery | None,
        extra_body: ExtraBody | None,
    ) -> ActionResult[T]: ...
    def paginate(
        self,
        paging: Paging[ItemT],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None,
        extra_query: ExtraQuery | None,
        extra_body: ExtraBody | None,
    ) -> Iterator[ItemT]: ...


class AsyncRequester(Protocol):
    """What the generated async resources call."""

    @property
    def raw(self) -> AsyncRequester: ...

    async def request(
        self,
        op: Operation[T],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None,
        extra_query: ExtraQuery | None,
        extra_body: ExtraBody | None,
    ) -> T: ...
    async def request_action(
        self,
        op: Operation[T],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None,
        extra_query: ExtraQuery | None,
        extra_body: ExtraBody | None,
    ) -> AsyncActionResult[T]: ...
    def paginate(
        self,
        paging: Paging[ItemT],
        args: Mapping[str, object],
        timeout: TimeoutArg,
        extra_headers: ExtraHeaders | None,
        extra_query: ExtraQuery | None,
        extra_body: ExtraBody | None,
    ) -> AsyncIterator[ItemT]: ...


def raw_response(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Types a method of a resource built on `Requester.raw`: same arguments, answers with the `APIResponse`.

    Nothing to do at run time; the raw requester already answers that way."""
    return cast("Callable[P, APIResponse[T]]", method)


def async_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[APIResponse[T]]]:
    """The async counterpart of `raw_response`."""
    return cast("Callable[P, Awaitable[APIResponse[T]]]", method)
