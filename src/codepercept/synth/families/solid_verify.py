"""Independent QA verifiers for the solid-geometry templates.

Each ``verify_<template>`` recomputes every answer of a sample by other means than the
template used: convex hulls of the drawn vertices, brute force over voxel grids, folding the
net in 3-D, numerical integrals and derivatives of what the emitted script draws. It returns
the problems found (empty when every answer holds). The template modules pass them as ``verify=``.
Answers such as ``2√3``, ``32π/3`` or ``(1, 1/2, -1)`` are read by a small arithmetic
evaluator, never by ``eval``; literals are read from the script with ``ast.literal_eval``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping
from typing import Any

import numpy as np

from codepercept.synth.kit.verify import (
    Problems,
    code_function,
    code_literal,
    read_number,
    read_vector,
)
from codepercept.synth.template import QA, Sample


def _problems() -> Problems:
    """A collector reading answers as exact-form numbers, with a 0.1% default tolerance."""
    return Problems(parse=read_number, rel=1e-3, abs_tol=1e-3)


# ----------------------------------------------------------------------------- reading answers


def _within(got: float, want: float, tol: float = 1e-3) -> bool:
    return abs(got - want) <= tol * max(1.0, abs(want))


def _points(sample: Sample) -> dict[str, np.ndarray]:
    return {k: np.asarray(v, float) for k, v in sample.facts["points"].items()}


def _eye(sample: Sample) -> np.ndarray:
    """Direction towards mplot3d's (orthographic) camera at the sample's elev and azim."""
    e, a = (math.radians(sample.facts["view"][k]) for k in ("elev", "azim"))
    return np.array([math.cos(e) * math.cos(a), math.cos(e) * math.sin(a), math.sin(e)])


# ----------------------------------------------------------------------------- convex solids


def _convex_hull(points: np.ndarray):
    """scipy's hull of ``points`` (scipy loads on first use, not when templates register)."""
    from scipy.spatial import ConvexHull

    return ConvexHull(points)


def _hull(pts: np.ndarray) -> tuple[list[np.ndarray], dict[frozenset[int], list[np.ndarray]]]:
    """Facet planes (unit normal, offset) of the hull and its edges with the planes that meet
    there, found as the vertex pairs lying on two distinct facet planes."""
    scale = max(1.0, float(np.abs(pts).max()))
    planes: list[np.ndarray] = []
    for eq in _convex_hull(pts).equations:
        if not any(np.allclose(eq, q, atol=1e-6 * scale) for q in planes):
            planes.append(eq)
    on = [set(np.flatnonzero(np.abs(pts @ q[:3] + q[3]) < 1e-6 * scale)) for q in planes]
    edges: dict[frozenset[int], list[np.ndarray]] = {}
    for i, j in itertools.combinations(range(len(pts)), 2):
        through = [q for q, verts in zip(planes, on, strict=True) if {i, j} <= verts]
        if len(through) >= 2:
            edges[frozenset((i, j))] = through
    return planes, edges


def _hidden(edges: dict[frozenset[int], list[np.ndarray]], eye: np.ndarray) -> int:
    """Edges whose every facet turns away from the camera."""
    return sum(all(q[:3] @ eye < 0 for q in planes) for planes in edges.values())


def verify_polyhedron_labelled(s: Sample) -> list[str]:
    """Edges, hidden edges, faces, vertices and V - E + F of the hull of the drawn vertices."""
    with _problems() as p:
        pts = np.array(list(s.facts["points"].values()), float)
        planes, edges = _hull(pts)
        v, e, f = len(pts), len(edges), len(planes)
        drawn = len(s.facts["segments"]) + len(s.facts["dashed_segments"])
        p.drawn(drawn == e, f"{drawn} edges drawn, the hull has {e}")
        p.equal(s.qa[0], e)
        p.equal(s.qa[1], _hidden(edges, _eye(s)))
        q = s.qa[2].question
        p.equal(s.qa[2], v - e + f if "V - E" in q else f if "faces" in q else v)
    return p.found


