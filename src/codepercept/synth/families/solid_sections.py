"""Cross-sections: a cube cut by a plane (section polygon shaded), axial sections of round solids."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.solid_common import (
    FAMILY,
    axes3d_code,
    edges_of,
    face_facing,
    fit_view3d,
    label_positions_3d,
    num,
    pick,
    place_labels,
    rlist,
    rnd,
    sample_view,
    signed_area,
    split_edges,
    sqrt_str,
    tup,
    view_projector,
)
from codepercept.synth.families.solid_draw import HEADER_3D_POLY, pick_style, wire3d_code
from codepercept.synth.template import QA, ParamSpec, Sample, template

_CUBE_NAMES = ("A", "B", "C", "D", "E", "F", "G", "H")
_SECTION_NAMES = ("P", "Q", "R", "S", "T", "U")
_SHAPES = {3: "triangle", 4: "quadrilateral", 5: "pentagon", 6: "hexagon"}


def cube_solid(s: float) -> tuple[dict[str, tuple], list[tuple[str, ...]]]:
    corners = [
        (0, 0, 0),
        (s, 0, 0),
        (s, s, 0),
        (0, s, 0),
        (0, 0, s),
        (s, 0, s),
        (s, s, s),
        (0, s, s),
    ]
    verts = {n: tuple(float(c) for c in p) for n, p in zip(_CUBE_NAMES, corners, strict=True)}
    faces = [
        ("A", "B", "C", "D"),
        ("E", "F", "G", "H"),
        ("A", "B", "F", "E"),
        ("B", "C", "G", "F"),
        ("C", "D", "H", "G"),
        ("D", "A", "E", "H"),
    ]
    return verts, faces


def plane_section(
    verts: dict[str, tuple], faces: list[tuple[str, ...]], normal: np.ndarray, d: float
) -> list[tuple[np.ndarray, int]]:
    """Corners of the section {n . p = d}, in order around the polygon, each with the index of
    a face it lies on (edge i of the section runs along face ``face[i]``)."""
    pts = []
    for a, b in edges_of(faces):  # a fixed order, so the labelling is reproducible
        pa, pb = np.array(verts[a]), np.array(verts[b])
        da, db = float(normal @ pa) - d, float(normal @ pb) - d
        if da * db < 0:
            pts.append(pa + (pb - pa) * da / (da - db))
    if len(pts) < 3:
        return []
    arr = np.array(pts)
    c = arr.mean(axis=0)
    u = arr[0] - c
    u /= np.linalg.norm(u)
    v = np.cross(normal / np.linalg.norm(normal), u)
    order = np.argsort([math.atan2(float((p - c) @ v), float((p - c) @ u)) for p in arr])
    ring = [arr[i] for i in order]
    out = []
    for i, p in enumerate(ring):
        q = ring[(i + 1) % len(ring)]
        face = next(
            k
            for k, f in enumerate(faces)
            if all(_on_face(x, [np.array(verts[n]) for n in f]) for x in (p, q, (p + q) / 2))
        )
        out.append((p, face))
    return out


def _on_face(p: np.ndarray, quad: list[np.ndarray]) -> bool:
    n = np.cross(quad[1] - quad[0], quad[3] - quad[0])
    return abs(float(n @ (p - quad[0]))) < 1e-6 * float(np.linalg.norm(n))


def polygon_area(pts: list[np.ndarray]) -> float:
    total = np.zeros(3)
    for i in range(len(pts)):
        total += np.cross(pts[i], pts[(i + 1) % len(pts)])
    return float(np.linalg.norm(total) / 2)


_NORMALS = (
    (1, 1, 1),
    (1, 1, 2),
    (2, 1, 1),
    (1, 2, 1),
    (1, 1, 0),
    (0, 1, 1),
    (1, 0, 2),
    (1, 2, 2),
    (2, 1, 2),
)


@template(
    "cube_cross_section",
    family=FAMILY,
    parameters=(
        ParamSpec("side", "int", 2, 6, help="cube edge"),
        ParamSpec(
            "normal",
            "choice",
            choices=tuple(str(n) for n in _NORMALS),
            help="normal of the cutting plane",
        ),
        ParamSpec(
            "offset",
            "float",
            0.1,
            0.9,
            help="plane position as a fraction of its range across the cube",
        ),
        ParamSpec("elev", "int", 15, 32),
        ParamSpec("azim", "int", -75, -20),
    ),
    description="Cube ABCD-EFGH cut by a plane; the section polygon is shaded and its corners labelled.",
)
def cube_cross_section(rng: np.random.Generator) -> Sample:
    """Section of a cube by a plane n . p = d: triangle to hexagon; edges on back faces dashed."""
    side = int(rng.integers(2, 7))
    verts, faces = cube_solid(float(side))
    corners = np.array(list(verts.values()))
    special = rng.random() < 0.25
    for _ in range(100):
        n = np.array(pick(rng, _NORMALS), float)
        lo, hi = float((corners @ n).min()), float((corners @ n).max())
        frac = (
            0.5
            if special and tuple(n) == (1.0, 1.0, 1.0)
            else round(float(rng.uniform(0.1, 0.9)), 2)
        )
        ring = plane_section(verts, faces, n, lo + frac * (hi - lo))
        if (
            len(ring) >= 3
            and min(float(np.linalg.norm(p - c)) for p, _ in ring for c in corners) > 0.18 * side
            and min(float(np.linalg.norm(ring[i][0] - ring[i - 1][0])) for i in range(len(ring)))
            > 0.25 * side
        ):
            break
    sec_names = list(_SECTION_NAMES[: len(ring)])
    allv = dict(verts) | {
        nm: tuple(rnd(c) for c in p) for nm, (p, _) in zip(sec_names, ring, strict=True)
    }
    true_area = polygon_area([p for p, _ in ring])
    for _ in range(30):  # also keep the section from being seen edge-on
        elev, azim = sample_view(
            rng, verts, faces, elev=(15, 32), azim=(-75, -20), points=allv, min_sep=0.08
        )
        seen = abs(signed_area([view_projector(elev, azim)(p) for p, _ in ring]))
        if seen > 0.4 * true_area:
            break
    proj = view_projector(elev, azim)
    visible, hidden = split_edges(verts, faces, proj)
    facing = face_facing(verts, faces, proj)
    sec_vis, sec_hid = [], []
    for i, (_, face) in enumerate(ring):
        e = (sec_names[i], sec_names[(i + 1) % len(ring)])
        (sec_vis if facing[face] > 0 else sec_hid).append(e)
    style = pick_style(rng)
    size = float(pick(rng, (6.0, 6.5)))
    centre, half, zoom, px = fit_view3d(
        verts.values(), elev, azim, (size * 100, size * 100), fill=0.74
    )
    labels = label_positions_3d(
        allv, elev, azim, (style.fontsize + 6) / px, centre, visible + hidden + sec_vis + sec_hid
    )
    poly = ", ".join(tup(allv[nm]) for nm in sec_names)
    code = (
        HEADER_3D_POLY
        + f"\nfig = plt.figure(figsize=({size}, {size}))\n"
        + 'ax = fig.add_subplot(projection="3d")\n\n'
        + wire3d_code(
            allv,
            visible + sec_vis,
            hidden + sec_hid,
            labels,
            style,
            what=f"cube ABCD-EFGH of edge {side} and the section {''.join(sec_names)}",
        )
        + "\n# the cross-section, shaded\n"
        + f'ax.add_collection3d(Poly3DCollection([[{poly}]], facecolor="{style.accent}", alpha=0.3, edgecolor="none"))\n\n'
        + axes3d_code(elev, azim, centre, half, zoom=zoom)
        + "\nfig.subplots_adjust(left=0, right=1, bottom=0, top=1)\n"
        + 'plt.savefig("figure.png")\n'
    )
    k = len(ring)
    area = polygon_area([p for p, _ in ring])
    perim = sum(float(np.linalg.norm(ring[i][0] - ring[i - 1][0])) for i in range(k))
    qa = [
        QA(
            pick(
                rng,
                (
                    f"How many sides does the section {''.join(sec_names)} have?",
                    "The plane cuts the cube. How many edges of the cube does it cross?",
                    "How many vertices does the shaded cross-section have?",
                ),
            ),
            str(k),
            "int",
        ),
        QA(
            pick(
                rng,
                (
                    "What kind of polygon is the cross-section?",
                    "Name the shape of the shaded section.",
                ),
            ),
            _SHAPES[k],
            "free",
        ),
    ]
    if special:
        qa.append(
            QA(
                f"The plane passes through the midpoints of six edges of a cube of edge {side}. What is the area of the section?",
                f"{rnd(area, 2)}",
                "float",
            )
        )
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": list(allv),
        "points": {nm: list(v) for nm, v in allv.items()},
        "segments": [list(e) for e in visible + sec_vis],
        "dashed_segments": [list(e) for e in hidden + sec_hid],
        "counts": {"text": len(allv), "line": 12 + k, "polygon": 1},
        "answer": k,
        "extra": {
            "side": side,
            "plane_normal": rlist(n),
            "plane_fraction": frac,
            "section": sec_names,
            "shape": _SHAPES[k],
            "area": rnd(area, 4),
            "perimeter": rnd(perim, 4),
        },
    }
    params = {
        "side": side,
        "normal": str(tuple(int(c) for c in n)),
        "offset": frac,
        "elev": elev,
        "azim": azim,
    }
    return Sample("cube_cross_section", FAMILY, params, code, facts, tuple(qa))


@template(
    "axial_section",
    family=FAMILY,
    parameters=(
        ParamSpec("solid", "choice", choices=("cylinder", "cone"), help="round solid"),
        ParamSpec("radius", "int", 2, 5),
        ParamSpec("height", "int", 3, 8),
        ParamSpec("angle", "int", 25, 65, help="direction of the cutting diameter (degrees)"),
    ),
    description="Cylinder or cone drawn with elliptical bases; the axial section through a diameter is shaded.",
)
def axial_section(rng: np.random.Generator) -> Sample:
    """Axial section of a cylinder (rectangle) or cone (isosceles triangle); back arcs dashed."""
    solid = str(pick(rng, ("cylinder", "cone")))
    r = int(rng.integers(2, 6))
    h = int(rng.integers(max(3, r), 9))
    k = float(pick(rng, (0.3, 0.35, 0.4)))
    phi = int(rng.integers(25, 66))
    ca, sa = math.cos(math.radians(phi)), math.sin(math.radians(phi))
    A = [rnd(-r * ca), rnd(-k * r * sa)]  # front end of the diameter
    B = [rnd(r * ca), rnd(k * r * sa)]  # back end
    pts = {"O": [0.0, 0.0], "A": A, "B": B}
    style = pick_style(rng)
    lw, col, acc = style.lw, style.edge, style.accent
    if solid == "cylinder":
        C, D = [B[0], rnd(B[1] + h)], [A[0], rnd(A[1] + h)]
        pts |= {"O'": [0.0, float(h)], "C": C, "D": D}
        section = ["A", "B", "C", "D"]
        dashed = [
            ["A", "B"],
            ["B", "C"],
        ]  # the diameter on the hidden base, the generatrix at the back
        solid_segs = [["A", "D"], ["D", "C"]]
        axis = ["O", "O'"]
    else:
        pts |= {"P": [0.0, float(h)]}
        section = ["P", "A", "B"]
        dashed = [["A", "B"], ["B", "P"]]
        solid_segs = [["P", "A"]]
        axis = ["O", "P"]
    poly = ", ".join(f"({num(pts[n][0])}, {num(pts[n][1])})" for n in section)
    body = (
        f"""# silhouette lines
