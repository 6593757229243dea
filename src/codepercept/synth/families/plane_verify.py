"""Independent QA verifiers for the plane-geometry templates.

Each ``verify_<template>`` recomputes every answer of a sample from the drawn points and
circles in ``sample.facts`` (lengths, angles, shoelace areas, distances), never from the code
that generated the answer, and returns the problems it finds: empty when every answer holds.
The template modules pass them as ``verify=`` (so this module must not import those).
"""

from __future__ import annotations

import math
import re

import numpy as np

from codepercept.synth.kit.verify import (
    Problems,
)
from codepercept.synth.template import QA, Sample

# ----------------------------------------------------------------------------- geometry


def _pts(sample: Sample) -> dict[str, np.ndarray]:
    return {k: np.asarray(v, float) for k, v in sample.facts["points"].items()}


def _len(p: np.ndarray, q: np.ndarray) -> float:
    return float(np.hypot(*(q - p)))


def _angle(a: np.ndarray, v: np.ndarray, b: np.ndarray) -> float:
    """Angle a-v-b in degrees."""
    u, w = a - v, b - v
    c = float(u @ w) / (np.hypot(*u) * np.hypot(*w))
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def _area(*poly: np.ndarray) -> float:
    """Shoelace area of the polygon through ``poly`` in order."""
    xs, ys = np.asarray(poly).T
    return abs(float(xs @ np.roll(ys, -1) - ys @ np.roll(xs, -1))) / 2


def _line_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    u = b - a
    return abs(float(u[0] * (p - a)[1] - u[1] * (p - a)[0])) / float(np.hypot(*u))


def _cross(u: np.ndarray, v: np.ndarray) -> float:
    return float(u[0] * v[1] - u[1] * v[0])


def _has(qa: QA, *words: str) -> bool:
    return any(w in qa.question for w in words)


def _last_seg(qa: QA, P: dict[str, np.ndarray]) -> float:
    """Length of the last two-letter segment of drawn points named in the question."""
    names = [m for m in re.findall(r"\b([A-Z]{2})\b", qa.question) if all(c in P for c in m)]
    if not names:
        raise ValueError(f"no segment named in {qa.question!r}")
    return _len(P[names[-1][0]], P[names[-1][1]])


def _angle3(qa: QA, P: dict[str, np.ndarray]) -> float | None:
    """The last three-letter angle named in the question (vertex in the middle), if any."""
    found = [m for m in re.findall(r"(?:∠|angle )([A-Z]{3})\b", qa.question) if set(m) <= set(P)]
    if not found:
        return None
    a, v, b = found[-1]
    return _angle(P[a], P[v], P[b])


def _vertex(qa: QA, pattern: str) -> str:
    m = re.search(pattern, qa.question)
    if m is None:
        raise ValueError(f"no vertex named in {qa.question!r}")
    return m.group(1)


def _spread(P: dict[str, np.ndarray], v: str, ends: set[str]) -> float:
    """How far ``v`` is from being equidistant to the two points named in ``ends``."""
    x, y = sorted(ends)
    return abs(_len(P[v], P[x]) - _len(P[v], P[y]))


def _frac(text: str) -> float:
    """Value of an answer written as a fraction ``p/q``."""
    num, den = text.split("/")
    return int(num) / int(den)


def _circle(c: dict) -> tuple[np.ndarray, float]:
    return np.asarray(c["center"], float), float(c["radius"])


_ANGLE_TOL = 0.6  # degrees: answers are rounded to 0.1 or whole degrees


# ----------------------------------------------------------------------------- triangles


def verify_triangle_side_lengths(s: Sample) -> list[str]:
    """Area, perimeter and angles of triangle ABC from its drawn vertices."""
    with Problems() as p:
        P = _pts(s)
        A, B, C = (P[c] for c in s.params["letters"])
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(A, B, C))
            elif _has(qa, "perimeter", "boundary"):
                p.close(qa, _len(A, B) + _len(B, C) + _len(C, A))
            else:
                v = _vertex(qa, r"(?:angle |∠)([A-Z])\b")
                others = [P[c] for c in s.params["letters"] if c != v]
                p.close(qa, _angle(others[0], P[v], others[1]), abs_tol=_ANGLE_TOL)
    return p.found


