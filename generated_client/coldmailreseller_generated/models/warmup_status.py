# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class WarmupStatus(StrEnum):
    """Warmup state of a mailbox (values named in the guides)."""

    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"
    PENDING = "PENDING"
    STOPPED = "STOPPED"

    def __str__(self) -> str:
        return str(self.value)
