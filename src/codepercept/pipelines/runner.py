"""Run (or resume) one pipeline over a seed set into a dataset folder.

seeds -> plan -> stream engine (one :class:`PipelineProcessor`, ``run.window`` seeds in
flight) -> dedup across every variant and seed -> :class:`PipelineStore`. A run folder holds
its identity (pipeline, seeds, models, sampling, prompts, settings); resuming needs the same.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError
from codepercept.pipelines.config import PipelineConfig, load_config
from codepercept.pipelines.processor import PipelineProcessor, SeedItem
from codepercept.pipelines.registry import PIPELINES, Pipeline, SeedNeed
from codepercept.pipelines.seeds import Seed, SeedError, load_seeds
from codepercept.pipelines.store import PipelineStore, SeedResult, SeedSink, seed_admitter
from codepercept.runs import (
    EngineKind,
    FailureStreak,
    ListPlan,
    dedup_admitter,
    drive,
    make_engine,
)

__all__ = ["CACHE_DIR", "PipelineError", "PipelineSummary", "run_pipeline"]

CACHE_DIR = "cache"  # the reply cache inside a run folder


class PipelineError(CodeperceptError):
    """A pipeline run cannot start as asked (output folder in use, seeds unfit)."""


@dataclass(frozen=True, slots=True)
class PipelineSummary:
    """What a run did; ``rows`` counts records by outcome over the whole folder."""

    out: Path
    pipeline: str
    seeds: int
    seeds_done: int
    rows: dict[str, int]
    endpoint_failures: int  # seeds left to do because an endpoint stayed down (this run)
    elapsed_s: float
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)  # the pipeline's own (caption rates)

    @property
    def complete(self) -> bool:
        return self.seeds_done >= self.seeds


class _StreakSink(SeedSink):
    """A seed sink that ends the run when seeds keep failing on an endpoint."""

    def __init__(self, store: PipelineStore, streak: FailureStreak) -> None:
        super().__init__(store)
        self.streak = streak
        self.endpoint_failures = 0

    def add(self, result: SeedResult) -> None:
        super().add(result)
        self.endpoint_failures += bool(result.endpoint_error)
        self.streak.see(result.endpoint_error or None)


def _check_seeds(pipeline: Pipeline, seeds: list[Seed]) -> None:
    if pipeline.needs is SeedNeed.CODE:
        missing = [s.id for s in seeds if not s.code]
        if missing:
            raise SeedError(
                f"pipeline {pipeline.name} needs seeds with code; {len(missing)} have none "
                f"(first: {missing[0]}); use a synth store or a JSONL with a 'code' field"
            )


def run_identity(pipeline: Pipeline, config: PipelineConfig, seeds: list[Seed]) -> dict[str, Any]:
    """What must match for a run to resume into an existing folder."""
    from codepercept.vlm.prompts import PROMPTS

    return {
        "pipeline": pipeline.name,
        "seed_set": seeds[0].source,  # more seeds (a larger --limit) may join a resumed run
        "prompts": {n: f"{PROMPTS[n].tag}:{PROMPTS[n].digest}" for n in pipeline.prompts},
        **config.identity(
            (
                *pipeline.all_steps(config.options(pipeline.name, pipeline.settings)),
                *config.run_steps(),
            ),
            pipeline.name,
            pipeline.settings,
        ),
    }


def run_pipeline(
    name: str,
    seeds: str | os.PathLike[str] | list[Seed],
    config: str | os.PathLike[str] | PipelineConfig,
    out: str | os.PathLike[str],
    *,
    resume: bool = False,
    limit: int | None = None,
    progress: bool = True,
) -> PipelineSummary:
    """Run pipeline ``name`` on every seed not yet finished in ``out``; say what it did."""
    started = time.perf_counter()
    pipeline = PIPELINES[name]
    cfg = config if isinstance(config, PipelineConfig) else load_config(config)
    for step in (*pipeline.all_steps(cfg.options(name, pipeline.settings)), *cfg.run_steps()):
        cfg.step(step)  # every step has an endpoint, before anything starts
    seed_list = seeds if isinstance(seeds, list) else load_seeds(seeds, limit=limit)
    _check_seeds(pipeline, seed_list)
    out = Path(out)
    # a folder holding only a reply cache (copied from another run) is a fresh start
    if not resume and out.is_dir() and any(p.name != CACHE_DIR for p in out.iterdir()):
        raise PipelineError(
            f"{out} already holds a run; pass --resume to continue it or choose another --out"
        )
    streak = FailureStreak(cfg.run.max_failures_in_row, "seeds")
    with PipelineStore(
        out,
        pipeline=name,
        identity=run_identity(pipeline, cfg, seed_list),
        shard_rows=cfg.run.shard_rows,
    ) as store:
        sink = _StreakSink(store, streak)
        admit = None
        if cfg.run.dedup:
            from codepercept.synth.gates import Deduper

            deduper = Deduper.from_keys(
                store.accepted_keys(), threshold=cfg.run.dedup_threshold, bits=cfg.run.dedup_bits
            )
            admit = seed_admitter(dedup_admitter(deduper))
        engine = make_engine(
            EngineKind.STREAM, PipelineProcessor.factory(name, cfg, out / CACHE_DIR), cfg.run.window
        )
        drive(
            engine,
            ListPlan(tuple(SeedItem(i, s) for i, s in enumerate(seed_list))),
            sink,
            target=len(seed_list),
            admit=admit,
            progress=progress,
            desc=name,
            checkpoint_s=cfg.run.checkpoint_s,
            started=started,
        )
        manifest = store.manifest()
    return PipelineSummary(
        out=out,
        pipeline=name,
        seeds=len(seed_list),
        seeds_done=manifest["pipeline"]["seeds_done"],
        rows={
            k: manifest["counts"].get(k, 0) for k in ("accepted", "rejected", "deduped", "failed")
        },
        endpoint_failures=sink.endpoint_failures,
        elapsed_s=time.perf_counter() - started,
        steps=manifest["pipeline"]["steps"],
        summary=manifest["pipeline"].get("summary", {}),
    )
