# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Every operation of the spec: where it lives on the client and on the wire, what it sends, what it answers.

`OPERATIONS` maps each operationId to its `Operation`; `PAGES` maps each page/limit list to its `Paging`.
An operation whose work finishes by webhook carries its `OutcomeRule` (the spec's `x-cmr-outcome`). The
`*_FIELDS` tables describe the request models, for the validator. Importing this module imports no model: the
`Ref`s load them on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coldmailreseller._runtime import Data, Field, Operation, OutcomeRule, Paging, Ref, Shape

if TYPE_CHECKING:
    from .models.receipt import Receipt

LINE_FIELDS: tuple[Field, ...] = (
    Field("sku", "sku", "body", Shape("str"), required=True),
    Field("quantity", "quantity", "body", Shape("int"), required=True, minimum=1),
)

ADDRESS_FIELDS: tuple[Field, ...] = (
    Field("city", "city", "body", Shape("str"), required=True, min_length=1),
    Field("zip", "zip_", "body", Shape("str"), required=False),
    Field("gateCode", "gate_code", "body", Shape("str"), required=False),
)

CREATE_ORDER: Operation[Receipt | None] = Operation(
    operation_id="createOrder",
    resource="orders",
    method="create",
    http_method="POST",
    path="/orders",
    effect="money",
    fields=(
        Field("accountId", "account_id", "query", Shape("str"), required=True, min_length=1),
        Field(
            "lines",
            "lines",
            "body",
            Shape(
                "list", item=Shape("model", Ref("coldmailreseller_generated.models.line", "Line"), fields=LINE_FIELDS)
            ),
            required=True,
            min_items=1,
        ),
        Field(
            "shipTo",
            "ship_to",
            "body",
            Shape("model", Ref("coldmailreseller_generated.models.address", "Address"), fields=ADDRESS_FIELDS),
            required=True,
        ),
        Field(
            "plan", "plan", "body", Shape("enum", Ref("coldmailreseller_generated.models.plan", "Plan")), required=False
        ),
        Field("note", "note", "body", Shape("str"), required=False, max_length=200),
    ),
    data=Data("model", Ref("coldmailreseller_generated.models.receipt", "Receipt")),
    has_action_id=True,
    sandbox=False,
    has_body=True,
    statuses=frozenset((200,)),
    envelope_keys=frozenset(("status", "data", "actionId")),
    outcome=OutcomeRule(
        success=("order.shipped",),
        correlate="data.receiptId",
        by="response.data.receiptId",
        reconcile=(("data.accountId", "request.accountId"),),
        reconcile_rule="Without the receipt, by the account, after the order was sent.",
        rule="The order is done when order.shipped arrives.",
        source="docs",
    ),
)

RESET_SANDBOX: Operation[None] = Operation(
    operation_id="resetSandbox",
    resource="orders",
    method="reset_sandbox",
    http_method="POST",
    path="/sandbox/reset",
    effect="idempotent",
    fields=(),
    data=Data("none"),
    has_action_id=False,
    sandbox=True,
    has_body=True,
    statuses=frozenset((200,)),
    envelope_keys=frozenset(("status",)),
    outcome=OutcomeRule(undocumented="The reset finishes later and nothing says when."),
)


OPERATIONS: dict[str, Operation[Any]] = {
    "createOrder": CREATE_ORDER,
    "resetSandbox": RESET_SANDBOX,
}

PAGES: dict[str, Paging[Any]] = {}
