"""The one convention for settings objects: frozen dataclasses whose fields carry help and bounds.

Every config class (``ScoreConfig``, ``GateConfig``, ``EvalConfig``, ``SynthConfig``, ...)
declares its fields with :func:`setting` and calls :func:`validate` from ``__post_init__``:

>>> from dataclasses import dataclass
>>> @dataclass(frozen=True)
... class PoolConfig:
...     workers: int = setting(2, "render processes", ge=1)
...     def __post_init__(self) -> None:
...         validate(self)
>>> PoolConfig(workers=0)
Traceback (most recent call last):
...
codepercept.errors.ConfigError: PoolConfig.workers must be >= 1, got 0 (render processes)

The CLI reads defaults and help texts from the same fields (:func:`field_help`,
:func:`field_default`), so no number is typed twice.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, Field, field, fields, is_dataclass
from typing import Any

from codepercept.errors import ConfigError

__all__ = ["ConfigError", "config_help", "field_default", "field_help", "setting", "validate"]


def setting(
    default: Any = MISSING,
    help: str = "",
    *,
    default_factory: Any = MISSING,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    lt: float | None = None,
    choices: tuple[Any, ...] | None = None,
    finite: bool = True,
    repr: bool = True,
) -> Any:
    """A dataclass field with a one-line help text and optional bounds checked by :func:`validate`.

    Bounds apply to numbers (``None`` values are allowed and skipped); ``choices`` to any value.
    """
    meta = {
        "help": help,
        "ge": ge,
        "gt": gt,
        "le": le,
        "lt": lt,
        "choices": choices,
        "finite": finite,
    }
    if default_factory is not MISSING:
        return field(default_factory=default_factory, metadata=meta, repr=repr)
    return field(default=default, metadata=meta, repr=repr)


def _fail(obj: Any, f: Field, v: Any, rule: str) -> ConfigError:
    helptext = f.metadata.get("help", "")
    tail = f" ({helptext})" if helptext else ""
    return ConfigError(f"{type(obj).__name__}.{f.name} must be {rule}, got {v!r}{tail}")


def validate(obj: Any) -> None:
    """Check every field of a config dataclass against the bounds its :func:`setting` declared;
    raise :class:`ConfigError` naming the first field out of range."""
    for f in fields(obj):
        v = getattr(obj, f.name)
        m = f.metadata
        if v is None or not m:
            continue
        choices = m.get("choices")
        if choices is not None and v not in choices:
            raise _fail(obj, f, v, "one of " + ", ".join(map(str, choices)))
        if isinstance(v, bool) or not isinstance(v, int | float):
            continue
        if m.get("finite", True) and not math.isfinite(v):
            raise _fail(obj, f, v, "a finite number")
        for key, ok, word in (
            ("ge", lambda a, b: a >= b, ">="),
            ("gt", lambda a, b: a > b, ">"),
            ("le", lambda a, b: a <= b, "<="),
            ("lt", lambda a, b: a < b, "<"),
        ):
            bound = m.get(key)
            if bound is not None and not ok(v, bound):
                raise _fail(obj, f, v, f"{word} {bound}")


def _field(cls: type, name: str) -> Field:
    if not is_dataclass(cls):
        raise TypeError(f"{cls!r} is not a config dataclass")
    for f in fields(cls):
        if f.name == name:
            return f
    raise KeyError(f"{cls.__name__} has no setting {name!r}")


def field_help(cls: type, name: str) -> str:
    """The help text of one setting (for ``--help``)."""
    return _field(cls, name).metadata.get("help", "")


def field_default(cls: type, name: str) -> Any:
    """The default value of one setting (a factory is called)."""
    f = _field(cls, name)
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    raise KeyError(f"{cls.__name__}.{name} has no default")


def config_help(cls: type) -> dict[str, str]:
    """Setting name -> one-line meaning, for docs and ``--help`` texts."""
    return {f.name: f.metadata.get("help", "") for f in fields(cls)}