def verify_triangle_angle_sum(s: Sample) -> list[str]:
    """Angle sum, largest angle, third or exterior angle measured on the drawn triangle."""
    with Problems() as p:
        P = _pts(s)
        a, b, c = s.params["letters"]
        angles = {
            a: _angle(P[b], P[a], P[c]),
            b: _angle(P[a], P[b], P[c]),
            c: _angle(P[a], P[c], P[b]),
        }
        for qa in s.qa:
            if _has(qa, "sum", "add up"):
                p.close(qa, sum(angles.values()), abs_tol=_ANGLE_TOL)
            elif _has(qa, "largest"):
                p.equal(qa, max(angles, key=angles.__getitem__))
            elif s.params["exterior"]:
                d = next(k for k in P if k not in (a, b, c))
                p.close(qa, _angle(P[a], P[c], P[d]), abs_tol=_ANGLE_TOL)
            else:
                p.close(qa, angles[c], abs_tol=_ANGLE_TOL)
    return p.found


def verify_right_triangle_pythagoras(s: Sample) -> list[str]:
    """Hypotenuse or leg, area and acute angle of the drawn right triangle (right angle at C)."""
    with Problems() as p:
        P = _pts(s)
        a, b, c = (P[k] for k in s.params["letters"])
        right = _angle(a, c, b)
        p.drawn(abs(right - 90) < 0.3, f"the right angle measures {right:.2f}°")
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _len(b, c) * _len(c, a) / 2)
            elif _has(qa, "angle", "∠"):
                p.close(qa, _angle(b, a, c), abs_tol=_ANGLE_TOL)
            elif s.params["given"] == "legs":
                p.close(qa, _len(a, b))
            else:
                p.close(qa, _len(c, a))
    return p.found


def verify_isosceles_triangle(s: Sample) -> list[str]:
    """Equal sides, area, altitude pieces and angles of the drawn isosceles triangle."""
    with Problems() as p:
        P = _pts(s)
        a, b, c = s.params["letters"]
        A, B, C = P[a], P[b], P[c]
        p.drawn(abs(_len(A, B) - _len(A, C)) < 0.03, f"{a}{b} ≠ {a}{c}")
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(A, B, C))
            elif _has(qa, "equal"):
                apex = min((a, b, c), key=lambda v: _spread(P, v, {a, b, c} - {v}))
                u, w = sorted({a, b, c} - {apex})
                p.equal(qa, f"{apex}{u} and {apex}{w}")
            elif s.params["mode"] == "altitude":
                d = next(k for k in P if k not in (a, b, c))
                if _has(qa, f"{b}{d}", f"{d}{c}"):
                    p.close(qa, _len(B, C) / 2)
                else:
                    p.close(qa, _len(A, P[d]))
            elif s.params["mode"] == "base_angle":
                p.close(qa, _angle(B, A, C), abs_tol=_ANGLE_TOL)
            else:
                p.close(qa, _angle(A, C, B), abs_tol=_ANGLE_TOL)
    return p.found


# ----------------------------------------------------------------------------- cevians


def verify_triangle_altitude(s: Sample) -> list[str]:
    """Area and the named segment lengths, measured on the drawing."""
    with Problems() as p:
        P = _pts(s)
        A, B, C = (P[c] for c in s.params["letters"])
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(A, B, C))
            else:
                p.close(qa, _last_seg(qa, P))
    return p.found


def verify_triangle_median(s: Sample) -> list[str]:
    """The median's foot is the midpoint; half-triangle area and named lengths."""
    with Problems() as p:
        P = _pts(s)
        a, b, c = s.params["letters"]
        m = next(k for k in P if k not in (a, b, c))
        p.drawn(
            bool(np.allclose(P[m], (P[b] + P[c]) / 2, atol=0.01)),
            f"{m} is not the midpoint of {b}{c}",
        )
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(P[a], P[b], P[m]))
            else:
                p.close(qa, _last_seg(qa, P))
    return p.found


