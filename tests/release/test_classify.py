"""One test per classification rule, on small spec pairs: what a spec change means for the client's users."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.release.classify import classify

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "summary": "List things",
                "description": "All things.",
                "x-cmr-effect": "read",
                "x-cmr-resource": "things",
                "x-cmr-method": "list",
                "parameters": [
                    {"name": "userId", "in": "query", "required": True, "schema": {"type": "string", "minLength": 1}},
                    {"name": "status", "in": "query", "schema": {"$ref": "#/components/schemas/Status"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingsResponse"}}},
                    }
                },
            },
            "post": {
                "operationId": "createThing",
                "summary": "Create a thing",
                "x-cmr-effect": "create",
                "x-cmr-resource": "things",
                "x-cmr-method": "create",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}},
                },
                "responses": {"200": {"description": "ok"}},
            },
        }
    },
    "webhooks": {
        "thing.made": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Status": {"type": "string", "enum": ["ON", "OFF"]},
            "Thing": {
                "type": "object",
                "required": ["thingId"],
                "properties": {
                    "thingId": {"type": "string"},
                    "name": {"type": "string"},
                    "state": {"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "string"}]},
                },
            },
            "ThingsResponse": {
                "type": "object",
                "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}},
            },
            "NewThing": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 50},
                    "color": {"$ref": "#/components/schemas/Status"},
                    "note": {"type": "string"},
                },
            },
        }
    },
}


def _changed(edit: Callable[[dict[str, Any]], None]) -> dict[str, list[str]]:
    new = copy.deepcopy(BASE)
    edit(new)
    return classify(BASE, new).as_json()


def _get(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things"]["get"]


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def _only(result: dict[str, Any], category: str, *words: str) -> None:
    others = {k: v for k, v in result.items() if k not in ("bump", category) and v}
    assert others == {}, others
    assert len(result[category]) == 1, result[category]
    assert all(word in result[category][0] for word in words), result[category][0]


def test_identical_specs_need_no_release() -> None:
    assert classify(BASE, copy.deepcopy(BASE)).as_json() == {
        "bump": "none",
        "breaking": [],
        "features": [],
        "fixes": [],
        "docs": [],
    }


# -- breaking --------------------------------------------------------------------------------------------------


def test_an_operation_removed_is_breaking() -> None:
    _only(_changed(lambda s: s["paths"]["/things"].pop("post")), "breaking", "createThing", "removed")


def test_a_parameter_removed_is_breaking() -> None:
    _only(_changed(lambda s: _get(s)["parameters"].pop(1)), "breaking", "listThings", "`status`", "removed")


def test_a_request_field_removed_is_breaking() -> None:
    _only(
        _changed(lambda s: _schemas(s)["NewThing"]["properties"].pop("note")),
        "breaking",
        "createThing",
        "`note`",
        "removed",
    )


def test_a_request_enum_value_removed_is_breaking() -> None:
    result = _changed(lambda s: _schemas(s)["Status"]["enum"].remove("OFF"))
    assert any("'OFF' removed" in b and "listThings" in b for b in result["breaking"])
    assert any("'OFF' removed" in b and "createThing" in b for b in result["breaking"])


def test_a_required_parameter_added_is_breaking() -> None:
    new = {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    _only(_changed(lambda s: _get(s)["parameters"].append(new)), "breaking", "required", "`region`", "added")


def test_a_required_request_field_added_is_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        _schemas(s)["NewThing"]["properties"]["size"] = {"type": "integer"}
        _schemas(s)["NewThing"]["required"].append("size")

    _only(_changed(edit), "breaking", "createThing", "`size`", "required")


def test_a_request_field_made_required_is_breaking() -> None:
    _only(
        _changed(lambda s: _schemas(s)["NewThing"]["required"].append("note")), "breaking", "`note`", "became required"
    )


def test_a_type_changed_is_breaking() -> None:
    result = _changed(lambda s: _schemas(s)["Thing"]["properties"]["name"].update(type="integer"))
    assert result["breaking"] == [
        "listThings: response field `data[].name`: type changed from string to integer",
        "webhook `thing.made`: field `name`: type changed from string to integer",
    ]


def test_a_constraint_tightened_is_breaking() -> None:
    _only(
        _changed(lambda s: _schemas(s)["NewThing"]["properties"]["name"].update(maxLength=20)),
        "breaking",
        "maxLength 50 -> 20",
    )


def test_a_required_response_field_removed_is_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        _schemas(s)["Thing"]["properties"].pop("thingId")
        _schemas(s)["Thing"]["required"] = []

    result = _changed(edit)
    assert "listThings: response field `data[].thingId` removed" in result["breaking"]
    assert any("thing.made" in b and "thingId" in b for b in result["breaking"])


def test_a_response_enum_value_removed_is_breaking() -> None:
    result = _changed(lambda s: _schemas(s)["Status"]["enum"].remove("ON"))
    assert any("listThings: response field `data[].state`" in b and "'ON' removed" in b for b in result["breaking"])


def test_a_path_or_method_changed_is_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["paths"]["/things/all"] = {"get": s["paths"]["/things"].pop("get")}

    _only(_changed(edit), "breaking", "listThings", "moved from GET /things to GET /things/all")


def test_the_client_method_name_changed_is_breaking() -> None:
    _only(_changed(lambda s: _get(s).update({"x-cmr-method": "all"})), "breaking", "`things.list()`", "`things.all()`")


def test_an_effect_towards_riskier_retries_is_breaking() -> None:
    post = BASE["paths"]["/things"]["post"]
    assert post["x-cmr-effect"] == "create"
    _only(
        _changed(lambda s: s["paths"]["/things"]["post"].update({"x-cmr-effect": "idempotent"})),
        "breaking",
        "now re-sent",
    )


def test_a_rule_across_fields_added_is_breaking() -> None:
    rule = [{"required": ["name"]}, {"required": ["note"]}]
    _only(_changed(lambda s: _schemas(s)["NewThing"].update(oneOf=rule)), "breaking", "exactly one of name or note")


def _post(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things"]["post"]


REGION = {"name": "region", "in": "query", "schema": {"type": "string"}}


def _with_path_parameter(spec: dict[str, Any]) -> dict[str, Any]:
    spec["paths"]["/things"]["parameters"] = [copy.deepcopy(REGION)]
    return spec


def test_a_path_level_parameter_removed_is_breaking_for_every_operation_of_the_path() -> None:
    old = _with_path_parameter(copy.deepcopy(BASE))
    result = classify(old, copy.deepcopy(BASE)).as_json()
    assert result["breaking"] == [
        "createThing: query parameter `region` removed",
        "listThings: query parameter `region` removed",
    ]
    assert not (result["features"] or result["fixes"] or result["docs"])


def test_a_required_path_level_parameter_added_is_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["paths"]["/things"]["parameters"] = [{**REGION, "required": True}]

    result = _changed(edit)
    assert result["breaking"] == [
        "createThing: required query parameter `region` added",
        "listThings: required query parameter `region` added",
    ]


def test_an_operation_level_parameter_overrides_the_path_level_one() -> None:
    old = _with_path_parameter(copy.deepcopy(BASE))
    new = _with_path_parameter(copy.deepcopy(BASE))
    _post(new)["parameters"] = [{**REGION, "required": True}]  # same (name, in): the operation's wins
    result = classify(old, new).as_json()
    assert result["breaking"] == ["createThing: query parameter `region` became required"]
    # Moving a parameter from the operation to the path item changes nothing for that operation; the path's
    # other operations gain it.
    moved = copy.deepcopy(BASE)
    moved["paths"]["/things"]["parameters"] = [_get(moved)["parameters"].pop(1)]
    _only(classify(BASE, moved).as_json(), "features", "createThing: optional query parameter `status` added")


def test_a_webhook_event_removed_is_breaking() -> None:
    _only(_changed(lambda s: s.pop("webhooks")), "breaking", "thing.made", "removed")


# -- features ----------------------------------------------------------------------------------------------------


def test_an_operation_added_is_a_feature() -> None:
    def edit(s: dict[str, Any]) -> None:
        op = copy.deepcopy(_get(s))
        op.update(operationId="countThings", **{"x-cmr-method": "count"})
        s["paths"]["/things/count"] = {"get": op}

    _only(_changed(edit), "features", "countThings", "added", "`things.count()`")


def test_an_optional_parameter_added_is_a_feature() -> None:
    new = {"name": "page", "in": "query", "schema": {"type": "integer"}}
    _only(_changed(lambda s: _get(s)["parameters"].append(new)), "features", "optional", "`page`")


def test_an_optional_request_field_added_is_a_feature() -> None:
    _only(
        _changed(lambda s: _schemas(s)["NewThing"]["properties"].update(tag={"type": "string"})),
        "features",
        "createThing",
        "`tag`",
        "(optional)",
    )


def test_a_response_field_added_is_a_feature() -> None:
    result = _changed(lambda s: _schemas(s)["Thing"]["properties"].update(price={"type": "number"}))
    assert result["bump"] == "minor" and not result["breaking"]
    assert "listThings: response field `data[].price` added" in result["features"]
    assert "webhook `thing.made`: field `price` added" in result["features"]


def test_a_response_enum_value_added_is_a_feature() -> None:
    result = _changed(lambda s: _schemas(s)["Status"]["enum"].append("PAUSED"))
    assert not result["breaking"] and any("'PAUSED' added" in f for f in result["features"])


def test_a_webhook_event_added_is_a_feature() -> None:
    _only(
        _changed(lambda s: s["webhooks"].update({"thing.gone": copy.deepcopy(s["webhooks"]["thing.made"])})),
        "features",
        "thing.gone",
        "added",
    )


def test_an_iterator_added_is_a_feature() -> None:
    _only(
        _changed(lambda s: _get(s).update({"x-cmr-paginate": {"items": "things"}})),
        "features",
        "listThings",
        "iterator",
    )


# -- fixes -------------------------------------------------------------------------------------------------------


def test_an_effect_towards_safer_retries_is_a_fix() -> None:
    _only(_changed(lambda s: _get(s).update({"x-cmr-effect": "money"})), "fixes", "listThings", "read -> money")


def test_a_constraint_loosened_is_a_fix() -> None:
    _only(
        _changed(lambda s: _get(s)["parameters"][0]["schema"].pop("minLength")),
        "fixes",
        "`userId`",
        "minLength 1 -> None",
    )


def test_a_request_field_made_optional_is_a_fix() -> None:
    _only(_changed(lambda s: _schemas(s)["NewThing"].update(required=[])), "fixes", "`name`", "became optional")


# -- docs --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["summary", "description"])
def test_prose_changed_is_docs(key: str) -> None:
    _only(_changed(lambda s: _get(s).update({key: "Other words."})), "docs", "listThings", key)


def test_an_example_changed_is_docs() -> None:
    result = _changed(lambda s: _schemas(s)["Thing"]["properties"]["name"].update(example="Widget"))
    assert result["docs"] and not (result["breaking"] or result["features"] or result["fixes"])


def test_a_schema_examples_list_changed_is_docs() -> None:
    result = _changed(lambda s: _schemas(s)["NewThing"]["properties"]["note"].update(examples=["fragile"]))
    _only(result, "docs", "createThing: request field `note`: examples changed")


@pytest.mark.parametrize("key", ["example", "examples"])
def test_a_request_body_example_changed_is_docs(key: str) -> None:
    value = {"name": "Widget"} if key == "example" else {"widget": {"value": {"name": "Widget"}}}
    result = _changed(lambda s: _post(s)["requestBody"]["content"]["application/json"].update({key: value}))
    _only(result, "docs", f"createThing: request body: {key} changed")


def test_a_response_body_example_changed_is_docs() -> None:
    def edit(s: dict[str, Any]) -> None:
        _get(s)["responses"]["200"]["content"]["application/json"]["example"] = {"data": [{"thingId": "t1"}]}

    _only(_changed(edit), "docs", "listThings: response body: example changed")


@pytest.mark.parametrize("key", ["example", "examples"])
def test_a_parameter_example_changed_is_docs(key: str) -> None:
    value = "u_123" if key == "example" else {"one": {"value": "u_123"}}
    _only(
        _changed(lambda s: _get(s)["parameters"][0].update({key: value})),
        "docs",
        f"listThings: query parameter `userId`: {key} changed",
    )


# -- the command -------------------------------------------------------------------------------------------------


def test_the_command_prints_the_documented_json(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(BASE))
    changed = copy.deepcopy(BASE)
    changed["paths"]["/things"].pop("post")
    new.write_text(yaml.safe_dump(changed))
    result = subprocess.run(
        [sys.executable, "-m", "tools.release", "classify", str(old), str(new), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    output = json.loads(result.stdout)
    assert list(output) == ["bump", "breaking", "features", "fixes", "docs"]
    assert output["bump"] == "major" and output["breaking"] == ["createThing: operation removed (POST /things)"]


# -- x-cmr-outcome: how wait() and wait_for_outcome() follow the work -------------------------------------------

OUTCOME: dict[str, Any] = {
    "success": ["thing.made"],
    "correlate": "data.thingId",
    "by": "request.name",
    "rule": "Made when thing.made arrives.",
    "source": "docs",
}


def _post(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["paths"]["/things"]["post"]


def _with_outcome(**changes: Any) -> Callable[[dict[str, Any]], None]:
    def edit(spec: dict[str, Any]) -> None:
        outcome = {**copy.deepcopy(OUTCOME), **changes}
        _post(spec)["x-cmr-outcome"] = {k: v for k, v in outcome.items() if v is not None}

    return edit


def _outcome_change(before: Callable[[dict[str, Any]], None], after: Callable[[dict[str, Any]], None]) -> Any:
    old, new = copy.deepcopy(BASE), copy.deepcopy(BASE)
    before(old)
    after(new)
    return classify(old, new).as_json()


def test_an_outcome_added_to_a_plain_answer_is_breaking() -> None:
    # The method now returns an ActionResult instead of its data.
    _only(_changed(_with_outcome()), "breaking", "createThing", "x-cmr-outcome added", "ActionResult")


def test_an_outcome_added_to_an_action_answer_is_a_feature() -> None:
    def action_answer(spec: dict[str, Any]) -> None:
        schema = {"type": "object", "properties": {"actionId": {"type": "string"}}}
        _post(spec)["responses"]["200"]["content"] = {"application/json": {"schema": schema}}

    def both(spec: dict[str, Any]) -> None:
        action_answer(spec)
        _with_outcome()(spec)

    _only(_outcome_change(action_answer, both), "features", "createThing", "x-cmr-outcome added")


def test_an_outcome_removed_or_made_undocumented_is_breaking() -> None:
    _only(_outcome_change(_with_outcome(), lambda s: None), "breaking", "createThing", "removed")
    undocumented = {"undocumented": "No event is documented."}
    _only(
        _outcome_change(_with_outcome(), lambda s: _post(s).update({"x-cmr-outcome": undocumented})),
        "breaking",
        "made undocumented",
    )
    _only(
        _outcome_change(lambda s: _post(s).update({"x-cmr-outcome": undocumented}), _with_outcome()),
        "features",
        "documented",
    )


def test_an_outcome_losing_its_correlation_is_breaking_and_gaining_one_a_feature() -> None:
    _only(_outcome_change(_with_outcome(), _with_outcome(by=None)), "breaking", "by removed")
    _only(_outcome_change(_with_outcome(by=None), _with_outcome()), "features", "by added")


def test_the_events_an_outcome_is_decided_by_are_a_fix() -> None:
    changed = _outcome_change(_with_outcome(), _with_outcome(failure=["thing.made"]))
    _only(changed, "fixes", "createThing", "failure changed")
    per_item = {"event": "thing.made", "count": "one per name", "count_path": "request.name"}
    _only(_outcome_change(_with_outcome(), _with_outcome(per_item=per_item)), "fixes", "per_item")


def test_reconciliation_added_removed_and_reworded() -> None:
    reconcile = {"match": {"data.name": "request.name"}, "rule": "By the name."}
    _only(_outcome_change(_with_outcome(), _with_outcome(reconcile=reconcile)), "features", "reconcile match added")
    _only(_outcome_change(_with_outcome(reconcile=reconcile), _with_outcome()), "breaking", "reconcile match removed")
    reworded = {**reconcile, "rule": "By the thing's name."}
    _only(
        _outcome_change(_with_outcome(reconcile=reconcile), _with_outcome(reconcile=reworded)),
        "docs",
        "reconcile rule changed",
    )


def test_an_outcome_rule_sentence_is_docs() -> None:
    _only(_outcome_change(_with_outcome(), _with_outcome(rule="Done on thing.made.")), "docs", "rule changed")
