# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Webhook events of the spec: the payload model of each event name, imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from coldmailreseller._runtime import Ref

if TYPE_CHECKING:
    from .models.order_shipped_event import OrderShippedEvent

EVENTS: dict[str, Ref] = {
    "order.shipped": Ref("coldmailreseller_generated.models.order_shipped_event", "OrderShippedEvent"),
}

if TYPE_CHECKING:
    # Every event model of the spec.
    KnownEvent: TypeAlias = OrderShippedEvent
else:
    from typing import ForwardRef, Union

    from . import models as _models  # noqa: F401 (named by the references below; importing it imports no model)

    # The same union, of references that importing this module does not evaluate (so it imports no event model).
    # Each one is evaluated in this module, whoever asks (typing.get_type_hints on a function that names Event),
    # through the lazy models package: `_models.MailboxCreatedEvent` imports that model only.
    KnownEvent = Union[  # noqa: UP007 (`|` cannot join references at run time)
        ForwardRef("_models.OrderShippedEvent", module=__name__),
    ]
