"""Image-to-code data, the pure steps: explanatory draft from the image -> rewrite that keeps
the explanation but behaves like the ground-truth program -> accept by score.

The draft teaches (comments say what each block draws and why) but a VLM's reconstruction is
rarely exact; the rewrite sees the ground-truth program and makes the code draw what it draws,
keeping the draft's explanation. A rewrite is accepted only when its render scores at least
``threshold`` against the ground truth (:func:`judge_rewrite`, deterministic scores) and
keeps the draft's explanation (:func:`judge_explanation`: its comments survive the rewrite).
"""

from __future__ import annotations

import io
import tokenize
from collections import Counter
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any

from codepercept.pipelines.caption import Ask
from codepercept.pipelines.models import StepFailed
from codepercept.score import Score
from codepercept.synth import GateResult
from codepercept.vlm import extract_code
from codepercept.vlm.prompts import PROMPTS

__all__ = [
    "EXPLANATION_GATE",
    "IMG2CODE_STEPS",
    "SCORE_GATE",
    "Metric",
    "comment_lines",
    "explanatory_draft",
    "img2code_summary",
    "img2code_tally",
    "judge_explanation",
    "judge_rewrite",
    "summarize_img2code",
]

#: The model steps of an image-to-code sample, in order (config names their endpoints).
IMG2CODE_STEPS = ("img2code_draft", "img2code_rewrite")
#: The name of the gate a rewrite's score passes or fails (``score:below_threshold``).
SCORE_GATE = "score"
#: The gate that checks the rewrite kept the draft's explanation (``explanation:lost``).
EXPLANATION_GATE = "explanation"


class Metric(StrEnum):
    """Which deterministic score of the rewrite against the ground truth decides."""

    OVERALL = "overall"
    VISUAL = "visual"
    STRUCTURAL = "structural"


async def explanatory_draft(ask: Ask, *, image: bytes) -> str:
    """The VLM's explanatory program for ``image``; :class:`StepFailed` when it wrote none."""
    reply = await ask("img2code_draft", PROMPTS["img2code-draft"], image=image)
    code = extract_code(reply)
    if not code:
        raise StepFailed("img2code_draft", "no python code in the reply")
    return code


def judge_rewrite(score: Score, threshold: float, metric: Metric = Metric.OVERALL) -> GateResult:
    """The ``score`` gate of a rewrite: passed when ``metric`` is at least ``threshold``."""
    details = {
        "metric": metric.value,
        "threshold": threshold,
        "overall": round(score.overall, 2),
        "visual": round(score.visual, 2),
        "structural": None if score.structural is None else round(score.structural, 2),
    }
    if not score.exec:
        why = f"no_render: {score.details.get('status', 'error')}"
        return GateResult(SCORE_GATE, False, (why,), details)
    value = getattr(score, metric.value)
    value = 0.0 if value is None else float(value)
    if value < threshold:
        why = f"below_threshold: {metric.value} {value:.1f} < {threshold:g}"
        return GateResult(SCORE_GATE, False, (why,), details)
    return GateResult(SCORE_GATE, True, (), details)


def comment_lines(code: str) -> int:
    """How many comments (``# ...`` with some text) a program holds: its explanation."""
    n = 0
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            n += tok.type == tokenize.COMMENT and len(tok.string.strip("# \t")) > 1
    except (tokenize.TokenError, SyntaxError):
        return sum(line.strip().startswith("#") for line in code.splitlines())
    return n


def judge_explanation(draft: str, code: str, min_share: float) -> GateResult:
    """The ``explanation`` gate: the rewrite keeps at least ``min_share`` of the draft's
    comments (and has at least one), else it lost what the sample is for."""
    kept, had = comment_lines(code), comment_lines(draft)
    details = {"draft_comments": had, "comments": kept, "min_share": min_share}
    if kept == 0:
        return GateResult(EXPLANATION_GATE, False, ("none: the program has no comments",), details)
    if kept < min_share * had:
        why = f"lost: the rewrite keeps {kept} comments of the draft's {had}"
        return GateResult(EXPLANATION_GATE, False, (why,), details)
    return GateResult(EXPLANATION_GATE, True, (), details)


def img2code_tally(params: Mapping[str, Any]) -> dict[str, int]:
    """Additive counts of one stored row (its ``params``): scored rewrites and their scores
    (the score sum in hundredths, so counts stay integers), by band."""
    score = params.get("score")
    if not isinstance(score, int | float):
        return {}
    band = min(int(score // 10), 9)
    return {"scored": 1, "score_centi": round(100 * float(score)), f"band_{band}0": 1}


def img2code_summary(totals: Mapping[str, int]) -> dict[str, Any]:
    """The manifest's view of summed :func:`img2code_tally` counts."""
    n = int(totals.get("scored", 0))
    if not n:
        return {"scored": 0}
    bands = {k[5:]: int(v) for k, v in sorted(totals.items()) if k.startswith("band_")}
    return {
        "scored": n,
        "mean_score": round(totals.get("score_centi", 0) / 100 / n, 2),
        "score_bands": bands,  # "80": rewrites scoring 80 <= s < 90 ("90" holds 90..100)
    }


def summarize_img2code(params: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """:func:`img2code_summary` of the rows with these ``params``."""
    totals: Counter[str] = Counter()
    for p in params:
        totals.update(img2code_tally(p))
    return img2code_summary(totals)
