# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Every model and enum of the spec, each imported on first use (`from coldmailreseller.models import User`
loads `user.py` and nothing else)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .color import Color as Color
    from .paging import Paging as Paging
    from .widget import Widget as Widget
    from .widget_page import WidgetPage as WidgetPage

__all__ = (
    "Color",
    "Paging",
    "Widget",
    "WidgetPage",
)

_MODULES: dict[str, str] = {
    "Color": "color",
    "Paging": "paging",
    "Widget": "widget",
    "WidgetPage": "widget_page",
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
