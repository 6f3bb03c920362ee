"""CHANGELOG.md in the Keep a Changelog form: one entry per release, Added / Changed / Removed / Fixed, each line
naming the operation or field it is about."""

from __future__ import annotations

import datetime
from pathlib import Path

from tools.release.classify import Report

HEADER = """# Changelog

Every release of `coldmailreseller`, newest first ([Keep a Changelog](https://keepachangelog.com/en/1.1.0/)).
Before 1.0, a release with breaking changes bumps the minor version and any other release the patch version
(CONTRIBUTING.md).
"""


def entry(
    version: str, report: Report, surface: list[str], today: datetime.date, surface_added: list[str] | None = None
) -> str:
    removed = [s for s in report.breaking if s.endswith("removed") or " removed (" in s]
    changed = [f"**Breaking:** {s}" for s in report.breaking if s not in removed]
    changed += [f"**Breaking (Python API):** {s}" for s in surface]
    changed += [f"Documentation: {s}" for s in report.docs]
    sections = [
        ("Added", [*report.features, *(f"Python API: {s}" for s in surface_added or ())]),
        ("Changed", changed),
        ("Removed", [f"**Breaking:** {s}" for s in removed]),
        ("Fixed", report.fixes),
    ]
    lines = [f"## [{version}] - {today.isoformat()}"]
    for title, items in sections:
        if items:
            lines += ["", f"### {title}", "", *(f"- {item}" for item in items)]
    return "\n".join(lines) + "\n"


def insert(path: Path, text: str) -> str:
    """The changelog with `text` as its newest entry (the file is created with its header if missing)."""
    current = path.read_text(encoding="utf-8") if path.exists() else HEADER
    head, marker, rest = current.partition("\n## [")
    return f"{head.rstrip()}\n\n{text}" + (f"\n## [{rest}" if marker else "")
