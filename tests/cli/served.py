"""Running the `cmr` command as users run it: the console script the package's entry points installed next to
this Python, in subprocesses with bounded waits, against `cmr fake serve` on 127.0.0.1."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sysconfig
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

KEY = "cli-test-key"
STARTUP = 30.0  # seconds for the server to print its base URL (a cold import on a busy machine)
CALL = 60.0  # seconds any one `cmr` run may take


def cmr_executable() -> Path:
    """The `cmr` script of this environment, as the package's entry points declared it."""
    (entry,) = metadata.entry_points(group="console_scripts", name="cmr")
    assert entry.value == "coldmailreseller.cli:main"
    path = Path(sysconfig.get_path("scripts")) / "cmr"
    assert path.is_file(), f"{path} is missing: install the package (nox -s tests does, with `pip install -e .`)"
    return path


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def run_cmr(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
    """Run `cmr args...` with no terminal (stdin from /dev/null unless `stdin` is given)."""
    completed = subprocess.run(
        [str(cmr_executable()), *args],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        env=env,
        timeout=CALL,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)


@dataclass
class Served:
    base_url: str

    @property
    def root(self) -> str:
        return self.base_url.removesuffix("/api/v1/integration")

    def env(self, **more: str) -> dict[str, str]:
        """The environment of a `cmr` run against this server (the key and URL from the variables)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("CMR_")}
        return {**env, "CMR_API_KEY": KEY, "CMR_BASE_URL": self.base_url, **more}

    def cmr(self, *args: str, stdin: str | None = None) -> Result:
        return run_cmr(*args, env=self.env(), stdin=stdin)

    def control(self, method: str, path: str, body: Any = None) -> Any:
        answer = httpx.request(method, f"{self.root}/_fake{path}", json=body, timeout=10)
        assert answer.status_code < 300, answer.text
        return answer.json()

    def calls(self) -> list[dict[str, Any]]:
        calls: list[dict[str, Any]] = self.control("GET", "/calls")["calls"]
        return calls

    def client(self, **options: Any) -> Any:
        from coldmailreseller import ColdMailReseller

        return ColdMailReseller(api_key=KEY, base_url=self.base_url, rate_limit=None, **options)


def _first_line(process: subprocess.Popen[str], errors: Any) -> str:
    lines: queue.Queue[str] = queue.Queue()
    stdout = process.stdout
    assert stdout is not None
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=STARTUP).strip()
    except queue.Empty:
        errors.seek(0)
        raise AssertionError(f"`cmr fake serve` printed no base URL within {STARTUP} s: {errors.read()}") from None


def serve(arguments: Sequence[str]) -> Iterator[Served]:
    command = [str(cmr_executable()), "fake", "serve", "--port", "0", "--api-key", KEY, *arguments]
    with tempfile.TemporaryFile("w+") as errors:  # a file, not a pipe nobody reads
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, stdin=subprocess.DEVNULL, text=True)
        try:
            base_url = _first_line(process, errors)
            assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/v1/integration"), base_url
            yield Served(base_url)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            assert process.stdout is not None
            process.stdout.close()


@dataclass
class World:
    user_id: str
    domain: str
    domain_id: str
    subscription_id: str
    mailbox_id: str
