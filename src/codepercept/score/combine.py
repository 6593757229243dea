"""How sub-scores combine into visual, structural and overall (all 0..100).

- ``visual = 100 * (w_ssim * ssim + w_f1 * stroke_f1 + w_dist * stroke_dist
  + w_color * color_hist) / sum(w)``
- ``structural = 100 * count * sum_k(w_k * sub_k) / sum_k(w_k)`` over position, color, text,
  style, zorder, layout (see :mod:`codepercept.score.structural`)
- ``overall = w_v * visual + (1 - w_v) * structural`` (reference code available), or
  ``overall = (1 - w_t) * visual + w_t * ocr_text`` (reference image only)
- a candidate that did not render scores 0 everywhere, ``exec`` False.
"""

from __future__ import annotations

import math

from codepercept.score.config import ScoreConfig

VISUAL_SUBS = ("ssim", "stroke_f1", "stroke_dist", "color_hist")


def clamp100(x: float) -> float:
    """A score in 0..100 (NaN becomes 0), rounded to 4 decimals for stable output."""
    if x is None or not math.isfinite(x):
        return 0.0
    return round(min(max(float(x), 0.0), 100.0), 4)


def visual_from_parts(parts: dict[str, float], config: ScoreConfig | None = None) -> float:
    """Visual score 0..100 from its parts (0..1): ssim, stroke_f1, stroke_dist, color_hist."""
    cfg = config or ScoreConfig()
    w = (
        cfg.visual_ssim_weight,
        cfg.visual_stroke_weight,
        cfg.visual_dist_weight,
        cfg.visual_color_weight,
    )
    v = (parts["ssim"], parts["stroke_f1"], parts["stroke_dist"], parts["color_hist"])
    return clamp100(100.0 * sum(a * b for a, b in zip(w, v, strict=True)) / sum(w))


def overall_pair(visual: float, structural: float, config: ScoreConfig | None = None) -> float:
    """Overall 0..100 when both traces exist."""
    cfg = config or ScoreConfig()
    wv = cfg.overall_visual_weight
    return clamp100(wv * visual + (1.0 - wv) * structural)


def overall_image_only(visual: float, ocr_text: float, config: ScoreConfig | None = None) -> float:
    """Overall 0..100 when only a reference image exists."""
    cfg = config or ScoreConfig()
    wt = cfg.image_only_text_weight
    return clamp100((1.0 - wt) * visual + wt * ocr_text)
