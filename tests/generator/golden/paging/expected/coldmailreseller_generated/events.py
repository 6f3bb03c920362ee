# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""Webhook events of the spec: the payload model of each event name, imported on first use."""

from __future__ import annotations

from typing import Never, TypeAlias

from coldmailreseller._runtime import Ref

EVENTS: dict[str, Ref] = {}

# The spec lists no webhook events.
KnownEvent: TypeAlias = Never
