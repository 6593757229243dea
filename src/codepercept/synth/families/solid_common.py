"""Shared geometry and code-writing helpers for the solid-geometry templates.

Everything here runs at generation time (in the template), never inside the emitted
scripts: projections, visibility of convex solids, label placement and number formatting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np

FAMILY = "solid_geometry"

Vec = np.ndarray
Projector = Callable[[Sequence[float]], np.ndarray]


# ----------------------------------------------------------------------------- formatting


def num(x: float, nd: int = 3) -> str:
    """A float literal as a person would type it: rounded, no trailing zeros, never '-0'."""
    v = round(float(x), nd)
    if v == 0:
        v = 0.0
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v)}.0" if nd > 0 else str(int(v))
    return repr(v)


def rnd(x: float, nd: int = 3) -> float:
    """Round for facts, mapping -0.0 to 0.0."""
    v = round(float(x), nd)
    return 0.0 if v == 0 else v


def tup(p: Iterable[float], nd: int = 3) -> str:
    """A coordinate tuple literal: ``(1.0, 2.5, 0.0)``."""
    return "(" + ", ".join(num(c, nd) for c in p) + ")"


def rlist(p: Iterable[float], nd: int = 3) -> list[float]:
    """A coordinate list for facts (rounded like the emitted literals)."""
    return [rnd(c, nd) for c in p]


def pick(rng: np.random.Generator, options: Sequence[Any]) -> Any:
    """One element of ``options`` chosen by the RNG (works for tuples and strings)."""
    return options[int(rng.integers(len(options)))]


def pi_str(coef: float) -> str:
    """``coef * pi`` written exactly when ``coef`` is a simple fraction: '12π', '32/3π'."""
    from fractions import Fraction

    f = Fraction(coef).limit_denominator(12)
    if abs(float(f) - coef) > 1e-9:
        return f"{coef:.4g}π"
    if f.denominator == 1:
        return "π" if f.numerator == 1 else f"{f.numerator}π"
    return f"{f.numerator}π/{f.denominator}"


def sqrt_str(n2: int) -> str:
    """The square root of a positive integer in simplest radical form: 12 -> '2√3', 9 -> '3'."""
    outside, inside = 1, n2
    k = 2
    while k * k <= inside:
        while inside % (k * k) == 0:
            inside //= k * k
            outside *= k
        k += 1
    if inside == 1:
        return str(outside)
    return f"√{inside}" if outside == 1 else f"{outside}√{inside}"


# ----------------------------------------------------------------------------- projections


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


# ----------------------------------------------------------------------------- convex solids


def signed_area(poly2d: Sequence[Sequence[float]]) -> float:
    """Shoelace area, positive for counter-clockwise polygons."""
    pts = np.asarray(poly2d, float)
    x, y = pts[:, 0], pts[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))


def orient_faces(
    verts: dict[str, Sequence[float]], faces: Sequence[Sequence[str]]
) -> list[tuple[str, ...]]:
    """Order each face's vertices counter-clockwise seen from outside the convex solid."""
    centre = np.mean([np.asarray(v, float) for v in verts.values()], axis=0)
    out = []
    for f in faces:
        pts = np.array([verts[n] for n in f], float)
        nxt = np.roll(pts, -1, axis=0)
        # Newell's method: the summed cross products of consecutive corners
        normal = np.array(
            [
                np.sum((pts[:, 1] - nxt[:, 1]) * (pts[:, 2] + nxt[:, 2])),
                np.sum((pts[:, 2] - nxt[:, 2]) * (pts[:, 0] + nxt[:, 0])),
                np.sum((pts[:, 0] - nxt[:, 0]) * (pts[:, 1] + nxt[:, 1])),
            ]
        )
        out.append(
            tuple(f) if np.dot(normal, pts.mean(axis=0) - centre) > 0 else tuple(reversed(f))
        )
    return out


def face_facing(
    verts: dict[str, Sequence[float]],
    faces: Sequence[Sequence[str]],
    proj: Projector,
    oriented: Sequence[Sequence[str]] | None = None,
) -> list[float]:
    """Per face: projected signed area over projected size; > 0 faces the viewer."""
    res = []
    for f in oriented if oriented is not None else orient_faces(verts, faces):
        poly = np.array([proj(verts[n]) for n in f])
        span = max(float(np.ptp(poly, axis=0).max()), 1e-9)
        res.append(signed_area(poly) / span**2)
    return res


