"""Electric field lines of two point charges, traced by the emitted script itself (Euler steps
along the field from each source charge), with the charges drawn as signed discs.

Answers (the null point of the field, the field at the midpoint) come from Coulomb's law in
closed form; the verifier finds the null point by bisection and the midpoint field as the
numerical gradient of the potential.
"""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.physics.common import FAMILY, STYLE_PARAM, sample_style
from codepercept.synth.families.physics.verify import verify_field_lines
from codepercept.synth.kit import ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram
from codepercept.synth.template import ParamSpec, Sample, template

XMAX, YMAX, R0 = 4.6, 3.2, 0.36

#: The tracing code, run by the emitted script and, identically, here to know its strokes.
TRACER = f"""XMAX, YMAX, R0 = {XMAX}, {YMAX}, {R0}


def field(x, y):
    ex = ey = 0.0
    for qx, qy, q in charges:
        dx, dy = x - qx, y - qy
        r3 = (dx * dx + dy * dy) ** 1.5
        ex += q * dx / r3
        ey += q * dy / r3
    return ex, ey


def field_line(x, y, sign, h=0.05, steps=260):
    xs, ys = [x], [y]
    for _ in range(steps):
        ex, ey = field(x, y)
        norm = math.hypot(ex, ey)
        x, y = x + sign * h * ex / norm, y + sign * h * ey / norm
        xs.append(x)
        ys.append(y)
        if abs(x) > XMAX or abs(y) > YMAX:
            break
        if any(math.hypot(x - qx, y - qy) < R0 for qx, qy, _ in charges):
            break
    return xs, ys
"""

STARTS = """lines = []
for qx, qy, q in charges:
    if q * sign > 0:
        n = int(round(abs(q) * PER_UNIT))
        for k in range(n):
            a = 2 * math.pi * (k + 0.3) / n
            lines.append(field_line(qx + R0 * math.cos(a), qy + R0 * math.sin(a), sign))
"""


def _lines(charges: list[tuple[float, float, float]], sign: int, per_unit: int):
    ns: dict = {"math": math, "charges": charges, "sign": sign, "PER_UNIT": per_unit}
    exec(TRACER + STARTS, ns)  # our own fixed tracing code (the same text the script runs)
    return ns["lines"]


