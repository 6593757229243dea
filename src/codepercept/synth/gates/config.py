"""Thresholds of the quality gates; one frozen object shared by the pipeline, the CLI and tests."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


def _help(default: Any, text: str) -> Any:
    return field(default=default, metadata={"help": text})


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
    """Every threshold of Q_C, Q_I and Q_IC; ``GateConfig.help()`` lists them with their meaning."""

    # --- Q_C: code ---
    allowed_imports: tuple[str, ...] = _help(
        DEFAULT_ALLOWED_IMPORTS, "top-level modules the code may import; others are rejected"
    )
    min_code_lines: int = _help(3, "fewest non-blank, non-comment lines a snippet may have")
    max_code_lines: int = _help(600, "most non-blank, non-comment lines a snippet may have")
    max_code_chars: int = _help(20_000, "most characters a snippet may have")
    max_render_s: float | None = _help(
        None, "reject renders slower than this many seconds (None: the sandbox limit only)"
    )
    # --- Q_I: image ---
    ink_delta: int = _help(
        24, "a pixel is ink when a channel differs from the background by more than this (0-255)"
    )
    min_ink_fraction: float = _help(
        0.002, "below this share of ink pixels the image is blank or near-blank"
    )
    min_colors: int = _help(2, "fewest distinct colours (after 5-bit quantisation) a figure needs")
    max_ink_fraction: float = _help(
        0.85, "above this share of ink pixels the image is too dense to read"
    )
    max_elements_per_mpx: float = _help(
        5000.0, "most content elements per megapixel of canvas before the figure is too dense"
    )
    border_px: int = _help(2, "width of the canvas border band searched for clipped ink")
    max_border_ink: float = _help(
        0.01, "largest share of ink pixels in one side's border band (more means clipped)"
    )
    clip_tol_px: float = _help(
        1.0, "how far (px) a text bbox may cross the canvas edge before it counts as clipped"
    )
    max_text_overlap: float = _help(
        0.15, "largest intersection of two text boxes, as a share of the smaller box"
    )
    min_element_px: float = _help(
        2.0, "a content element smaller than this in both width and height is too small to see"
    )
    max_tiny_fraction: float = _help(
        0.2, "largest share of content elements allowed to be too small to see"
    )
    min_font_px: float = _help(
        7.0, "smallest text height in pixels (fontsize * dpi / 72); about 5 pt at 100 dpi"
    )
    max_aspect: float = _help(4.0, "largest width/height or height/width of the canvas")
    min_side_px: int = _help(64, "smallest canvas width or height in pixels")
    # --- Q_IC: image-code consistency ---
    label_tol_px: float = _help(
        30.0, "largest distance (px) from a labelled point to its label's text box"
    )
    label_tol_3d_px: float = _help(
        40.0, "as label_tol_px for 3-D points, measured to the nearest drawn vertex"
    )
    point_tol: float = _help(
        0.01, "segment/vertex matching tolerance, as a share of each axis' data range"
    )
    circle_tol: float = _help(
        0.02, "circle centre/radius tolerance, as a share of the declared radius"
    )
    dashed_styles: tuple[str, ...] = _help(
        ("dashed",), "line styles that satisfy a dashed_segments fact"
    )
    angle_tol_deg: float = _help(0.5, "largest difference of declared and traced view angles")

    def __post_init__(self) -> None:
        for name in ("min_ink_fraction", "max_ink_fraction", "max_border_ink", "max_text_overlap"):
            v = getattr(self, name)
            if not 0.0 <= v <= 1.0:
                raise ValueError(f"GateConfig.{name} must lie in [0, 1], got {v}")
        if self.min_ink_fraction >= self.max_ink_fraction:
            raise ValueError("GateConfig.min_ink_fraction must be below max_ink_fraction")
        if self.min_code_lines > self.max_code_lines:
            raise ValueError("GateConfig.min_code_lines must not exceed max_code_lines")
        if self.max_aspect < 1.0:
            raise ValueError(f"GateConfig.max_aspect must be >= 1, got {self.max_aspect}")
        if self.border_px < 1:
            raise ValueError(f"GateConfig.border_px must be >= 1, got {self.border_px}")
        if not self.allowed_imports:
            raise ValueError("GateConfig.allowed_imports is empty; allow at least matplotlib")

    @classmethod
    def help(cls) -> dict[str, str]:
        """Field name -> meaning, for ``--help`` texts and docs."""
        return {f.name: f.metadata.get("help", "") for f in fields(cls)}
