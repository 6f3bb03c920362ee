"""Each failure ends in its own exit code (the README's table), with the error on stderr and never the key; calls
that move money need confirmation: refused, nothing reaches the server."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coldmailreseller.cli import _exits
from tests.cli.served import CALL, KEY, Served, World, cmr_executable, run_cmr

MAILBOXES = json.dumps({"acme.net": [{"username": "ada", "firstName": "Ada", "lastName": "L"}]})


def order_args(world: World) -> list[str]:
    domains = json.dumps([{"domain": "acme.net", "years": 1}])
    return ["orders", "create", "--user-id", world.user_id, "--domains", domains, "--mailboxes", MAILBOXES]


def order_calls(served: Served) -> int:
    return sum(call["operation_id"] == "createOrderJson" for call in served.calls())


@pytest.fixture
def faults_cleared(served: Served) -> Iterator[None]:
    yield
    served.control("POST", "/rate-limit", {"per_second": None})


def test_the_exit_codes_are_distinct() -> None:
    codes = list(_exits.EXIT_CODES)
    assert len(codes) == len(set(codes))
    assert _exits.BAD_ARGUMENTS == 2


def test_a_wrong_key_is_an_authentication_failure(served: Served, world: World) -> None:
    result = run_cmr("users", "get", "--user-id", world.user_id, env=served.env(CMR_API_KEY="wrong-key-123"))
    assert result.code == _exits.AUTHENTICATION
    assert "AuthenticationError" in result.stderr
    assert "wrong-key-123" not in result.stderr + result.stdout


def test_an_unknown_user_is_not_found(served: Served) -> None:
    result = served.cmr("users", "get", "--user-id", "nobody")
    assert result.code == _exits.NOT_FOUND
    assert "NotFoundError" in result.stderr


@pytest.mark.parametrize(("status", "name"), [(409, "ConflictError"), (422, "UnprocessableEntityError")])
def test_a_conflict_or_validation_answer(served: Served, world: World, status: int, name: str) -> None:
    served.control("POST", "/faults", {"operation_id": "getUser", "status": status})
    result = served.cmr("users", "get", "--user-id", world.user_id)
    assert result.code == _exits.REJECTED
    assert name in result.stderr


def test_the_rate_limit(served: Served, world: World, faults_cleared: None) -> None:
    # The served clock is manual: once the one request of this second is taken, the limit holds until lifted.
    served.control("POST", "/rate-limit", {"per_second": 1})
    served.control("POST", "/clock/advance", {"seconds": 2})
    with served.client(max_retries=0) as client:
        client.users.get(user_id=world.user_id)
    result = served.cmr("users", "get", "--user-id", world.user_id, "--max-retries", "0")
    assert result.code == _exits.RATE_LIMITED
    assert "RateLimitError" in result.stderr


def test_a_server_error(served: Served, world: World) -> None:
    served.control("POST", "/faults", {"operation_id": "getUser", "status": 503})
    result = served.cmr("users", "get", "--user-id", world.user_id, "--max-retries", "0")
    assert result.code == _exits.UNAVAILABLE
    assert "InternalServerError" in result.stderr


def test_a_refused_connection(served: Served) -> None:
    with socket.socket() as sock:  # a port nothing listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api/v1/integration"
    result = run_cmr("users", "get", "--user-id", "u", "--max-retries", "0", env=served.env(CMR_BASE_URL=url))
    assert result.code == _exits.UNAVAILABLE
    assert "APIConnectionError" in result.stderr


def test_an_order_that_times_out_has_an_unknown_outcome(served: Served, world: World) -> None:
    served.control("POST", "/faults", {"operation_id": "createOrderJson", "timeout": True})
    before = order_calls(served)
    result = served.cmr(*order_args(world), "--yes", "--timeout", "1")
    assert result.code == _exits.OUTCOME_UNKNOWN
    assert "OutcomeUnknown" in result.stderr
    assert order_calls(served) == before + 1  # sent once, never again


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["users", "get"], "--user-id"),
        (["users", "get", "--user-id", "u", "--output", "yaml"], "--output"),
        (["orders", "create", "--user-id", "u", "--domains", "[", "--mailboxes", "{}"], "--domains: not JSON"),
        (["users", "create", "--email", "a@b.com"], "missing --company"),
        (["users", "frobnicate"], "No such command"),
    ],
)
def test_bad_arguments(served: Served, args: list[str], says: str) -> None:
    before = len(served.calls())
    result = served.cmr(*args)
    assert result.code == _exits.BAD_ARGUMENTS
    assert says in result.stderr
    assert len(served.calls()) == before


def test_no_key_is_a_bad_setting(served: Served) -> None:
    env = {k: v for k, v in served.env().items() if k != "CMR_API_KEY"}
    result = run_cmr("users", "get", "--user-id", "u", env=env)
    assert result.code == _exits.BAD_ARGUMENTS
    assert "ConfigurationError" in result.stderr


def test_off_a_terminal_a_money_call_needs_yes(served: Served, world: World) -> None:
    before = order_calls(served)
    refused = served.cmr(*order_args(world))
    assert refused.code == _exits.DECLINED
    assert "--yes" in refused.stderr
    assert order_calls(served) == before  # nothing sent
    sent = served.cmr(*order_args(world), "--yes")
    assert sent.code == 0, sent.stderr
    assert sent.json()["data"]["orderId"]
    assert sent.json()["actionId"]
    assert order_calls(served) == before + 1


def _on_a_terminal(served: Served, args: list[str], answer: bytes) -> tuple[int, str]:
    """Run `cmr` with a pseudo-terminal as stdin and stderr; answer its question; its exit code and what it
    showed on the terminal."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [str(cmr_executable()), *args], stdin=follower, stdout=subprocess.PIPE, stderr=follower, env=served.env()
    )
    os.close(follower)
    shown = b""
    deadline = time.monotonic() + CALL
    try:
        while b"Send it?" not in shown and time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1.0)
            if ready:
                shown += os.read(leader, 4096)
        assert b"Send it?" in shown, shown
        os.write(leader, answer)
        code = process.wait(timeout=CALL)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        assert process.stdout is not None
        process.stdout.close()
        os.close(leader)
    return code, shown.decode(errors="replace")


def test_on_a_terminal_a_money_call_asks(served: Served, world: World) -> None:
    before = order_calls(served)
    code, shown = _on_a_terminal(served, order_args(world), b"n\n")
    assert code == _exits.DECLINED
    assert "moves money" in shown
    assert order_calls(served) == before
    code, _ = _on_a_terminal(served, order_args(world), b"y\n")
    assert code == 0
    assert order_calls(served) == before + 1


def test_a_key_given_as_an_option_is_never_printed(served: Served, world: World) -> None:
    result = served.cmr("users", "get", "--user-id", "nobody", "--api-key", KEY + "-other")
    assert result.code == _exits.AUTHENTICATION
    assert KEY not in result.stderr + result.stdout


def test_the_readme_table_is_the_exit_code_table() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The `cmr` command") :]
    rows = re.findall(r"^\| (\d+) \| (.+) \|$", section, re.MULTILINE)
    assert {int(code): meaning for code, meaning in rows} == _exits.EXIT_CODES
