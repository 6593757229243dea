"""Image Reproduction: seed image -> detailed description -> reconstruction code -> render,
repair -> gates, where Q_IC compares the render with the seed image.

Q_IC here is deterministic: the visual score of the render against the seed image (each cut to
its own content) and, when the ``ocr`` extra is installed, the agreement of the texts OCR
reads in both; an MLLM judge rating the pair 1-5 is optional (``judge = true``).
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from codepercept.config import ConfigError, config_help, setting, validate
from codepercept.pipelines.context import StepContext
from codepercept.pipelines.registry import PIPELINES, Pipeline
from codepercept.pipelines.seeds import Seed
from codepercept.synth.gates import Gate, GateResult
from codepercept.synth.store import Record
from codepercept.vlm.prompts import PROMPTS

__all__ = ["OcrMode", "ReproduceSettings", "seed_match"]

_OCR_LOCK = threading.Lock()


class OcrMode(StrEnum):
    """Whether Q_IC compares the texts OCR reads in the seed and the render."""

    AUTO = "auto"  # when the ocr extra is installed
    ON = "on"  # required
    OFF = "off"


def ocr_available() -> bool:
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@dataclass(frozen=True)
class ReproduceSettings:
    """The ``[reproduce]`` table: thresholds of Q_IC against the seed image, and the judge."""

    min_visual: float = setting(
        60.0, "lowest visual score (0-100) of the render against the seed image", ge=0, le=100
    )
    ocr: OcrMode = setting(OcrMode.AUTO, "OCR text overlap: auto (if installed), on, off")
    min_ocr_text: float = setting(
        30.0, "lowest OCR text agreement (0-100) of the render with the seed image", ge=0, le=100
    )
    judge: bool = setting(False, "also ask the judge step to rate the reproduction (1-5)")
    judge_min_score: int = setting(3, "lowest judge rating that passes", ge=1, le=5)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ocr", OcrMode(self.ocr))
        validate(self)
        if self.ocr is OcrMode.ON and not ocr_available():
            raise ConfigError(
                "ocr = 'on' needs the ocr extra: pip install 'codepercept[ocr]' (or use 'auto')"
            )

    help = classmethod(config_help)


def _verdict(gate: Gate, reasons: list[str], details: dict[str, Any]) -> GateResult:
    return GateResult(str(gate), not reasons, tuple(reasons), details)


def seed_match(seed_image: bytes, render_png: bytes, options: ReproduceSettings) -> GateResult:
    """Q_IC of a reproduction: visual score and OCR text agreement against the seed image.

    OCR (two passes, by far the slower part) runs only when the visual check passed.
    """
    from codepercept.score import visual_score

    visual = visual_score(seed_image, render_png, align="content")
    details: dict[str, Any] = {"visual": round(visual, 2)}
    reasons = []
    if visual < options.min_visual:
        reasons.append(f"low_visual: {visual:.1f} < {options.min_visual:g}")
    if options.ocr is OcrMode.OFF or not ocr_available() or reasons:
        details["ocr_text"] = None
        details["ocr"] = (
            "off"
            if options.ocr is OcrMode.OFF
            else "skipped: the visual check failed already"
            if reasons
            else "skipped: ocr extra not installed"
        )
    else:
        from codepercept.score import ocr_text_score

        with _OCR_LOCK:  # the OCR engine uses every core itself; more at once only thrash
            text, ocr = ocr_text_score(seed_image, render_png)
        details["ocr_text"] = round(100 * text, 2)
        details.update(ocr)
        if 100 * text < options.min_ocr_text:
            reasons.append(f"low_ocr_text: {100 * text:.1f} < {options.min_ocr_text:g}")
    return _verdict(Gate.CONSISTENCY, reasons, details)


async def _judge(ctx: StepContext, seed_image: bytes, render_png: bytes) -> GateResult:
    from codepercept.synth import parse_score

    reply = await ctx.ask(
        "judge", PROMPTS["pipeline-judge-reproduction"], images=(seed_image, render_png)
    )
    score = parse_score(reply)
    details = {"score": score, "reply": reply[:500]}
    if score is None:
        return _verdict(Gate.MLLM_CONSISTENCY, ["unparsable: no 1-5 score in the reply"], details)
    low = score < ctx.options.judge_min_score
    why = [f"low_judge: {score} < {ctx.options.judge_min_score}"] if low else []
    return _verdict(Gate.MLLM_CONSISTENCY, why, details)


async def reproduce(ctx: StepContext, seed: Seed) -> list[Record]:
    """One reproduction of ``seed`` (record 0), accepted only if it passes every gate."""
    image = await asyncio.to_thread(seed.image_bytes)
    description = await ctx.ask(
        "describe", PROMPTS["pipeline-describe"], image=image, allow_truncated=True
    )
    attempt = await ctx.code_with_repair(
        "reconstruct", PROMPTS["pipeline-reconstruct"], image=image, description=description
    )
    extra = {"description": description, "repairs": attempt.rounds, "errors": list(attempt.errors)}
    if not attempt.ok:
        return [
            ctx.record(
                code=attempt.code, render=attempt.render, reasons=attempt.failure(), extra=extra
            )
        ]
    assert attempt.render is not None and attempt.render.png is not None
    gates = await ctx.gates(attempt.code, attempt.render)
    gates.append(await asyncio.to_thread(seed_match, image, attempt.render.png, ctx.options))
    if ctx.options.judge:
        gates.append(await _judge(ctx, image, attempt.render.png))
    return [ctx.record(code=attempt.code, render=attempt.render, gates=gates, extra=extra)]


PIPELINES.register(
    "reproduce",
    Pipeline(
        name="reproduce",
        run=reproduce,
        steps=("describe", "reconstruct", "repair"),
        settings=ReproduceSettings,
        extra_steps=lambda options: ("judge",) if options.judge else (),
        prompts=(
            "pipeline-describe",
            "pipeline-reconstruct",
            "pipeline-repair",
            "pipeline-judge-reproduction",
        ),
        help="seed image -> description -> reconstruction code -> render, repair -> gates",
    ),
)
