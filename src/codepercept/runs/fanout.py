"""The one async worker loop: fan items out over ``concurrency`` tasks, hand each result on.

Evaluation runs, the perception pipeline, the model-in-the-loop pipelines and the stream
engine all call model endpoints for many items at once; they share this loop instead of each
keeping a queue and a set of workers. ``work`` does one item; ``on_result`` stores it (a log
line, a progress bar) as soon as it is done; an exception in either ends the fan-out, cancels
the other workers and propagates.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

from codepercept.errors import EndpointError

__all__ = ["FailureStreak", "fan_out"]

T = TypeVar("T")
R = TypeVar("R")


async def fan_out(
    items: Iterable[T],
    work: Callable[[T], Awaitable[R]],
    *,
    concurrency: int,
    on_result: Callable[[T, R], object] | None = None,
) -> list[R]:
    """Run ``work`` on every item with at most ``concurrency`` running; results in input order.

    Items are drawn lazily from ``items`` (a generator is fine), so a long plan is never held
    in memory; ``on_result(item, result)`` runs in completion order.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency}")
    source = enumerate(items)
    results: dict[int, R] = {}

    async def worker() -> None:
        for i, item in source:  # shared iterator: each item goes to exactly one worker
            result = await work(item)
            results[i] = result
            if on_result is not None:
                on_result(item, result)

    tasks = [asyncio.create_task(worker()) for _ in range(concurrency)]
    try:
        await asyncio.gather(*tasks)
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return [results[i] for i in sorted(results)]


class FailureStreak:
    """Ends a run when ``limit`` items in a row failed on the endpoint (it is down, not flaky).

    >>> streak = FailureStreak(2)
    >>> streak.see("HTTP 500")
    >>> streak.see(None)  # a success resets the count
    >>> streak.see("HTTP 500")
    """

    def __init__(self, limit: int | None, what: str = "items") -> None:
        self.limit = limit
        self.what = what
        self.count = 0

    def see(self, failure: str | None) -> None:
        """Count one item: ``failure`` is why it failed on the endpoint, None when it did not."""
        if failure is None:
            self.count = 0
            return
        self.count += 1
        if self.limit is not None and self.count >= self.limit:
            raise EndpointError(
                f"{self.count} {self.what} in a row failed (last: {failure}); fix the endpoint "
                "and rerun with --resume"
            )
