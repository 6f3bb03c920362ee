"""Real redis-server and PostgreSQL processes on loopback, for the tests of the shared stores and the fleet
benchmark.

Written here rather than taken from pytest-redis / pytest-postgresql: PostgreSQL refuses to run as root and CI
runs as root, so the server must be started as an unprivileged user (pytest-postgresql has no way to), and one
small module gives both servers the same lifecycle (start, kill in the middle of a test, restart on the same
port). A missing server raises `ServerMissing`, which tests/stores/conftest.py turns into a failure under CI
and a skip elsewhere, and the benchmark into a note.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

START_TIMEOUT = 30.0
# The unprivileged account that runs PostgreSQL when the tests run as root (every Debian has it).
POSTGRES_RUN_AS = "nobody"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerMissing(Exception):
    """The server's programs are not installed; the message says how to install them."""


def _wait_for_port(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}: {log.read_text(errors='replace')}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"the server did not listen on 127.0.0.1:{port} within {START_TIMEOUT} s")


class RedisServer:
    """`redis-server` on 127.0.0.1 with no persistence unless `options` ask for it (`"--appendonly", "yes"`);
    `kill()` and `start()` again keep the port and the folder the data is kept in."""

    def __init__(self, *options: str) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise ServerMissing("redis-server is not installed: apt-get install -y redis-server")
        self._binary = binary
        self._options = options
        self._dir = Path(tempfile.mkdtemp(prefix="cmr-redis-"))
        self.port = free_port()
        self._process: subprocess.Popen[bytes] | None = None
        self.start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        log = self._dir / "redis.log"
        args = [self._binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "", "--appendonly", "no"]
        args += ["--dir", str(self._dir), "--logfile", str(log), *self._options]
        self._process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for_port(self.port, self._process, log)

    def kill(self) -> None:
        """Die at once, as a crashed or unplugged server would."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None

    def stop(self) -> None:
        self.kill()
        shutil.rmtree(self._dir, ignore_errors=True)


def _postgres_bin() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[4]))
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


class PostgresServer:
    """A PostgreSQL cluster made by `initdb` in a temporary folder, run by `pg_ctl` on a free loopback port, as
    an unprivileged user when we are root. Durability is off (fsync): the data lives for one test run."""

    def __init__(self) -> None:
        bindir = _postgres_bin()
        if bindir is None:
            raise ServerMissing("PostgreSQL's initdb and pg_ctl are not installed: apt-get install -y postgresql")
        self._bin = bindir
        self._user = POSTGRES_RUN_AS if os.geteuid() == 0 else None
        self._dir = Path(tempfile.mkdtemp(prefix="cmr-postgres-"))
        self._data = self._dir / "data"
        self.port = free_port()
        if self._user is not None:
            shutil.chown(self._dir, self._user)
        self._run("initdb", "-D", str(self._data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        self.start()

    def start(self) -> None:
        options = f"-h 127.0.0.1 -p {self.port} -k {self._data} -F -c full_page_writes=off -c max_connections=200"
        self._run("pg_ctl", "-D", str(self._data), "-o", options, "-l", str(self._dir / "postgres.log"), "-w", "start")

    def kill(self) -> None:
        """Stop at once (`-m immediate`: no shutdown checkpoint, as in a crash), keeping the data for `start()`."""
        self._run("pg_ctl", "-D", str(self._data), "-m", "immediate", "-w", "stop")

    def _run(self, program: str, *args: str) -> None:
        result = subprocess.run(
            [str(self._bin / program), *args], user=self._user, cwd=self._dir, capture_output=True, timeout=120
        )
        if result.returncode != 0:
            raise RuntimeError(f"{program} failed: {result.stderr.decode(errors='replace')}")

    @property
    def dsn(self) -> str:
        return self.database_dsn("postgres")

    def database_dsn(self, name: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        self.kill()
        shutil.rmtree(self._dir, ignore_errors=True)