ax.plot([-r, -r], [0, h], color="{col}", linewidth={lw})
ax.plot([r, r], [0, h], color="{col}", linewidth={lw})
# top rim, fully visible
ax.plot(r * np.cos(t_full), h + k * r * np.sin(t_full), color="{col}", linewidth={lw})
"""
        if solid == "cylinder"
        else f"""# silhouette lines to the apex
ax.plot([-r, 0], [0, h], color="{col}", linewidth={lw})
ax.plot([r, 0], [0, h], color="{col}", linewidth={lw})
"""
    )
    names = list(pts)
    t = np.linspace(0, 2 * np.pi, 73)
    ring_pts = np.stack([r * np.cos(t), k * r * np.sin(t)], axis=1)
    lines = [ring_pts, [pts[axis[0]], pts[axis[1]]]] + [
        [pts[a], pts[b]] for a, b in solid_segs + dashed
    ]
    if solid == "cylinder":
        lines += [ring_pts + [0, h], [[-r, 0], [-r, h]], [[r, 0], [r, h]]]
    else:
        lines += [[[-r, 0], [0, h]], [[r, 0], [0, h]]]
    label_off = place_labels(pts, lines, 0.1 * r + 0.3, (0.0, h / 2))
    lab_rows = "".join(
        f'    "{n}": ({num(x, 2)}, {num(y, 2)}),\n' for n, (x, y) in label_off.items()
    )
    seg_code = "".join(
        f'ax.plot([P["{a}"][0], P["{b}"][0]], [P["{a}"][1], P["{b}"][1]], color="{acc}", linewidth={lw})\n'
        for a, b in solid_segs
    ) + "".join(
        f'ax.plot([P["{a}"][0], P["{b}"][0]], [P["{a}"][1], P["{b}"][1]], color="{acc}", linewidth={lw * 0.8:.2f}, linestyle="--")\n'
        for a, b in dashed
    )
    p_rows = "".join(f'    "{n}": ({num(x)}, {num(y)}),\n' for n, (x, y) in pts.items())
    m = 0.25 * r + 0.4
    code = f"""import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Polygon

