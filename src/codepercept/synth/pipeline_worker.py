"""The template pipeline's processor (:class:`codepercept.runs.Processor`) and its plan.

A :class:`SampleProcessor` owns one :class:`~codepercept.sandbox.RenderPool` and turns work
items (template, seed) into :class:`~codepercept.synth.store.Record` objects:
template.sample(seed) -> render -> second render (for a fraction of samples) -> quality gates
-> caption and QA -> dedup keys. Dedup itself and storage happen in the driver, so resuming and
duplicate detection stay in one place whatever engine runs this.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import time
import traceback
from dataclasses import dataclass
from typing import Any

import numpy as np

from codepercept.config import setting, validate
from codepercept.runs.types import WorkResult
from codepercept.sandbox.types import RenderConfig, RenderResult
from codepercept.synth.store_records import GateRecord, Outcome, Record, sample_id
from codepercept.synth.template import REGISTRY, Sample


@dataclass(frozen=True, slots=True)
class WorkItem:
    """One attempt: the ``index``-th item of a run's plan."""

    index: int
    template: str
    seed: int

    @property
    def id(self) -> str:
        return sample_id(self.template, self.seed)


@dataclass(frozen=True, slots=True)
class PlanSpec:
    """A slice of a run's plan: item ``i`` is ``templates[i % T]`` with seed ``seed + i``."""

    templates: tuple[str, ...]
    seed: int
    start: int
    stop: int | None  # None: unbounded

    def item(self, i: int) -> WorkItem:
        return WorkItem(i, self.templates[i % len(self.templates)], self.seed + i)

    def __len__(self) -> int:
        if self.stop is None:
            raise ValueError("an unbounded plan has no length")
        return max(0, self.stop - self.start)

    def slice(self, start: int, stop: int | None) -> PlanSpec:
        return PlanSpec(self.templates, self.seed, start, stop)


@dataclass(frozen=True, slots=True)
class ProcessorSettings:
    """Everything a worker needs; picklable, so it travels to processes and Ray actors."""

    render: RenderConfig = setting(default_factory=RenderConfig, help="sandbox render settings")
    gates: bool = setting(True, "run the quality gates (off: keep whatever renders)")
    gate_config: Any = setting(None, "the gates' own GateConfig (unset: their defaults)")
    determinism_fraction: float = setting(
        0.25, "share of samples rendered twice for the determinism gate", ge=0.0, le=1.0
    )
    captions: bool = setting(True, "write a grounded caption per accepted sample")
    # 256 bits separate line drawings that 64 bits conflate (docs/data_engine.md)
    dedup_bits: int = setting(
        256, "pHash size of the image dedup key (a square: 64, 256, ...)", ge=16
    )
    render_workers: int = setting(1, "RenderPool workers inside one processor", ge=1)
    template_modules: tuple[str, ...] = setting(
        (), "extra modules whose import registers more templates (built-in families load alone)"
    )

    def __post_init__(self) -> None:
        validate(self)


def load_templates(modules: tuple[str, ...]) -> None:
    """Load the built-in families, then import ``modules`` (plug-ins whose ``@template``
    decorators add to ``REGISTRY``)."""
    REGISTRY.load()
    for name in modules:
        importlib.import_module(name)


def wants_rerender(id_: str, fraction: float) -> bool:
    """Deterministic choice of the samples rendered twice: the same ids on every run and engine."""
    if fraction >= 1.0:
        return True
    if fraction <= 0.0:
        return False
    h = int(hashlib.sha256(f"rerender:{id_}".encode()).hexdigest()[:8], 16)
    return h / 0xFFFFFFFF < fraction


def _failed(item: WorkItem, family: str, reason: str, sample: Sample | None = None) -> Record:
    return Record(
        id=item.id,
        family=family,
        template=item.template,
        seed=item.seed,
        params=sample.params if sample else {},
        code=sample.code if sample else "",
        facts=sample.facts if sample else {},
        outcome=Outcome.FAILED,
        reasons=(reason,),
    )


