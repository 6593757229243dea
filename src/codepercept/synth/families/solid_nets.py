"""Cube nets: which face is opposite which, and a net folding up into a cube step by step."""

from __future__ import annotations

import math
from functools import cache

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_verify import (
    verify_cube_folding_sequence,
    verify_cube_net_opposite,
)
from codepercept.synth.kit import (
    ask,
    fit_view3d,
    make_sample,
    num_literal,
    pick,
    rounded_list,
    tuple_literal,
    view_basis,
    view_projector,
)
from codepercept.synth.template import QA, ParamSpec, Sample, template

Cell = tuple[int, int]

# Rolling a cube one square in a direction: which face lands where (B bottom, T top, N +y, S -y,
# E +x, W -x). Each entry maps new position -> old position.
_ROLL = {
    (1, 0): {"B": "E", "E": "T", "T": "W", "W": "B", "N": "N", "S": "S"},
    (-1, 0): {"B": "W", "W": "T", "T": "E", "E": "B", "N": "N", "S": "S"},
    (0, 1): {"B": "N", "N": "T", "T": "S", "S": "B", "E": "E", "W": "W"},
    (0, -1): {"B": "S", "S": "T", "T": "N", "N": "B", "E": "E", "W": "W"},
}
_OPPOSITE_ID = {0: 1, 1: 0, 2: 3, 3: 2, 4: 5, 5: 4}


def fold_ids(cells: tuple[Cell, ...]) -> dict[Cell, int] | None:
    """Roll a cube over the net from its first cell; each cell gets the cube face (0-5) that
    touches it. ``None`` when two cells get the same face, i.e. the hexomino is no cube net."""
    start = {"B": 0, "T": 1, "N": 2, "S": 3, "E": 4, "W": 5}
    ids = {cells[0]: 0}
    stack = [(cells[0], start)]
    cellset = set(cells)
    while stack:
        (x, y), state = stack.pop()
        for d, move in _ROLL.items():
            nxt = (x + d[0], y + d[1])
            if nxt in cellset and nxt not in ids:
                new = {k: state[v] for k, v in move.items()}
                ids[nxt] = new["B"]
                stack.append((nxt, new))
    return ids if len(set(ids.values())) == 6 else None


@cache
def cube_nets() -> tuple[tuple[Cell, ...], ...]:
    """Every placement (rotations and reflections) of the 11 cube nets, cells sorted."""
    polys: set[tuple[Cell, ...]] = {((0, 0),)}
    for _ in range(5):
        grown = set()
        for p in polys:
            for x, y in p:
                for dx, dy in _ROLL:
                    c = (x + dx, y + dy)
                    if c not in p:
                        q = p + (c,)
                        mx, my = min(a for a, _ in q), min(b for _, b in q)
                        grown.add(tuple(sorted((a - mx, b - my) for a, b in q)))
        polys = grown
    return tuple(sorted(p for p in polys if fold_ids(p) is not None))


def opposite_map(cells: tuple[Cell, ...], names: list[str]) -> dict[str, str]:
    """Face name -> name of the face opposite it once the net is folded."""
    ids = fold_ids(cells)
    assert ids is not None
    by_id = {ids[c]: n for c, n in zip(cells, names, strict=True)}
    return {n: by_id[_OPPOSITE_ID[ids[c]]] for c, n in zip(cells, names, strict=True)}


_NAME_SETS = ("ABCDEF", "UVWXYZ", "123456", "PQRSTU")
_FILLS = ("#dce9f5", "#f5ecd7", "#e4f1e0", "#f0e0ec", "white")


