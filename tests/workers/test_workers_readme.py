"""The README's "Running in workers" section: where it is, its examples, and the placeholder left for the stores."""

from __future__ import annotations

import ast
import re
from pathlib import Path

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def test_the_section_follows_running_many_workers() -> None:
    titles = re.findall(r"^## (.+)$", README, re.MULTILINE)
    assert titles[titles.index("Running many workers") + 1] == "Running in workers"


def test_its_examples_are_python_and_name_what_they_use() -> None:
    text = section("Running in workers")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    assert len(blocks) == 2
    for block in blocks:
        ast.parse(block)
    for name in ("worker_process_init", "post_fork", "ClientForkedError", "ConfigurationError", "initializer"):
        assert name in text


def test_the_stores_paragraph_names_the_typed_outage_and_what_a_restart_keeps() -> None:
    text = section("Running in workers")
    for name in ("DeduplicationStoreError", "appendonly yes", "rate_limit_store=", "per\nprocess"):
        assert name in text
