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
    "widgets": "",
}

# resource -> command name (the method, dashed) -> its command.
COMMANDS: Final[dict[str, dict[str, CliCommand]]] = {
    "widgets": {
        "list": CliCommand(
            "listWidgets",
            "list",
            "iter",
            "GET",
            "/widgets",
            "read",
            False,
            False,
            "List widgets",
            "One page of widgets.",
            (
                CliOption(
                    "--color",
                    "color",
                    "color",
                    "query",
                    "choice",
                    ("RED", "GREEN"),
                    False,
                    False,
                    False,
                    "",
                ),
                CliOption(
                    "--page",
                    "page",
                    "page",
                    "query",
                    "int",
                    (),
                    False,
                    False,
                    False,
                    "",
                ),
                CliOption(
                    "--limit",
                    "limit",
                    "limit",
                    "query",
                    "int",
                    (),
                    False,
                    False,
                    False,
                    "",
                ),
            ),
        ),
    },
}
