"""Code writers for labelled wireframes, in 3-D (mplot3d) and already projected to the page.

Each writer returns a block of script text with every coordinate baked in as a literal,
written the way a person would: a vertex dict, edge lists and a loop per line style.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from codepercept.synth.kit.numbers import dict_literal, pairs_literal
from codepercept.synth.kit.style import Style

HEADER_3D = "import matplotlib.pyplot as plt\n"
HEADER_3D_POLY = (
    "import matplotlib.pyplot as plt\nfrom mpl_toolkits.mplot3d.art3d import Poly3DCollection\n"
)


#: Per dimension: names of the point table and edge lists, and the comment of the points.
_TABLES = {
    3: ("vertices", "visible_edges", "hidden_edges", "{what}: vertex coordinates"),
    2: ("P", "solid_edges", "dashed_edges", "{what}: projected vertex positions on the page"),
}


def wire_code(
    pts: dict[str, Sequence[float]],
    visible: Sequence[tuple[str, str]],
    hidden: Sequence[tuple[str, str]],
    label_pos: dict[str, Sequence[float]],
    style: Style,
    *,
    what: str,
    ax: str = "ax",
) -> str:
    """Point table, edge lists, the visible and hidden (dashed) edge loops and the point labels.

    3-D points draw on an mplot3d axes; 2-D ones are a drawing already projected to the page.
    """
    in_3d = len(next(iter(pts.values()))) == 3
    pts_name, vis_name, hid_name, comment = _TABLES[3 if in_3d else 2]
    if in_3d:
        fetch = f"    (x1, y1, z1), (x2, y2, z2) = {pts_name}[a], {pts_name}[b]\n"
        xy, xy_args = "(x, y, z)", "x, y, z"
        line = "[x1, x2], [y1, y2], [z1, z2]"
    else:
        fetch = ""
        xy, xy_args = "(x, y)", "x, y"
        p = pts_name
        line = f"[{p}[a][0], {p}[b][0]], [{p}[a][1], {p}[b][1]]"
    hidden_kw = f'linewidth={style.aux_lw:.2f}, linestyle="--"'
    loops = "".join(
        f'for a, b in {edges}:\n{fetch}    {ax}.plot({line}, color="{style.line}", {kw})\n'
        for edges, kw in ((vis_name, f"linewidth={style.lw}"), (hid_name, hidden_kw))
    )
    return (
        dict_literal(pts_name, pts, comment.format(what=what))
        + pairs_literal(vis_name, visible)
        + pairs_literal(hid_name, hidden)
        + dict_literal("label_pos", label_pos, "where each vertex name is written" if in_3d else "")
        + "\n"
        + loops
        + f"for name, {xy} in label_pos.items():\n"
        + f'    {ax}.text({xy_args}, name, fontsize={style.fontsize}, ha="center", va="center")\n'
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
