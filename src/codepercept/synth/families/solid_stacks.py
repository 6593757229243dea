"""Cube stacking: isometric stacks of unit cubes to count, and a painted cuboid cut into cubes."""

from __future__ import annotations

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_verify import verify_cube_stack_count, verify_painted_cuboid
from codepercept.synth.kit import (
    ask,
    isometric_projector,
    make_sample,
    num_literal,
    pick,
)
from codepercept.synth.template import QA, ParamSpec, Sample, template

_SHADES = (
    ("#f2f2f2", "#c8c8c8", "#9a9a9a"),
    ("#e6eef8", "#a9c4e4", "#6f93c0"),
    ("#fbeedd", "#efc48f", "#d39a54"),
    ("#e8f4e4", "#b5d8a8", "#7fb36d"),
)

ISO_FUNC = '''def iso(x, y, z):
    """Isometric page position of the point (x, y, z); x to the right-front, y to the back."""
    return (0.866 * (x + y), 0.5 * (y - x) + z)
'''


def monotone_heights(rng: np.random.Generator, rows: int, cols: int, top: int) -> list[list[int]]:
    """Heights[row][col] (row 0 at the front) that never grow towards the viewer, so every
    column's top face is in sight and the drawing determines the count."""
    h = np.zeros((rows, cols), int)
    for y in range(rows - 1, -1, -1):  # back row first
        for x in range(cols):
            cap = top if y == rows - 1 else h[y + 1, x]
            if x > 0:
                cap = min(cap, h[y, x - 1])
            low = 1 if (x == 0 and y == rows - 1) else 0
            h[y, x] = int(rng.integers(low, cap + 1)) if cap >= low else 0
    return h.tolist()


def stack_draw_code(
    heights_var: str, colors: tuple[str, str, str], ax: str = "ax", lw: float = 1.2
) -> str:
    """The loop that paints every cube's top, front and right faces, far cubes first."""
    top, front, right = colors
    return f"""cubes = [(x, y, z) for y, row in enumerate({heights_var}) for x, h in enumerate(row) for z in range(h)]
cubes.sort(key=lambda c: c[0] - c[1] + c[2])  # painter's order: farthest from the eye first
for x, y, z in cubes:
    top = [iso(x, y, z + 1), iso(x + 1, y, z + 1), iso(x + 1, y + 1, z + 1), iso(x, y + 1, z + 1)]
    front = [iso(x, y, z), iso(x + 1, y, z), iso(x + 1, y, z + 1), iso(x, y, z + 1)]
    right = [iso(x + 1, y, z), iso(x + 1, y + 1, z), iso(x + 1, y + 1, z + 1), iso(x + 1, y, z + 1)]
    for face, color in ((top, "{top}"), (front, "{front}"), (right, "{right}")):
        {ax}.add_patch(Polygon(face, closed=True, facecolor=color, edgecolor="black", linewidth={lw}))
"""


def stack_box(heights: list[list[int]], margin: float = 0.4) -> tuple[float, float, float, float]:
    """Page box (x0, x1, y0, y1) around the isometric drawing of a stack."""
    proj = isometric_projector()
    pts = []
    for y, row in enumerate(heights):
        for x, h in enumerate(row):
            for dx in (0, 1):
                for dy in (0, 1):
                    for z in (0, max(h, 0)):
                        pts.append(proj((x + dx, y + dy, z)))
    arr = np.array(pts)
    (x0, y0), (x1, y1) = arr.min(axis=0) - margin, arr.max(axis=0) + margin
    return float(x0), float(x1), float(y0), float(y1)


def heights_literal(heights: list[list[int]], name: str = "heights") -> str:
    return f"{name} = [\n" + "".join(f"    {row},\n" for row in heights) + "]\n"


