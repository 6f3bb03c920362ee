"""`x-cmr-outcome` (spec/README.md): the generator refuses an outcome that is malformed, names an event the spec
does not deliver, correlates, counts or reconciles on a field the events or the operation do not have, is missing
on an operation whose effect is `async` or `money`, or does not say how the work is found without its id."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import api_model
from generator.spec import Spec
from tests.support.spec import RAW

ORDER = "createOrderJson"  # money, answers data.orderId
RENEW = "renewSubscriptions"  # money, sends subscriptionIds (a list)


def _node(raw: dict[str, Any], op_id: str) -> dict[str, Any]:
    for item in raw["paths"].values():
        for node in item.values():
            if isinstance(node, dict) and node.get("operationId") == op_id:
                return node
    raise AssertionError(f"the spec has no {op_id}")


def _build(op_id: str, outcome: Any) -> api_model.Api:
    raw = copy.deepcopy(RAW)
    node = _node(raw, op_id)
    if outcome is None:
        del node["x-cmr-outcome"]
    else:
        node["x-cmr-outcome"] = outcome
    return api_model.build(Spec(raw))


def _outcome(**changes: Any) -> dict[str, Any]:
    good: dict[str, Any] = {
        "success": ["mailbox.order.success"],
        "failure": ["mailbox.order.failed"],
        "correlate": "data.orderId",
        "by": "response.data.orderId",
        "per_item": {
            "event": "mailbox.created",
            "count": "one per mailbox ordered",
            "count_path": "request.mailboxes.*[*]",
        },
        "reconcile": {
            "match": {"data.userId": "request.userId", "data.domainName": "request.domains[*].domain"},
            "rule": "By the user and the domains.",
        },
        "rule": "Done when every mailbox is created.",
        "source": "docs",
    }
    good.update(changes)
    return {key: value for key, value in good.items() if value is not None}


def _outcome_of(api: api_model.Api, op_id: str) -> api_model.Outcome | None:
    return next(op.outcome for op in api.operations if op.operation_id == op_id)


def test_a_well_formed_outcome_builds() -> None:
    outcome = _outcome_of(_build(ORDER, _outcome()), ORDER)
    assert outcome == api_model.Outcome(
        success=("mailbox.order.success",),
        failure=("mailbox.order.failed",),
        correlate="data.orderId",
        by="response.data.orderId",
        per_item_event="mailbox.created",
        per_item_count="one per mailbox ordered",
        per_item_count_path="request.mailboxes.*[*]",
        reconcile=(("data.userId", "request.userId"), ("data.domainName", "request.domains[*].domain")),
        reconcile_rule="By the user and the domains.",
        rule="Done when every mailbox is created.",
        source="docs",
    )


def test_an_undocumented_outcome_builds() -> None:
    outcome = _outcome_of(_build(ORDER, {"undocumented": "Nothing  says\nhow."}), ORDER)
    assert outcome == api_model.Outcome(undocumented="Nothing says how.")


def test_each_item_of_a_list_sent_may_be_the_correlation() -> None:
    outcome = _outcome(
        success=["subscription.renewal.success"],
        failure=[],
        correlate="data.subscriptionId",
        by="request.subscriptionIds[*]",
        per_item=None,
        reconcile=None,  # the request names the work: the correlation is the reconciliation
    )
    assert _outcome_of(_build(RENEW, outcome), RENEW) is not None


@pytest.mark.parametrize("op_id", ["createOrderJson", "removeMailbox"])  # money, async
def test_async_and_money_operations_need_an_outcome(op_id: str) -> None:
    with pytest.raises(api_model.SpecError, match=f"{op_id}: an operation with effect .* needs x-cmr-outcome"):
        _build(op_id, None)


def test_create_and_other_effects_may_go_without() -> None:
    api = api_model.build(Spec(copy.deepcopy(RAW)))
    assert _outcome_of(api, "createUser") is None
    assert all(op.outcome is not None for op in api.operations if op.effect in api_model.OUTCOME_REQUIRED)


@pytest.mark.parametrize(
    ("outcome", "message"),
    [
        ("mailbox.created", "must be a mapping"),
        ({"undocumented": ""}, "`undocumented` takes a sentence"),
        ({"undocumented": "why", "source": "docs"}, "`undocumented` takes a sentence"),
        (_outcome(events=["mailbox.created"]), r"unknown keys \['events'\]"),
        (_outcome(success=None), "`success` is missing"),
        (_outcome(rule=None), "`rule` is missing"),
        (_outcome(source=None), "`source` is missing"),
        (_outcome(source="blog"), "`source` must be one of docs, repo"),
        (_outcome(rule="  "), "`rule` must be a sentence"),
        (_outcome(success=[]), "`success` needs at least one event"),
        (_outcome(success="mailbox.order.success"), "`success` must be a list"),
        (_outcome(success=["mailbox.ordered"]), "'mailbox.ordered' is not a webhook event of the spec"),
        (_outcome(failure=["order.failed"]), "'order.failed' is not a webhook event of the spec"),
        (_outcome(failure=["mailbox.order.success"]), "listed as both success and failure"),
        (_outcome(success=["mailbox.order.success", "mailbox.order.success"]), "names an event twice"),
        (_outcome(per_item={"event": "mailbox.created"}), "`per_item` is"),
        (_outcome(per_item={"event": "mailbox.made", "count": "one"}), "'mailbox.made' is not a webhook event"),
        (_outcome(correlate="data/orderId"), "`correlate` must be a dotted path"),
        (_outcome(correlate="data.nope", by=None), "the payload of mailbox.order.success has no data.nope"),
        (_outcome(correlate=None), "`by` needs `correlate`"),
        (_outcome(by="response.data.nope"), "does not declare 'data.nope'"),
        (_outcome(by="request.nope"), "'nope', which createOrderJson does not send"),
        (_outcome(by="data.orderId"), "`by` is request.<field>"),
        (_outcome(reconcile=None), "`reconcile` is missing"),
        (_outcome(reconcile={"undocumented": " "}), "`undocumented` takes a sentence"),
        (_outcome(reconcile={"match": {}, "rule": "x."}), "reconcile is {match"),
        (_outcome(reconcile={"match": {"data.userId": "request.userId"}}), "reconcile is {match"),
        (_outcome(reconcile={"match": {"userId": "request.userId"}, "rule": "x."}), "into the event's `data`"),
        (_outcome(reconcile={"match": {"data.userId": "userId"}, "rule": "x."}), "must start with `request.`"),
        (_outcome(reconcile={"match": {"data.userId": "request.nope"}, "rule": "x."}), "'nope', which createOrderJson"),
        (
            _outcome(reconcile={"match": {"data.userId": "request.domains[*].nope"}, "rule": "x."}),
            r"does not declare 'request.domains\[\*\].nope'",
        ),
        (
            _outcome(reconcile={"match": {"data.nope": "request.userId"}, "rule": "x."}),
            "no event of the rule declares every field",
        ),
        (_outcome(reconcile={"match": {"data.user/Id": "request.userId"}, "rule": "x."}), "must be a path like"),
        (
            _outcome(per_item={"event": "mailbox.created", "count": "one", "count_path": "request.userId"}),
            "must go through a list or map",
        ),
        (
            _outcome(per_item={"event": "mailbox.created", "count": "one", "count_path": "request.mailbox.*[*]"}),
            "'mailbox', which createOrderJson does not send",
        ),
    ],
)
def test_a_malformed_outcome_is_refused(outcome: Any, message: str) -> None:
    with pytest.raises(api_model.SpecError, match=message):
        _build(ORDER, outcome)


def test_a_list_is_matched_item_by_item_and_only_a_list() -> None:
    base = {
        "success": ["subscription.renewal.success"],
        "correlate": "data.subscriptionId",
        "rule": "x.",
        "source": "repo",
    }
    with pytest.raises(api_model.SpecError, match=r"marks each item of a list with \[\*\]"):
        _build(RENEW, {**base, "by": "request.subscriptionIds"})
    with pytest.raises(api_model.SpecError, match=r"marks each item of a list with \[\*\]"):
        _build("cancelSubscription", {**base, "by": "request.subscriptionId[*]"})
