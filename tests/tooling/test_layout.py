"""The maintainer tools sit apart from the generator: the lock hashes only what generation reads, so editing a
tool never makes the generated code look stale."""

from __future__ import annotations

from generator import pipeline

ROOT = pipeline.ROOT


def test_the_lock_hashes_the_generation_modules_and_no_tool() -> None:
    modules = {str(p.relative_to(ROOT)) for p in pipeline.generation_modules()}
    assert modules == {
        "generator/api_model.py",
        "generator/coverage.py",  # spec/COVERAGE.md is written by regenerate and checked by the stale check
        "generator/models.py",
        "generator/pipeline.py",
        "generator/render.py",
        "generator/spec.py",
    }
    hashed = {str(p.relative_to(ROOT)) for p in pipeline.INPUTS}
    assert modules <= hashed
    assert not {name for name in hashed if name.startswith("tools/") or name == "generator/learn.py"}


def test_the_tools_are_not_in_the_generator() -> None:
    for name in ("probe.py", "spec_yaml.py", "release"):
        assert not (ROOT / "generator" / name).exists(), name
    for name in ("learn.py", "probe.py", "spec_yaml.py", "release/classify.py", "release/run.py"):
        assert (ROOT / "tools" / name).is_file(), name