@template(
    "cube_net_opposite",
    family=FAMILY,
    tags=("cube_net",),
    parameters=(
        ParamSpec(
            "net", "int", 0, 63, help="index of the cube-net placement (11 nets, all orientations)"
        ),
        ParamSpec("names", "choice", choices=_NAME_SETS, help="face names"),
        ParamSpec("size", "float", 1.0, 2.0, help="side of one square"),
    ),
    description="A labelled cube net; asks which face is opposite a given face after folding.",
    verify=verify_cube_net_opposite,
)
def cube_net_opposite(rng: np.random.Generator) -> Sample:
    """Six labelled squares forming a cube net; opposite faces come from rolling a cube over it."""
    nets = cube_nets()
    idx = int(rng.integers(len(nets)))
    cells = nets[idx]
    names = list(pick(rng, _NAME_SETS))
    rng.shuffle(names)
    size = float(pick(rng, (1.0, 1.5, 2.0)))
    fill = str(pick(rng, _FILLS))
    shade = str(pick(rng, ("none",) + tuple(names)))
    opp = opposite_map(cells, names)
    centres = {
        n: [(x + 0.5) * size, (y + 0.5) * size] for (x, y), n in zip(cells, names, strict=True)
    }
    w = (max(x for x, _ in cells) + 1) * size
    h = (max(y for _, y in cells) + 1) * size
    m = 0.3 * size
    fig_w = 6.0
    fig_h = round(max(fig_w * (h + 2 * m) / (w + 2 * m), 2.5), 1)
    fs = int(pick(rng, (18, 20, 22)))
    rows = "".join(
        f'    ({num_literal(x * size)}, {num_literal(y * size)}, "{n}"),\n'
        for (x, y), n in zip(cells, names, strict=True)
    )
    code = (
        "import matplotlib.pyplot as plt\n"
        "from matplotlib.patches import Rectangle\n\n"
        f"# a net of a cube: lower-left corner of each square and the name written on it\n"
        f"squares = [\n{rows}]\n"
        f"side = {num_literal(size)}\n\n"
        f"fig, ax = plt.subplots(figsize=({fig_w}, {fig_h}))\n"
        "for x, y, name in squares:\n"
        + (
            f'    color = "#bbbbbb" if name == "{shade}" else "{fill}"\n'
            if shade != "none"
            else f'    color = "{fill}"\n'
        )
        + '    ax.add_patch(Rectangle((x, y), side, side, facecolor=color, edgecolor="black", linewidth=1.8))\n'
        f'    ax.text(x + side / 2, y + side / 2, name, fontsize={fs}, ha="center", va="center")\n\n'
        f'ax.set_aspect("equal")\n'
        f"ax.set_xlim({num_literal(-m)}, {num_literal(w + m)})\n"
        f"ax.set_ylim({num_literal(-m)}, {num_literal(h + m)})\n"
        'ax.axis("off")\n'
        'plt.savefig("figure.png")\n'
    )
    asked = [str(v) for v in rng.choice(names, size=2, replace=False)]
    forms = (
        "When the net is folded into a cube, which face is opposite {}?",
        "Fold the net into a cube. Which face ends up opposite face {}?",
        "Which face of the folded cube lies opposite the face marked {}?",
    )
    qa = [QA(pick(rng, forms).format(x), opp[x], "choice") for x in asked]
    if shade != "none":
        qa.append(QA("Which face is opposite the grey face after folding?", opp[shade], "choice"))
    facts = {
        "projection": "2d",
        "labels": names,
        "points": centres,
        "counts": {"rectangle": 6, "text": 6},
        "answer": opp[asked[0]],
        "extra": {
            "figure": "net of a cube",
            "cells": [list(c) for c in cells],
            "opposite": opp,
            "shaded": None if shade == "none" else shade,
            "net_index": idx,
        },
    }
    params = {"net": idx, "names": "".join(sorted(names)), "size": size}
    return make_sample(params, code, facts, qa)


def _rot(axis_p: np.ndarray, axis_d: np.ndarray, angle: float) -> np.ndarray:
    """4x4 rotation by ``angle`` about the line through ``axis_p`` along unit ``axis_d``."""
    d = axis_d / np.linalg.norm(axis_d)
    K = np.array([[0, -d[2], d[1]], [d[2], 0, -d[0]], [-d[1], d[0], 0]])
    R = np.eye(3) + math.sin(angle) * K + (1 - math.cos(angle)) * K @ K
    M = np.eye(4)
    M[:3, :3] = R
    M[:3, 3] = axis_p - R @ axis_p
    return M


