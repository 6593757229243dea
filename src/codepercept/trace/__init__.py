"""The execution tracer: what a rendered matplotlib figure drew, as a JSON-safe :class:`Trace`."""

from codepercept.trace.schema import (
    MAX_POINTS,
    SCHEMA_VERSION,
    AxesInfo,
    Element,
    ElementKind,
    Role,
    Trace,
)
from codepercept.trace.tracer import trace_figure

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
