"""examples/quickstart.py type-checks under mypy --strict and runs against the testing kit's fake CMR."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from coldmailreseller.testing import FakeCMR
from tests.client.scripted import Driver

ROOT = Path(__file__).resolve().parents[2]
QUICKSTART = ROOT / "examples" / "quickstart.py"


def load_quickstart() -> ModuleType:
    spec = importlib.util.spec_from_file_location("cmr_quickstart_example", QUICKSTART)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # the __main__ guard keeps it from calling CMR
    return module


def test_quickstart_runs(drive: Driver, cmr_fake: FakeCMR, capsys: pytest.CaptureFixture[str]) -> None:
    module = load_quickstart()
    subscription_id = cmr_fake.seed_subscription(cmr_fake.seed_user(), "example.com")
    cmr = drive.kit(cmr_fake)
    if drive.is_async:
        asyncio.run(module.quickstart_async(cmr))
    else:
        module.quickstart(cmr)
    out = capsys.readouterr().out
    assert f"{subscription_id}: example.com" in out
    assert "not found: The requested user does not exist." in out
    if not drive.is_async:
        assert [r.method for r in cmr_fake.requests] == ["POST", "GET", "GET", "GET"]
        (created,) = cmr_fake.calls("createUser")
        assert json.loads(created.content)["email"] == "ada@example.com"
        user_id = cmr_fake.calls("getUser")[-1].url.params["userId"]  # the raw get of the new user
        assert f"created user {user_id} <ada@example.com>" in out
        assert "HTTP 200, request id req_fake_000004, message 'Success': ada@example.com" in out


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
