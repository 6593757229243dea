"""Geometry helpers of Q_IC: data->pixel mapping, segment coverage, circle matching, box distance.

All matching happens in *normalised data coordinates*: each coordinate divided by its axis'
data range, so one tolerance works whatever the units of the figure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from codepercept.trace.schema import AxesInfo, Element, ElementKind

#: Element kinds whose outline can carry a drawn segment.
STROKE_KINDS = frozenset(
    {ElementKind.LINE, ElementKind.POLYGON, ElementKind.RECTANGLE, ElementKind.PATH}
)


def data_to_px(ax: AxesInfo, x: float, y: float) -> tuple[float, float] | None:
    """Pixel position (y down) of a 2-D data point in a linear or log axes; None otherwise."""
    if ax.projection == "3d":
        return None
    fx = _frac(x, ax.xlim, ax.xscale)
    fy = _frac(y, ax.ylim, ax.yscale)
    if fx is None or fy is None:
        return None
    x0, y0, x1, y1 = ax.bbox_px
    return x0 + fx * (x1 - x0), y1 - fy * (y1 - y0)


def _frac(v: float, lim: tuple[float, float], scale: str) -> float | None:
    lo, hi = lim
    if scale == "log":
        if v <= 0 or lo <= 0 or hi <= 0:
            return None
        v, lo, hi = math.log10(v), math.log10(lo), math.log10(hi)
    elif scale != "linear":
        return None
    return None if hi == lo else (v - lo) / (hi - lo)


def box_distance(p: tuple[float, float], box: tuple[float, float, float, float]) -> float:
    """Distance from a point to an axis-aligned box (0 inside)."""
    x0, y0, x1, y1 = box
    dx = max(x0 - p[0], 0.0, p[0] - x1)
    dy = max(y0 - p[1], 0.0, p[1] - y1)
    return math.hypot(dx, dy)


def spans(ax: AxesInfo) -> np.ndarray:
    """Data range of each axis (x, y[, z]); never zero."""
    lims = [ax.xlim, ax.ylim] + ([ax.zlim] if ax.zlim is not None else [])
    return np.array([abs(b - a) or 1.0 for a, b in lims], dtype=float)


def element_data(e: Element, dim: int) -> np.ndarray | None:
    """The element's data points as an (N, dim) array, or None when it has none of that size."""
    if not e.data or len(e.data[0]) != dim:
        return None
    arr = np.asarray(e.data, dtype=float)
    return arr if arr.ndim == 2 and np.isfinite(arr).all() else None


def _dist_to_edges(x: np.ndarray, p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """Distance from point x to each closed segment p[i]q[i]."""
    d = q - p
    L2 = np.einsum("ij,ij->i", d, d)
    t = np.einsum("ij,ij->i", x - p, d) / np.where(L2 == 0, 1.0, L2)
    t = np.clip(np.where(L2 == 0, 0.0, t), 0.0, 1.0)
    return np.linalg.norm(p + t[:, None] * d - x, axis=1)


def covers(pts: np.ndarray, closed: bool, a: np.ndarray, b: np.ndarray, tol: float) -> bool:
    """True when the polyline ``pts`` runs straight from a to b (both normalised coordinates).

    Either one edge contains both points, or a lies on edge i and b on edge j and every vertex
    the polyline passes between them lies on the segment ab.
    """
    if len(pts) < 2:
        return False
    lo, hi = pts.min(axis=0) - tol, pts.max(axis=0) + tol
    if (a < lo).any() or (a > hi).any() or (b < lo).any() or (b > hi).any():
        return False
    if closed or (len(pts) > 2 and np.allclose(pts[0], pts[-1])):
        if not np.allclose(pts[0], pts[-1]):
            pts = np.vstack([pts, pts[:1]])
        closed = True
    p, q = pts[:-1], pts[1:]
    n = len(p)
    on_a = np.flatnonzero(_dist_to_edges(a, p, q) <= tol)
    on_b = np.flatnonzero(_dist_to_edges(b, p, q) <= tol)
    if len(on_a) == 0 or len(on_b) == 0:
        return False
    if np.intersect1d(on_a, on_b).size:
        return True
    on_ab = _dist_to_edges_many(pts[:n], a, b) <= tol  # which vertices lie on segment ab
    for i in on_a.tolist():
        for j in on_b.tolist():
            paths = [(i, j)] if not closed else [(i, j), (j, i)]
            for s, e in paths:
                if s > e and not closed:
                    s, e = e, s
                stop = e + 1 if s < e else e + 1 + n
                if all(on_ab[k % n] for k in range(s + 1, stop)):
                    return True
    return False


def _dist_to_edges_many(xs: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance from each point xs[k] to the one segment ab."""
    d = b - a
    L2 = float(d @ d)
    t = np.zeros(len(xs)) if L2 == 0 else np.clip((xs - a) @ d / L2, 0.0, 1.0)
    return np.linalg.norm(a + t[:, None] * d - xs, axis=1)


def is_stroked(e: Element) -> bool:
    """True when the element draws a visible outline (not a fill without an edge)."""
    if e.linestyle == "none" or e.linewidth <= 0:
        return False
    if e.kind is not ElementKind.LINE and e.stroke is None:
        return False
    return e.stroke is None or e.stroke[3] > 0


def circle_params(e: Element) -> tuple[np.ndarray, float] | None:
    """(centre, radius) in data coordinates of a circle patch or a round ellipse."""
    g = e.geometry or {}
    if g.get("coords", "data") != "data" or "center" not in g:
        return None
    c = np.asarray(g["center"], dtype=float)
    if e.kind is ElementKind.CIRCLE and g.get("radius") is not None:
        return c, float(g["radius"])
    if e.kind in (ElementKind.ELLIPSE, ElementKind.ARC) and g.get("width") is not None:
        w, h = float(g["width"]), float(g.get("height") or 0.0)
        if w > 0 and abs(w - h) <= 1e-6 * w:
            if e.kind is ElementKind.ARC and abs(float(g["theta2"]) - float(g["theta1"])) < 359:
                return None
            return c, w / 2.0
    return None


def polyline_circle(pts: np.ndarray, center: np.ndarray, r: float, tol: float) -> bool:
    """True when a sampled polyline traces (nearly) the whole circle of centre/radius."""
    if len(pts) < 12 or pts.shape[1] != 2:
        return False
    d = np.linalg.norm(pts - center, axis=1)
    if np.abs(d - r).max() > tol:
        return False
    ang = np.sort(np.arctan2(pts[:, 1] - center[1], pts[:, 0] - center[0]))
    gaps = np.diff(np.concatenate([ang, ang[:1] + 2 * np.pi]))
    return float(gaps.max()) < np.deg2rad(60)


def nearest(
    p: Sequence[float], candidates: Sequence[tuple[float, float]]
) -> tuple[float, tuple[float, float]] | None:
    """Nearest candidate point to p, with its distance."""
    if not candidates:
        return None
    arr = np.asarray(candidates, dtype=float)
    d = np.hypot(arr[:, 0] - p[0], arr[:, 1] - p[1])
    k = int(np.argmin(d))
    return float(d[k]), (float(arr[k, 0]), float(arr[k, 1]))