def verify_combined_prism_pyramid(s: Sample) -> list[str]:
    """Volume, faces and edges of the hull of the drawn prism-and-pyramid vertices."""
    with _problems() as p:
        pts = np.array(list(s.facts["points"].values()), float)
        planes, edges = _hull(pts)
        drawn = len(s.facts["segments"]) + len(s.facts["dashed_segments"])
        p.drawn(drawn == len(edges), f"{drawn} edges drawn, the hull has {len(edges)}")
        p.close(s.qa[0], _convex_hull(pts).volume)
        p.equal(s.qa[1], len(planes))
        p.equal(s.qa[2], len(edges))
    return p.found


def verify_cuboid_space_diagonal(s: Sample) -> list[str]:
    """Space diagonal, face diagonal and volume of the stated cuboid, by Pythagoras."""
    with _problems() as p:
        a, b, c = s.params["length"], s.params["depth"], s.params["height"]
        p.close(s.qa[0], math.sqrt(a * a + b * b + c * c))
        for qa in s.qa[1:]:
            p.close(qa, math.hypot(a, b) if "AC" in qa.question else a * b * c)
    return p.found


def verify_regular_pyramid_measures(s: Sample) -> list[str]:
    """Slant height, hull volume and lateral edge from the drawn pyramid."""
    with _problems() as p:
        P = _points(s)
        apex = s.facts["extra"]["apex"]
        vol = _convex_hull(np.array([P[k] for k in ("A", "B", "C", "D", apex)])).volume
        p.close(s.qa[0], float(np.linalg.norm(P[apex] - P["M"])))
        p.close(s.qa[1], vol)
        p.close(s.qa[2], float(np.linalg.norm(P[apex] - P["A"])))
    return p.found


def verify_pyramid_parallel_section(s: Sample) -> list[str]:
    """Section edge, area ratio and number of sides, measured on the drawn section."""
    with _problems() as p:
        P = _points(s)
        side = float(np.linalg.norm(P["A'"] - P["B'"]))
        ratio = side / float(np.linalg.norm(P["A"] - P["B"]))
        p.close(s.qa[0], side, rel=2e-3, abs_tol=2e-3)
        p.close(s.qa[1], ratio**2, rel=2e-3, abs_tol=2e-3)
        p.equal(s.qa[2], sum(1 for k in P if k.endswith("'")))
    return p.found


_POLYGONS = {3: "triangle", 4: "quadrilateral", 5: "pentagon", 6: "hexagon"}


def _cube_section(side: float, normal: np.ndarray, offset: float) -> np.ndarray:
    """Corners of the plane ``normal . x = offset`` cut through the cube [0, side]^3, in order."""
    corners = np.array(list(itertools.product((0.0, side), repeat=3)))
    hits: list[np.ndarray] = []
    for i, j in itertools.combinations(range(8), 2):
        if np.count_nonzero(corners[i] != corners[j]) != 1:
            continue  # not an edge of the cube
        di, dj = corners[i] @ normal - offset, corners[j] @ normal - offset
        if di * dj > 0 or di == dj:
            continue
        x = corners[i] + (corners[j] - corners[i]) * (di / (di - dj))
        if not any(np.allclose(x, h, atol=1e-6 * side) for h in hits):
            hits.append(x)
    pts = np.array(hits)
    centre = pts.mean(axis=0)
    u = pts[0] - centre
    w = np.cross(normal, u)
    return pts[np.argsort(np.arctan2((pts - centre) @ w, (pts - centre) @ u))]


def verify_cube_cross_section(s: Sample) -> list[str]:
    """Cut the cube with the plane through the drawn section corners; count and measure."""
    with _problems() as p:
        side = float(s.facts["extra"]["side"])
        names = s.facts["extra"]["section"]
        pts = np.array([s.facts["points"][n] for n in names], float)
        centre = pts.mean(axis=0)
        _, sing, vt = np.linalg.svd(pts - centre)
        p.drawn(sing[-1] < 1e-2 * side, "the section corners are not coplanar")
        normal = vt[-1]
        poly = _cube_section(side, normal, float(normal @ centre))
        n = len(poly)
        p.drawn(n == len(names), f"{len(names)} corners drawn, the plane cuts {n} edges")
        p.equal(s.qa[0], n)
        p.equal(s.qa[1], _POLYGONS.get(n, f"{n}-gon"))
        for qa in s.qa[2:]:
            rolled = np.roll(poly, -1, axis=0)
            area = float(np.linalg.norm(np.cross(poly, rolled).sum(axis=0))) / 2
            p.close(qa, area, rel=1e-2, abs_tol=1e-2)
    return p.found


