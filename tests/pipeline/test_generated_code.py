"""The generated package passes ruff's default rules (nothing fixed for it) and `mypy --strict`, as user code
type-checked against it would see it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from generator import pipeline

pytestmark = pytest.mark.slow


def test_generated_code_passes_ruff_without_fixes() -> None:
    result = subprocess.run(
        [
            *(sys.executable, "-m", "ruff", "check", "generated_client", "tests/generator/golden"),
            *("--isolated", "--no-cache", "--line-length", "120"),
        ],
        cwd=pipeline.ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_code_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir=/dev/null", "coldmailreseller_generated"],
        cwd=pipeline.OUTPUT,
        env={**os.environ, "MYPYPATH": str(pipeline.ROOT / "overrides")},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
