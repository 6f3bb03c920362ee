"""Bad arguments for every operation, judged against the spec: a value the spec forbids raises
InvalidArgumentError before anything is sent; any other value is sent, encoded so that it cannot change the
path, and arrives unchanged."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from coldmailreseller import OPERATIONS, ColdMailReseller, InvalidArgumentError, Operation
from coldmailreseller._runtime import Field
from tests.reliability.report import REPORT
from tests.reliability.spec_schemas import field_schemas, is_valid, ok_envelope, resolve, valid_args
from tests.reliability.support import KEY, check_exception

OPS = OPERATIONS
# A value of the wrong JSON type for each kind of argument.
WRONG_TYPES: dict[str, list[object]] = {
    "str": [123, ["a"]],
    "int": ["1", 1.5, True],
    "float": ["1.5", False],
    "bool": ["yes", 1],
    "enum": [7],
    "model": [42, "object"],
    "list": ["not-a-list", {"a": 1}],
    "map": [[1, 2]],
    "union": [123, "text"],
    "any": [123],
}
AWKWARD_IDS = {
    "slash": "a/b/../c",
    "question mark": "a?b=c&d=e",
    "hash": "a#fragment",
    "percent": "100%25%zz",
    "spaces": " a b ",
    "non-ASCII": "Ünïcødé-日本-ß",
}
NOT_JSON = {1, 2}  # a set has no JSON form at all


def _cases(op: Operation[Any], field: Field) -> list[tuple[str, object]]:
    schema = field_schemas(op.operation_id)[field.wire][0]
    cases: list[tuple[str, object]] = [("missing (None)", None)] if field.required else []
    cases += [(f"wrong type {type(v).__name__}", v) for v in WRONG_TYPES[field.shape.kind]]
    if field.shape.kind == "any":
        cases.append(("not JSON", NOT_JSON))
    if field.shape.kind == "enum":
        cases.append(("outside the enum", "NOT_A_MEMBER"))
    if field.shape.kind == "str":
        cases.append(("empty string", ""))
        cases += [(f"id with {name}", value) for name, value in AWKWARD_IDS.items()]
    resolved = resolve(schema)
    for bound, step in (("minimum", -1), ("maximum", 1)):
        if bound in resolved:
            cases.append((f"beyond {bound}", int(resolved[bound]) + step))
    if resolved.get("minItems"):
        cases.append(("empty list", []))
    return cases


def _forbidden(op: Operation[Any], field: Field, value: object) -> bool:
    schema, required = field_schemas(op.operation_id)[field.wire]
    if value is None:
        return required
    if value is NOT_JSON:
        return True
    return not is_valid(schema, value)


CASES = [
    pytest.param(op_id, field.attr, name, value, id=f"{op_id}-{field.attr}-{name}")
    for op_id, op in sorted(OPS.items())
    for field in op.fields
    for name, value in _cases(op, field)
]


class Recorder:
    """A MockTransport handler that answers a valid envelope and keeps every request."""

    def __init__(self, op: Operation[Any]) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = ok_envelope(op.operation_id)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.reply)


def _client(op: Operation[Any], recorder: Recorder) -> ColdMailReseller:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return ColdMailReseller(
        api_key=KEY, base_url="https://cmr.test/api", rate_limit=None, sandbox=op.sandbox, http_client=http
    )


@pytest.mark.parametrize(("op_id", "attr", "case", "value"), CASES)
def test_bad_argument(op_id: str, attr: str, case: str, value: object) -> None:
    op = OPS[op_id]
    field = next(f for f in op.fields if f.attr == attr)
    recorder = Recorder(op)
    client = _client(op, recorder)
    method = getattr(getattr(client, op.resource), op.method)
    args = {**valid_args(op, with_field=field.wire), attr: value}
    if _forbidden(op, field, value):
        REPORT.bad_inputs["rejected before sending"] += 1
        with pytest.raises(InvalidArgumentError) as caught:
            method(**args)
        check_exception(caught.value)
        assert caught.value.argument == attr
        assert recorder.requests == []
        return
    REPORT.bad_inputs["allowed by the spec: sent intact"] += 1
    method(**args)
    assert len(recorder.requests) == 1
    _assert_sent_intact(op, field, value, recorder.requests[0])


def _assert_sent_intact(op: Operation[Any], field: Field, value: object, request: httpx.Request) -> None:
    raw = request.url.raw_path
    assert raw.isascii() and b" " not in raw and b"#" not in raw, raw
    assert raw.split(b"?")[0].decode() == "/api" + op.path
    if field.location == "query":
        expected = str(value).lower() if isinstance(value, bool) else str(value)
        assert request.url.params.get_list(field.wire) == [expected]
    else:
        assert json.loads(request.content)[field.wire] == value


def test_valid_arguments_are_sent() -> None:
    """The baseline every bad-input case changes one argument of: it must itself be accepted."""
    for op_id, op in sorted(OPS.items()):
        recorder = Recorder(op)
        getattr(getattr(_client(op, recorder), op.resource), op.method)(**valid_args(op))
        assert len(recorder.requests) == 1, op_id
