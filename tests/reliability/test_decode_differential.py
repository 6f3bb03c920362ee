"""The fast path of reading a success (coldmailreseller/_fastdecode.py: msgspec Structs, then the attrs models)
against the parser it stands in for (`_json.loads`, the envelope checks, the models' `from_dict`), on the same
answers: the spec's examples, the fuzzed envelopes of the fuzz suite plus values the two decoders could read
differently (dates, integers written as floats, duplicate keys, escapes), and the hostile and corrupted bodies of
tests/reliability/test_hostile.py.

For every answer: `_response.parse_data` (fast path, parser on fallback) and the parser alone give the same result
(types all the way down, the same to_json(), the same request id) or the same error (type and message, which names
the JSON pointer of the mismatch), and the same drift records. Wherever the fast path decides on its own, the parser
must accept the answer without a single drift record (the fast path reports none)."""

from __future__ import annotations

import json
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldmailreseller import OPERATIONS, CMRError, Operation, _fastdecode
from coldmailreseller import _response as response_layer
from coldmailreseller._drift import DriftMonitor
from coldmailreseller_generated.examples import SUCCESS
from tests.reliability.test_fuzz_responses import MUTATIONS, _envelopes, _mutate, _parent, _paths
from tests.reliability.test_hostile import CASES, CORRUPTIONS, _body, _corrupt

# The operations whose `data` parse_data reads (x-cmr-result operations build their result from the whole answer).
OPS = {op_id: op for op_id, op in OPERATIONS.items() if op.result is None}
REQUEST_ID = "req-differential-1"
PER_OPERATION = 25
# Strings the two date parsers could read differently: msgspec's own parser takes a lowercase `t`/`z` and rounds
# digits past microseconds, datetime.fromisoformat truncates them and refuses the lowercase letters (3.11).
DATE_EDGES = (
    "2025-01-10t11:18:31z",
    "2025-01-10T11:18:31.1234567Z",
    "2025-01-10T11:18:31.9999995Z",
    "2025-01-10 11:18:31Z",
    "2025-01-10T11:18:31+0530",
    "2025-01-10T11:18:31-00:00",
    "2025-01-10T11:18Z",
    "2025-01-10",
    "20250110T111831Z",
    "2025-01-10T24:00:00Z",
    "2025-01-10T23:59:60Z",
    "2025-02-30T00:00:00Z",
    "2025-01-10T11:18:31",
    "2025-01-10T11:18:31.Z",
)
EDGES = ("date", "float for int", "duplicate key", "escaped", "big integer", "unknown enum")
STATS = {"decided": 0, "total": 0}


def _http(status: int, body: bytes, headers: tuple[tuple[str, str], ...] = ()) -> httpx.Response:
    request = httpx.Request("GET", "https://cmr.test/differential")
    head = [("content-type", "application/json"), ("x-request-id", REQUEST_ID), *headers]
    return httpx.Response(status, content=body, headers=head, request=request)


def _shape(value: Any) -> Any:
    """`value` with the type of every part written out: 1, 1.0 and True differ, an enum member differs from its
    string, a datetime shows its tzinfo."""
    if attrs.has(type(value)):
        fields = tuple((f.name, _shape(getattr(value, f.name))) for f in attrs.fields(type(value)))
        return (type(value).__qualname__, fields, value.to_json(), getattr(value, "request_id", None))
    if isinstance(value, list):
        return ["list", *(_shape(item) for item in value)]
    if isinstance(value, dict):
        return ("dict", tuple((key, _shape(item)) for key, item in value.items()))
    return (type(value).__qualname__, repr(value))


def _read(op: Operation[Any], response: httpx.Response, fast: bool) -> tuple[Any, list[tuple[Any, ...]]]:
    """What reading `response` gives (a result or an error) and the drift it records."""
    seen: list[Any] = []
    monitor = DriftMonitor(on_drift=seen.append)
    with monitor.scope(op.operation_id, response.status_code):
        try:
            if fast:
                outcome: Any = ("result", _shape(response_layer.parse_data(op, response)))
            else:
                data = response_layer._data(op, response, response_layer.envelope(op, response))
                outcome = ("result", _shape(data))
        except CMRError as exc:
            outcome = ("error", type(exc).__qualname__, str(exc))
    drift = [(o.operation_id, o.pointer, o.kind, o.json_type, o.value, o.status) for o in seen]
    return outcome, drift


