"""Vectors and lines on a square grid: two vectors from the origin with their sum (the
parallelogram dashed), and two lines through named lattice points."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.analytic.common import (
    FAMILY,
    axes_code,
    finish_code,
    label_code,
    offset_away,
    point_text,
    sample_plot_style,
    step_for,
    style_params,
    tick_label_spots,
)
from codepercept.synth.kit import (
    Problems,
    ask,
    choose_qas,
    letter_run,
    make_sample,
    pick,
    read_number,
    read_vector,
    rounded_list,
    sqrt_text,
)
from codepercept.synth.template import ParamSpec, Sample, template

# ----------------------------------------------------------------------------- vectors


def verify_vector_addition(sample: Sample) -> list[str]:
    with Problems(parse=read_number) as p:
        vecs = {
            v["name"]: np.asarray(v["end"], float) - np.asarray(v["start"], float)
            for v in sample.facts["vectors"]
        }
        u, v = vecs["u"], vecs["v"]
        res = next(vec for name, vec in vecs.items() if name not in ("u", "v"))
        p.drawn(np.allclose(res, u + v) or np.allclose(res, u - v), "the third vector is u ± v")
        for qa in sample.qa:
            if "components" in qa.question:
                if not np.allclose(read_vector(qa.answer), res):
                    p.wrong(qa, point_text(*res))
            elif "dot product" in qa.question:
                p.close(qa, float(u @ v))
            elif "angle" in qa.question:
                cos = float(u @ v) / (np.hypot(*u) * np.hypot(*v))
                p.close(qa, math.degrees(math.acos(max(-1.0, min(1.0, cos)))))
            else:
                p.close(qa, float(np.hypot(*res)))
    return p.found


@template(
    "vector_addition",
    family=FAMILY,
    parameters=(
        ParamSpec("u", "str", help="components of u"),
        ParamSpec("v", "str", help="components of v"),
        ParamSpec("op", "choice", choices=("+", "-")),
        *style_params(),
    ),
    description="Vectors u and v drawn from the origin on a square grid with u + v (dashed "
    "parallelogram) or u - v; asks the components or length of the result, u · v or the angle.",
    verify=verify_vector_addition,
)
def vector_addition(rng: np.random.Generator) -> Sample:
    st = sample_plot_style(rng, frames=("cross", "box"), square=True)
    while True:
        u = [int(c) for c in rng.integers(-4, 5, size=2)]
        v = [int(c) for c in rng.integers(-4, 5, size=2)]
        if u[0] * v[1] - u[1] * v[0] != 0 and 0 not in (
            u[0] ** 2 + u[1] ** 2,
            v[0] ** 2 + v[1] ** 2,
        ):
            break
    op = str(pick(rng, ("+", "-")))
    w = [u[0] + v[0], u[1] + v[1]] if op == "+" else [u[0] - v[0], u[1] - v[1]]
    xs = [0, u[0], v[0], w[0], u[0] + v[0]]
    ys = [0, u[1], v[1], w[1], u[1] + v[1]]
    lo = min(min(xs), min(ys)) - 1.5
    hi = max(max(xs), max(ys)) + 1.5
    lim = (math.floor(lo), math.ceil(hi))
    step = step_for(lim[1] - lim[0])
    cu, cv, cw = st.colors[0], st.colors[1], st.colors[2]
    hw = round((lim[1] - lim[0]) / 45, 2)
    rname = f"u {op} v"
    code = [
        "import matplotlib.pyplot as plt",
        "",
        *axes_code(st, lim, lim, step, step, equal=True),
        "",
        f"u = {tuple(u)}",
        f"v = {tuple(v)}",
        f"w = {tuple(w)}  # u {op} v",
        f"arrow = dict(length_includes_head=True, head_width={hw}, head_length={round(hw * 1.5, 2)}, width={round(hw / 6, 3)})",
        f'ax.arrow(0, 0, u[0], u[1], color="{cu}", **arrow)',
        f'ax.arrow(0, 0, v[0], v[1], color="{cv}", **arrow)',
        f'ax.arrow(0, 0, w[0], w[1], color="{cw}", **arrow)',
    ]
    drawn = [np.array([[0, 0], u]), np.array([[0, 0], v]), np.array([[0, 0], w])]
    curves = []
    if op == "+":
        code += [
            "# the parallelogram",
            'ax.plot([u[0], w[0]], [u[1], w[1]], linestyle="--", color="gray", linewidth=1)',
            'ax.plot([v[0], w[0]], [v[1], w[1]], linestyle="--", color="gray", linewidth=1)',
        ]
        curves = [
            {"name": "side", "points": [u, w], "style": "dashed"},
            {"name": "side", "points": [v, w], "style": "dashed"},
        ]
        drawn += [np.array([u, w]), np.array([v, w])]
    code.append("")
    code.append("# names at the vector tips")
    fs = st.fontsize + 1
    dense = [np.linspace(d[0], d[-1], 20) for d in drawn]
    dense += tick_label_spots(st, lim, lim, step, step)
    for name, tip, col in (("u", u, cu), ("v", v, cv), (rname, w, cw)):
        off = offset_away(tip, dense, st, lim, lim, dist_pt=14 if name != rname else 20)
        code.append(label_code(name, tip, off, fs, col))
    code += finish_code()
    uv = np.array(u, float) @ np.array(v, float)
    n2 = w[0] ** 2 + w[1] ** 2
    pool = [
        ask(
            rng,
            (f"What are the components of {rname}?", f"Write {rname} in components."),
            point_text(*w),
            kind="free",
        ),
        ask(
            rng,
            (f"What is the length of {rname}?", f"What is the magnitude |{rname}|?"),
            sqrt_text(n2) if round(math.sqrt(n2)) ** 2 != n2 else math.sqrt(n2),
            kind="free" if round(math.sqrt(n2)) ** 2 != n2 else "float",
        ),
        ask(rng, ("What is the dot product u · v?",), uv),
        ask(
            rng,
            ("What is the angle between u and v in degrees?",),
            math.degrees(math.acos(uv / math.hypot(*u) / math.hypot(*v))),
        ),
    ]
    facts = {
        "vectors": [
            {"name": "u", "start": [0, 0], "end": u},
            {"name": "v", "start": [0, 0], "end": v},
            {"name": rname, "start": [0, 0], "end": w},
        ],
        "curves": curves,
        "labels": ["u", "v", rname],
        "extra": {
            "figure": "vector diagram on a square grid",
            "frame": st.frame,
            "u": u,
            "v": v,
            "op": op,
        },
    }
    params = {"u": str(u), "v": str(v), "op": op}
    qa = choose_qas(rng, pool)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)


# ----------------------------------------------------------------------------- two lines


def verify_line_pair(sample: Sample) -> list[str]:
    with Problems(parse=read_number) as p:
        P = {k: np.asarray(v, float) for k, v in sample.facts["points"].items()}
        (a, b), (c, d) = sample.facts["segments"]
        A, B, C, D = P[a], P[b], P[c], P[d]
        s1 = (B[1] - A[1]) / (B[0] - A[0])
        s2 = (D[1] - C[1]) / (D[0] - C[0])
        # intersection: solve A + t (B - A) = C + s (D - C)
        m = np.column_stack([B - A, C - D])
        t = np.linalg.solve(m, C - A)[0]
        X = A + t * (B - A)
        for qa in sample.qa:
            if "slope" in qa.question:
                p.close(qa, s1 if f"{a}{b}" in qa.question else s2)
            elif "intercept" in qa.question:
                p.close(qa, A[1] - s1 * A[0] if f"{a}{b}" in qa.question else C[1] - s2 * C[0])
            elif "perpendicular" in qa.question:
                p.equal(qa, "Yes" if abs(s1 * s2 + 1) < 1e-9 else "No")
            elif not np.allclose(read_vector(qa.answer), X, atol=0.02):
                p.wrong(qa, point_text(*X))
    return p.found


@template(
    "line_pair",
    family=FAMILY,
    parameters=(
        ParamSpec("letters", "str", help="names of the four lattice points"),
        ParamSpec("slopes", "str", help="the two slopes as fractions"),
        ParamSpec("crossing", "str", help="where the lines meet"),
        *style_params(),
    ),
    description="Two lines, each through two named lattice points, crossing at a lattice "
    "point; asks a slope, a y-intercept, the intersection or whether they are perpendicular.",
    verify=verify_line_pair,
)
def line_pair(rng: np.random.Generator) -> Sample:
    from fractions import Fraction

    from codepercept.synth.kit import frac_text

    st = sample_plot_style(rng, square=True)
    X = [int(c) for c in rng.integers(-2, 3, size=2)]
    dirs = [
        (1, 1),
        (1, 2),
        (2, 1),
        (1, -1),
        (1, -2),
        (2, -1),
        (1, 0),
        (1, 3),
        (3, 1),
        (2, 3),
        (3, -2),
    ]
    while True:
        d1, d2 = pick(rng, dirs), pick(rng, dirs)
        if d1[0] * d2[1] - d1[1] * d2[0] != 0 and d2[0] != 0:
            break
    if rng.random() < 0.35 and d1[1] != 0:  # make them perpendicular
        d2 = (d1[1], -d1[0]) if d1[1] > 0 else (-d1[1], d1[0])
    A_, B_, C_, D_ = letter_run(rng, 4)
    k = [int(pick(rng, (-2, -1))), int(pick(rng, (1, 2)))]
    j = [int(pick(rng, (-2, -1))), int(pick(rng, (1, 2)))]
    pts = {
        A_: [X[0] + k[0] * d1[0], X[1] + k[0] * d1[1]],
        B_: [X[0] + k[1] * d1[0], X[1] + k[1] * d1[1]],
        C_: [X[0] + j[0] * d2[0], X[1] + j[0] * d2[1]],
        D_: [X[0] + j[1] * d2[0], X[1] + j[1] * d2[1]],
    }
    allx = [p[0] for p in pts.values()]
    ally = [p[1] for p in pts.values()]
    lo, hi = math.floor(min(*allx, *ally, 0) - 1.5), math.ceil(max(*allx, *ally, 0) + 1.5)
    lim = (lo, hi)
    step = step_for(hi - lo)
    s1, s2 = Fraction(d1[1], d1[0]), Fraction(d2[1], d2[0])
    code = [
        "import matplotlib.pyplot as plt",
        "",
        *axes_code(st, lim, lim, step, step, equal=True),
        "",
    ]
    for (p, q), col in (((A_, B_), st.colors[0]), ((C_, D_), st.colors[1])):
        P, Q = np.array(pts[p], float), np.array(pts[q], float)
        t = np.array([-20.0, 20.0])
        ends = P + t[:, None] * (Q - P) / np.hypot(*(Q - P))
        code.append(
            f"ax.plot([{ends[0][0]:.3f}, {ends[1][0]:.3f}], [{ends[0][1]:.3f}, {ends[1][1]:.3f}], "
            f'color="{col}", linewidth={st.lw})'
        )
    code.append("")
    code.append("# named lattice points")
    lines = [
        np.array(pts[A_]) + np.linspace(-20, 20, 200)[:, None] * (np.array(pts[B_]) - pts[A_]) / 3,
        np.array(pts[C_]) + np.linspace(-20, 20, 200)[:, None] * (np.array(pts[D_]) - pts[C_]) / 3,
    ]
    for name, q in pts.items():
        code.append(f'ax.plot({q[0]}, {q[1]}, "o", color="black", markersize=5)')
        avoid = lines + tick_label_spots(st, lim, lim, step, step)
        code.append(label_code(name, q, offset_away(q, avoid, st, lim, lim), st.fontsize))
    code += finish_code()

    def ftext(f: Fraction):
        return int(f) if f.denominator == 1 else frac_text(f)

    icpt1 = Fraction(pts[A_][1]) - s1 * pts[A_][0]
    pool = [
        ask(
            rng,
            (f"What is the slope of line {A_}{B_}?",),
            ftext(s1),
            kind="free" if s1.denominator != 1 else "float",
        ),
        ask(
            rng, (f"Where do lines {A_}{B_} and {C_}{D_} intersect?",), point_text(*X), kind="free"
        ),
        ask(
            rng,
            (f"What is the y-intercept of line {A_}{B_}?",),
            ftext(icpt1),
            kind="free" if icpt1.denominator != 1 else "float",
        ),
        ask(
            rng,
            (f"Are lines {A_}{B_} and {C_}{D_} perpendicular? Answer Yes or No.",),
            "Yes" if s1 * s2 == -1 else "No",
            kind="choice",
        ),
    ]
    facts = {
        "points": {n: rounded_list(q) for n, q in pts.items()},
        "segments": [[A_, B_], [C_, D_]],
        "marks": [rounded_list(q) for q in pts.values()],
        "extra": {
            "figure": "pair of crossing lines through lattice points",
            "frame": st.frame,
            "crossing": X,
        },
    }
    params = {"letters": A_ + B_ + C_ + D_, "slopes": f"{s1}, {s2}", "crossing": str(X)}
    qa = choose_qas(rng, pool)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)
