"""The operation commands: `cmr <resource> <method>`, click commands built from the generated command table
(coldmailreseller_generated/cli.py) when first named, so that a call builds one command, not fifty.

Each calls the client's own method, so the checks, pacing store, retries, drift log and sandbox switch are the
client's. `--dry-run` runs the same method on a transport that captures the request instead of sending it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import click

from coldmailreseller._excerpt import KEY_MASK, MASK, is_secret_name
from coldmailreseller_generated.api import API_KEY_HEADER, SANDBOX_API_KEY_HEADER
from coldmailreseller_generated.cli import COMMANDS, RESOURCES, CliCommand, CliOption

from . import _exits, _output

if TYPE_CHECKING:
    import httpx

# Effects whose calls need confirmation: on a terminal a question, otherwise --yes.
CONFIRM = {"money": "moves money", "async": "starts work at CMR"}
_KINDS: dict[str, click.ParamType[Any]] = {"str": click.STRING, "int": click.INT, "float": click.FLOAT}
# The options every operation command has; the spec's arguments must not take these names.
_COMMON = ("api_key", "base_url", "sandbox", "timeout", "max_retries", "output", "dry_run")


def command_name(resource: str, name: str) -> str | None:
    """The table's name of `name` (`create_mailbox_order` and `create-mailbox-order` alike), or None."""
    dashed = name.replace("_", "-")
    return dashed if dashed in COMMANDS.get(resource, {}) else None


class ResourceGroup(click.Group):
    """`cmr <resource>`: its commands are built when named."""

    def __init__(self, resource: str) -> None:
        super().__init__(name=resource, help=RESOURCES[resource], short_help=RESOURCES[resource])
        self.resource = resource

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS[self.resource])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        name = command_name(self.resource, cmd_name)
        return None if name is None else build(self.resource, name)


def build(resource: str, name: str) -> click.Command:
    """The click command of one operation."""
    spec = COMMANDS[resource][name]
    clashes = {option.attr for option in spec.options} & {*_COMMON, "yes", "all", "body"}
    if clashes:
        raise RuntimeError(f"{resource} {name}: arguments named like the common options: {sorted(clashes)}")
    params: list[click.Parameter] = [_option(spec, option) for option in spec.options]
    if spec.body:
        params.append(
            click.Option(
                ["--body", "body"],
                metavar="JSON|@FILE|-",
                help="the JSON body with CMR's wire names (as in CMR's docs), inline, from @FILE, or - for stdin; "
                "options given as well take precedence",
            )
        )
    if spec.iterator is not None:
        params.append(
            click.Option(
                ["--all", "all_pages"],
                is_flag=True,
                help="every item of every page, one JSON line each (a progress line on a terminal's stderr)",
            )
        )
    if spec.effect in CONFIRM:
        params.append(
            click.Option(["--yes", "-y", "yes"], is_flag=True, help="send without asking (required off a terminal)")
        )
    params += _common_options()
    return click.Command(
        name,
        params=params,
        callback=lambda **given: invoke(resource, name, given),
        help=_help(spec),
        short_help=spec.summary,
        no_args_is_help=False,
    )


def _help(spec: CliCommand) -> str:
    lines = [spec.summary.rstrip(".") + "."]
    if spec.help:
        lines += ["", spec.help]
    facts = f"{spec.http_method} {spec.path} (operationId {spec.operation_id}); effect: {spec.effect}"
    if spec.effect in CONFIRM:
        facts += f": it {CONFIRM[spec.effect]}, so it asks for confirmation on a terminal and needs --yes elsewhere"
    if spec.sandbox:
        facts += "; sandbox only (--sandbox)"
    return "\n".join([*lines, "", facts + "."])


