# DO NOT EDIT: generated from spec/openapi.yaml by `nox -s regenerate` (generator/pipeline.py).
"""The request models as TypedDicts: a plain mapping with the model's attribute names (snake_case) as keys,
accepted wherever the model is. Type checkers flag a misspelt key or an out-of-enum literal; at run time the
client checks the same rules (and also accepts the spec's wire names, not mixed with these in one mapping).
"""

from __future__ import annotations

from typing import Required, TypedDict

__all__ = ["AddressDict", "LineDict"]


class LineDict(TypedDict, total=False):
    """`Line` as a mapping."""

    sku: Required[str]
    quantity: Required[int]


class AddressDict(TypedDict, total=False):
    """`Address` as a mapping."""

    city: Required[str]
    zip_: str
    gate_code: str
