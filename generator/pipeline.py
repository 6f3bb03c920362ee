"""The generation pipeline: spec/openapi.yaml -> generated_client/.

Run it through nox (`nox -s regenerate`, `nox -s stale`), which installs the pinned toolchain.

    python -m generator.pipeline regenerate   # rewrite generated_client/, spec/openapi.lock, spec/COVERAGE.md
    python -m generator.pipeline check        # exit 1, naming the files, when any of them is stale
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from generator import api_model, coverage, models, render
from generator.spec import Spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
NAVIGATION = ROOT / "generator" / "navigation.yaml"
LOCK = ROOT / "spec" / "openapi.lock"
COVERAGE = ROOT / "spec" / "COVERAGE.md"
API_MD = ROOT / "api.md"
# The hand-written error classes api.md lists.
ERRORS = (
    ROOT / "overrides" / "coldmailreseller" / "errors.py",
    ROOT / "overrides" / "coldmailreseller" / "webhooks" / "errors.py",
)
OUTPUT = ROOT / "generated_client"
PACKAGE = "coldmailreseller_generated"  # the one generated package: models, resources, operations, events
REGENERATE = "nox -s regenerate"
BANNER = f"DO NOT EDIT: generated from spec/openapi.yaml by `{REGENERATE}` (generator/pipeline.py)."


def generation_modules() -> list[Path]:
    """This module and every `generator` module it imports, directly or not (read from the source, not from
    sys.modules): the code whose bytes decide the output. The maintainer tools (`tools/`) are not among them."""
    found: set[Path] = set()
    todo = [Path(__file__).resolve()]
    while todo:
        path = todo.pop()
        if path in found:
            continue
        found.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "generator":
                    candidate = ROOT.joinpath(*parts).with_suffix(".py")
                    if candidate.is_file():
                        todo.append(candidate)
    return sorted(found)


# Every input whose bytes decide the output (the spec, the generator's config, navigation list and templates,
# the generation modules, the error classes api.md lists); the lock records their hashes.
INPUTS = (
    SPEC,
    CONFIG,
    NAVIGATION,
    *generation_modules(),
    *sorted(p for p in (ROOT / "generator" / "templates").rglob("*") if p.is_file()),
    *ERRORS,
    *api_model.CONTRACT_SOURCES,
)


class PipelineError(Exception):
    """The pipeline cannot run or its output is stale; the message says what to do."""


def pinned_tools() -> dict[str, str]:
    """The generator toolchain pins, read from pyproject's `generator` dependency group."""
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    pins = {}
    for requirement in groups["generator"]:
        name, _, version = requirement.partition("==")
        pins[name.strip()] = version.strip()
    return pins


def check_toolchain() -> dict[str, str]:
    pins = pinned_tools()
    for name, version in pins.items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            raise PipelineError(f"{name}=={version} is not installed; run `{REGENERATE}`") from None
        if installed != version:
            raise PipelineError(f"{name} {installed} is installed but the pipeline is pinned to {version}")
    return pins


def _run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise PipelineError(f"`{' '.join(args)}` failed:\n{result.stdout}{result.stderr}")


def _format(root: Path) -> None:
    """The pinned ruff's formatter, isolated from the checkout's settings (the only step after rendering)."""
    _run(
        [sys.executable, "-m", "ruff", "format", str(root), "--no-cache", "--isolated", "--line-length", "120", "-q"],
        ROOT,
    )


def build(dest: Path, spec_path: Path = SPEC) -> None:
    """Write the whole generated tree for the spec at `spec_path` into `dest`, which must not exist yet."""
    check_toolchain()
    spec = Spec.load(spec_path)
    try:
        api = api_model.build(spec)
        package = dest / PACKAGE
        package.mkdir(parents=True)
        models.generate(spec, package / "models")
    except (api_model.SpecError, models.ModelsError) as exc:
        raise PipelineError(str(exc)) from None
    render.render(api, package)
    (package / "py.typed").write_text(f"# {BANNER}\n")
    _format(dest)


def lock_text() -> str:
    hashes = {str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest() for p in INPUTS}
    return json.dumps({"inputs": hashes, "tools": pinned_tools()}, indent=2, sort_keys=True) + "\n"


def api_text() -> str:
    spec = Spec.load(SPEC)
    api = api_model.build(spec)
    schemas = spec.models_document()["components"]["schemas"]
    names = sorted((api_model.class_name(n), api_model.module_name(n)) for n in schemas)
    return render.api_reference(api, names, _error_classes())


def _error_classes() -> list[dict[str, Any]]:
    """Name, bases and first docstring line of each error class, read from the source (never imported)."""
    found = []
    for path in ERRORS:
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ClassDef) and (node.name.endswith("Error") or node.name == "VerificationFailure"):
                doc = (ast.get_docstring(node) or "").split("\n\n")[0]
                found.append(
                    {"name": node.name, "bases": [ast.unparse(b) for b in node.bases], "doc": " ".join(doc.split())}
                )
    return found


def coverage_text() -> str:
    return coverage.render(Spec.load(SPEC), yaml.safe_load(NAVIGATION.read_text()))


# Caches that tools leave beside sources; git ignores them and so does the comparison.
_CACHES = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def _tree(root: Path) -> dict[str, bytes]:
    files = (p for p in sorted(root.rglob("*")) if p.is_file() and not _CACHES & set(p.relative_to(root).parts))
    return {str(p.relative_to(root)): p.read_bytes() for p in files}


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed)."""
    want, have = _tree(expected), _tree(actual)
    return sorted(name for name in want.keys() | have.keys() if want.get(name) != have.get(name))


def regenerate() -> None:
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        fresh = Path(tmp) / "generated_client"
        build(fresh)
        # Swap the whole tree so that no file of an earlier run survives.
        if OUTPUT.exists():
            shutil.rmtree(OUTPUT)
        shutil.move(str(fresh), OUTPUT)
    LOCK.write_text(lock_text())
    COVERAGE.write_text(coverage_text())
    API_MD.write_text(api_text())


def stale() -> list[str]:
    """Every committed artefact of the pipeline that does not match what it would write now."""
    problems = []
    if not LOCK.exists() or LOCK.read_text() != lock_text():
        problems.append(
            f"{LOCK.relative_to(ROOT)}: the spec, generator config or toolchain changed since the last regenerate"
        )
    if not COVERAGE.exists() or COVERAGE.read_text() != coverage_text():
        problems.append(f"{COVERAGE.relative_to(ROOT)}: out of date")
    if not API_MD.exists() or API_MD.read_text() != api_text():
        problems.append(f"{API_MD.relative_to(ROOT)}: out of date")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated_client"
        build(fresh)
        problems += [f"generated_client/{name}: differs from a fresh generation" for name in diff_trees(fresh, OUTPUT)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.pipeline", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["regenerate", "check"])
    args = parser.parse_args(argv)
    try:
        if args.command == "regenerate":
            regenerate()
            written = [f"{OUTPUT.relative_to(ROOT)}/", *(str(p.relative_to(ROOT)) for p in (LOCK, COVERAGE, API_MD))]
            print("regenerated", ", ".join(written))
            return 0
        problems = stale()
    except PipelineError as exc:
        print(f"pipeline error: {exc}", file=sys.stderr)
        return 2
    if problems:
        print("Generated artefacts are stale:", *problems, f"Run `{REGENERATE}` and commit the result.", sep="\n  ")
        return 1
    print("generated_client/, the lock and the coverage report match the spec")
    return 0


if __name__ == "__main__":
    sys.exit(main())
