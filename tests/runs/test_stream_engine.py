"""The shared async loop (fan_out, FailureStreak) and the stream engine built on it."""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass

import pytest

from codepercept.errors import EndpointError
from codepercept.runs import ListPlan, Outcome, WorkResult, make_engine
from codepercept.runs.fanout import FailureStreak, fan_out


@dataclass(frozen=True, slots=True)
class Item:
    index: int

    @property
    def id(self) -> str:
        return f"i{self.index}"


@dataclass(frozen=True, slots=True)
class Rec:
    id: str
    outcome: Outcome = Outcome.ACCEPTED


class SlowProcessor:
    """Async items with random delays (item 3 the slowest); counts concurrency."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.running = self.peak = 0
        self.fail_at = fail_at
        self.closed = False

    async def aprocess(self, item: Item) -> WorkResult:
        self.running += 1
        self.peak = max(self.peak, self.running)
        await asyncio.sleep(0.2 if item.index == 3 else random.uniform(0, 0.02))
        self.running -= 1
        if item.index == self.fail_at:
            raise RuntimeError("processor bug")
        return WorkResult(item.index, Rec(item.id))

    async def aclose(self) -> None:
        self.closed = True


class BatchProcessor:
    def process(self, items):
        return [WorkResult(it.index, Rec(it.id)) for it in items]

    def close(self) -> None:
        pass


def plan(n: int) -> ListPlan:
    return ListPlan(tuple(Item(i) for i in range(n)))


def test_stream_engine_yields_in_plan_order_with_a_bounded_window():
    procs: list[SlowProcessor] = []

    def factory():
        procs.append(SlowProcessor())
        return procs[-1]

    engine = make_engine("stream", factory, 4)
    got = [r.index for r in engine.results(plan(30), skip=lambda id_: id_ == "i5")]
    assert got == [i for i in range(30) if i != 5]
    assert procs[0].peak == 4 and procs[0].closed


def test_stream_engine_runs_batch_processors_and_stops_early():
    engine = make_engine("stream", BatchProcessor, 2, batch_size=3)
    assert [r.index for r in engine.results(plan(7))] == list(range(7))
    results = engine.results(plan(1000))
    first = [next(results).index for _ in range(3)]
    results.close()  # stops the engine thread
    assert first == [0, 1, 2]


def test_stream_engine_reraises_a_processor_error():
    engine = make_engine("stream", lambda: SlowProcessor(fail_at=2), 3)
    with pytest.raises(RuntimeError, match="processor bug"):
        list(engine.results(plan(10)))


def test_fan_out_keeps_input_order_and_limits_concurrency():
    running = peak = 0
    seen: list[int] = []

    async def work(i: int) -> int:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01 * (i % 3))
        running -= 1
        return i * i

    out = asyncio.run(
        fan_out(iter(range(12)), work, concurrency=3, on_result=lambda i, r: seen.append(i))
    )
    assert out == [i * i for i in range(12)] and peak == 3 and sorted(seen) == list(range(12))


def test_fan_out_propagates_and_cancels():
    started: list[int] = []

    async def work(i: int) -> int:
        started.append(i)
        if i == 1:
            raise ValueError("boom")
        await asyncio.sleep(10)
        return i

    with pytest.raises(ValueError, match="boom"):
        asyncio.run(asyncio.wait_for(fan_out(range(100), work, concurrency=4), 5))
    assert len(started) == 4


def test_failure_streak():
    streak = FailureStreak(3, "requests")
    for why in ("HTTP 500", "HTTP 500", None, "HTTP 500", "HTTP 502"):
        streak.see(why)
    with pytest.raises(EndpointError, match="3 requests in a row failed \\(last: timeout\\)"):
        streak.see("timeout")
    FailureStreak(None).see("never stops")
