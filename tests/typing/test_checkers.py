"""The README's idioms type-check with no error in mypy --strict and pyright (strict), without casts, ignores or
isinstance checks on Unset: tests/typing/consumer.py and the examples (pyright pinned in package.json)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONSUMER = Path(__file__).parent / "consumer.py"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

pytestmark = pytest.mark.slow


def test_the_consumer_code_uses_no_escape_hatch() -> None:
    text = CONSUMER.read_text()
    for forbidden in ("cast(", "type: ignore", "pyright: ignore", "isinstance(", "Any"):
        assert forbidden not in text, forbidden
    for idiom in ("is not UNSET", "is UNSET", "match event:", ".request_id", "user.id"):
        assert idiom in text, idiom


def test_mypy_strict_finds_no_error() -> None:
    env = {**os.environ, "MYPYPATH": os.pathsep.join(["generated_client", "overrides"])}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir=/dev/null", str(CONSUMER), "examples"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not PYRIGHT.exists(), reason="pyright is installed by `npm ci` (nox -s tests, nox -s typecheck)")
def test_pyright_strict_finds_no_error() -> None:
    result = subprocess.run(
        [str(PYRIGHT), "-p", str(Path(__file__).parent / "pyrightconfig.json"), "--pythonpath", sys.executable],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert re.search(r"\b0 errors\b", result.stdout), result.stdout + result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
