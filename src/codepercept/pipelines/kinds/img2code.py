"""The ``img2code`` pipeline: explanatory image-to-code samples that behave like the truth.

Per seed: render the ground-truth program (the reference), ask for an explanatory draft from
the image, rewrite it against the ground-truth program (render and repair like every
generated program), then score the rewrite's render against the reference with the
deterministic scores; the ``score`` gate accepts it at or above the threshold, the
``explanation`` gate when it kept the draft's comments.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from codepercept.config import config_help, setting, validate
from codepercept.pipelines.context import StepContext
from codepercept.pipelines.img2code import (
    IMG2CODE_STEPS,
    Metric,
    explanatory_draft,
    img2code_summary,
    img2code_tally,
    judge_explanation,
    judge_rewrite,
)
from codepercept.pipelines.registry import PIPELINES, Pipeline, SeedNeed
from codepercept.pipelines.seeds import Seed
from codepercept.pipelines.truth import render_truth
from codepercept.score import ScoreConfig, score_pair
from codepercept.synth import Record
from codepercept.vlm.prompts import PROMPTS

__all__ = ["Img2CodeSettings"]


@dataclass(frozen=True)
class Img2CodeSettings:
    """The ``[img2code]`` table of a pipeline config file."""

    threshold: float = setting(
        95.0,
        "a rewrite is accepted when its score against the truth is at least this "
        "(see benchmarks/img2code_threshold.py)",
        ge=0,
        le=100,
    )
    metric: Metric = setting(
        Metric.OVERALL, "the deterministic score that decides: overall, visual or structural"
    )
    min_comment_share: float = setting(
        0.5,
        "the rewrite must keep at least this share of the draft's comments (and one at least)",
        ge=0,
        le=1,
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "metric", Metric(self.metric))
        validate(self)

    help = classmethod(config_help)


async def run(ctx: StepContext, seed: Seed) -> list[Record]:
    opts: Img2CodeSettings = ctx.options
    truth = seed.code or ""
    reference = await render_truth(ctx, seed)
    if isinstance(reference, Record):
        return [reference]
    draft = await explanatory_draft(ctx.ask, image=seed.image_bytes())
    # text only: the ground-truth program says more than the image, and the rewrite and repair
    # steps may then run on a code model without vision
    attempt = await ctx.code_with_repair(
        "img2code_rewrite", PROMPTS["img2code-rewrite"], draft=draft, reference=truth
    )
    extra = {"draft": draft, "repairs": attempt.rounds, "repair_errors": list(attempt.errors)}
    if not attempt.ok or attempt.render is None:
        return [
            ctx.record(
                code=attempt.code, render=attempt.render, reasons=attempt.failure(), extra=extra
            )
        ]
    score = await asyncio.to_thread(score_pair, reference, attempt.render, ScoreConfig())
    gate = judge_rewrite(score, opts.threshold, opts.metric)
    kept = judge_explanation(draft, attempt.code, opts.min_comment_share)
    extra["score"] = round(getattr(score, opts.metric.value) or 0.0, 2)
    extra["scores"] = gate.details
    gates = (gate, kept)
    return [ctx.record(code=attempt.code, render=attempt.render, gates=gates, extra=extra)]


def tally(record: Record) -> dict[str, int]:
    """The record's counts for the manifest's score summary."""
    return img2code_tally(record.params)


PIPELINES.register(
    "img2code",
    Pipeline(
        name="img2code",
        run=run,
        steps=(*IMG2CODE_STEPS, "repair"),
        needs=SeedNeed.CODE,
        settings=Img2CodeSettings,
        prompts=("img2code-draft", "img2code-rewrite", "pipeline-repair"),
        tally=tally,
        summarize=img2code_summary,
        help="image-to-code data: explanatory draft -> rewrite against the truth -> score gate",
    ),
)
