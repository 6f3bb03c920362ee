"""examples/quickstart.py type-checks under mypy --strict and runs against a fake CMR."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from cmr_fake import Driver, FakeCMR, fail, ok

ROOT = Path(__file__).resolve().parents[2]
QUICKSTART = ROOT / "examples" / "quickstart.py"
USER = {"id": "u-1", "email": "ada@example.com"}
PAGE = {
    "subscriptions": [{"subscriptionId": "s-1", "domain": "example.com", "subscriptionStatus": "ACTIVE"}],
    "pagination": {"currentPage": 1, "totalPages": 1},
}


def load_quickstart() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cmr_quickstart_example", QUICKSTART)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # the __main__ guard keeps it from calling CMR
    return module


def route(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/subscriptions"):
        return ok(PAGE)(request)
    if request.method == "POST":
        assert json.loads(request.content)["email"] == "ada@example.com"
        return ok(USER, status=201)(request)
    if request.url.params["userId"] == "no-such-user":
        return fail(404, "The requested user does not exist.", headers={"x-request-id": "r-404"})(request)
    return ok(USER, headers={"x-request-id": "r-200"})(request)


def test_quickstart_runs(drive: Driver, capsys: pytest.CaptureFixture[str]) -> None:
    module = load_quickstart()
    fake = FakeCMR(route)
    cmr = drive.client(fake)
    if drive.is_async:
        asyncio.run(module.quickstart_async(cmr))
    else:
        module.quickstart(cmr)
    out = capsys.readouterr().out
    assert "s-1: example.com" in out
    assert "not found: The requested user does not exist." in out
    if not drive.is_async:
        assert "created user u-1 <ada@example.com>" in out
        assert "HTTP 200, request id r-200" in out
        assert [r.method for r in fake.requests] == ["POST", "GET", "GET", "GET"]


def test_quickstart_passes_mypy_strict() -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed")
    env = {**os.environ, "MYPYPATH": os.pathsep.join(["generated_client", "overrides"])}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(QUICKSTART.relative_to(ROOT))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
