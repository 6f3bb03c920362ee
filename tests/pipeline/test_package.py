"""The distribution: one wheel with two packages (the hand-written one and the generated one), nothing the
client does not run, importable in a fresh venv; a cold call loads only the models it uses."""

from __future__ import annotations

import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from generator import pipeline

pytestmark = pytest.mark.slow

# A fresh process: build the client, make one parsed users.get (answered in-process), list the models loaded.
COLD_CALL = """
import httpx, json, coldmailreseller
body = json.dumps({"status": 200, "message": "ok", "data": {"id": "u1", "email": "a@b.c"}}).encode()
transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
cmr = coldmailreseller.ColdMailReseller(api_key="k", http_client=httpx.Client(transport=transport))
assert cmr.users.get(user_id="u1").id == "u1"
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(pipeline.ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("coldmailreseller-*.whl")
    return built


@pytest.fixture(scope="module")
def venv_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env_dir = tmp_path_factory.mktemp("venv")
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    return python


def test_wheel_ships_two_packages_and_only_what_runs(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    packages = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert packages == {"coldmailreseller", "coldmailreseller_generated"}
    assert "coldmailreseller/py.typed" in names and "coldmailreseller_generated/py.typed" in names
    assert "coldmailreseller_generated/resources/users.py" in names
    assert not any(name.startswith(("tests/", "generator/", "spec/")) for name in names)
    # Nothing of openapi-python-client's HTTP layer: no endpoint modules, no Client classes, no envelopes.
    with zipfile.ZipFile(wheel) as archive:
        text = "\n".join(archive.read(name).decode() for name in names if name.endswith(".py"))
    assert "sync_detailed" not in text and "AuthenticatedClient" not in text
    assert not any(
        re.search(r"/api/|/client\.py$|/errors\.py$|_response\.py$|_request\.py$", n)
        for n in names
        if n.startswith("coldmailreseller_generated/")
    )


def test_wheel_installs_and_imports_in_a_fresh_venv(venv_python: Path, tmp_path: Path) -> None:
    script = (
        "import coldmailreseller as c; "
        "cmr = c.ColdMailReseller(api_key='k'); "
        "assert type(cmr.users).__name__ == 'Users'; "
        "print(len(c.OPERATIONS))"
    )
    result = subprocess.run([venv_python, "-c", script], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(__import__("coldmailreseller").OPERATIONS)


def test_a_cold_users_get_imports_only_the_models_it_uses(venv_python: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [venv_python, "-X", "importtime", "-c", COLD_CALL], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    imported = re.findall(r"\|\s+(coldmailreseller_generated\.\S+)$", result.stderr, re.MULTILINE)
    models = sorted(name for name in imported if name.startswith("coldmailreseller_generated.models."))
    assert models == ["coldmailreseller_generated.models.user"]
    resources = sorted(name for name in imported if name.startswith("coldmailreseller_generated.resources."))
    assert resources == ["coldmailreseller_generated.resources.users"]
