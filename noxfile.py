"""Every workflow of the project. `nox -s regenerate` is the main job; `nox -s tests` runs the whole suite."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHON = "3.11"

nox.needs_version = ">=2025.2.9"
# uv builds virtualenvs much faster; fall back to virtualenv on machines without it.
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests"]


def _group(name: str) -> list[str]:
    return nox.project.dependency_groups(PYPROJECT, name)


def _pin(group: str, name: str) -> str:
    """One requirement of a dependency group (`pyyaml==...` of `spec`), for a session that needs only it."""
    found = [r for r in _group(group) if r.lower().startswith(f"{name.lower()}==")]
    if len(found) != 1:
        raise ValueError(f"no single pin of {name} in the {group!r} dependency group")
    return found[0]


def _npm_tools(session: nox.Session) -> None:
    """Install Prism and Spectral from the committed lock file (skipped when already in place)."""
    marker = ROOT / "node_modules" / ".package-lock.json"
    lock = ROOT / "package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--no-audit", "--no-fund", external=True)


@nox.session(python=PYTHON)
def regenerate(session: nox.Session) -> None:
    """Regenerate generated_client/, spec/openapi.lock and spec/COVERAGE.md from spec/openapi.yaml."""
    session.install(*_group("generator"), *_group("spec"))
    session.run("python", "-m", "generator.pipeline", "regenerate")


@nox.session(python=PYTHON)
def stale(session: nox.Session) -> None:
    """Fail when generated_client/, the lock or the coverage report does not match the spec."""
    session.install(*_group("generator"), *_group("spec"))
    session.run("python", "-m", "generator.pipeline", "check")


@nox.session(python=PYTHON)
def spec(session: nox.Session) -> None:
    """Validate the spec (openapi-spec-validator) and lint it (Spectral), zero errors allowed."""
    session.install(*_group("spec"))
    session.run("openapi-spec-validator", "spec/openapi.yaml")
    _npm_tools(session)
    session.run(
        "npx",
        "--no-install",
        "spectral",
        "lint",
        "spec/openapi.yaml",
        "--ruleset",
        "spec/.spectral.yaml",
        "--fail-severity",
        "error",
        external=True,
    )


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite: unit, stale generated code, packaging, contract (Prism), faults, fuzz, webhooks."""
    session.install("-e", ".", *_group("test"), *_group("generator"), *_group("spec"))
    _npm_tools(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """The fuzz tests with many more Hypothesis examples than the normal run."""
    # tests/support imports the generator (openapi_python_client).
    session.install("-e", ".", *_group("test"), *_group("spec"), *_group("generator"))
    session.run(
        "pytest",
        "tests/reliability",
        "tests/webhooks",
        "tests/kit",
        "-k",
        "fuzz",
        "--hypothesis-profile",
        "fuzz",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Ruff over the hand-written code, and over generated_client/ with the generator's own settings."""
    session.install(*_group("generator"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # Generated code passes ruff's default rules with the generator's own settings, fixing nothing.
    session.run(
        "ruff",
        "check",
        "generated_client",
        "tests/generator/golden",
        "--isolated",
        "--no-cache",
        "--line-length",
        "120",
    )


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the generated package, the golden records, the hand-written package, the examples and the
    typed consumer code (tests/typing/consumer.py); pyright (strict, pinned in package.json) on the examples and
    the consumer code, as users' editors and CI check them."""
    session.install("-e", ".", *_group("typecheck"))
    overrides = {"MYPYPATH": str(ROOT / "overrides")}
    for tree in [ROOT / "generated_client", *sorted((ROOT / "tests" / "generator" / "golden").glob("*/expected"))]:
        with session.chdir(tree):
            session.run("mypy", "--strict", "--cache-dir=/dev/null", "coldmailreseller_generated", env=overrides)
    session.run("mypy", "--strict", "overrides/coldmailreseller", "examples", "tests/typing/consumer.py")
    _npm_tools(session)
    python = Path(session.bin) / "python"
    pyright = ROOT / "node_modules" / ".bin" / "pyright"
    config = ROOT / "tests" / "typing" / "pyrightconfig.json"
    session.run(str(pyright), "-p", str(config), "--pythonpath", str(python), external=True)


@nox.session(python=PYTHON)
def golden(session: nox.Session) -> None:
    """Rewrite the generator's golden records (tests/generator/golden/*/expected) after an intended change."""
    session.install(*_group("generator"), *_group("spec"), *_group("test"))
    session.run("pytest", "tests/generator", env={"CMR_UPDATE_GOLDEN": "1"})


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against raw httpx, the msgspec peer and the plain openapi-python-client call; writes
    docs/benchmarks.md (`-- --runs 3` adds the min-max of three runs).
    `-- --check` exits non-zero, listing them, when targets were missed; `-- --quick` skips the rate limit."""
    # A plain (not editable) install, as users have it; the generator builds the plain client to compare with.
    session.install(".[redis,cli]", *_group("generator"), *_group("bench"))
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session(python=PYTHON)
def reliability(session: nox.Session) -> None:
    """The contract and reliability suite, summarised in docs/reliability.md."""
    # tests/support imports the generator (openapi_python_client).
    session.install("-e", ".", *_group("test"), *_group("spec"), *_group("generator"))
    _npm_tools(session)
    session.run(
        "pytest",
        "tests/reliability",
        "tests/contract",
        *session.posargs,
        env={"CMR_RELIABILITY_REPORT": str(ROOT / "docs" / "reliability.md")},
    )


@nox.session(python=PYTHON)
def learn(session: nox.Session) -> None:
    """Edit spec/openapi.yaml from drift observation files: `nox -s learn -- FILE [FILE ...]`."""
    # ruamel.yaml edits the spec; generator.spec (PyYAML) reads it.
    session.install(*_group("learn"), _pin("spec", "pyyaml"))
    session.run("python", "-m", "tools.learn", *session.posargs)


@nox.session(python=PYTHON)
def probe(session: nox.Session) -> None:
    """Call every read operation against the live API (CMR_API_KEY; `-- --sandbox` for the sandbox) and record
    drift to a JSON-lines file for `nox -s learn`; exits non-zero when no call succeeded."""
    session.install(".")  # tools.probe reads the operations from the installed client, not the spec
    session.run("python", "-m", "tools.probe", *session.posargs)


@nox.session(python=PYTHON)
def release(session: nox.Session) -> None:
    """Classify, bump, write the changelog, build, smoke-test and tag a release (`-- --dry-run`: no commit, no tag)."""
    # The pipeline's stale check (generator + spec), griffe and build (release).
    session.install(*_group("generator"), *_group("spec"), *_group("release"))
    session.run("python", "-m", "tools.release", "run", *session.posargs)


@nox.session(python=False)
def clean(session: nox.Session) -> None:
    """Remove caches and build output."""
    for name in ("build", "dist", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis"):
        shutil.rmtree(ROOT / name, ignore_errors=True)
