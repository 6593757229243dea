"""Where a pipeline run goes: the synth dataset store, plus which seeds are finished.

A seed yields one or more records (K variants); the dataset store keeps them exactly as the
template pipeline keeps its samples (accepted rows in ``data/``, every rejection with its
reasons in ``rejects/``). After each store commit, ``seeds.log`` gets one line per seed whose
records that commit made durable, with the per-step counts of its model calls: a seed in that
log is never requested again, and the manifest's ``pipeline.steps`` is their sum.

A seed that failed on an endpoint (after every retry) is logged as not finished and stores no
record, so ``--resume`` tries it again once the server is back.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from codepercept.io import AppendLog
from codepercept.pipelines.ledger import StepStats, sum_steps
from codepercept.pipelines.registry import PIPELINES
from codepercept.runs.types import Outcome
from codepercept.synth.store import DatasetStore, Record

__all__ = ["SEEDS_LOG", "PipelineStore", "SeedResult", "SeedSink", "seed_admitter"]

SEEDS_LOG = "seeds.log"


@dataclass(frozen=True, slots=True)
class SeedResult:
    """What the processor made of one seed: its records, the cost of its model calls."""

    id: str  # the seed's id (the plan item id)
    records: tuple[Record, ...]
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)  # Ledger.summary()
    endpoint_error: str = ""  # set: nothing is stored, the seed stays to do

    @property
    def outcome(self) -> Outcome:
        """ACCEPTED when any record is; else the first record's outcome (FAILED when none)."""
        if any(r.outcome is Outcome.ACCEPTED for r in self.records):
            return Outcome.ACCEPTED
        return self.records[0].outcome if self.records else Outcome.FAILED


class PipelineStore(DatasetStore):
    """A :class:`DatasetStore` that also remembers finished seeds and their model costs."""

    def __init__(
        self, root: str | os.PathLike[str], *, pipeline: str, identity: dict[str, Any], **kw: Any
    ) -> None:
        self.pipeline = pipeline
        self._seeds: dict[str, str] = {}  # finished seed -> its outcome
        self._waiting: list[SeedResult] = []  # stored, not yet committed
        self._waiting_ids: set[str] = set()
        self._steps: dict[str, StepStats] = {}
        self._endpoint_errors = 0
        self._tally: Counter[str] = Counter()  # the pipeline's own counts (Pipeline.tally)
        self._pipe = PIPELINES[pipeline] if pipeline in PIPELINES else None
        self._seeds_log = AppendLog(Path(root) / SEEDS_LOG)
        super().__init__(root, identity=identity, keep_rejects=True, **kw)
        self._seeds_log.repair()  # we hold the directory lock now
        entries = self._seeds_log.read()
        for e in entries:
            self._count_seed(e)
        self._write_manifest()

    def card_title(self) -> str:
        return f"codepercept {self.pipeline} dataset"

    def card_intro(self) -> str:
        what = f" ({self._pipe.help})" if self._pipe is not None and self._pipe.help else ""
        return f"""
Records of the `{self.pipeline}` pipeline{what}, made from seed images by model endpoints:
each row has the figure (`image`), the code that draws it and what the pipeline adds, with the
gate verdicts. Finished seeds are listed in {SEEDS_LOG}; the model calls of each step
(requests, cache hits, retries, tokens) are under `pipeline` in the manifest.
"""

    def _count_seed(self, entry: dict[str, Any]) -> None:
        for step, stats in sum_steps([entry.get("steps", {})]).items():
            self._steps.setdefault(step, StepStats()).add(stats)
        self._tally.update(entry.get("tally") or {})
        if entry.get("done"):
            self._seeds[str(entry["seed"])] = str(entry.get("outcome", ""))
        else:
            self._endpoint_errors += 1

    # -- seeds -------------------------------------------------------------------------------
    def seed_done(self, id_: str) -> bool:
        return id_ in self._seeds or id_ in self._waiting_ids

    def add_seed(self, result: SeedResult) -> None:
        """Store a seed's records (durable at the next commit), or log an endpoint failure."""
        if result.endpoint_error:
            entry = {"seed": result.id, "done": False, "error": result.endpoint_error[:300]}
            entry["steps"] = result.steps
            self._seeds_log.append(entry)
            self._count_seed(entry)
            self._write_manifest()
            return
        for rec in result.records:
            self.add(rec)  # may commit, which logs the seeds stored before this one
        self._waiting.append(result)
        self._waiting_ids.add(result.id)

    def commit(self) -> None:
        """Commit the queued records, then log the seeds they finish."""
        super().commit()
        if not self._waiting:
            return
        for r in self._waiting:
            entry = {"seed": r.id, "done": True, "outcome": str(r.outcome), "steps": r.steps}
            if self._pipe is not None and self._pipe.tally is not None:
                tally: Counter[str] = Counter()
                for rec in r.records:
                    tally.update(self._pipe.tally(rec))
                entry["tally"] = dict(tally)
            self._seeds_log.append(entry)
            self._count_seed(entry)
        self._waiting.clear()
        self._waiting_ids.clear()
        self._write_manifest()

    @property
    def seeds_attempted(self) -> int:
        return len(self._seeds) + len(self._waiting)

    @property
    def seeds_accepted(self) -> int:
        done = sum(o == Outcome.ACCEPTED.value for o in self._seeds.values())
        return done + sum(r.outcome is Outcome.ACCEPTED for r in self._waiting)

    def manifest(self) -> dict[str, Any]:
        """The store's manifest plus the pipeline's seed counts and per-step model costs."""
        base = super().manifest()
        outcomes = Counter(self._seeds.values())
        base["pipeline"] = {
            "name": self.pipeline,
            "seeds_done": len(self._seeds),
            "seeds_by_outcome": dict(sorted(outcomes.items())),
            "endpoint_failures": self._endpoint_errors,
            "steps": {k: v.to_dict() for k, v in sorted(self._steps.items())},
        }
        if self._pipe is not None and self._pipe.tally is not None:
            totals = dict(sorted(self._tally.items()))
            summarize = self._pipe.summarize
            base["pipeline"]["summary"] = summarize(totals) if summarize else totals
        return base

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._seeds_log.close()


class SeedSink:
    """The driver's view of a :class:`PipelineStore`: one item is one seed."""

    def __init__(self, store: PipelineStore) -> None:
        self.store = store

    def is_done(self, id_: str) -> bool:
        return self.store.seed_done(id_)

    def add(self, result: SeedResult) -> None:
        self.store.add_seed(result)

    def commit(self) -> None:
        self.store.commit()

    @property
    def accepted(self) -> int:
        """Seeds with at least one accepted record."""
        return self.store.seeds_accepted

    @property
    def attempted(self) -> int:
        return self.store.seeds_attempted


def seed_admitter(admit: Callable[[Record], Record]) -> Callable[[SeedResult], SeedResult]:
    """Apply a per-record ``admit`` hook (dedup) to every accepted record of a seed, in order,
    so variants are deduplicated against each other and against every earlier seed."""

    def run(result: SeedResult) -> SeedResult:
        records = tuple(admit(r) if r.outcome is Outcome.ACCEPTED else r for r in result.records)
        return replace(result, records=records)

    return run
