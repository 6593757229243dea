"""The stream engine: one processor in this process, many items in flight on an event loop.

For work that waits on model endpoints rather than on CPUs: the processor's
``async aprocess(item) -> WorkResult`` runs for up to ``window`` items at once (through
:func:`codepercept.runs.fanout.fan_out`) on an event loop in a background thread, and the
results are yielded in plan order. ``window`` also bounds what waits in the reorder buffer
behind a slow item, so memory stays flat however long the plan. A processor without
``aprocess`` is run batch by batch on the same thread (same results, no overlap).
"""

from __future__ import annotations

import asyncio
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

from codepercept.errors import ConfigError
from codepercept.runs.fanout import fan_out
from codepercept.runs.types import Plan, ProcessorFactory, WorkResult

__all__ = ["StreamEngine"]

_DONE = object()


def _release(state: dict[str, Any]) -> None:
    """Free one window slot on the engine's loop (gone already when every item has finished)."""
    try:
        state["loop"].call_soon_threadsafe(state["slots"].release)
    except RuntimeError:  # the loop is closed: nothing waits for a slot any more
        pass


class StreamEngine:
    """Maps work items to results in plan order with ``window`` items in flight."""

    name = "stream"

    def __init__(self, factory: ProcessorFactory, window: int, batch_size: int = 4) -> None:
        if window < 1 or batch_size < 1:
            raise ConfigError(f"window and batch_size must be >= 1, got {window}, {batch_size}")
        self.factory = factory
        self.window = window
        self.batch_size = batch_size

    def results(
        self, spec: Plan, skip: Callable[[str], bool] | None = None
    ) -> Iterator[WorkResult]:
        """Yield one result per plan item (except ``skip``ped ids), in plan order; closing the
        iterator cancels the items in flight and closes the processor."""
        stop = spec.stop if spec.stop is not None else sys.maxsize
        items = (spec.item(i) for i in range(spec.start, stop))
        if skip is not None:
            items = (it for it in items if not skip(it.id))
        out: queue.Queue[Any] = queue.Queue()
        ready = threading.Event()
        state: dict[str, Any] = {}
        thread = threading.Thread(
            target=self._serve, args=(items, out, ready, state), daemon=True, name="stream-engine"
        )
        thread.start()
        ready.wait()
        pending: dict[int, WorkResult] = {}
        order: list[int] = []  # indices in the order the items were started
        try:
            while True:
                got = out.get()
                if got is _DONE:
                    break
                if isinstance(got, BaseException):
                    raise got
                kind, value = got
                if kind == "start":
                    order.append(value)
                    continue
                pending[value.index] = value
                while order and order[0] in pending:
                    res = pending.pop(order.pop(0))
                    _release(state)
                    yield res
            while order and order[0] in pending:  # the tail, once everything has finished
                yield pending.pop(order.pop(0))
        finally:
            loop = state.get("loop")
            main = state.get("main")
            if loop is not None and main is not None and thread.is_alive():
                if not state.get("closing"):
                    loop.call_soon_threadsafe(main.cancel)
            thread.join()

    def _serve(
        self, items: Iterator[Any], out: queue.Queue, ready: threading.Event, state: dict
    ) -> None:
        """The background thread: build the processor, run the items, report each result."""

        async def main() -> None:
            slots = asyncio.Semaphore(self.window)
            state["loop"], state["slots"] = asyncio.get_running_loop(), slots
            processor = self.factory()
            ready.set()
            try:
                if hasattr(processor, "aprocess"):

                    def drawn(it: Any) -> Any:  # in draw order: the order results are yielded
                        out.put(("start", it.index))
                        return it

                    async def one(item: Any) -> WorkResult:
                        # straight after the draw, in draw order (the semaphore is FIFO), so
                        # the oldest unfinished item always holds a slot: no deadlock
                        await slots.acquire()  # released when its result is yielded
                        return await processor.aprocess(item)

                    await fan_out(
                        (drawn(it) for it in items),
                        one,
                        concurrency=self.window,
                        on_result=lambda _, r: out.put(("result", r)),
                    )
                else:
                    batch = [it for _, it in zip(range(self.batch_size), items, strict=False)]
                    while batch:
                        for it in batch:
                            out.put(("start", it.index))
                        for r in await asyncio.to_thread(processor.process, batch):
                            out.put(("result", r))
                        batch = [it for _, it in zip(range(self.batch_size), items, strict=False)]
            finally:
                state["closing"] = True  # the consumer must not cancel the close itself
                closer = getattr(processor, "aclose", None)
                try:
                    if closer is not None:
                        await closer()
                finally:
                    close = getattr(processor, "close", None)
                    if close is not None:  # also when the async close was cancelled
                        close()

        try:

            async def runner() -> None:
                state["main"] = asyncio.current_task()
                await main()

            asyncio.run(runner())
            out.put(_DONE)
        except asyncio.CancelledError:
            out.put(_DONE)
        except BaseException as e:  # noqa: BLE001 - handed to the consumer thread, re-raised there
            out.put(e)
        finally:
            ready.set()
