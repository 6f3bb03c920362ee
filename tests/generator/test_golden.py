"""Golden records of the generator: small specs rendered and compared, file by file, with the output committed
beside them, so that a change to a template or to the generator shows as a readable diff. After an intended
change, rewrite them with `nox -s golden` and review the diff."""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest

from generator import pipeline

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(path.name for path in GOLDEN.iterdir() if (path / "openapi.yaml").exists())
UPDATE = os.environ.get("CMR_UPDATE_GOLDEN") == "1"


def _files(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


def test_there_are_golden_cases() -> None:
    assert CASES == ["bodies", "paging", "unions"]


@pytest.mark.parametrize("case", CASES)
def test_rendering_matches_the_golden_record(case: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.build(out, spec_path=GOLDEN / case / "openapi.yaml")
    expected_dir = GOLDEN / case / "expected"
    if UPDATE:
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(out, expected_dir)
    got, want = _files(out), _files(expected_dir)
    assert sorted(got) == sorted(want), "files differ; run `nox -s golden` after an intended change"
    for name in want:
        diff = "".join(difflib.unified_diff(want[name].splitlines(True), got[name].splitlines(True), name, name))
        assert not diff, f"{case}/{name} changed; run `nox -s golden` after an intended change:\n{diff}"
