"""The local engine: K worker processes on this machine, each with its own processor.

Batches of work items go to a process pool (spawned, so no lock or thread of the driver is
inherited); results come back in plan order, with at most ``2 * workers`` batches in flight so
the workers never wait on the driver and a stop wastes little work.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.util
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from codepercept.errors import ConfigError
from codepercept.runs.types import Plan, Processor, ProcessorFactory, WorkResult

__all__ = ["LocalEngine"]

_PROCESSOR: Processor | None = None
_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """End this worker when the driver dies, even by SIGKILL (its render workers follow on EOF)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the driver died before prctl took effect
        os._exit(1)

    def watch() -> None:  # other platforms, and belt and braces on Linux
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="codepercept-parent-watch").start()


def _init_worker(factory: ProcessorFactory, parent: int) -> None:
    global _PROCESSOR
    _die_with_parent(parent)
    _PROCESSOR = factory()
    # multiprocessing runs these finalizers when the worker exits, so render workers stop too
    multiprocessing.util.Finalize(None, _PROCESSOR.close, exitpriority=10)


def _process(items: list[Any]) -> list[WorkResult]:
    assert _PROCESSOR is not None, "worker was not initialised"
    return _PROCESSOR.process(items)


class LocalEngine:
    """Maps work items to results in order on ``workers`` local processes."""

    name = "local"

    def __init__(self, factory: ProcessorFactory, workers: int, batch_size: int = 4) -> None:
        if workers < 1 or batch_size < 1:
            raise ConfigError(f"workers and batch_size must be >= 1, got {workers}, {batch_size}")
        self.factory = factory
        self.workers = workers
        self.batch_size = batch_size

    def results(
        self, spec: Plan, skip: Callable[[str], bool] | None = None
    ) -> Iterator[WorkResult]:
        """Yield one result per plan item (except ``skip``ped ids), in plan order; closing the
        iterator stops the workers."""
        stop = spec.stop if spec.stop is not None else sys.maxsize
        items = (spec.item(i) for i in range(spec.start, stop))
        if skip is not None:
            items = (it for it in items if not skip(it.id))
        ctx = multiprocessing.get_context("spawn")
        ex = ProcessPoolExecutor(
            self.workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(self.factory, os.getpid()),
        )
        inflight: deque[Future] = deque()

        def fill() -> None:
            while len(inflight) < 2 * self.workers:
                batch = list(islice(items, self.batch_size))
                if not batch:
                    return
                inflight.append(ex.submit(_process, batch))

        try:
            fill()
            while inflight:
                batch_results = inflight.popleft().result()
                fill()
                yield from batch_results
        finally:
            for f in inflight:
                f.cancel()
            ex.shutdown(wait=True, cancel_futures=True)
