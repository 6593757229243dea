"""Thin typer commands: parse arguments, call the library, print one clear line on error.

``app`` is the typer application (the console entry point is ``main`` in
:mod:`codepercept.cli.main`, loaded on first use).
"""

import importlib

__all__ = ["app"]


def __getattr__(name: str):
    if name in __all__:
        return getattr(importlib.import_module("codepercept.cli.main"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
