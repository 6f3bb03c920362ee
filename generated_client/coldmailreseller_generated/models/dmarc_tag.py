# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class DmarcTag(StrEnum):
    """A DMARC tag CMR adds by default to `_dmarc` TXT records."""

    ADKIM = "adkim"
    ASPF = "aspf"
    FO = "fo"
    PCT = "pct"
    RF = "rf"
    RI = "ri"
    RUA = "rua"
    RUF = "ruf"
    SP = "sp"

    def __str__(self) -> str:
        return str(self.value)