def verify_axial_section(s: Sample) -> list[str]:
    """Axial section of the stated cylinder (a 2r x h rectangle) or cone (base 2r, height h)."""
    with _problems() as p:
        r, h = s.params["radius"], s.params["height"]
        cyl = s.params["solid"] == "cylinder"
        p.close(s.qa[0], 2 * r * h if cyl else r * h)
        p.equal(s.qa[1], "rectangle" if cyl else "isosceles triangle")
        for qa in s.qa[2:]:
            p.close(qa, math.hypot(r, h))
    return p.found


# ----------------------------------------------------------------------------- cube nets


def _rotation(point: np.ndarray, axis: np.ndarray, angle: float) -> np.ndarray:
    """4x4 rotation by ``angle`` about the line through ``point`` along the unit ``axis``."""
    x, y, z = axis
    c, s = math.cos(angle), math.sin(angle)
    K = np.array([[0, -z, y], [z, 0, -x], [-y, x, 0]])
    R = np.eye(3) + s * K + (1 - c) * K @ K
    T = np.eye(4)
    T[:3, :3] = R
    T[:3, 3] = point - R @ point
    return T


def _folded_centres(cells: list[tuple[int, int]]) -> dict[tuple[int, int], np.ndarray]:
    """Centres of the unit squares of a net once every hinge is bent up by 90 degrees."""
    root = cells[0]
    transforms = {root: np.eye(4)}
    queue = [root]
    while queue:
        cx, cy = cur = queue.pop(0)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nxt = (cx + dx, cy + dy)
            if nxt not in cells or nxt in transforms:
                continue
            if dx:
                hinge, axis = np.array([cx + (dx > 0), cy, 0.0]), np.array([0.0, 1.0, 0.0])
            else:
                hinge, axis = np.array([cx, cy + (dy > 0), 0.0]), np.array([1.0, 0.0, 0.0])
            R = _rotation(hinge, axis, math.pi / 2)
            if (R @ [nxt[0] + 0.5, nxt[1] + 0.5, 0.0, 1.0])[2] < 0:
                R = _rotation(hinge, axis, -math.pi / 2)
            transforms[nxt] = transforms[cur] @ R
            queue.append(nxt)
    return {(x, y): (T @ [x + 0.5, y + 0.5, 0.0, 1.0])[:3] for (x, y), T in transforms.items()}


def _opposites(centres: Mapping[Any, np.ndarray]) -> dict[Any, Any]:
    """Pair each face of a cube with the one whose centre is its mirror through the middle."""
    middle = np.mean(list(centres.values()), axis=0)
    return {
        k: min(centres, key=lambda m: float(np.linalg.norm(centres[m] - (2 * middle - c))))
        for k, c in centres.items()
    }


def _asked_face(qa: QA) -> str:
    found = re.findall(r"opposite (?:the face marked |face )?(\S+?)(?:\?| once)", qa.question)
    if not found:
        raise ValueError(f"no face named in {qa.question!r}")
    return found[0]


def verify_cube_net_opposite(s: Sample) -> list[str]:
    """Fold the drawn net in 3-D and pair the squares whose centres end up opposite."""
    with _problems() as p:
        side = code_literal(s.code, "side")
        name_at = {
            (round(x / side), round(y / side)): n for x, y, n in code_literal(s.code, "squares")
        }
        cells = [tuple(c) for c in s.facts["extra"]["cells"]]
        p.drawn(set(name_at) == set(cells), "the drawn squares are not the net's cells")
        opp_cell = _opposites(_folded_centres(cells))
        opp = {name_at[c]: name_at[d] for c, d in opp_cell.items()}
        for qa in s.qa:
            asked = s.facts["extra"]["shaded"] if "grey" in qa.question else _asked_face(qa)
            p.equal(qa, opp[asked])
    return p.found


