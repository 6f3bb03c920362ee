"""Fuzzed responses: spec-valid envelopes built from each operation's 2xx schema, then mutated (fields dropped,
retyped, nulled, added; `data` replaced by garbage; bodies that are not JSON; error statuses). The sync client
must return a typed result or raise ResponseValidationError, or an APIError for an error status; any other
exception fails. Unmutated envelopes must parse."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coldmailreseller import OPERATIONS, ActionResult, APIError, ColdMailReseller, ResponseValidationError
from coldmailreseller._results import RESULTS
from tests.reliability.report import REPORT
from tests.reliability.spec_schemas import (
    ANY_JSON,
    is_valid,
    resolve,
    response_schema,
    strategy,
    success_status,
    valid_args,
)
from tests.reliability.support import KEY, check_exception

OPS = OPERATIONS
# The normal run spreads at least this many cases over the operations; a profile that asks for more (the
# `fuzz` profile: --hypothesis-profile fuzz or HYPOTHESIS_PROFILE=fuzz) gets its own count per operation.
NORMAL_TOTAL = 2_000
_PROFILE_EXAMPLES = settings.default.max_examples
_NORMAL_EXAMPLES = settings.get_profile("default").max_examples
PER_OPERATION = _PROFILE_EXAMPLES if _PROFILE_EXAMPLES > _NORMAL_EXAMPLES else math.ceil(NORMAL_TOTAL / len(OPS)) + 2
MUTATIONS = (
    "none",
    "drop",
    "retype",
    "null",
    "unknown fields",
    "garbage data",
    "error status",
    "http status",
    "not JSON",
)
OTHER_TYPES = [None, True, 0, -1, 2**70, 1.5, "", "not a date", "2024-13-45T99:99:99Z", [], [1], {}, {"k": "v"}]
NOT_JSON_BODIES = st.sampled_from([b"", b"<html><body>502</body></html>", b"\xff\xfe\x00", b"{", b"nul"]) | st.binary(
    max_size=40
).filter(lambda raw: not _parses(raw))


def _parses(raw: bytes) -> bool:
    try:
        json.loads(raw)
    except ValueError:
        return False
    return True


def _envelopes(op_id: str) -> st.SearchStrategy[dict[str, Any]]:
    """Valid success envelopes: status mirrors HTTP, and `data` is present when the schema declares it."""
    schema = resolve(response_schema(op_id))
    props = schema.get("properties", {})
    parts: dict[str, st.SearchStrategy[Any]] = {"status": st.just(success_status(op_id))}
    if "data" in props:
        parts["data"] = strategy(props["data"])
    optional = {name: strategy(sub) for name, sub in props.items() if name not in parts}
    return st.fixed_dictionaries(parts, optional=optional)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON document (the root excluded)."""
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    found: list[tuple[Any, ...]] = []
    for key, child in children:
        found.append((*prefix, key))
        found += _paths(child, (*prefix, key))
    return found


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        doc = doc[key]
    return doc


def _mutate(envelope: dict[str, Any], mutation: str, data: st.DataObject) -> tuple[int, bytes]:
    """Apply one mutation in place; returns the HTTP status and body to serve."""
    status = 200
    paths = _paths(envelope)
    if mutation in ("drop", "retype", "null") and paths:
        path = data.draw(st.sampled_from(paths), label="path")
        parent = _parent(envelope, path)
        if mutation == "drop":
            del parent[path[-1]]
        else:
            current = parent[path[-1]]
            other = st.sampled_from([v for v in OTHER_TYPES if type(v) is not type(current)])
            parent[path[-1]] = None if mutation == "null" else data.draw(other, label="retyped")
    elif mutation == "unknown fields":
        objects = [envelope] + [_parent(envelope, (*p, None)) for p in paths]
        target = data.draw(st.sampled_from([o for o in objects if isinstance(o, dict)]), label="object")
        target.update(data.draw(st.dictionaries(st.text(min_size=1, max_size=8), ANY_JSON, min_size=1, max_size=3)))
    elif mutation == "garbage data":
        envelope["data"] = data.draw(ANY_JSON, label="garbage")
    elif mutation == "error status":
        envelope["status"] = data.draw(st.integers(400, 599), label="envelope status")
    elif mutation == "http status":
        status = data.draw(st.sampled_from([400, 401, 403, 404, 409, 422, 429, 500, 502, 503]), label="http")
    elif mutation == "not JSON":
        return status, data.draw(NOT_JSON_BODIES, label="body")
    return status, json.dumps(envelope).encode()