def _option(spec: CliCommand, option: CliOption) -> click.Option:
    words = [" ".join(option.help.split())] if option.help else []
    if option.required and option.location == "body" and spec.body:
        words.append("[required, here or in --body]")
    if option.kind == "json":
        words.append("JSON with wire names, inline, @FILE or -")
    if option.secret:
        words.append("(secret: masked in --dry-run)")
    text = " ".join(words)
    required = option.required and (option.location != "body" or not spec.body)
    if option.kind == "bool":
        flag = option.flag.removeprefix("--")
        return click.Option([f"--{flag}/--no-{flag}", option.attr], default=None, help=text)
    kind = click.Choice(option.choices) if option.kind == "choice" else _KINDS.get(option.kind, click.STRING)
    return click.Option(
        [option.flag, option.attr],
        type=kind,
        multiple=option.multiple,
        required=required,
        metavar="JSON" if option.kind == "json" else None,
        help=text,
    )


def _common_options() -> list[click.Parameter]:
    return [
        click.Option(["--api-key", "api_key"], help="the partner API key (default: CMR_API_KEY)", metavar="KEY"),
        click.Option(["--base-url", "base_url"], help="the API's base URL (default: CMR_BASE_URL, or production)"),
        click.Option(["--sandbox", "sandbox"], is_flag=True, help="the sandbox key header and [SANDBOX] operations"),
        click.Option(["--timeout", "timeout"], type=click.FLOAT, help="seconds per attempt (default 60)"),
        click.Option(["--max-retries", "max_retries"], type=click.IntRange(min=0), help="retries (default 2)"),
        click.Option(
            ["--output", "-o", "output"],
            type=click.Choice(["json", "table"]),
            help="json (the default off a terminal) or table (the default on one)",
        ),
        click.Option(
            ["--dry-run", "dry_run"], is_flag=True, help="check the arguments and print the request; send nothing"
        ),
    ]


