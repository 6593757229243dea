"""Shared pieces of the puzzle templates: palettes, the family name and a sampled style."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from codepercept.synth.kit import pick

FAMILY = "puzzles"

#: (outline, accent, soft fill, text) colour schemes of puzzle figures.
PUZZLE_PALETTES = (
    ("#000000", "#c0392b", "#f2f3f4", "#000000"),
    ("#1f2d3d", "#2874a6", "#d6eaf8", "#1f2d3d"),
    ("#1a5276", "#d35400", "#fdebd0", "#0b2a40"),
    ("#145a32", "#b03a2e", "#e8f8f5", "#0b3d20"),
    ("#4a235a", "#1e8449", "#f4ecf7", "#2c1338"),
    ("#3b2a1a", "#1a5276", "#f3ead9", "#3b2a1a"),
)


@dataclass(frozen=True, slots=True)
class PuzzleStyle:
    line: str
    accent: str
    fill: str
    text: str
    lw: float
    fontsize: int

    def as_params(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "accent": self.accent,
            "fill": self.fill,
            "text": self.text,
            "lw": self.lw,
            "fontsize": self.fontsize,
        }


def sample_puzzle_style(rng: np.random.Generator) -> PuzzleStyle:
    line, accent, fill, text = pick(rng, PUZZLE_PALETTES)
    return PuzzleStyle(
        line=line,
        accent=accent,
        fill=fill,
        text=text,
        lw=round(float(rng.uniform(1.5, 2.3)), 1),
        fontsize=int(rng.integers(13, 16)),
    )
