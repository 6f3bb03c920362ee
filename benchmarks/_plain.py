"""The plain openapi-python-client client for our spec (its own default templates), generated into a temporary
folder for the benchmark: what a team would call without this SDK. It no longer ships in the wheel."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ._harness import REPO_ROOT

PACKAGE = "cmr_plain_client"


def generate(dest: Path) -> None:
    """Write the plain client's package under `dest` (the folder to put on sys.path)."""
    config = dest / "config.yaml"
    config.write_text(f"package_name_override: {PACKAGE}\nproject_name_override: cmr-plain-client\npost_hooks: []\n")
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(REPO_ROOT / "spec" / "openapi.yaml"),
        "--config",
        str(config),
        "--meta",
        "none",
        "--output-path",
        str(dest / PACKAGE),
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"openapi-python-client failed: {result.stdout}{result.stderr}")
