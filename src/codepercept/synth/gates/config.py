"""Thresholds of the quality gates; one frozen object shared by the pipeline, the CLI and tests."""

from __future__ import annotations

from dataclasses import dataclass

from codepercept.config import ConfigError, config_help, setting, validate
from codepercept.grounding import CheckConfig

#: Top-level modules a snippet may import (Q_C). Anything else is rejected by name.
DEFAULT_ALLOWED_IMPORTS: tuple[str, ...] = (
    "__future__",
    "matplotlib",
    "mpl_toolkits",
    "numpy",
    "scipy",
    "math",
    "cmath",
    "random",
    "fractions",
    "decimal",
    "statistics",
    "itertools",
    "functools",
    "operator",
    "collections",
    "string",
    "textwrap",
    "colorsys",
    "copy",
    "typing",
    "dataclasses",
    "enum",
)


@dataclass(frozen=True)
class GateConfig:
    """Every threshold of Q_C, Q_I and Q_IC; ``config_help(GateConfig)`` lists their meanings."""

    # --- Q_C: code ---
    allowed_imports: tuple[str, ...] = setting(
        DEFAULT_ALLOWED_IMPORTS, "top-level modules the code may import; others are rejected"
    )
    min_code_lines: int = setting(3, "fewest non-blank, non-comment lines a snippet may have", ge=0)
    max_code_lines: int = setting(600, "most non-blank, non-comment lines a snippet may have", ge=1)
    max_code_chars: int = setting(20_000, "most characters a snippet may have", ge=1)
    max_render_s: float | None = setting(
        None, "reject renders slower than this many seconds (None: the sandbox limit only)", gt=0
    )
    # --- Q_I: image ---
    ink_delta: int = setting(
        24,
        "a pixel is ink when a channel differs from the background by more than this (0-255)",
        ge=0,
        le=255,
    )
    min_ink_fraction: float = setting(
        0.002, "below this share of ink pixels the image is blank or near-blank", ge=0, le=1
    )
    min_colors: int = setting(
        2, "fewest distinct colours (after 5-bit quantisation) a figure needs", ge=1
    )
    max_ink_fraction: float = setting(
        0.85, "above this share of ink pixels the image is too dense to read", ge=0, le=1
    )
    max_elements_per_mpx: float = setting(
        5000.0, "most content elements per megapixel of canvas before the figure is too dense", gt=0
    )
    border_px: int = setting(2, "width of the canvas border band searched for clipped ink", ge=1)
    max_border_ink: float = setting(
        0.01,
        "largest share of ink pixels in one side's border band (more means clipped)",
        ge=0,
        le=1,
    )
    clip_tol_px: float = setting(
        1.0, "how far (px) a text bbox may cross the canvas edge before it counts as clipped", ge=0
    )
    max_text_overlap: float = setting(
        0.15, "largest intersection of two text boxes, as a share of the smaller box", ge=0, le=1
    )
    min_element_px: float = setting(
        2.0,
        "a content element smaller than this in both width and height is too small to see",
        ge=0,
    )
    max_tiny_fraction: float = setting(
        0.2, "largest share of content elements allowed to be too small to see", ge=0, le=1
    )
    min_font_px: float = setting(
        7.0, "smallest text height in pixels (fontsize * dpi / 72); about 5 pt at 100 dpi", ge=0
    )
    max_aspect: float = setting(4.0, "largest width/height or height/width of the canvas", ge=1)
    min_side_px: int = setting(64, "smallest canvas width or height in pixels", ge=1)
    # --- Q_IC: image-code consistency ---
    facts: CheckConfig = setting(
        default_factory=CheckConfig, help="tolerances of the fact checks against the trace"
    )

    def __post_init__(self) -> None:
        validate(self)
        if self.min_ink_fraction >= self.max_ink_fraction:
            raise ConfigError("GateConfig.min_ink_fraction must be below max_ink_fraction")
        if self.min_code_lines > self.max_code_lines:
            raise ConfigError("GateConfig.min_code_lines must not exceed max_code_lines")
        if not self.allowed_imports:
            raise ConfigError("GateConfig.allowed_imports is empty; allow at least matplotlib")

    help = classmethod(config_help)
