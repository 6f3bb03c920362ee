"""The `cmr` command's cold start: `cmr --help` and one `cmr users get`, each a fresh process, against the Python
client's cold start (fresh process: import, client, one parsed users.get) on the same server, interleaved."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

from ._payloads import USER_ID
from ._report import Row

API_KEY = "bench-key"
TARGET = 1.5  # the command's cold `users get` against the client's cold start
_CLIENT = (
    "from coldmailreseller import ColdMailReseller\n"
    "ColdMailReseller(api_key={key!r}, base_url={url!r}, rate_limit=None).users.get(user_id={user!r})\n"
)


def _elapsed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"benchmark child {command[1:3]} failed: {completed.stderr.strip()}")
    return elapsed


def cold_start(base_url: str, runs: int = 11) -> list[Row]:
    cmr = str(Path(sysconfig.get_path("scripts")) / "cmr")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(CMR_API_KEY=API_KEY, CMR_BASE_URL=base_url)
    commands = {
        "client": [sys.executable, "-c", _CLIENT.format(key=API_KEY, url=base_url, user=USER_ID)],
        "help": [cmr, "--help"],
        "get": [cmr, "users", "get", "--user-id", USER_ID, "--max-retries", "0"],
    }
    for command in commands.values():  # compile and cache bytecode before timing
        _elapsed(command, env)
    seconds: dict[str, list[float]] = {name: [] for name in commands}
    order = list(commands.items())
    for run in range(runs):
        for name, command in order[run % 3 :] + order[: run % 3]:
            seconds[name].append(_elapsed(command, env))
    median = {name: statistics.median(values) for name, values in seconds.items()}
    client = f"{median['client'] * 1e3:.1f} ms (client)"
    return [
        Row("cold start: `cmr --help` (fresh process)", f"{median['help'] * 1e3:.1f} ms", client,
            median["help"] / median["client"], "—", None),
        Row("cold start: `cmr users get` (fresh process)", f"{median['get'] * 1e3:.1f} ms", client,
            median["get"] / median["client"], f"<= {TARGET:.2f}x client", median["get"] / median["client"] <= TARGET),
    ]  # fmt: skip
