"""The ``caption`` pipeline: code-grounded captions of seeds that carry their program.

Per seed: render the ground-truth program in the sandbox (with its trace), read the verified
fact sheet off the trace (plus the seed's template facts), then draft -> code analysis ->
refinement -> claim check (:func:`codepercept.pipelines.caption.ground_caption`). The record
holds the program, its render and the final caption; the ``claims`` gate rejects a caption
the checker still faults after the repair rounds, with one reason per faulty claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from codepercept.config import config_help, setting, validate
from codepercept.grounding import fact_sheet
from codepercept.pipelines.caption import (
    CAPTION_STEPS,
    caption_summary,
    caption_tally,
    ground_caption,
)
from codepercept.pipelines.context import StepContext
from codepercept.pipelines.registry import PIPELINES, Pipeline, SeedNeed
from codepercept.pipelines.seeds import Seed
from codepercept.pipelines.truth import render_truth, seed_facts
from codepercept.synth import Record

__all__ = ["CaptionSettings"]


@dataclass(frozen=True)
class CaptionSettings:
    """The ``[caption]`` table of a pipeline config file."""

    max_repairs: int = setting(
        1,
        "refinement rounds after the first when the claim checker faults the caption "
        "(each lists the faults); a caption still faulted after them is rejected",
        ge=0,
    )
    template_facts: bool = setting(
        True, "add the seed's template facts (a synth store's facts column) to the fact sheet"
    )

    def __post_init__(self) -> None:
        validate(self)

    help = classmethod(config_help)


async def run(ctx: StepContext, seed: Seed) -> list[Record]:
    opts: CaptionSettings = ctx.options
    code = seed.code or ""
    render = await render_truth(ctx, seed)
    if isinstance(render, Record):
        return [render]
    facts = seed_facts(seed) if opts.template_facts else None
    sheet = fact_sheet(render.trace, facts)
    result = await ground_caption(
        ctx.ask, image=seed.image_bytes(), code=code, sheet=sheet, max_repairs=opts.max_repairs
    )
    record = ctx.record(
        code=code,
        render=render,
        gates=(result.gate(),),
        caption=result.caption,
        facts=facts,
        extra=result.to_params(),
    )
    return [record]


def tally(record: Record) -> dict[str, int]:
    """The record's counts for the manifest's hallucination rates."""
    return caption_tally(record.params)


PIPELINES.register(
    "caption",
    Pipeline(
        name="caption",
        run=run,
        steps=CAPTION_STEPS,
        needs=SeedNeed.CODE,
        settings=CaptionSettings,
        prompts=("caption-native", "caption-analysis", "caption-refine", "caption-problems"),
        tally=tally,
        summarize=caption_summary,
        help="code-grounded captions: draft -> code analysis -> refinement -> claim check",
    ),
)
