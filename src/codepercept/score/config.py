"""Settings and result record of the deterministic scores."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codepercept.config import ConfigError, config_help, setting, validate

_WEIGHT = {"ge": 0.0}  # a weight of one group; the group is normalised
_SHARE = {"ge": 0.0, "le": 1.0}  # a share of one score in another


@dataclass(frozen=True, slots=True)
class VisualParams:
    """Tolerances of the visual score (``ScoreConfig.visual`` carries one)."""

    canvas_px: int = setting(128, "side of the square canvas both images are fitted on", ge=16)
    margin: float = setting(
        0.02, "margin kept around the content box, fraction of its longer side", ge=0
    )
    ink_threshold: float = setting(
        0.1, "a pixel is content when a channel differs this much (0..1)", gt=0, lt=1
    )
    stroke_tol_px: float = setting(
        2.0, "stroke F1 tolerance in canvas pixels (1.6% of the canvas)", ge=0
    )
    stroke_reach_px: float = setting(
        20.0, "stroke distance: distances are clipped here (15% of the canvas)", gt=0
    )
    ssim_sigma: float = setting(1.5, "Gaussian window of SSIM, canvas pixels", gt=0)
    ssim_preblur: float = setting(
        3.0, "blur before SSIM, canvas pixels (tolerance to small shifts)", ge=0
    )
    ssim_coarse_preblur: float = setting(
        8.0, "blur of the coarse SSIM scale (<= ssim_preblur: fine only)", ge=0
    )
    hist_sigma: float = setting(1.0, "smoothing of the Lab histogram, in bins", ge=0)
    color_samples: int = setting(
        5_000, "content pixels sampled (evenly) for the colour histogram", ge=1
    )

    def __post_init__(self) -> None:
        validate(self)


@dataclass(frozen=True)
class ScoreConfig:
    """Weights and tolerances of every score; one object shared by the library and the CLI.

    ``ScoreConfig.help()`` lists each field with its meaning. Weights inside one group need
    not sum to 1 (they are normalised).
    """

    include_ticks: bool = setting(False, "compare tick labels as text elements too")
    # overall
    overall_visual_weight: float = setting(
        0.5, "share of visual in overall; structural gets the rest", **_SHARE
    )
    image_only_text_weight: float = setting(
        0.2, "share of the OCR text score in overall when only a reference image is given", **_SHARE
    )
    # visual
    visual_ssim_weight: float = setting(0.25, "weight of grey-level SSIM in visual", **_WEIGHT)
    visual_stroke_weight: float = setting(0.25, "weight of stroke F1 in visual", **_WEIGHT)
    visual_dist_weight: float = setting(
        0.25, "weight of the clipped stroke distance in visual", **_WEIGHT
    )
    visual_color_weight: float = setting(
        0.25, "weight of the Lab colour histogram in visual", **_WEIGHT
    )
    visual: VisualParams = setting(VisualParams(), "canvas size and pixel tolerances of visual")
    # structural: structural = count * weighted mean of the quality sub-scores
    position_weight: float = setting(0.3, "weight of position in structural quality", **_WEIGHT)
    color_weight: float = setting(0.2, "weight of colour in structural quality", **_WEIGHT)
    text_weight: float = setting(0.2, "weight of text in structural quality", **_WEIGHT)
    style_weight: float = setting(0.1, "weight of style in structural quality", **_WEIGHT)
    zorder_weight: float = setting(
        0.05, "weight of z-order agreement in structural quality", **_WEIGHT
    )
    layout_weight: float = setting(0.15, "weight of layout in structural quality", **_WEIGHT)
    # tolerances
    position_scale: float = setting(
        0.05, "displacement (figure fraction) at which position similarity is 0.5", gt=0
    )
    position_tol: float = setting(
        0.002, "displacement (figure fraction) treated as zero (sub-pixel rounding)", ge=0
    )
    color_scale: float = setting(
        10.0, "CIEDE2000 difference at which colour similarity is 0.5", gt=0
    )
    color_tol: float = setting(1.0, "CIEDE2000 difference treated as zero (below visibility)", ge=0)
    size_ratio_scale: float = setting(
        1.5, "ratio of line widths, marker or font sizes at which their similarity is 0.5", gt=1
    )
    limits_scale: float = setting(
        0.1, "axis-limit change, as a fraction of the reference range, scoring 0.5", gt=0
    )
    text_content_weight: float = setting(
        0.75,
        "share of content (edit distance) in a text pair's score; placement gets the rest",
        **_SHARE,
    )
    marker_budget: int = setting(
        50, "the markers of one figure together weigh at most this many elements", ge=1
    )
    exact_match_limit: int = setting(
        300,
        "above this many elements of one family, matching is greedy on nearest neighbours",
        ge=2,
    )

    def __post_init__(self) -> None:
        validate(self)
        visual_w = (
            self.visual_ssim_weight,
            self.visual_stroke_weight,
            self.visual_dist_weight,
            self.visual_color_weight,
        )
        if sum(visual_w) <= 0:
            raise ConfigError("ScoreConfig: at least one visual_*_weight must be > 0")
        if sum(self.quality_weights().values()) <= 0:
            raise ConfigError("ScoreConfig: at least one structural *_weight must be > 0")

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

    help = classmethod(config_help)


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
