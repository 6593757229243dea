"""Code writers shared by the solid templates: labelled wireframes in 3-D (mplot3d) and 2-D.

Each writer returns a block of script text with every coordinate baked in as a literal,
written the way a person would: a vertex dict, edge lists and a loop per line style.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from codepercept.synth.families.solid_common import pick, tup

HEADER_3D = "import matplotlib.pyplot as plt\n"
HEADER_3D_POLY = (
    "import matplotlib.pyplot as plt\nfrom mpl_toolkits.mplot3d.art3d import Poly3DCollection\n"
)


@dataclass(frozen=True, slots=True)
class Style:
    """Colours and sizes for one figure, drawn from a few textbook-like palettes."""

    edge: str
    face: str
    accent: str
    lw: float
    fontsize: int
    figsize: tuple[float, float]


_PALETTES = (
    ("black", "#d9e6f2", "tab:red"),
    ("#1f3b73", "#e3ecf7", "tab:orange"),
    ("black", "#eeeeee", "tab:blue"),
    ("#243d25", "#e5f0e0", "tab:purple"),
    ("#3b2a1a", "#f3ead9", "tab:blue"),
)


def pick_style(
    rng: np.random.Generator, figsizes: Sequence[tuple[float, float]] = ((6, 6),)
) -> Style:
    """A palette, line width, font size and figure size chosen by the RNG."""
    edge, face, accent = pick(rng, _PALETTES)
    lw = float(pick(rng, (1.4, 1.6, 1.8, 2.0)))
    fs = int(pick(rng, (13, 14, 15)))
    return Style(edge, face, accent, lw, fs, tuple(pick(rng, figsizes)))


def dict_literal(name: str, items: dict[str, Sequence[float]], comment: str = "") -> str:
    """``name = {"A": (x, y, z), ...}`` one entry per line."""
    head = f"# {comment}\n" if comment else ""
    body = "".join(f'    "{k}": {tup(v)},\n' for k, v in items.items())
    return f"{head}{name} = {{\n{body}}}\n"


def pairs_literal(name: str, pairs: Sequence[tuple[str, str]]) -> str:
    """``name = [("A", "B"), ...]`` wrapped at a readable width."""
    if not pairs:
        return f"{name} = []\n"
    items = [f'("{a}", "{b}")' for a, b in pairs]
    lines, cur = [], ""
    for it in items:
        if len(cur) + len(it) > 80:
            lines.append(cur.rstrip())
            cur = ""
        cur += it + ", "
    lines.append(cur.rstrip())
    return f"{name} = [\n" + "".join(f"    {ln}\n" for ln in lines) + "]\n"


def wire3d_code(
    verts: dict[str, Sequence[float]],
    visible: Sequence[tuple[str, str]],
    hidden: Sequence[tuple[str, str]],
    label_pos: dict[str, Sequence[float]],
    style: Style,
    *,
    what: str,
    ax: str = "ax",
) -> str:
    """Vertex table, edge lists, the two drawing loops and the vertex labels (3-D)."""
    return (
        dict_literal("vertices", verts, f"{what}: vertex coordinates")
        + pairs_literal("visible_edges", visible)
        + pairs_literal("hidden_edges", hidden)
        + dict_literal("label_pos", label_pos, "where each vertex name is written")
        + f"""
for a, b in visible_edges:
    (x1, y1, z1), (x2, y2, z2) = vertices[a], vertices[b]
    {ax}.plot([x1, x2], [y1, y2], [z1, z2], color="{style.edge}", linewidth={style.lw})
for a, b in hidden_edges:
    (x1, y1, z1), (x2, y2, z2) = vertices[a], vertices[b]
    {ax}.plot([x1, x2], [y1, y2], [z1, z2], color="{style.edge}", linewidth={style.lw * 0.7:.2f}, linestyle="--")
for name, (x, y, z) in label_pos.items():
    {ax}.text(x, y, z, name, fontsize={style.fontsize}, ha="center", va="center")
"""
    )


def wire2d_code(
    pts: dict[str, Sequence[float]],
    visible: Sequence[tuple[str, str]],
    hidden: Sequence[tuple[str, str]],
    label_pos: dict[str, Sequence[float]],
    style: Style,
    *,
    what: str,
    ax: str = "ax",
) -> str:
    """The same as :func:`wire3d_code` for a drawing already projected to the page."""
    return (
        dict_literal("P", pts, f"{what}: projected vertex positions on the page")
        + pairs_literal("solid_edges", visible)
        + pairs_literal("dashed_edges", hidden)
        + dict_literal("label_pos", label_pos)
        + f"""
for a, b in solid_edges:
    {ax}.plot([P[a][0], P[b][0]], [P[a][1], P[b][1]], color="{style.edge}", linewidth={style.lw})
for a, b in dashed_edges:
    {ax}.plot([P[a][0], P[b][0]], [P[a][1], P[b][1]], color="{style.edge}", linewidth={style.lw * 0.7:.2f}, linestyle="--")
for name, (x, y) in label_pos.items():
    {ax}.text(x, y, name, fontsize={style.fontsize}, ha="center", va="center")
"""
    )


def page_limits_code(
    points: Sequence[Sequence[float]], margin: float, ax: str = "ax"
) -> tuple[str, tuple[float, float, float, float]]:
    """Equal-aspect 2-D limits around ``points`` with ``margin``; the code and the box."""
    arr = np.array(points, float)
    x0, y0 = (float(v) for v in arr.min(axis=0) - margin)
    x1, y1 = (float(v) for v in arr.max(axis=0) + margin)
    code = (
        f'{ax}.set_aspect("equal")\n'
        f"{ax}.set_xlim({x0:.2f}, {x1:.2f})\n"
        f"{ax}.set_ylim({y0:.2f}, {y1:.2f})\n"
        f'{ax}.axis("off")\n'
    )
    return code, (round(x0, 2), round(x1, 2), round(y0, 2), round(y1, 2))


def figsize_for(
    box: tuple[float, float, float, float], long_side: float = 6.0
) -> tuple[float, float]:
    """A figure size with the aspect of a 2-D drawing box, long side ``long_side`` inches."""
    w, h = box[1] - box[0], box[3] - box[2]
    if w >= h:
        return long_side, round(float(max(long_side * h / w, 3.0)), 1)
    return round(float(max(long_side * w / h, 3.0)), 1), long_side
