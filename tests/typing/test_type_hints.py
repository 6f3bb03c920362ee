"""typing.get_type_hints() and inspect.signature(eval_str=True) work on the public surface: both clients and their
constructors, every resource method of both clients, the models, the webhooks and the testing kit.

Annotations name only what exists at run time, without importing more at `import coldmailreseller`: models
through the lazy models index (`_models.User`), TypedDicts, typed results and resource modules through a
`LazyModule`, the webhook events through references evaluated in their own module."""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
import subprocess
import sys
import types
import typing
from collections.abc import Callable, Iterator

import coldmailreseller
import coldmailreseller.models
import coldmailreseller.testing
import coldmailreseller.webhooks
from coldmailreseller import AsyncColdMailReseller, ColdMailReseller
from coldmailreseller_generated.resources import AsyncResources, SyncResources


def _resolve(obj: object) -> None:
    """Both calls the issue names; a class is also checked through its constructor."""
    typing.get_type_hints(obj)
    if callable(obj):
        # Builtins have no signature to evaluate (an enum's or an exception's inherited __init__).
        with contextlib.suppress(ValueError):
            inspect.signature(obj, eval_str=True)


def _alias(obj: object) -> bool:
    """A type alias (Event): checked as the annotation of a class attribute, which evaluates its references."""
    return not isinstance(obj, type) and (typing.get_origin(obj) is not None or isinstance(obj, typing.ForwardRef))


def _members(cls: type) -> Iterator[tuple[str, Callable[..., object]]]:
    """The public methods of a class (inherited ones too, but not object's or Exception's), its constructor, and
    the getters of its properties."""
    for name in dir(cls):
        if name.startswith("_") and name != "__init__":
            continue
        try:
            attr = inspect.getattr_static(cls, name)
        except AttributeError:
            continue
        if isinstance(attr, staticmethod | classmethod):
            attr = attr.__func__
        elif isinstance(attr, property):
            attr = attr.fget
        elif isinstance(attr, functools.cached_property):
            attr = attr.func
        if not inspect.isfunction(attr) or attr.__module__ in ("builtins", "enum", "typing"):
            continue
        if name == "__init__" and not attr.__module__.startswith("coldmailreseller"):
            continue
        yield f"{cls.__name__}.{name}", attr


def surface() -> Iterator[tuple[str, object]]:
    seen: set[int] = set()
    for module in (coldmailreseller, coldmailreseller.models, coldmailreseller.webhooks, coldmailreseller.testing):
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, types.ModuleType) or not (callable(obj) or _alias(obj)):
                continue
            yield f"{module.__name__}.{name}", obj
            if isinstance(obj, type) and id(obj) not in seen:
                seen.add(id(obj))
                for member, method in _members(obj):
                    yield f"{module.__name__}.{member}", method
    for client, resources in ((ColdMailReseller, SyncResources), (AsyncColdMailReseller, AsyncResources)):
        yield f"{client.__name__}.__init__", client.__init__
        instance = client(api_key="k", rate_limit=None)
        for name, attr in vars(resources).items():
            if isinstance(attr, functools.cached_property):
                resource = getattr(instance, name)
                yield f"{client.__name__}.{name}", type(resource)
                for member, method in _members(type(resource)):
                    yield f"{client.__name__}.{name}.{member.partition('.')[2]}", method


def _failures() -> tuple[int, dict[str, str]]:
    resolved, failed = 0, {}
    for name, obj in surface():
        try:
            if _alias(obj):
                typing.get_type_hints(type("Holder", (), {"__annotations__": {"value": obj}}))
            else:
                _resolve(obj)
        except Exception as exc:
            failed[name] = f"{type(exc).__name__}: {exc}"
        else:
            resolved += 1
    return resolved, failed


def test_the_public_surface_resolves() -> None:
    resolved, failed = _failures()
    assert failed == {}
    print(f"{resolved} public callables, classes and aliases resolved")
    assert resolved >= 1000


def test_evaluating_a_method_imports_only_the_models_it_names() -> None:
    code = (
        "import sys, typing\n"
        "from coldmailreseller import ColdMailReseller\n"
        "models = lambda: sorted(m for m in sys.modules if m.startswith('coldmailreseller_generated.models.'))\n"
        "cmr = ColdMailReseller(api_key='k')\n"
        "assert models() == [], models()\n"
        "hints = typing.get_type_hints(cmr.users.get)\n"
        "assert hints['return'].__name__ == 'User', hints\n"
        "assert models() == ['coldmailreseller_generated.models.user'], models()\n"
        "assert 'coldmailreseller_generated.params' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
