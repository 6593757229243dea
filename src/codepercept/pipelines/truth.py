"""The ground truth of seeds that carry their program (the caption and img2code pipelines):
its render with the trace, its template facts, and the record of a program that will not run."""

from __future__ import annotations

from typing import Any

from codepercept.pipelines.context import StepContext
from codepercept.pipelines.seeds import Seed
from codepercept.runs.types import Outcome
from codepercept.sandbox.types import RenderResult
from codepercept.synth import Record

__all__ = ["render_truth", "seed_facts"]


def seed_facts(seed: Seed) -> dict[str, Any] | None:
    """The template facts a seed carries (``meta["facts"]``: synth stores, JSONL rows)."""
    facts = seed.meta.get("facts")
    return facts if isinstance(facts, dict) and facts else None


async def render_truth(ctx: StepContext, seed: Seed) -> RenderResult | Record:
    """The seed program's render with its trace, or the FAILED record saying why it has none
    (``seed_render:<status>`` and the error's first line)."""
    code = seed.code or ""
    render = await ctx.render(code)
    if render.ok and render.trace is not None:
        return render
    detail = render.reason or "the render carries no trace"
    return ctx.record(
        code=code,
        render=render,
        reasons=(f"seed_render:{render.status}", detail[:300]),
        outcome=Outcome.FAILED,
    )
