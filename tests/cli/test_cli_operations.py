"""Every operation of the spec is a `cmr` command: its help, a real call of every read operation the local CMR
serves (the JSON equal to what the Python client returns), and a dry run of every call that moves money or starts
work (nothing reaches the server)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from coldmailreseller import OPERATIONS, CMRError
from coldmailreseller.cli._exits import exit_code
from coldmailreseller.cli._output import to_json
from coldmailreseller_generated.cli import COMMANDS
from tests.cli.served import CALL, KEY, Served, World, cmr_executable, run_cmr

EVERY = [(resource, name) for resource, commands in COMMANDS.items() for name in commands]
CONFIRMED = {"money", "async"}

# operationId -> the keyword arguments of a call, from the seeded world. Every read operation is here.
READS: dict[str, Callable[[World], dict[str, Any]]] = {
    "listUsers": lambda w: {"page": 1, "limit": 10},
    "getUser": lambda w: {"user_id": w.user_id},
    "listCountries": lambda w: {},
    "listStates": lambda w: {"country_code": "US"},
    "getDomainRenewalPrice": lambda w: {"user_id": w.user_id, "domains": [w.domain]},
    "listUserDomains": lambda w: {"user_id": w.user_id},
    "checkWorkspaceExists": lambda w: {"domain_name": w.domain},
    "getDnsRecords": lambda w: {"user_id": w.user_id, "domain": w.domain},
    "listPlatformCredentials": lambda w: {"user_id": w.user_id},
    "listPlatformWorkspaces": lambda w: {"credential_id": "cred_unknown"},
    "validateMailbox": lambda w: {"user_id": w.user_id},
    "listMailboxes": lambda w: {},
    "listUserMailboxes": lambda w: {"user_id": w.user_id},
    "getMailbox": lambda w: {"mailbox_id": w.mailbox_id},
    "getMailboxAdminDetails": lambda w: {"user_id": w.user_id, "mailbox_id": w.mailbox_id},
    "getOrderStatus": lambda w: {"user_id": w.user_id, "order_id": "ord_unknown"},
    "listPlacementReports": lambda w: {"user_id": w.user_id},
    "listPreWarmupMailboxes": lambda w: {"limit": 5},
    "listSubscriptions": lambda w: {"status": "ACTIVE"},
    "sandboxListPreWarmupMailboxes": lambda w: {},  # sandbox only: the served fake is not the sandbox
}

MAILBOXES = {"acme.org": [{"username": "ada", "firstName": "Ada", "lastName": "L"}]}
# Every operation that moves money or starts work: the arguments of its dry run.
DRY_RUNS: dict[str, Callable[[World], dict[str, Any]]] = {
    "renewDomain": lambda w: {"extra_body": {"userId": w.user_id, "domains": [w.domain]}},
    "addGoogleClientId": lambda w: {"user_id": w.user_id, "domains": [w.domain], "client_id": "cid"},
    "exportMailboxes": lambda w: {"user_id": w.user_id, "credential_id": "cred", "mailbox_ids": [w.mailbox_id]},
    "reexportMailboxOauth": lambda w: {"user_id": w.user_id, "mailbox_id": w.mailbox_id},
    "removeMailbox": lambda w: {"user_id": w.user_id, "mailbox_id": w.mailbox_id},
    "createOrderJson": lambda w: {
        "user_id": w.user_id,
        "domains": [{"domain": "acme.org", "years": 1}],
        "mailboxes": MAILBOXES,
    },
    "createMailboxOrder": lambda w: {"user_id": w.user_id, "domain_id": w.domain_id, "mailboxes": MAILBOXES},
    "createPlacementTest": lambda w: {"user_id": w.user_id, "mailbox_ids": [w.mailbox_id]},
    "orderPreWarmupMailboxes": lambda w: {
        "user_id": w.user_id,
        "order": [{"domain": "warm.com"}],
        "service_provider": "GOOGLE",
    },
    "sandboxOrderPreWarmupMailboxes": lambda w: {"order": [{"domain": "warm.com"}], "service_provider": "GOOGLE"},
    "recreateSubscriptions": lambda w: {"subscription_ids": [w.subscription_id]},
    "renewSubscriptions": lambda w: {"subscription_ids": [w.subscription_id]},
    "cancelSubscription": lambda w: {"subscription_id": w.subscription_id},
    "addMailboxWarmup": lambda w: {"mailbox_id": w.mailbox_id},
    "toggleMailboxWarmup": lambda w: {"mailbox_id": w.mailbox_id},
}


def command_of(operation_id: str) -> tuple[str, str]:
    (found,) = [(r, n) for r, n in EVERY if COMMANDS[r][n].operation_id == operation_id]
    return found


def cli_arguments(operation_id: str, kwargs: dict[str, Any]) -> list[str]:
    """`cmr <resource> <command> --option value ...` for the keyword arguments of the Python call."""
    resource, name = command_of(operation_id)
    spec = COMMANDS[resource][name]
    options = {option.attr: option for option in spec.options}
    args = [resource, name]
    for attr, value in kwargs.items():
        if attr == "extra_body":
            args += ["--body", json.dumps(value)]
            continue
        option = options[attr]
        if option.kind == "bool":
            args.append(option.flag if value else f"--no-{option.flag[2:]}")
        elif option.multiple:
            for item in value:
                args += [option.flag, str(item)]
        elif option.kind == "json":
            args += [option.flag, json.dumps(value)]
        else:
            args += [option.flag, str(value)]
    return args


def test_the_table_has_every_operation_once() -> None:
    ids = [COMMANDS[r][n].operation_id for r, n in EVERY]
    assert sorted(ids) == sorted(OPERATIONS)
    for resource, name in EVERY:
        op = OPERATIONS[COMMANDS[resource][name].operation_id]
        assert (op.resource, op.method.replace("_", "-")) == (resource, name)


def test_every_operation_answers_help() -> None:
    def help_of(command: tuple[str, str]) -> tuple[tuple[str, str], Any]:
        return command, run_cmr(*command, "--help")

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(pool.map(help_of, EVERY))
    for (resource, name), result in results.items():
        spec = COMMANDS[resource][name]
        assert result.code == 0, (resource, name, result.stderr)
        assert f"operationId {spec.operation_id}" in " ".join(result.stdout.split())
        assert f"Usage: cmr {resource} {name} [OPTIONS]" in result.stdout
        for option in spec.options:
            assert option.flag in result.stdout, (resource, name, option.flag)
        assert ("--yes" in result.stdout) == (spec.effect in CONFIRMED)
        assert ("--all" in result.stdout) == (spec.iterator is not None)


def test_the_tables_of_calls_cover_every_read_and_every_confirmed_operation() -> None:
    assert set(READS) == {op_id for op_id, op in OPERATIONS.items() if op.effect == "read"}
    assert set(DRY_RUNS) == {op_id for op_id, op in OPERATIONS.items() if op.effect in CONFIRMED}


@pytest.mark.parametrize("operation_id", sorted(READS))
def test_a_read_prints_what_the_python_client_returns(served: Served, world: World, operation_id: str) -> None:
    kwargs = READS[operation_id](world)
    op = OPERATIONS[operation_id]
    result = served.cmr(*cli_arguments(operation_id, kwargs))
    with served.client() as client:
        try:
            expected = to_json(getattr(getattr(client, op.resource), op.method)(**kwargs))
        except CMRError as exc:
            assert result.code == exit_code(exc), result.stderr
            assert type(exc).__name__ in result.stderr
            assert result.stdout == ""
            return
    assert result.code == 0, result.stderr
    assert result.json() == expected


def test_users_get_is_the_models_to_dict(served: Served, world: World) -> None:
    result = served.cmr("users", "get", "--user-id", world.user_id)
    with served.client() as client:
        user = client.users.get(user_id=world.user_id)
    assert result.code == 0, result.stderr
    assert result.json() == user.to_dict()
    assert result.json()["id"] == world.user_id


def test_all_streams_every_item_as_json_lines(served: Served, world: World) -> None:
    for domain in ("b.com", "c.com", "d.com"):
        served.control("POST", "/subscriptions", {"user_id": world.user_id, "domain": domain})
    result = served.cmr("subscriptions", "list", "--all", "--limit", "2")
    with served.client() as client:
        expected = [item.to_dict() for item in client.subscriptions.iter(limit=2)]
    assert result.code == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == expected
    assert len(expected) >= 4
    assert "items" not in result.stderr  # no progress line off a terminal


def test_on_a_terminal_all_shows_progress_on_stderr_only(served: Served, world: World) -> None:
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [str(cmr_executable()), "subscriptions", "list", "--all", "--limit", "2"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower, env=served.env(),
    )  # fmt: skip
    os.close(follower)
    try:
        stdout, _ = process.communicate(timeout=CALL)
        shown = b""
        while select.select([leader], [], [], 0.5)[0]:
            try:
                shown += os.read(leader, 4096)
            except OSError:  # the terminal closed with the process
                break
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        os.close(leader)
    assert process.returncode == 0
    items = [json.loads(line) for line in stdout.decode().splitlines()]
    assert items
    assert f"{len(items)} items, done" in shown.decode()


def test_table_output(served: Served, world: World) -> None:
    result = served.cmr("users", "get", "--user-id", world.user_id, "--output", "table")
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["field", "value"]
    assert any(line.split()[:2] == ["id", world.user_id] for line in lines[2:])


@pytest.mark.parametrize("operation_id", sorted(DRY_RUNS))
def test_a_dry_run_checks_and_prints_the_request(served: Served, world: World, operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    before = len(served.calls())
    args = cli_arguments(operation_id, DRY_RUNS[operation_id](world))
    # The sandbox reads CMR_SANDBOX_API_KEY and CMR_SANDBOX_BASE_URL: given as options here.
    sandbox = ["--sandbox", "--api-key", KEY, "--base-url", served.base_url] if op.sandbox else []
    result = served.cmr(*args, "--dry-run", *sandbox)
    assert result.code == 0, result.stderr
    shown = result.json()
    assert shown["dryRun"] is True
    assert shown["operationId"] == operation_id
    assert shown["method"] == op.http_method
    assert shown["url"].startswith(served.base_url + op.path)
    assert all(value == "**********" for name, value in shown["headers"].items() if "api-key" in name)
    assert len(served.calls()) == before  # nothing sent


def test_a_dry_run_refuses_bad_arguments_with_the_clients_checks(served: Served, world: World) -> None:
    result = served.cmr(
        "orders", "create", "--user-id", world.user_id, "--domains", '[{"domian": "a.com", "years": 1}]',
        "--mailboxes", json.dumps(MAILBOXES), "--dry-run",
    )  # fmt: skip
    assert result.code == 2
    assert "domains[0].domian" in result.stderr
    assert result.stdout == ""


def test_a_body_from_a_file_uses_the_wire_names(served: Served, world: World, tmp_path: Any) -> None:
    body = tmp_path / "order.json"
    body.write_text(json.dumps({"domains": [{"domain": "acme.org", "years": 1}], "mailboxes": MAILBOXES}))
    result = served.cmr("orders", "create", "--user-id", world.user_id, "--body", f"@{body}", "--dry-run")
    assert result.code == 0, result.stderr
    assert result.json()["body"] == {"domains": [{"domain": "acme.org", "years": 1}], "mailboxes": MAILBOXES}
    from_stdin = served.cmr("orders", "create", "--user-id", world.user_id, "--body", "-", "--dry-run",
                            stdin=body.read_text())  # fmt: skip
    assert from_stdin.json()["body"] == result.json()["body"]
    misspelt = served.cmr("orders", "create", "--user-id", world.user_id, "--body", '{"domian": []}', "--dry-run")
    assert misspelt.code == 2
    assert "unknown field 'domian'" in misspelt.stderr


def test_secrets_are_masked_in_a_dry_run(served: Served, world: World) -> None:
    result = served.cmr(
        "exports", "add-credential", "--user-id", world.user_id, "--app", "EMAILBISON",
        "--credentials", '{"email": "ops@agency.com", "password": "hunter2-secret"}', "--dry-run",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert "hunter2-secret" not in result.stdout + result.stderr
    assert "cli-test-key" not in result.stdout + result.stderr
    assert result.json()["body"]["credentials"] == "***"  # a secret-named field is masked whole


def test_the_client_imports_nothing_of_the_command() -> None:
    code = (
        "import sys, coldmailreseller; from coldmailreseller import ColdMailReseller; "
        # click and rich are left out: httpx imports its own command line when they are installed.
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'typer' "
        "or m.startswith('coldmailreseller.cli') or m == 'coldmailreseller_generated.cli'))"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "[]"


def test_shell_completion_offers_resources_and_commands(served: Served) -> None:
    env = served.env(_CMR_COMPLETE="complete_bash", COMP_WORDS="cmr users ge", COMP_CWORD="2")
    result = run_cmr(env=env)
    assert result.code == 0, result.stderr
    assert "get" in result.stdout.split()
    script = run_cmr("--show-completion", "bash", env=served.env())
    assert script.code == 0, script.stderr
    assert "_CMR_COMPLETE" in script.stdout


def test_without_the_cli_extra_the_command_says_how_to_install_it() -> None:
    code = "import sys; sys.modules['typer'] = None; from coldmailreseller.cli import main; main()"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert completed.returncode == 2
    assert "pip install 'coldmailreseller[cli]'" in completed.stderr