def verify_triangle_angle_bisector(s: Sample) -> list[str]:
    """The bisector splits the angle in two; the ratio of the base pieces and named lengths."""
    with Problems() as p:
        P = _pts(s)
        a, b, c = s.params["letters"]
        d = next(k for k in P if k not in (a, b, c))
        half1, half2 = _angle(P[b], P[a], P[d]), _angle(P[d], P[a], P[c])
        p.drawn(
            abs(half1 - half2) < 0.5, f"{a}{d} splits the angle into {half1:.1f}° and {half2:.1f}°"
        )
        for qa in s.qa:
            if _has(qa, "ratio", "fraction"):
                ratio = _len(P[b], P[d]) / _len(P[d], P[c])
                p.close(qa, ratio, rel=0, abs_tol=0.02, parse=_frac)
            else:
                p.close(qa, _last_seg(qa, P))
    return p.found


def verify_similar_triangles_parallel(s: Sample) -> list[str]:
    """DE is parallel to BC; the area ratio, the side ratio and named lengths."""
    with Problems() as p:
        P = _pts(s)
        a, b, c = s.params["letters"]
        d, e = (k for k in P if k not in (a, b, c))
        de, bc = P[e] - P[d], P[c] - P[b]
        p.drawn(abs(_cross(de, bc)) < 0.05 * np.hypot(*de) * np.hypot(*bc), f"{d}{e} ∦ {b}{c}")
        for qa in s.qa:
            if _has(qa, "area", "Area"):
                ratio = _area(P[a], P[d], P[e]) / _area(P[a], P[b], P[c])
                p.close(qa, ratio, rel=0, abs_tol=0.01, parse=_frac)
            elif _has(qa, "ratio", "fraction"):
                ratio = _len(P[a], P[e]) / _len(P[e], P[c])
                p.close(qa, ratio, rel=0, abs_tol=0.02, parse=_frac)
            else:
                p.close(qa, _last_seg(qa, P))
    return p.found


# ----------------------------------------------------------------------------- quadrilaterals


def _quad_angle(qa: QA, P: dict[str, np.ndarray], names: list[str]) -> float:
    got = _angle3(qa, P)
    if got is not None:
        return got
    v = _vertex(qa, r"∠([A-Z])\b")
    i = names.index(v)
    return _angle(P[names[i - 1]], P[v], P[names[(i + 1) % len(names)]])


def verify_parallelogram_angles_area(s: Sample) -> list[str]:
    """Area, perimeter, angles and named lengths of the drawn parallelogram."""
    with Problems() as p:
        P = _pts(s)
        names = list(s.params["letters"])
        quad = [P[n] for n in names]
        p.drawn(
            bool(np.allclose(quad[0] + quad[2], quad[1] + quad[3], atol=0.03)),
            "the diagonals do not bisect each other",
        )
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(*quad))
            elif _has(qa, "perimeter"):
                p.close(qa, sum(_len(quad[i - 1], quad[i]) for i in range(4)))
            elif _has(qa, "angle", "∠"):
                p.close(qa, _quad_angle(qa, P, names), abs_tol=_ANGLE_TOL)
            else:
                p.close(qa, _last_seg(qa, P))
    return p.found


def verify_rectangle_diagonals(s: Sample) -> list[str]:
    """Right corners; the diagonal, the angles it makes and named lengths."""
    with Problems() as p:
        P = _pts(s)
        A, B, C, D = (P[n] for n in s.params["letters"])
        corners = _angle(D, A, B), _angle(A, B, C)
        p.drawn(all(abs(x - 90) < 0.3 for x in corners), f"corners measure {corners}")
        for qa in s.qa:
            got = _angle3(qa, P)
            if got is not None:
                p.close(qa, got, abs_tol=_ANGLE_TOL)
            elif _has(qa, "What angle"):
                p.close(qa, _angle(C, A, B), abs_tol=_ANGLE_TOL)
            elif re.search(r"\b[A-Z]{2}\b", qa.question):
                p.close(qa, _last_seg(qa, P))
            else:
                p.close(qa, _len(A, C))
    return p.found


