"""Every maintainer command works from a fresh clone: each nox session that needs no network gets a fresh
virtualenv holding exactly what the session installs (`nox --install-only` into a temporary `--envdir`, so the
lists are the noxfile's own), and the modules the session runs are imported, or run on something small, in it.
A dependency a session forgets fails here.

From the checkout root, as nox runs the sessions: `generator`, `tools` and `benchmarks` come from the source
tree, `coldmailreseller` only from what the session installed. With uv and its wheel cache the whole file takes
about 15 s (the installs about 7 s)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH_MODULES = sorted(
    f"benchmarks.{p.stem}" for p in (ROOT / "benchmarks").glob("*.py") if p.stem not in ("__init__",)
)
BUILD = (
    "import pathlib, tempfile\n"
    "from generator import pipeline\n"
    "with tempfile.TemporaryDirectory() as tmp:\n"
    "    pipeline.build(pathlib.Path(tmp) / 'generated_client')\n"
    "pipeline.coverage_text(); pipeline.api_text()\n"
)
# session -> the commands that prove it has what it runs (python is the session's interpreter).
CHECKS: dict[str, list[list[str]]] = {
    # The whole pipeline into a scratch folder: the pinned tools, the models, the rendering, the coverage report.
    "regenerate": [["python", "-c", BUILD], ["python", "-m", "generator.pipeline", "--help"]],
    "stale": [["python", "-c", BUILD]],
    "spec": [["openapi-spec-validator", "--help"]],
    "lint": [["ruff", "--version"]],
    "golden": [["python", "-m", "pytest", "-p", "no:cacheprovider", "--collect-only", "-q", "tests/generator"]],
    "bench": [
        ["python", "-m", "benchmarks", "--help"],
        # Every module, the lazy imports (the plain client's generator, the redis store and server helper) too.
        ["python", "-c", f"import {', '.join(BENCH_MODULES)}, tests.support.servers, openapi_python_client, redis"],
    ],
    "learn": [["python", "-m", "tools.learn", "--help"]],  # the real run is below: it needs a spec copy
    "probe": [["python", "-m", "tools.probe", "--help"]],
    "release": [
        ["python", "-m", "tools.release", "--help"],
        ["python", "-m", "tools.release", "classify", "spec/openapi.yaml", "spec/openapi.yaml"],
        ["python", "-c", "import tools.release.run, tools.release.surface, griffe"],
        ["python", "-m", "build", "--version"],
    ],
    "typecheck": [["mypy", "--version"], ["python", "-c", "import coldmailreseller, pytest, redis, psycopg"]],
    "fuzz": [
        [
            "python",
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "--collect-only",
            "-q",
            "tests/reliability",
            "tests/webhooks",
            "tests/kit",
        ]
    ],
}


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.fixture(scope="module")
def envdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    nox = shutil.which("nox")
    if nox is None:
        pytest.skip("nox is not installed: python3 -m pip install nox==2026.10.20 uv==0.13.9")
    folder = tmp_path_factory.mktemp("nox-envs")
    result = subprocess.run(
        [nox, "--no-color", "--envdir", str(folder), "--install-only", "-s", *CHECKS],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return folder


def _run(envdir: Path, session: str, command: list[str]) -> subprocess.CompletedProcess[str]:
    bin_dir = envdir / session / "bin"
    executable = str(bin_dir / command[0])
    env = {**_env(), "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run([executable, *command[1:]], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_every_session_of_the_noxfile_is_checked_or_named() -> None:
    """A new session is added here (or to the list of those that need the network or run the whole suite)."""
    source = (ROOT / "noxfile.py").read_text()
    sessions = {line.split("def ", 1)[1].split("(", 1)[0] for line in source.split("@nox.session")[1:]}
    # tests: the whole suite, the environment this test runs in; reliability: Prism from npm; clean: no venv.
    assert sessions == {*CHECKS, "tests", "reliability", "clean"}


@pytest.mark.parametrize("session", list(CHECKS))
def test_the_session_has_what_it_runs(envdir: Path, session: str) -> None:
    for command in CHECKS[session]:
        result = _run(envdir, session, command)
        assert result.returncode == 0, f"nox -s {session}: {' '.join(command)}\n{result.stdout[-3000:]}{result.stderr}"


def test_learn_runs_on_a_copy_of_the_spec(envdir: Path, tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    shutil.copy(ROOT / "spec" / "openapi.yaml", spec)
    observations = tmp_path / "drift.jsonl"
    observations.write_text("")
    result = _run(envdir, "learn", ["python", "-m", "tools.learn", str(observations), "--spec", str(spec)])
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout.rstrip().endswith("unchanged") and spec.read_bytes() == (ROOT / "spec/openapi.yaml").read_bytes()
    )
