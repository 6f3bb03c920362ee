# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Every operation of the spec: where it lives on the client and on the wire, what it sends, what it answers.

`OPERATIONS` maps each operationId to its `Operation`; `PAGES` maps each page/limit list to its `Paging`.
An operation whose work finishes by webhook carries its `OutcomeRule` (the spec's `x-cmr-outcome`). The
`*_FIELDS` tables describe the request models, for the validator. Importing this module imports no model: the
`Ref`s load them on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coldmailreseller._runtime import Data, Operation, Paging, Ref

if TYPE_CHECKING:
    from .models.gadget import Gadget

LIST_GADGETS: Operation[list[Gadget]] = Operation(
    operation_id="listGadgets",
    resource="gadgets",
    method="list",
    http_method="GET",
    path="/gadgets",
    effect="read",
    fields=(),
    data=Data("list", Ref("coldmailreseller_generated.models.gadget", "Gadget"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200,)),
    envelope_keys=frozenset(("status", "data")),
)


OPERATIONS: dict[str, Operation[Any]] = {
    "listGadgets": LIST_GADGETS,
}

PAGES: dict[str, Paging[Any]] = {}
