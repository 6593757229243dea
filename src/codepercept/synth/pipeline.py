"""The template synthesis pipeline: plan -> engine (sample, render, gates, caption) -> dedup -> store.

A run is a deterministic plan: item ``i`` is template ``templates[i % T]`` with seed
``seed + i``. Engines return results in plan order and the driver dedups and stores them in that
order, so the dataset depends only on (templates, seed, n, settings), not on the engine or the
number of workers. ``n`` counts accepted samples; the run stops when it has them, or after
``max_attempts`` attempts. A killed run resumes from its store: done items are skipped and the
deduper is rebuilt from the keys of committed rows.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import count
from pathlib import Path
from typing import Any

from codepercept.config import setting, validate
from codepercept.errors import CodeperceptError
from codepercept.runs import EngineKind, dedup_admitter, drive, pending_start
from codepercept.runs import make_engine as _make_engine
from codepercept.synth.pipeline_worker import (
    PlanSpec,
    ProcessorSettings,
    SampleProcessor,
    WorkItem,
    load_templates,
)
from codepercept.synth.store import DatasetStore
from codepercept.synth.template import REGISTRY, Template, select_templates


class SynthError(CodeperceptError):
    """A synthesis run cannot start as asked (unknown family or template, bad settings)."""


@dataclass(frozen=True, slots=True)
class SynthConfig:
    """One synthesis run; the CLI builds this from its options."""

    out: Path = setting(help="dataset directory (created, or resumed when it exists)")
    family: str | None = setting(None, "every template of this family (a unique prefix works)")
    templates: tuple[str, ...] = setting((), "exactly these templates instead of a family")
    n: int = setting(100, "accepted samples wanted", ge=1)
    seed: int = setting(0, "seed of the first plan item; item i uses seed + i", ge=0)
    workers: int = setting(2, "worker processes (or Ray actors)", ge=1)
    engine: EngineKind = setting(EngineKind.LOCAL, "local processes or a Ray cluster")
    ray_address: str | None = setting(None, "Ray cluster address; unset starts a local cluster")
    batch_size: int = setting(4, "items per worker call", ge=1)
    shard_rows: int = setting(512, "rows per Parquet shard", ge=1)
    keep_rejects: bool = setting(False, "also store rejected, deduped and failed samples")
    max_attempts: int | None = setting(
        None, "attempt cap over the whole run, resumes included (default 4 * n + 64)", ge=1
    )
    checkpoint_s: float = setting(30.0, "commit at least this often (seconds)", gt=0)
    dedup: bool = setting(True, "drop near-duplicate images and identical code")
    dedup_threshold: int = setting(
        16, "pHash Hamming distance at or under which images are duplicates", ge=0
    )
    progress: bool = setting(True, "show a progress bar")
    processor: ProcessorSettings = setting(
        default_factory=ProcessorSettings, help="per-sample settings (render, gates, captions)"
    )

    def __post_init__(self) -> None:
        validate(self)

    @property
    def attempt_cap(self) -> int:
        return self.max_attempts if self.max_attempts is not None else 4 * self.n + 64


@dataclass(frozen=True, slots=True)
class SynthSummary:
    """What a run did; counts are for this run unless named ``total_``."""

    out: Path
    target: int
    total_accepted: int  # rows in the dataset now
    resumed_from: int  # rows already there when the run started
    attempted: int
    accepted: int
    rejected: int
    deduped: int
    failed: int
    rejected_by_gate: dict[str, dict[str, int]]
    failed_by_reason: dict[str, int]
    elapsed_s: float
    first_result_s: float  # start-up: until the first batch of results came back
    warm_accepted: int  # accepted in that first batch (left out of the steady rate)
    complete: bool  # the target was reached

    @property
    def samples_per_s(self) -> float:
        """Accepted samples per second over the whole run, start-up included."""
        return self.accepted / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def steady_samples_per_s(self) -> float:
        """Accepted samples per second after the first result (start-up excluded)."""
        busy = self.elapsed_s - self.first_result_s
        return (self.accepted - self.warm_accepted) / busy if busy > 0 else 0.0


def list_templates(
    modules: tuple[str, ...] = ProcessorSettings().template_modules,
) -> list[Template]:
    """Every registered template, by family then name."""
    load_templates(modules)
    return sorted(REGISTRY.values(), key=lambda t: (t.family, t.name))


def template_info(t: Template) -> dict[str, Any]:
    """A JSON-able description of a template (what ``synth --list --json`` prints)."""
    return {
        "name": t.name,
        "family": t.family,
        "description": t.description,
        "tags": list(t.tags),
        "parameters": [
            {
                "name": p.name,
                "kind": p.kind,
                "low": p.low,
                "high": p.high,
                "choices": list(p.choices),
                "help": p.help,
            }
            for p in t.parameters
        ],
    }


def plan(templates: list[str], seed: int, start: int = 0) -> Iterator[WorkItem]:
    """The run's items in order: round-robin over templates, seed ``seed + index``."""
    spec = PlanSpec(tuple(templates), seed, start, None)
    for i in count(start):
        yield spec.item(i)