@template(
    "cube_stack_count",
    family=FAMILY,
    tags=("cube_stacking",),
    parameters=(
        ParamSpec("rows", "int", 2, 4, help="rows of columns, front to back"),
        ParamSpec("cols", "int", 2, 4, help="columns, left to right"),
        ParamSpec("max_height", "int", 2, 4, help="tallest stack"),
    ),
    description="Isometric stack of unit cubes (no hidden gaps); asks how many cubes there are.",
    verify=verify_cube_stack_count,
)
def cube_stack_count(rng: np.random.Generator) -> Sample:
    """A staircase-like stack drawn face by face; counts follow from the height grid."""
    while True:
        rows, cols, top = int(rng.integers(2, 5)), int(rng.integers(2, 5)), int(rng.integers(2, 5))
        heights = monotone_heights(rng, rows, cols, top)
        n = sum(map(sum, heights))
        if n >= 4 and max(map(max, heights)) >= 2:
            break
    colors = pick(rng, _SHADES)
    x0, x1, y0, y1 = stack_box(heights)
    w = 6.0
    hgt = round(float(np.clip(w * (y1 - y0) / (x1 - x0), 3.5, 7.0)), 1)
    title = str(pick(rng, ("", "", "How many cubes?", "Stack of unit cubes")))
    code = (
        "import matplotlib.pyplot as plt\n"
        "from matplotlib.patches import Polygon\n\n"
        "# cubes stacked on each square of the floor; row 0 is the front row, column 0 the left\n"
        + heights_literal(heights)
        + "\n\n"
        + ISO_FUNC
        + f"\n\nfig, ax = plt.subplots(figsize=({w}, {hgt}))\n"
        + stack_draw_code("heights", colors)
        + 'ax.set_aspect("equal")\n'
        + f"ax.set_xlim({num_literal(x0, 2)}, {num_literal(x1, 2)})\n"
        + f"ax.set_ylim({num_literal(y0, 2)}, {num_literal(y1, 2)})\n"
        + 'ax.axis("off")\n'
        + (f'ax.set_title("{title}", fontsize=14)\n' if title else "")
        + 'plt.savefig("figure.png")\n'
    )
    tallest = max(map(max, heights))
    footprint = sum(1 for row in heights for h in row if h > 0)
    box = rows * cols * tallest
    qa = [
        ask(
            rng,
            (
                "How many unit cubes are in the stack? (No cube is missing from under another.)",
                "Count the small cubes in the figure, including those hidden underneath.",
                "Assuming the stacks have no gaps, how many cubes are used?",
            ),
            str(n),
            "int",
        ),
        ask(
            rng,
            (
                "How many cubes are in the tallest stack?",
                "What is the height, in cubes, of the highest column?",
            ),
            str(tallest),
            "int",
        ),
        QA(
            f"How many more cubes are needed to fill a {cols} x {rows} x {tallest} box that holds the stack?",
            str(box - n),
            "int",
        ),
    ]
    facts = {
        "projection": "2d",
        "labels": [title] if title else [],
        "counts": {"polygon": 3 * n, "text": 0},
        "answer": n,
        "extra": {
            "figure": "stack of unit cubes",
            "heights": heights,
            "cubes": n,
            "tallest": tallest,
            "footprint": footprint,
        },
    }
    params = {"rows": rows, "cols": cols, "max_height": top}
    return make_sample(params, code, facts, qa)


def painted_counts(a: int, b: int, c: int) -> dict[int, int]:
    """Small cubes of an a x b x c cuboid (painted outside) by number of painted faces."""
    assert min(a, b, c) >= 2

    def inner(n: int) -> int:
        return max(n - 2, 0)

    ia, ib, ic = inner(a), inner(b), inner(c)
    return {
        3: 8,
        2: 4 * (ia + ib + ic),
        1: 2 * (ia * ib + ib * ic + ia * ic),
        0: ia * ib * ic,
    }


