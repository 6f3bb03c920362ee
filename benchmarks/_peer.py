"""The msgspec peer: msgspec Structs that datamodel-code-generator (pinned in the `bench` dependency group) writes
from our spec, called with httpx and decoded with `msgspec.json.Decoder(<Operation>Response)`. What a team that
wants speed would hand-roll instead of this SDK: no envelope check, no retries, unknown fields dropped. Generated
into a temporary folder for the benchmark, like the plain openapi-python-client client (_plain.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ._harness import REPO_ROOT

PACKAGE = "cmr_msgspec_peer"


def generate(dest: Path) -> None:
    """Write the peer's models as `cmr_msgspec_peer.models` under `dest` (the folder to put on sys.path)."""
    package = dest / PACKAGE
    package.mkdir()
    (package / "__init__.py").write_text("")
    command = [
        sys.executable,
        "-m",
        "datamodel_code_generator",
        "--input",
        str(REPO_ROOT / "spec" / "openapi.yaml"),
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "msgspec.Struct",
        "--disable-timestamp",
        # The spec's tolerant enums are `anyOf: [enum, string]`: msgspec refuses an Enum beside str in one union
        # (the generator warns and says this option); Literal values decode beside str.
        "--enum-field-as-literal",
        "all",
        "--formatters",
        "ruff-format",
        "--output",
        str(package / "models.py"),
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"datamodel-code-generator failed: {result.stdout}{result.stderr}")
