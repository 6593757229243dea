"""Engines map a processor over a plan and yield results in plan order.

``local`` runs K spawned processes on this machine; ``ray`` runs K actors on a Ray cluster
through Ray Data (Ray is imported only when it is chosen); ``stream`` runs one processor in
this process with ``workers`` items in flight on an event loop (for model-bound work). All
give the same results in the same order, so an output depends on the plan and the settings,
never on the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Any, Protocol

from codepercept.registry import Registry
from codepercept.runs.types import Plan, ProcessorFactory, WorkResult

__all__ = ["ENGINES", "Engine", "EngineKind", "make_engine"]


class EngineKind(StrEnum):
    LOCAL = "local"
    RAY = "ray"
    STREAM = "stream"


class Engine(Protocol):
    name: str

    def results(
        self, spec: Plan, skip: Callable[[str], bool] | None = None
    ) -> Iterator[WorkResult]: ...


def _local(factory: ProcessorFactory, workers: int, batch_size: int, **_: Any) -> Engine:
    from codepercept.runs.engines.local import LocalEngine

    return LocalEngine(factory, workers, batch_size)


def _ray(
    factory: ProcessorFactory,
    workers: int,
    batch_size: int,
    *,
    address: str | None = None,
    **_: Any,
) -> Engine:
    from codepercept.runs.engines.ray import RayEngine

    return RayEngine(factory, workers, batch_size, address=address)


def _stream(factory: ProcessorFactory, workers: int, batch_size: int, **_: Any) -> Engine:
    from codepercept.runs.engines.stream import StreamEngine

    return StreamEngine(factory, workers, batch_size)


#: Engine builders by name: ``(factory, workers, batch_size, **options) -> Engine``.
ENGINES: Registry[Callable[..., Engine]] = Registry("engine")
ENGINES.register(EngineKind.LOCAL.value, _local)
ENGINES.register(EngineKind.RAY.value, _ray)
ENGINES.register(EngineKind.STREAM.value, _stream)


def make_engine(
    kind: str, factory: ProcessorFactory, workers: int, batch_size: int = 4, **options: Any
) -> Engine:
    """The engine named ``kind`` (``local`` or ``ray``; ``options`` e.g. ``address=``)."""
    return ENGINES[str(kind)](factory, workers, batch_size, **options)
