"""Cross-sections: a cube cut by a plane (section polygon shaded), axial sections of round solids."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_verify import verify_cube_cross_section
from codepercept.synth.kit import (
    HEADER_3D_POLY,
    ask,
    axes3d_code,
    edges_of,
    face_facing,
    fit_view3d,
    label_positions_3d,
    make_sample,
    pick,
    rounded,
    rounded_list,
    sample_solid_style,
    sample_view,
    signed_area,
    split_edges,
    tuple_literal,
    view_projector,
    wire_code,
)
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
    tags=("cross_section",),
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
    verify=verify_cube_cross_section,
)
def cube_cross_section(rng: np.random.Generator) -> Sample:
    """Section of a cube by a plane n . p = d: triangle to hexagon; edges on back faces dashed."""
    side = int(rng.integers(2, 7))
    verts, faces = cube_solid(float(side))
    corners = np.array(list(verts.values()))
    special = rng.random() < 0.25  # the regular hexagon through six edge midpoints
    for _ in range(100):
        n = np.array((1, 1, 1) if special else pick(rng, _NORMALS), float)
        lo, hi = float((corners @ n).min()), float((corners @ n).max())
        frac = 0.5 if special else round(float(rng.uniform(0.1, 0.9)), 2)
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
        nm: tuple(rounded(c) for c in p) for nm, (p, _) in zip(sec_names, ring, strict=True)
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
    style = sample_solid_style(rng)
    size = float(pick(rng, (6.0, 6.5)))
    centre, half, zoom, px = fit_view3d(
        verts.values(), elev, azim, (size * 100, size * 100), fill=0.74
    )
    labels = label_positions_3d(
        allv, elev, azim, (style.fontsize + 6) / px, centre, visible + hidden + sec_vis + sec_hid
    )
    poly = ", ".join(tuple_literal(allv[nm]) for nm in sec_names)
    code = (
        HEADER_3D_POLY
        + f"\nfig = plt.figure(figsize=({size}, {size}))\n"
        + 'ax = fig.add_subplot(projection="3d")\n\n'
        + wire_code(
            allv,
            visible + sec_vis,
            hidden + sec_hid,
            labels,
            style,
            what=f"cube ABCD-EFGH of edge {side} and the section {''.join(sec_names)}",
        )
        + "\n# the cross-section, shaded\n"
        + f'ax.add_collection3d(Poly3DCollection([[{poly}]], facecolor="{style.mark}", alpha=0.3, edgecolor="none"))\n\n'
        + axes3d_code(elev, azim, centre, half, zoom=zoom)
        + "\nfig.subplots_adjust(left=0, right=1, bottom=0, top=1)\n"
        + 'plt.savefig("figure.png")\n'
    )
    k = len(ring)
    area = polygon_area([p for p, _ in ring])
    perim = sum(float(np.linalg.norm(ring[i][0] - ring[i - 1][0])) for i in range(k))
    qa = [
        ask(
            rng,
            (
                f"How many sides does the section {''.join(sec_names)} have?",
                "The plane cuts the cube. How many edges of the cube does it cross?",
                "How many vertices does the shaded cross-section have?",
            ),
            str(k),
            "int",
        ),
        ask(
            rng,
            (
                "What kind of polygon is the cross-section?",
                "Name the shape of the shaded section.",
            ),
            _SHAPES[k],
            "free",
        ),
    ]
    if special:
        qa.append(
            QA(
                f"The plane passes through the midpoints of six edges of a cube of edge {side}. What is the area of the section?",
                f"{rounded(area, 2)}",
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
            "figure": "cube cut by a plane",
            "side": side,
            "plane_normal": rounded_list(n),
            "plane_fraction": frac,
            "section": sec_names,
            "shape": _SHAPES[k],
            "area": rounded(area, 4),
            "perimeter": rounded(perim, 4),
        },
    }
    params = {
        "side": side,
        "normal": str(tuple(int(c) for c in n)),
        "offset": frac,
        "elev": elev,
        "azim": azim,
    }
    return make_sample(params, code, facts, qa)
