"""The pytest plugin: registered through the `pytest11` entry point, its fixtures work in a project of their own,
and loading it costs nothing until a test asks for them."""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coldmailreseller import ColdMailReseller
from coldmailreseller.testing import FakeCMR

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def test_the_entry_point_names_the_plugin_module() -> None:
    (entry,) = [e for e in importlib.metadata.entry_points(group="pytest11") if e.name == "coldmailreseller"]
    assert entry.value == "coldmailreseller.testing._plugin"


def test_the_fixtures_are_a_fresh_fake_and_a_client_on_it(
    request: pytest.FixtureRequest, cmr_fake: FakeCMR, cmr: ColdMailReseller
) -> None:
    assert request.config.pluginmanager.get_plugin("coldmailreseller") is not None
    assert cmr_fake.requests == [] and cmr_fake.deliveries == []
    user_id = cmr_fake.seed_user()
    assert cmr.users.get(user_id=user_id).id == user_id
    assert len(cmr_fake.calls("getUser")) == 1 and cmr.rate_limit is None


def test_our_suite_does_not_shadow_the_fixtures() -> None:
    # Module-level functions: fixtures (a method such as tests/cli/served.py's `Served.cmr` shadows nothing).
    shadowing = re.compile(r"^def (cmr|cmr_fake)\(", re.MULTILINE)
    assert [path.name for path in (ROOT / "tests").rglob("*.py") if shadowing.search(path.read_text())] == []


def run_pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """pytest in a folder of its own: no conftest of ours, only the installed package and its plugin."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


def readme_example() -> str:
    """The complete example test of the README's "Testing your integration" section."""
    section = (ROOT / "README.md").read_text().split("## Testing your integration\n", 1)[1].split("\n## ", 1)[0]
    (code,) = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    return code


@pytest.mark.slow
def test_a_consumers_test_files_pass_on_their_own(tmp_path: Path) -> None:
    shutil.copy(HERE / "test_kit_consumer.py", tmp_path / "test_consumer.py")
    (tmp_path / "test_readme.py").write_text(readme_example())
    (tmp_path / "test_fresh.py").write_text(
        "def test_one(cmr_fake):\n    cmr_fake.seed_user()\n\n"
        "def test_two(cmr_fake, cmr):\n    assert cmr_fake.requests == []\n    assert cmr.users.list() is not None\n"
    )
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "8 passed" in result.stdout  # 4 + 2 + the README's 2
    # And the fixtures do come from the plugin: without it they are missing.
    disabled = run_pytest(tmp_path, "-p", "no:coldmailreseller", "test_fresh.py")
    assert disabled.returncode != 0 and "fixture 'cmr_fake' not found" in disabled.stdout


def test_loading_the_plugin_imports_nothing_of_the_fake() -> None:
    script = (
        "import sys, coldmailreseller.testing._plugin\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('httpx', 'coldmailreseller', "
        "'coldmailreseller_generated')))"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    # errors imports _records (a module of plain record classes, no httpx) to install the hook a copied
    # ActionResult raises through; nothing of the fake, the generated package or httpx is loaded.
    assert result.stdout.strip() == str(
        ["coldmailreseller", "coldmailreseller._lazy", "coldmailreseller._records", "coldmailreseller._version",
         "coldmailreseller.errors", "coldmailreseller.testing", "coldmailreseller.testing._plugin"]
    )  # fmt: skip


def test_consumer_tests_pass_mypy_strict(tmp_path: Path) -> None:
    """The kit's public interface is typed: a consumer's tests type-check under mypy --strict."""
    shutil.copy(HERE / "test_kit_consumer.py", tmp_path / "test_consumer.py")
    (tmp_path / "test_readme.py").write_text(readme_example())
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(ROOT / ".mypy_cache"), "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
