"""The fast path of reading a success: the envelope and its `data` decoded in one pass by msgspec into Structs built
from the models' layouts (each generated model's `_wire()`), then turned into the same attrs models.

It decides only what it can decide exactly as the parser would (`_json.loads`, then the models' `from_dict`):
- the Structs refuse any field the spec does not declare, any enum value it does not list, any JSON type it does not
  declare, any missing required field, a null where none is allowed, a date the standard library does not parse,
  and whatever JSON msgspec refuses (every body the standard library refuses, and a few it accepts: lone
  surrogates). On every one of those, and on an envelope that reports an error or lacks a required `data`, `data()`
  returns None: the parser then reads the same bytes and produces the answer, the error (with its JSON pointer) and
  the drift records, as it always did. This path reports nothing itself, so nothing is reported twice.
- Values are kept as the parser keeps them: integers stay integers where the spec says number, date-times are read
  by `datetime.fromisoformat` from the string (msgspec's own date parser rounds past microseconds and takes a
  lowercase `t`), enums become their members, fields left out are `UNSET`, nulls stay None.

tests/reliability/test_decode_differential.py decodes the spec's examples, the fuzz strategies and the hostile bodies
both ways and asserts equal models, errors and drift records.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable
from functools import reduce
from typing import Any, Literal

import msgspec
from attrs import Factory
from msgspec.structs import astuple

from ._modelkit import UNSET
from ._records import Data, Operation

Convert = Callable[[Any], Any]
# What the Structs and conversions raise on a body the parser must decide (ValueError: fromisoformat).
_UNDECIDED = (msgspec.MsgspecError, RecursionError, ValueError, MemoryError)
_SIMPLE: dict[str, Any] = {"any": Any, "str": str, "int": int, "number": int | float, "bool": bool, "null": None}
# The class of a field's `factory=` (attrs' stubs declare `Factory` a function that returns the default's type).
_FACTORY: Any = type(Factory(dict))
# Factories whose call a literal makes faster, the same fresh empty object.
_LITERALS: dict[Any, str] = {dict: "{}", list: "[]"}
_DATES: dict[str, Convert] = {"datetime": datetime.datetime.fromisoformat, "date": datetime.date.fromisoformat}


class Unsupported(Exception):
    """A layout msgspec cannot read exactly as the parser does: such answers always go to the parser."""


class _Reader:
    """One operation's decoder: the envelope Struct, where status/message/data sit in it, and the data's conversion."""

    __slots__ = ("convert", "decode", "has_data", "kind", "slots")

    def __init__(self, op: Operation[Any]) -> None:
        keys = sorted(op.envelope_keys)
        if not keys:
            raise Unsupported("the spec declares no envelope keys")  # unknown keys could not be told from drift
        data_type, self.convert = _data_layout(op.data)
        fields = [
            (f"f{i}", data_type if key == "data" else Any, msgspec.field(default=UNSET, name=key))
            for i, key in enumerate(keys)
        ]
        struct = msgspec.defstruct("Envelope", fields, kw_only=True, forbid_unknown_fields=True, gc=False)
        self.decode = msgspec.json.Decoder(struct).decode
        self.slots = tuple(keys.index(key) if key in keys else -1 for key in ("status", "message", "data"))
        self.kind = op.data.kind
        self.has_data = op.has_data


_READERS: dict[int, tuple[Operation[Any], _Reader | None]] = {}
_MODELS: dict[type, _Model] = {}


def data(op: Operation[Any], content: bytes) -> tuple[Any] | None:
    """The typed `data` of a success envelope in `content` (in a 1-tuple), or None when the parser must decide."""
    found = _READERS.get(id(op))
    if found is None or found[0] is not op:
        try:
            reader: _Reader | None = _Reader(op)
        except (Unsupported, TypeError):  # TypeError: a layout msgspec refuses (an ambiguous union)
            reader = None
        found = _READERS[id(op)] = (op, reader)  # the operation is kept: its id cannot be reused
    reader = found[1]
    if reader is None:
        return None
    try:
        values = astuple(reader.decode(content))
    except _UNDECIDED:
        return None
    status_at, message_at, data_at = reader.slots
    status = values[status_at] if status_at >= 0 else UNSET
    value = values[data_at] if data_at >= 0 else UNSET
    if status is UNSET and value is UNSET and (message_at < 0 or values[message_at] is UNSET):
        return None  # not an envelope
    if type(status) is int and status >= 400:
        return None  # an envelope that reports an error
    if value is UNSET or value is None:
        if reader.has_data:
            return None
        return (None,)
    if reader.kind == "none":
        return (None,)
    if reader.convert is None:
        return (value,)
    try:
        return (reader.convert(value),)
    except ValueError:
        return None


def _data_layout(data: Data) -> tuple[Any, Convert | None]:
    if data.kind in ("none", "any"):
        return Any, None
    assert data.ref is not None
    model = _model(data.ref.get())
    if data.kind == "model":
        return model.struct | None, model.convert
    return list[model.struct] | None, model.convert_list  # type: ignore[name-defined]


class _Model:
    """How msgspec reads one model: its Struct, and the conversion of a decoded Struct (and of a list of them) into
    the model, compiled as attrs compiles its __init__: the constructor call written out, one Python frame per
    object, conversions only where a field needs one (dates, nested models)."""

    __slots__ = ("convert", "convert_list", "struct")

    def __init__(self, struct: Any, convert: Convert, convert_list: Convert) -> None:
        self.struct = struct
        self.convert = convert
        self.convert_list = convert_list


def _model(cls: type) -> _Model:
    found = _MODELS.get(cls)
    if found is None:
        found = _MODELS[cls] = _build_model(cls)
    return found


def _build_model(cls: Any) -> _Model:
    fields, extras = cls._wire()
    if extras not in ("keep", "drop"):  # a map: no declared fields, values of one type
        if fields:
            raise Unsupported(f"{cls.__name__}: declared fields beside typed additional properties")
        value_type, convert_value = _type(extras)
        build = _map(cls, convert_value)
        return _Model(dict[str, value_type], build, lambda items: [build(item) for item in items])  # type: ignore[valid-type]
    struct_fields = []
    scope: dict[str, Any] = {"cls": cls, "U": UNSET, "astuple": astuple, "new": object.__new__}
    args = []
    converted = False
    for i, (_attr, wire, spec, required) in enumerate(fields):
        wire_type, convert = _type(spec)
        field = msgspec.field(name=wire) if required else msgspec.field(default=UNSET, name=wire)
        struct_fields.append((f"f{i}", wire_type, field))
        if convert is None:
            args.append(f"s.f{i}")
        else:
            converted = True
            scope[f"c{i}"] = convert
            args.append(f"c{i}(s.f{i})" if required else f"U if (v{i} := s.f{i}) is U else c{i}(v{i})")
    # Unknown fields are refused, also where the parser drops them ("drop"): msgspec skips them without the checks
    # the parser's JSON decoding applies. gc=False: a Struct holds no cycle, and lives only until converted.
    struct = msgspec.defstruct(cls.__name__, struct_fields, kw_only=True, forbid_unknown_fields=True, gc=False)
    body = _assignments(cls, [attr for attr, *_ in fields], args, scope)
    if body is None:  # not a plain attrs class: its __init__ builds it
        call = f"cls({', '.join(args)})" if converted else "cls(*astuple(s))"
        source = f"def convert(s):\n    return {call}\n\ndef convert_list(items):\n    return [{call} for s in items]\n"
    else:
        one = "".join(f"\n    {line}" for line in body)
        each = "".join(f"\n        {line}" for line in body)
        local = ", ".join(f"{name}={name}" for name in scope)  # read in the loop as locals, not globals
        source = (
            f"def convert(s):{one}\n    return o\n\n"
            f"def convert_list(items, *, {local}):\n    out = []\n    add = out.append\n    for s in items:{each}\n"
            "        add(o)\n    return out\n"
        )
    exec(source, scope)
    return _Model(struct, scope["convert"], scope["convert_list"])


def _assignments(cls: Any, attrs: list[str], values: list[str], scope: dict[str, Any]) -> list[str] | None:
    """The statements that build `cls` as its attrs `__init__` would, without calling it (a Python frame and the
    argument passing cost more than half of building a model): `o = new(cls)`, then every attribute in the order
    `__init__` sets them, the ones it takes from `values`, the others from their default or factory. None where
    that would not be exactly what `__init__` does: a class that is not plain attrs (validators, converters, a
    post-init hook, an own __setattr__), or whose arguments are not `attrs` in order."""
    fields = getattr(cls, "__attrs_attrs__", None)
    if fields is None or hasattr(cls, "__attrs_post_init__") or hasattr(cls, "__attrs_pre_init__"):
        return None
    init = getattr(cls.__init__, "__code__", None)
    if init is None or not init.co_filename.startswith("<attrs generated") or cls.__setattr__ is not object.__setattr__:
        return None  # an __init__ of its own, or hooks on setting an attribute
    if [field.name for field in fields if field.init] != attrs:
        return None
    lines = ["o = new(cls)"]
    given = iter(values)
    for i, field in enumerate(fields):
        if field.validator is not None or field.converter is not None:
            return None
        if field.init:
            lines.append(f"o.{field.name} = {next(given)}")
        elif isinstance(field.default, _FACTORY):
            factory: Any = field.default
            if factory.takes_self:
                return None
            scope[f"k{i}"] = factory.factory
            lines.append(f"o.{field.name} = {_LITERALS.get(factory.factory, f'k{i}()')}")
        else:
            scope[f"d{i}"] = field.default
            lines.append(f"o.{field.name} = {'None' if field.default is None else f'd{i}'}")
    return lines


def _map(cls: Any, convert: Convert | None) -> Convert:
    def build(value: dict[str, Any]) -> Any:
        model = cls()
        model.additional_properties = value if convert is None else {k: convert(v) for k, v in value.items()}
        return model

    return build


def _type(spec: Any) -> tuple[Any, Convert | None]:
    """The msgspec type of a `_wire()` layout, and the conversion of its decoded value (None: kept as decoded)."""
    if isinstance(spec, str):
        if spec in _SIMPLE:
            return _SIMPLE[spec], None
        if spec in _DATES:
            return str, _DATES[spec]
        raise Unsupported(spec)
    kind, arg = spec
    if kind == "const":
        return Literal[arg], None
    if kind == "enum":
        return arg, None
    if kind == "model":
        model = _model(arg)
        return model.struct, model.convert
    if kind == "list":
        if isinstance(arg, tuple) and arg[0] == "model":
            model = _model(arg[1])
            return list[model.struct], model.convert_list  # type: ignore[name-defined]
        item_type, convert = _type(arg)
        if convert is None:
            return list[item_type], None  # type: ignore[valid-type]
        return list[item_type], lambda items: [convert(item) for item in items]  # type: ignore[valid-type]
    if kind == "union":
        options = [_type(option) for option in arg]
        converted = [option for option in options if option[1] is not None]
        if not converted:
            return reduce(operator.or_, [option_type for option_type, _ in options]), None
        if len(options) == 2 and "null" in arg and len(converted) == 1:  # a nullable date, model or list
            option_type, convert = converted[0]
            return option_type | None, _nullable(convert)
    raise Unsupported(repr(spec))


def _nullable(convert: Convert | None) -> Convert:
    assert convert is not None
    return lambda value: None if value is None else convert(value)
