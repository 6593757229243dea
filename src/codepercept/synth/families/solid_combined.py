"""Combined solids: a cylinder topped by a cone or hemisphere, a cuboid topped by a pyramid."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_verify import (
    verify_combined_cylinder_top,
    verify_combined_prism_pyramid,
)
from codepercept.synth.kit import (
    HEADER_3D,
    ask,
    axes3d_code,
    fit_view3d,
    label_positions_3d,
    make_sample,
    num_literal,
    pi_text,
    pick,
    radial_labels,
    rounded_list,
    sample_solid_style,
    sample_view,
    split_edges,
    view_projector,
    wire_code,
)
from codepercept.synth.template import QA, ParamSpec, Sample, template

_CONES = ((3, 4), (6, 8), (4, 3), (5, 12), (8, 6), (2, 2), (3, 3), (4, 6))


@template(
    "combined_cylinder_top",
    family=FAMILY,
    tags=("combined_solid",),
    parameters=(
        ParamSpec(
            "top", "choice", choices=("cone", "hemisphere"), help="solid set on the cylinder"
        ),
        ParamSpec("radius", "int", 2, 8),
        ParamSpec("height", "int", 2, 18, help="height of the cylinder"),
        ParamSpec("cone_height", "int", 0, 12, help="0 when a hemisphere sits on top"),
    ),
    description="A cylinder with a cone or hemisphere on top, dimensions written on; asks for volume and area.",
    verify=verify_combined_cylinder_top,
)
def combined_cylinder_top(rng: np.random.Generator) -> Sample:
    """Oblique drawing: back halves of the hidden circles dashed, axis and radius dashed."""
    top = str(pick(rng, ("cone", "cone", "hemisphere")))
    r, k = (int(v) for v in pick(rng, _CONES))
    if top == "hemisphere":
        r = int(rng.integers(2, 6))
    h = int(rng.integers(max(2, r), 2 * r + 3))
    e = float(pick(rng, (0.3, 0.35)))
    style = sample_solid_style(rng)
    col, lw = style.line, style.lw
    peak = h + (k if top == "cone" else r)
    pts = {"O": [0.0, 0.0], "O'": [0.0, float(h)], "B": [float(r), 0.0]}
    if top == "cone":
        pts["P"] = [0.0, float(peak)]
    dims = [(str(r), (r / 2, 0.28 + 0.05 * r)), (str(h), (-r - 0.45 - 0.04 * r, h / 2))]
    if top == "cone":
        if k > e * r + 1.0:  # room between the seam's back arc and the apex
            dims.append((str(k), (0.12 * r + 0.3, h + (e * r + k) / 2)))
        else:
            dims.append((str(k), (0.3 * r + 0.5, h + k + 0.1)))
    t = np.linspace(0, 2 * math.pi, 73)
    ring = np.stack([r * np.cos(t), e * r * np.sin(t)], axis=1)
    lines = [
        ring,
        ring + [0, h],
        [[-r, 0], [-r, h]],
        [[r, 0], [r, h]],
        [[0, 0], [0, peak]],
        [[0, 0], [r, 0]],
    ]
    lines += (
        [[[-r, h], [0, peak], [r, h]]]
        if top == "cone"
        else [np.stack([r * np.cos(t[:37]), h + r * np.sin(t[:37])], axis=1)]
    )
    lab = radial_labels(pts, lines + [[p, p] for _, p in dims], 0.12 * r + 0.3, (0.0, peak / 2))
    crown = (
        f"""# the cone: its slant sides meet at the apex P
ax.plot([-r, 0, r], [h, h + k, h], color="{col}", linewidth={lw})"""
        if top == "cone"
        else f"""# the hemisphere: its outline is a half circle
ax.plot(r * np.cos(back), h + r * np.sin(back), color="{col}", linewidth={lw})"""
    )
    lab_rows = "".join(
        f'    "{n}": ({num_literal(x, 2)}, {num_literal(y, 2)}),\n' for n, (x, y) in lab.items()
    )
    dim_code = "".join(
        f'ax.text({num_literal(x, 2)}, {num_literal(y, 2)}, "{txt}", fontsize={style.fontsize - 2}, color="dimgray", ha="center", va="center")\n'
        for txt, (x, y) in dims
    )
    m = 0.3 * r + 0.7
    box = (-r - m, r + m, -e * r - m * 0.8, peak + m * 0.8)
    fig_h = round(float(np.clip(5.5 * (box[3] - box[2]) / (box[1] - box[0]), 4.0, 8.0)), 1)
    code = f"""import matplotlib.pyplot as plt
