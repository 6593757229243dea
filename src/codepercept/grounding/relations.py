"""Geometric relations read off a figure's facts: what a teacher says about how the parts meet.

Every relation is recomputed from the declared coordinates (``points``, ``segments``,
``circles``), so a caption that states one states a fact: M is the midpoint of DE, RD is
perpendicular to ST at D, AT touches the circle at T, the apex P lies above the centre O of the
base, the shaded polygon is PAB. Only points whose labels are drawn take part (the caller
passes them). Relations carry point names only, never a number.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np

from codepercept.trace.schema import ElementKind, Role, Trace

#: Relative tolerance of every comparison (coordinates are rounded to 2-4 decimals in facts).
TOL = 2e-2


@dataclass(frozen=True, slots=True)
class Relation:
    """``kind`` (midpoint, foot, right_angle, tangent, on_circle, diameter, parallel, above,
    concentric) and the point names or segment names it is about."""

    kind: str
    args: tuple[str, ...]


def _scale(pts: Mapping[str, np.ndarray]) -> float:
    if not pts:
        return 1.0
    arr = np.array(list(pts.values()))
    return float(np.ptp(arr, axis=0).max()) or 1.0


def _close(a: np.ndarray, b: np.ndarray, s: float) -> bool:
    return bool(np.linalg.norm(a - b) <= TOL * s)


def _off_line(u: np.ndarray, v: np.ndarray) -> float:
    """Distance of the point ``u`` from the line through the origin along ``v``."""
    vv = float(v @ v)
    return float(np.linalg.norm(u - (u @ v) / vv * v)) if vv else float(np.linalg.norm(u))


def _cos(u: np.ndarray, v: np.ndarray) -> float:
    nu, nv = np.linalg.norm(u), np.linalg.norm(v)
    return 1.0 if nu == 0 or nv == 0 else float(abs(u @ v) / (nu * nv))


def point_relations(
    points: Mapping[str, Sequence[float]],
    segments: Sequence[Sequence[str]],
    circles: Sequence[Mapping[str, Any]],
) -> list[Relation]:
    """Relations among the named ``points`` and declared ``segments`` and ``circles``."""
    pts = {n: np.asarray(p, dtype=float) for n, p in points.items()}
    segs = [(a, b) for a, b in segments if a in pts and b in pts]
    s = _scale(pts)
    out: list[Relation] = []
    # midpoints of declared segments and of any two points one segment away
    for m in pts:
        for a, b in combinations([n for n in pts if n != m], 2):
            joined = any({a, b} == {x, y} for x, y in segs) or any(
                {m, a} == {x, y} or {m, b} == {x, y} for x, y in segs
            )
            if joined and _close(pts[m], (pts[a] + pts[b]) / 2, s):
                out.append(Relation("midpoint", (m, a + b)))
    # a segment ending on another one at a right angle: its foot
    for x, d in segs:
        for p, q in segs:
            if {x, d} & {p, q} and d not in (p, q):
                continue
            for top, foot in ((x, d), (d, x)):
                if foot in (p, q) or top in (p, q):
                    continue
                u, v = pts[top] - pts[foot], pts[q] - pts[p]
                on = _off_line(pts[foot] - pts[p], v) <= TOL * s
                if on and _cos(u, v) < 0.02:
                    out.append(Relation("foot", (top + foot, p + q, foot)))
    # right angles at a shared vertex of two declared segments
    for (a, b), (c, d) in combinations(segs, 2):
        common = {a, b} & {c, d}
        if len(common) != 1:
            continue
        v = common.pop()
        e, f = ({a, b} - {v}).pop(), ({c, d} - {v}).pop()
        if _cos(pts[e] - pts[v], pts[f] - pts[v]) < 0.01:
            out.append(Relation("right_angle", (e + v + f, v)))
    for i, c in enumerate(circles):
        centre, r = np.asarray(c["center"], dtype=float), float(c["radius"])
        on = [
            n
            for n, p in pts.items()
            if len(p) == len(centre) and abs(np.linalg.norm(p - centre) - r) <= TOL * r
        ]
        mid = next(
            (n for n, p in pts.items() if len(p) == len(centre) and _close(p, centre, r)), None
        )
        if on:
            out.append(Relation("on_circle", (str(i), *on)))
        for a, b in segs:
            if (
                a in on
                and b in on
                and mid is not None
                and _close(pts[mid], (pts[a] + pts[b]) / 2, r)
            ):
                out.append(Relation("diameter", (a + b, str(i))))
            for t, x in ((a, b), (b, a)):
                if t in on and x not in on and _cos(pts[x] - pts[t], pts[t] - centre) < 0.02:
                    out.append(Relation("tangent", (x + t, t, str(i))))
    for (i, c), (j, d) in combinations(enumerate(circles), 2):
        if np.allclose(c["center"], d["center"], atol=TOL * float(c["radius"])):
            out.append(Relation("concentric", (str(i), str(j))))
    out += _above(pts, s)
    out += _parallels(pts, segs)
    return out


def _above(pts: Mapping[str, np.ndarray], s: float) -> list[Relation]:
    """3-D: an apex straight above the centre of the base points that share the centre's height."""
    out = []
    for top, low in combinations(pts, 2):
        for p, o in ((top, low), (low, top)):
            a, b = pts[p], pts[o]
            if len(a) != 3 or a[2] <= b[2] + TOL * s or np.linalg.norm(a[:2] - b[:2]) > TOL * s:
                continue
            level = [n for n, q in pts.items() if n not in (p, o) and abs(q[2] - b[2]) <= TOL * s]
            base = [n for n in level if not _between(pts, n, level, s)]
            if len(base) >= 3 and _close(np.mean([pts[n] for n in base], axis=0), b, s):
                out.append(Relation("above", (p, o, "".join(base))))
    return out


