# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class PlatformApp(StrEnum):
    """Sending platform of a stored credential. The docs list `EMAILBISON`; a guide example shows `SMARTLEAD`. The
    guides also name ReachInbox and Instantly, but their identifiers are not published."""

    EMAILBISON = "EMAILBISON"
    SMARTLEAD = "SMARTLEAD"

    def __str__(self) -> str:
        return str(self.value)