def check_alike(op: Operation[Any], status: int, body: bytes, headers: tuple[tuple[str, str], ...] = ()) -> bool:
    """Assert the fast path and the parser read `body` alike; True when the fast path decided on its own."""
    response = _http(status, body, headers)
    with_fast, drift_fast = _read(op, response, fast=True)
    parser, drift_parser = _read(op, response, fast=False)
    assert with_fast == parser
    assert drift_fast == drift_parser
    decided = _fastdecode.data(op, response.content) is not None
    if decided:
        assert parser[0] == "result", "the fast path accepted an answer the parser refuses"
        assert drift_parser == [], "the fast path accepted an answer the parser reports as drift"
    STATS["total"] += 1
    STATS["decided"] += decided
    return decided


@pytest.mark.parametrize("op_id", sorted(OPS))
def test_the_spec_examples_are_read_alike_and_by_the_fast_path(op_id: str) -> None:
    status, envelope, _documented = SUCCESS[op_id]
    if envelope is None:
        pytest.skip("an answer without a JSON body")
    assert check_alike(OPS[op_id], status, json.dumps(envelope).encode()), "the fast path left a spec example"


def _edge(envelope: dict[str, Any], edge: str, data: st.DataObject) -> bytes:
    """`envelope` as JSON with one value the two decoders could read differently."""
    paths = _paths(envelope)
    if edge == "date":
        dates = [p for p in paths if isinstance(v := _parent(envelope, p)[p[-1]], str) and v[:2] in ("19", "20")]
        if dates:
            path = data.draw(st.sampled_from(dates), label="date")
            _parent(envelope, path)[path[-1]] = data.draw(st.sampled_from(DATE_EDGES), label="edge")
    elif edge in ("float for int", "big integer"):
        ints = [p for p in paths if type(_parent(envelope, p)[p[-1]]) is int]
        if ints:
            path = data.draw(st.sampled_from(ints), label="int")
            value = _parent(envelope, path)[path[-1]]
            _parent(envelope, path)[path[-1]] = float(value) if edge == "float for int" else 2**64 + value
    elif edge == "unknown enum":
        strings = [p for p in paths if isinstance(_parent(envelope, p)[p[-1]], str)]
        if strings:
            path = data.draw(st.sampled_from(strings), label="string")
            _parent(envelope, path)[path[-1]] = data.draw(st.sampled_from(["NEW_STATUS", "x y", ""]), label="value")
    body = json.dumps(envelope).encode()
    if edge == "duplicate key":
        key = data.draw(st.sampled_from(["status", "data", "message"]), label="key")
        value = data.draw(st.sampled_from(["200", "null", '"x"', "[]", "{}", "500"]), label="value")
        extra = f'"{key}": {value}'.encode()
        body = (
            b"{" + extra + b", " + body[1:]
            if data.draw(st.booleans(), label="first")
            else body[:-1] + b", " + extra + b"}"
        )
    elif edge == "escaped":
        body = json.dumps(envelope, ensure_ascii=True).encode().replace(b'"ok"', b'"\\ud800\\u00e9"')
    return body


@pytest.mark.parametrize("op_id", sorted(OPS))
def test_fuzzed_answers_are_read_alike(op_id: str) -> None:
    op = OPS[op_id]

    @settings(max_examples=PER_OPERATION, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(envelope=_envelopes(op_id), change=st.sampled_from(MUTATIONS + EDGES), data=st.data())
    def check(envelope: dict[str, Any], change: str, data: st.DataObject) -> None:
        if change in EDGES:
            status, body = 200, _edge(envelope, change, data)
        else:
            status, body = _mutate(envelope, change, data)
        check_alike(op, status, body)

    check()


HOSTILE_OPS = ("getUser", "listSubscriptions", "listMailboxes", "getOrderStatus")


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.name != "connection closed mid-body (200)"], ids=lambda c: c.name
)
def test_hostile_answers_are_read_alike(case: Any) -> None:
    for op_id in HOSTILE_OPS:
        reply = case.reply(op_id)
        encoded = any(name.lower() == "content-encoding" for name, _ in reply.headers)
        if encoded:  # the client inflates (or refuses) the body before any decoding; the inflated body is plain JSON
            continue
        assert not check_alike(OPS[op_id], reply.status, reply.body, tuple(reply.headers))


