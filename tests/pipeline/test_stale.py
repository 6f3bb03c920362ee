"""Stale checks: generated_client/, the lock and the coverage report must match the spec byte for byte."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline

ROOT = pipeline.ROOT
GENERATED = ROOT / "generated_client"
COPIED = ("spec", "generator", "generated_client", "overrides", "pyproject.toml", "api.md")


def test_generated_client_matches_a_fresh_generation() -> None:
    problems = pipeline.stale()
    assert problems == [], "\n".join(problems)


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the pipeline's inputs and outputs, safe to mutate."""
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, tmp_path / name)
    return tmp_path


def _check(checkout: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator.pipeline", "check"], cwd=checkout, capture_output=True, text=True
    )


def _flip_one_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle] = ord("#") if data[middle] != ord("#") else ord("!")
    path.write_bytes(bytes(data))


def test_copy_of_checkout_is_clean(checkout: Path) -> None:
    result = _check(checkout)
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_byte_in_a_generated_file_fails_naming_it(checkout: Path) -> None:
    target = checkout / "generated_client/coldmailreseller_generated/models/user.py"
    _flip_one_byte(target)
    result = _check(checkout)
    assert result.returncode == 1
    assert "generated_client/coldmailreseller_generated/models/user.py" in result.stdout
    assert "nox -s regenerate" in result.stdout


def test_one_byte_in_the_spec_fails_on_the_lock(checkout: Path) -> None:
    spec = checkout / "spec/openapi.yaml"
    spec.write_bytes(spec.read_bytes().replace(b"Curated description", b"Curated descriptioN", 1))
    result = _check(checkout)
    assert result.returncode == 1
    assert "spec/openapi.lock" in result.stdout and "changed since the last regenerate" in result.stdout


def test_generator_config_edit_without_regenerate_fails(checkout: Path) -> None:
    config = checkout / "generator/config.yaml"
    config.write_text(config.read_text() + "# an edit\n")
    result = _check(checkout)
    assert result.returncode == 1
    assert "spec/openapi.lock" in result.stdout


def test_extra_file_in_generated_client_is_reported_and_removed_by_regenerate(checkout: Path) -> None:
    stale = checkout / "generated_client/coldmailreseller_generated/models/left_over.py"
    stale.write_text("x = 1\n")
    result = _check(checkout)
    assert result.returncode == 1 and "models/left_over.py" in result.stdout
    regen = subprocess.run(
        [sys.executable, "-m", "generator.pipeline", "regenerate"], cwd=checkout, capture_output=True, text=True
    )
    assert regen.returncode == 0, regen.stderr
    assert not stale.exists()
    assert _check(checkout).returncode == 0


def test_every_generated_file_carries_the_do_not_edit_banner() -> None:
    files = [p for p in GENERATED.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert len(files) > 100
    for path in files:
        first = path.read_text().splitlines()[0]
        assert first == f"# {pipeline.BANNER}", path
