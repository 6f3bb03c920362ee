# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class DomainStatus(StrEnum):
    ACTIVE = "ACTIVE"
    EXPIRED = "EXPIRED"
    GRACE_PERIOD = "GRACE_PERIOD"
    INACTIVE = "INACTIVE"
    PENDING = "PENDING"
    RENEWING = "RENEWING"
    TRANSFERRED = "TRANSFERRED"

    def __str__(self) -> str:
        return str(self.value)