import numpy as np

r, h = {r}, {h}  # radius and height of the cylinder
{"k = " + str(k) + "  # height of the cone" if top == "cone" else "# a hemisphere of the same radius sits on top"}
e = {e}  # circles look like ellipses this flat
front = np.linspace(np.pi, 2 * np.pi, 100)
back = np.linspace(0, np.pi, 100)

fig, ax = plt.subplots(figsize=(5.5, {fig_h}))
# bottom circle: front half visible, back half hidden
ax.plot(r * np.cos(front), e * r * np.sin(front), color="{col}", linewidth={lw})
ax.plot(r * np.cos(back), e * r * np.sin(back), color="{col}", linewidth={style.aux_lw:.2f}, linestyle="--")
# the seam on top of the cylinder: the back half is hidden by the {top}
ax.plot(r * np.cos(front), h + e * r * np.sin(front), color="{col}", linewidth={lw})
ax.plot(r * np.cos(back), h + e * r * np.sin(back), color="{col}", linewidth={style.aux_lw:.2f}, linestyle="--")
# sides of the cylinder
ax.plot([-r, -r], [0, h], color="{col}", linewidth={lw})
ax.plot([r, r], [0, h], color="{col}", linewidth={lw})
{crown}
# axis and a radius of the base
ax.plot([0, 0], [0, {peak}], color="{col}", linewidth={lw * 0.6:.2f}, linestyle="--")
ax.plot([0, r], [0, 0], color="{col}", linewidth={lw * 0.6:.2f}, linestyle="--")

