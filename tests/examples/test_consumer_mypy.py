"""The consumer programs and the tests written on the kit type-check under mypy --strict, as a consuming team
would run it: natural code, with no cast, no isinstance on Unset and no type: ignore."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = [
    "examples/onboarding.py",
    "examples/renewals_report.py",
    "examples/starlette_receiver.py",
    "tests/examples/test_consumer_onboarding.py",
    "tests/examples/test_consumer_renewals.py",
    "tests/examples/test_consumer_starlette.py",
]


def test_no_workarounds_in_the_programs() -> None:
    for name in PROGRAMS:
        text = (ROOT / name).read_text()
        for workaround in ("cast(", "type: ignore", "isinstance(", "Unset)"):
            assert workaround not in text, f"{name} uses {workaround!r}"


def test_the_consumer_programs_pass_mypy_strict() -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed")
    env = {**os.environ, "MYPYPATH": os.pathsep.join(["generated_client", "overrides"])}
    result = subprocess.run(
        # The tests import the examples as `examples.onboarding`: the package bases are the root and MYPYPATH.
        [sys.executable, "-m", "mypy", "--strict", "--explicit-package-bases", "--cache-dir=/dev/null", *PROGRAMS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