def edges_of(faces: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    """Every edge of the faces once, in order of first appearance."""
    seen: dict[frozenset[str], tuple[str, str]] = {}
    for f in faces:
        for i in range(len(f)):
            a, b = f[i], f[(i + 1) % len(f)]
            seen.setdefault(frozenset((a, b)), (a, b))
    return list(seen.values())


def split_edges(
    verts: dict[str, Sequence[float]], faces: Sequence[Sequence[str]], proj: Projector
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(visible, hidden) edges of a convex solid: hidden when every adjacent face faces away."""
    facing = face_facing(verts, faces, proj)
    front: dict[frozenset[str], bool] = {}
    for f, s in zip(faces, facing, strict=True):
        for i in range(len(f)):
            key = frozenset((f[i], f[(i + 1) % len(f)]))
            front[key] = front.get(key, False) or s > 0
    visible, hidden = [], []
    for a, b in edges_of(faces):
        (visible if front[frozenset((a, b))] else hidden).append((a, b))
    return visible, hidden


def sample_view(
    rng: np.random.Generator,
    verts: dict[str, Sequence[float]],
    faces: Sequence[Sequence[str]],
    elev: tuple[int, int] = (15, 35),
    azim: tuple[int, int] = (-75, -15),
    min_facing: float = 0.06,
    points: dict[str, Sequence[float]] | None = None,
    min_sep: float = 0.07,
) -> tuple[int, int]:
    """Integer view angles where no face is seen nearly edge-on (so dashing is unambiguous)
    and no two labelled ``points`` (default: the vertices) project almost onto each other."""
    pts = np.array(list((points or verts).values()), float)
    oriented = orient_faces(verts, faces)
    best: tuple[float, int, int] | None = None
    for _ in range(60):
        e = int(rng.integers(elev[0], elev[1] + 1))
        a = int(rng.integers(azim[0], azim[1] + 1))
        proj = view_projector(e, a)
        worst = min(abs(s) for s in face_facing(verts, faces, proj, oriented)) / min_facing
        scr = np.array([proj(p) for p in pts])
        gaps = np.linalg.norm(scr[:, None, :] - scr[None, :, :], axis=2) + np.eye(len(scr)) * 1e9
        worst = min(worst, float(gaps.min()) / (float(np.ptp(scr, axis=0).max()) * min_sep))
        if worst >= 1:
            return e, a
        if best is None or worst > best[0]:
            best = (worst, e, a)
    assert best is not None
    return best[1], best[2]


# ----------------------------------------------------------------------------- labels


def label_offsets_2d(
    pts2d: dict[str, Sequence[float]], dist: float, centre: Sequence[float] | None = None
) -> dict[str, np.ndarray]:
    """Positions for labels pushed ``dist`` away from the centre of the drawing (screen plane)."""
    arr = np.array(list(pts2d.values()), float)
    c = np.asarray(centre, float) if centre is not None else (arr.min(axis=0) + arr.max(axis=0)) / 2
    out = {}
    for name, p in pts2d.items():
        d = np.asarray(p, float) - c
        n = np.linalg.norm(d)
        u = d / n if n > 1e-9 else np.array([0.0, 1.0])
        out[name] = np.asarray(p, float) + dist * u
    return out


def _seg_dist(c: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Distance from each point c[k] to each segment a[i]-b[i]: shape (len(c), len(a))."""
    ab = b - a  # (n, 2)
    rel = c[:, None, :] - a[None, :, :]  # (k, n, 2)
    denom = np.maximum(np.einsum("ij,ij->i", ab, ab), 1e-12)
    t = np.clip(np.einsum("kij,ij->ki", rel, ab) / denom, 0, 1)
    return np.linalg.norm(rel - t[..., None] * ab[None], axis=2)


_DIRS = np.stack(
    [np.cos(np.deg2rad(np.arange(0, 360, 15))), np.sin(np.deg2rad(np.arange(0, 360, 15)))], axis=1
)


def place_labels(
    anchors: dict[str, Sequence[float]],
    polylines: Sequence[Sequence[Sequence[float]]],
    dist: float,
    centre: Sequence[float] | None = None,
) -> dict[str, np.ndarray]:
    """Label positions ``dist`` from their anchors, in the direction clearest of drawn lines,
    other anchors and earlier labels, preferring to point away from the drawing's centre."""
    arr = np.array(list(anchors.values()), float)
    c = np.asarray(centre, float) if centre is not None else (arr.min(axis=0) + arr.max(axis=0)) / 2
    segs = [np.asarray(line, float) for line in polylines if len(line) >= 2]
    sa = np.concatenate([pl[:-1] for pl in segs]) if segs else np.zeros((0, 2))
    sb = np.concatenate([pl[1:] for pl in segs]) if segs else np.zeros((0, 2))
    placed: list[np.ndarray] = []
    out = {}
    for k, (name, p) in enumerate(anchors.items()):
        p = np.asarray(p, float)
        d = p - c
        n = np.linalg.norm(d)
        outward = d / n if n > 1e-9 else np.array([0.0, 1.0])
        cands = p + dist * _DIRS
        clear = _seg_dist(cands, sa, sb).min(axis=1) if len(sa) else np.full(len(cands), dist)
        others = np.delete(arr, k, axis=0)
        if len(others):
            clear = np.minimum(
                clear, np.linalg.norm(cands[:, None] - others[None], axis=2).min(axis=1)
            )
        if placed:
            near = np.linalg.norm(cands[:, None] - np.array(placed)[None], axis=2).min(axis=1)
            clear = np.minimum(clear, 0.5 * near)
        score = np.minimum(clear, dist) + 0.25 * dist * (_DIRS @ outward)
        best = cands[int(np.argmax(score))]
        placed.append(best)
        out[name] = best
    return out


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
    for name, p2 in place_labels(pts2d, lines, 1.0 * dist, c2).items():
        u = p2 - pts2d[name]
        out[name] = np.asarray(verts[name], float) + u[0] * right + u[1] * up
    return out


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
        f"{var}.set_xlim({num(cx - half)}, {num(cx + half)})",
        f"{var}.set_ylim({num(cy - half)}, {num(cy + half)})",
        f"{var}.set_zlim({num(cz - half)}, {num(cz + half)})",
        f"{var}.set_box_aspect((1, 1, 1), zoom={zoom})"
        if zoom != 1
        else f"{var}.set_box_aspect((1, 1, 1))",
    ]
    if axis_off:
        lines.append(f"{var}.set_axis_off()")
    return "\n".join(lines)


def letters(n: int, start: str = "A", skip: str = "") -> list[str]:
    """The first ``n`` capital letters from ``start``, skipping any in ``skip``."""
    out, c = [], ord(start)
    while len(out) < n:
        ch = chr(c)
        if ch not in skip:
            out.append(ch)
        c += 1
    return out
