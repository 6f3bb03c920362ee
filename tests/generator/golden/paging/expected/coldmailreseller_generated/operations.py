# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Every operation of the spec: where it lives on the client and on the wire, what it sends, what it answers.

`OPERATIONS` maps each operationId to its `Operation`; `PAGES` maps each page/limit list to its `Paging`.
An operation whose work finishes by webhook carries its `OutcomeRule` (the spec's `x-cmr-outcome`). The
`*_FIELDS` tables describe the request models, for the validator. Importing this module imports no model: the
`Ref`s load them on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coldmailreseller._runtime import Data, Field, Operation, Paging, Ref, Shape

if TYPE_CHECKING:
    from .models.widget import Widget
    from .models.widget_page import WidgetPage

LIST_WIDGETS: Operation[WidgetPage] = Operation(
    operation_id="listWidgets",
    resource="widgets",
    method="list",
    http_method="GET",
    path="/widgets",
    effect="read",
    fields=(
        Field(
            "color",
            "color",
            "query",
            Shape("enum", Ref("coldmailreseller_generated.models.color", "Color")),
            required=False,
        ),
        Field("page", "page", "query", Shape("int"), required=False, minimum=1),
        Field("limit", "limit", "query", Shape("int"), required=False, minimum=1, maximum=100),
    ),
    data=Data("model", Ref("coldmailreseller_generated.models.widget_page", "WidgetPage"), required=True),
    has_action_id=False,
    sandbox=False,
    statuses=frozenset((200,)),
    envelope_keys=frozenset(("status", "message", "data")),
)

LIST_WIDGETS_PAGES: Paging[Widget] = Paging(
    LIST_WIDGETS,
    items="widgets",
    total_pages=("paging", "total_pages"),
    current_page=("paging", "current_page"),
)


OPERATIONS: dict[str, Operation[Any]] = {
    "listWidgets": LIST_WIDGETS,
}

PAGES: dict[str, Paging[Any]] = {
    "listWidgets": LIST_WIDGETS_PAGES,
}
