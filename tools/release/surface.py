"""The Python surface check: griffe (pinned) compares the public API of the package at the last release with the
working tree. A removed or changed public name, parameter or attribute type is breaking even when the spec diff
says otherwise (a renamed method, a generator upgrade).

Compared: the `coldmailreseller` package, every resource class (by name, wherever the generator put it: users
reach them as client attributes) and every model class (by name).

`additions` lists what the hand-written package gained (new public modules, names, methods and parameters), for
the changelog's Added section; what the spec gained (operations, fields) comes from the spec classification."""

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


def _exports(module: Any) -> list[str]:
    return list(module.exports) if module.exports is not None else [n for n in module.members if not n.startswith("_")]


def _target(obj: Any) -> Any:
    """The object an alias (a re-export) points to, or None when griffe cannot resolve it."""
    try:
        return obj.final_target if obj.is_alias else obj
    except griffe.AliasResolutionError:
        return None


def _public_modules(package: Any, prefix: str = "coldmailreseller") -> dict[str, Any]:
    """The package and its public subpackages: where users import from (leaf modules re-export into them)."""
    modules = {prefix: package}
    for name, module in package.modules.items():
        if not name.startswith("_") and module.is_init_module:
            modules.update(_public_modules(module, f"{prefix}.{name}"))
    return modules


def _class_additions(before: Any, after: Any) -> Iterator[str]:
    """New public methods (`name()`) and new parameters (`method(param=)`, `(param=)` for the constructor)."""
    methods_before = {n: m for n, m in before.all_members.items() if _is_method(n, m)}
    for name, method in after.all_members.items():
        if not _is_method(name, method):
            continue
        call = "" if name == "__init__" else name
        if name not in methods_before:
            yield f"`{call}()`"
            continue
        old, new = _target(methods_before[name]), _target(method)
        if old is not None and new is not None:
            known = {parameter.name for parameter in old.parameters}
            yield from (f"`{call}({p.name}=)`" for p in new.parameters if p.name not in known)


def _is_method(name: str, member: Any) -> bool:
    target = _target(member)
    return target is not None and target.is_function and (name == "__init__" or not name.startswith("_"))


def additions(root: Path, ref: str) -> Iterator[str]:
    """What the public Python surface of `coldmailreseller` gained from `ref` to the working tree: one phrase per
    new module or name, and one per class that gained methods or parameters."""
    old = _public_modules(_load("coldmailreseller", root, ref))
    new = _public_modules(_load("coldmailreseller", root, None))
    for path, module in new.items():
        if path not in old:
            yield f"module `{path}`: " + ", ".join(f"`{name}`" for name in sorted(_exports(module)))
            continue
        known = set(_exports(old[path]))
        for name in _exports(module):
            if name not in known:
                yield f"`{path}.{name}`"
                continue
            before, after = _target(old[path][name]), _target(module[name])
            if before is not None and after is not None and before.is_class and after.is_class:
                gained = list(_class_additions(before, after))
                if gained:
                    yield f"`{path}.{name}`: " + ", ".join(gained)
