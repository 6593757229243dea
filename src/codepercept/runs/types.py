"""The contracts of a run: items, plans, processors, results and sinks.

A run is ``plan -> items -> processor -> records -> sink``. A :class:`Plan` names its items by
index (so a slice of it travels to a worker as a few numbers, not a list); a
:class:`Processor` turns a batch of items into one record each; an engine maps processors over
a plan on local processes or a Ray cluster and yields results in plan order; the driver
(:func:`codepercept.runs.drive`) hands them to a :class:`Sink` that makes the run resumable.
Template synthesis is one processor; the model-in-the-loop pipelines add others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

__all__ = [
    "Item",
    "Outcome",
    "Plan",
    "Processor",
    "ProcessorFactory",
    "Sink",
    "WorkResult",
]


class Outcome(StrEnum):
    """What became of one attempted item."""

    ACCEPTED = "accepted"  # passed every gate and dedup: a row of the output
    REJECTED = "rejected"  # produced, but a quality gate failed
    DEDUPED = "deduped"  # passed the gates, but duplicates an accepted item
    FAILED = "failed"  # could not be produced: a bug, a render failure, an endpoint error


@runtime_checkable
class Item(Protocol):
    """One unit of work: its place in the plan and a stable id (what resume looks up)."""

    @property
    def index(self) -> int: ...

    @property
    def id(self) -> str: ...


class Plan(Protocol):
    """Items ``start .. stop-1`` of a deterministic sequence; picklable."""

    start: int
    stop: int | None  # None: unbounded (local engine only)

    def item(self, i: int) -> Item: ...


class Processor(Protocol):
    """Turns a batch of items into results, one per item, in input order; owns its resources
    (a render pool, an HTTP client) until :meth:`close`, which must be safe to call twice
    (the stream engine calls it after ``aclose`` too, so an interrupted close leaks nothing)."""

    def process(self, items: list[Any]) -> list[WorkResult]: ...

    def close(self) -> None: ...


#: Builds a processor inside a worker process or a Ray actor; must be picklable (a top-level
#: class or a ``functools.partial`` of one with picklable settings).
ProcessorFactory = Callable[[], Processor]


@dataclass(frozen=True, slots=True)
class WorkResult:
    """What a processor made of one item; ``record`` is whatever its sink stores."""

    index: int
    record: Any
    timings: dict[str, float] = field(default_factory=dict)


class Sink(Protocol):
    """Where records go; it remembers what is done so a killed run resumes."""

    def is_done(self, id_: str) -> bool: ...

    def add(self, record: Any) -> Any: ...

    def commit(self) -> None: ...

    @property
    def accepted(self) -> int: ...

    @property
    def attempted(self) -> int: ...