def _pending_plan(templates: list[str], seed: int, store: DatasetStore, budget: int) -> PlanSpec:
    """The plan indices still to try: the done ones form a prefix (results are stored in plan
    order); the rest starts at the first index not done and spans the attempt budget."""
    start = pending_start(PlanSpec(tuple(templates), seed, 0, None), store.is_done)
    return PlanSpec(tuple(templates), seed, start, start + budget)


def make_engine(config: SynthConfig):
    """The engine a config asks for (Ray is imported only when chosen)."""
    return _make_engine(
        config.engine,
        SampleProcessor.factory(config.processor),
        config.workers,
        config.batch_size,
        address=config.ray_address,
    )


def run_identity(config: SynthConfig, templates: list[str]) -> dict[str, Any]:
    """What must match for a run to resume into an existing directory."""
    p = config.processor
    return {
        "templates": templates,
        "seed": config.seed,
        "gates": p.gates,
        "gate_config": repr(p.gate_config) if p.gate_config is not None else "default",
        "determinism_fraction": p.determinism_fraction,
        "captions": p.captions,
        "dedup": config.dedup,
        "dedup_threshold": config.dedup_threshold,
        "dedup_bits": p.dedup_bits,
        "dpi": p.render.dpi,
    }


def _deduper(config: SynthConfig, committed: list[dict[str, str]]):
    """The run's deduper, rebuilt from the committed rows' keys (None when dedup is off)."""
    if not config.dedup:
        return None
    from codepercept.synth.gates import Deduper

    return Deduper.from_keys(
        committed, threshold=config.dedup_threshold, bits=config.processor.dedup_bits
    )


def run_synth(config: SynthConfig) -> SynthSummary:
    """Run (or resume) a synthesis job into ``config.out`` and say what it did."""
    load_templates(config.processor.template_modules)
    chosen = select_templates(config.templates, family=config.family)
    templates = [t.name for t in chosen]
    started = time.perf_counter()
    with DatasetStore(
        config.out,
        identity=run_identity(config, templates),
        shard_rows=config.shard_rows,
        keep_rejects=config.keep_rejects,
    ) as store:
        before = store.tally.to_dict()
        resumed_from = store.accepted
        dedup = _deduper(config, store.accepted_keys())
        budget = max(0, config.attempt_cap - store.attempted)
        stats = drive(
            make_engine(config),
            _pending_plan(templates, config.seed, store, budget),
            store,
            target=config.n,
            admit=dedup_admitter(dedup) if dedup is not None else None,
            progress=config.progress,
            desc=f"synth {config.family or ','.join(templates)}",
            checkpoint_s=config.checkpoint_s,
            warm_after=config.batch_size,
            started=started,
        )
        after = store.tally.to_dict()
    elapsed = time.perf_counter() - started
    return _summary(
        config,
        before,
        after,
        resumed_from,
        elapsed,
        stats.first_result_s,
        stats.warm_accepted,
    )


def _summary(
    config: SynthConfig,
    before: dict,
    after: dict,
    resumed_from: int,
    elapsed: float,
    first: float,
    warm: int,
) -> SynthSummary:
    def delta(key: str) -> int:
        return after[key] - before[key]

    def nested_delta(key: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in after[key].items():
            if isinstance(v, dict):
                d = {r: c - before[key].get(k, {}).get(r, 0) for r, c in v.items()}
                d = {r: c for r, c in d.items() if c}
                if d:
                    out[k] = d
            elif v - before[key].get(k, 0):
                out[k] = v - before[key].get(k, 0)
        return out

    return SynthSummary(
        out=config.out,
        target=config.n,
        total_accepted=after["accepted"],
        resumed_from=resumed_from,
        attempted=delta("attempted"),
        accepted=delta("accepted"),
        rejected=delta("rejected"),
        deduped=delta("deduped"),
        failed=delta("failed"),
        rejected_by_gate=nested_delta("rejected_by_gate"),
        failed_by_reason=nested_delta("failed_by_reason"),
        elapsed_s=elapsed,
        first_result_s=first,
        warm_accepted=warm,
        complete=after["accepted"] >= config.n,
    )
