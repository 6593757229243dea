"""Function graphs on a coordinate grid: a line meeting a parabola, the area a parabola
encloses with the x-axis or a line, a hyperbola with its asymptotes."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.analytic.common import (
    FAMILY,
    axes_code,
    curve_facts,
    finish_code,
    label_code,
    legend_above,
    legend_code,
    numpy_function,
    offset_away,
    point_text,
    poly_code,
    poly_text,
    sample_plot_style,
    sign_roots,
    step_for,
    style_params,
    tick_label_spots,
    view,
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
    rounded,
    rounded_list,
    sqrt_text,
)
from codepercept.synth.template import ParamSpec, Sample, template


def _grid(lo: float, hi: float, n: int = 201) -> np.ndarray:
    return np.linspace(lo, hi, n)


# ----------------------------------------------------------------------------- intersections


def verify_function_intersections(sample: Sample) -> list[str]:
    f = numpy_function(sample.code, "f")
    g = numpy_function(sample.code, "g")
    with Problems(parse=read_number) as p:
        xs = sign_roots(lambda x: f(x) - g(x), -30, 30)
        pts = [np.array([x, float(g(np.array([x]))[0])]) for x in xs]
        named = {k: np.asarray(v, float) for k, v in sample.facts["points"].items()}
        for name, q in named.items():
            p.drawn(any(np.allclose(q, r, atol=0.02) for r in pts), f"{name} is not on both curves")
        for qa in sample.qa:
            if "distance" in qa.question:
                p.close(qa, float(np.hypot(*(pts[-1] - pts[0]))))
            elif "sum of the x-coordinates" in qa.question:
                p.close(qa, sum(xs))
            elif "vertex" in qa.question:
                grid = np.linspace(-30, 30, 60001)
                up = np.sign(f(np.array([1e3]))[0])
                p.close(qa, float(grid[np.argmin(up * f(grid))]))
            else:
                name = next(n for n in named if f" {n}?" in qa.question)
                want = named[name]
                got = read_vector(qa.answer)
                if not np.allclose(got, want, atol=0.02):
                    p.wrong(qa, point_text(*want))
    return p.found


@template(
    "function_intersections",
    family=FAMILY,
    parameters=(
        ParamSpec(
            "a", "choice", choices=(-1.0, -0.5, 0.5, 1.0), help="parabola's leading coefficient"
        ),
        ParamSpec("r1", "int", -5, 2, help="x of the left intersection"),
        ParamSpec("r2", "int", -2, 5, help="x of the right intersection"),
        ParamSpec("slope", "int", -2, 2, help="slope of the line"),
        ParamSpec("intercept", "int", -3, 3, help="y-intercept of the line"),
        ParamSpec("letters", "str", help="names of the two intersection points"),
        *style_params(),
    ),
    description="A parabola f and a line g with their equations in the legend; the two "
    "intersection points are marked and named. Asks their coordinates, distance, the vertex.",
    verify=verify_function_intersections,
)
def function_intersections(rng: np.random.Generator) -> Sample:
    st = sample_plot_style(rng)
    a = float(pick(rng, (-1.0, -0.5, 0.5, 1.0)))
    r1 = int(rng.integers(-5, 2))
    r2 = int(rng.integers(max(r1 + 2, -2), 6))
    m, c = int(rng.integers(-2, 3)), int(rng.integers(-3, 4))
    P, Q = letter_run(rng, 2, ("PQ", "AB", "MN", "ST"))
    # f(x) = m x + c + a (x - r1)(x - r2)
    fc = [a, m - a * (r1 + r2), c + a * r1 * r2]
    gc = [m, c]
    xv = -fc[1] / (2 * a)
    yv = fc[0] * xv**2 + fc[1] * xv + fc[2]
    p1 = (r1, m * r1 + c)
    p2 = (r2, m * r2 + c)
    xlim, ylim, xs_, ys_ = view([r1 - 1.5, r2 + 1.5, xv], [p1[1], p2[1], yv], pad=1.2)
    x = _grid(xlim[0], xlim[1])
    fy, gy = np.polyval(fc, x), np.polyval(gc, x)
    names = {P: p1, Q: p2}
    above = legend_above(st, rng)
    code = [
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        "",
        "def f(x):",
        f"    return {poly_code(fc)}",
        "",
        "",
        "def g(x):",
        f"    return {poly_code(gc)}",
        "",
        "",
        *axes_code(st, xlim, ylim, xs_, ys_, legend_top=above),
        "",
        f"x = np.linspace({xlim[0]}, {xlim[1]}, 201)",
        f'ax.plot(x, f(x), color="{st.colors[0]}", linewidth={st.lw}, '
        f'label="f(x) = {poly_text(fc)}")',
        f'ax.plot(x, g(x), color="{st.colors[1]}", linewidth={st.lw}, '
        f'label="g(x) = {poly_text(gc)}")',
        "",
        "# intersection points",
    ]
    drawn = [np.column_stack([x, fy]), np.column_stack([x, gy])]
    drawn += tick_label_spots(st, xlim, ylim, xs_, ys_)
    for name, q in names.items():
        code.append(f'ax.plot({q[0]}, {q[1]}, "o", color="black", markersize=5)')
        code.append(label_code(name, q, offset_away(q, drawn, st, xlim, ylim), st.fontsize))
    code.append(legend_code(st, above))
    code += finish_code()
    dist2 = (r2 - r1) ** 2 * (1 + m * m)
    pool = [
        ask(
            rng,
            (
                f"What are the coordinates of the intersection point {Q}?",
                f"Where do the graphs of f and g meet at point {Q}?",
            ),
            point_text(*p2),
            kind="free",
        ),
        ask(rng, (f"What is the distance between {P} and {Q}?",), sqrt_text(dist2), kind="free")
        if round(math.sqrt(dist2)) ** 2 != dist2
        else ask(rng, (f"What is the distance between {P} and {Q}?",), math.sqrt(dist2)),
        ask(
            rng,
            ("What is the sum of the x-coordinates of the points where f and g intersect?",),
            r1 + r2,
        ),
        ask(rng, ("At what x-value is the vertex of the parabola f?",), xv),
    ]
    facts = {
        "points": {P: rounded_list(p1), Q: rounded_list(p2)},
        "marks": [rounded_list(p1), rounded_list(p2)],
        "curves": [
            curve_facts("f", x, fy, ylim),
            curve_facts("g", x, gy, ylim),
        ],
        "labels": [P, Q, f"f(x) = {poly_text(fc)}", f"g(x) = {poly_text(gc)}"],
        "extra": {
            "figure": "graph of a parabola and a line meeting at two points",
            "frame": st.frame,
            "f": fc,
            "g": gc,
            "xlim": list(xlim),
            "ylim": list(ylim),
        },
    }
    params = {"a": a, "r1": r1, "r2": r2, "slope": m, "intercept": c, "letters": P + Q}
    qa = choose_qas(rng, pool)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)


# ----------------------------------------------------------------------------- enclosed area


def _integral(fn, a: float, b: float, n: int = 20000) -> float:
    """Simpson's rule of ``fn`` over [a, b] (n even)."""
    x = np.linspace(a, b, n + 1)
    y = np.asarray(fn(x), dtype=float)
    h = (b - a) / n
    return float(h / 3 * (y[0] + y[-1] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum()))


