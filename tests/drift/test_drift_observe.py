"""Drift observations from real client calls and webhook events: what is recorded, where, how often, and that no
value but an unknown enum value ever reaches a sink."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldmailreseller import ColdMailReseller, DriftObservation, ResponseValidationError
from coldmailreseller.webhooks import parse_event
from coldmailreseller_generated.api import SPEC_SHA256
from tests.support.spec import SPEC

KEYS = {"operation_id", "pointer", "kind", "json_type", "value", "status", "sdk_version", "spec_sha256", "observed_at"}
PASSWORD = "hunter2-do-not-log"


def _client(reply: Any, status: int = 200, **options: Any) -> ColdMailReseller:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=reply)

    transport = httpx.MockTransport(answer)
    return ColdMailReseller(api_key="k", rate_limit=None, http_client=httpx.Client(transport=transport), **options)


def _page(subscription: dict[str, Any]) -> dict[str, Any]:
    return {"status": 200, "message": "ok", "data": {"subscriptions": [subscription], "pagination": {"totalPages": 1}}}


DRIFTED = {"subscriptionId": "s1", "subscriptionStatus": "PAUSED", "renewalPrice": "9.50", "mailboxPassword": PASSWORD}


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_a_drifted_response_lands_in_the_file_with_the_documented_keys(drift_log: Path) -> None:
    cmr = _client(_page(DRIFTED))
    sub = cmr.subscriptions.list().subscriptions[0]
    assert sub.subscription_status == "PAUSED" and sub.additional_properties["renewalPrice"] == "9.50"
    records = _lines(drift_log)
    assert all(set(record) == KEYS for record in records)
    found = {(r["kind"], r["pointer"], r["json_type"], r["value"]) for r in records}
    assert found == {
        ("unknown_enum_value", "/data/subscriptions/*/subscriptionStatus", "string", "PAUSED"),
        ("unknown_field", "/data/subscriptions/*/renewalPrice", "string", None),
        ("unknown_field", "/data/subscriptions/*/mailboxPassword", "string", None),
    }
    record = records[0]
    assert (record["operation_id"], record["status"], record["spec_sha256"]) == ("listSubscriptions", 200, SPEC_SHA256)
    assert record["sdk_version"] == __import__("coldmailreseller").__version__ and record["observed_at"].endswith(
        "+00:00"
    )
    assert PASSWORD not in drift_log.read_text()


def test_an_undocumented_status_and_an_unknown_envelope_key_are_recorded(drift_log: Path) -> None:
    _client({"status": 202, "message": "Accepted", "data": {"id": "u1"}, "traceId": "t-1"}, status=202).users.get(
        user_id="u1"
    )
    found = {(r["kind"], r["pointer"], r["status"]) for r in _lines(drift_log)}
    assert found == {("undocumented_status", "", 202), ("unknown_envelope_key", "/traceId", 202)}


def test_each_place_is_reported_once_per_process(drift_log: Path) -> None:
    seen: list[DriftObservation] = []
    cmr = _client(_page(DRIFTED), on_drift=seen.append)
    for _ in range(3):
        cmr.subscriptions.list()
    _client(_page(DRIFTED)).subscriptions.list()  # another client: the file and the log still get nothing new
    assert len(_lines(drift_log)) == 3 and len(seen) == 3


def test_the_logger_gets_one_line_per_observation(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="coldmailreseller.drift")
    _client(_page(DRIFTED)).subscriptions.list()
    lines = [r.getMessage() for r in caplog.records if r.name == "coldmailreseller.drift"]
    assert len(lines) == 3 and all(line.startswith("drift: listSubscriptions ") for line in lines)
    assert not any(PASSWORD in line for line in lines)


def test_nothing_is_recorded_when_the_answer_matches_the_spec(drift_log: Path) -> None:
    seen: list[DriftObservation] = []
    _client(_page({"subscriptionId": "s1", "subscriptionStatus": "ACTIVE"}), on_drift=seen.append).subscriptions.list()
    assert seen == [] and not drift_log.exists()


@pytest.mark.parametrize(
    ("subscription", "kind", "pointer", "json_type"),
    [
        ({"subscriptionStatus": "ACTIVE"}, "missing_required", "/data/subscriptions/*/subscriptionId", "absent"),
        ({"subscriptionId": 7}, "type_mismatch", "/data/subscriptions/*/subscriptionId", "integer"),
    ],
)
def test_a_mismatch_is_recorded_and_still_raises(
    drift_log: Path, subscription: dict[str, Any], kind: str, pointer: str, json_type: str
) -> None:
    with pytest.raises(ResponseValidationError):
        _client(_page(subscription)).subscriptions.list()
    assert [(r["kind"], r["pointer"], r["json_type"]) for r in _lines(drift_log)] == [(kind, pointer, json_type)]


def test_webhook_events_report_into_the_event_body(drift_log: Path) -> None:
    seen: list[DriftObservation] = []
    body = {"event": "mailbox.created", "eventId": "e1", "data": {"email": "a@b.c", "appPassword": PASSWORD}, "v": 2}
    parse_event(json.dumps(body), on_drift=seen.append)
    assert {(o.operation_id, o.pointer, o.status) for o in seen} == {
        ("mailbox.created", "/data/appPassword", None),
        ("mailbox.created", "/v", None),
    }
    assert PASSWORD not in drift_log.read_text()


def test_several_processes_append_whole_lines_to_one_file(drift_log: Path) -> None:
    code = (
        "import sys; from coldmailreseller import _drift\n"
        "monitor = _drift.DriftMonitor()\n"
        "for n in range(200):\n"
        "    monitor.report(f'op{sys.argv[1]}', 200, f'/data/f{n}', 'unknown_field', 'string')\n"
    )
    env = {"CMR_DRIFT_LOG": str(drift_log), "PYTHONPATH": ":".join(sys.path)}
    workers = [subprocess.Popen([sys.executable, "-c", code, str(i)], env=env) for i in range(4)]
    assert [worker.wait(timeout=60) for worker in workers] == [0, 0, 0, 0]
    records = _lines(drift_log)  # every line parses: none was interleaved with another
    assert len(records) == 800 and len({(r["operation_id"], r["pointer"]) for r in records}) == 800


# Names the Subscription schema does not declare: only unknown fields are generated here.
DECLARED = set(SPEC.schemas["Subscription"]["properties"])
NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=3, max_size=12).filter(
    lambda name: name not in DECLARED
)
SECRETS = st.text(min_size=6, max_size=30).map(lambda text: f"SECRET-{text}")
VALUES = st.recursive(SECRETS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(NAMES, inner, max_size=3))


@settings(max_examples=60, deadline=None)
@given(extra=st.dictionaries(NAMES, VALUES, min_size=1, max_size=4))
def test_no_string_value_of_an_unknown_field_reaches_a_sink(extra: dict[str, Any]) -> None:
    import os
    import tempfile

    from coldmailreseller import _drift

    _drift.reset_for_tests()
    seen: list[DriftObservation] = []
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    log = logging.getLogger("coldmailreseller.drift")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "drift.jsonl")
        os.environ[_drift.DRIFT_LOG_ENV] = path
        try:
            _client(_page({"subscriptionId": "s1", **extra}), on_drift=seen.append).subscriptions.list()
            written = Path(path).read_text()
        finally:
            del os.environ[_drift.DRIFT_LOG_ENV]
            log.removeHandler(handler)
    sinks = [written, *map(repr, seen), *(r.getMessage() for r in records)]
    assert len(seen) == len(extra)
    assert not any("SECRET-" in text for text in sinks)
