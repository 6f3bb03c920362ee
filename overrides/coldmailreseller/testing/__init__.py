"""A fake CMR for testing code that uses the client: in-process, built from the spec, strict about requests,
with state, faults on demand and signed webhook deliveries.

    from coldmailreseller.testing import FakeCMR

    fake = FakeCMR()
    with fake.client() as cmr:
        user = cmr.users.create(...)

With pytest, the `cmr_fake` (a fresh FakeCMR) and `cmr` (a client on it) fixtures are there without any setup.
See docs/testing.md. The names are imported on first use: the pytest plugin loads this package in every test
run of a project that has the client installed, and must cost nothing there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._clock import VirtualClock
    from ._fake import FakeCMR
    from ._webhooks import WebhookDelivery

__all__ = ["FakeCMR", "VirtualClock", "WebhookDelivery"]

_LAZY = {"FakeCMR": "._fake", "VirtualClock": "._clock", "WebhookDelivery": "._webhooks"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'coldmailreseller.testing' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
