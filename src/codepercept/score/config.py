"""Settings and result record of the deterministic scores."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from typing import Any

from codepercept.score.visual import VisualParams


def _help(default: Any, text: str) -> Any:
    return field(default=default, metadata={"help": text})


@dataclass(frozen=True)
class ScoreConfig:
    """Weights and tolerances of every score; one object shared by the library and the CLI.

    ``ScoreConfig.help()`` lists each field with its meaning. Weights inside one group need
    not sum to 1 (they are normalised).
    """

    include_ticks: bool = _help(False, "compare tick labels as text elements too")
    # overall
    overall_visual_weight: float = _help(
        0.5, "share of visual in overall; structural gets the rest"
    )
    image_only_text_weight: float = _help(
        0.2, "share of the OCR text score in overall when only a reference image is given"
    )
    # visual
    visual_ssim_weight: float = _help(0.25, "weight of grey-level SSIM in visual")
    visual_stroke_weight: float = _help(0.25, "weight of stroke F1 in visual")
    visual_dist_weight: float = _help(0.25, "weight of the clipped stroke distance in visual")
    visual_color_weight: float = _help(0.25, "weight of the Lab colour histogram in visual")
    visual: VisualParams = _help(VisualParams(), "canvas size and pixel tolerances of visual")
    # structural: structural = count * weighted mean of the quality sub-scores
    position_weight: float = _help(0.3, "weight of position in structural quality")
    color_weight: float = _help(0.2, "weight of colour in structural quality")
    text_weight: float = _help(0.2, "weight of text in structural quality")
    style_weight: float = _help(0.1, "weight of style in structural quality")
    zorder_weight: float = _help(0.05, "weight of z-order agreement in structural quality")
    layout_weight: float = _help(0.15, "weight of layout in structural quality")
    # tolerances
    position_scale: float = _help(
        0.05, "displacement (figure fraction) at which position similarity is 0.5"
    )
    position_tol: float = _help(
        0.002, "displacement (figure fraction) treated as zero (sub-pixel rounding)"
    )
    color_scale: float = _help(10.0, "CIEDE2000 difference at which colour similarity is 0.5")
    color_tol: float = _help(1.0, "CIEDE2000 difference treated as zero (below visibility)")
    size_ratio_scale: float = _help(
        1.5, "ratio of line widths, marker or font sizes at which their similarity is 0.5"
    )
    limits_scale: float = _help(
        0.1, "axis-limit change, as a fraction of the reference range, scoring 0.5"
    )
    text_content_weight: float = _help(
        0.75, "share of content (edit distance) in a text pair's score; placement gets the rest"
    )
    marker_budget: int = _help(
        50, "the markers of one figure together weigh at most this many elements"
    )
    exact_match_limit: int = _help(
        300, "above this many elements of one family, matching is greedy on nearest neighbours"
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            v = getattr(self, f.name)
            numeric = isinstance(v, int | float) and not isinstance(v, bool)
            if numeric and (not math.isfinite(v) or v < 0):  # ints too: weights given as 3
                raise ValueError(f"ScoreConfig.{f.name} must be a finite number >= 0, got {v}")
        for name in ("overall_visual_weight", "image_only_text_weight", "text_content_weight"):
            if getattr(self, name) > 1:
                raise ValueError(f"ScoreConfig.{name} must be in 0..1, got {getattr(self, name)}")
        for name in ("position_scale", "color_scale", "limits_scale"):
            if getattr(self, name) <= 0:
                raise ValueError(f"ScoreConfig.{name} must be > 0")
        if self.size_ratio_scale <= 1:
            raise ValueError("ScoreConfig.size_ratio_scale must be > 1 (a ratio)")
        if self.marker_budget < 1 or self.exact_match_limit < 2:
            raise ValueError("ScoreConfig.marker_budget >= 1 and exact_match_limit >= 2 required")
        visual_w = (
            self.visual_ssim_weight,
            self.visual_stroke_weight,
            self.visual_dist_weight,
            self.visual_color_weight,
        )
        if sum(visual_w) <= 0:
            raise ValueError("at least one visual weight must be > 0")
        if sum(self.quality_weights().values()) <= 0:
            raise ValueError("at least one structural weight must be > 0")

    def quality_weights(self) -> dict[str, float]:
        """Weights of the structural quality sub-scores by name."""
        return {
            "position": self.position_weight,
            "color": self.color_weight,
            "text": self.text_weight,
            "style": self.style_weight,
            "zorder": self.zorder_weight,
            "layout": self.layout_weight,
        }

    @classmethod
    def help(cls) -> dict[str, str]:
        """Field name -> one-line meaning."""
        return {f.name: f.metadata.get("help", "") for f in fields(cls)}


@dataclass(frozen=True)
class Score:
    """Scores of one (reference, candidate) pair, each 0..100.

    ``structural`` is None when there is no reference trace (image-only scoring). ``sub``
    holds every sub-score by name (0..100); ``details`` holds counts and diagnostics.
    """

    exec: bool
    visual: float
    structural: float | None
    overall: float
    sub: dict[str, float] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, *, details: bool = False) -> dict[str, Any]:
        """JSON-ready dict: exec, visual, structural, overall, sub (and details if asked)."""
        out: dict[str, Any] = {
            "exec": self.exec,
            "visual": self.visual,
            "structural": self.structural,
            "overall": self.overall,
            "sub": dict(self.sub),
        }
        if details:
            out["details"] = dict(self.details)
        return out
