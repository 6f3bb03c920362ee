# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class MailboxStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CREATING_PASSWORD = "CREATING_PASSWORD"
    EXPIRED = "EXPIRED"
    IN_PROGRESS = "IN_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
