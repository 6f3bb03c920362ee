"""`nox -s release`: one release from a clean tree. `-- --dry-run` does everything but commit and tag.

1. Refuse a dirty tree or stale generated code.
2. Find the last release: the tag `v<version>`, else the commit that last changed the version; before the first
   tag, the recorded 0.1.0 baseline.
3. Classify the spec change since then (classify.py) and check the Python surface with griffe (surface.py);
   combine them into one bump: before 1.0, breaking -> minor and anything else -> patch; from 1.0, semver.
4. Write the CHANGELOG.md entry and the new version into a copy of the tree, build the sdist and wheel from it
   into dist/, install the wheel into a fresh venv and smoke-test it against a local server.
5. Unless dry: write both files into the tree, commit them, tag `v<version>`.

The last line printed is `release <version> (<bump>): <n> breaking, <n> features, <n> fixes`.
"""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import sys
import tempfile
import venv
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator import pipeline
from tools.release import changelog, surface
from tools.release.classify import Report, classify

ROOT = pipeline.ROOT
VERSION_FILE = Path("overrides/coldmailreseller/_version.py")
CHANGELOG = Path("CHANGELOG.md")


@dataclass(frozen=True)
class Release:
    version: str
    ref: str


# The 0.1.0 that landed on main on 2026-11-27, which teams run today; releases are compared with it until the
# first tag exists.
BASELINE = Release("0.1.0", "798056a67f6baa942d02f9a78e8077abdb882f19")


class ReleaseError(Exception):
    """The release cannot go on; the message says why and what to do."""


def _git(*args: str, root: Path = ROOT) -> str:
    result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    if result.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout.strip()


def current_version(root: Path = ROOT) -> str:
    match = re.search(r'__version__ = "([^"]+)"', (root / VERSION_FILE).read_text())
    if match is None:
        raise ReleaseError(f"no __version__ in {VERSION_FILE}")
    return match.group(1)


def last_release(root: Path = ROOT) -> Release:
    version = current_version(root)
    tag = f"v{version}"
    if tag in _git("tag", "--list", tag, root=root).split():
        return Release(version, tag)
    if version == BASELINE.version:
        return BASELINE
    return Release(version, _git("log", "-1", "--format=%H", "--", str(VERSION_FILE), root=root))


def bump(
    version: str, report: Report, surface_breaks: list[str], surface_added: list[str] | None = None
) -> tuple[str, str]:
    """(the bump's name, the new version)."""
    major, minor, patch = (int(part) for part in version.split(".")[:3])
    breaking = bool(report.breaking or surface_breaks)
    features = bool(report.features or surface_added)
    anything = breaking or features or report.fixes or report.docs
    if not anything:
        return "none", version
    if major == 0:  # before 1.0 (CONTRIBUTING.md): breaking -> minor, anything else -> patch
        return ("minor", f"0.{minor + 1}.0") if breaking else ("patch", f"0.{minor}.{patch + 1}")
    if breaking:
        return "major", f"{major + 1}.0.0"
    if features:
        return "minor", f"{major}.{minor + 1}.0"
    return "patch", f"{major}.{minor}.{patch + 1}"


def _check_clean(root: Path) -> None:
    if _git("status", "--porcelain", root=root):
        raise ReleaseError("the working tree has uncommitted changes: commit or stash them first")
    problems = pipeline.stale()
    if problems:
        raise ReleaseError("generated code is stale; run `nox -s regenerate` and commit:\n  " + "\n  ".join(problems))


def _apply(tree: Path, version: str, entry: str) -> None:
    version_file = tree / VERSION_FILE
    version_file.write_text(re.sub(r'__version__ = "[^"]+"', f'__version__ = "{version}"', version_file.read_text()))
    (tree / CHANGELOG).write_text(changelog.insert(tree / CHANGELOG, entry), encoding="utf-8")


def _build(root: Path, version: str, entry: str, dist: Path) -> list[Path]:
    """sdist and wheel of HEAD with the new version and changelog, built from a copy of the tree."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        tree.mkdir()
        archive = subprocess.run(["git", "archive", "HEAD"], cwd=root, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        _apply(tree, version, entry)
        dist.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(dist), str(tree)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise ReleaseError(f"the build failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    built = [dist / f"coldmailreseller-{version}.tar.gz", dist / f"coldmailreseller-{version}-py3-none-any.whl"]
    missing = [path.name for path in built if not path.exists()]
    if missing:
        raise ReleaseError(f"the build did not produce {', '.join(missing)}")
    return built


SMOKE = """
import json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import coldmailreseller

class Answer(BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"status": 200, "message": "ok", "data": {"id": "u1", "email": "a@b.c"}}).encode()
        self.send_response(200); self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Answer)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{server.server_address[1]}/api"
with coldmailreseller.ColdMailReseller(api_key="smoke-key", base_url=url, rate_limit=None) as cmr:
    user = cmr.users.get(user_id="u1")
assert user.id == "u1" and coldmailreseller.__version__ == sys.argv[1], (user, coldmailreseller.__version__)
print("smoke test passed:", coldmailreseller.__version__)
"""


def smoke_test(wheel: Path, version: str) -> None:
    """Install the wheel into a fresh venv and call it against a local server."""
    with tempfile.TemporaryDirectory() as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        install = subprocess.run(
            [python, "-m", "pip", "install", "--quiet", str(wheel)], capture_output=True, text=True
        )
        if install.returncode != 0:
            raise ReleaseError(f"the wheel does not install: {install.stderr[-2000:]}")
        run = subprocess.run([python, "-c", SMOKE, version], cwd=tmp, capture_output=True, text=True, timeout=120)
        if run.returncode != 0:
            raise ReleaseError(f"the smoke test failed: {run.stderr[-2000:]}")
        print(run.stdout.strip())


def release(dry_run: bool, root: Path = ROOT, today: datetime.date | None = None) -> str:
    """Run the release; returns its summary line."""
    _check_clean(root)
    last = last_release(root)
    old_spec = yaml.safe_load(_git("show", f"{last.ref}:spec/openapi.yaml", root=root))
    new_spec = yaml.safe_load((root / "spec" / "openapi.yaml").read_text())
    report = classify(old_spec, new_spec)
    surface_breaks = list(surface.breaking_changes(root, last.ref))
    surface_added = list(surface.additions(root, last.ref))
    kind, version = bump(last.version, report, surface_breaks, surface_added)
    summary = (
        f"release {version} ({kind}): {len(report.breaking) + len(surface_breaks)} breaking, "
        f"{len(report.features) + len(surface_added)} features, {len(report.fixes)} fixes"
    )
    print(f"last release: {last.version} ({last.ref[:12]})")
    if kind == "none":
        print("nothing changed since the last release")
        return summary
    entry = changelog.entry(version, report, surface_breaks, today or datetime.date.today(), surface_added)
    print(entry)
    wheel = next(path for path in _build(root, version, entry, root / "dist") if path.suffix == ".whl")
    smoke_test(wheel, version)
    if dry_run:
        print("dry run: nothing committed or tagged; the artefacts are in dist/")
    else:
        _apply(root, version, entry)
        _git("add", str(VERSION_FILE), str(CHANGELOG), root=root)
        _git("commit", "-m", f"Release {version}", root=root)
        _git("tag", "-a", f"v{version}", "-m", f"coldmailreseller {version}", root=root)
        shutil.rmtree(root / "build", ignore_errors=True)
    return summary
