"""Vectorised geometry: transforms to display space, path flattening, outline sampling."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.path import Path

# Samples per Bezier segment (the end point included); enough for smooth outlines.
_CURVE_T = np.linspace(0.0, 1.0, 9)[1:]
_B3 = np.stack([(1 - _CURVE_T) ** 2, 2 * (1 - _CURVE_T) * _CURVE_T, _CURVE_T**2], axis=1)
_B4 = np.stack(
    [
        (1 - _CURVE_T) ** 3,
        3 * (1 - _CURVE_T) ** 2 * _CURVE_T,
        3 * (1 - _CURVE_T) * _CURVE_T**2,
        _CURVE_T**3,
    ],
    axis=1,
)
_EMPTY = np.zeros((0, 2))
_READONLY: dict[int, tuple[Path, np.ndarray, bool]] = {}


def apply(trans: Any, pts: np.ndarray) -> np.ndarray:
    """Transform (N, 2) points; affine transforms use their matrix directly (fast path)."""
    pts = np.asarray(pts, dtype=float).reshape(-1, 2)
    if len(pts) == 0:
        return _EMPTY
    if trans.is_affine:
        m = trans.get_matrix()
        return pts @ m[:2, :2].T + m[:2, 2]
    return np.asarray(trans.transform(pts), dtype=float)


def flatten(path: Path) -> tuple[np.ndarray, bool]:
    """Vertices of ``path`` with Bezier curves sampled into polylines, and whether it closes.

    Several subpaths are concatenated; CLOSEPOLY/STOP vertices (which carry no point) are
    dropped. NaN vertices are kept so the caller can filter them with the matching data.
    """
    codes = path.codes
    if codes is None:
        return np.asarray(path.vertices, dtype=float), False
    if path.readonly:  # shared unit shapes (circle, rectangle, wedge): flatten once
        hit = _READONLY.get(id(path))
        if hit is not None and hit[0] is path:
            return hit[1], hit[2]
        verts, closed = _flatten(path, codes)
        if len(_READONLY) > 256:
            _READONLY.clear()
        _READONLY[id(path)] = (path, verts, closed)
        return verts, closed
    return _flatten(path, codes)


def _flatten(path: Path, codes: Any) -> tuple[np.ndarray, bool]:
    verts = np.asarray(path.vertices, dtype=float)
    codes = np.asarray(codes)
    closed = bool(len(codes) and codes[-1] == Path.CLOSEPOLY)
    if not np.any((codes == Path.CURVE3) | (codes == Path.CURVE4)):
        keep = (codes != Path.CLOSEPOLY) & (codes != Path.STOP)
        return verts[keep], closed
    out: list[np.ndarray] = []
    cur = np.zeros(2)
    for seg, code in path.iter_segments(simplify=False, curves=True, remove_nans=False):
        if code in (Path.MOVETO, Path.LINETO):
            cur = seg[-2:]
            out.append(cur[None, :])
        elif code == Path.CURVE3:
            ctrl = np.vstack([cur, seg.reshape(2, 2)])
            out.append(_B3 @ ctrl)
            cur = seg[-2:]
        elif code == Path.CURVE4:
            ctrl = np.vstack([cur, seg.reshape(3, 2)])
            out.append(_B4 @ ctrl)
            cur = seg[-2:]
    if not out:
        return _EMPTY, closed
    return np.concatenate(out), closed


def path_points(path: Path, trans: Any) -> tuple[np.ndarray, np.ndarray, bool]:
    """(points in the transform's input space, the same points in display space, closed).

    Paths drawn through a curvilinear (non-affine) transform, e.g. polar grid lines, are
    interpolated first as matplotlib does, so both lists keep a one-to-one correspondence.
    """
    steps = getattr(path, "_interpolation_steps", 1)
    if steps > 1 and not trans.is_affine:
        path = path.interpolated(steps)
    verts, closed = flatten(path)
    return verts, apply(trans, verts), closed


def ellipse_outline(theta1: float = 0.0, theta2: float = 360.0, n: int = 73) -> np.ndarray:
    """Points on the unit circle from theta1 to theta2 (degrees), counter-clockwise."""
    if theta2 < theta1:
        theta2 += 360.0
    t = np.deg2rad(np.linspace(theta1, theta2, n))
    return np.column_stack([np.cos(t), np.sin(t)])


def finite_rows(a: np.ndarray) -> np.ndarray:
    """Boolean mask of rows whose values are all finite."""
    return np.isfinite(a).all(axis=1)
