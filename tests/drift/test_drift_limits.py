"""Drift stays small and clean: a bounded number of observations per process and per client, then one
`suppressed` notice that learn reads; unknown enum values are written down only when they look like enum tokens,
and never at a field marked secret."""

from __future__ import annotations

import json
import logging
import tracemalloc
from pathlib import Path
from typing import Any

import httpx
import pytest

from coldmailreseller import ColdMailReseller, DriftObservation, _drift, _excerpt
from tools import learn

SUBSCRIPTION_STATUS = "/data/subscriptions/*/subscriptionStatus"


def _client(reply: Any, **options: Any) -> ColdMailReseller:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=reply))
    return ColdMailReseller(api_key="k", rate_limit=None, http_client=httpx.Client(transport=transport), **options)


def _page(subscription: dict[str, Any]) -> dict[str, Any]:
    return {"status": 200, "message": "ok", "data": {"subscriptions": [subscription], "pagination": {"totalPages": 1}}}


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _invented(count: int, start: int = 0) -> dict[str, int]:
    return {f"invented{n:05d}": n for n in range(start, start + count)}


# -- the limit -------------------------------------------------------------------------------------------------


def test_ten_thousand_invented_fields_give_at_most_the_limit_plus_one_records(
    drift_log: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="coldmailreseller.drift")
    seen: list[DriftObservation] = []
    _client(_page({"subscriptionId": "s1", **_invented(10_000)}), on_drift=seen.append).subscriptions.list()
    limit = _drift.DEFAULT_MAX_OBSERVATIONS
    records = _lines(drift_log)
    assert len(records) == limit + 1 and len(seen) == limit + 1
    assert [r["kind"] for r in records[:-1]] == ["unknown_field"] * limit
    notice = records[-1]
    assert (notice["kind"], notice["operation_id"], notice["pointer"], notice["value"]) == (
        "suppressed",
        "listSubscriptions",
        "",
        str(limit),
    )
    assert seen[-1].kind == "suppressed" and seen[-1].value == str(limit)
    assert _drift.suppressed_count() == 10_000 - limit
    assert len(_drift._EMITTED) == limit
    drift_lines = [r for r in caplog.records if r.name == "coldmailreseller.drift"]
    assert len(drift_lines) == limit + 1 and drift_lines[-1].levelno == logging.WARNING


def test_the_limit_comes_from_the_environment_and_bounds_every_clients_set(
    drift_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(_drift.MAX_OBSERVATIONS_ENV, "5")
    first: list[DriftObservation] = []
    second: list[DriftObservation] = []
    cmr = _client(_page({"subscriptionId": "s1", **_invented(40)}), on_drift=first.append)
    for _ in range(3):
        cmr.subscriptions.list()
    _client(_page({"subscriptionId": "s1", **_invented(40, start=100)}), on_drift=second.append).subscriptions.list()
    assert [o.kind for o in first] == ["unknown_field"] * 5 + ["suppressed"]
    assert [o.kind for o in second] == ["unknown_field"] * 5 + ["suppressed"]  # its own limit, its own notice
    assert len(_lines(drift_log)) == 6  # the process: five, then one notice for everything after
    assert len(_drift._EMITTED) == 5 and len(cmr._monitor._told) == 5


def test_memory_stays_flat_once_the_limit_is_reached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_drift.MAX_OBSERVATIONS_ENV, "100")
    monitor = _drift.DriftMonitor(on_drift=lambda observation: None)
    for n in range(200):
        monitor.report("op", 200, f"/data/warmup{n}", "unknown_field", "string")
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        for n in range(20_000):
            monitor.report("op", 200, f"/data/{'x' * 200}{n}", "unknown_field", "string")
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    assert grown < 64 * 1024, f"{grown} bytes kept for 20,000 suppressed observations"
    assert len(_drift._EMITTED) == 100 and len(monitor._told) == 100


@pytest.mark.parametrize(("text", "limit"), [("0", 0), ("", 1000), ("many", 1000), ("-3", 1000), (" 7 ", 7)])
def test_the_limit_setting_is_read_leniently(monkeypatch: pytest.MonkeyPatch, text: str, limit: int) -> None:
    monkeypatch.setenv(_drift.MAX_OBSERVATIONS_ENV, text)
    assert _drift.max_observations() == limit


def test_a_limit_of_zero_records_only_the_notice(drift_log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_drift.MAX_OBSERVATIONS_ENV, "0")
    _client(_page({"subscriptionId": "s1", **_invented(3)})).subscriptions.list()
    assert [r["kind"] for r in _lines(drift_log)] == ["suppressed"]


