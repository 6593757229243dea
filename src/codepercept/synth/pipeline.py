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
from contextlib import closing
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import count
from pathlib import Path
from typing import Any

from codepercept.errors import CodeperceptError
from codepercept.synth.pipeline_worker import PlanSpec, ProcessorSettings, WorkItem, load_templates
from codepercept.synth.store import DatasetStore, Outcome
from codepercept.synth.template import REGISTRY, Template


class EngineKind(StrEnum):
    LOCAL = "local"
    RAY = "ray"


class SynthError(CodeperceptError):
    """A synthesis run cannot start as asked (unknown family or template, bad settings)."""


@dataclass(frozen=True, slots=True)
class SynthConfig:
    """One synthesis run; the CLI builds this from its options."""

    out: Path
    family: str | None = None  # every template of this family...
    templates: tuple[str, ...] = ()  # ...or exactly these
    n: int = 100  # accepted samples wanted
    seed: int = 0
    workers: int = 2
    engine: EngineKind = EngineKind.LOCAL
    ray_address: str | None = None  # None: start a local Ray cluster
    batch_size: int = 4  # items per worker call
    shard_rows: int = 512
    keep_rejects: bool = False  # also store rejected / deduped / failed samples
    max_attempts: int | None = None  # default 4 * n + 64 (over the whole run, resumes included)
    checkpoint_s: float = 30.0  # commit at least this often, even with a shard half full
    dedup: bool = True
    dedup_threshold: int = (
        16  # pHash Hamming distance (of dedup_bits) at or under which images are duplicates
    )
    progress: bool = True
    processor: ProcessorSettings = field(default_factory=ProcessorSettings)

    def __post_init__(self) -> None:
        if self.n < 1:
            raise ValueError(f"n must be >= 1, got {self.n}")
        if self.workers < 1:
            raise ValueError(f"workers must be >= 1, got {self.workers}")

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


def select_templates(family: str | None, names: tuple[str, ...]) -> list[str]:
    """The templates a run cycles through, checked against the registry."""
    families = sorted({t.family for t in REGISTRY.values()})
    if names:
        unknown = [n for n in names if n not in REGISTRY]
        if unknown:
            raise SynthError(f"unknown template(s) {unknown}; see `codepercept synth --list`")
        wrong = [n for n in names if family and not REGISTRY[n].family.startswith(family)]
        if wrong:
            raise SynthError(f"template(s) {wrong} are not in family {family!r}")
        return list(dict.fromkeys(names))
    if not family:
        raise SynthError("give --family or --template; see `codepercept synth --list`")
    if family not in families:  # a unique prefix names a family too: "plane" -> "plane_geometry"
        matches = [f for f in families if f.startswith(family)]
        family = matches[0] if len(matches) == 1 else family
    chosen = sorted(n for n, t in REGISTRY.items() if t.family == family)
    if not chosen:
        raise SynthError(
            f"unknown family {family!r}; families: {', '.join(families) or 'none registered'}"
        )
    return chosen


def plan(templates: list[str], seed: int, start: int = 0) -> Iterator[WorkItem]:
    """The run's items in order: round-robin over templates, seed ``seed + index``."""
    spec = PlanSpec(tuple(templates), seed, start, None)
    for i in count(start):
        yield spec.item(i)


def _pending_plan(templates: list[str], seed: int, store: DatasetStore, budget: int) -> PlanSpec:
    """The plan indices still to try: items are stored in plan order, so the done ones form a
    prefix; the rest starts at the first index not done and spans the attempt budget."""
    spec = PlanSpec(tuple(templates), seed, 0, None)
    start = 0
    while store.is_done(spec.item(start).id):
        start += 1
    return PlanSpec(spec.templates, seed, start, start + budget)


def make_engine(config: SynthConfig):
    """The engine a config asks for (Ray is imported only when chosen)."""
    if config.engine is EngineKind.RAY:
        from codepercept.synth.engine_ray import RayEngine

        return RayEngine(
            config.processor, config.workers, config.batch_size, address=config.ray_address
        )
    from codepercept.synth.engine_local import LocalEngine

    return LocalEngine(config.processor, config.workers, config.batch_size)


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
    from tqdm import tqdm

    load_templates(config.processor.template_modules)
    templates = select_templates(config.family, config.templates)
    started = time.perf_counter()
    first_result, warm_accepted, seen = None, 0, 0
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
        spec = _pending_plan(templates, config.seed, store, budget)
        bar = tqdm(
            total=config.n,
            initial=min(resumed_from, config.n),
            unit="sample",
            desc=f"synth {config.family or ','.join(templates)}",
            disable=not config.progress,
            dynamic_ncols=True,
        )
        last_commit = time.monotonic()
        if store.accepted < config.n and budget > 0:
            with closing(make_engine(config).results(spec, store.is_done)) as results:
                for res in results:
                    rec = res.record
                    if store.is_done(rec.id):
                        continue  # an engine that cannot skip done items computed it again
                    if rec.outcome is Outcome.ACCEPTED and dedup is not None:
                        hit = dedup.check_and_add(rec.keys)
                        if hit is not None:
                            rec = replace(
                                rec, outcome=Outcome.DEDUPED, reasons=(f"dedup:{hit.key}",)
                            )
                    store.add(rec)
                    seen += 1
                    if first_result is None and seen >= config.batch_size:
                        first_result = time.perf_counter()
                        warm_accepted = store.accepted - resumed_from
                    if rec.outcome is Outcome.ACCEPTED:
                        bar.update(1)
                    bar.set_postfix(
                        tried=store.attempted,
                        ok=f"{store.accepted / max(1, store.attempted):.0%}",
                        refresh=False,
                    )
                    if store.accepted >= config.n:
                        break
                    if time.monotonic() - last_commit > config.checkpoint_s:
                        store.commit()
                        last_commit = time.monotonic()
        bar.close()
        store.commit()
        after = store.tally.to_dict()
    elapsed = time.perf_counter() - started
    return _summary(
        config,
        before,
        after,
        resumed_from,
        elapsed,
        (first_result or started) - started,
        warm_accepted,
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