label_pos = {{
{lab_rows}}}
for name, (x, y) in label_pos.items():
    ax.text(x, y, name, fontsize={style.fontsize}, ha="center", va="center")
{dim_code}
ax.set_aspect("equal")
ax.set_xlim({num_literal(box[0], 2)}, {num_literal(box[1], 2)})
ax.set_ylim({num_literal(box[2], 2)}, {num_literal(box[3], 2)})
ax.axis("off")
plt.savefig("figure.png")
"""
    r2 = r * r
    if top == "cone":
        vol = Fraction(r2 * h) + Fraction(r2 * k, 3)
        slant2 = r2 + k * k
        slant = math.sqrt(slant2)
        if slant.is_integer():
            area_coef = r2 + 2 * r * h + r * int(slant)
            area_ans = pi_text(area_coef)
        else:
            area_ans = f"{pi_text(r2 + 2 * r * h)} + {r}√{slant2}π"
        what = f"a cylinder of radius {r} and height {h} with a cone of height {k} on top"
    else:
        vol = Fraction(r2 * h) + Fraction(2 * r2 * r, 3)
        area_ans = pi_text(r2 + 2 * r * h + 2 * r2)
        what = f"a cylinder of radius {r} and height {h} capped by a hemisphere"
    qa = [
        ask(
            rng,
            (
                f"The solid is {what}. What is its volume?",
                f"Find the volume of the solid ({what}).",
            ),
            pi_text(float(vol)),
            "free",
        ),
        QA(f"What is the total surface area of {what} (base included)?", area_ans, "free"),
    ]
    if top == "cone":
        qa.append(
            QA(
                "How long is the slant height of the cone?",
                str(int(slant)) if slant.is_integer() else f"√{slant2}",
                "free",
            )
        )
    texts = list(pts) + [d for d, _ in dims]
    facts = {
        "projection": "2d",
        "labels": texts,
        "points": pts,
        "dashed_segments": [["O", "B"], ["O", "P"] if top == "cone" else ["O", "O'"]],
        "counts": {"text": len(texts), "line": 9},
        "lengths": {"OB": float(r), "height": float(h)}
        | ({"cone_height": float(k)} if top == "cone" else {}),
        "answer": round(float(vol) * math.pi, 4),
        "extra": {
            "figure": f"cylinder capped by a {top}",
            "dashed_role": "auxiliary",
            "top": top,
            "radius": r,
            "height": h,
            "cone_height": k if top == "cone" else None,
            "volume_over_pi": str(vol),
        },
    }
    params = {"top": top, "radius": r, "height": h, "cone_height": k if top == "cone" else 0}
    return make_sample(params, code, facts, qa)


@template(
    "combined_prism_pyramid",
    family=FAMILY,
    tags=("combined_solid",),
    parameters=(
        ParamSpec("base", "int", 2, 6, help="edge of the square base"),
        ParamSpec("prism_height", "int", 2, 6),
        ParamSpec("pyramid_height", "int", 1, 5),
        ParamSpec("elev", "int", 12, 30),
        ParamSpec("azim", "int", -75, -15),
    ),
    description="A square prism (or cube) with a pyramid on top, vertices labelled, hidden edges dashed.",
    verify=verify_combined_prism_pyramid,
)
def combined_prism_pyramid(rng: np.random.Generator) -> Sample:
    """Convex union of a square prism and a pyramid: 9 faces, 16 edges, 9 vertices."""
    a = int(rng.integers(2, 7))
    hc = a if rng.random() < 0.35 else int(rng.integers(2, 7))
    k = int(rng.integers(1, 6))
    apex = str(pick(rng, ("P", "S", "V")))
    verts = {
        "A": (0.0, 0.0, 0.0),
        "B": (float(a), 0.0, 0.0),
        "C": (float(a), float(a), 0.0),
        "D": (0.0, float(a), 0.0),
        "E": (0.0, 0.0, float(hc)),
        "F": (float(a), 0.0, float(hc)),
        "G": (float(a), float(a), float(hc)),
        "H": (0.0, float(a), float(hc)),
        apex: (a / 2, a / 2, float(hc + k)),
    }
    faces = [
        ("A", "B", "C", "D"),
        ("A", "B", "F", "E"),
        ("B", "C", "G", "F"),
        ("C", "D", "H", "G"),
        ("D", "A", "E", "H"),
        ("E", "F", apex),
        ("F", "G", apex),
        ("G", "H", apex),
        ("H", "E", apex),
    ]
    elev, azim = sample_view(rng, verts, faces, elev=(12, 30), azim=(-75, -15))
    visible, hidden = split_edges(verts, faces, view_projector(elev, azim))
    style = sample_solid_style(rng)
    size = float(pick(rng, (6.0, 6.5)))
    centre, half, zoom, px = fit_view3d(
        verts.values(), elev, azim, (size * 100, size * 100), fill=0.74
    )
    labels = label_positions_3d(
        verts, elev, azim, (style.fontsize + 6) / px, centre, visible + hidden
    )
    kind = "cube" if hc == a else "square prism"
    code = (
        HEADER_3D
        + f"\nfig = plt.figure(figsize=({size}, {size}))\n"
        + 'ax = fig.add_subplot(projection="3d")\n\n'
        + wire_code(
            verts,
            visible,
            hidden,
            labels,
            style,
            what=f"{kind} ABCD-EFGH with pyramid {apex}-EFGH on top",
        )
        + "\n"
        + axes3d_code(elev, azim, centre, half, zoom=zoom)
        + "\nfig.subplots_adjust(left=0, right=1, bottom=0, top=1)\n"
        + 'plt.savefig("figure.png")\n'
    )
    vol = Fraction(a * a * hc) + Fraction(a * a * k, 3)
    given = f"AB = {a}, AE = {hc} and the apex {apex} is {k} above the face EFGH"
    qa = (
        ask(
            rng,
            (
                f"In the figure, {given}. What is the volume of the solid?",
                f"Given {given}, find the solid's volume.",
            ),
            str(vol),
            "free",
        ),
        ask(
            rng,
            ("How many faces does the combined solid have?", "Count the faces of the solid."),
            "9",
            "int",
        ),
        ask(
            rng,
            (
                "How many edges does the solid have?",
                "How many edges are there in total, hidden ones included?",
            ),
            "16",
            "int",
        ),
    )
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": list(verts),
        "points": {n: rounded_list(v) for n, v in verts.items()},
        "segments": [list(x) for x in visible],
        "dashed_segments": [list(x) for x in hidden],
        "counts": {"text": 9, "line": 16},
        "lengths": {"AB": float(a), "AE": float(hc)},
        "answer": str(vol),
        "extra": {
            "figure": f"{kind} topped by a pyramid",
            "base_solid": kind,
            "apex": apex,
            "pyramid_height": k,
            "volume": float(vol),
        },
    }
    params = {"base": a, "prism_height": hc, "pyramid_height": k, "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)
