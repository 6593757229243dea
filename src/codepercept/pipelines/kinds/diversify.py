"""Image Diversity: seed image -> its scientific principle -> K variant programs in different
visual forms -> render, repair -> gates; duplicates dropped within and across seeds.

Two ways to ask for the K programs (``[diversify].mode``): ``single`` (default) sends one
request whose reply holds K fenced programs, so the model sees all its variants and can keep
them apart (and pays for the image once); ``each`` sends K requests, each asking for one
program in a named visual form (shorter replies, no truncation risk with large K). Either way
every variant index gets a record; dedup (in the driver) turns repeats into DEDUPED rows.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from enum import StrEnum

from codepercept.config import config_help, setting, validate
from codepercept.pipelines.context import CodeAttempt, StepContext
from codepercept.pipelines.models import StepFailed
from codepercept.pipelines.registry import PIPELINES, Pipeline
from codepercept.pipelines.seeds import Seed
from codepercept.synth.store import Record
from codepercept.vlm.extract import code_blocks, strip_thinking
from codepercept.vlm.prompts import PROMPTS

__all__ = ["DiversifySettings", "VariantMode"]


class VariantMode(StrEnum):
    SINGLE = "single"  # one request, K fenced programs in its reply
    EACH = "each"  # K requests, one program each


@dataclass(frozen=True)
class DiversifySettings:
    """The ``[diversify]`` table."""

    variants: int = setting(10, "K: variant programs per seed", ge=1, le=100)
    mode: VariantMode = setting(
        VariantMode.SINGLE, "single: one request returns K programs; each: K requests"
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", VariantMode(self.mode))
        validate(self)

    help = classmethod(config_help)


async def _single(ctx: StepContext, image: bytes, principle: str, k: int) -> list[object]:
    """K attempts from one reply; a missing program is the reason why it is missing."""
    reply = await ctx.request(
        "variants", PROMPTS["pipeline-variants"], image=image, principle=principle, k=str(k)
    )
    if not strip_thinking(reply.text).strip():
        raise StepFailed("variants", "empty reply")
    blocks = code_blocks(reply.text)[:k]
    attempts = await asyncio.gather(*(ctx.repair_loop(f"```python\n{b}```") for b in blocks))
    cut = "variants:truncated" if reply.finish_reason == "length" else "variants:missing"
    return [*attempts, *([cut] * (k - len(blocks)))]


async def _each(ctx: StepContext, image: bytes, principle: str, k: int) -> list[object]:
    forms = PROMPTS["pipeline-variant-forms"].text.splitlines()

    async def one(i: int) -> object:
        try:
            return await ctx.code_with_repair(
                "variants",
                PROMPTS["pipeline-variant"],
                image=image,
                principle=principle,
                index=str(i + 1),
                k=str(k),
                form=forms[i % len(forms)],
            )
        except StepFailed as e:
            if e.why.startswith("endpoint:"):
                raise  # the seed is retried as a whole on --resume
            return str(e)

    return list(await asyncio.gather(*(one(i) for i in range(k))))


async def diversify(ctx: StepContext, seed: Seed) -> list[Record]:
    """K variant records of ``seed`` (indices 0..K-1), each gated on its own."""
    image = await asyncio.to_thread(seed.image_bytes)
    principle = await ctx.ask(
        "principle", PROMPTS["pipeline-principle"], image=image, allow_truncated=True
    )
    k = ctx.options.variants
    ask = _single if ctx.options.mode is VariantMode.SINGLE else _each
    records = []
    for i, got in enumerate(await ask(ctx, image, principle, k)):
        extra = {"principle": principle, "mode": str(ctx.options.mode)}
        if not isinstance(got, CodeAttempt):
            records.append(ctx.fail(i, str(got), extra=extra))
            continue
        extra.update(repairs=got.rounds, errors=list(got.errors))
        if not got.ok:
            records.append(
                ctx.record(i, code=got.code, render=got.render, reasons=got.failure(), extra=extra)
            )
            continue
        assert got.render is not None
        gates = await ctx.gates(got.code, got.render)
        records.append(ctx.record(i, code=got.code, render=got.render, gates=gates, extra=extra))
    return records


PIPELINES.register(
    "diversify",
    Pipeline(
        name="diversify",
        run=diversify,
        steps=("principle", "variants", "repair"),
        settings=DiversifySettings,
        records_per_seed=lambda options: options.variants,
        prompts=(
            "pipeline-principle",
            "pipeline-variants",
            "pipeline-variant",
            "pipeline-variant-forms",
            "pipeline-repair",
        ),
        help="seed image -> principle -> K variant programs -> render, repair -> gates, dedup",
    ),
)