def fold_net(cells: tuple[Cell, ...], root: Cell, angle: float) -> dict[Cell, np.ndarray]:
    """Corner coordinates (4x3) of every square when each hinge is bent up by ``angle``."""
    transforms = {root: np.eye(4)}
    order = [root]
    cellset = set(cells)
    while order:
        cur = order.pop(0)
        cx, cy = cur
        for dx, dy in _ROLL:
            nxt = (cx + dx, cy + dy)
            if nxt not in cellset or nxt in transforms:
                continue
            # hinge: the shared edge, in the flat net's coordinates
            if dx:
                p = np.array([cx + (1 if dx > 0 else 0), cy, 0.0])
                d = np.array([0.0, 1.0, 0.0])
            else:
                p = np.array([cx, cy + (1 if dy > 0 else 0), 0.0])
                d = np.array([1.0, 0.0, 0.0])
            R = _rot(p, d, angle)
            centre = np.array([nxt[0] + 0.5, nxt[1] + 0.5, 0.0, 1.0])
            if (R @ centre)[2] < 0:  # bend upwards
                R = _rot(p, d, -angle)
            transforms[nxt] = transforms[cur] @ R
            order.append(nxt)
    out = {}
    for (x, y), T in transforms.items():
        quad = np.array(
            [[x, y, 0, 1], [x + 1, y, 0, 1], [x + 1, y + 1, 0, 1], [x, y + 1, 0, 1]], float
        )
        out[(x, y)] = (T @ quad.T).T[:, :3]
    return out


