"""How a figure is drawn: one :class:`Style` record, sampled per sample so that renders vary
beyond the geometry, from a few textbook-like palettes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from codepercept.synth.kit.rand import pick

#: (main line, auxiliary line, marks, light fill) colour schemes of 2-D sketches.
SKETCH_PALETTES = (
    ("#1f2d3d", "#c0392b", "#2874a6", "#d6eaf8"),
    ("#000000", "#555555", "#c0392b", "#f2f3f4"),
    ("#1a5276", "#d35400", "#7d3c98", "#fdebd0"),
    ("#17202a", "#1e8449", "#b03a2e", "#e8f8f5"),
    ("#2e4053", "#8e44ad", "#d68910", "#f4ecf7"),
    ("#0b3d91", "#e67e22", "#c0392b", "#eaf2f8"),
)

#: (edge, face, accent) colour schemes of solids.
SOLID_PALETTES = (
    ("black", "#d9e6f2", "tab:red"),
    ("#1f3b73", "#e3ecf7", "tab:orange"),
    ("black", "#eeeeee", "tab:blue"),
    ("#243d25", "#e5f0e0", "tab:purple"),
    ("#3b2a1a", "#f3ead9", "tab:blue"),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Style:
    """Colours and sizes of one figure."""

    line: str  # main lines, outlines and visible edges
    aux: str  # auxiliary constructions
    mark: str  # accents: angle marks and ticks, highlighted diagonals, shaded sections
    fill: str | None  # light fill of the main shape (face colour); None for an outline only
    text: str = "black"
    lw: float  # main line width
    aux_lw: float  # auxiliary, hidden and dashed lines
    fontsize: int
    figsize: tuple[float, float]  # inches; a drawing fitted to its content uses the longer side
    dash: str = "--"  # how the emitted code spells a dashed line: "--" or "dashed"
    label_loop: bool = False  # point labels written as a dict + loop instead of one call each

    def as_params(self) -> dict[str, Any]:
        """The style as plain JSON values, for ``Sample.params['style']``."""
        return {**asdict(self), "figsize": list(self.figsize)}


def sample_sketch_style(rng: np.random.Generator) -> Style:
    """A random but tasteful style for a 2-D :class:`~codepercept.synth.kit.Sketch`."""
    line, aux, mark, fill = pick(rng, SKETCH_PALETTES)
    fill = fill if rng.random() < 0.35 else None
    text = str(pick(rng, ("black", line)))
    lw = round(float(rng.uniform(1.6, 2.4)), 1)
    aux_lw = round(float(rng.uniform(1.1, 1.5)), 1)
    fontsize = int(rng.integers(13, 16))
    size = round(float(rng.uniform(5.2, 6.8)), 1)
    return Style(
        line=line,
        aux=aux,
        mark=mark,
        fill=fill,
        text=text,
        lw=lw,
        aux_lw=aux_lw,
        fontsize=fontsize,
        figsize=(size, size),
        dash=str(pick(rng, ("--", "dashed"))),
        label_loop=bool(rng.random() < 0.5),
    )


def sample_solid_style(
    rng: np.random.Generator, figsizes: Sequence[tuple[float, float]] = ((6, 6),)
) -> Style:
    """A palette, line width, font size and figure size for a solid; hidden edges at 0.7 lw."""
    edge, face, accent = pick(rng, SOLID_PALETTES)
    lw = float(pick(rng, (1.4, 1.6, 1.8, 2.0)))
    fontsize = int(pick(rng, (13, 14, 15)))
    figsize = tuple(pick(rng, figsizes))
    return Style(
        line=edge,
        aux=edge,
        mark=accent,
        fill=face,
        lw=lw,
        aux_lw=round(lw * 0.7, 2),
        fontsize=fontsize,
        figsize=figsize,
    )