def verify_cube_folding_sequence(s: Sample) -> list[str]:
    """Opposite and top faces and visible names, read off the closed cube the script draws."""
    with _problems() as p:
        cube = code_literal(s.code, "steps")[2]
        centres = {n: np.mean(np.asarray(q, float), axis=0) for n, q in cube.items()}
        opp = _opposites(centres)
        top = max(centres, key=lambda n: centres[n][2])
        middle = np.mean(list(centres.values()), axis=0)
        seen = sum(float((c - middle) @ _eye(s)) > 1e-9 for c in centres.values())
        shown = len(code_literal(s.code, "name_pos")[2])
        p.drawn(shown == seen, f"{shown} names drawn on the closed cube, {seen} faces visible")
        for qa in s.qa:
            if "on top" in qa.question:
                p.equal(qa, top)
            elif "opposite" in qa.question:
                p.equal(qa, opp[_asked_face(qa)])
            else:
                p.equal(qa, seen)
    return p.found


# ----------------------------------------------------------------------------- cube stacks


def verify_cube_stack_count(s: Sample) -> list[str]:
    """Cubes, tallest stack and cubes missing from the bounding box, from the heights drawn."""
    with _problems() as p:
        heights = np.array(code_literal(s.code, "heights"))
        rows, cols = heights.shape
        n, tallest = int(heights.sum()), int(heights.max())
        # the drawing determines the count: no column hides behind a taller one
        p.drawn(
            bool((np.diff(heights, axis=1) <= 0).all() and (np.diff(heights, axis=0) >= 0).all()),
            "a column could hide cubes",
        )
        p.drawn(s.facts["counts"]["polygon"] == 3 * n, "not three visible faces per cube")
        p.equal(s.qa[0], n)
        p.equal(s.qa[1], tallest)
        p.equal(s.qa[2], rows * cols * tallest - n)
    return p.found


def verify_painted_cuboid(s: Sample) -> list[str]:
    """Count the painted faces of every unit cube of the a x b x c block, one by one."""
    with _problems() as p:
        a, b, c = (code_literal(s.code, k) for k in "abc")
        painted = dict.fromkeys(range(4), 0)
        for x, y, z in itertools.product(range(a), range(b), range(c)):
            painted[(x in (0, a - 1)) + (y in (0, b - 1)) + (z in (0, c - 1))] += 1
        for qa in s.qa:
            if "make up" in qa.question:
                p.equal(qa, a * b * c)
                continue
            q = qa.question
            k = 0 if "no " in q else 1 if "one" in q else 2 if "two" in q else 3
            p.equal(qa, painted[k])
    return p.found


def _views_of(heights: np.ndarray) -> dict[str, set[tuple[int, int]]]:
    vox = [(x, y, z) for y, x in np.ndindex(heights.shape) for z in range(heights[y, x])]
    rows = heights.shape[0]
    return {
        "front": {(x, z) for x, _, z in vox},
        "left": {(rows - 1 - y, z) for _, y, z in vox},
        "top": {(x, y) for x, y, _ in vox},
    }


def verify_three_view_projection(s: Sample) -> list[str]:
    """Project the voxels of the drawn solid onto the three planes; count cubes and squares."""
    with _problems() as p:
        heights = np.array(code_literal(s.code, "heights"))
        want = _views_of(heights)
        views = code_literal(s.code, "views")
        for key, title in zip(("front", "left", "top"), views, strict=True):
            p.drawn({tuple(v) for v in views[title]} == want[key], f"the {key} view is wrong")
        p.equal(s.qa[0], int(heights.sum()))
        title = max(views, key=lambda t: len(t) if t.lower() in s.qa[1].question else -1)
        if title.lower() not in s.qa[1].question:
            raise ValueError(f"no view named in {s.qa[1].question!r}")
        p.equal(s.qa[1], len(want[("front", "left", "top")[list(views).index(title)]]))
        p.equal(s.qa[2], max(z for _, z in want["front"]) + 1)
    return p.found


