"""`nox -s learn`: observation files edit the spec in place, idempotently, without reformatting it; after a
regenerate the models have the learned attributes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from tools import learn, spec_yaml

SPEC = pipeline.SPEC
STAMP = "2026-12-01T10:00:00+00:00"


def _observation(kind: str, pointer: str, json_type: str = "string", **changes: Any) -> dict[str, Any]:
    record = {
        "operation_id": "listSubscriptions",
        "pointer": pointer,
        "kind": kind,
        "json_type": json_type,
        "value": None,
        "status": 200,
        "sdk_version": "0.1.0",
        "spec_sha256": "x",
        "observed_at": STAMP,
    }
    return {**record, **changes}


def _file(tmp_path: Path, records: list[dict[str, Any]], name: str = "drift.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    copy = tmp_path / "openapi.yaml"
    shutil.copy(SPEC, copy)
    return copy


def _schema(spec: Path, name: str) -> dict[str, Any]:
    return dict(yaml.safe_load(spec.read_text())["components"]["schemas"][name])


def test_a_round_trip_without_observations_changes_no_byte(spec: Path, tmp_path: Path) -> None:
    assert spec_yaml.dump(spec_yaml.load(SPEC)) == SPEC.read_text()
    outcomes, changed, _ = learn.learn([_file(tmp_path, [])], spec)
    assert (outcomes, changed) == ([], False) and spec.read_bytes() == SPEC.read_bytes()


def test_unknown_fields_become_observed_optional_properties(spec: Path, tmp_path: Path) -> None:
    records = [
        _observation("unknown_field", "/data/subscriptions/*/renewalPrice", observed_at="2026-12-01T09:00:00+00:00"),
        _observation("unknown_field", "/data/subscriptions/*/renewalPrice", "number", sdk_version="0.2.0"),
        _observation("unknown_field", "/data/pagination/pageSize", "integer"),
    ]
    outcomes, changed, _ = learn.learn([_file(tmp_path, records)], spec)
    assert changed and {o.action for o in outcomes} == {"added"}
    prop = _schema(spec, "Subscription")["properties"]["renewalPrice"]
    assert prop["type"] == ["string", "number"] and prop["x-cmr-source"] == "observed"
    assert prop["x-cmr-observed"] == {
        "first_seen": "2026-12-01T09:00:00+00:00",
        "last_seen": STAMP,
        "count": 2,
        "sdk_versions": ["0.1.0", "0.2.0"],
    }
    assert "renewalPrice" not in _schema(spec, "Subscription").get("required", [])
    assert _schema(spec, "Pagination")["properties"]["pageSize"]["type"] == "integer"


def test_new_enum_values_join_the_enum(spec: Path, tmp_path: Path) -> None:
    record = _observation("unknown_enum_value", "/data/subscriptions/*/subscriptionStatus", value="PAUSED")
    learn.learn([_file(tmp_path, [record])], spec)
    assert _schema(spec, "SubscriptionStatus")["enum"][-1] == "PAUSED"


def test_a_second_run_changes_nothing_and_later_files_extend_the_record(spec: Path, tmp_path: Path) -> None:
    first = _file(tmp_path, [_observation("unknown_field", "/data/subscriptions/*/renewalPrice")])
    learn.learn([first], spec)
    after_first = spec.read_bytes()
    _, changed, _ = learn.learn([first], spec)
    assert not changed and spec.read_bytes() == after_first
    later = _file(
        tmp_path,
        [_observation("unknown_field", "/data/subscriptions/*/renewalPrice", observed_at="2026-12-05T00:00:00+00:00")],
        "later.jsonl",
    )
    learn.learn([first, later], spec)
    record = _schema(spec, "Subscription")["properties"]["renewalPrice"]["x-cmr-observed"]
    assert (record["count"], record["last_seen"]) == (2, "2026-12-05T00:00:00+00:00")


def test_a_type_mismatch_widens_only_when_seen_repeatedly(spec: Path, tmp_path: Path) -> None:
    once = [_observation("type_mismatch", "/data/subscriptions/*/domain", "integer")]
    outcomes, changed, _ = learn.learn([_file(tmp_path, once)], spec)
    assert [o.action for o in outcomes] == ["listed"] and not changed
    again = _observation("type_mismatch", "/data/subscriptions/*/domain", "integer", observed_at="2026-12-02T00:00:00Z")
    twice = [*once, again]
    outcomes, changed, _ = learn.learn([_file(tmp_path, twice, "twice.jsonl")], spec)
    assert [o.action for o in outcomes] == ["widened"]
    assert _schema(spec, "Subscription")["properties"]["domain"]["type"] == ["string", "integer"]


def test_statuses_and_missing_fields_are_listed_never_applied(spec: Path, tmp_path: Path) -> None:
    records = [
        _observation("undocumented_status", "", "object", status=202),
        _observation("missing_required", "/data/subscriptions/*/subscriptionId", "absent"),
    ]
    outcomes, changed, _ = learn.learn([_file(tmp_path, records)], spec)
    assert [o.action for o in outcomes] == ["listed", "listed"] and not changed
    assert "202" in learn.table(outcomes)


def test_nothing_is_ever_removed(spec: Path, tmp_path: Path) -> None:
    before = yaml.safe_load(spec.read_text())
    records = [_observation("unknown_field", "/data/subscriptions/*/renewalPrice")]
    learn.learn([_file(tmp_path, records)], spec)
    after = yaml.safe_load(spec.read_text())
    for name, schema in before["components"]["schemas"].items():
        assert set(schema.get("properties", {})) <= set(after["components"]["schemas"][name].get("properties", {}))
    assert set(before["paths"]) == set(after["paths"])


@pytest.mark.slow
def test_end_to_end_a_drifted_answer_becomes_a_model_attribute(tmp_path: Path) -> None:
    """Client call -> drift file -> learn -> regenerate -> the drift check passes and the model has the field."""
    checkout = tmp_path / "checkout"
    for name in ("spec", "generator", "tools", "generated_client", "overrides", "pyproject.toml", "api.md"):
        src = pipeline.ROOT / name
        if src.is_dir():
            shutil.copytree(src, checkout / name, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
        else:
            shutil.copy2(src, checkout / name)
    log = tmp_path / "drift.jsonl"
    call = (
        "import httpx, coldmailreseller as c\n"
        "body = {'status': 200, 'message': 'ok', 'data': {'subscriptions': [{'subscriptionId': 's',"
        " 'renewalPrice': '9.50', 'subscriptionStatus': 'PAUSED'}], 'pagination': {'totalPages': 1}}}\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json=body))\n"
        "c.ColdMailReseller(api_key='k', rate_limit=None, http_client=httpx.Client(transport=t)).subscriptions.list()\n"
    )
    env = {"CMR_DRIFT_LOG": str(log), "PYTHONPATH": ":".join(sys.path)}
    subprocess.run([sys.executable, "-c", call], env=env, check=True)
    assert {json.loads(line)["kind"] for line in log.read_text().splitlines()} == {
        "unknown_field",
        "unknown_enum_value",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", *args], cwd=checkout, capture_output=True, text=True)

    assert run("tools.learn", str(log)).returncode == 0
    assert run("tools.learn", str(log)).stdout.rstrip().endswith("unchanged")
    assert run("generator.pipeline", "check").returncode == 1  # the spec changed: the lock says so
    regenerated = run("generator.pipeline", "regenerate")
    assert regenerated.returncode == 0, regenerated.stderr
    check = run("generator.pipeline", "check")
    assert check.returncode == 0, check.stdout
    use = (
        "from coldmailreseller_generated.models.subscription import Subscription\n"
        "from coldmailreseller_generated.models.subscription_status import SubscriptionStatus\n"
        "body = {'subscriptionId': 's', 'renewalPrice': '9.50', 'subscriptionStatus': 'PAUSED'}\n"
        "sub = Subscription.from_dict(body)\n"
        "assert sub.renewal_price == '9.50' and sub.additional_properties == {}, sub\n"
        "assert sub.subscription_status is SubscriptionStatus.PAUSED\n"
    )
    paths = [str(checkout / "generated_client"), str(pipeline.ROOT / "overrides")]
    result = subprocess.run(
        [sys.executable, "-c", use], env={"PYTHONPATH": ":".join(paths)}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "Subscription.renewalPrice" in (checkout / "spec" / "COVERAGE.md").read_text()


def test_every_line_read_exits_zero_and_a_missing_file_two(spec: Path, tmp_path: Path) -> None:
    good = _file(tmp_path, [_observation("unknown_field", "/data/subscriptions/*/renewalPrice")])
    assert learn.main([str(good), "--spec", str(spec)]) == 0
    assert learn.main([str(tmp_path / "absent.jsonl"), "--spec", str(spec)]) == 2


def test_unreadable_lines_are_named_and_the_rest_applied(
    spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps(_observation("unknown_field", "/data/subscriptions/*/renewalPrice")),
        "{not json",
        "",  # blank lines are skipped, not reported
        json.dumps(["an", "array"]),
        json.dumps({k: v for k, v in _observation("unknown_field", "/data/x").items() if k != "kind"}),
        json.dumps(_observation("invented_kind", "/data/x")),
        json.dumps(_observation("unknown_field", "/data/x", status="200")),
        json.dumps(_observation("unknown_field", "/data/pagination/pageSize", "integer")),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert learn.main([str(path), "--spec", str(spec)]) == 1
    err = capsys.readouterr().err
    assert "5 line(s) are not observations" in err
    for number, why in [
        (2, "not JSON"),
        (4, "not a JSON object but list"),
        (5, "no `kind`"),
        (6, "unknown kind 'invented_kind'"),
        (7, "`status` is not an integer"),
    ]:
        assert f"{path}:{number}: {why}" in err
    # The readable lines were applied all the same.
    assert "renewalPrice" in _schema(spec, "Subscription")["properties"]
    assert "pageSize" in _schema(spec, "Pagination")["properties"]


def test_the_documented_line_format_is_what_learn_reads() -> None:
    """CONTRIBUTING.md lists the fields of an observation line and every kind; learn knows the same kinds."""
    text = (pipeline.ROOT / "CONTRIBUTING.md").read_text()
    section = text[text.index("### The observation line") :]
    section = section[: section.index("\n## ")]
    for name in (*_observation("x", "/").keys(), *learn.KINDS):
        assert f"`{name}`" in section, name


def test_learn_knows_every_kind_a_client_writes() -> None:
    from typing import get_args

    from coldmailreseller import _drift

    assert set(get_args(_drift.DriftKind)) == set(learn.KINDS)
