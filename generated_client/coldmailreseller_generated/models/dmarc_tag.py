# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
from enum import StrEnum


class DmarcTag(StrEnum):
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
