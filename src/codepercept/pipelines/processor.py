"""The run engine's processor for pipelines: one seed in, a :class:`SeedResult` out.

It owns the run's resources (a sandbox :class:`~codepercept.sandbox.RenderPool`, the endpoint
clients) and runs the pipeline's async function per seed with a fresh
:class:`~codepercept.pipelines.context.StepContext`. Failures never escape: a step that gave
nothing usable fails the seed's missing records with its reason, an endpoint that stayed down
marks the seed to be retried, and a bug is recorded with its type and message.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from dataclasses import dataclass
from typing import Any

from codepercept.pipelines.config import PipelineConfig
from codepercept.pipelines.context import StepContext
from codepercept.pipelines.models import Models, StepFailed
from codepercept.pipelines.registry import PIPELINES, Pipeline
from codepercept.pipelines.seeds import Seed
from codepercept.pipelines.store import SeedResult
from codepercept.runs import WorkResult, fan_out

__all__ = ["PipelineProcessor", "SeedItem"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SeedItem:
    """Plan item ``index``: one seed."""

    index: int
    seed: Seed

    @property
    def id(self) -> str:
        return self.seed.id


class PipelineProcessor:
    """Runs pipeline ``name`` for seeds; one per run (in-process, on the stream engine)."""

    def __init__(
        self, name: str, config: PipelineConfig, cache_dir: str | os.PathLike[str]
    ) -> None:
        from codepercept.sandbox import RenderConfig, RenderPool

        self.pipeline: Pipeline = PIPELINES[name]
        self.config = config
        self.options = config.options(name, self.pipeline.settings)
        self.n_records = self.pipeline.records_per_seed(self.options)
        self.models = Models(config, cache_dir)
        self.pool = RenderPool(
            workers=config.run.render_workers,
            config=RenderConfig(timeout_s=config.run.render_timeout_s, trace=True),
        )

    def context(self, seed: Seed) -> StepContext:
        return StepContext(
            pipeline=self.pipeline.name,
            seed=seed,
            options=self.options,
            run=self.config.run,
            gate_config=self.config.gates,
            models=self.models,
            pool=self.pool,
        )

    async def aprocess(self, item: SeedItem) -> WorkResult:
        """Run the pipeline on one seed; never raises for a bad seed or reply."""
        ctx = self.context(item.seed)
        try:
            records = list(await self.pipeline.run(ctx, item.seed))
        except StepFailed as e:
            if e.why.startswith("endpoint:"):
                result = SeedResult(item.id, (), ctx.ledger.summary(), endpoint_error=str(e))
                return WorkResult(item.index, result)
            records = []
            reason = str(e)
        except Exception as e:  # a bug in a pipeline must not end a long run; recorded
            log.exception("pipeline %s failed on seed %s", self.pipeline.name, item.id)
            records, reason = [], f"bug:{type(e).__name__}: {e}"[:300]
        else:
            reason = "missing: the pipeline returned no record for this output"
        have = {r.seed for r in records}
        records += [ctx.fail(k, reason) for k in range(self.n_records) if k not in have]
        records.sort(key=lambda r: r.seed)
        return WorkResult(item.index, SeedResult(item.id, tuple(records), ctx.ledger.summary()))

    def process(self, items: list[SeedItem]) -> list[WorkResult]:
        """Batch form for the process and Ray engines: the batch's seeds run concurrently."""
        return asyncio.run(self._batch(items))

    async def _batch(self, items: list[SeedItem]) -> list[WorkResult]:
        try:
            return await fan_out(items, self.aprocess, concurrency=max(1, len(items)))
        finally:
            await self.models.aclose()

    async def aclose(self) -> None:
        await self.models.aclose()
        await asyncio.to_thread(self.pool.close)

    def close(self) -> None:
        self.pool.close()

    @classmethod
    def factory(cls, name: str, config: PipelineConfig, cache_dir: str | os.PathLike[str]) -> Any:
        """A picklable ``() -> PipelineProcessor`` for the run engines."""
        return functools.partial(cls, name, config, cache_dir)
