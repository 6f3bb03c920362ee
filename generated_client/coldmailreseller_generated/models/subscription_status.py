# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class SubscriptionStatus(StrEnum):
    """Lifecycle state of a subscription."""

    ACTIVE = "ACTIVE"
    CANCELLED = "CANCELLED"
    EXPIRED = "EXPIRED"
    PAST_DUE = "PAST_DUE"
    RENEWING = "RENEWING"

    def __str__(self) -> str:
        return str(self.value)
