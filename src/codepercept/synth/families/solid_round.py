"""Round solids in the textbook oblique style: axial sections of cylinders and cones."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_verify import verify_axial_section
from codepercept.synth.kit import (
    ask,
    make_sample,
    num_literal,
    pick,
    radial_labels,
    rounded,
    sample_solid_style,
    sqrt_text,
)
from codepercept.synth.template import QA, ParamSpec, Sample, template


@template(
    "axial_section",
    family=FAMILY,
    tags=("cross_section",),
    parameters=(
        ParamSpec("solid", "choice", choices=("cylinder", "cone"), help="round solid"),
        ParamSpec("radius", "int", 2, 5),
        ParamSpec("height", "int", 3, 8),
        ParamSpec("angle", "int", 25, 65, help="direction of the cutting diameter (degrees)"),
    ),
    description="Cylinder or cone drawn with elliptical bases; the axial section through a diameter is shaded.",
    verify=verify_axial_section,
)
def axial_section(rng: np.random.Generator) -> Sample:
    """Axial section of a cylinder (rectangle) or cone (isosceles triangle); back arcs dashed."""
    solid = str(pick(rng, ("cylinder", "cone")))
    r = int(rng.integers(2, 6))
    h = int(rng.integers(max(3, r), 9))
    k = float(pick(rng, (0.3, 0.35, 0.4)))
    phi = int(rng.integers(25, 66))
    ca, sa = math.cos(math.radians(phi)), math.sin(math.radians(phi))
    A = [rounded(-r * ca), rounded(-k * r * sa)]  # front end of the diameter
    B = [rounded(r * ca), rounded(k * r * sa)]  # back end
    pts = {"O": [0.0, 0.0], "A": A, "B": B}
    style = sample_solid_style(rng)
    lw, col, acc = style.lw, style.line, style.mark
    if solid == "cylinder":
        C, D = [B[0], rounded(B[1] + h)], [A[0], rounded(A[1] + h)]
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
    poly = ", ".join(f"({num_literal(pts[n][0])}, {num_literal(pts[n][1])})" for n in section)
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
    label_off = radial_labels(pts, lines, 0.1 * r + 0.3, (0.0, h / 2))
    lab_rows = "".join(
        f'    "{n}": ({num_literal(x, 2)}, {num_literal(y, 2)}),\n'
        for n, (x, y) in label_off.items()
    )
    seg_code = "".join(
        f'ax.plot([P["{a}"][0], P["{b}"][0]], [P["{a}"][1], P["{b}"][1]], color="{acc}", linewidth={lw})\n'
        for a, b in solid_segs
    ) + "".join(
        f'ax.plot([P["{a}"][0], P["{b}"][0]], [P["{a}"][1], P["{b}"][1]], color="{acc}", linewidth={lw * 0.8:.2f}, linestyle="--")\n'
        for a, b in dashed
    )
    p_rows = "".join(
        f'    "{n}": ({num_literal(x)}, {num_literal(y)}),\n' for n, (x, y) in pts.items()
    )
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
ax.plot(r * np.cos(t_back), k * r * np.sin(t_back), color="{col}", linewidth={style.aux_lw:.2f}, linestyle="--")
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
ax.set_xlim({num_literal(-r - m, 2)}, {num_literal(r + m, 2)})
ax.set_ylim({num_literal(-k * r - m, 2)}, {num_literal(h + k * r + m, 2)})
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
        ask(
            rng,
            (
                "What shape is the shaded axial section?",
                "Name the shape of the shaded cross-section.",
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
                sqrt_text(r * r + h * h),
                "free",
            )
        )
        lengths["PA"] = rounded(slant, 4)
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
            "figure": f"{solid} with its axial section",
            "axis": list(axis),
            "dashed_role": "auxiliary",
            "solid": solid,
            "radius": r,
            "height": h,
            "section_shape": shape,
            "section_area": area,
            "diameter_angle": phi,
        },
    }
    params = {"solid": solid, "radius": r, "height": h, "angle": phi}
    return make_sample(params, code, facts, qa)
