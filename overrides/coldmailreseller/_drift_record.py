"""The record of one drift observation (see _drift.py) and its kinds; a module of its own so that it is imported
only when something diverges. It imports nothing of this package (`_drift` imports it, never the reverse)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Literal

DriftKind = Literal[
    "unknown_field",
    "unknown_enum_value",
    "undocumented_status",
    "missing_required",
    "type_mismatch",
    "unknown_envelope_key",
    "suppressed",
]


@dataclass(frozen=True, slots=True)
class DriftObservation:
    """One way a response or event differed from the spec.

    `value` is set for an unknown enum value that looks like an enum token at a field not marked secret, and for
    the one `suppressed` observation of a process (or client) that reached its limit of observations: the limit, as
    text (`pointer` and `json_type` are then empty, `operation_id` names the first report left out). It is None
    otherwise.
    """

    operation_id: str
    pointer: str
    kind: DriftKind
    json_type: str
    value: str | None
    status: int | None
    sdk_version: str
    spec_sha256: str
    observed_at: str

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)
