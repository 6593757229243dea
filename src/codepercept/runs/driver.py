"""The driver loop every run shares: results from an engine -> admit (dedup) -> sink.

It stops when the sink holds ``target`` accepted records or the plan runs out, commits at
least every ``checkpoint_s`` seconds (so a kill loses little), shows a progress bar of accepted
records and says how long start-up took, so throughput figures can leave it out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, replace
from typing import Any

from codepercept.runs.engines import Engine
from codepercept.runs.types import Outcome, Plan, Sink

__all__ = ["DriveStats", "dedup_admitter", "drive"]


@dataclass(frozen=True, slots=True)
class DriveStats:
    """What one drive did (counts of this run only)."""

    seen: int  # results handed to the sink
    elapsed_s: float
    first_result_s: float  # start-up: until the first ``warm_after`` results came back
    warm_accepted: int  # accepted within those (left out of the steady rate)


def drive(
    engine: Engine,
    plan: Plan,
    sink: Sink,
    *,
    target: int,
    admit: Callable[[Any], Any] | None = None,
    progress: bool = True,
    desc: str = "run",
    checkpoint_s: float = 30.0,
    warm_after: int = 4,
    started: float | None = None,
) -> DriveStats:
    """Feed ``engine``'s results for ``plan`` into ``sink`` until it holds ``target`` accepted.

    ``admit`` has the last word on a record before it is stored (the deduper turns an accepted
    duplicate into a DEDUPED one). Records need ``id`` and ``outcome`` attributes. ``started``
    (a ``perf_counter`` value) moves the clock's zero back to include the caller's set-up.
    """
    from tqdm import tqdm

    started = time.perf_counter() if started is None else started
    resumed_from = sink.accepted
    first_result: float | None = None
    warm_accepted = seen = 0
    bar = tqdm(
        total=target,
        initial=min(resumed_from, target),
        unit="item",
        desc=desc,
        disable=not progress,
        dynamic_ncols=True,
    )
    last_commit = time.monotonic()
    try:
        if sink.accepted < target and (plan.stop is None or plan.stop > plan.start):
            with closing(engine.results(plan, sink.is_done)) as results:  # type: ignore[arg-type]
                for res in results:
                    rec = res.record
                    if sink.is_done(rec.id):
                        continue  # an engine that cannot skip done items computed it again
                    if admit is not None and rec.outcome is Outcome.ACCEPTED:
                        rec = admit(rec)
                    sink.add(rec)
                    seen += 1
                    if first_result is None and seen >= warm_after:
                        first_result = time.perf_counter()
                        warm_accepted = sink.accepted - resumed_from
                    if rec.outcome is Outcome.ACCEPTED:
                        bar.update(1)
                    bar.set_postfix(
                        tried=sink.attempted,
                        ok=f"{sink.accepted / max(1, sink.attempted):.0%}",
                        refresh=False,
                    )
                    if sink.accepted >= target:
                        break
                    if time.monotonic() - last_commit > checkpoint_s:
                        sink.commit()
                        last_commit = time.monotonic()
    finally:
        bar.close()
        sink.commit()
    return DriveStats(
        seen=seen,
        elapsed_s=time.perf_counter() - started,
        first_result_s=(first_result or started) - started,
        warm_accepted=warm_accepted,
    )


def dedup_admitter(deduper: Any) -> Callable[[Any], Any]:
    """An ``admit`` hook that marks accepted duplicates DEDUPED (reason ``dedup:<kind>``).

    ``deduper`` has ``check_and_add(keys) -> hit | None`` (e.g.
    :class:`codepercept.synth.gates.Deduper`); records are dataclasses with ``keys``,
    ``outcome`` and ``reasons`` fields.
    """

    def admit(rec: Any) -> Any:
        hit = deduper.check_and_add(rec.keys)
        if hit is None:
            return rec
        return replace(rec, outcome=Outcome.DEDUPED, reasons=(f"dedup:{hit.key}",))

    return admit
