"""What the analytic templates share: the family name, the plot style, the axes code, curve
samples for facts, and a reader of the emitted numpy functions for verifiers."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from codepercept.synth.kit import (
    Margins,
    code_numpy_function,
    line_in,
    num_literal,
    num_text,
    pick,
    rounded_list,
)
from codepercept.synth.template import ParamSpec

FAMILY = "analytic"

#: Curve colours, first for the main curve; each scheme reads well on white.
PALETTES = (
    ("tab:blue", "tab:red", "tab:green", "tab:purple"),
    ("#1f3b73", "#c0392b", "#1e8449", "#7d3c98"),
    ("blue", "red", "green", "orange"),
    ("#0b3d91", "#e67e22", "#2e8b57", "#8e44ad"),
    ("black", "#d35400", "#2874a6", "#117a65"),
    ("purple", "darkorange", "teal", "crimson"),
)
FRAMES = ("box", "cross")


@dataclass(frozen=True, slots=True)
class PlotStyle:
    """How one function graph is drawn: colours, line width, font, size, axes frame, grid."""

    colors: tuple[str, ...]
    lw: float
    fontsize: int
    figsize: tuple[float, float]
    frame: str  # "box": spines on the border | "cross": axes through the origin
    grid: bool

    def as_params(self) -> dict[str, Any]:
        return {**asdict(self), "colors": list(self.colors), "figsize": list(self.figsize)}


def sample_plot_style(
    rng: np.random.Generator, frames: Sequence[str] = FRAMES, square: bool = False
) -> PlotStyle:
    """A palette, widths, font and frame for one figure."""
    w = round(float(rng.uniform(5.6, 7.0)), 1)
    h = w if square else round(w * float(rng.uniform(0.72, 0.85)), 1)
    return PlotStyle(
        colors=tuple(pick(rng, PALETTES)),
        lw=float(pick(rng, (1.6, 1.8, 2.0, 2.2))),
        fontsize=int(rng.integers(10, 13)),
        figsize=(w, h),
        frame=str(pick(rng, frames)),
        grid=bool(rng.random() < 0.75),
    )


def style_params() -> tuple[ParamSpec, ...]:
    """The style entry every analytic template records."""
    return (ParamSpec("style", "str", help="palette, widths, font, figure size, frame, grid"),)


def ticks(lo: float, hi: float, step: float, skip_zero: bool) -> list[float]:
    """Tick positions from ``lo`` to ``hi`` (multiples of ``step``), without 0 if asked."""
    first = math.ceil(lo / step - 1e-9)
    out = [round(k * step, 6) for k in range(first, int(math.floor(hi / step + 1e-9)) + 1)]
    return [t for t in out if not (skip_zero and abs(t) < 1e-9)]


def _tick_list(ts: list[float]) -> str:
    return "[" + ", ".join(num_text(t, 3) for t in ts) + "]"


def axes_code(
    st: PlotStyle,
    xlim: tuple[float, float],
    ylim: tuple[float, float],
    xstep: float,
    ystep: float,
    *,
    equal: bool = False,
    title: str | None = None,
    legend_top: bool = False,
) -> list[str]:
    """Figure creation, limits, ticks, frame and grid (the frame crosses at the origin only
    when the origin is inside the view), and fixed margins that fit the tick labels."""
    cross = st.frame == "cross" and xlim[0] < 0 < xlim[1] and ylim[0] < 0 < ylim[1]
    xt = [num_text(t, 3) for t in ticks(*xlim, xstep, cross)]
    yt = [num_text(t, 3) for t in ticks(*ylim, ystep, cross)]
    margins = Margins(
        st.figsize,
        st.fontsize - 1,
        st.fontsize,
        () if cross else yt,
        xt,
        not cross,
        not cross,
        st.fontsize + 2 if title else 0.0,
        line_in(st.fontsize - 1) + 0.12 if legend_top else 0.0,
    )
    out = [
        f"fig, ax = plt.subplots(figsize=({st.figsize[0]}, {st.figsize[1]}))",
        f"ax.set_xlim({num_literal(xlim[0], 3)}, {num_literal(xlim[1], 3)})",
        f"ax.set_ylim({num_literal(ylim[0], 3)}, {num_literal(ylim[1], 3)})",
        f"ax.set_xticks({_tick_list(ticks(*xlim, xstep, cross))})",
        f"ax.set_yticks({_tick_list(ticks(*ylim, ystep, cross))})",
        f"ax.tick_params(labelsize={st.fontsize - 1})",
    ]
    if cross:
        out += [
            'ax.spines["left"].set_position("zero")',
            'ax.spines["bottom"].set_position("zero")',
            'ax.spines["right"].set_visible(False)',
            'ax.spines["top"].set_visible(False)',
        ]
    else:
        out += [
            f'ax.set_xlabel("x", fontsize={st.fontsize})',
            f'ax.set_ylabel("y", fontsize={st.fontsize})',
        ]
        if not st.grid:
            out.append('ax.axhline(0, color="gray", linewidth=0.8)')
            out.append('ax.axvline(0, color="gray", linewidth=0.8)')
    if st.grid:
        out.append('ax.grid(True, color="#d0d0d0", linewidth=0.7)')
        out.append("ax.set_axisbelow(True)")
    if equal:
        out.append('ax.set_aspect("equal")')
    if title:
        out.append(f'ax.set_title("{title}", fontsize={st.fontsize + 2})')
    out.append(margins.code())
    return out


def legend_above(st: PlotStyle, rng: np.random.Generator) -> bool:
    """Whether the legend goes above the axes (always for axes through the origin, whose
    tick labels a legend inside could cover) rather than in the emptiest corner."""
    return st.frame == "cross" or bool(rng.random() < 0.4)


def legend_code(st: PlotStyle, above: bool, ncol: int = 2) -> str:
    if not above:
        return f'ax.legend(loc="best", fontsize={st.fontsize - 1}, framealpha=1)'
    return (
        f'ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.01), ncol={ncol}, '
        f"fontsize={st.fontsize - 1}, frameon=False)"
    )


def finish_code() -> list[str]:
    return ["", 'plt.savefig("figure.png")']


def curve_facts(
    name: str,
    xs: np.ndarray,
    ys: np.ndarray,
    ylim: tuple[float, float],
    *,
    style: str = "solid",
    n: int = 14,
) -> dict[str, Any]:
    """A ``curves`` fact: about ``n`` of the drawn samples that lie inside the view."""
    inside = np.flatnonzero((ys >= ylim[0]) & (ys <= ylim[1]) & np.isfinite(ys))
    if len(inside) > n:
        inside = inside[np.linspace(0, len(inside) - 1, n).round().astype(int)]
    pts = [rounded_list((xs[i], ys[i]), 4) for i in inside]
    return {"name": name, "points": pts, "style": style}


def poly_text(coefs: Sequence[float], var: str = "x") -> str:
    """A polynomial with highest power first as a person writes it: 'x² - 2x + 3'."""
    sup = {2: "²", 3: "³", 4: "⁴"}
    deg = len(coefs) - 1
    out = ""
    for i, c in enumerate(coefs):
        p = deg - i
        if abs(c) < 1e-12:
            continue
        mag = abs(c)
        body = num_text(mag) if (mag != 1 or p == 0) else ""
        if p >= 1:
            body += var + sup.get(p, "" if p == 1 else f"^{p}")
        if not out:
            out = ("-" if c < 0 else "") + body
        else:
            out += (" - " if c < 0 else " + ") + body
    return out or "0"


def poly_code(coefs: Sequence[float], var: str = "x") -> str:
    """The same polynomial as a Python expression: '1.0 * x**2 - 2 * x + 3'."""
    deg = len(coefs) - 1
    terms = []
    for i, c in enumerate(coefs):
        p = deg - i
        if abs(c) < 1e-12:
            continue
        lit = num_text(c, 4)
        terms.append(lit if p == 0 else f"{lit} * {var}" + (f"**{p}" if p > 1 else ""))
    out = " + ".join(terms).replace("+ -", "- ") or "0"
    return out if var in out else f"{out} + 0 * {var}"  # an array, like the other curves


def numpy_function(code: str, name: str) -> Callable[..., Any]:
    """The emitted ``def name(x): return ...`` as a vectorised function (kit reader)."""
    return code_numpy_function(code, name)


def sign_roots(fn: Callable[[np.ndarray], np.ndarray], lo: float, hi: float) -> list[float]:
    """Roots of ``fn`` on [lo, hi] by a fine sign scan and bisection (brute force)."""
    xs = np.linspace(lo, hi, 4001)
    ys = np.asarray(fn(xs), dtype=float)
    roots = [float(x) for x, y in zip(xs, ys, strict=True) if y == 0]
    for i in np.flatnonzero(np.sign(ys[:-1]) * np.sign(ys[1:]) < 0):
        a, b = float(xs[i]), float(xs[i + 1])
        for _ in range(60):
            m = (a + b) / 2
            if np.sign(fn(np.array([a]))[0]) == np.sign(fn(np.array([m]))[0]):
                a = m
            else:
                b = m
        roots.append((a + b) / 2)
    return sorted(roots)


def point_text(x: float, y: float) -> str:
    """'(2, -3)' as an answer."""
    return f"({num_text(x)}, {num_text(y)})"


def view(
    xs: Sequence[float], ys: Sequence[float], pad: float = 1.5
) -> tuple[tuple[float, float], tuple[float, float], float, float]:
    """Integer limits around the given x and y values (origin included) and tick steps that
    keep ticks at least ~25 px apart."""
    x0 = math.floor(min(*xs, 0) - pad)
    x1 = math.ceil(max(*xs, 0) + pad)
    y0 = math.floor(min(*ys, 0) - pad)
    y1 = math.ceil(max(*ys, 0) + pad)
    return (x0, x1), (y0, y1), step_for(x1 - x0), step_for(y1 - y0)


def step_for(span: float) -> float:
    """A tick step giving at most ~14 ticks over ``span``."""
    for s in (0.5, 1, 2, 5, 10, 20, 50):
        if span / s <= 14:
            return s
    return 100


def label_code(
    name: str, xy: Sequence[float], offset: Sequence[float], fontsize: int, color: str = ""
) -> str:
    """A point name set off from its point by ``offset`` points (an annotation)."""
    colour = f', color="{color}"' if color else ""
    return (
        f'ax.annotate("{name}", ({num_literal(xy[0], 3)}, {num_literal(xy[1], 3)}), '
        f'xytext=({int(offset[0])}, {int(offset[1])}), textcoords="offset points", '
        f'fontsize={fontsize}, ha="center", va="center"{colour})'
    )


def offset_away(
    p: Sequence[float],
    drawn: Sequence[np.ndarray],
    st: PlotStyle,
    xlim: tuple[float, float],
    ylim: tuple[float, float],
    dist_pt: float = 12.0,
) -> tuple[int, int]:
    """The label offset (points) around ``p`` farthest from the drawn curves (data arrays)."""
    sx = st.figsize[0] * 100 * 0.78 / (xlim[1] - xlim[0])  # px per data unit, roughly
    sy = st.figsize[1] * 100 * 0.78 / (ylim[1] - ylim[0])
    pts = np.concatenate([np.asarray(d, float).reshape(-1, 2) for d in drawn] or [np.zeros((0, 2))])
    px = (pts - np.asarray(p, float)) * [sx, sy]
    best, best_d = (int(dist_pt), int(dist_pt)), -1.0
    for ang in range(45, 405, 45):
        t = math.radians(ang)
        off = np.array([math.cos(t), math.sin(t)]) * dist_pt
        c = off * 100 / 72
        d = float(np.hypot(*(px - c).T).min()) if len(px) else 1e9
        if d > best_d + 1e-9:
            best, best_d = (round(off[0]), round(off[1])), d
    return best


def tick_label_spots(
    st: PlotStyle, xlim: tuple[float, float], ylim: tuple[float, float], xstep: float, ystep: float
) -> list[np.ndarray]:
    """Where the tick labels of axes through the origin sit (data units), for labels to avoid;
    none for a box frame, whose tick labels are outside the plot."""
    if st.frame != "cross" or not (xlim[0] < 0 < xlim[1] and ylim[0] < 0 < ylim[1]):
        return []
    sx = st.figsize[0] * 100 * 0.78 / (xlim[1] - xlim[0])
    sy = st.figsize[1] * 100 * 0.78 / (ylim[1] - ylim[0])
    xt = np.asarray(ticks(*xlim, xstep, True))
    yt = np.asarray(ticks(*ylim, ystep, True))
    spots = []
    for dx in (-0.3, 0.0, 0.3):
        spots.append(np.column_stack([xt + dx * xstep, np.full(len(xt), -10.0 / sy)]))
    for dy in (-0.2, 0.0, 0.2):
        spots.append(np.column_stack([np.full(len(yt), -14.0 / sx), yt + dy * ystep]))
    return spots