def verify_trapezoid_midline(s: Sample) -> list[str]:
    """Area, the side parallel to AB and named lengths of the drawn trapezoid."""
    with Problems() as p:
        P = _pts(s)
        quad = [P[n] for n in s.params["letters"]]
        ab = quad[1] - quad[0]
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(*quad))
            elif _has(qa, "parallel"):
                if len(qa.answer) != 2 or not set(qa.answer) <= set(P):
                    p.wrong(qa, "a side parallel to " + "".join(s.params["letters"][:2]))
                    continue
                side = P[qa.answer[1]] - P[qa.answer[0]]
                if abs(_cross(ab, side)) >= 0.01 * np.hypot(*ab) * np.hypot(*side):
                    p.wrong(qa, "a side parallel to " + "".join(s.params["letters"][:2]))
            else:
                p.close(qa, _last_seg(qa, P))
    return p.found


def verify_rhombus_diagonals(s: Sample) -> list[str]:
    """Equal sides; area, perimeter, side and named diagonal lengths."""
    with Problems() as p:
        P = _pts(s)
        quad = [P[n] for n in s.params["letters"]]
        side = _len(quad[0], quad[1])
        spread = max(abs(_len(quad[i - 1], quad[i]) - side) for i in range(4))
        p.drawn(spread < 0.03, f"sides differ by {spread:.3f}")
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(*quad))
            elif _has(qa, "perimeter"):
                p.close(qa, 4 * side)
            elif re.search(r"\b[A-Z]{2}\b", qa.question):
                p.close(qa, _last_seg(qa, P))
            else:
                p.close(qa, side)
    return p.found


# ----------------------------------------------------------------------------- circles


def verify_circle_chord_distance(s: Sample) -> list[str]:
    """Chord on the circle; its distance from the centre, triangle area and named lengths."""
    with Problems() as p:
        P = _pts(s)
        a, b, _ = s.params["letters"]
        (circle,) = s.facts["circles"]
        ctr, r = _circle(circle)
        for k in (a, b):
            p.drawn(abs(_len(ctr, P[k]) - r) < 0.02, f"{k} is not on the circle")
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(ctr, P[a], P[b]))
            elif _has(qa, "far"):
                p.close(qa, _line_distance(ctr, P[a], P[b]))
            else:
                p.close(qa, _last_seg(qa, P))
    return p.found


def verify_inscribed_central_angle(s: Sample) -> list[str]:
    """Arc, inscribed and central angles measured at the drawn points."""
    with Problems() as p:
        P = _pts(s)
        a, b, c = s.params["letters"]
        central = _angle(P[a], P["O"], P[b])
        for qa in s.qa:
            if _has(qa, "arc"):
                p.close(qa, central, abs_tol=_ANGLE_TOL)
            elif _has(qa, "marked"):
                asked = _angle(P[a], P[c], P[b]) if s.params["given"] == "central" else central
                p.close(qa, asked, abs_tol=_ANGLE_TOL)
            else:
                got = _angle3(qa, P)
                if got is None:
                    raise ValueError(f"no angle named in {qa.question!r}")
                p.close(qa, got, abs_tol=_ANGLE_TOL)
    return p.found


def verify_tangent_from_external_point(s: Sample) -> list[str]:
    """The radius meets the tangent at a right angle; angles, distance and tangent length."""
    with Problems() as p:
        P = _pts(s)
        o, q, t = s.params["letters"]
        right = _angle(P[o], P[t], P[q])
        p.drawn(abs(right - 90) < 0.4, f"∠{o}{t}{q} measures {right:.2f}°")
        for qa in s.qa:
            got = _angle3(qa, P)
            if got is not None:
                p.close(qa, got, abs_tol=_ANGLE_TOL)
            elif _has(qa, "far"):
                p.close(qa, _len(P[o], P[q]))
            else:
                p.close(qa, _last_seg(qa, P))
    return p.found