def _reports_error(status: int, body: bytes, answers: frozenset[int] = frozenset()) -> bool:
    """Whether the answer is an error; `answers` are error statuses an x-cmr-result operation reads as a result."""
    if status >= 400 and status not in answers:
        return True
    try:
        envelope = json.loads(body)
    except ValueError:
        return False
    code = envelope.get("status") if isinstance(envelope, dict) else None
    return isinstance(code, int) and not isinstance(code, bool) and code >= 400 and code not in answers


@pytest.mark.parametrize("op_id", sorted(OPS))
def test_fuzzed_response(op_id: str) -> None:
    op = OPS[op_id]
    served: dict[str, httpx.Response] = {}
    http = httpx.Client(transport=httpx.MockTransport(lambda request: served["response"]))
    client = ColdMailReseller(
        api_key=KEY, base_url="https://cmr.test", rate_limit=None, max_retries=0, sandbox=op.sandbox, http_client=http
    )
    method = getattr(getattr(client, op.resource), op.method)
    args = valid_args(op)

    @settings(max_examples=PER_OPERATION, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(envelope=_envelopes(op_id), mutation=st.sampled_from(MUTATIONS), data=st.data())
    def check(envelope: dict[str, Any], mutation: str, data: st.DataObject) -> None:
        REPORT.fuzz_cases[op_id] += 1
        status, body = _mutate(envelope, mutation, data)
        served["response"] = httpx.Response(status, content=body, headers={"content-type": "application/json"})
        try:
            result = method(**args)
        except ResponseValidationError as exc:
            check_exception(exc)
            assert mutation != "none", f"a spec-valid envelope was rejected: {exc}"
            return
        except APIError as exc:
            check_exception(exc)
            assert _reports_error(status, body), f"APIError for a success: {exc}"
            return
        answers = RESULTS[op.result].answers if op.result else frozenset()
        assert not _reports_error(status, body, answers), "an error status was returned as a result"
        # Operations that answer with an actionId, or whose work ends later (x-cmr-outcome), return an ActionResult.
        action = op.has_action_id or op.outcome is not None
        parsed = result.data if action else result
        if action:
            assert isinstance(result, ActionResult)
        if op.has_data:
            assert parsed is not None
        if mutation == "none" and op.has_data and op.result is None:
            # Parsing loses nothing the spec declares: the typed result serialises back to valid `data` (a page
            # result of an x-cmr-result operation is not a model, and is checked by the client's tests).
            assert is_valid(_data_schema(op_id), _as_json(parsed)), _as_json(parsed)

    check()


def _data_schema(op_id: str) -> dict[str, Any]:
    return resolve(response_schema(op_id))["properties"]["data"]


def _as_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


MISTYPED = [
    pytest.param("getUser", {"id": 123, "email": ["x"]}, id="getUser-int and list for strings"),
    pytest.param(
        "listSubscriptions",
        {"subscriptions": [], "pagination": {"currentPage": "one"}},
        id="listSubscriptions-string for an integer",
    ),
    pytest.param(
        "listUserDomains", [{"domainId": "d1", "autoRenew": "sometimes"}], id="listUserDomains-string for a boolean"
    ),
]


@pytest.mark.parametrize(("op_id", "data"), MISTYPED)
def test_mistyped_field_is_not_returned_as_typed_result(op_id: str, data: Any) -> None:
    op = OPS[op_id]
    body = {"status": 200, "message": "ok", "data": data}
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)))
    client = ColdMailReseller(api_key=KEY, base_url="https://cmr.test", rate_limit=None, http_client=http)
    method = getattr(getattr(client, op.resource), op.method)
    with pytest.raises(ResponseValidationError):
        method(**valid_args(op))
