# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Every model and enum of the spec, each imported on first use (`from coldmailreseller.models import User`
loads `user.py` and nothing else)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .address import Address as Address
    from .line import Line as Line
    from .order_shipped_event import OrderShippedEvent as OrderShippedEvent
    from .order_shipped_event_data import OrderShippedEventData as OrderShippedEventData
    from .plan import Plan as Plan
    from .receipt import Receipt as Receipt

__all__ = (
    "Address",
    "Line",
    "OrderShippedEvent",
    "OrderShippedEventData",
    "Plan",
    "Receipt",
)

_MODULES: dict[str, str] = {
    "Address": "address",
    "Line": "line",
    "OrderShippedEvent": "order_shipped_event",
    "OrderShippedEventData": "order_shipped_event_data",
    "Plan": "plan",
    "Receipt": "receipt",
}

if not TYPE_CHECKING:  # type checkers see the imports above; at run time each name loads on first use

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(__import__(f"{__name__}.{module}", fromlist=[name]), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(__all__)
