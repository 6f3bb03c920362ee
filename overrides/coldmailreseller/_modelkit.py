"""What every generated model uses at run time: `UNSET`, and the helpers of its checking `from_dict`.

`from_dict` checks every JSON type the spec declares and raises `SpecMismatch` (a TypeError) naming the JSON
pointer of the mismatch (`/data/subscriptions/*/periodStart: expected a string, got int`); the client turns that,
caught by name, into a ResponseValidationError, so that any other TypeError (a bug) propagates as itself. Values
never appear in those messages: payloads carry mailbox passwords.

Reprs mask secrets by field: the spec marks every secret property with `x-cmr-secret: true` (passwords, app
passwords, TOTP secrets, ...) and each generated model passes the attribute names of its marked fields to
`model_repr`, so exactly those show as `'***'` and everything else, ids included, shows as it is
(`PlatformCredentialId(credential_id='A1B2')`). Names the spec does not know cannot be judged that way: the keys of
`additional_properties` and of free-form objects inside a declared field are masked when their NAME looks like a
secret (`_excerpt.is_secret_name`, the rule error excerpts follow too), which is all that can be known about them.
"""

from __future__ import annotations

import enum
from typing import Any, Final, Literal, TypeVar

from ._records import SpecMismatch  # what expected() and missing() raise

__all__ = [
    "UNSET",
    "SpecMismatch",
    "Unset",
    "expected",
    "missing",
    "model_json",
    "model_repr",
    "unknown_enum",
    "unknown_fields",
    "value_or",
]

T = TypeVar("T")
D = TypeVar("D")
# Declared fields are masked by their spec mark only (model_repr's `secret`), so that a declared id named like a
# secret stays readable; unknown fields by `_excerpt.is_secret_name`.
_NO_SECRETS: frozenset[str] = frozenset()


class Unset(enum.Enum):
    """The type of `UNSET`: a field the response (or your request) left out, as opposed to an explicit null.

    An enum of one member, so that type checkers treat `Unset` like `Literal[Unset.UNSET]`: `x is UNSET` and
    `x is not UNSET` narrow `T | Unset` in mypy and pyright (no `isinstance` needed). Copies and pickles stay the
    one member."""

    UNSET = "UNSET"

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    __str__ = __repr__


UNSET: Final = Unset.UNSET


# The drift reports below import coldmailreseller._drift only when something diverges, so that a model costs
# nothing more when responses match the spec.


def expected(at: str, what: str, value: object) -> SpecMismatch:
    from ._drift import json_type, mismatch

    mismatch(at, "type_mismatch", json_type(value))
    return SpecMismatch(f"{at or '/'}: expected {what}, got {type(value).__name__}")


def missing(at: str, key: str) -> SpecMismatch:
    from ._drift import mismatch

    mismatch(f"{at}/{key}", "missing_required", "absent")
    return SpecMismatch(f"{at or '/'}: required field {key!r} is missing")


def unknown_enum(at: str, value: str) -> str:
    """A value the spec's enum does not list, kept as the string it is (and reported as drift)."""
    from ._drift import unknown_enum as report

    return report(at, value)


def unknown_fields(data: dict[str, Any], known: frozenset[str], at: str) -> dict[str, Any]:
    """The fields of `data` the spec does not declare; models keep them in `additional_properties` (and they are
    reported as drift: names and JSON types, never values)."""
    from ._drift import unknown_field

    extra = {key: value for key, value in data.items() if key not in known}
    for key, value in extra.items():
        unknown_field(f"{at}/{key}", value)
    return extra


def value_or(value: T | Unset | None, default: D) -> T | D:
    """`value`, or `default` when the field was left out (UNSET) or null: `value_or(sub.auto_renew, False)`."""
    return default if value is None or value is UNSET else value


def model_repr(model: Any, names: tuple[str, ...], secret: frozenset[str] = _NO_SECRETS) -> str:
    """`Name(field=value, ...)` with the fields that are set, then any unknown fields.

    `secret`: the attribute names of the fields the spec marks `x-cmr-secret`; their values show as `'***'` (None
    stays None). Other declared fields show as they are, except keys inside free-form objects, and the unknown
    fields in `additional_properties`, whose values are masked when their name looks like a secret.
    """
    parts = []
    for name in names:
        value = getattr(model, name)
        if value is not UNSET:
            parts.append(f"{name}={_MASK if name in secret and value is not None else _masked(None, value)}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={_masked(None, extra)}")
    return f"{type(model).__name__}({', '.join(parts)})"


_MASK = "'***'"


def _masked(key: str | None, value: Any) -> str:
    """The repr of `value`, found under `key` (a name the spec does not declare; None for a declared field or a
    list item): masked when the key looks like a secret, dicts and lists walked for keys that do."""
    from ._excerpt import is_secret_name  # reprs are rare: the client's import does not pay for it

    if key is not None and value is not None and is_secret_name(key):
        return _MASK
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{item_key!r}: {_masked(str(item_key), item)}" for item_key, item in value.items()) + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(_masked(None, item) for item in value) + "]"
    return repr(value)


def model_json(data: dict[str, Any], **dumps: Any) -> str:
    """The JSON text of a model's `to_dict()` (dates already ISO 8601, enums already their values)."""
    import json

    return json.dumps(data, **dumps)
