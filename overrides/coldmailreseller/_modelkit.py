"""What every generated model uses at run time: `UNSET`, and the helpers of its checking `from_dict`.

`from_dict` checks every JSON type the spec declares and raises TypeError naming the JSON pointer of the
mismatch (`/data/subscriptions/*/periodStart: expected a string, got int`); the client turns that into a
ResponseValidationError. Values never appear in those messages: payloads carry mailbox passwords.
"""

from __future__ import annotations

from typing import Any, Final, Literal

__all__ = ["UNSET", "Unset", "expected", "missing", "unknown_fields"]


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
