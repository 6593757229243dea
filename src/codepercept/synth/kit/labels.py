"""Label placement: put each text where it touches no line and no other text.

Two placers, because figures label two kinds of things:

- :class:`BoxPlacer` places whole text boxes (point names, measures beside sides, angle
  labels) one at a time against densified strokes and the boxes placed so far, trying
  candidates in order of preference (``point_candidates``, ``side_candidates``,
  ``angle_candidates``). It works in "pixel" units (data coordinates times the figure's
  pixels per data unit, y up), so gaps are the same on every figure; text boxes are estimated
  from DejaVu Sans advance widths (one em high), a little on the generous side. The 2-D
  :class:`~codepercept.synth.kit.Sketch` uses it.
- :func:`radial_labels` puts one short name per anchor point at a fixed distance from it, in
  the direction clearest of the drawn lines, the other anchors and earlier names, in data
  units and with no text measuring: enough for vertex names of wireframes and projections
  (see :func:`~codepercept.synth.kit.label_positions_3d`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

#: Advance widths in em of DejaVu Sans, rounded up; other characters count as 0.72 em.
_WIDTH_EM = {
    **dict.fromkeys("0123456789", 0.64),
    **dict.fromkeys("ABCDEFGHKNPRSTUVXYZ", 0.74),
    **dict.fromkeys("MW", 1.0),
    **dict.fromkeys("OQ", 0.8),
    "I": 0.32,
    "J": 0.32,
    "L": 0.58,
    ".": 0.33,
    " ": 0.33,
    "°": 0.51,
    "?": 0.54,
    "=": 0.85,
    "c": 0.56,
    "m": 0.98,
    "x": 0.6,
    "y": 0.6,
    "r": 0.42,
    "h": 0.64,
    "θ": 0.62,
    "α": 0.66,
    "β": 0.64,
}

GAP_PX = 3.0  # least free space between a text box and any line or other text


def text_half_size(text: str, fontsize: float, dpi: float = 100.0) -> tuple[float, float]:
    """Half width and half height in pixels of a text's rendered box (ha=va=center)."""
    em = fontsize * dpi / 72.0
    width = sum(_WIDTH_EM.get(ch, 0.72) for ch in text) * em + 1.0
    return width / 2.0, em / 2.0 + 0.5


def densify(poly: np.ndarray, step: float = 1.5) -> np.ndarray:
    """Points along a polyline no further apart than ``step``."""
    if len(poly) < 2:
        return poly
    seg = poly[1:] - poly[:-1]
    n = np.maximum(1, np.ceil(np.hypot(seg[:, 0], seg[:, 1]) / step).astype(int))
    idx = np.repeat(np.arange(len(seg)), n)
    starts = np.cumsum(n) - n
    t = (np.arange(int(n.sum())) - np.repeat(starts, n) + 1) / np.repeat(n, n)
    pts = poly[idx] + seg[idx] * t[:, None]
    return np.concatenate([poly[:1], pts])


def _box_distance(points: np.ndarray, centres: np.ndarray, hw: float, hh: float) -> np.ndarray:
    """For each candidate centre, the distance from its box to the nearest point (0 inside)."""
    if len(points) == 0:
        return np.full(len(centres), np.inf)
    dx = np.abs(points[None, :, 0] - centres[:, None, 0]) - hw
    dy = np.abs(points[None, :, 1] - centres[:, None, 1]) - hh
    d = np.hypot(np.maximum(dx, 0.0), np.maximum(dy, 0.0))
    return d.min(axis=1)


