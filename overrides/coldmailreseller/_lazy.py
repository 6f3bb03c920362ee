"""`LazyModule`: a leaf module (it imports nothing), so that any module can name run-time-resolvable types through
one without importing more at start-up."""

from __future__ import annotations

from typing import Any


class LazyModule:
    """A module imported when one of its attributes is first read. The generated resources name their TypedDicts
    and typed results through one (`_params.OrderDomainDict`): importing a resource does not import them, and
    evaluating an annotation that names one (typing.get_type_hints) does."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(__import__(self._name, fromlist=[attr]), attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"