@template(
    "painted_cuboid",
    family=FAMILY,
    tags=("cube_stacking",),
    parameters=(
        ParamSpec("a", "int", 2, 6, help="cubes along the width"),
        ParamSpec("b", "int", 2, 5, help="cubes along the depth"),
        ParamSpec("c", "int", 2, 5, help="cubes along the height"),
        ParamSpec("depth_ratio", "choice", choices=(0.4, 0.5), help="oblique shortening of depth"),
    ),
    description="A painted cuboid cut into unit cubes (oblique drawing with grid lines); asks how many cubes have k painted faces.",
    verify=verify_painted_cuboid,
)
def painted_cuboid(rng: np.random.Generator) -> Sample:
    """Classic painted-cube counting on an a x b x c block drawn in cabinet projection."""
    a, b, c = int(rng.integers(2, 7)), int(rng.integers(2, 6)), int(rng.integers(2, 6))
    k = float(pick(rng, (0.4, 0.5)))
    paint = str(pick(rng, ("#f4c7c3", "#c9daf8", "#d9ead3", "#fff2cc")))
    shade = str(pick(rng, ("#e8a49c", "#9fc0ef", "#b6d7a8", "#ffe599")))
    cx = round(k * 0.7071, 3)
    x1 = a + cx * b
    y1 = c + cx * b
    m = 0.5
    w = 6.0
    hgt = round(float(np.clip(w * (y1 + 2 * m) / (x1 + 2 * m), 3.5, 7.0)), 1)
    code = f"""import matplotlib.pyplot as plt
from matplotlib.patches import Polygon

a, b, c = {a}, {b}, {c}  # cubes along the width, the depth and the height


def page(x, y, z):
    \"\"\"Oblique drawing: depth y goes up and to the right at 45 degrees, shortened.\"\"\"
    return (x + {cx} * y, z + {cx} * y)


fig, ax = plt.subplots(figsize=({w}, {hgt}))
front = [page(0, 0, 0), page(a, 0, 0), page(a, 0, c), page(0, 0, c)]
top = [page(0, 0, c), page(a, 0, c), page(a, b, c), page(0, b, c)]
right = [page(a, 0, 0), page(a, b, 0), page(a, b, c), page(a, 0, c)]
for face, color in ((front, "{paint}"), (top, "{paint}"), (right, "{shade}")):
    ax.add_patch(Polygon(face, closed=True, facecolor=color, edgecolor="black", linewidth=1.8))

# the cuts between the small cubes
for i in range(1, a):
    ax.plot(*zip(page(i, 0, 0), page(i, 0, c), page(i, b, c)), color="black", linewidth=0.9)
for j in range(1, b):
    ax.plot(*zip(page(0, j, c), page(a, j, c), page(a, j, 0)), color="black", linewidth=0.9)
for k in range(1, c):
    ax.plot(*zip(page(0, 0, k), page(a, 0, k), page(a, b, k)), color="black", linewidth=0.9)

ax.set_aspect("equal")
ax.set_xlim({-m}, {num_literal(x1 + m, 2)})
ax.set_ylim({-m}, {num_literal(y1 + m, 2)})
ax.axis("off")
plt.savefig("figure.png")
"""
    counts = painted_counts(a, b, c)
    kq = int(pick(rng, (0, 1, 2, 3)))
    word = {
        0: "no painted face",
        1: "exactly one painted face",
        2: "exactly two painted faces",
        3: "three painted faces",
    }
    qa = (
        ask(
            rng,
            (
                f"The outside of this {a} x {b} x {c} block is painted and it is cut into unit cubes. How many small cubes have {word[kq]}?",
                f"A painted {a} x {b} x {c} cuboid is cut along the lines into unit cubes. How many pieces have {word[kq]}?",
            ),
            str(counts[kq]),
            "int",
        ),
        QA("How many unit cubes make up the block?", str(a * b * c), "int"),
        QA(
            "How many small cubes have exactly two painted faces?"
            if kq != 2
            else "How many small cubes have no paint at all?",
            str(counts[2] if kq != 2 else counts[0]),
            "int",
        ),
    )
    facts = {
        "projection": "2d",
        "counts": {"polygon": 3, "line": (a - 1) + (b - 1) + (c - 1), "text": 0},
        "answer": counts[kq],
        "extra": {
            "figure": "painted block cut into unit cubes",
            "dims": [a, b, c],
            "painted_counts": {str(n): v for n, v in counts.items()},
            "cubes": a * b * c,
        },
    }
    params = {"a": a, "b": b, "c": c, "depth_ratio": k}
    return make_sample(params, code, facts, qa)
