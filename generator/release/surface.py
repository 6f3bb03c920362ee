"""The Python surface check: griffe (pinned) compares the public API of the package at the last release with the
working tree. A removed or changed public name, parameter or attribute type is breaking even when the spec diff
says otherwise (a renamed method, a generator upgrade).

Compared: the `coldmailreseller` package, every resource class (by name, wherever the generator put it: users
reach them as client attributes) and every model class (by name)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

SEARCH = ["overrides", "generated_client"]
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _load(name: str, root: Path, ref: str | None) -> Any:
    options: dict[str, Any] = {"search_paths": SEARCH, "allow_inspection": False}
    if ref is None:
        return griffe.load(name, search_paths=[str(root / p) for p in SEARCH], allow_inspection=False)
    return griffe.load_git(name, ref=ref, repo=root, **options)


def _has(root: Path, ref: str | None, path: str) -> bool:
    if ref is None:
        return (root / path).exists()
    result = subprocess.run(["git", "cat-file", "-e", f"{ref}:{path}"], cwd=root, capture_output=True)
    return result.returncode == 0


def _classes(root: Path, ref: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Resource classes and model classes by name."""
    generated = _load("coldmailreseller_generated", root, ref)
    if _has(root, ref, "generated_client/coldmailreseller_generated/resources"):
        resource_modules = list(generated["resources"].modules.values())
    else:  # before 0.2: the resources lived in a package of their own
        resource_modules = list(_load("coldmailreseller_facade", root, ref).modules.values())
    # The `*WithRawResponse` views mirror their resource's methods (and are built internally): the resource
    # classes carry the surface.
    resources = {
        name: obj
        for module in resource_modules
        if not module.name.startswith("_") and module.name not in ("resources", "operations", "events")
        for name, obj in module.classes.items()
        if not obj.is_alias and not name.startswith("_") and not name.endswith("WithRawResponse")
    }
    models = {
        name: obj
        for module in generated["models"].modules.values()
        for name, obj in module.classes.items()
        if not obj.is_alias and not name.startswith("_")
    }
    return resources, models


def _explain(breakage: Any) -> str:
    """griffe's one-line explanation without colours and without its `file:line:` prefix."""
    return re.sub(r"^\S+:\d+: ", "", _ANSI.sub("", breakage.explain()).strip())


def breaking_changes(root: Path, ref: str) -> Iterator[str]:
    """Every breaking change of the public Python surface from `ref` to the working tree, as sentences."""
    old, new = _load("coldmailreseller", root, ref), _load("coldmailreseller", root, None)
    for breakage in griffe.find_breaking_changes(old, new):
        yield _explain(breakage)
    old_resources, old_models = _classes(root, ref)
    new_resources, new_models = _classes(root, None)
    for kind, before, after in (("resource", old_resources, new_resources), ("model", old_models, new_models)):
        for name in sorted(before.keys() - after.keys()):
            yield f"{kind} class `{name}` removed"
        for name in sorted(before.keys() & after.keys()):
            for breakage in griffe.find_breaking_changes(before[name], after[name]):
                yield f"{kind} `{name}`: {_explain(breakage)}"
