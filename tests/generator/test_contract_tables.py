"""The generator reads the contract's tables from the hand-written source, never a copy of its own: the typed
results (`coldmailreseller/_results.py` `RESULTS`) and the effect table (`coldmailreseller/_records.py` `EFFECTS`).
"""

from __future__ import annotations

import copy

import pytest

from coldmailreseller._records import EFFECTS, RETRY_SAFE
from coldmailreseller._results import RESULTS, ConventionPage
from generator import api_model
from generator.spec import Spec
from tests.support.spec import RAW


def _with_result(kind: str) -> Spec:
    raw = copy.deepcopy(RAW)
    for item in raw["paths"].values():
        for node in item.values():
            if isinstance(node, dict) and node.get("x-cmr-result") == "workspace-check":
                node["x-cmr-result"] = kind
                return Spec(raw)
    raise AssertionError("the spec has no workspace-check operation")


def test_the_generator_knows_the_runtime_registry() -> None:
    kinds = api_model.result_kinds()
    assert set(kinds) == set(RESULTS)
    for kind, result in kinds.items():
        assert result.cls == RESULTS[kind].cls.__name__
        assert result.convention_page == issubclass(RESULTS[kind].cls, ConventionPage)


def test_an_unknown_result_kind_in_the_spec_is_refused() -> None:
    with pytest.raises(api_model.SpecError, match=r"unknown x-cmr-result 'no-such-result'.*workspace-check"):
        api_model.build(_with_result("no-such-result"))


def test_a_known_result_kind_builds() -> None:
    api = api_model.build(_with_result("workspace-check"))
    assert any(op.result == "workspace-check" for op in api.operations)


def test_the_effect_table_is_the_contracts() -> None:
    effects = api_model.effects()
    assert [(e.name, e.retry_safe, e.meaning) for e in effects] == [(k, *v) for k, v in EFFECTS.items()]
    assert {e.name for e in effects if e.retry_safe} == RETRY_SAFE == {"read", "idempotent"}


def test_retry_safety_follows_the_effect() -> None:
    from coldmailreseller._records import Data, Operation

    for effect in EFFECTS:
        op: Operation[None] = Operation(
            operation_id="x",
            resource="r",
            method="m",
            http_method="GET",
            path="/x",
            effect=effect,
            fields=(),
            data=Data("none"),
            has_action_id=False,
            sandbox=False,
        )
        assert op.retry_safe is EFFECTS[effect][0]
