"""Python names for spec names, exactly as openapi-python-client derives them."""

from __future__ import annotations

from openapi_python_client.strings import ClassName, PythonIdentifier

PREFIX = "field_"


def class_name(schema_name: str) -> str:
    return str(ClassName(schema_name, PREFIX))


def module_name(schema_name: str) -> str:
    return str(PythonIdentifier(class_name(schema_name), PREFIX))


def attr_name(wire: str) -> str:
    return str(PythonIdentifier(wire, PREFIX))


def inline_class_name(owner_class: str, prop: str) -> str:
    """The class openapi-python-client makes for an inline object schema under `owner_class.prop`."""
    return class_name(f"{owner_class}_{prop}")
