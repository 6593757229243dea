"""Orthographic three views of block solids: projection (solid + views) and reconstruction."""

from __future__ import annotations

import itertools

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_stacks import (
    ISO_FUNC,
    heights_literal,
    monotone_heights,
    stack_box,
    stack_draw_code,
)
from codepercept.synth.families.solid_verify import (
    verify_three_view_projection,
    verify_three_view_reconstruction,
)
from codepercept.synth.kit import (
    ask,
    isometric_projector,
    make_sample,
    num_literal,
    pick,
)
from codepercept.synth.template import QA, ParamSpec, Sample, template

Grid = list[list[int]]  # heights[row][col]; row 0 is the front, col 0 the left


def three_views(heights: Grid) -> dict[str, list[tuple[int, int]]]:
    """Filled unit squares (u, v) of the front, left and top views.

    Front: u = column, v = level. Left (seen from the left, front of the solid on the
    right of the drawing): u = rows - 1 - row, v = level. Top (front at the bottom):
    u = column, v = row.
    """
    h = np.array(heights)
    rows, cols = h.shape
    front = [(x, z) for x in range(cols) for z in range(int(h[:, x].max()))]
    left = [(rows - 1 - y, z) for y in range(rows) for z in range(int(h[y, :].max()))]
    top = [(x, y) for y in range(rows) for x in range(cols) if h[y, x] > 0]
    return {"front": front, "left": left, "top": top}


def _cells_literal(cells: list[tuple[int, int]]) -> str:
    return "[" + ", ".join(f"({u}, {v})" for u, v in cells) + "]"


def views_code(
    views: dict[str, list[tuple[int, int]]], titles: dict[str, str], span: int, fill: str
) -> str:
    """Draw each view as unit squares in its own axes, all at the same scale."""
    return (
        "# filled unit squares of each view: (across, up)\n"
        "views = {\n"
        + "".join(f'    "{titles[k]}": {_cells_literal(v)},\n' for k, v in views.items())
        + "}\n"
        + f"""
for title, cells in views.items():
    ax = panel[title]
    for u, v in cells:
        ax.add_patch(Rectangle((u, v), 1, 1, facecolor="{fill}", edgecolor="black", linewidth=1.5))
    ax.set_title(title, fontsize=13)
    ax.set_aspect("equal")
    ax.set_xlim(-0.5, {span + 0.5})
    ax.set_ylim(-0.5, {span + 0.5})
    ax.axis("off")
"""
    )


_TITLES = (
    {"front": "Front view", "left": "Left view", "top": "Top view"},
    {"front": "Front", "left": "Left side", "top": "Top"},
    {"front": "Front view", "left": "Side view (from the left)", "top": "Plan (top view)"},
)


@template(
    "three_view_projection",
    family=FAMILY,
    tags=("three_view",),
    parameters=(
        ParamSpec("rows", "int", 2, 3),
        ParamSpec("cols", "int", 2, 3),
        ParamSpec("max_height", "int", 2, 3),
    ),
    description="A solid of unit cubes (isometric) with its front, left and top views in three panels.",
    verify=verify_three_view_projection,
)
def three_view_projection(rng: np.random.Generator) -> Sample:
    """Solid drawn in the fourth panel; views computed from the height grid."""
    while True:
        rows, cols, top = int(rng.integers(2, 4)), int(rng.integers(2, 4)), int(rng.integers(2, 4))
        heights = monotone_heights(rng, rows, cols, top)
        h = np.array(heights)
        if h.sum() >= 4 and (h[0] > 0).any() and (h[:, 0] > 0).all() and (h[0, :] > 0).all():
            break
    views = three_views(heights)
    titles = pick(rng, _TITLES)
    solid_title = str(pick(rng, ("Solid", "The solid", "Isometric view")))
    colors = pick(rng, (("#f2f2f2", "#c8c8c8", "#9a9a9a"), ("#e6eef8", "#a9c4e4", "#6f93c0")))
    fill = str(pick(rng, ("#eeeeee", "white", "#e6eef8")))
    span = max(rows, cols, top)
    x0, x1, y0, y1 = stack_box(heights, 0.3)
    proj = isometric_projector()
    tail = proj((cols / 2, -1.6, 0.3))
    head = proj((cols / 2, -0.25, 0.3))
    x0, y0 = min(x0, tail[0] - 0.9), min(y0, tail[1] - 0.4)
    code = (
        "import matplotlib.pyplot as plt\n"
        "from matplotlib.patches import Polygon, Rectangle\n\n"
        "# the solid: cubes stacked on each floor square (row 0 at the front, column 0 on the left)\n"
        + heights_literal(heights)
        + "\n\n"
        + ISO_FUNC
        + "\n\n"
        + "fig, axes = plt.subplots(2, 2, figsize=(8, 8))\n"
        + f'panel = {{"{titles["front"]}": axes[0, 0], "{titles["left"]}": axes[0, 1], '
        + f'"{titles["top"]}": axes[1, 0]}}\n\n'
        + views_code(views, titles, span, fill)
        + "\n# the solid itself, bottom right\n"
        + "ax = axes[1, 1]\n"
        + stack_draw_code("heights", colors)
        + "# the arrow shows the direction of the front view\n"
        + f'ax.annotate("Front", xy=({num_literal(head[0], 2)}, {num_literal(head[1], 2)}), xytext=({num_literal(tail[0], 2)}, {num_literal(tail[1], 2)}), '
        + 'fontsize=11, ha="center", va="top", arrowprops=dict(arrowstyle="->", linewidth=1.3))\n'
        + f'ax.set_title("{solid_title}", fontsize=13)\n'
        + 'ax.set_aspect("equal")\n'
        + f"ax.set_xlim({num_literal(x0, 2)}, {num_literal(x1, 2)})\n"
        + f"ax.set_ylim({num_literal(y0, 2)}, {num_literal(y1, 2)})\n"
        + 'ax.axis("off")\n'
        + "fig.tight_layout()\n"
        + 'plt.savefig("figure.png")\n'
    )
    n = int(h.sum())
    which = str(pick(rng, ("front", "left", "top")))
    qa = (
        ask(
            rng,
            (
                "How many unit cubes make up the solid?",
                "Count the cubes in the solid (none are floating).",
            ),
            str(n),
            "int",
        ),
        QA(
            f"How many unit squares does the {titles[which].lower()} consist of?",
            str(len(views[which])),
            "int",
        ),
        QA("How many squares high is the front view?", str(int(h.max())), "int"),
    )
    n_cubes_faces = 3 * n
    facts = {
        "projection": "2d",
        "labels": [titles["front"], titles["left"], titles["top"], solid_title, "Front"],
        "counts": {
            "rectangle": sum(len(v) for v in views.values()),
            "polygon": n_cubes_faces,
            "text": 1,
        },
        "answer": n,
        "extra": {
            "figure": "stack of unit cubes in three views and an isometric drawing",
            "heights": heights,
            "views": {k: [list(c) for c in v] for k, v in views.items()},
            "cubes": n,
        },
    }
    params = {"rows": rows, "cols": cols, "max_height": top}
    return make_sample(params, code, facts, qa)


