"""What every generated model uses at run time: `UNSET`, and the helpers of its checking `from_dict`.

`from_dict` checks every JSON type the spec declares and raises TypeError naming the JSON pointer of the
mismatch (`/data/subscriptions/*/periodStart: expected a string, got int`); the client turns that into a
ResponseValidationError. Values never appear in those messages: payloads carry mailbox passwords.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final, Literal, TypeVar

__all__ = ["UNSET", "Unset", "expected", "missing", "model_json", "model_repr", "unknown_fields", "value_or"]

T = TypeVar("T")
D = TypeVar("D")
# Values of fields with these names never show in a repr: payloads carry mailbox and platform passwords.
_SECRET_NAME = re.compile(r"pass(word)?|secret|token|api_?key|credential", re.IGNORECASE)


class Unset:
    """The type of `UNSET`: a field the response (or your request) left out, as opposed to an explicit null."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # copies and pickles stay the one instance, so `is UNSET` keeps working


UNSET: Final = Unset()


def expected(at: str, what: str, value: object) -> TypeError:
    return TypeError(f"{at or '/'}: expected {what}, got {type(value).__name__}")


def missing(at: str, key: str) -> TypeError:
    return TypeError(f"{at or '/'}: required field {key!r} is missing")


def unknown_fields(data: dict[str, Any], known: frozenset[str], at: str) -> dict[str, Any]:
    """The fields of `data` the spec does not declare; models keep them in `additional_properties`."""
    return {key: value for key, value in data.items() if key not in known}


def value_or(value: T | Unset | None, default: D) -> T | D:
    """`value`, or `default` when the field was left out (UNSET) or null: `value_or(sub.auto_renew, False)`."""
    return default if value is None or isinstance(value, Unset) else value


def model_repr(model: Any, names: tuple[str, ...]) -> str:
    """`Name(field=value, ...)` with the fields that are set, secrets masked, then any unknown fields."""
    parts = []
    for name in names:
        value = getattr(model, name)
        if not isinstance(value, Unset):
            parts.append(f"{name}={_masked(name, value)}")
    extra = getattr(model, "additional_properties", None)
    if extra:
        parts.append(f"additional_properties={_masked('', extra)}")
    return f"{type(model).__name__}({', '.join(parts)})"


def _masked(name: str, value: Any) -> str:
    if _SECRET_NAME.search(name) and value is not None:
        return "'***'"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {_masked(str(key), item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_masked(name, item) for item in value) + "]"
    return repr(value)


def model_json(data: dict[str, Any], **dumps: Any) -> str:
    """The JSON text of a model's `to_dict()` (dates already ISO 8601, enums already their values)."""
    return json.dumps(data, **dumps)
