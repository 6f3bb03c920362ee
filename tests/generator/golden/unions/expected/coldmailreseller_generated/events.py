# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Webhook events of the spec: the payload model of each event name, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, Union

from coldmailreseller._runtime import Ref

if TYPE_CHECKING:
    from .models.gadget_built_event import GadgetBuiltEvent

EVENTS: dict[str, Ref] = {
    "gadget.built": Ref("coldmailreseller_generated.models.gadget_built_event", "GadgetBuiltEvent"),
}

# Every event model, quoted so that importing this module imports none of them (hence Union: `|` cannot join
# quoted names at run time).
KnownEvent: TypeAlias = Union["GadgetBuiltEvent",]
