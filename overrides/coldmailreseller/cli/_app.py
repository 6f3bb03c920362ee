"""The `cmr` application: typer for the hand-written commands (`webhooks`, `fake`) and the root, with the
operation commands of each resource added as click groups built when named (see _operations.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Annotated

import click
import typer
from typer.core import TyperGroup

from coldmailreseller.errors import CMRError
from coldmailreseller_generated.cli import COMMANDS

from . import _exits


class _Root(TyperGroup):
    """The root group: every resource of the spec, then typer's own commands (webhooks, fake)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*COMMANDS, *super().list_commands(ctx)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in COMMANDS:
            from ._operations import ResourceGroup

            return ResourceGroup(cmd_name)
        return super().get_command(ctx, cmd_name)


def _typer(help: str, *, cls: type[TyperGroup] | None = None, name: str | None = None) -> typer.Typer:
    # Plain click help and errors: with rich (installed with typer) they would import it, a large part of a start.
    return typer.Typer(
        help=help,
        cls=cls,
        name=name,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        no_args_is_help=True,
    )


app = _typer(
    "The Cold Mail Reseller API from the command line: `cmr <resource> <method> --option value`. The key and "
    "base URL come from CMR_API_KEY and CMR_BASE_URL (or --api-key, --base-url). Exit codes: see the README.",
    cls=_Root,
    name="cmr",
)
webhooks = _typer("Check a webhook delivery, or receive them locally.")
fake = _typer("A local CMR for end-to-end tests (the testing kit over HTTP).")
app.add_typer(webhooks, name="webhooks")
app.add_typer(fake, name="fake")


def _version(shown: bool) -> None:
    if shown:
        from coldmailreseller._version import __version__

        print(f"cmr (coldmailreseller) {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", is_eager=True, callback=_version, help="Show the version and exit.")
    ] = False,
) -> None:
    """The Cold Mail Reseller API from the command line."""


@webhooks.command("verify")
def verify(
    body: Annotated[str, typer.Option("--body", help="the raw body as received: a FILE, or - for stdin")],
    header: Annotated[
        list[str] | None, typer.Option("--header", "-H", help="a header as received, 'NAME: VALUE'; repeat")
    ] = None,
    api_key: Annotated[
        str | None, typer.Option("--api-key", help="the key CMR signs with (default: CMR_API_KEY)")
    ] = None,
    tolerance: Annotated[int, typer.Option(help="seconds a signature's timestamp may be off")] = 300,
) -> int:
    """Verify one delivery and print its typed event as JSON; exit 1, saying why, when it does not verify."""
    from ._webhooks import verify_delivery

    return verify_delivery(body, header or [], api_key, tolerance)


@webhooks.command("listen")
def listen(
    port: Annotated[int, typer.Option(help="port to listen on (0: a free one)")] = 0,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    forward: Annotated[
        str | None, typer.Option(help="POST each new verified delivery, as received, to this URL")
    ] = None,
    api_key: Annotated[
        str | None, typer.Option("--api-key", help="the key CMR signs with (default: CMR_API_KEY)")
    ] = None,
    tolerance: Annotated[int, typer.Option(help="seconds a signature's timestamp may be off")] = 300,
    max_events: Annotated[int | None, typer.Option(help="stop after this many new events")] = None,
    duration: Annotated[float | None, typer.Option(help="stop after this many seconds")] = None,
) -> int:
    """Receive deliveries: verify, drop duplicates, print each new event as a JSON line (first line: the URL)."""
    from ._webhooks import listen as run_listener

    return run_listener(host, port, forward, api_key, tolerance, max_events, duration)


@fake.command(
    "serve",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
def serve(ctx: typer.Context) -> int:
    """Serve the fake CMR over HTTP: the options of `python -m coldmailreseller.testing` (--host, --port,
    --api-key, --sandbox, --clock, --webhook-url, --hang; --help lists them). The first stdout line is its base URL."""
    from coldmailreseller.testing.__main__ import main as serve_main

    return serve_main(ctx.args, prog="cmr fake serve")


def run(argv: Sequence[str] | None = None) -> int:
    """Run `cmr` with `argv` (default: the process's) and return its exit code (`_exits.EXIT_CODES`)."""
    command = typer.main.get_command(app)
    try:
        result = command.main(args=list(argv) if argv is not None else None, prog_name="cmr", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        print("cmr: aborted", file=sys.stderr)
        return _exits.INTERRUPTED
    except KeyboardInterrupt:
        return _exits.INTERRUPTED
    except BrokenPipeError:  # `cmr ... --all | head`: the reader left; say nothing more to it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _exits.FAILED
    except CMRError as exc:
        return _exits.fail(exc)
    return result if isinstance(result, int) else _exits.OK