class SampleProcessor:
    """Runs the per-sample stages for batches of items; one per worker process or Ray actor."""

    def __init__(self, settings: ProcessorSettings) -> None:
        from codepercept.sandbox import RenderPool

        load_templates(settings.template_modules)
        self.settings = settings
        self.pool = RenderPool(workers=settings.render_workers, config=settings.render)
        self._stages = _Stages(settings)

    def process(self, items: list[WorkItem]) -> list[WorkResult]:
        """Sample, render (twice where chosen) and judge every item; results in input order."""
        t0 = time.perf_counter()
        samples: list[Sample | None] = []
        failures: dict[int, str] = {}
        for k, item in enumerate(items):
            try:
                samples.append(REGISTRY[item.template].sample(item.seed))
            except Exception as e:  # a template bug is a recorded failure, not a crashed run
                samples.append(None)
                tb = traceback.extract_tb(e.__traceback__)[-1]
                failures[k] = f"template:{type(e).__name__} at {tb.name}:{tb.lineno}: {e}"[:300]
        codes, slots = [], []
        for k, (item, s) in enumerate(zip(items, samples, strict=True)):
            if s is None:
                continue
            codes.append(s.code)
            slots.append((k, False))
            if self.settings.gates and wants_rerender(item.id, self.settings.determinism_fraction):
                codes.append(s.code)
                slots.append((k, True))
        t1 = time.perf_counter()
        renders = self.pool.render_many(codes)
        first: dict[int, RenderResult] = {}
        second: dict[int, RenderResult] = {}
        for (k, again), r in zip(slots, renders, strict=True):
            (second if again else first)[k] = r
        t2 = time.perf_counter()
        out = []
        for k, item in enumerate(items):
            s = samples[k]
            family = REGISTRY[item.template].family if item.template in REGISTRY else ""
            if s is None:
                rec = _failed(item, family, failures[k])
            else:
                rec = self._stages.judge(item, s, first[k], second.get(k))
            out.append(WorkResult(item.index, rec))
        t3 = time.perf_counter()
        n = max(1, len(items))
        timing = {"sample_s": (t1 - t0) / n, "render_s": (t2 - t1) / n, "gates_s": (t3 - t2) / n}
        return [WorkResult(r.index, r.record, timing) for r in out]

    def close(self) -> None:
        self.pool.close()

    @classmethod
    def factory(cls, settings: ProcessorSettings):
        """A picklable ``() -> SampleProcessor`` for the run engines' workers."""
        return functools.partial(cls, settings)


class _Stages:
    """Gates, caption, QA and dedup keys for one rendered sample."""

    def __init__(self, settings: ProcessorSettings) -> None:
        self.settings = settings

    def judge(
        self, item: WorkItem, s: Sample, render: RenderResult, rerender: RenderResult | None
    ) -> Record:
        if not render.ok:
            return _failed(item, s.family, f"render:{render.status}: {render.reason}"[:300], s)
        gates: tuple[GateRecord, ...] = ()
        reasons: tuple[str, ...] = ()
        if self.settings.gates:
            from codepercept.synth.gates import run_gates

            report = run_gates(s, render, rerender, self.settings.gate_config)
            gates = tuple(GateRecord.of(g) for g in report.results)
            # stored reasons are "<gate>:<stable code>" so the manifest can count them;
            # the full explanations stay in the gate records
            reasons = tuple(
                f"{g.gate}:{code}"
                for g in report.results
                if not g.passed
                for code in (g.codes or ("failed",))
            )
        caption = ""
        if self.settings.captions and not reasons:
            from codepercept.grounding import caption_sample

            caption = caption_sample(s, render.trace, np.random.default_rng([s.seed, 0xCA])).strip()
        return Record(
            id=item.id,
            family=s.family,
            template=s.template,
            seed=s.seed,
            params=s.params,
            code=s.code,
            facts=s.facts,
            caption=caption,
            qa=self._qa(s),
            png=render.png,
            width=render.width_px,
            height=render.height_px,
            gates=gates,
            outcome=Outcome.REJECTED if reasons else Outcome.ACCEPTED,
            reasons=reasons,
            keys=self._keys(s, render) if not reasons else {},
        )

    @staticmethod
    def _qa(s: Sample) -> tuple:
        """The template's QA pairs, one per distinct question."""
        from codepercept.grounding import qa_for_sample

        return tuple(qa_for_sample(s))

    def _keys(self, s: Sample, render: RenderResult) -> dict[str, str]:
        """Dedup keys (normalised-code hash, image pHash), computed here so the driver only compares."""
        from codepercept.synth.gates import GateConfig, dedup_keys

        ink_delta = (self.settings.gate_config or GateConfig()).ink_delta
        return dedup_keys(s.code, render.png, self.settings.dedup_bits, ink_delta)
