"""The spec's request rules, one implementation: the client checks what it sends (`_encode`), the testing kit what
the server receives (`testing/_validate`), both with these functions and the generated `Field`/`Shape` records.

Each side reads its own input (Python arguments, models and mappings; or query text and a JSON body) into JSON
values and calls these on them: the primitive types, enums, lengths and bounds, item counts, unknown and required
keys, and the rules across fields (`oneOf` of `required` groups). A broken rule raises `Broken`, which each side
turns into its own error (`InvalidArgumentError`; a 422, or 400 for a missing value, from the fake). Messages name
the path and never repeat a value, except the value given for an enum.

Part of the contract: imports nothing of this package but its records.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from ._records import Field, Shape

# What each primitive kind needs, in words.
WANTED = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean"}


class Broken(Exception):
    """A value breaks a rule: at `path` (`domains[0].years`; empty for the whole request), `problem` in words;
    `missing`: a required value is absent (CMR answers those with 400, not 422)."""

    def __init__(self, path: str, problem: str, missing: bool = False) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem
        self.missing = missing


def join(path: str, key: object) -> str:
    return f"{path}.{key}" if path else str(key)


def found(value: object) -> str:
    """The JSON type of a value, in words (`a string`, `null`); a value JSON has no type for by its class."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else f"a {type(value).__name__}"


def fits(kind: str, value: object, *, integral_floats: bool) -> bool:
    """Whether a value has the primitive type `kind` (str, int, float, bool) needs. A boolean is never a number.
    `integral_floats`: 2.0 is an integer (JSON Schema's and CMR's JavaScript reading of a body); the client asks
    for a Python int."""
    if kind == "str":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind == "int":
        return isinstance(value, int) or (integral_floats and isinstance(value, float) and value.is_integer())
    if kind == "float":
        return isinstance(value, int | float)
    raise ValueError(f"not a primitive kind: {kind}")


def check_type(kind: str, value: object, path: str, *, integral_floats: bool) -> None:
    if not fits(kind, value, integral_floats=integral_floats):
        raise Broken(path, f"must be {WANTED[kind]}, got {found(value)}")


def enum_values(shape: Shape) -> list[str]:
    assert shape.ref is not None
    return [str(member.value) for member in shape.ref.get()]


def check_enum(shape: Shape, value: object, path: str) -> str:
    """The enum's wire value given (a string); anything else is refused, naming the allowed values."""
    allowed = enum_values(shape)
    if isinstance(value, str) and value in allowed:
        return value
    raise Broken(path, f"must be one of {', '.join(map(repr, allowed))}, got {value!r}")


def check_bounds(field: Field, value: object, path: str) -> None:
    """minLength/maxLength of a string, minItems of a list, minimum/maximum of a number."""
    if isinstance(value, str):
        if field.min_length is not None and len(value) < field.min_length:
            problem = (
                "must not be empty" if field.min_length == 1 else f"must be at least {field.min_length} characters"
            )
            raise Broken(path, problem)
        if field.max_length is not None and len(value) > field.max_length:
            raise Broken(path, f"must be at most {field.max_length} characters")
    elif isinstance(value, list):
        if field.min_items is not None and len(value) < field.min_items:
            raise Broken(path, f"must have at least {field.min_items} item(s)")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if field.minimum is not None and value < field.minimum:
            raise Broken(path, f"must be at least {field.minimum:g}")
        if field.maximum is not None and value > field.maximum:
            raise Broken(path, f"must be at most {field.maximum:g}")


def check_known(keys: Iterable[object], known: Collection[object], path: str, allowed: str) -> None:
    """Every key is one of `known`; `allowed` says which, in the caller's naming."""
    for key in keys:
        if key not in known:
            raise Broken(join(path, key), f"unknown key; allowed keys: {allowed}")


def check_required(fields: Iterable[Field], present: Collection[str], path: str, name: Mapping[str, str]) -> None:
    """Every required field's wire name is `present`; a missing one is named as the caller names it (`name`,
    by wire name)."""
    for field in fields:
        if field.required and field.wire not in present:
            raise Broken(join(path, name.get(field.wire, field.wire)), "missing required key", missing=True)


def check_one_of(
    groups: tuple[tuple[str, ...], ...], present: Collection[str], path: str, name: Mapping[str, str]
) -> None:
    """Exactly one of the groups of wire names is sent in full (the spec's `oneOf` of `required` groups)."""
    if not groups:
        return
    sent = [group for group in groups if all(key in present for key in group)]
    if len(sent) != 1:
        options = " or ".join(" + ".join(name.get(key, key) for key in group) for group in groups)
        raise Broken(path, f"send exactly one of {options}; got {'none of them' if not sent else 'more than one'}")