r, h = {r}, {h}  # radius and height of the {solid}
k = {k}  # how flat the circles look in this oblique view
t_front = np.linspace(np.pi, 2 * np.pi, 100)
t_back = np.linspace(0, np.pi, 100)
t_full = np.linspace(0, 2 * np.pi, 200)

fig, ax = plt.subplots(figsize=(5.5, {round(5.5 * (h + k * r + 2 * m) / (2 * r + 2 * m), 1)}))
# base circle: the front half is seen, the back half is hidden
ax.plot(r * np.cos(t_front), k * r * np.sin(t_front), color="{col}", linewidth={lw})
ax.plot(r * np.cos(t_back), k * r * np.sin(t_back), color="{col}", linewidth={lw * 0.7:.2f}, linestyle="--")
{body}
# axial section through the diameter AB
P = {{
{p_rows}}}
ax.add_patch(Polygon([{poly}], closed=True, facecolor="{acc}", alpha=0.25, edgecolor="none"))
{seg_code}ax.plot([P["{axis[0]}"][0], P["{axis[1]}"][0]], [P["{axis[0]}"][1], P["{axis[1]}"][1]], color="{col}", linewidth={lw * 0.6:.2f}, linestyle="--")

label_pos = {{
{lab_rows}}}
for name, (x, y) in label_pos.items():
    ax.text(x, y, name, fontsize={style.fontsize}, ha="center", va="center")

