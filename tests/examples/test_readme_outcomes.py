"""The README's "Waiting for outcomes" section: its onboarding code runs against the kit and type-checks under
mypy --strict and pyright strict, as a consuming team would copy it."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from coldmailreseller.testing import FakeCMR

ROOT = Path(__file__).resolve().parents[2]
SECTION = (ROOT / "README.md").read_text().split("\n## Waiting for outcomes\n", 1)[1].split("\n## ", 1)[0]
BLOCKS = re.findall(r"```python\n(.*?)```", SECTION, re.DOTALL)
ONBOARDING = BLOCKS[0]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def onboard_function() -> Any:
    namespace: dict[str, Any] = {"__name__": "readme_onboarding"}
    exec(compile(ONBOARDING, "README.md#waiting-for-outcomes", "exec"), namespace)
    return namespace["onboard"]


def test_the_readme_onboarding_runs_against_the_kit() -> None:
    fake = FakeCMR()
    fake.auto_complete(after=600)
    started = time.monotonic()
    with fake.client() as cmr:
        ready = onboard_function()(cmr, ["acme-mail.com", "acme-send.com"], "ops@agency.com", "pw")
    assert time.monotonic() - started < 5  # a bound: the hour-long wait ran on the fake's clock
    created = [d.json()["data"]["mailboxId"] for d in fake.deliveries if d.event == "mailbox.created"]
    assert ready == created and len(ready) == 6
    (exported,) = fake.calls("exportMailboxes")
    assert json.loads(exported.content)["componentMailboxIds"] == ready


def test_the_readme_code_passes_mypy_strict(tmp_path: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed")
    program = tmp_path / "readme_outcomes.py"
    program.write_text(ONBOARDING)
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "generated_client"), str(ROOT / "overrides")])}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir=/dev/null", str(program)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not PYRIGHT.exists(), reason="pyright is installed by `npm ci` (nox -s tests, nox -s typecheck)")
def test_the_readme_code_passes_pyright_strict(tmp_path: Path) -> None:
    (tmp_path / "readme_outcomes.py").write_text(ONBOARDING)
    config = {
        "include": ["readme_outcomes.py"],
        "extraPaths": [str(ROOT / "generated_client"), str(ROOT / "overrides")],
        "pythonVersion": "3.11",
        "typeCheckingMode": "strict",
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [str(PYRIGHT), "-p", str(tmp_path / "pyrightconfig.json"), "--pythonpath", sys.executable],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert re.search(r"\b0 errors\b", result.stdout), result.stdout + result.stderr
