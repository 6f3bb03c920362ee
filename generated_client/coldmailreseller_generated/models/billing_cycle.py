# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class BillingCycle(StrEnum):
    """Billing period; only MONTHLY is accepted."""

    MONTHLY = "MONTHLY"

    def __str__(self) -> str:
        return str(self.value)
