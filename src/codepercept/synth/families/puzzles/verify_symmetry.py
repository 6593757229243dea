"""Independent check of the symmetry counts: every candidate mirror line (through the centre
and a corner or an edge midpoint) and every candidate turn (taking one corner to another) is
tried on the drawn outline, and those that map it onto itself are counted."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.kit import Problems
from codepercept.synth.template import Sample

TOL = 0.03


def _same_set(a: np.ndarray, b: np.ndarray) -> bool:
    return all(np.min(np.hypot(*(b - p).T)) < TOL for p in a)


def symmetries(outline: np.ndarray) -> tuple[int, int]:
    """(mirror lines, order of rotational symmetry) of a closed outline's corner set."""
    c = outline.mean(axis=0)
    pts = outline - c
    mids = (pts + np.roll(pts, -1, axis=0)) / 2
    axes: list[float] = []
    for q in np.vstack([pts, mids]):
        if float(np.hypot(*q)) < TOL:
            continue
        ang = math.atan2(float(q[1]), float(q[0])) % math.pi
        if any(abs((ang - a + math.pi / 2) % math.pi - math.pi / 2) < 1e-2 for a in axes):
            continue
        u = np.array([math.cos(ang), math.sin(ang)])
        mirrored = 2 * np.outer(pts @ u, u) - pts
        if _same_set(mirrored, pts):
            axes.append(ang)
    turns: list[float] = []
    for q in pts:
        t = math.atan2(float(q[1]), float(q[0])) - math.atan2(float(pts[0][1]), float(pts[0][0]))
        t %= 2 * math.pi
        if any(abs((t - s + math.pi) % (2 * math.pi) - math.pi) < 1e-2 for s in turns):
            continue
        rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
        if _same_set(pts @ rot.T, pts):
            turns.append(t)
    return len(axes), len(turns)


def verify_symmetry(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        (line,) = sample.facts["polylines"]
        outline = np.asarray(line[:-1], float)
        lines, order = symmetries(outline)
        for qa in sample.qa:
            q = qa.question
            if "corners" in q:
                p.close(qa, len(outline))
            elif "mirror" in q or "lines of symmetry" in q:
                p.close(qa, lines)
            else:
                p.close(qa, order)
    return p.found
