"""What every generated model uses at run time: `UNSET`, and the helpers of its checking `from_dict`.

`from_dict` checks every JSON type the spec declares and raises TypeError naming the JSON pointer of the
mismatch (`/data/subscriptions/*/periodStart: expected a string, got int`); the client turns that into a
ResponseValidationError. Values never appear in those messages: payloads carry mailbox passwords.
"""

from __future__ import annotations

import enum
from typing import Any, Final, Literal, TypeVar

__all__ = [
    "UNSET",
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
# Values of fields with these names never show in a repr: payloads carry mailbox and platform passwords.
_SECRET_NAME = r"pass(word)?|secret|token|api_?key|credential"


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


def expected(at: str, what: str, value: object) -> TypeError:
    from ._drift import json_type, mismatch

    mismatch(at, "type_mismatch", json_type(value))
    return TypeError(f"{at or '/'}: expected {what}, got {type(value).__name__}")


def missing(at: str, key: str) -> TypeError:
    from ._drift import mismatch

    mismatch(f"{at}/{key}", "missing_required", "absent")
    return TypeError(f"{at or '/'}: required field {key!r} is missing")


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


def model_repr(model: Any, names: tuple[str, ...]) -> str:
    """`Name(field=value, ...)` with the fields that are set, secrets masked, then any unknown fields."""
    parts = []
    for name in names:
        value = getattr(model, name)
        if value is not UNSET:
            parts.append(f"{name}={_masked(name, value)}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={_masked('', extra)}")
    return f"{type(model).__name__}({', '.join(parts)})"


def _masked(name: str, value: Any) -> str:
    import re  # reprs are rare: the client's import does not pay for it

    if re.search(_SECRET_NAME, name, re.IGNORECASE) and value is not None:
        return "'***'"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {_masked(str(key), item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_masked(name, item) for item in value) + "]"
    return repr(value)


def model_json(data: dict[str, Any], **dumps: Any) -> str:
    """The JSON text of a model's `to_dict()` (dates already ISO 8601, enums already their values)."""
    import json

    return json.dumps(data, **dumps)
