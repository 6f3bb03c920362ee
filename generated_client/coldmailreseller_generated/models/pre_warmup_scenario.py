# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class PreWarmupScenario(StrEnum):
    """Outcome a sandbox pre-warmup order simulates."""

    FULL_FAILURE = "full_failure"
    PARTIAL_FAILURE = "partial_failure"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