def load_json(text: str, what: str) -> Any:
    """An option's JSON: inline, from @FILE, or from standard input (-). Bad JSON is a usage error that names
    where it failed, never the text (it may hold a password)."""
    try:
        if text == "-":
            text = sys.stdin.read()
        elif text.startswith("@"):
            text = Path(text[1:]).read_text(encoding="utf-8")
        return json.loads(text)
    except OSError as exc:
        raise click.UsageError(f"{what}: cannot read {text[1:]!r}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise click.UsageError(f"{what}: not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None


def arguments(spec: CliCommand, given: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The method's keyword arguments (and extra_body, for a body whose fields upstream never documented)."""
    kwargs: dict[str, Any] = {}
    extra_body: dict[str, Any] | None = None
    body_fields = {option.wire: option for option in spec.options if option.location == "body"}
    if given.get("body") is not None:
        body = load_json(given["body"], "--body")
        if not isinstance(body, dict):
            raise click.UsageError("--body: must be a JSON object")
        unknown = [key for key in body if key not in body_fields]
        if unknown and body_fields:
            raise click.UsageError(f"--body: unknown field {unknown[0]!r}; the fields are {', '.join(body_fields)}")
        if unknown:
            extra_body = body
        else:
            kwargs = {body_fields[key].attr: value for key, value in body.items()}
    for option in spec.options:
        value = given.get(option.attr)
        if value is None or (option.multiple and not value):
            continue
        if option.kind == "json":
            value = load_json(value, option.flag)
        kwargs[option.attr] = list(value) if option.multiple else value
    missing = [option.flag for option in spec.options if option.required and option.attr not in kwargs]
    if missing:
        where = " (or its field in --body)" if spec.body else ""
        raise click.UsageError(f"missing {', '.join(missing)}{where}")
    return kwargs, extra_body


def invoke(resource: str, name: str, given: dict[str, Any]) -> int:
    spec = COMMANDS[resource][name]
    kwargs, extra_body = arguments(spec, given)
    if extra_body is not None:
        kwargs["extra_body"] = extra_body
    every = bool(given.get("all_pages"))
    if every:
        kwargs.pop("page", None)
    settings = {key: given[key] for key in ("api_key", "base_url", "timeout", "max_retries") if given[key] is not None}
    settings["sandbox"] = given["sandbox"]
    if given["dry_run"]:
        return dry_run(resource, spec, kwargs, settings)
    if spec.effect in CONFIRM and not given.get("yes") and not _confirmed(resource, name, spec):
        return _exits.DECLINED
    output = given["output"] or ("table" if sys.stdout.isatty() else "json")
    from coldmailreseller import ColdMailReseller

    with ColdMailReseller(**settings) as client:
        target = getattr(client, resource)
        if every:
            assert spec.iterator is not None
            _write_all(getattr(target, spec.iterator)(**kwargs), output)
        else:
            _write(_output.to_json(getattr(target, spec.method)(**kwargs)), output)
    return _exits.OK


def _confirmed(resource: str, name: str, spec: CliCommand) -> bool:
    what = f"{resource} {name} ({spec.http_method} {spec.path}) {CONFIRM[spec.effect]}"
    if not sys.stdin.isatty():
        print(f"cmr: {what}: not on a terminal, so confirm with --yes; nothing sent", file=sys.stderr)
        return False
    try:
        if click.confirm(f"{what}. Send it?", default=False, err=True):
            return True
    except click.Abort:
        pass
    print("cmr: declined; nothing sent", file=sys.stderr)
    return False


def _write(value: Any, output: str) -> None:
    if output == "table":
        _output.write_table(value, sys.stdout)
    else:
        _output.write_json(value, sys.stdout)


def _write_all(items: Iterator[Any], output: str) -> None:
    progress = sys.stderr.isatty()
    collected: list[Any] = []
    count = 0
    for count, item in enumerate(items, 1):
        value = _output.to_json(item)
        if output == "table":
            collected.append(value)
        else:
            _output.write_json(value, sys.stdout, lines=True)
        if progress:
            sys.stderr.write(f"\rcmr: {count} items")
            sys.stderr.flush()
    if progress:
        sys.stderr.write(f"\rcmr: {count} items, done\n")
    if output == "table":
        _output.write_table(collected, sys.stdout)


# Headers httpx adds for the connection, not the client: not part of what the command shows.
_TRANSPORT_HEADERS = frozenset(("host", "connection", "content-length", "accept-encoding"))
_KEY_HEADERS = frozenset((API_KEY_HEADER, SANDBOX_API_KEY_HEADER))


class _Captured(Exception):
    """Raised by the dry-run transport in place of sending: carries the request the client built."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__("captured")
        self.request = request


def dry_run(resource: str, spec: CliCommand, kwargs: dict[str, Any], settings: dict[str, Any]) -> int:
    """Run the client's method up to the wire, every check included, and print the request it would send."""
    import httpx

    from coldmailreseller import ColdMailReseller

    class Capture(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            raise _Captured(request)

    settings = {**settings, "rate_limit": None, "max_retries": 0}
    with httpx.Client(transport=Capture()) as http, ColdMailReseller(http_client=http, **settings) as client:
        try:
            getattr(getattr(client, resource), spec.method)(**kwargs)
        except _Captured as captured:
            request = captured.request
        else:  # pragma: no cover - the transport always raises
            raise RuntimeError("the dry-run transport was not reached")
    url = urlsplit(str(request.url))
    query = parse_qsl(url.query, keep_blank_values=True)
    if any(is_secret_name(key) for key, _ in query):
        masked = [(key, MASK if is_secret_name(key) else value) for key, value in query]
        url = url._replace(query=urlencode(masked, quote_via=quote))
    shown = {
        "dryRun": True,
        "operationId": spec.operation_id,
        "method": request.method,
        "url": url.geturl(),
        "headers": {
            name: (KEY_MASK if name in _KEY_HEADERS else value)
            for name, value in request.headers.items()
            if name not in _TRANSPORT_HEADERS
        },
        "body": _output.masked(json.loads(request.content)) if request.content else None,
    }
    _output.write_json(shown, sys.stdout)
    return _exits.OK
