"""Lazy package exports: a package lists its public names and loads each on first use.

A package whose modules pull in numpy, scipy or pyarrow would make every importer (the CLI's
``--help`` included) pay for them; with this, ``import codepercept.score`` costs nothing until
a name is used.

>>> __getattr__, __all__ = lazy_exports(__name__, {"codepercept.score.api": ("score_pair",)})
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any


def lazy_exports(
    package: str, table: Mapping[str, Sequence[str]]
) -> tuple[Callable[[str], Any], list[str]]:
    """(module ``__getattr__``, ``__all__``) for ``package``: ``table`` maps a module to the
    names it defines; each name is imported on first access and cached on the package."""
    where = {name: module for module, names in table.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__, sorted(where)
