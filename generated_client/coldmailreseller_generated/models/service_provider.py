# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class ServiceProvider(StrEnum):
    """Mailbox provider."""

    GOOGLE = "GOOGLE"
    MICROSOFT = "MICROSOFT"

    def __str__(self) -> str:
        return str(self.value)