ax.set_aspect("equal")
ax.set_xlim({num(-r - m, 2)}, {num(r + m, 2)})
ax.set_ylim({num(-k * r - m, 2)}, {num(h + k * r + m, 2)})
ax.axis("off")
plt.savefig("figure.png")
"""
    n_lines = (5 if solid == "cylinder" else 4) + len(solid_segs) + len(dashed) + 1
    if solid == "cylinder":
        area, shape = 2 * r * h, "rectangle"
        q_area = f"The cylinder has radius {r} and height {h}. What is the area of the axial section ABCD?"
    else:
        area, shape = r * h, "isosceles triangle"
        q_area = f"The cone has base radius {r} and height {h}. What is the area of the axial section PAB?"
    qa = [
        QA(q_area, str(area), "int"),
        QA(
            pick(
                rng,
                (
                    "What shape is the shaded axial section?",
                    "Name the shape of the shaded cross-section.",
                ),
            ),
            shape,
            "free",
        ),
    ]
    lengths = {"OA": float(r), "AB": float(2 * r), f"{axis[0]}{axis[1]}": float(h)}
    if solid == "cone":
        slant = math.hypot(r, h)
        qa.append(
            QA(
                f"With radius {r} and height {h}, how long is the generatrix PA?",
                sqrt_str(r * r + h * h),
                "free",
            )
        )
        lengths["PA"] = rnd(slant, 4)
    facts = {
        "projection": "2d",
        "labels": names,
        "points": pts,
        "segments": solid_segs,
        "dashed_segments": dashed + [axis],
        "counts": {"text": len(names), "line": n_lines, "polygon": 1},
        "lengths": lengths,
        "answer": area,
        "extra": {
            "solid": solid,
            "radius": r,
            "height": h,
            "section_shape": shape,
            "section_area": area,
            "diameter_angle": phi,
        },
    }
    params = {"solid": solid, "radius": r, "height": h, "angle": phi}
    return Sample("axial_section", FAMILY, params, code, facts, tuple(qa))
