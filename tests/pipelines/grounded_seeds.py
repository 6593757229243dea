"""Ground-truth programs, their facts and captions right and wrong, for the caption and
image-to-code pipeline tests (10B)."""

from __future__ import annotations

import json
from pathlib import Path

from codepercept.sandbox import render_inprocess

_TRIANGLE = """\
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(4, 4))
pts = {"A": (0.0, 0.0), "B": (SIDE.0, 0.0), "C": (1.0, 3.0)}
ax.add_patch(plt.Polygon(list(pts.values()), closed=True, fill=False, edgecolor="black"))
ax.add_patch(plt.Circle((1.7, 1.0), 0.8, fill=False, edgecolor="red"))
for name, (x, y) in pts.items():
    ax.text(x, y + 0.15, name, fontsize=12)
ax.text(SIDE / 2, -0.4, "SIDE", fontsize=11)
ax.set_xlim(-0.5, SIDE + 0.5)
ax.set_ylim(-0.8, 3.6)
ax.set_aspect("equal")
ax.axis("off")
plt.savefig("figure.png")
"""


def triangle(side: int) -> tuple[str, dict]:
    """A triangle ABC with AB = ``side`` (labelled) and a red circle inside: code and facts."""
    facts = {
        "points": {"A": [0.0, 0.0], "B": [float(side), 0.0], "C": [1.0, 3.0]},
        "lengths": {"AB": side},
    }
    return _TRIANGLE.replace("SIDE", str(side)), facts


def triangle_caption(side: int, *, circles: str = "a red circle") -> str:
    """A caption of :func:`triangle`; ``circles="two circles"`` makes it state a false count."""
    return (
        f"The figure shows a triangle ABC in black and {circles} inside it. "
        f"The side AB is labelled {side}."
    )


TRIANGLE, TRIANGLE_FACTS = triangle(4)

PARABOLA = """\
import numpy as np
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(4, 3))
x = np.linspace(-2, 2, 81)
ax.plot(x, x**2, color="blue")
ax.scatter([0.0], [0.0], color="red", zorder=3)
ax.set_title("y = x^2")
ax.set_xlim(-2, 2)
ax.set_ylim(-0.5, 4)
plt.savefig("figure.png")
"""

#: Captions of TRIANGLE: true, and with a wrong count, label, number and colour.
TRIANGLE_TRUE = triangle_caption(4)
TRIANGLE_DRAFT_WRONG = (
    "The figure shows a triangle PQR in black and two circles inside it, one of them green. "
    "The side PQ is labelled 6."
)
TRIANGLE_STILL_WRONG = triangle_caption(4, circles="two circles")
PARABOLA_TRUE = 'A blue parabola with its vertex marked by a red point, titled "y = x^2".'

#: Explanatory programs: a faithful rewrite of TRIANGLE and a wrong one (a square, no circle).
TRIANGLE_EXPLAINED = (
    "# The triangle ABC: its vertices are named points of the figure.\n"
    + TRIANGLE.replace(
        "ax.add_patch(plt.Circle(",
        "# A circle sits inside the triangle, away from every side.\nax.add_patch(plt.Circle(",
    )
)
SQUARE_EXPLAINED = """\
import matplotlib.pyplot as plt

# A square: four equal sides, drawn as a closed polygon.
fig, ax = plt.subplots(figsize=(4, 4))
ax.add_patch(plt.Polygon([(0, 0), (3, 0), (3, 3), (0, 3)], closed=True, fill=False))
ax.set_xlim(-1, 4)
ax.set_ylim(-1, 4)
ax.axis("off")
plt.savefig("figure.png")
"""


def write_seeds(folder: Path, rows: list[tuple[str, str, dict]]) -> Path:
    """A JSONL seed file of (id, code, facts) rows, each image rendered from its code."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for seed_id, code, facts in rows:
        result = render_inprocess(code)
        assert result.ok and result.png, result.error
        (folder / f"{seed_id}.png").write_bytes(result.png)
        row = {"id": seed_id, "image": f"{seed_id}.png", "code": code, "facts": facts}
        lines.append(json.dumps(row))
    path = folder / "seeds.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