def _between(pts: Mapping[str, np.ndarray], n: str, others: list[str], s: float) -> bool:
    """True when point ``n`` lies on the segment between two of ``others`` (an edge midpoint)."""
    for a, b in combinations([m for m in others if m != n], 2):
        u, v = pts[n] - pts[a], pts[b] - pts[a]
        t = float(u @ v) / float(v @ v or 1.0)
        if 0 < t < 1 and np.linalg.norm(u - t * v) <= TOL * s:
            return True
    return False


def on_hull(points: Mapping[str, Sequence[float]]) -> set[str]:
    """3-D points on the surface of their convex hull (corners, points on edges and faces)."""
    pts = {n: np.asarray(p, dtype=float) for n, p in points.items() if len(p) == 3}
    if len(pts) < 4:
        return set()
    from scipy.spatial import ConvexHull, QhullError

    arr = np.array(list(pts.values()))
    try:
        hull = ConvexHull(arr)
    except QhullError:  # flat: every point is on the surface
        return set(pts)
    s = _scale(pts)
    dist = arr @ hull.equations[:, :3].T + hull.equations[:, 3]
    return {n for n, d in zip(pts, dist.max(axis=1), strict=True) if d >= -TOL * s}


def _parallels(pts: Mapping[str, np.ndarray], segs: list[tuple[str, str]]) -> list[Relation]:
    """Plane figures only: pairs of declared, disjoint, non-collinear parallel segments."""
    if any(len(p) != 2 for p in pts.values()):
        return []
    out = []
    for (a, b), (c, d) in combinations(segs, 2):
        if {a, b} & {c, d}:
            continue
        u, v = pts[b] - pts[a], pts[d] - pts[c]
        collinear = _cos(pts[c] - pts[a], u) > 0.9999
        if _cos(u, v) > 0.9998 and not collinear:
            out.append(Relation("parallel", (a + b, c + d)))
    return out


def shaded_polygons(trace: Trace, points: Mapping[str, Sequence[float]]) -> list[tuple[str, Any]]:
    """(vertex names, fill RGBA) of filled polygons whose every vertex is a named point."""
    pts = {n: np.asarray(p, dtype=float) for n, p in points.items()}
    s = _scale(pts)
    out = []
    for e in trace.elements:
        if e.role is not Role.CONTENT or e.kind is not ElementKind.POLYGON or e.fill is None:
            continue
        if e.fill[3] <= 0 or not e.data:
            continue
        verts = list(dict.fromkeys(tuple(round(v, 6) for v in p) for p in e.data))
        names = []
        for v in verts:
            q = np.asarray(v, dtype=float)
            hit = next((n for n, p in pts.items() if len(p) == len(q) and _close(p, q, s)), None)
            if hit is None:
                break
            names.append(hit)
        else:
            if len(names) >= 3:
                out.append(("".join(names), e.fill))
    return out