@template(
    "field_lines",
    family=FAMILY,
    parameters=(
        ParamSpec("q1", "int", -3, 3, help="left charge in units of q"),
        ParamSpec("q2", "int", -3, 3, help="right charge in units of q"),
        ParamSpec("distance", "int", 2, 12, help="separation of the charges, cm"),
        ParamSpec("per_unit", "int", 6, 8, help="field lines per unit of source charge"),
        STYLE_PARAM,
    ),
    description="Electric field lines of two point charges (signed discs labelled in units of "
    "q, arrows along the lines, separation marked); asks where on the axis the field vanishes "
    "or the field strength at the midpoint.",
    verify=verify_field_lines,
)
def field_lines(rng: np.random.Generator) -> Sample:
    st = sample_style(rng)
    while True:
        q1, q2 = (int(x) for x in rng.choice((-3, -2, -1, 1, 2, 3), size=2))
        if abs(q1) != abs(q2) or q1 == q2:
            break
    d_cm = int(pick(rng, (2, 3, 4, 5, 6, 8, 10, 12)))
    per_unit = int(pick(rng, (6, 7, 8)))
    charges = [(-1.6, 0.0, float(q1)), (1.6, 0.0, float(q2))]
    sign = 1 if max(q1, q2) > 0 else -1
    lines = _lines(charges, sign, per_unit)
    dg = Diagram(
        f"Field lines of charges {q1:+d}q and {q2:+d}q, {d_cm} cm apart",
        fontsize=st.fontsize,
        unit_px=float(pick(rng, (52.0, 58.0))),
    )
    colour = st.accents[1]
    dg.code(
        f"charges = [(-1.6, 0.0, {float(q1)}), (1.6, 0.0, {float(q2)})]  # x, y, charge in q",
        "the charges",
    )
    dg.code(
        TRACER.rstrip("\n").replace("\n\n\n", "\n\n"), "tracing a field line from a starting point"
    )
    dg.code(
        f"sign, PER_UNIT = {sign}, {per_unit}  # trace from the {'positive' if sign > 0 else 'negative'} charges",
        "field lines",
    )
    dg.code(STARTS.rstrip("\n"), "field lines")
    mid_arrows = 0
    for xs, ys in lines:
        dg.drawn("line", avoid=np.column_stack([xs, ys]))
        if len(xs) > 12:
            mid_arrows += 1
    dg.code(
        "for xs, ys in lines:\n"
        f'    ax.plot(xs, ys, color="{colour}", linewidth=1.1)\n'
        "    if len(xs) > 12:\n"
        "        i = len(xs) // 2\n"
        "        j = i + sign\n"
        "        ax.add_patch(patches.FancyArrowPatch((xs[i], ys[i]), (xs[j], ys[j]), "
        f'arrowstyle="-|>", mutation_scale=12, color="{colour}", shrinkA=0, shrinkB=0))',
        "field lines",
    )
    dg.drawn("arrow", mid_arrows)
    dg.needs("patches", "math")
    # every traced line: a few of its points must be on a drawn line
    for xs, ys in lines[:: max(1, len(lines) // 4)]:
        dg.curve(np.column_stack([xs, ys]), keep=3)
    for (x, _, q), name in zip(charges, ("q₁", "q₂"), strict=True):
        fc = st.accents[0] if q > 0 else st.accents[2]
        dg.circle((x, 0.0), R0, fc=fc, ec=st.ink, lw=1.2, comment="the charges", zorder=3)
        dg.text("+" if q > 0 else "−", at=(x, 0.0), color="white", weight="bold")
        value = {1: "+q", -1: "−q"}.get(int(q), f"{int(q):+d}q".replace("-", "−"))
        dg.text(f"{name} = {value}", at=(x, YMAX + 0.45), color=st.ink)
    dg.arrow(
        (-1.6, -YMAX - 0.3),
        (1.6, -YMAX - 0.3),
        color=st.ink,
        lw=1.0,
        style="<|-|>",
        head=10,
        comment="separation",
    )
    dg.text(f"d = {d_cm} cm", at=(0.0, -YMAX - 0.75), color=st.ink)
    # null point along the axis, measured from q1 (cm): between like charges, else beyond the
    # weaker one
    a, b = abs(q1), abs(q2)
    if q1 * q2 > 0:
        x0 = d_cm * math.sqrt(a) / (math.sqrt(a) + math.sqrt(b))
        where = "between the charges"
    elif a < b:
        x0 = -d_cm * math.sqrt(a) / (math.sqrt(b) - math.sqrt(a))
        where = "on the side of q₁ away from q₂"
    else:
        x0 = d_cm + d_cm * math.sqrt(b) / (math.sqrt(a) - math.sqrt(b))
        where = "beyond q₂"
    e_mid = 4 * abs(q1 - q2)
    pool = [
        ask(
            rng,
            (
                f"The left charge is q₁ and the right one q₂. How far from q₁ (in cm) is the point on their line where the field is zero ({where})?",
                f"Find the distance in cm from q₁ (left) to the null point of the field, which lies {where}.",
            ),
            round(abs(x0), 2),
        ),
        ask(
            rng,
            (
                "What is the field strength at the midpoint between the charges, in units of kq/d²?",
                "Find |E| halfway between the charges, expressed as a multiple of kq/d².",
            ),
            e_mid,
        ),
        ask(
            rng,
            (
                "How many field lines leave or enter the charges in the drawing?",
                "How many field lines are drawn?",
            ),
            len(lines),
            "int",
        ),
    ]
    qas = choose_qas(rng, pool)
    code, facts = dg.build(
        extra={
            "figure": "electric field lines of a pair of charges",
            "charges": [q1, q2],
            "distance_cm": d_cm,
            "positions": [-1.6, 1.6],
        }
    )
    params = {"q1": q1, "q2": q2, "distance": d_cm, "per_unit": per_unit, "style": st.as_params()}
    return make_sample(params, code, facts, qas)