@dataclass(slots=True)
class BoxPlacer:
    """Places text boxes one at a time against fixed geometry and the boxes placed so far."""

    geometry: np.ndarray  # (N, 2) points of every drawn stroke, pixel units
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # cx, cy, hw, hh
    clean: bool = True

    def _label_gap(self, centres: np.ndarray, hw: float, hh: float) -> np.ndarray:
        if not self.boxes:
            return np.full(len(centres), np.inf)
        b = np.asarray(self.boxes)
        dx = np.abs(b[None, :, 0] - centres[:, None, 0]) - (b[None, :, 2] + hw)
        dy = np.abs(b[None, :, 1] - centres[:, None, 1]) - (b[None, :, 3] + hh)
        sep = np.where((dx > 0) | (dy > 0), np.hypot(np.maximum(dx, 0), np.maximum(dy, 0)), -1.0)
        return sep.min(axis=1)

    def place(
        self,
        candidates: np.ndarray,
        hw: float,
        hh: float,
        label_gap: float = GAP_PX,
    ) -> np.ndarray:
        """The first candidate centre with room around it (else the roomiest; marks unclean).

        ``label_gap`` is the space wanted from other texts (more for measures, so that a
        number is not read as part of a point name).
        """
        near = self.geometry
        if len(near):
            lo = candidates.min(axis=0) - max(hw, hh) - 10
            hi = candidates.max(axis=0) + max(hw, hh) + 10
            keep = np.all((near >= lo) & (near <= hi), axis=1)
            near = near[keep]
        rooms = []
        for start in range(0, len(candidates), 24):  # the first few usually fit: stop early
            chunk = candidates[start : start + 24]
            room = np.minimum(
                _box_distance(near, chunk, hw, hh),
                self._label_gap(chunk, hw, hh) - (label_gap - GAP_PX),
            )
            rooms.append(room)
            if (room >= GAP_PX).any():
                break
        room = np.concatenate(rooms)
        ok = np.flatnonzero(room >= GAP_PX)
        i = int(ok[0]) if len(ok) else int(np.argmax(room))
        if not len(ok):
            self.clean = False
        c = candidates[i]
        self.boxes.append((float(c[0]), float(c[1]), hw, hh))
        return c


def support(u: np.ndarray, hw: float, hh: float) -> float:
    """How far a box centred on a ray reaches back along direction ``u`` (its half extent)."""
    return abs(float(u[0])) * hw + abs(float(u[1])) * hh


def free_direction(p: np.ndarray, geometry: np.ndarray, fallback: np.ndarray) -> np.ndarray:
    """Bisector of the widest empty angular gap around ``p`` (the external bisector at a vertex)."""
    if len(geometry):
        d = geometry - p
        r = np.hypot(d[:, 0], d[:, 1])
        d = d[(r > 6.0) & (r < 40.0)]
    else:
        d = geometry
    if len(d) == 0:
        n = float(np.hypot(*fallback))
        return fallback / n if n > 1e-9 else np.array([-0.6, -0.8])
    ang = np.sort(np.arctan2(d[:, 1], d[:, 0]))
    gaps = np.diff(np.concatenate([ang, ang[:1] + 2 * math.pi]))
    k = int(np.argmax(gaps))
    mid = ang[k] + gaps[k] / 2
    return np.array([math.cos(mid), math.sin(mid)])


def point_candidates(p: np.ndarray, prefer: np.ndarray, hw: float, hh: float) -> np.ndarray:
    """Label centres around ``p``: closest to the preferred direction first, then further out."""
    base = math.atan2(float(prefer[1]), float(prefer[0]))
    steps = np.arange(6, 181, 6)
    offsets = np.radians(np.concatenate([[0], np.column_stack([steps, -steps]).ravel()]))
    ang = base + offsets
    u = np.column_stack([np.cos(ang), np.sin(ang)])
    with np.errstate(divide="ignore"):
        exit_r = np.minimum(hw / np.abs(u[:, 0]), hh / np.abs(u[:, 1]))
    rings = [p + u * (exit_r + 4.0 + extra)[:, None] for extra in (0.0, 5.0, 10.0)]
    return np.concatenate(rings)


def side_candidates(
    a: np.ndarray, b: np.ndarray, outward: np.ndarray, hw: float, hh: float
) -> np.ndarray:
    """Label centres beside segment ab: middle first, outer side first, then further out."""
    u = (b - a) / max(float(np.hypot(*(b - a))), 1e-9)
    n = np.array([-u[1], u[0]])
    if float(n @ outward) < 0:
        n = -n
    out = []
    for side in (n, -n):
        d0 = support(side, hw, hh) + GAP_PX + 1.0
        for extra in (0.0, 5.0, 10.0):
            for t in (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74):
                out.append(a + (b - a) * t + side * (d0 + extra))
    return np.asarray(out)


def angle_candidates(
    v: np.ndarray, u1: np.ndarray, u2: np.ndarray, radius: float, hw: float, hh: float
) -> np.ndarray:
    """Label centres inside the angle u1-v-u2 just beyond its arc, bisector first."""
    a1 = math.atan2(float(u1[1]), float(u1[0]))
    sweep = (math.atan2(float(u2[1]), float(u2[0])) - a1) % (2 * math.pi)
    out = []
    for extra in (0.0, 4.0, 8.0, 14.0, 20.0, 28.0):
        for frac in (0.5, 0.4, 0.6, 0.3, 0.7):
            t = a1 + sweep * frac
            w = np.array([math.cos(t), math.sin(t)])
            out.append(v + w * (radius + support(w, hw, hh) + 2.0 + extra))
    return np.asarray(out)


# ----------------------------------------------------------------------------- radial names


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


def radial_labels(
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
