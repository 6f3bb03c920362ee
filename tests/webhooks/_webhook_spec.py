"""What the webhook tests read from the spec: every event name and every documented example body."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
SECRET = "cmr-partner-api-key-for-tests"


@functools.cache
def webhooks() -> dict[str, Any]:
    with SPEC.open(encoding="utf-8") as f:
        return dict(yaml.safe_load(f)["webhooks"])


def event_names() -> list[str]:
    return sorted(webhooks())


def documented_examples() -> list[tuple[str, dict[str, Any]]]:
    """(event name, example body) for every `example` and `examples` entry of the webhook request bodies."""
    found = []
    for name, item in sorted(webhooks().items()):
        for operation in item.values():
            for media in operation["requestBody"]["content"].values():
                if "example" in media:
                    found.append((name, media["example"]))
                found.extend((name, example["value"]) for example in media.get("examples", {}).values())
    return found
