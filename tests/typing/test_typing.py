"""mypy --strict over typed user code: the marked mistakes are type errors, and nothing else is."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
USAGE = Path(__file__).parent / "usage_errors.py"

pytestmark = pytest.mark.slow


def test_mypy_flags_exactly_the_marked_lines() -> None:
    env = {**os.environ, "MYPYPATH": os.pathsep.join(["generated_client", "overrides"])}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir=/dev/null", "--no-error-summary", str(USAGE)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    flagged = {int(m.group(1)) for m in re.finditer(rf"{re.escape(USAGE.name)}:(\d+): error", result.stdout)}
    marked = {n for n, line in enumerate(USAGE.read_text().splitlines(), start=1) if "# E:" in line}
    assert len(marked) == 5
    assert flagged == marked, result.stdout
