"""An exponential function and its inverse logarithm, mirror images in the dashed line y = x,
with the points (1, b) and (b, 1) marked."""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from codepercept.synth.families.analytic.common import (
    FAMILY,
    axes_code,
    curve_facts,
    finish_code,
    label_code,
    legend_code,
    numpy_function,
    offset_away,
    point_text,
    sample_plot_style,
    style_params,
    tick_label_spots,
)
from codepercept.synth.kit import (
    Problems,
    any_first,
    ask,
    choose_qas,
    frac_text,
    letter_run,
    make_sample,
    pick,
    read_number,
    read_vector,
)
from codepercept.synth.template import ParamSpec, Sample, template

BASES = {"2": 2.0, "3": 3.0, "1/2": 0.5}


def verify_exp_log_graph(sample: Sample) -> list[str]:
    f = numpy_function(sample.code, "f")
    g = numpy_function(sample.code, "g")
    with Problems(parse=read_number) as p:
        xs = np.linspace(0.2, 4, 50)
        p.drawn(bool(np.allclose(g(f(xs)), xs)), "g undoes f (the curves are inverses)")
        base = float(f(np.array([1.0]))[0])
        for qa in sample.qa:
            q = qa.question
            if "base" in q:
                p.close(qa, base, rel=1e-6, abs_tol=1e-6)
            elif "coordinates" in q:
                name = q.rstrip("?").split()[-1]
                want = sample.facts["points"][name]
                on_f = abs(float(f(np.array([want[0]]))[0]) - want[1]) < 1e-6
                on_g = abs(float(g(np.array([want[0]]))[0]) - want[1]) < 1e-6
                p.drawn(on_f or on_g, f"{name} is on one of the curves")
                if not np.allclose(read_vector(qa.answer), want):
                    p.wrong(qa, point_text(*want))
            elif "g(" in q:
                x0 = read_number(q.split("g(")[1].split(")")[0])
                p.close(qa, float(g(np.array([x0]))[0]), rel=1e-6, abs_tol=1e-6)
            else:
                x0 = read_number(q.split("f(")[1].split(")")[0])
                p.close(qa, float(f(np.array([x0]))[0]), rel=1e-6, abs_tol=1e-6)
    return p.found


@template(
    "exp_log_graph",
    family=FAMILY,
    parameters=(
        ParamSpec("base", "choice", choices=tuple(BASES)),
        ParamSpec("show_equations", "bool", help="equations in the legend, or just f and g"),
        ParamSpec("letters", "str", help="names of the points (1, b) and (b, 1)"),
        *style_params(),
    ),
    description="An exponential f(x) = bˣ and its inverse g(x) = log_b x on a square grid, "
    "the mirror line y = x dashed, with (1, b) and (b, 1) marked; asks the base, a point's "
    "coordinates or a function value.",
    verify=verify_exp_log_graph,
)
def exp_log_graph(rng: np.random.Generator) -> Sample:
    st = sample_plot_style(rng, frames=("cross", "box"), square=True)
    key = str(pick(rng, tuple(BASES)))
    b = BASES[key]
    show = bool(rng.random() < 0.6)
    P, Q = letter_run(rng, 2, ("PQ", "AB", "MN"))
    lim = (-3, 8) if b > 1 else (-4, 7)
    x = np.linspace(lim[0], lim[1], 201)
    xl = np.linspace(0.02, lim[1], 201)
    fy, gy = b**x, np.log(xl) / np.log(b)
    p1, p2 = (1.0, b), (b, 1.0)
    b_code = "0.5" if key == "1/2" else key
    shown = "(1/2)" if key == "1/2" else key
    f_text = f"f(x) = ${shown}^x$" if show else "f"
    g_text = f"g(x) = $\\log_{{{shown}}} x$" if show else "g"
    above = st.frame == "cross" or bool(rng.random() < 0.4)
    code = [
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        "",
        "def f(x):",
        f"    return {b_code} ** x",
        "",
        "",
        "def g(x):",
        f"    return np.log(x) / np.log({b_code})",
        "",
        "",
        *axes_code(st, lim, lim, 1, 1, equal=True, legend_top=above),
        "",
        f"x = np.linspace({lim[0]}, {lim[1]}, 201)",
        f"xl = np.linspace(0.02, {lim[1]}, 201)",
        f'ax.plot(x, f(x), color="{st.colors[0]}", linewidth={st.lw}, label="{f_text}")',
        f'ax.plot(xl, g(xl), color="{st.colors[1]}", linewidth={st.lw}, label=r"{g_text}")',
        f'ax.plot([{lim[0]}, {lim[1]}], [{lim[0]}, {lim[1]}], linestyle="--", color="gray", linewidth=1)',
        "",
        "# a point of each curve, mirror images in y = x",
    ]
    drawn = [np.column_stack([x, fy]), np.column_stack([xl, gy]), np.column_stack([x, x])]
    drawn += tick_label_spots(st, lim, lim, 1, 1)
    for name, q in ((P, p1), (Q, p2)):
        code.append(f'ax.plot({q[0]:g}, {q[1]:g}, "o", color="black", markersize=5)')
        code.append(label_code(name, q, offset_away(q, drawn, st, lim, lim), st.fontsize))
    code.append(legend_code(st, above))
    code += finish_code()
    x0 = int(pick(rng, (-1, 2, 3)))
    y0 = {"2": (4, 8), "3": (9, 3), "1/2": (4, 2)}[key]
    fx0 = Fraction(key) ** x0
    pool = [
        ask(
            rng,
            ("What is the base b of the exponential f(x) = bˣ?",),
            key,
            kind="free" if key == "1/2" else "int",
        ),
        ask(rng, (f"What are the coordinates of the point {Q}?",), point_text(*p2), kind="free"),
        ask(
            rng,
            (f"What is f({x0})?",),
            frac_text(fx0),
            kind="free" if fx0.denominator > 1 else "int",
        ),
        ask(rng, (f"What is g({y0[0]})?", f"What is g({y0[1]})?"), 0.0),
    ]
    gq = pool[3].question
    arg = float(gq.split("g(")[1].split(")")[0])
    pool[3] = ask(rng, (gq,), float(np.log(arg) / np.log(b)))
    ylim = lim
    facts = {
        "points": {P: list(p1), Q: list(p2)},
        "marks": [list(p1), list(p2)],
        "curves": [
            curve_facts("f", x, fy, ylim),
            curve_facts("g", xl, gy, ylim),
            {
                "name": "mirror line",
                "points": [[lim[0], lim[0]], [lim[1], lim[1]]],
                "style": "dashed",
            },
        ],
        "labels": [P, Q, f_text, g_text],
        "extra": {"figure": "exponential curve and its inverse logarithm", "frame": st.frame},
    }
    params = {"base": key, "show_equations": show, "letters": P + Q}
    qa = choose_qas(rng, any_first(rng, pool))
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)
