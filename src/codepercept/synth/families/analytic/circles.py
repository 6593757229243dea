"""A circle on a coordinate grid through named lattice points, and the tangent line to a
parabola at a named point."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from codepercept.synth.families.analytic.common import (
    FAMILY,
    axes_code,
    curve_facts,
    finish_code,
    label_code,
    numpy_function,
    offset_away,
    point_text,
    poly_code,
    poly_text,
    sample_plot_style,
    step_for,
    style_params,
    tick_label_spots,
    view,
)
from codepercept.synth.kit import (
    Problems,
    ask,
    choose_qas,
    frac_text,
    letter_run,
    make_sample,
    pick,
    read_number,
    read_vector,
    rounded_list,
)
from codepercept.synth.template import ParamSpec, Sample, template

# ----------------------------------------------------------------------------- circle

#: Lattice offsets at integer distance from the centre: (dx, dy) with dx² + dy² = r².
ON_CIRCLE = {5: ((3, 4), (4, 3), (0, 5), (-3, 4), (-4, -3), (5, 0)), 4: ((0, 4), (4, 0), (0, -4)),
             3: ((3, 0), (0, 3), (-3, 0)), 2: ((2, 0), (0, -2))}  # fmt: skip


def verify_circle_equation(sample: Sample) -> list[str]:
    with Problems(parse=read_number) as p:
        pts = {k: np.asarray(v, float) for k, v in sample.facts["points"].items()}
        centre_name, on_name, test_name = sample.params["letters"]
        C, A, B = pts[centre_name], pts[on_name], pts[test_name]
        r = float(np.hypot(*(A - C)))
        circle = sample.facts["circles"][0]
        p.drawn(abs(circle["radius"] - r) < 1e-6, "the drawn circle passes through the point")
        for qa in sample.qa:
            if "radius" in qa.question:
                p.close(qa, r)
            elif "centre" in qa.question:
                if not np.allclose(read_vector(qa.answer), C):
                    p.wrong(qa, point_text(*C))
            elif "inside" in qa.question:
                d = float(np.hypot(*(B - C)))
                p.equal(qa, "inside" if d < r - 1e-9 else "outside" if d > r + 1e-9 else "on")
            else:
                p.close(qa, math.pi * r * r, rel=0.005)
    return p.found


@template(
    "circle_equation",
    family=FAMILY,
    parameters=(
        ParamSpec("radius", "int", 2, 5),
        ParamSpec("h", "int", -3, 3, help="centre x"),
        ParamSpec("k", "int", -3, 3, help="centre y"),
        ParamSpec(
            "letters", "str", help="names of the centre, a point on the circle, a test point"
        ),
        *style_params(),
    ),
    description="A circle on a square grid with its centre and a point on it marked at "
    "lattice points, and a third named point; asks the radius, the centre, the area or "
    "whether the third point is inside, on or outside.",
    verify=verify_circle_equation,
)
def circle_equation(rng: np.random.Generator) -> Sample:
    st = sample_plot_style(rng, square=True)
    r = int(pick(rng, (2, 3, 4, 5)))
    h, k = int(rng.integers(-3, 4)), int(rng.integers(-3, 4))
    C, A, B = letter_run(rng, 3, ("CAB", "OPQ", "MAB", "OKL"))
    dx, dy = pick(rng, ON_CIRCLE[r])
    on = (h + dx, k + dy)
    while True:
        bx, by = (int(v) for v in rng.integers(-r - 1, r + 2, size=2))
        if (bx, by) not in ((0, 0), (dx, dy)):
            break
    test = (h + bx, k + by)
    lim_lo = math.floor(min(h - r, k - r, 0) - 1.5)
    lim_hi = math.ceil(max(h + r, k + r, 0) + 1.5)
    lim = (lim_lo, lim_hi)
    step = step_for(lim_hi - lim_lo)
    t = np.linspace(0, 2 * np.pi, 121)
    ring = np.column_stack([h + r * np.cos(t), k + r * np.sin(t)])
    code = [
        "import matplotlib.pyplot as plt",
        "import matplotlib.patches as patches",
        "",
        *axes_code(st, lim, lim, step, step, equal=True),
        "",
        f'ax.add_patch(patches.Circle(({h}, {k}), {r}, fill=False, edgecolor="{st.colors[0]}", '
        f"linewidth={st.lw}))",
        "",
        "# named lattice points",
    ]
    avoid = [ring, *tick_label_spots(st, lim, lim, step, step)]
    for name, q in ((C, (h, k)), (A, on), (B, test)):
        code.append(f'ax.plot({q[0]}, {q[1]}, "o", color="black", markersize=5)')
        code.append(label_code(name, q, offset_away(q, avoid, st, lim, lim), st.fontsize))
    code += finish_code()
    d2 = bx * bx + by * by
    where = "inside" if d2 < r * r else "outside" if d2 > r * r else "on"
    pool = [
        ask(rng, ("What is the radius of the circle?", f"How long is the radius {C}{A}?"), r),
        ask(rng, (f"What are the coordinates of the centre {C}?",), point_text(h, k), kind="free"),
        ask(
            rng,
            (f"Is point {B} inside, on or outside the circle? Answer inside, on or outside.",),
            where,
            kind="choice",
        ),
        ask(rng, ("What is the area of the circle (to two decimals)?",), math.pi * r * r),
    ]
    facts = {
        "points": {C: [h, k], A: list(on), B: list(test)},
        "marks": [[h, k], list(on), list(test)],
        "circles": [{"center": [h, k], "radius": r}],
        "extra": {"figure": "circle on a square grid", "frame": st.frame},
    }
    params = {"radius": r, "h": h, "k": k, "letters": C + A + B}
    qa = choose_qas(rng, pool)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)


# ----------------------------------------------------------------------------- tangent


def verify_tangent_line(sample: Sample) -> list[str]:
    f = numpy_function(sample.code, "f")
    with Problems(parse=read_number) as p:
        ((name, P),) = sample.facts["points"].items()
        x0 = float(P[0])
        eps = 1e-5
        slope = float((f(np.array([x0 + eps])) - f(np.array([x0 - eps])))[0] / (2 * eps))
        y0 = float(f(np.array([x0]))[0])
        p.drawn(abs(y0 - P[1]) < 1e-6, f"{name} is on the curve")
        tangent = next(c for c in sample.facts["curves"] if c["name"] == "tangent")
        (ax_, ay), (bx, by) = tangent["points"][0], tangent["points"][-1]
        p.drawn(
            abs((by - ay) / (bx - ax_) - slope) < 1e-3, "the drawn line has the derivative's slope"
        )
        for qa in sample.qa:
            if "slope" in qa.question or "f'(" in qa.question:
                p.close(qa, slope, abs_tol=1e-6)
            elif "y-intercept" in qa.question:
                p.close(qa, y0 - slope * x0, abs_tol=1e-6)
            else:
                p.close(qa, x0 - y0 / slope, abs_tol=1e-6)
    return p.found


@template(
    "tangent_line",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "choice", choices=(-1.0, -0.5, 0.5, 1.0)),
        ParamSpec("b", "int", -2, 2),
        ParamSpec("c", "int", -3, 3),
        ParamSpec("x0", "int", -3, 3, help="where the tangent touches"),
        ParamSpec("letter", "str", help="name of the point of tangency"),
        *style_params(),
    ),
    description="A parabola with its equation in the legend and its tangent line (dashed) at "
    "a named point; asks the tangent's slope, y-intercept or x-intercept.",
    verify=verify_tangent_line,
)
def tangent_line(rng: np.random.Generator) -> Sample:
    st = sample_plot_style(rng)
    a = float(pick(rng, (-1.0, -0.5, 0.5, 1.0)))
    b, c = int(rng.integers(-2, 3)), int(rng.integers(-3, 4))
    while True:
        x0 = int(rng.integers(-3, 4))
        slope = 2 * a * x0 + b
        if slope != 0:
            break
    fc = [a, b, c]
    y0 = a * x0 * x0 + b * x0 + c
    icpt = y0 - slope * x0
    P = str(pick(rng, ("P", "T", "A", "M")))
    xv = -b / (2 * a)
    xlim, ylim, xs_, ys_ = view([x0 - 3, x0 + 3, xv], [y0, a * xv * xv + b * xv + c], pad=1.5)
    x = np.linspace(xlim[0], xlim[1], 201)
    fy = np.polyval(fc, x)
    ty = slope * x + icpt
    above = True  # legend above the axes: the tangent crosses the whole window
    code = [
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        "",
        "def f(x):",
        f"    return {poly_code(fc)}",
        "",
        "",
        *axes_code(st, xlim, ylim, xs_, ys_, legend_top=above),
        "",
        f"x = np.linspace({xlim[0]}, {xlim[1]}, 201)",
        f'ax.plot(x, f(x), color="{st.colors[0]}", linewidth={st.lw}, label="y = {poly_text(fc)}")',
        f"slope = {slope:g}  # f'({x0})",
        f'ax.plot(x, f({x0}) + slope * (x - {x0}), linestyle="--", color="{st.colors[1]}", '
        f'linewidth=1.4, label="tangent at {P}")',
        f'ax.plot({x0}, f({x0}), "o", color="black", markersize=5)',
    ]
    drawn = [np.column_stack([x, fy]), np.column_stack([x, ty])]
    drawn += tick_label_spots(st, xlim, ylim, xs_, ys_)
    code.append(label_code(P, (x0, y0), offset_away((x0, y0), drawn, st, xlim, ylim), st.fontsize))
    code.append(
        f'ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.01), ncol=2, '
        f"fontsize={st.fontsize - 1}, frameon=False)"
    )
    code += finish_code()
    root = Fraction(x0) - Fraction(y0).limit_denominator(8) / Fraction(slope).limit_denominator(8)
    pool = [
        ask(rng, (f"What is the slope of the tangent line at {P}?", f"What is f'({x0})?"), slope),
        ask(rng, ("What is the y-intercept of the tangent line?",), icpt),
        ask(
            rng,
            ("At what x does the tangent line cross the x-axis?",),
            frac_text(root) if root.denominator > 1 else int(root),
            kind="free" if root.denominator > 1 else "float",
        ),
    ]
    facts = {
        "points": {P: [x0, rounded_list([y0])[0]]},
        "marks": [[x0, rounded_list([y0])[0]]],
        "curves": [
            curve_facts("f", x, fy, ylim),
            {
                "name": "tangent",
                "points": [rounded_list(q, 4) for q in ((xlim[0], ty[0]), (xlim[1], ty[-1]))],
                "style": "dashed",
            },
        ],
        "labels": [P, f"y = {poly_text(fc)}", f"tangent at {P}"],
        "extra": {"figure": "parabola with a tangent line", "frame": st.frame, "f": fc},
    }
    params = {"a": a, "b": b, "c": c, "x0": x0, "letter": P}
    qa = choose_qas(rng, pool)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)
