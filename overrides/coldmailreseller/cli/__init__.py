"""`cmr`: the command line over the client, one command per operation of the spec (`cmr <resource> <method>`),
plus `cmr webhooks verify|listen` and `cmr fake serve`. See the README, "The `cmr` command".

Nothing here is imported by `import coldmailreseller`; the console script calls `main()`.
"""

from __future__ import annotations


def main() -> None:
    """The console script: run the command line and exit with its code (see `_exits.EXIT_CODES`)."""
    from ._app import run

    raise SystemExit(run())
