"""The generation pipeline: spec/openapi.yaml -> generated_client/.

Run it through nox (`nox -s regenerate`, `nox -s drift`), which installs the pinned toolchain.

    python -m generator.pipeline regenerate   # rewrite generated_client/, spec/openapi.lock, spec/COVERAGE.md
    python -m generator.pipeline check        # exit 1, naming the files, when any of them is stale
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path

import yaml

from generator import coverage, facade

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
NAVIGATION = ROOT / "generator" / "navigation.yaml"
LOCK = ROOT / "spec" / "openapi.lock"
COVERAGE = ROOT / "spec" / "COVERAGE.md"
OUTPUT = ROOT / "generated_client"
PACKAGE = "coldmailreseller_generated"  # openapi-python-client's output
FACADE = "coldmailreseller_facade"  # ours: resources, operations, parsers (a separate package so that importing
# the client does not run the generated package's __init__, which imports attrs and its own unused Client)
REGENERATE = "nox -s regenerate"
BANNER = f"DO NOT EDIT: generated from spec/openapi.yaml by `{REGENERATE}` (generator/pipeline.py)."
# Every input whose bytes decide the output; the lock records their hashes.
INPUTS = (
    SPEC,
    CONFIG,
    NAVIGATION,
    *sorted((ROOT / "generator").glob("*.py")),
    *sorted((ROOT / "generator" / "templates").glob("*")),
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


def _tool_env() -> dict[str, str]:
    # The generator's post-hooks call `ruff` from PATH: make it the pinned one beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def _run(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, env=_tool_env(), capture_output=True, text=True)
    if result.returncode != 0:
        raise PipelineError(f"`{' '.join(args)}` failed:\n{result.stdout}{result.stderr}")


def _ruff(*paths: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    names = [str(p) for p in paths]
    _run(
        [
            *ruff,
            "check",
            *names,
            "--fix-only",
            "--extend-select=I",
            "--extend-ignore=PYI036",
            "--no-cache",
            "--isolated",
            "--quiet",
        ],
        ROOT,
    )
    _run([*ruff, "format", *names, "--no-cache", "--isolated", "--line-length", "120", "--quiet"], ROOT)


def _add_banners(package: Path) -> None:
    for path in sorted(package.rglob("*")):
        if path.is_file():
            path.write_text(f"# {BANNER}\n" + path.read_text())


def build(dest: Path) -> None:
    """Write the whole generated tree into `dest`, which must not exist yet."""
    check_toolchain()
    dest.mkdir(parents=True)
    package = dest / PACKAGE
    _run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(CONFIG),
            "--meta",
            "none",
            "--output-path",
            str(package),
            "--fail-on-warning",
        ],
        ROOT,
    )
    spec = yaml.safe_load(SPEC.read_text())
    written = facade.render(spec, dest / FACADE)
    _ruff(*written)
    for name in (PACKAGE, FACADE):
        (dest / name / "py.typed").write_text("")
    _add_banners(dest)


def lock_text() -> str:
    hashes = {str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest() for p in INPUTS}
    return json.dumps({"inputs": hashes, "tools": pinned_tools()}, indent=2, sort_keys=True) + "\n"


def coverage_text() -> str:
    return coverage.render(yaml.safe_load(SPEC.read_text()), yaml.safe_load(NAVIGATION.read_text()))


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


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


def stale() -> list[str]:
    """Every committed artefact of the pipeline that does not match what it would write now."""
    problems = []
    if not LOCK.exists() or LOCK.read_text() != lock_text():
        problems.append(
            f"{LOCK.relative_to(ROOT)}: the spec, generator config or toolchain changed since the last regenerate"
        )
    if not COVERAGE.exists() or COVERAGE.read_text() != coverage_text():
        problems.append(f"{COVERAGE.relative_to(ROOT)}: out of date")
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
            print(f"regenerated {OUTPUT.relative_to(ROOT)}/, {LOCK.relative_to(ROOT)}, {COVERAGE.relative_to(ROOT)}")
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