def verify_parabola_area(sample: Sample) -> list[str]:
    f = numpy_function(sample.code, "f")
    g = numpy_function(sample.code, "g")
    with Problems(parse=read_number) as p:
        xs = sign_roots(lambda x: f(x) - g(x), -30, 30)
        area = abs(_integral(lambda x: f(x) - g(x), xs[0], xs[-1]))
        for qa in sample.qa:
            if "area" in qa.question:
                p.close(qa, area)
            elif "width" in qa.question:
                p.close(qa, xs[-1] - xs[0])
            else:
                xs_in = np.linspace(xs[0], xs[-1], 20001)
                p.close(qa, float(np.abs(f(xs_in) - g(xs_in)).max()))
    return p.found


@template(
    "parabola_area",
    family=FAMILY,
    parameters=(
        ParamSpec(
            "mode", "choice", choices=("axis", "line"), help="region against the x-axis or a line"
        ),
        ParamSpec("a", "choice", choices=(-2.0, -1.0, -0.5, 0.5, 1.0, 2.0)),
        ParamSpec("r1", "int", -6, 3, help="left end of the region"),
        ParamSpec("r2", "int", -3, 6, help="right end of the region"),
        ParamSpec("slope", "int", -2, 2, help="slope of the bounding line (mode line)"),
        ParamSpec("show_equation", "bool"),
        *style_params(),
    ),
    description="A parabola and the x-axis (or a line) with the region between them shaded; "
    "asks the area of the shaded region, its width or height.",
    verify=verify_parabola_area,
)
def parabola_area(rng: np.random.Generator) -> Sample:
    from fractions import Fraction

    from codepercept.synth.kit import frac_text

    st = sample_plot_style(rng)
    mode = str(pick(rng, ("axis", "line")))
    a = float(pick(rng, (-2.0, -1.0, -0.5, 0.5, 1.0, 2.0)))
    r1 = int(rng.integers(-6, 2))
    r2 = int(rng.integers(max(r1 + 2, -3), min(r1 + 7, 7)))
    m = int(rng.integers(-2, 3)) if mode == "line" else 0
    c = int(rng.integers(-2, 3)) if mode == "line" else 0
    show = bool(rng.random() < 0.6)
    gc = [m, c]
    fc = [a, m - a * (r1 + r2), c + a * r1 * r2]
    xv = (r1 + r2) / 2
    height = abs(a) * (r2 - r1) ** 2 / 4
    yv = float(np.polyval(fc, xv))
    xlim, ylim, xs_, ys_ = view([r1 - 1, r2 + 1], [yv, m * r1 + c, m * r2 + c], pad=1.0)
    x = _grid(xlim[0], xlim[1])
    fy, gy = np.polyval(fc, x), np.polyval(gc, x)
    eq = f"y = {poly_text(fc)}"
    if mode == "line":
        eq += f" and y = {poly_text(gc)}"
    title = eq if show else None
    shade = st.colors[2]
    code = [
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        "",
        "def f(x):",
        f"    return {poly_code(fc)}",
        "",
        "",
        "def g(x):",
        f"    return {poly_code(gc)}",
        "",
        "",
        *axes_code(st, xlim, ylim, xs_, ys_, title=title),
        "",
        f"x = np.linspace({xlim[0]}, {xlim[1]}, 201)",
        f'ax.plot(x, f(x), color="{st.colors[0]}", linewidth={st.lw})',
    ]
    if mode == "line":
        code.append(f'ax.plot(x, g(x), color="{st.colors[1]}", linewidth={st.lw})')
    code += [
        "",
        "# the region between the curves",
        f"xs = np.linspace({r1}, {r2}, 101)",
        f'ax.fill_between(xs, f(xs), g(xs), color="{shade}", alpha=0.3)',
    ]
    labels = []
    code += finish_code()
    area = Fraction(abs(a)).limit_denominator(4) * (r2 - r1) ** 3 / 6
    wrt = "the x-axis" if mode == "axis" else "the line"
    pool = [
        ask(
            rng,
            (
                "What is the area of the shaded region?",
                f"Find the area of the region enclosed by the parabola and {wrt}.",
            ),
            frac_text(area) if area.denominator != 1 else int(area),
            kind="free" if area.denominator != 1 else "float",
        ),
        ask(rng, ("What is the width of the shaded region along the x-axis?",), r2 - r1),
        ask(
            rng,
            (
                f"What is the greatest vertical distance between the parabola and {wrt} over the shaded region?",
            ),
            height,
        ),
    ]
    if not show:
        pool = pool[:2]
    curves = [curve_facts("f", x, fy, ylim)]
    if mode == "line":
        curves.append(curve_facts("g", x, gy, ylim))
    facts = {
        "curves": curves,
        "regions": [{"x": [r1, r2], "area": rounded(float(area), 4)}],
        "labels": ([eq] if show else []) + labels,
        "extra": {
            "figure": "graph of a parabola with a shaded region",
            "frame": st.frame,
            "f": fc,
            "g": gc,
            "mode": mode,
            "xlim": list(xlim),
            "ylim": list(ylim),
        },
    }
    params = {"mode": mode, "a": a, "r1": r1, "r2": r2, "slope": m, "show_equation": show}
    qa = choose_qas(rng, pool)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)


