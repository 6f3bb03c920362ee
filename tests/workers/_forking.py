"""`os.fork()` children that run a function and hand its JSON-able result back through a pipe, under a deadline.

A child never returns into pytest: whatever happens, it leaves with `os._exit`. The parent waits for each child
with a deadline and kills it when it is late, so a child stuck on a shared socket fails the test instead of
hanging the suite; `Children.kill_all()` (the fixture's teardown) kills any left.
"""

from __future__ import annotations

import json
import os
import select
import signal
import time
import traceback
from collections.abc import Callable
from typing import Any

DEADLINE = 45.0


class Child:
    def __init__(self, pid: int, fd: int) -> None:
        self.pid = pid
        self.fd = fd
        self.exit_status: int | None = None


class Children:
    def __init__(self) -> None:
        self.started: list[Child] = []

    def fork(self, run: Callable[[], Any]) -> Child:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            code = 0
            try:
                os.close(read)
                try:
                    payload = {"result": run()}
                except BaseException as exc:
                    payload = {"raised": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
                    code = 1
                data = json.dumps(payload).encode()
                while data:
                    data = data[os.write(write, data) :]
            finally:
                os._exit(code)
        os.close(write)
        child = Child(pid, read)
        self.started.append(child)
        return child

    def result(self, child: Child, deadline: float | None = None) -> Any:
        """What the child's function returned; raises AssertionError if it raised, crashed or was late."""
        deadline = time.monotonic() + DEADLINE if deadline is None else deadline
        chunks = []
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    self._kill(child)
                    raise AssertionError(f"child {child.pid} still running at its deadline: it hung")
                ready, _, _ = select.select([child.fd], [], [], left)
                if ready:
                    chunk = os.read(child.fd, 65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
        finally:
            os.close(child.fd)
            child.fd = -1
        child.exit_status = self._reap(child, deadline)
        if not chunks:
            raise AssertionError(f"child {child.pid} died without an answer (status {child.exit_status})")
        payload = json.loads(b"".join(chunks))
        if "raised" in payload:
            raise AssertionError(f"child {child.pid} raised {payload['raised']}\n{payload['traceback']}")
        return payload["result"]

    def _reap(self, child: Child, deadline: float) -> int:
        while time.monotonic() < deadline + 5:
            pid, status = os.waitpid(child.pid, os.WNOHANG)
            if pid:
                self.started.remove(child)
                return status
            time.sleep(0.01)
        self._kill(child)
        raise AssertionError(f"child {child.pid} did not exit")

    def _kill(self, child: Child) -> None:
        try:
            os.kill(child.pid, signal.SIGKILL)
            os.waitpid(child.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        if child in self.started:
            self.started.remove(child)

    def kill_all(self) -> None:
        for child in list(self.started):
            self._kill(child)
            if child.fd >= 0:
                os.close(child.fd)
                child.fd = -1
