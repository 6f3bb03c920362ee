"""The client (what it sends) and the testing kit (what the server receives) apply one implementation of the
spec's request rules, `coldmailreseller._rules`: the same wire body breaks the same rule, with the same words, on
both sides."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import coldmailreseller
from coldmailreseller._encode import encode
from coldmailreseller.errors import InvalidArgumentError
from coldmailreseller.testing._reply import Rejected
from coldmailreseller.testing._validate import check_body
from coldmailreseller_generated.operations import OPERATIONS

ORDER = OPERATIONS["createOrderJson"]
MAILBOX_ORDER = OPERATIONS["createMailboxOrder"]
GOOD = {"domains": [{"domain": "acme.com", "years": 1}], "mailboxes": {}}

CASES: dict[str, tuple[Any, dict[str, Any], str]] = {
    "below the minimum": (ORDER, {**GOOD, "domains": [{"domain": "a.com", "years": 0}]}, "must be at least 1"),
    "empty string": (ORDER, {**GOOD, "domains": [{"domain": "", "years": 1}]}, "must not be empty"),
    "too few items": (ORDER, {**GOOD, "domains": []}, "must have at least 1 item(s)"),
    "outside the enum": (ORDER, {**GOOD, "billingCycle": "WEEKLY"}, "must be one of 'MONTHLY', got 'WEEKLY'"),
    "wrong type": (ORDER, {**GOOD, "domains": [{"domain": "a.com", "years": "1"}]}, "must be an integer, got a string"),
    "unknown key": (ORDER, {**GOOD, "domains": [{"domian": "a.com", "years": 1}]}, "unknown key; allowed keys: "),
    "missing key": (ORDER, {**GOOD, "domains": [{"domain": "a.com"}]}, "missing required key"),
    "one of": (
        MAILBOX_ORDER,
        {"subscriptionId": "s", "domainId": "d", "mailboxes": {}},
        "; got more than one",  # each side names the fields as its caller does (subscription_id / subscriptionId)
    ),
}


def _client_problem(op: Any, body: dict[str, Any]) -> str:
    by_wire = {field.wire: field.attr for field in op.fields}
    args = {by_wire[key]: value for key, value in body.items()} | {"user_id": "u1"}
    with pytest.raises(InvalidArgumentError) as caught:
        encode(op, args)
    return str(caught.value).split(": ", 2)[-1]


def _kit_problem(op: Any, body: dict[str, Any]) -> tuple[int, str]:
    request = httpx.Request(
        "POST", "https://x/y", content=json.dumps(body), headers={"content-type": "application/json"}
    )
    with pytest.raises(Rejected) as caught:
        check_body(op, request)
    return caught.value.status, caught.value.message


@pytest.mark.parametrize(("op", "body", "problem"), CASES.values(), ids=CASES.keys())
def test_one_rule_one_message_on_both_sides(op: Any, body: dict[str, Any], problem: str) -> None:
    client = _client_problem(op, body)
    status, kit = _kit_problem(op, body)
    if problem == "missing required key":
        assert client.endswith(problem) and (status, kit) == (400, "Please provide a domains[0].years")
    else:
        assert problem in client and problem in kit and status == 422, (client, kit)


def test_neither_side_defines_a_rule_of_its_own() -> None:
    """The constraint keywords are read in `_rules` only."""
    package = Path(coldmailreseller.__file__).parent
    for path in (package / "_encode.py", package / "testing" / "_validate.py"):
        names = {n.attr for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Attribute)}
        assert not names & {"min_length", "max_length", "minimum", "maximum", "min_items"}, path