@template(
    "cube_folding_sequence",
    family=FAMILY,
    tags=("cube_net",),
    parameters=(
        ParamSpec("net", "int", 0, 63, help="index of the cube-net placement"),
        ParamSpec("mid_angle", "int", 35, 60, help="hinge angle of the middle step (degrees)"),
        ParamSpec("elev", "int", 32, 50),
        ParamSpec("azim", "int", -70, -30),
    ),
    description="Three 3-D panels: a labelled net, the net half folded, and the closed cube.",
    verify=verify_cube_folding_sequence,
)
def cube_folding_sequence(rng: np.random.Generator) -> Sample:
    """Folding a cube net step by step; the closed cube shows the faces that face the viewer."""
    nets = cube_nets()
    idx = int(rng.integers(len(nets)))
    cells = nets[idx]
    names = list(pick(rng, _NAME_SETS))
    rng.shuffle(names)
    opp = opposite_map(cells, names)
    name_of = dict(zip(cells, names, strict=True))
    root = max(cells, key=lambda c: (sum((c[0] + dx, c[1] + dy) in cells for dx, dy in _ROLL), c))
    mid = int(rng.integers(35, 61))
    elev, azim = int(rng.integers(32, 51)), int(rng.integers(-70, -29))
    eye, _, _ = view_basis(elev, azim)
    steps = [fold_net(cells, root, math.radians(a)) for a in (0, mid, 90)]
    cube_centre = np.array([root[0] + 0.5, root[1] + 0.5, 0.5])
    label_sets: list[dict[str, list[float]]] = []
    proj = view_projector(elev, azim)
    for k, quads in enumerate(steps):
        labels: dict[str, list[float]] = {}
        placed: list[np.ndarray] = []
        for cell in sorted(quads, key=lambda c: c != root):
            quad = quads[cell]
            c = quad.mean(axis=0)
            normal = np.cross(quad[1] - quad[0], quad[3] - quad[0])
            if k == 2:
                normal = c - cube_centre
                if np.dot(normal, eye) <= 0.05:
                    continue  # the face is at the back of the closed cube
            elif np.dot(normal, eye) < 0:
                normal = -normal
            pos = c + 0.04 * normal / np.linalg.norm(normal)
            if any(np.linalg.norm(proj(pos) - q) < 0.4 for q in placed):
                continue  # another face's name already sits there on the page
            placed.append(proj(pos))
            labels[name_of[cell]] = rounded_list(pos)
        label_sets.append(labels)
    face_color = str(pick(rng, _FILLS[:4]))
    titles = [
        str(pick(rng, ("Step 1: the net", "1. Net", "(a) Net"))),
        str(pick(rng, ("Step 2: folding", "2. Folding up", "(b) Half folded"))),
        str(pick(rng, ("Step 3: the cube", "3. Closed cube", "(c) Cube"))),
    ]
    fits = [
        fit_view3d(np.concatenate(list(q.values())), elev, azim, (400, 400), fill=0.8)
        for q in steps
    ]
    blocks = []
    for quads in steps:
        rows = "".join(
            f'        "{name_of[c]}": [{", ".join(tuple_literal(p) for p in quads[c])}],\n'
            for c in cells
        )
        blocks.append(f"    {{\n{rows}    }},\n")
    lab_rows = "".join(
        "    {" + ", ".join(f'"{n}": {tuple_literal(p)}' for n, p in labels.items()) + "},\n"
        for labels in label_sets
    )
    box_rows = "".join(f"    ({tuple_literal(c)}, {num_literal(h)}, {z}),\n" for c, h, z, _ in fits)
    code = (
        "import matplotlib.pyplot as plt\n"
        "from mpl_toolkits.mplot3d.art3d import Poly3DCollection\n\n"
        f"# corners of each face while the net is folded (hinges at 0, {mid} and 90 degrees)\n"
        f"steps = [\n{''.join(blocks)}]\n"
        "# where the face names are written (only faces turned towards us on the closed cube)\n"
        f"name_pos = [\n{lab_rows}]\n"
        f"titles = {titles!r}\n"
        "# centre, half-width and zoom of each panel's view box\n"
        f"boxes = [\n{box_rows}]\n\n"
        "fig = plt.figure(figsize=(12, 4.4))\n"
        "for i, faces in enumerate(steps):\n"
        '    ax = fig.add_subplot(1, 3, i + 1, projection="3d")\n'
        "    for name, quad in faces.items():\n"
        f'        ax.add_collection3d(Poly3DCollection([quad], facecolor="{face_color}", edgecolor="black", linewidth=1.2, alpha=0.9))\n'
        "    for name, (x, y, z) in name_pos[i].items():\n"
        '        ax.text(x, y, z, name, fontsize=14, ha="center", va="center", fontweight="bold", zorder=10)\n'
        "    (cx, cy, cz), half, zoom = boxes[i]\n"
        '    ax.set_proj_type("ortho")\n'
        f"    ax.view_init(elev={elev}, azim={azim})\n"
        "    ax.set_xlim(cx - half, cx + half)\n"
        "    ax.set_ylim(cy - half, cy + half)\n"
        "    ax.set_zlim(cz - half, cz + half)\n"
        "    ax.set_box_aspect((1, 1, 1), zoom=zoom)\n"
        "    ax.set_axis_off()\n"
        "    ax.set_title(titles[i], fontsize=13)\n"
        "fig.subplots_adjust(left=0, right=1, bottom=0, top=0.92, wspace=0)\n"
        'plt.savefig("figure.png")\n'
    )
    base_name = name_of[root]
    x = str(rng.choice([n for n in names if n != base_name]))
    qa = (
        ask(
            rng,
            (
                f"Face {base_name} stays on the table while the net is folded. Which face is on top of the closed cube?",
                f"In the closed cube, which face lies opposite {base_name}?",
            ),
            opp[base_name],
            "choice",
        ),
        QA(f"Which face is opposite {x} once the cube is closed?", opp[x], "choice"),
        QA("How many face names can be seen on the closed cube?", str(len(label_sets[2])), "int"),
    )
    n_text = sum(len(s) for s in label_sets)
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": names + titles,
        "counts": {"polygon": 18, "text": n_text},
        "answer": opp[base_name],
        "extra": {
            "figure": "cube net folding up into a cube",
            "cells": [list(c) for c in cells],
            "base": base_name,
            "opposite": opp,
            "mid_angle": mid,
            "visible_on_cube": sorted(label_sets[2]),
        },
    }
    params = {"net": idx, "mid_angle": mid, "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)
