# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The command table of `cmr` (coldmailreseller.cli): one command per operation, `cmr <resource> <method>`.

Each `CliCommand` names the client method it calls and carries its help from the spec; each `CliOption` one
keyword argument, typed from its shape: `choice` for an enum (its values), `multiple` for a list of scalars, and
`json` for a model, a list of models or anything else (given as JSON with wire names). Importing this module
imports nothing of the client.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class CliOption(NamedTuple):
    flag: str
    attr: str
    wire: str
    location: str
    kind: str  # str, int, float, bool, choice or json
    choices: tuple[str, ...]
    multiple: bool
    required: bool
    secret: bool
    help: str


class CliCommand(NamedTuple):
    operation_id: str
    method: str
    iterator: str | None  # the client's iterator over every page, for `--all`
    http_method: str
    path: str
    effect: str
    sandbox: bool
    body: bool
    summary: str
    help: str
    options: tuple[CliOption, ...]


# Each resource's description, in the spec's order.
RESOURCES: Final[dict[str, str]] = {
    "orders": "",
}

# resource -> command name (the method, dashed) -> its command.
COMMANDS: Final[dict[str, dict[str, CliCommand]]] = {
    "orders": {
        "create": CliCommand(
            "createOrder",
            "create",
            None,
            "POST",
            "/orders",
            "money",
            False,
            True,
            "Place an order",
            "Charges the account.",
            (
                CliOption(
                    "--account-id",
                    "account_id",
                    "accountId",
                    "query",
                    "str",
                    (),
                    False,
                    True,
                    False,
                    "",
                ),
                CliOption(
                    "--lines",
                    "lines",
                    "lines",
                    "body",
                    "json",
                    (),
                    False,
                    True,
                    False,
                    "",
                ),
                CliOption(
                    "--ship-to",
                    "ship_to",
                    "shipTo",
                    "body",
                    "json",
                    (),
                    False,
                    True,
                    False,
                    "",
                ),
                CliOption(
                    "--plan",
                    "plan",
                    "plan",
                    "body",
                    "choice",
                    ("MONTHLY", "YEARLY"),
                    False,
                    False,
                    False,
                    "",
                ),
                CliOption(
                    "--note",
                    "note",
                    "note",
                    "body",
                    "str",
                    (),
                    False,
                    False,
                    False,
                    "",
                ),
            ),
        ),
        "reset-sandbox": CliCommand(
            "resetSandbox",
            "reset_sandbox",
            None,
            "POST",
            "/sandbox/reset",
            "idempotent",
            True,
            True,
            "Reset the sandbox",
            "Fields of the body are not documented.",
            (),
        ),
    },
}
