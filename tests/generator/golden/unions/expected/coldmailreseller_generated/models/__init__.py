# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Every model and enum of the spec, each imported on first use (`from coldmailreseller.models import User`
loads `user.py` and nothing else)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gadget import Gadget as Gadget
    from .gadget_built_event import GadgetBuiltEvent as GadgetBuiltEvent
    from .gadget_labels import GadgetLabels as GadgetLabels
    from .part import Part as Part
    from .shade import Shade as Shade

__all__ = (
    "Gadget",
    "GadgetBuiltEvent",
    "GadgetLabels",
    "Part",
    "Shade",
)

_MODULES: dict[str, str] = {
    "Gadget": "gadget",
    "GadgetBuiltEvent": "gadget_built_event",
    "GadgetLabels": "gadget_labels",
    "Part": "part",
    "Shade": "shade",
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
