"""`nox -s release` end to end, in a temporary clone: change the spec, regenerate, dry-run the release; the bump,
the changelog lines and the wheel (installed in a fresh venv) are checked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from tools import spec_yaml

pytestmark = pytest.mark.slow
GIT_ENV = {
    "GIT_AUTHOR_NAME": "release test",
    "GIT_AUTHOR_EMAIL": "release@test.invalid",
    "GIT_COMMITTER_NAME": "release test",
    "GIT_COMMITTER_EMAIL": "release@test.invalid",
}


def _run(args: list[str], cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV}
    env.pop("PYTHONPATH", None)  # the clone's own generator and packages, not the checkout's
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of this repository holding the working tree as it is, released as 0.2.0 (tag v0.2.0, moved to it)."""
    root = pipeline.ROOT
    dest = tmp_path_factory.mktemp("release") / "clone"
    _run(["git", "clone", "--quiet", str(root), str(dest)], root)
    listed = _run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], root).stdout.splitlines()
    for name in listed:
        if (root / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, dest / name)
    version = dest / "overrides" / "coldmailreseller" / "_version.py"
    version.write_text('__version__ = "0.2.0"\n')
    _run(["git", "add", "-A"], dest)
    _run(["git", "commit", "--quiet", "--allow-empty", "-m", "the working tree, as 0.2.0"], dest)
    _run(["git", "tag", "--force", "v0.2.0"], dest)  # the clone may carry the real v0.2.0 tag
    return dest


def _scenario(
    clone: Path, name: str, edit: Callable[[Any], None], edit_tree: Callable[[Path], None] | None = None
) -> str:
    """Start from v0.2.0, edit the spec (and the hand-written code), regenerate, commit, dry-run the release;
    its output."""
    _run(["git", "checkout", "--quiet", "-B", name, "v0.2.0"], clone)
    _run(["git", "clean", "-fdq"], clone)
    if edit_tree is not None:
        edit_tree(clone)
    spec = spec_yaml.load(clone / "spec" / "openapi.yaml")
    edit(spec)
    (clone / "spec" / "openapi.yaml").write_text(spec_yaml.dump(spec))
    _run([sys.executable, "-m", "generator.pipeline", "regenerate"], clone)
    _run(["git", "add", "-A"], clone)
    _run(["git", "commit", "--quiet", "-m", name], clone)
    result = _run([sys.executable, "-m", "tools.release", "run", "--dry-run"], clone)
    assert "v0.2.0" not in _run(["git", "status", "--porcelain"], clone).stdout
    assert _run(["git", "status", "--porcelain"], clone).stdout == ""  # a dry run commits and writes nothing
    return result.stdout


def _subscriptions(spec: Any) -> Any:
    return spec["paths"]["/subscriptions"]["get"]


def test_an_optional_response_field_makes_a_patch(clone: Path) -> None:
    def edit(spec: Any) -> None:
        spec["components"]["schemas"]["Subscription"]["properties"]["renewalPrice"] = {"type": "string"}

    out = _scenario(clone, "add-response-field", edit)
    assert out.rstrip().splitlines()[-1] == "release 0.2.1 (patch): 0 breaking, 1 features, 0 fixes"
    assert "## [0.2.1]" in out and "### Added" in out
    assert "- listSubscriptions: response field `data.subscriptions[].renewalPrice` added" in out
    assert "smoke test passed: 0.2.1" in out


def test_a_request_parameter_removed_makes_a_minor(clone: Path) -> None:
    def edit(spec: Any) -> None:
        op = _subscriptions(spec)
        op["parameters"] = [p for p in op["parameters"] if p.get("name") != "domain"]

    out = _scenario(clone, "remove-parameter", edit)
    last = out.rstrip().splitlines()[-1]
    assert last.startswith("release 0.3.0 (minor): ") and last.endswith("0 features, 0 fixes"), last
    assert "### Removed" in out and "- **Breaking:** listSubscriptions: query parameter `domain` removed" in out
    # The Python surface check sees the method lose its argument too.
    assert "Subscriptions.list(domain): Parameter was removed" in out


def test_a_python_only_addition_makes_a_patch_and_is_listed_as_added(clone: Path) -> None:
    def add_name(root: Path) -> None:
        init = root / "overrides" / "coldmailreseller" / "webhooks" / "__init__.py"
        text = init.read_text().replace("__all__ = [\n", '__all__ = [\n    "RELEASE_PROBE",\n', 1)
        init.write_text(text + "\nRELEASE_PROBE = 1\n")

    out = _scenario(clone, "python-addition", lambda spec: None, add_name)
    assert out.rstrip().splitlines()[-1] == "release 0.2.1 (patch): 0 breaking, 1 features, 0 fixes"
    assert "- Python API: `coldmailreseller.webhooks.RELEASE_PROBE`" in out


def test_the_wheel_installs_and_pip_show_lists_urls_and_license(clone: Path, tmp_path: Path) -> None:
    wheels = sorted((clone / "dist").glob("coldmailreseller-*.whl"))
    assert wheels, "the dry runs built wheels"
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    _run([str(python), "-m", "pip", "install", "--quiet", str(wheels[-1])], tmp_path)
    shown = _run([str(python), "-m", "pip", "show", "--verbose", "coldmailreseller"], tmp_path).stdout
    assert "API documentation, https://docs.coldmailreseller.com" in shown
    assert "MIT" in shown and "coldmailreseller maintainers" in shown


def test_a_dirty_tree_is_refused(clone: Path) -> None:
    _run(["git", "checkout", "--quiet", "-B", "dirty", "v0.2.0"], clone)
    (clone / "README.md").write_text("changed\n")
    result = _run([sys.executable, "-m", "tools.release", "run", "--dry-run"], clone, check=False)
    _run(["git", "checkout", "--quiet", "--", "README.md"], clone)
    assert result.returncode == 1 and "uncommitted changes" in result.stderr