# ----------------------------------------------------------------------------- asymptotes


def _eq_value(answer: str) -> float:
    """The number of an answer such as 'x = -2'."""
    return read_number(answer.split("=")[-1])


def verify_rational_asymptotes(sample: Sample) -> list[str]:
    f = numpy_function(sample.code, "f")
    with Problems(parse=read_number) as p:
        grid = np.linspace(-20.0005, 20.0005, 400001)
        with np.errstate(divide="ignore", invalid="ignore"):
            vals = np.abs(f(grid))
        pole = float(grid[np.nanargmax(vals)])
        level = float(f(np.array([1e7]))[0])
        for qa in sample.qa:
            if "vertical" in qa.question:
                p.close(qa, pole, abs_tol=0.01, parse=_eq_value)
                p.drawn(qa.answer.startswith("x ="), "a vertical asymptote is written x = c")
            elif "horizontal" in qa.question:
                p.close(qa, level, abs_tol=0.01, parse=_eq_value)
                p.drawn(qa.answer.startswith("y ="), "a horizontal asymptote is written y = c")
            else:
                x0 = read_number(qa.question.split("f(")[1].split(")")[0])
                p.close(qa, float(f(np.array([x0]))[0]))
    return p.found


@template(
    "rational_asymptotes",
    family=FAMILY,
    parameters=(
        ParamSpec("k", "choice", choices=(-4, -3, -2, -1, 1, 2, 3, 4), help="numerator"),
        ParamSpec("p", "int", -3, 3, help="vertical asymptote x = p"),
        ParamSpec("q", "int", -3, 3, help="horizontal asymptote y = q"),
        ParamSpec("show_equation", "bool"),
        *style_params(),
    ),
    description="The hyperbola y = k/(x - p) + q in two branches with its asymptotes drawn "
    "dashed; asks the asymptotes and a function value.",
    verify=verify_rational_asymptotes,
)
def rational_asymptotes(rng: np.random.Generator) -> Sample:
    st = sample_plot_style(rng)
    k = int(pick(rng, (-4, -3, -2, -1, 1, 2, 3, 4)))
    pp, q = int(rng.integers(-3, 4)), int(rng.integers(-3, 4))
    show = bool(rng.random() < 0.5)
    dx, dy = (int(v) for v in rng.integers(-2, 3, size=2))  # the window is not centred
    half = int(pick(rng, (5, 6, 7)))
    xlim = (pp - half + dx, pp + half + dx)
    ylim = (q - half + dy, q + half + dy)
    if not xlim[0] < 0 < xlim[1]:
        xlim = (min(xlim[0], -1), max(xlim[1], 1))
    step = step_for(2 * half)
    x1 = np.linspace(xlim[0], pp - 0.1, 200)
    x2 = np.linspace(pp + 0.1, xlim[1], 200)
    y1, y2 = k / (x1 - pp) + q, k / (x2 - pp) + q
    den = f"x - {pp}" if pp > 0 else (f"x + {-pp}" if pp < 0 else "x")
    frac = f"{k}/({den})" if pp else f"{k}/x"
    eq = f"y = {frac}" + (f" + {q}" if q > 0 else (f" - {-q}" if q < 0 else ""))
    aux = st.colors[1]
    code = [
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        "",
        "def f(x):",
        f"    return {k} / (x - {pp}) + {q}",
        "",
        "",
        *axes_code(st, xlim, ylim, step, step, title=eq if show else None),
        "",
        "# the two branches, split at the pole",
        f"x1 = np.linspace({xlim[0]}, {pp - 0.1:g}, 200)",
        f"x2 = np.linspace({pp + 0.1:g}, {xlim[1]}, 200)",
        f'ax.plot(x1, f(x1), color="{st.colors[0]}", linewidth={st.lw})',
        f'ax.plot(x2, f(x2), color="{st.colors[0]}", linewidth={st.lw})',
        "",
        "# asymptotes",
        f'ax.plot([{pp}, {pp}], [{ylim[0]}, {ylim[1]}], linestyle="--", color="{aux}", linewidth=1.2)',
        f'ax.plot([{xlim[0]}, {xlim[1]}], [{q}, {q}], linestyle="--", color="{aux}", linewidth=1.2)',
        *finish_code(),
    ]
    x0 = pp + int(pick(rng, (-2, -1, 1, 2)))
    pool = [
        ask(
            rng,
            (
                "What is the equation of the vertical asymptote?",
                "Which vertical line does the graph approach?",
            ),
            f"x = {pp}",
            kind="free",
        ),
        ask(
            rng,
            (
                "What is the equation of the horizontal asymptote?",
                "Which horizontal line does the graph approach as x grows?",
            ),
            f"y = {q}",
            kind="free",
        ),
    ]
    if show:
        pool.append(ask(rng, (f"What is the value of f({x0})?",), k / (x0 - pp) + q))
    facts = {
        "curves": [
            curve_facts("left branch", x1, y1, ylim),
            curve_facts("right branch", x2, y2, ylim),
            {
                "name": "vertical asymptote",
                "points": [[pp, ylim[0]], [pp, ylim[1]]],
                "style": "dashed",
            },
            {
                "name": "horizontal asymptote",
                "points": [[xlim[0], q], [xlim[1], q]],
                "style": "dashed",
            },
        ],
        "labels": [eq] if show else [],
        "extra": {
            "figure": "graph of a hyperbola with its asymptotes",
            "frame": st.frame,
            "k": k,
            "p": pp,
            "q": q,
            "xlim": list(xlim),
            "ylim": list(ylim),
        },
    }
    params = {"k": k, "p": pp, "q": q, "show_equation": show}
    qa = choose_qas(rng, pool)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)
