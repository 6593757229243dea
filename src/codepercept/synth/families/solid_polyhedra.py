"""Polyhedra with labelled vertices: named solids in 3-D, a cuboid's diagonal, a regular pyramid."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_verify import (
    verify_cuboid_space_diagonal,
    verify_polyhedron_labelled,
)
from codepercept.synth.kit import (
    HEADER_3D,
    alphabet,
    ask,
    axes3d_code,
    figsize_for,
    fit_view3d,
    label_positions_3d,
    make_sample,
    num_literal,
    oblique_projector,
    page_limits_code,
    pick,
    radial_labels,
    rounded,
    rounded_list,
    sample_solid_style,
    sample_view,
    split_edges,
    sqrt_text,
    view_projector,
    wire_code,
)
from codepercept.synth.template import QA, ParamSpec, Sample, template

SOLIDS = (
    "tetrahedron",
    "cube",
    "octahedron",
    "triangular prism",
    "pentagonal prism",
    "hexagonal prism",
    "square pyramid",
    "pentagonal pyramid",
    "hexagonal pyramid",
    "triangular pyramid",
)


def _ngon(n: int, r: float, z: float, phase: float) -> list[np.ndarray]:
    return [
        np.array(
            [
                r * math.cos(phase + 2 * math.pi * k / n),
                r * math.sin(phase + 2 * math.pi * k / n),
                z,
            ]
        )
        for k in range(n)
    ]


def build_solid(kind: str, size: float, rng: np.random.Generator) -> tuple[dict, list]:
    """Vertices (name -> xyz) and faces (vertex-name tuples) of the named solid."""
    if kind == "tetrahedron":
        s = size
        pts = [
            (0, 0, 0),
            (s, 0, 0),
            (s / 2, s * math.sqrt(3) / 2, 0),
            (s / 2, s * math.sqrt(3) / 6, s * math.sqrt(2 / 3)),
        ]
        names = alphabet(4)
        a, b, c, d = names
        faces = [(a, b, c), (a, b, d), (b, c, d), (c, a, d)]
        return dict(zip(names, pts, strict=True)), faces
    if kind == "cube":
        s = size
        bottom = [(0, 0, 0), (s, 0, 0), (s, s, 0), (0, s, 0)]
        top = [(x, y, s) for x, y, _ in bottom]
        names = alphabet(8)
        b, t = names[:4], names[4:]
        faces = [tuple(b), tuple(t)] + [
            (b[i], b[(i + 1) % 4], t[(i + 1) % 4], t[i]) for i in range(4)
        ]
        return dict(zip(names, bottom + top, strict=True)), faces
    if kind == "octahedron":
        r = size
        names = alphabet(6)
        top, bot, ring = names[0], names[5], names[1:5]
        pts = {top: (0, 0, r), bot: (0, 0, -r)}
        for name, p in zip(ring, _ngon(4, r, 0, 0.0), strict=True):
            pts[name] = tuple(p)
        faces = [(top, ring[i], ring[(i + 1) % 4]) for i in range(4)]
        faces += [(bot, ring[(i + 1) % 4], ring[i]) for i in range(4)]
        order = [top, *ring, bot]
        return {n: pts[n] for n in order}, faces
    n = {"triangular": 3, "square": 4, "pentagonal": 5, "hexagonal": 6}[kind.split()[0]]
    phase = float(rng.uniform(0, 2 * math.pi / n))
    base = _ngon(n, size, 0.0, phase)
    names = alphabet(n)
    faces: list[tuple[str, ...]] = [tuple(names)]
    if kind.endswith("prism"):
        h = size * float(pick(rng, (1.2, 1.5, 1.8)))
        primed = bool(rng.integers(2))
        tops = [f"{c}'" for c in names] if primed else alphabet(n, start=chr(ord("A") + n))
        verts = dict(zip(names, base, strict=True)) | dict(
            zip(tops, _ngon(n, size, h, phase), strict=True)
        )
        faces.append(tuple(tops))
        faces += [(names[i], names[(i + 1) % n], tops[(i + 1) % n], tops[i]) for i in range(n)]
        return {k: tuple(v) for k, v in verts.items()}, faces
    h = size * float(pick(rng, (1.3, 1.6, 2.0)))
    apex = str(pick(rng, ("P", "S", "V")))
    verts = dict(zip(names, base, strict=True)) | {apex: np.array([0.0, 0.0, h])}
    faces += [(names[i], names[(i + 1) % n], apex) for i in range(n)]
    return {k: tuple(v) for k, v in verts.items()}, faces


@template(
    "polyhedron_labelled",
    family=FAMILY,
    tags=("polyhedron",),
    parameters=(
        ParamSpec("solid", "choice", choices=SOLIDS, help="which polyhedron"),
        ParamSpec("size", "float", 2.0, 3.5, help="edge or circumradius"),
        ParamSpec("elev", "int", 15, 35, help="view elevation (degrees)"),
        ParamSpec("azim", "int", -75, -15, help="view azimuth (degrees)"),
    ),
    description="A named polyhedron in 3-D with labelled vertices; hidden edges dashed.",
    verify=verify_polyhedron_labelled,
)
def polyhedron_labelled(rng: np.random.Generator) -> Sample:
    """Tetrahedron, cube, octahedron, prisms or pyramids; asks for V, E, F and hidden edges."""
    kind = str(pick(rng, SOLIDS))
    size = round(float(rng.uniform(2.0, 3.5)), 1)
    verts, faces = build_solid(kind, size, rng)
    verts = {k: tuple(rounded(c) for c in v) for k, v in verts.items()}
    elev, azim = sample_view(rng, verts, faces)
    visible, hidden = split_edges(verts, faces, view_projector(elev, azim))
    style = sample_solid_style(rng, ((6, 6), (5.5, 5.5), (6.5, 6.5)))
    w_px = style.figsize[0] * 100
    centre, half, zoom, px = fit_view3d(verts.values(), elev, azim, (w_px, w_px * 0.95), fill=0.72)
    labels = label_positions_3d(
        verts, elev, azim, (style.fontsize + 6) / px, centre, visible + hidden
    )
    title = kind.capitalize() if rng.random() < 0.5 else ""
    code = (
        HEADER_3D
        + f"\nfig = plt.figure(figsize={style.figsize})\n"
        + 'ax = fig.add_subplot(projection="3d")\n\n'
        + wire_code(verts, visible, hidden, labels, style, what=kind)
        + "\n"
        + axes3d_code(elev, azim, centre, half, zoom=zoom)
        + "\n"
        + (f'ax.set_title("{title}", fontsize={style.fontsize + 1})\n' if title else "")
        + "fig.subplots_adjust(left=0, right=1, bottom=0, top=0.95)\n"
        + 'plt.savefig("figure.png")\n'
    )
    n_v, n_e, n_f = len(verts), len(visible) + len(hidden), len(faces)
    name = kind
    qa = [
        ask(
            rng,
            (
                f"How many edges does the {name} in the figure have?",
                f"Count the edges of the {name} shown.",
                "How many edges does this solid have, hidden ones included?",
            ),
            str(n_e),
            "int",
        ),
        ask(
            rng,
            (
                "How many edges are drawn as dashed (hidden) lines?",
                "From this viewpoint, how many edges are hidden?",
            ),
            str(len(hidden)),
            "int",
        ),
        ask(
            rng,
            (
                f"What is V - E + F for the {name}?",
                "How many faces does the solid have?",
                "How many vertices does the solid have?",
            ),
            "",
            "int",
        ),
    ]
    last = qa[2].question
    ans = 2 if "V - E" in last else (n_f if "faces" in last else n_v)
    qa[2] = QA(last, str(ans), "int")
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": list(verts) + ([title] if title else []),
        "points": {k: list(v) for k, v in verts.items()},
        "segments": [list(e) for e in visible],
        "dashed_segments": [list(e) for e in hidden],
        "counts": {"text": n_v, "line": n_e},
        "answer": n_e,
        "extra": {
            "solid": kind,
            "vertices": n_v,
            "edges": n_e,
            "faces": n_f,
            "hidden_edges": len(hidden),
        },
    }
    params = {"solid": kind, "size": size, "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)


_DIAG_DIMS = (
    (1, 2, 2),
    (2, 3, 6),
    (1, 4, 8),
    (2, 6, 9),
    (4, 4, 7),
    (3, 4, 12),
    (2, 2, 1),
    (6, 2, 3),
)


@template(
    "cuboid_space_diagonal",
    family=FAMILY,
    tags=("polyhedron",),
    parameters=(
        ParamSpec("length", "int", 1, 12, help="edge AB"),
        ParamSpec("depth", "int", 1, 12, help="edge BC (receding)"),
        ParamSpec("height", "int", 1, 12, help="edge AA'"),
        ParamSpec("ratio", "choice", choices=(0.5, 0.6), help="oblique depth shortening"),
    ),
    description="Cuboid ABCD-A'B'C'D' in oblique projection with a space diagonal; hidden edges dashed.",
    verify=verify_cuboid_space_diagonal,
)
def cuboid_space_diagonal(rng: np.random.Generator) -> Sample:
    """Textbook cabinet drawing of a cuboid with its space diagonal AC' and face diagonal AC."""
    if rng.random() < 0.5:
        a, b, c = (int(v) for v in rng.permutation(pick(rng, _DIAG_DIMS)))
    else:
        a, b, c = (int(v) for v in rng.integers(2, 8, size=3))
    ratio = float(pick(rng, (0.5, 0.6)))
    proj = oblique_projector(ratio, 45.0)
    names = ["A", "B", "C", "D", "A'", "B'", "C'", "D'"]
    box = [(0, 0, 0), (a, 0, 0), (a, b, 0), (0, b, 0), (0, 0, c), (a, 0, c), (a, b, c), (0, b, c)]
    verts3 = dict(zip(names, box, strict=True))
    faces = [
        ("A", "B", "C", "D"),
        ("A'", "B'", "C'", "D'"),
        ("A", "B", "B'", "A'"),
        ("B", "C", "C'", "B'"),
        ("C", "D", "D'", "C'"),
        ("D", "A", "A'", "D'"),
    ]
    visible, hidden = split_edges(verts3, faces, proj)
    pts = {n: rounded_list(proj(p)) for n, p in verts3.items()}
    style = sample_solid_style(rng)
    scale = max(a, b * ratio, c)
    edges2d = [[pts[u], pts[v]] for u, v in visible + hidden]
    labels = {n: rounded_list(q, 2) for n, q in radial_labels(pts, edges2d, 0.07 * scale).items()}
    show_face_diag = bool(rng.integers(2))
    segs = [list(e) for e in visible] + [["A", "C'"]]
    dashed = [list(e) for e in hidden] + ([["A", "C"]] if show_face_diag else [])
    off = 0.08 * scale
    bx, by = (np.array(pts["B"]) + np.array(pts["C"])) / 2
    # edge lengths written beside AB (below), AA' (left) and BC (right of the receding edge)
    dim_list = [
        (str(a), (a / 2, -off)),
        (str(c), (-off, c / 2)),
        (str(b), (bx + off * 0.75, by - off * 0.75)),
    ]
    code_limits, box2d = page_limits_code(
        list(pts.values()) + [v for _, v in dim_list], 0.12 * scale + 0.3
    )
    figsize = figsize_for(box2d, 6.0)
    diag_code = f'ax.plot([P["A"][0], P["C\'"][0]], [P["A"][1], P["C\'"][1]], color="{style.mark}", linewidth={style.lw})\n'
    if show_face_diag:
        diag_code += f'ax.plot([P["A"][0], P["C"][0]], [P["A"][1], P["C"][1]], color="{style.mark}", linewidth={style.aux_lw:.2f}, linestyle="--")\n'
    dim_code = "".join(
        f'ax.text({num_literal(x, 2)}, {num_literal(y, 2)}, "{t}", fontsize={style.fontsize - 1}, ha="center", va="center", color="dimgray")\n'
        for t, (x, y) in dim_list
    )
    code = (
        "import matplotlib.pyplot as plt\n\n"
        + f"fig, ax = plt.subplots(figsize={figsize})\n\n"
        + wire_code(
            pts, visible, hidden, labels, style, what=f"cuboid {a} x {b} x {c}, oblique view"
        )
        + "\n# space diagonal AC'"
        + (" and face diagonal AC\n" if show_face_diag else "\n")
        + diag_code
        + "\n# edge lengths\n"
        + dim_code
        + "\n"
        + code_limits
        + 'plt.savefig("figure.png")\n'
    )
    d2 = a * a + b * b + c * c
    diag = math.sqrt(d2)
    diag_text = sqrt_text(d2) if d2 != round(diag) ** 2 else str(round(diag))
    wordings = (
        "Find the length of the space diagonal AC'.",
        "How long is the diagonal AC' of the cuboid?",
        f"With AB = {a}, BC = {b} and AA' = {c}, what is AC'?",
    )
    qa = [ask(rng, wordings, diag_text, "free")]
    if show_face_diag:
        qa.append(
            ask(
                rng,
                ("What is the length of AC?", "Find the face diagonal AC."),
                sqrt_text(a * a + b * b),
                "free",
            )
        )
    qa.append(
        ask(
            rng,
            ("What is the volume of the cuboid?", "Compute the cuboid's volume."),
            str(a * b * c),
            "int",
        )
    )
    text_labels = names + [t for t, _ in dim_list]
    facts = {
        "projection": "2d",
        "labels": text_labels,
        "points": {n: pts[n] for n in names},
        "segments": segs,
        "dashed_segments": dashed,
        "counts": {"text": len(text_labels), "line": 12 + 1 + int(show_face_diag)},
        "lengths": {"AB": float(a), "BC": float(b), "AA'": float(c), "AC'": rounded(diag, 4)}
        | ({"AC": rounded(math.hypot(a, b), 4)} if show_face_diag else {}),
        "answer": rounded(diag, 4),
        "extra": {
            "figure": "cuboid with a space diagonal",
            "dashed_role": "hidden",
            "dims": [a, b, c],
            "ratio": ratio,
            "face_diagonal": show_face_diag,
        },
    }
    params = {"length": a, "depth": b, "height": c, "ratio": ratio}
    return make_sample(params, code, facts, qa)