def cube_bounds(views: dict[str, list[tuple[int, int]]], rows: int, cols: int) -> tuple[int, int]:
    """Fewest and most unit cubes of any solid (columns on the floor) with these three views."""
    front = [0] * cols
    for u, v in views["front"]:
        front[u] = max(front[u], v + 1)
    left = [0] * rows
    for u, v in views["left"]:
        left[rows - 1 - u] = max(left[rows - 1 - u], v + 1)
    cells = sorted((y, x) for x, y in views["top"])
    caps = [min(front[x], left[y]) for y, x in cells]
    most = sum(caps)
    fewest = most
    for combo in itertools.product(*[range(1, c + 1) for c in caps]):
        total = sum(combo)
        if total >= fewest:
            continue
        f, s = [0] * cols, [0] * rows
        for (y, x), hh in zip(cells, combo, strict=True):
            f[x] = max(f[x], hh)
            s[y] = max(s[y], hh)
        if f == front and s == left:
            fewest = total
    return fewest, most


def _connected(h: np.ndarray) -> bool:
    cells = {(y, x) for y, x in zip(*np.nonzero(h), strict=True)}
    seen, todo = set(), [next(iter(cells))]
    while todo:
        y, x = todo.pop()
        if (y, x) in seen:
            continue
        seen.add((y, x))
        todo += [
            (y + dy, x + dx)
            for dy, dx in ((0, 1), (1, 0), (0, -1), (-1, 0))
            if (y + dy, x + dx) in cells
        ]
    return seen == cells


@template(
    "three_view_reconstruction",
    family=FAMILY,
    tags=("three_view",),
    parameters=(
        ParamSpec("rows", "int", 2, 3),
        ParamSpec("cols", "int", 2, 3),
        ParamSpec("max_height", "int", 1, 3),
    ),
    description="Front, left and top views of a block solid; asks for the fewest and most cubes it can have.",
    verify=verify_three_view_reconstruction,
)
def three_view_reconstruction(rng: np.random.Generator) -> Sample:
    """Reconstruction from three views: bounds found by enumerating consistent height grids."""
    while True:
        rows, cols, top = int(rng.integers(2, 4)), int(rng.integers(2, 4)), int(rng.integers(1, 4))
        h = rng.integers(0, top + 1, size=(rows, cols))
        if (
            (h.max(axis=0) > 0).all()
            and (h.max(axis=1) > 0).all()
            and h.max() >= 2
            and _connected(h)
        ):
            break
    heights = h.tolist()
    views = three_views(heights)
    fewest, most = cube_bounds(views, rows, cols)
    titles = pick(rng, _TITLES)
    fill = str(pick(rng, ("#eeeeee", "white", "#fdf3e1", "#e6eef8")))
    span = max(rows, cols, int(h.max()))
    code = (
        "import matplotlib.pyplot as plt\n"
        "from matplotlib.patches import Rectangle\n\n"
        "fig, axes = plt.subplots(2, 2, figsize=(7, 7))\n"
        + f'panel = {{"{titles["front"]}": axes[0, 0], "{titles["left"]}": axes[0, 1], '
        + f'"{titles["top"]}": axes[1, 0]}}\n'
        + 'axes[1, 1].axis("off")\n\n'
        + views_code(views, titles, span, fill)
        + "fig.tight_layout()\n"
        + 'plt.savefig("figure.png")\n'
    )
    qa = [
        ask(
            rng,
            (
                "A solid built from unit cubes has these three views. At most how many cubes can it contain?",
                "What is the largest number of unit cubes consistent with the three views?",
            ),
            str(most),
            "int",
        ),
        ask(
            rng,
            (
                "What is the smallest number of unit cubes that gives exactly these three views?",
                "At least how many cubes are needed to build a solid with these views?",
            ),
            str(fewest),
            "int",
        ),
    ]
    facts = {
        "projection": "2d",
        "labels": [titles["front"], titles["left"], titles["top"]],
        "counts": {"rectangle": sum(len(v) for v in views.values()), "text": 0},
        "answer": most,
        "extra": {
            "figure": "three views of a solid built from unit cubes",
            "heights_example": heights,
            "views": {k: [list(c) for c in v] for k, v in views.items()},
            "min_cubes": fewest,
            "max_cubes": most,
        },
    }
    params = {"rows": rows, "cols": cols, "max_height": top}
    return make_sample(params, code, facts, qa)
