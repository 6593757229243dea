"""The execution tracer: what a rendered matplotlib figure drew, as a JSON-safe :class:`Trace`.

The trace records (:mod:`codepercept.trace.schema`) are plain data and import no matplotlib,
so scorers, gates and readers of stored traces stay light; :func:`trace_figure`, which walks
a live figure, loads matplotlib on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from codepercept.trace.schema import (
    MAX_POINTS,
    SCHEMA_VERSION,
    AxesInfo,
    Element,
    ElementKind,
    Role,
    Trace,
)

if TYPE_CHECKING:
    from codepercept.trace.tracer import trace_figure


def __getattr__(name: str) -> Any:
    if name == "trace_figure":
        from codepercept.trace.tracer import trace_figure

        return trace_figure
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MAX_POINTS",
    "SCHEMA_VERSION",
    "AxesInfo",
    "Element",
    "ElementKind",
    "Role",
    "Trace",
    "trace_figure",
]
