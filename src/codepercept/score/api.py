"""Scoring entry points: a reference render against a candidate render (or a reference image)."""

from __future__ import annotations

from typing import Any

import numpy as np

from codepercept.errors import CodeperceptError
from codepercept.sandbox.types import RenderResult
from codepercept.score.combine import (
    VISUAL_SUBS,
    clamp100,
    overall_image_only,
    overall_pair,
    visual_from_parts,
)
from codepercept.score.config import Score, ScoreConfig
from codepercept.score.structural import SUB_NAMES, combine_structural, structural_parts
from codepercept.score.visual import visual_parts
from codepercept.trace.schema import Trace


class ScoreError(CodeperceptError):
    """A pair cannot be scored (the reference did not render or carries no trace)."""


def _visual_parts(a: bytes | np.ndarray, b: bytes | np.ndarray, cfg: ScoreConfig, align: str):
    parts = visual_parts(a, b, cfg.visual, align=align)
    return {
        "ssim": parts["ssim"],
        "stroke_f1": parts["stroke_f1"],
        "stroke_dist": parts["stroke_dist"],
        "color_hist": parts["color"],
    }


def visual_score(
    image_a: bytes | np.ndarray,
    image_b: bytes | np.ndarray,
    config: ScoreConfig | None = None,
    *,
    align: str = "frame",
) -> float:
    """Visual similarity 0..100 of two images (PNG bytes or RGB arrays); pure, no traces.

    ``align="frame"``: both cut to the union of their content boxes (renders of one pipeline);
    ``align="content"``: each cut to its own content (a reference image of unknown framing).
    """
    cfg = config or ScoreConfig()
    return visual_from_parts(_visual_parts(image_a, image_b, cfg, align), cfg)


def structural_score(trace_a: Trace, trace_b: Trace, config: ScoreConfig | None = None) -> float:
    """Structural similarity 0..100 of a reference trace and a candidate trace; pure."""
    cfg = config or ScoreConfig()
    sub, _ = structural_parts(trace_a, trace_b, cfg)
    return clamp100(100.0 * combine_structural(sub, cfg))


def _failed(cand: RenderResult, keys: tuple[str, ...], structural: float | None) -> Score:
    return Score(
        exec=False,
        visual=0.0,
        structural=structural,
        overall=0.0,
        sub=dict.fromkeys(keys, 0.0),
        details={"status": str(cand.status), "reason": cand.reason},
    )


def _check_reference(ref: RenderResult, need_trace: bool) -> None:
    if not ref.ok or ref.png is None:
        raise ScoreError(
            f"the reference did not render ({ref.status}: {ref.reason or 'no image'}); "
            "fix the reference code or score against a reference image instead"
        )
    if need_trace and ref.trace is None:
        raise ScoreError(
            "the reference render has no trace; render it with RenderConfig(trace=True)"
        )


def score_pair(ref: RenderResult, cand: RenderResult, config: ScoreConfig | None = None) -> Score:
    """Visual, structural and overall scores of a candidate render against a reference render.

    Raises :class:`ScoreError` when the reference did not render or either render lacks a
    trace; a candidate that did not render scores ``exec=False`` and 0 everywhere.
    """
    cfg = config or ScoreConfig()
    _check_reference(ref, need_trace=True)
    keys = VISUAL_SUBS + SUB_NAMES
    if not cand.ok or cand.png is None:
        return _failed(cand, keys, 0.0)
    if cand.trace is None:
        raise ScoreError(
            "the candidate render has no trace; render it with RenderConfig(trace=True)"
        )
    vparts = _visual_parts(ref.png, cand.png, cfg, "frame")
    visual = visual_from_parts(vparts, cfg)
    sparts, sdetails = structural_parts(ref.trace, cand.trace, cfg)
    structural = clamp100(100.0 * combine_structural(sparts, cfg))
    sub = {k: clamp100(100.0 * v) for k, v in {**vparts, **sparts}.items()}
    details: dict[str, Any] = {"status": str(cand.status), **sdetails}
    return Score(
        exec=True,
        visual=visual,
        structural=structural,
        overall=overall_pair(visual, structural, cfg),
        sub=sub,
        details=details,
    )


def score_image_only(
    ref_png: bytes, cand: RenderResult, config: ScoreConfig | None = None
) -> Score:
    """Scores of a candidate render against a reference image alone (no reference code).

    Visual (each image cut to its own content) plus ``ocr_text``: the texts read by OCR from
    both images, matched and compared like the structural text sub-score. Needs the ``ocr``
    extra. ``structural`` is None.
    """
    from codepercept.score.ocr import ocr_text_score

    cfg = config or ScoreConfig()
    keys = (*VISUAL_SUBS, "ocr_text")
    if not cand.ok or cand.png is None:
        return _failed(cand, keys, None)
    vparts = _visual_parts(ref_png, cand.png, cfg, "content")
    visual = visual_from_parts(vparts, cfg)
    text, tdetails = ocr_text_score(ref_png, cand.png, cfg)
    sub = {k: clamp100(100.0 * v) for k, v in {**vparts, "ocr_text": text}.items()}
    return Score(
        exec=True,
        visual=visual,
        structural=None,
        overall=overall_image_only(visual, sub["ocr_text"], cfg),
        sub=sub,
        details={"status": str(cand.status), **tdetails},
    )
