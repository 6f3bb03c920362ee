"""`cmr`: the command line over the client, one command per operation of the spec (`cmr <resource> <method>`),
plus `cmr webhooks verify|listen` and `cmr fake serve`. See the README, "The `cmr` command".

Nothing here is imported by `import coldmailreseller`; the console script calls `main()`. It needs the `cli` extra
(`pip install 'coldmailreseller[cli]'`).
"""

from __future__ import annotations

import sys

EXTRA = "the cmr command needs the cli extra: pip install 'coldmailreseller[cli]'"


def main() -> None:
    """The console script: run the command line and exit with its code (see `_exits.EXIT_CODES`)."""
    # With click, rich and pygments importable (as they are here), `import httpx` imports httpx's own command line
    # as well: 175 ms of a cold start. A None entry makes that import fail, as if they were missing; httpx then
    # defines its `main` as a stub. This process never runs httpx's command line.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    try:
        import click
        from typer.core import TyperGroup
    except ImportError:
        print(f"cmr: {EXTRA}", file=sys.stderr)
        raise SystemExit(2) from None
    if not issubclass(TyperGroup, click.Group):  # a typer that brings its own click (0.27 and later)
        print(f"cmr: this typer does not build on click; {EXTRA}", file=sys.stderr)
        raise SystemExit(2)
    from ._app import run

    raise SystemExit(run())