# -- unknown enum values -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "recorded"),
    [
        ("PAUSED", True),
        ("on-hold_2.x:y", True),
        ("A" * 64, True),
        ("A" * 65, False),  # a long token: may be a key
        ("my password is hunter2", False),  # whitespace: a sentence, or a secret
        ("PAUSED\n", False),
        ("PAUSÉD", False),  # not ASCII
        ("a+b/c=", False),  # base64-ish punctuation
        ("", False),
    ],
)
def test_an_unknown_enum_value_is_recorded_only_when_it_looks_like_a_token(
    drift_log: Path, caplog: pytest.LogCaptureFixture, value: str, recorded: bool
) -> None:
    caplog.set_level(logging.INFO, logger="coldmailreseller.drift")
    seen: list[DriftObservation] = []
    sub = _client(_page({"subscriptionId": "s1", "subscriptionStatus": value}), on_drift=seen.append).subscriptions
    assert sub.list().subscriptions[0].subscription_status == value  # the model keeps it either way
    [record] = _lines(drift_log)
    assert (record["kind"], record["pointer"], record["json_type"]) == (
        "unknown_enum_value",
        SUBSCRIPTION_STATUS,
        "string",
    )
    assert record["value"] == (value if recorded else None) and seen[0].value == record["value"]
    [line] = [r.getMessage() for r in caplog.records if r.name == "coldmailreseller.drift"]
    assert (f"value {value!r}" in line) is recorded
    if not recorded and value:
        assert value not in drift_log.read_text() and value not in line


@pytest.mark.parametrize(
    "pointer",
    ["/data/mailboxDetails/*/preWarmedUpMailboxes/*/password", "/data/appPassword", "/data/authenticatorSecret/*"],
)
def test_no_value_is_recorded_at_a_field_marked_secret(drift_log: Path, pointer: str) -> None:
    seen: list[DriftObservation] = []
    with _drift.DriftMonitor(seen.append).scope("prewarmup.order.success", None):
        assert _drift.unknown_enum(pointer, "TOKENLIKE") == "TOKENLIKE"
    [record] = _lines(drift_log)
    assert record["value"] is None and seen[0].value is None and "TOKENLIKE" not in drift_log.read_text()


def test_values_are_never_recorded_for_other_kinds(drift_log: Path) -> None:
    with _drift.DriftMonitor().scope("op", 200):
        _drift.mismatch("/data/status", "type_mismatch", "integer")
    _drift.DEFAULT_MONITOR.report("op", 200, "/data/x", "unknown_field", "string", value="PAUSED")
    assert [r["value"] for r in _lines(drift_log)] == [None, None]


# -- learn reads what the limit writes ---------------------------------------------------------------------------


def test_learn_accepts_and_reports_the_suppressed_notice(
    drift_log: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(_drift.MAX_OBSERVATIONS_ENV, "2")
    _client(_page({"subscriptionId": "s1", **_invented(5)})).subscriptions.list()
    spec = tmp_path / "openapi.yaml"
    spec.write_bytes(learn.SPEC.read_bytes())
    outcomes, _, bad = learn.learn([drift_log], spec)
    assert bad == 0
    actions = {(o.group.kind, o.action) for o in outcomes}
    assert actions == {("unknown_field", "added"), ("suppressed", "listed")}
    assert "limit 2" in learn.table(outcomes)
    assert learn.suppressed_note(outcomes) == (
        "1 process(es) reached their drift limit (2 observations) and recorded nothing after it: collect again with "
        "a higher CMR_DRIFT_MAX_OBSERVATIONS to see the rest"
    )
    assert learn.main([str(drift_log), "--spec", str(spec)]) == 0
    assert "reached their drift limit" in capsys.readouterr().out


def test_learn_marks_an_observed_field_named_like_a_secret(tmp_path: Path) -> None:
    records = [
        {"operation_id": "listSubscriptions", "pointer": f"/data/subscriptions/*/{name}", "kind": "unknown_field"}
        | {"json_type": json_type, "value": None, "status": 200, "observed_at": "2026-12-01T00:00:00+00:00"}
        for name, json_type in [
            ("smtpPassword", "string"),
            ("tokenId", "string"),
            ("apiKeys", "array"),
            ("x", "string"),
        ]
    ]
    observations = tmp_path / "drift.jsonl"
    observations.write_text("".join(json.dumps(record) + "\n" for record in records))
    spec = tmp_path / "openapi.yaml"
    spec.write_bytes(learn.SPEC.read_bytes())
    learn.learn([observations], spec)
    import yaml

    properties = yaml.safe_load(spec.read_text())["components"]["schemas"]["Subscription"]["properties"]
    assert {name: properties[name].get("x-cmr-secret") for name in ("smtpPassword", "tokenId", "apiKeys", "x")} == {
        "smtpPassword": True,
        "tokenId": None,
        "apiKeys": None,
        "x": None,
    }


def test_learn_and_the_reprs_agree_on_what_looks_like_a_secret() -> None:
    assert learn.SECRET_NAME == _excerpt.SECRET_NAME
