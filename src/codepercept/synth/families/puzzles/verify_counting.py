"""Independent checks of the counting puzzles by brute force over the drawn segments: every
crossing point is found, and every triple (triangles) or corner pair (rectangles) whose sides
all lie on drawn strokes is counted."""

from __future__ import annotations

import itertools

import numpy as np

from codepercept.synth.kit import Problems
from codepercept.synth.template import Sample

EPS = 1e-6
TOL = 0.03  # drawn coordinates are rounded to 0.01: points this close to a line lie on it


def drawn_segments(sample: Sample) -> list[tuple[np.ndarray, np.ndarray]]:
    out = []
    for line in sample.facts["polylines"]:
        pts = [np.asarray(p, float) for p in line]
        out += list(itertools.pairwise(pts))
    return out


def _on(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> bool:
    ab, ap = b - a, p - a
    length = float(np.hypot(*ab))
    if abs(ab[0] * ap[1] - ab[1] * ap[0]) > TOL * length:
        return False
    t = float(np.dot(ap, ab) / np.dot(ab, ab))
    return -TOL / length <= t <= 1 + TOL / length


def _crossing(a, b, c, d) -> np.ndarray | None:
    r, s = b - a, d - c
    den = r[0] * s[1] - r[1] * s[0]
    if abs(den) < 1e-12:
        return None
    t = ((c - a)[0] * s[1] - (c - a)[1] * s[0]) / den
    u = ((c - a)[0] * r[1] - (c - a)[1] * r[0]) / den
    if -EPS <= t <= 1 + EPS and -EPS <= u <= 1 + EPS:
        return a + t * r
    return None


def vertices(segs) -> list[np.ndarray]:
    pts = [p for s in segs for p in s]
    for (a, b), (c, d) in itertools.combinations(segs, 2):
        x = _crossing(a, b, c, d)
        if x is not None:
            pts.append(x)
    uniq: list[np.ndarray] = []
    for p in pts:
        if not any(np.allclose(p, q, atol=TOL) for q in uniq):
            uniq.append(p)
    return uniq


def _joined(p, q, segs) -> bool:
    return any(_on(p, a, b) and _on(q, a, b) for a, b in segs)


def count_triangles(segs) -> int:
    pts = vertices(segs)
    n = 0
    for p, q, r in itertools.combinations(pts, 3):
        area = (q - p)[0] * (r - p)[1] - (q - p)[1] * (r - p)[0]
        if (
            abs(area) > 3 * TOL * float(np.hypot(*(q - p)))
            and _joined(p, q, segs)
            and _joined(q, r, segs)
            and _joined(p, r, segs)
        ):
            n += 1
    return n


def count_rectangles(segs, squares: bool, inside: np.ndarray | None = None) -> int:
    """Rectangles whose four sides lie on drawn segments (squares only, or only those that
    contain the point ``inside``, when asked)."""
    pts = vertices(segs)
    xs = sorted({round(float(p[0]), 4) for p in pts})
    ys = sorted({round(float(p[1]), 4) for p in pts})
    n = 0
    for x0, x1 in itertools.combinations(xs, 2):
        for y0, y1 in itertools.combinations(ys, 2):
            if squares and abs((x1 - x0) - (y1 - y0)) > 1e-6:
                continue
            if inside is not None and not (x0 < inside[0] < x1 and y0 < inside[1] < y1):
                continue
            c = [np.array(v) for v in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
            if all(_joined(c[i], c[(i + 1) % 4], segs) for i in range(4)):
                n += 1
    return n


def verify_count_triangles(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        segs = drawn_segments(sample)
        for qa in sample.qa:
            if "lines run from" in qa.question:
                ys = [max(float(a[1]), float(b[1]), key=abs) for a, b in segs]
                apex_y = max(ys, key=abs)
                p.close(
                    qa,
                    sum(
                        1 for a, b in segs if abs(a[1] - apex_y) < 1e-9 or abs(b[1] - apex_y) < 1e-9
                    ),
                    abs_tol=0,
                )
            else:
                p.close(qa, count_triangles(segs))
    return p.found


def verify_count_rectangles(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        segs = drawn_segments(sample)
        for qa in sample.qa:
            q = qa.question
            if "smallest pieces" in q:
                cols = len({float(a[0]) for a, b in segs if a[0] == b[0]}) - 1
                rows = len({float(a[1]) for a, b in segs if a[1] == b[1]}) - 1
                p.close(qa, cols * rows)
            elif "shaded" in q:
                x0, y0, x1, y1 = sample.facts["extra"]["shaded_piece"]
                centre = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
                p.close(qa, count_rectangles(segs, squares=False, inside=centre))
            else:
                p.close(qa, count_rectangles(segs, squares="squares of any size" in q))
    return p.found