def verify_three_view_reconstruction(s: Sample) -> list[str]:
    """Most and fewest cubes, by trying every height grid (0-3 per square) against the views."""
    with _problems() as p:
        views = code_literal(s.code, "views")
        front, left, top = ({tuple(v) for v in vs} for vs in views.values())
        rows = max(u for u, _ in left) + 1
        cols = max(u for u, _ in front) + 1
        grids = np.array(list(itertools.product(range(4), repeat=rows * cols)))
        grids = grids.reshape(-1, rows, cols)
        ok = np.ones(len(grids), bool)
        for x in range(cols):
            ok &= grids[:, :, x].max(axis=1) == max((z + 1 for u, z in front if u == x), default=0)
        for y in range(rows):
            tall = max((z + 1 for u, z in left if u == rows - 1 - y), default=0)
            ok &= grids[:, y, :].max(axis=1) == tall
        for y, x in np.ndindex(rows, cols):
            ok &= (grids[:, y, x] > 0) == ((x, y) in top)
        totals = grids[ok].sum(axis=(1, 2))
        if not len(totals):
            raise ValueError("no solid has these three views")
        p.equal(s.qa[0], int(totals.max()))
        p.equal(s.qa[1], int(totals.min()))
    return p.found


# ----------------------------------------------------------------------------- round solids


def verify_combined_cylinder_top(s: Sample) -> list[str]:
    """Volume by slicing into discs, surface area and the cone's slant height."""
    with _problems() as p:
        r, h, k = s.params["radius"], s.params["height"], s.params["cone_height"]
        cone = s.params["top"] == "cone"
        z = np.linspace(0, h + (k if cone else r), 200001)
        above = z - h
        cap = r * (1 - above / k) if cone else np.sqrt(np.clip(r * r - above**2, 0, None))
        rad = np.where(z <= h, r, cap)
        area = math.pi * rad**2
        vol = float(((area[1:] + area[:-1]) / 2 * np.diff(z)).sum())
        p.close(s.qa[0], vol, rel=1e-4, abs_tol=1e-4)
        lateral_top = math.pi * r * math.hypot(r, k) if cone else 2 * math.pi * r * r
        p.close(s.qa[1], math.pi * r * r + 2 * math.pi * r * h + lateral_top)
        for qa in s.qa[2:]:
            p.close(qa, math.hypot(r, k))
    return p.found


def verify_sphere_circle(s: Sample) -> list[str]:
    """Radius, distance from O and circumference of the small circle through the drawn P."""
    with _problems() as p:
        P = _points(s)
        R = s.params["radius"]
        p.drawn(_within(float(np.linalg.norm(P["P"])), R, 2e-3), "P is not on the sphere")
        small = float(np.linalg.norm(P["P"] - P["O'"]))
        p.close(s.qa[0], small, rel=2e-3, abs_tol=2e-3)
        p.close(s.qa[1], float(np.linalg.norm(P["O'"])), rel=2e-3, abs_tol=2e-3)
        p.close(s.qa[2], 2 * math.pi * small, rel=2e-3, abs_tol=2e-3)
    return p.found


# ----------------------------------------------------------------------------- space curves


def verify_helix_curve(s: Sample) -> list[str]:
    """Turns, rise from A to B and the length of one turn, summed along a fine polyline."""
    with _problems() as p:
        r, pitch, turns = s.params["radius"], s.params["pitch"], s.params["turns"]
        P = _points(s)
        t = np.linspace(0, 2 * math.pi, 100001)
        xyz = np.stack([r * np.cos(t), r * np.sin(t), pitch * t / (2 * math.pi)])
        arc = float(np.linalg.norm(np.diff(xyz, axis=1), axis=0).sum())
        rise = float(P["B"][2] - P["A"][2])
        p.drawn(_within(rise, pitch * turns), f"B is {rise:.3g} above A, not {pitch * turns}")
        p.equal(s.qa[0], turns)
        p.close(s.qa[1], rise)
        p.close(s.qa[2], arc, rel=0, abs_tol=0.006)
    return p.found


def verify_space_curve_tangent(s: Sample) -> list[str]:
    """r'(t0) by central differences, r(t0) and its length."""
    with _problems() as p:
        a, b, c = s.facts["extra"]["coefficients"]
        t0 = s.params["t0"]

        def r(t: float) -> np.ndarray:
            return np.array([a * t, b * t * t, c * t**3])

        d = (r(t0 + 1e-6) - r(t0 - 1e-6)) / 2e-6
        for qa, want in ((s.qa[0], d), (s.qa[1], r(t0))):
            got = read_vector(qa.answer)
            if len(got) != 3 or not np.allclose(got, want, atol=1e-4):
                p.wrong(qa, tuple(round(float(v), 4) for v in want))
        p.close(s.qa[2], float(np.linalg.norm(d)), rel=5e-3, abs_tol=5e-3)
    return p.found


