"""The spec itself: valid OpenAPI 3.1, every operation carries what the client and the report read."""

from __future__ import annotations

import re

import pytest
import yaml
from openapi_spec_validator import validate

from generator import api_model, coverage, pipeline
from tests.support.spec import RAW as SPEC
from tests.support.spec import SPEC as LOADED

OPERATIONS = {
    op_id: {"http_method": op.http_method, "path": op.path, **op.node} for op_id, op in LOADED.operations.items()
}
NAVIGATION = yaml.safe_load(pipeline.NAVIGATION.read_text())
EFFECTS = {effect.name for effect in api_model.effects()}  # the contract's table
ERROR_STATUSES = {"400", "401", "403", "404", "409", "422", "429", "500", "503"}


def test_spec_is_valid_openapi_3_1() -> None:
    validate(SPEC)
    assert SPEC["openapi"].startswith("3.1")


def test_about_fifty_operations() -> None:
    assert 45 <= len(OPERATIONS) <= 60


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_operation_is_complete(op_id: str) -> None:
    op = OPERATIONS[op_id]
    assert re.fullmatch(r"[a-z][A-Za-z0-9]+", op_id)
    assert len(op["tags"]) == 1
    assert op["summary"].strip() and op["description"].strip()
    # Production operations accept either key (the sandbox mirrors them); sandbox-only ones only the sandbox key.
    assert op["security"] in (
        [{"cmr-x-api-key": []}, {"cmr-x-sandbox-api-key": []}],
        [{"cmr-x-sandbox-api-key": []}],
    )
    assert op["x-cmr-source"] in ("docs", "repo")
    assert op["x-cmr-effect"] in EFFECTS
    assert op["x-cmr-resource"] == op["tags"][0]
    assert re.fullmatch(r"[a-z][a-z0-9_]*", op["x-cmr-method"])
    assert {str(code) for code in op["responses"]} >= ERROR_STATUSES
    assert any(str(code).startswith("2") for code in op["responses"])


def test_money_moving_calls_are_never_marked_safe_to_retry() -> None:
    by_path = {(op["http_method"], op["path"]): op["x-cmr-effect"] for op in OPERATIONS.values()}
    for key in [
        ("POST", "/orders/json"),
        ("POST", "/subscriptions/renew-subscriptions"),
        ("POST", "/subscriptions/cancel"),
        ("POST", "/pre-warmup/order"),
        ("POST", "/domains/renew"),
    ]:
        assert by_path[key] == "money", key
    assert by_path[("POST", "/domains/renewal-price")] == "read"


def test_both_security_schemes_and_a_variable_sandbox_server() -> None:
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["cmr-x-api-key"]["name"] == "cmr-x-api-key"
    assert schemes["cmr-x-sandbox-api-key"]["name"] == "cmr-x-sandbox-api-key"
    environments = {scheme["x-cmr-environment"] for scheme in schemes.values()}
    assert environments == {"production", "sandbox"}
    urls = [server["url"] for server in SPEC["servers"]]
    assert "https://customers.coldmailreseller.com/api/v1/integration" in urls
    assert any("{" in url for url in urls)


def test_every_event_schema_names_its_event_as_a_const() -> None:
    for name, event in LOADED.events.items():
        prop = LOADED.schemas[event.schema_name]["properties"]["event"]
        assert prop == {**prop, "type": "string", "const": name}, name


def test_webhooks_cover_every_event_family() -> None:
    names = set(SPEC["webhooks"])
    for prefix in ("domain.", "mailbox.", "subscription.", "prewarmup.", "mailbox.warmup.", "dns-record."):
        assert any(name.startswith(prefix) for name in names), prefix


def test_navigation_accounts_for_every_item_of_the_docs() -> None:
    seed = pipeline.ROOT.parent / "shared/cmr-api/seed-get-connected-platforms.txt"
    if not seed.exists():
        pytest.skip("../shared/cmr-api is not beside this checkout")
    nav_text = seed.read_text().split("\n\n", 1)[0]
    items = [line.strip()[2:] for line in nav_text.splitlines() if line.strip().startswith("• ")]
    sections_only = {
        "Users",
        "Geo",
        "Domains",
        "Renewal",
        "Dns",
        "Orders",
        "Mailboxes",
        "Subscriptions",
        "1+ Year Subscriptions",
        "Webhooks",
        "Events",
        "Export",
        "Platform",
        "Pre-warmup",
        "Sandbox",
    }
    listed = {entry["item"] for entry in NAVIGATION}
    missing = [item for item in items if item not in sections_only and item not in listed]
    assert missing == []


def test_coverage_report_rejects_unknown_operation_ids() -> None:
    with pytest.raises(coverage.CoverageError, match="noSuchOperation"):
        coverage.render(LOADED, [*NAVIGATION, {"section": "X", "item": "Y", "operationId": "noSuchOperation"}])
