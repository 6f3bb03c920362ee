"""`python -m coldmailreseller.testing`: a local CMR over real HTTP (see docs/testing.md, "A local CMR").

The first line on stdout is the base URL to give clients; SIGTERM or SIGINT stops it.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from ._fake import DEFAULT_API_KEY, FakeCMR
from ._serve import DEFAULT_HANG, LocalCMR


def main(argv: Sequence[str] | None = None, prog: str = "python -m coldmailreseller.testing") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve the testing kit's fake CMR over HTTP under /api/v1/integration, with control "
        "endpoints under /_fake/. Prints the base URL as the first line on stdout.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: a free one, printed)")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY, help="the key it accepts and signs webhooks with")
    parser.add_argument("--sandbox", action="store_true", help="act as the sandbox (cmr-x-sandbox-api-key)")
    parser.add_argument(
        "--clock",
        choices=("real", "manual"),
        default="real",
        help="real: the virtual clock follows real time; manual: moved only by POST /_fake/clock/advance",
    )
    parser.add_argument("--webhook-url", help="POST each signed webhook delivery to this URL")
    parser.add_argument(
        "--hang",
        type=float,
        default=DEFAULT_HANG,
        help=f"seconds a timed-out call holds its connection without an answer (default {DEFAULT_HANG:g})",
    )
    options = parser.parse_args(argv)
    try:
        fake = FakeCMR(options.api_key, sandbox=options.sandbox)
        local = LocalCMR(
            fake,
            host=options.host,
            port=options.port,
            clock=options.clock,
            webhook_url=options.webhook_url,
            hang=options.hang,
        )
    except (ValueError, OSError) as failed:
        print(f"cannot start: {failed}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    local.start()
    print(local.base_url, flush=True)
    while not stop.wait(timeout=0.5):
        pass
    local.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