@pytest.mark.parametrize("op_id", HOSTILE_OPS)
def test_corrupted_answers_are_read_alike(op_id: str) -> None:
    kinds = [kind for kind in CORRUPTIONS if kind not in ("bomb", "corrupt gzip")]

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(kind=st.sampled_from(kinds), status=st.sampled_from([200, 201, 400]), data=st.data())
    def check(kind: str, status: int, data: st.DataObject) -> None:
        body, headers = _corrupt(_body(op_id, status), kind, data)
        check_alike(OPS[op_id], status, body, headers)

    check()


def test_the_fast_path_decides_most_valid_answers() -> None:
    """The differential tests above prove nothing about a fast path that always falls back."""
    decided = sum(check_alike(op, 200, json.dumps(SUCCESS[op_id][1]).encode()) for op_id, op in OPS.items())
    assert decided == sum(1 for op_id in OPS if SUCCESS[op_id][1] is not None)


def _subscriptions(item: dict[str, Any], raw: bytes = b"") -> bytes:
    """A listSubscriptions answer with one spec-valid subscription changed by `item` (and `raw` JSON spliced in)."""
    base = {"subscriptionId": "SUB1", "subscriptionStatus": "ACTIVE", "pricePerMailbox": 8, "autoRenew": True}
    page = {"subscriptions": [{**base, **item}], "pagination": {"currentPage": 1, "nextPage": None}}
    body = json.dumps({"status": 200, "message": "ok", "data": page}).encode()
    return body.replace(b'"SUB1"', b'"SUB1"' + raw) if raw else body


EDGE_ITEMS = [
    *(pytest.param({"periodStart": date}, b"", id=f"date {date}") for date in DATE_EDGES),
    pytest.param({"periodEnd": "2025-01-10T11:18:31.479Z"}, b"", id="date with milliseconds"),
    pytest.param({"pricePerMailbox": 8.0}, b"", id="number written as a float"),
    pytest.param({"pricePerMailbox": 2**70}, b"", id="number beyond 64 bits"),
    pytest.param({"totalMailboxQuantity": 2.0}, b"", id="integer written as a float"),
    pytest.param({"totalMailboxQuantity": True}, b"", id="boolean for an integer"),
    pytest.param({"totalMailboxQuantity": 2**64}, b"", id="integer beyond 64 bits"),
    pytest.param({"subscriptionStatus": "SUSPENDED"}, b"", id="unknown value of a tolerant enum"),
    pytest.param({"subscriptionStatus": None}, b"", id="null for an optional field"),
    pytest.param({"autoRenew": None}, b"", id="null for a boolean"),
    pytest.param({"newField": {"a": [1, 2.5]}}, b"", id="unknown field"),
    pytest.param({}, b', "subscriptionId": "SUB2"', id="duplicate key, the last wins"),
    pytest.param({}, b', "autoRenew": "yes"', id="duplicate key of another type"),
    pytest.param({"domain": "caf\u00e9 \ud83d\ude00"}, b"", id="escaped non-ASCII"),
    pytest.param({}, b', "domain": "\\ud800"', id="lone surrogate"),
    pytest.param({}, b', "x": 1e999', id="a number too large for a float"),
    pytest.param({}, b', "x": NaN', id="NaN"),
    pytest.param({}, b', "domain": "\\u0000"', id="NUL escaped"),
]


@pytest.mark.parametrize(("item", "raw"), EDGE_ITEMS)
def test_values_the_decoders_could_read_differently_are_read_alike(item: dict[str, Any], raw: bytes) -> None:
    check_alike(OPS["listSubscriptions"], 200, _subscriptions(item, raw))


def test_the_fast_path_decides_the_edges_it_can() -> None:
    """Dates both parsers read alike, integers beyond 64 bits and duplicate keys stay on the fast path."""
    for item, raw in (
        ({"periodStart": "2025-01-10T11:18:31.479Z"}, b""),
        ({"periodStart": "2025-01-10 11:18:31+05:30"}, b""),
        ({"totalMailboxQuantity": 2**64}, b""),
        ({}, b', "subscriptionId": "SUB2"'),
    ):
        assert check_alike(OPS["listSubscriptions"], 200, _subscriptions(item, raw)), item or raw
