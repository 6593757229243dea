"""Fixed margins for plots with ticks, axis labels, a title and a legend, estimated from the
texts' sizes at generation time: ``fig.subplots_adjust`` with these numbers lays a figure out
like ``fig.tight_layout()`` at a fraction of the render cost (tight layout draws every text
once more to measure it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from codepercept.synth.kit.labels import text_half_size

PAD_IN = 0.12  # free space between the outermost text and the figure edge


def text_width_in(text: str, fontsize: float) -> float:
    """Estimated rendered width of ``text`` in inches (DejaVu Sans, a little generous)."""
    return 2 * text_half_size(text, fontsize)[0] / 100.0


def line_in(fontsize: float, lines: float = 1.0) -> float:
    """Height of ``lines`` lines of text in inches, with matplotlib's line spacing."""
    return lines * fontsize * 1.25 / 72.0


@dataclass(frozen=True, slots=True)
class Margins:
    """What sits outside the axes box on each side (all optional)."""

    figsize: tuple[float, float]
    tick_fontsize: float
    label_fontsize: float
    yticks: Sequence[str] = ()  # tick labels left of the axes
    xticks: Sequence[str] = ()  # tick labels below the axes
    xlabel: bool = False
    ylabel: bool = False
    title_fontsize: float = 0.0  # 0: no title
    top_in: float = 0.0  # anything else above the axes (a legend row), inches
    right_in: float = 0.0  # anything right of the axes (a legend column), inches

    def code(self) -> str:
        """The ``fig.subplots_adjust(...)`` line for these margins."""
        w, h = self.figsize
        tick_gap = 3.5 / 72 + 3.5 / 72  # tick length and tick label pad, points -> inches
        left = PAD_IN + (line_in(self.label_fontsize) + 0.05 if self.ylabel else 0.0)
        if self.yticks:
            left += max(text_width_in(t, self.tick_fontsize) for t in self.yticks) + tick_gap
        # an x tick label centred on the axes' left or right edge reaches out by half its width
        half_x = max((text_width_in(t, self.tick_fontsize) / 2 for t in self.xticks), default=0)
        left = max(left, PAD_IN + half_x)
        bottom = PAD_IN + (line_in(self.label_fontsize) + 0.05 if self.xlabel else 0.0)
        if self.xticks:
            bottom += line_in(self.tick_fontsize) + tick_gap
        top = PAD_IN + self.top_in
        if self.title_fontsize:
            top += line_in(self.title_fontsize) + 6 / 72
        right = PAD_IN + max(self.right_in, half_x)
        return (
            f"fig.subplots_adjust(left={left / w:.3f}, right={1 - right / w:.3f}, "
            f"bottom={bottom / h:.3f}, top={1 - top / h:.3f})"
        )
