"""Layout sub-score: number and placement of axes, their limits, scales, aspect, projection."""

from __future__ import annotations

import numpy as np

from codepercept.score.match import assign
from codepercept.score.similarity import falloff, ratio_sim
from codepercept.score.text import normalize_text, text_similarity
from codepercept.trace.schema import AxesInfo, Trace


def _box(ax: AxesInfo) -> np.ndarray:
    x0, y0, x1, y1 = ax.bbox_fig
    return np.array([(x0 + x1) / 2, (y0 + y1) / 2, abs(x1 - x0), abs(y1 - y0)], dtype=float)


def _limits_sim(a: tuple[float, float], b: tuple[float, float], scale: float) -> float:
    span = abs(a[1] - a[0])
    if not np.isfinite(span) or span <= 0:
        return float(tuple(a) == tuple(b))
    d = (abs(a[0] - b[0]) + abs(a[1] - b[1])) / (2.0 * span)
    return float(falloff(np.array(d), scale)) if np.isfinite(d) else 0.0


def _aspect_sim(a: str | float, b: str | float) -> float:
    if isinstance(a, str) or isinstance(b, str):
        return float(str(a) == str(b) or {str(a), str(b)} <= {"equal", "1.0", "1"})
    return float(ratio_sim(np.array(a), np.array(b), 1.25))


def axes_pair_sim(a: AxesInfo, b: AxesInfo, *, pos_scale: float, limits_scale: float) -> float:
    """How alike two axes are (0..1): placement, limits, scales, aspect, projection, visibility."""
    ba, bb = _box(a), _box(b)
    place = float(falloff(np.array(np.abs(ba - bb).sum() / 2.0), pos_scale))
    parts = [
        place,
        float(a.projection == b.projection),
        float(a.axis_on == b.axis_on),
        _aspect_sim(a.aspect, b.aspect),
    ]
    if a.axis_on or b.axis_on:
        parts += [
            float(a.xscale == b.xscale),
            float(a.yscale == b.yscale),
            float((a.grid_x, a.grid_y) == (b.grid_x, b.grid_y)),
        ]
    parts += [_limits_sim(a.xlim, b.xlim, limits_scale), _limits_sim(a.ylim, b.ylim, limits_scale)]
    if a.zlim is not None or b.zlim is not None:
        parts.append(_limits_sim(a.zlim, b.zlim, limits_scale) if a.zlim and b.zlim else 0.0)
    if a.legend or b.legend:
        la = normalize_text("\n".join(a.legend))
        lb = normalize_text("\n".join(b.legend))
        parts.append(text_similarity(la, lb))
    return float(np.mean(parts))


def layout_score(
    ta: Trace, tb: Trace, *, pos_scale: float = 0.05, limits_scale: float = 0.1
) -> tuple[float, dict[str, object]]:
    """Layout similarity (0..1) of two traces and a few details for the record.

    Axes are paired by a Hungarian assignment on their dissimilarity; unpaired axes count
    as zero (F1-style), and the figure's aspect ratio multiplies in.
    """
    na, nb = len(ta.axes), len(tb.axes)
    aspect_a = ta.width_px / max(ta.height_px, 1)
    aspect_b = tb.width_px / max(tb.height_px, 1)
    fig_aspect = float(ratio_sim(np.array(aspect_a), np.array(aspect_b), 1.25))
    details: dict[str, object] = {"axes_ref": na, "axes_cand": nb}
    if na == 0 and nb == 0:
        return fig_aspect, details
    if na == 0 or nb == 0:
        return 0.0, details
    sims = np.array(
        [
            [axes_pair_sim(a, b, pos_scale=pos_scale, limits_scale=limits_scale) for b in tb.axes]
            for a in ta.axes
        ]
    )
    rows, cols = assign(1.0 - sims)
    total = float(sims[rows, cols].sum())
    axes_score = 2.0 * total / (na + nb)
    return float(np.clip(axes_score * (0.8 + 0.2 * fig_aspect), 0.0, 1.0)), details