# ----------------------------------------------------------------------------- surface integrals


def verify_surface_normals(s: Sample) -> list[str]:
    """Normals counted from the script's grid; n = ±(-f_x, -f_y, 1) by differentiating the
    script's own f numerically; the patch area for a plane; the drawn orientation."""
    with _problems() as p:
        m = int(re.search(r"np\.meshgrid\(np\.linspace\([^,]+, [^,]+, (\d+)\)", s.code).group(1))
        down = re.search(r"ax\.quiver\(px, py, pz, (-?)nx", s.code).group(1) == "-"
        f = code_function(s.code, "f")
        p.equal(s.qa[0], m * m)
        qx, qy = (int(v) for v in re.search(r"at \((-?\d+), (-?\d+)\)", s.qa[1].question).groups())
        h = 1e-5
        fx = (f(qx + h, qy) - f(qx - h, qy)) / (2 * h)
        fy = (f(qx, qy + h) - f(qx, qy - h)) / (2 * h)
        sign = -1 if down else 1
        want = [-sign * fx, -sign * fy, sign]
        got = read_vector(s.qa[1].answer)
        if len(got) != 3 or not np.allclose(got, want, atol=1e-4):
            p.wrong(s.qa[1], tuple(round(float(v), 4) for v in want))
        if s.facts["extra"]["surface"] == "plane":
            x0, x1, y0, y1 = s.facts["extra"]["domain"]
            p.close(s.qa[2], math.sqrt(1 + fx * fx + fy * fy) * (x1 - x0) * (y1 - y0))
        else:
            p.equal(s.qa[2], "downward" if down else "upward")
    return p.found


def verify_stokes_cap(s: Sample) -> list[str]:
    """Circulation of F = (-y, x, 0) along C, run the way the script's arrows point."""
    with _problems() as p:
        R = s.facts["extra"]["radius"]
        direction = int(re.search(r"\(0, 0, \S+, 0, 0, (-?1),", s.code).group(1))
        t = np.linspace(0, 2 * math.pi, 20001) * direction
        x, y = R * np.cos(t), R * np.sin(t)
        circulation = float(np.sum(-y[:-1] * np.diff(x) + x[:-1] * np.diff(y)))
        ccw = circulation > 0
        p.equal(s.qa[0], "counterclockwise" if ccw else "clockwise")
        p.equal(s.qa[1], "up" if ccw else "down")
        p.close(s.qa[2], circulation)
    return p.found


def verify_green_region(s: Sample) -> list[str]:
    """Area of D, ∮ x dy by Green, boundary curves and the turning of the drawn arrows."""
    with _problems() as p:
        a, b = s.params["a"], s.params["b"]
        annulus = s.params["region"] == "annulus"
        area = math.pi * (a * a - b * b) if annulus else math.pi * a * b
        p.close(s.qa[0], area)
        p.close(s.qa[1], area)
        arrows = code_literal(s.code, "arrows")
        p.drawn(len(arrows) == s.facts["counts"]["arrow"], "arrow count differs from the facts")
        turns = {"outer": set(), "inner": set()}  # sign of the turn about the origin
        for (x0, y0), (x1, y1) in arrows:
            ring = "inner" if annulus and math.hypot(x0, y0) < b + 0.01 else "outer"
            turns[ring].add(x0 * y1 - y0 * x1 > 0)
        p.drawn(turns["outer"] == {True}, "the outer boundary does not run counterclockwise")
        if annulus:
            p.drawn(turns["inner"] == {False}, "the inner boundary does not run clockwise")
        curves = len(re.findall(r"ax\.add_patch\((?:Circle|Ellipse)\(", s.code))
        for qa in s.qa[2:]:
            if "How many" in qa.question:
                p.equal(qa, curves)
            else:
                ring = "inner" if "inner" in qa.question else "outer"
                ccw = turns[ring] == {True}
                p.equal(qa, "counterclockwise" if ccw else "clockwise")
    return p.found
