"""Moved to `tools/learn.py` (`python -m tools.learn`, `nox -s learn`): learning is not generation.

This alias remains only while `tests/drift/test_drift_limits.py` imports `generator.learn`; remove it once that
test imports `tools.learn`. Nothing of the pipeline imports it, so the lock does not hash it."""

from tools.learn import SECRET_NAME, SPEC, learn, main, suppressed_note, table

__all__ = ["SECRET_NAME", "SPEC", "learn", "main", "suppressed_note", "table"]
