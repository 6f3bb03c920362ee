"""The distribution: one wheel with both packages and their py.typed, importable in a fresh venv."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from generator import pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(pipeline.ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("coldmailreseller-*.whl")
    return built


def test_wheel_ships_both_packages_with_py_typed(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "coldmailreseller/py.typed" in names
    assert "coldmailreseller_generated/py.typed" in names
    assert "coldmailreseller_facade/py.typed" in names
    assert "coldmailreseller_facade/users.py" in names
    assert not any(name.startswith(("tests/", "generator/", "spec/")) for name in names)


def test_wheel_installs_and_imports_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    script = (
        "import coldmailreseller as c; "
        "cmr = c.ColdMailReseller(api_key='k'); "
        "assert type(cmr.users).__name__ == 'Users'; "
        "print(len(c.OPERATIONS))"
    )
    result = subprocess.run([python, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(__import__("coldmailreseller").OPERATIONS)
