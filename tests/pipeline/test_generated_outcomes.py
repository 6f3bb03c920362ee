"""The generated client carries every `x-cmr-outcome` (spec/README.md): each async and money operation in
`OPERATIONS` has an `OutcomeRule`, every event it names is a webhook event of the spec (and of the generated
`events` table), and api.md and spec/COVERAGE.md show it."""

from __future__ import annotations

import re

import pytest

from coldmailreseller._runtime import OutcomeRule
from coldmailreseller_generated.operations import OPERATIONS
from generator import pipeline
from tests.support.spec import SPEC

ASYNC = sorted(op_id for op_id, op in OPERATIONS.items() if op.effect in ("async", "money"))
WITH_OUTCOME = sorted(op_id for op_id, op in OPERATIONS.items() if op.outcome is not None)
API_MD = (pipeline.ROOT / "api.md").read_text(encoding="utf-8")
COVERAGE_MD = (pipeline.ROOT / "spec" / "COVERAGE.md").read_text(encoding="utf-8")


def test_there_are_async_and_money_operations() -> None:
    assert len(ASYNC) >= 10


@pytest.mark.parametrize("op_id", ASYNC)
def test_every_async_and_money_operation_says_how_it_ends(op_id: str) -> None:
    outcome = OPERATIONS[op_id].outcome
    assert isinstance(outcome, OutcomeRule)
    if outcome.documented:
        assert outcome.success and outcome.rule and outcome.source in ("docs", "repo")
    else:
        assert outcome.undocumented and not outcome.events and outcome.source is None


@pytest.mark.parametrize("op_id", WITH_OUTCOME)
def test_outcome_events_are_the_specs(op_id: str) -> None:
    from coldmailreseller_generated.events import EVENTS

    outcome = OPERATIONS[op_id].outcome
    assert outcome is not None
    assert outcome.events <= set(SPEC.events) == set(EVENTS)
    assert outcome.by is None or outcome.correlate is not None


@pytest.mark.parametrize("op_id", WITH_OUTCOME)
def test_api_md_shows_the_outcome(op_id: str) -> None:
    op = OPERATIONS[op_id]
    outcome = op.outcome
    assert outcome is not None
    section = API_MD.split(f"(operationId `{op_id}`)", 1)[1].split("\n### ", 1)[0]
    line = next(line for line in section.splitlines() if line.startswith("Outcome"))
    if outcome.undocumented:
        assert line == f"Outcome: not documented upstream. {outcome.undocumented}"
        return
    assert line.startswith(f"Outcome ({outcome.source}): success ")
    for event in outcome.events:
        assert f"`{event}`" in line
    assert line.endswith(outcome.rule)
    if outcome.correlate:
        assert f"`{outcome.correlate}`" in line


def test_coverage_counts_the_outcomes() -> None:
    undocumented = [op_id for op_id in WITH_OUTCOME if not getattr(OPERATIONS[op_id].outcome, "documented", True)]
    summary = re.search(r"- Outcomes of work .*: (\d+) operations, (\d+) with .*, (\d+) undocumented", COVERAGE_MD)
    assert summary is not None
    counts = [len(WITH_OUTCOME), len(WITH_OUTCOME) - len(undocumented), len(undocumented)]
    assert [int(n) for n in summary.groups()] == counts
    for op_id in undocumented:
        assert f"| `{op_id}` | {OPERATIONS[op_id].effect} | **undocumented**: " in COVERAGE_MD
