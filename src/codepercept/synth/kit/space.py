"""Seeing in 3-D: mplot3d's camera, parallel projections to the page, a view box that fits
the points, the axes set-up code, and vertex names placed beside 3-D points.

Everything here runs at generation time; the emitted scripts only see the literals."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np

from codepercept.synth.kit.labels import radial_labels
from codepercept.synth.kit.numbers import num_literal

Vec = np.ndarray
Projector = Callable[[Sequence[float]], np.ndarray]


def view_basis(elev: float, azim: float) -> tuple[Vec, Vec, Vec]:
    """Eye direction, screen-right and screen-up of mplot3d's camera at (elev, azim)."""
    e, a = np.deg2rad(elev), np.deg2rad(azim)
    eye = np.array([np.cos(e) * np.cos(a), np.cos(e) * np.sin(a), np.sin(e)])
    right = np.array([-np.sin(a), np.cos(a), 0.0])
    up = np.array([-np.sin(e) * np.cos(a), -np.sin(e) * np.sin(a), np.cos(e)])
    return eye, right, up


def view_projector(elev: float, azim: float) -> Projector:
    """Orthographic screen coordinates as mplot3d draws them (up to a uniform scale)."""
    _, right, up = view_basis(elev, azim)
    return lambda p: np.array([np.dot(p, right), np.dot(p, up)])


def oblique_projector(ratio: float = 0.5, angle_deg: float = 45.0) -> Projector:
    """Cabinet (oblique) projection: depth y recedes at ``angle_deg`` shortened by ``ratio``."""
    c = ratio * np.cos(np.deg2rad(angle_deg))
    s = ratio * np.sin(np.deg2rad(angle_deg))
    return lambda p: np.array([p[0] + c * p[1], p[2] + s * p[1]])


def isometric_projector() -> Projector:
    """Isometric projection seen from the front-right (+x, -y) above: shows top, front, right."""
    return lambda p: np.array([0.8660254 * (p[0] + p[1]), 0.5 * (p[1] - p[0]) + p[2]])


def cube_limits(points: Iterable[Sequence[float]], pad: float = 0.15) -> tuple[np.ndarray, float]:
    """Centre and half-width of a cube box holding every point with ``pad`` relative margin."""
    arr = np.array(list(points), float)
    lo, hi = arr.min(axis=0), arr.max(axis=0)
    centre = (lo + hi) / 2
    half = float((hi - lo).max() / 2 * (1 + pad))
    return centre, half


#: mplot3d (ortho, box aspect 1:1:1, zoom 1) draws a cube box of half-width ``half`` with
#: this many pixels per data unit per pixel of the axes' shorter side, times ``1 / half``.
_MPL3D_SCALE = 0.29737


def fit_view3d(
    points: Iterable[Sequence[float]],
    elev: float,
    azim: float,
    axes_px: tuple[float, float],
    fill: float = 0.78,
    max_zoom: float = 3.0,
) -> tuple[np.ndarray, float, float, float]:
    """Centre, half-width, zoom and pixels per data unit that make the projected ``points``
    span ``fill`` of the 3-D axes (so solids are neither tiny nor clipped)."""
    arr = np.array(list(points), float)
    centre, half = cube_limits(arr, pad=0.05)
    proj = view_projector(elev, azim)
    scr = np.array([proj(p - centre) for p in arr])
    ext_x, ext_y = np.abs(scr[:, 0]).max() + 1e-9, np.abs(scr[:, 1]).max() + 1e-9
    # a 3-D axes with a fixed box aspect is shrunk to a square: only the shorter side counts
    w = h = min(axes_px)
    base = _MPL3D_SCALE * w / half  # px per unit at zoom 1
    zoom = min(fill * (w / 2) / (base * ext_x), fill * (h / 2) / (base * ext_y), max_zoom)
    zoom = float(np.floor(zoom * 100) / 100)
    return centre, half, zoom, base * zoom


def axes3d_code(
    elev: int,
    azim: int,
    centre: Sequence[float],
    half: float,
    *,
    axis_off: bool = True,
    var: str = "ax",
    zoom: float = 1.25,
) -> str:
    """Lines that set up an orthographic, equal-aspect 3-D axes (limits as literals)."""
    cx, cy, cz = (float(c) for c in centre)
    lines = [
        f'{var}.set_proj_type("ortho")',
        f"{var}.view_init(elev={elev}, azim={azim})",
        f"{var}.set_xlim({num_literal(cx - half)}, {num_literal(cx + half)})",
        f"{var}.set_ylim({num_literal(cy - half)}, {num_literal(cy + half)})",
        f"{var}.set_zlim({num_literal(cz - half)}, {num_literal(cz + half)})",
        f"{var}.set_box_aspect((1, 1, 1), zoom={zoom})"
        if zoom != 1
        else f"{var}.set_box_aspect((1, 1, 1))",
    ]
    if axis_off:
        lines.append(f"{var}.set_axis_off()")
    return "\n".join(lines)


def label_positions_3d(
    verts: dict[str, Sequence[float]],
    elev: float,
    azim: float,
    dist: float,
    centre: Sequence[float] | None = None,
    edges: Sequence[tuple[str, str]] = (),
    extra_lines: Sequence[Sequence[Sequence[float]]] = (),
) -> dict[str, np.ndarray]:
    """3-D label anchors offset in the screen plane, clear of the drawn edges and lines."""
    _, right, up = view_basis(elev, azim)
    proj = view_projector(elev, azim)
    pts2d = {n: proj(v) for n, v in verts.items()}
    lines = [[pts2d[a], pts2d[b]] for a, b in edges]
    lines += [[proj(q) for q in line] for line in extra_lines]
    c2 = proj(np.asarray(centre, float)) if centre is not None else None
    out = {}
    for name, p2 in radial_labels(pts2d, lines, 1.0 * dist, c2).items():
        u = p2 - pts2d[name]
        out[name] = np.asarray(verts[name], float) + u[0] * right + u[1] * up
    return out
