"""Hand-built traces for the structural score tests (figure coordinates in, Trace out)."""

from __future__ import annotations

from dataclasses import replace

from codepercept.trace.schema import AxesInfo, Element, ElementKind, Role, Trace

W, H = 600, 500
BLACK = (0.0, 0.0, 0.0, 1.0)
BLUE = (0.12, 0.47, 0.71, 1.0)
RED = (0.84, 0.15, 0.16, 1.0)
ORANGE = (1.0, 0.5, 0.05, 1.0)


def _px(pts: list[tuple[float, float]], w: int = W, h: int = H) -> tuple[tuple[float, float], ...]:
    return tuple((round(x * w, 2), round((1 - y) * h, 2)) for x, y in pts)


def _bbox(pts: list[tuple[float, float]], w: int = W, h: int = H):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    fig = (min(xs), min(ys), max(xs), max(ys))
    px = (fig[0] * w, (1 - fig[3]) * h, fig[2] * w, (1 - fig[1]) * h)
    return fig, px


def shape(
    kind: ElementKind,
    pts: list[tuple[float, float]],
    *,
    stroke=BLACK,
    fill=None,
    lw: float = 1.5,
    ls: str = "solid",
    closed: bool = False,
    zorder: float = 1.0,
    hatch: str | None = None,
    marker: str | None = None,
) -> Element:
    fig, px = _bbox(pts)
    return Element(
        index=0,
        kind=kind,
        role=Role.CONTENT,
        axes=0,
        zorder=zorder,
        bbox_px=px,
        bbox_fig=fig,
        px=_px(pts),
        n_points=len(pts),
        closed=closed,
        stroke=stroke,
        fill=fill,
        linewidth=lw if stroke is not None else 0.0,
        linestyle=ls,
        hatch=hatch,
        marker=marker,
    )


def line(pts, **kw) -> Element:
    return shape(ElementKind.LINE, pts, **kw)


def polygon(pts, **kw) -> Element:
    kw.setdefault("closed", True)
    return shape(ElementKind.POLYGON, pts, **kw)


def marker(xy: tuple[float, float], *, fill=BLUE, size: float = 6.0, symbol: str = "o") -> Element:
    half = size / 72 * 100 / 2
    x, y = xy
    fig = (x - half / W, y - half / H, x + half / W, y + half / H)
    return Element(
        index=0,
        kind=ElementKind.MARKER,
        role=Role.CONTENT,
        axes=0,
        zorder=2.0,
        bbox_px=(fig[0] * W, (1 - fig[3]) * H, fig[2] * W, (1 - fig[1]) * H),
        bbox_fig=fig,
        px=_px([xy]),
        n_points=1,
        fill=fill,
        linestyle="none",
        marker=symbol,
        markersize=size,
    )


def text(s: str, xy: tuple[float, float], *, size: float = 12.0, role=Role.CONTENT) -> Element:
    x, y = xy
    wf = len(s) * size * 0.6 / 72 * 100 / W
    hf = size / 72 * 100 / H
    fig = (x, y, x + wf, y + hf)
    return Element(
        index=0,
        kind=ElementKind.TEXT,
        role=role,
        axes=0,
        zorder=3.0,
        bbox_px=(fig[0] * W, (1 - fig[3]) * H, fig[2] * W, (1 - fig[1]) * H),
        bbox_fig=fig,
        px=_px([xy]),
        n_points=1,
        fill=BLACK,
        linestyle="none",
        text=s,
        fontsize=size,
        rotation=0.0,
        ha="left",
        va="baseline",
    )


def axes(**kw) -> AxesInfo:
    base = dict(
        index=0,
        projection="rectilinear",
        bbox_px=(75.0, 60.0, 540.0, 440.0),
        bbox_fig=(0.125, 0.11, 0.9, 0.88),
        xlim=(0.0, 10.0),
        ylim=(0.0, 8.0),
    )
    base.update(kw)
    return AxesInfo(**base)


def trace(elements: list[Element], axes_list: list[AxesInfo] | None = None) -> Trace:
    """A trace with elements in the given draw order (indices renumbered)."""
    els = tuple(replace(e, index=i) for i, e in enumerate(elements))
    return Trace(
        width_px=W,
        height_px=H,
        dpi=100.0,
        axes=tuple(axes_list if axes_list is not None else [axes()]),
        elements=els,
    )


def scene() -> list[Element]:
    """A small STEM figure: a filled triangle, a dashed median, a circle, points and labels."""
    return [
        polygon([(0.2, 0.2), (0.8, 0.2), (0.4, 0.75)], fill=(0.8, 0.9, 1.0, 1.0), stroke=BLACK),
        line([(0.4, 0.75), (0.5, 0.2)], stroke=RED, ls="dashed", lw=1.0, zorder=2.0),
        shape(
            ElementKind.CIRCLE,
            [(0.55 + 0.05 * c, 0.5 + 0.06 * s) for c, s in _circle(24)],
            stroke=BLUE,
            closed=True,
            zorder=2.0,
        ),
        line([(0.1, 0.1), (0.9, 0.1)], stroke=BLACK, lw=1.0),
        marker((0.2, 0.2)),
        marker((0.8, 0.2)),
        marker((0.4, 0.75)),
        text("A", (0.17, 0.15)),
        text("B", (0.81, 0.15)),
        text("C", (0.39, 0.78)),
        text("Triangle ABC", (0.4, 0.9), size=14, role=Role.TITLE),
    ]


def _circle(n: int) -> list[tuple[float, float]]:
    import math

    return [(math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n + 1)]


def moved(e: Element, dx: float, dy: float) -> Element:
    """The same element translated by (dx, dy) figure fractions."""
    pts = [(x / W + dx, (1 - y / H) + dy) for x, y in e.px]
    x0, y0, x1, y1 = e.bbox_fig
    fig = (x0 + dx, y0 + dy, x1 + dx, y1 + dy)
    px = (fig[0] * W, (1 - fig[3]) * H, fig[2] * W, (1 - fig[1]) * H)
    return replace(e, px=_px(pts), bbox_fig=fig, bbox_px=px)