def verify_tangent_circles(s: Sample) -> list[str]:
    """Centre distance, area ratio and common tangents of the two drawn circles."""
    with Problems() as p:
        (c1, r1), (c2, r2) = (_circle(c) for c in s.facts["circles"])
        dist = _len(c1, c2)
        external = abs(dist - (r1 + r2)) < 0.03
        p.drawn(external or abs(dist - abs(r1 - r2)) < 0.03, "the circles are not tangent")
        for qa in s.qa:
            if _has(qa, "tangent"):
                p.equal(qa, 3 if external else 1)
            elif _has(qa, "area", "Area"):
                p.close(qa, (max(r1, r2) / min(r1, r2)) ** 2)
            else:
                p.close(qa, dist)
    return p.found


# ----------------------------------------------------------------------------- inscribed figures


def verify_triangle_incircle(s: Sample) -> list[str]:
    """The circle touches all three sides; inradius, area and tangent lengths."""
    with Problems() as p:
        P = _pts(s)
        A, B, C = (P[n] for n in s.params["letters"])
        (circle,) = s.facts["circles"]
        centre, r = _circle(circle)
        for u, v in ((A, B), (B, C), (C, A)):
            p.drawn(abs(_line_distance(centre, u, v) - r) < 0.03, "the circle misses a side")
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(A, B, C))
            elif _has(qa, "tangent length", "to the point of tangency"):
                p.close(qa, _last_seg(qa, P))
            else:
                p.close(qa, r)
    return p.found


def verify_triangle_circumcircle(s: Sample) -> list[str]:
    """The circle passes through the vertices; radius, diameter, area and named lengths."""
    with Problems() as p:
        P = _pts(s)
        A, B, C = (P[n] for n in s.params["letters"])
        (circle,) = s.facts["circles"]
        centre, R = _circle(circle)
        for v in (A, B, C):
            p.drawn(abs(_len(centre, v) - R) < 0.03, "a vertex is off the circle")
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(A, B, C))
            elif _has(qa, "diameter"):
                p.close(qa, 2 * R)
            elif re.search(r"\b[A-Z]{2}\b", qa.question):
                p.close(qa, _last_seg(qa, P))
            else:
                p.close(qa, R)
    return p.found


def verify_regular_polygon_in_circle(s: Sample) -> list[str]:
    """Area, side, central and interior angles of the drawn regular polygon."""
    with Problems() as p:
        P = _pts(s)
        names = list(s.params["letters"])
        poly = [P[n] for n in names]
        (circle,) = s.facts["circles"]
        centre, _ = _circle(circle)
        interior = _angle(poly[0], poly[1], poly[2 % len(poly)])
        central = _angle(poly[0], centre, poly[1])
        for qa in s.qa:
            if _has(qa, "area"):
                p.close(qa, _area(*poly))
            elif _has(qa, "side", f"{names[0]}{names[1]} "):
                p.close(qa, _len(poly[0], poly[1]))
            elif _has(qa, "central", "at the centre"):
                p.close(qa, central, abs_tol=_ANGLE_TOL)
            elif _has(qa, "interior"):
                p.close(qa, interior, abs_tol=_ANGLE_TOL)
            else:
                asked = central if s.params["ask_for"] == "central" else interior
                p.close(qa, asked, abs_tol=_ANGLE_TOL)
    return p.found


def verify_square_circle_inscribed(s: Sample) -> list[str]:
    """The inner circle touches all four sides; side, areas and the outer radius."""
    with Problems() as p:
        P = _pts(s)
        A, B, C, D = (P[n] for n in s.params["letters"])
        centre, r = _circle(min(s.facts["circles"], key=lambda c: c["radius"]))
        for u, v in ((A, B), (B, C), (C, D), (D, A)):
            p.drawn(abs(_line_distance(centre, u, v) - r) < 0.03, "the circle misses a side")
        side = _len(A, B)
        for qa in s.qa:
            if _has(qa, "outside the circle", "corner regions"):
                # a difference of areas: the rounding of the drawn points errs relative to
                # the square's area, not to the small difference
                p.close(qa, side**2 - math.pi * r**2, abs_tol=0.01 * side**2)
            elif _has(qa, "area"):
                p.close(qa, side**2)
            elif _has(qa, "outer circle", "through the vertices"):
                p.close(qa, _len(centre, C))
            else:
                p.close(qa, side)
    return p.found
