"""Conic sections with their foci: an ellipse or a hyperbola (with dashed asymptotes), centred
anywhere, with horizontal or vertical major axis and its equation in the title."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.analytic.common import (
    FAMILY,
    axes_code,
    curve_facts,
    finish_code,
    label_code,
    point_text,
    sample_plot_style,
    step_for,
    style_params,
)
from codepercept.synth.kit import (
    Problems,
    any_first,
    ask,
    choose_qas,
    make_sample,
    num_text,
    pick,
    read_number,
    read_vector,
    rounded_list,
    sqrt_text,
)
from codepercept.synth.template import ParamSpec, Sample, template


def fit_axis_conic(points: np.ndarray) -> dict[str, float]:
    """Centre and signed squared semi-axes of an axis-aligned conic through ``points``:
    fits A x² + C y² + D x + E y + F = 0 by least squares (the null vector of the design)."""
    x, y = points[:, 0], points[:, 1]
    design = np.column_stack([x * x, y * y, x, y, np.ones_like(x)])
    A, C, D, E, F = np.linalg.svd(design)[2][-1]
    h, k = -D / (2 * A), -E / (2 * C)
    G = A * h * h + C * k * k - F
    return {"h": h, "k": k, "ax2": G / A, "ay2": G / C}


def verify_conic_foci(sample: Sample) -> list[str]:
    with Problems(parse=read_number) as p:
        pts = np.concatenate(
            [
                np.asarray(c["points"], float)
                for c in sample.facts["curves"]
                if c["style"] == "solid"
            ]
        )
        fit = fit_axis_conic(pts)
        ax2, ay2 = fit["ax2"], fit["ay2"]
        if ax2 > 0 and ay2 > 0:  # ellipse: the longer semi-axis is the major one
            a2, b2 = max(ax2, ay2), min(ax2, ay2)
            c = math.sqrt(a2 - b2)
            along_x = ax2 > ay2
        else:  # hyperbola: the positive term is the transverse axis
            a2, b2 = max(ax2, ay2), -min(ax2, ay2)
            c = math.sqrt(a2 + b2)
            along_x = ax2 > 0
        centre = np.array([fit["h"], fit["k"]])
        step = np.array([c, 0.0]) if along_x else np.array([0.0, c])
        foci = [centre - step, centre + step]
        named = {k: np.asarray(v, float) for k, v in sample.facts["points"].items()}
        for name, q in named.items():
            p.drawn(any(np.allclose(q, f, atol=0.02) for f in foci), f"{name} is not a focus")
        for qa in sample.qa:
            if "eccentricity" in qa.question:
                p.close(qa, c / math.sqrt(a2))
            elif "distance between the foci" in qa.question:
                p.close(qa, 2 * c)
            elif "transverse" in qa.question or "major axis" in qa.question:
                p.close(qa, 2 * math.sqrt(a2))
            elif "coordinates" in qa.question:
                name = qa.question.rstrip("?").split()[-1]
                if not np.allclose(read_vector(qa.answer), named[name], atol=0.02):
                    p.wrong(qa, point_text(*named[name]))
            else:
                p.close(qa, 2 * math.sqrt(b2))
    return p.found


def _shifted(var: str, c: int) -> str:
    if c == 0:
        return f"{var}²"
    return f"({var} - {c})²" if c > 0 else f"({var} + {-c})²"


@template(
    "conic_foci",
    family=FAMILY,
    parameters=(
        ParamSpec("conic", "choice", choices=("ellipse", "hyperbola")),
        ParamSpec("a", "int", 2, 6, help="semi-axis along the focal axis"),
        ParamSpec("b", "int", 1, 5, help="the other semi-axis"),
        ParamSpec("h", "int", -3, 3, help="centre x"),
        ParamSpec("k", "int", -3, 3, help="centre y"),
        ParamSpec("vertical", "bool", help="focal axis vertical"),
        ParamSpec("letters", "str", help="names of the foci"),
        *style_params(),
    ),
    description="An ellipse or a hyperbola (with dashed asymptotes) with its equation as "
    "title and both foci marked and named; asks eccentricity, focal distance, axis lengths "
    "or a focus' coordinates.",
    verify=verify_conic_foci,
)
def conic_foci(rng: np.random.Generator) -> Sample:
    st = sample_plot_style(rng, square=True)
    conic = str(pick(rng, ("ellipse", "hyperbola")))
    a = int(rng.integers(2, 7))
    b = int(rng.integers(1, a)) if conic == "ellipse" else int(rng.integers(1, 6))
    h, k = int(rng.integers(-3, 4)), int(rng.integers(-3, 4))
    vertical = bool(rng.random() < 0.4)
    F1, F2 = pick(rng, (("F1", "F2"), ("F", "F'"), ("S", "S'")))
    c2 = a * a - b * b if conic == "ellipse" else a * a + b * b
    c = math.sqrt(c2)
    ux, uy = (0.0, 1.0) if vertical else (1.0, 0.0)
    foci = [(h - c * ux, k - c * uy), (h + c * ux, k + c * uy)]
    # the focal semi-axis a runs along x unless vertical
    sx, sy = (b, a) if vertical else (a, b)
    sign = "+" if conic == "ellipse" else "-"
    first, second = (
        (("y", k, a), ("x", h, b))
        if vertical and conic == "hyperbola"
        else (("x", h, sx), ("y", k, sy))
    )
    eq = f"{_shifted(first[0], first[1])}/{first[2] ** 2} {sign} {_shifted(second[0], second[1])}/{second[2] ** 2} = 1"
    ext = max(sx, sy, c) + 1.5 if conic == "ellipse" else max(a + 4, c + 1.5)
    xlim = (math.floor(min(h - ext, -1)), math.ceil(max(h + ext, 1)))
    ylim = (math.floor(min(k - ext, -1)), math.ceil(max(k + ext, 1)))
    span = max(xlim[1] - xlim[0], ylim[1] - ylim[0])
    step = step_for(span)
    code = [
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        *axes_code(st, xlim, ylim, step, step, equal=True, title=eq),
        "",
    ]
    curves = []
    drawn = []
    if conic == "ellipse":
        t = np.linspace(0, 2 * np.pi, 241)
        x, y = h + sx * np.cos(t), k + sy * np.sin(t)
        code += [
            "t = np.linspace(0, 2 * np.pi, 241)",
            f'ax.plot({h} + {sx} * np.cos(t), {k} + {sy} * np.sin(t), color="{st.colors[0]}", linewidth={st.lw})',
        ]
        curves.append(curve_facts("ellipse", x, y, ylim, n=16))
        drawn.append(np.column_stack([x, y]))
    else:
        t = np.linspace(-2.2, 2.2, 121)
        code.append("t = np.linspace(-2.2, 2.2, 121)")
        for side in (1, -1):
            if vertical:
                x, y = h + b * np.sinh(t), k + side * a * np.cosh(t)
                line = f"ax.plot({h} + {b} * np.sinh(t), {k} + {side * a} * np.cosh(t)"
            else:
                x, y = h + side * a * np.cosh(t), k + b * np.sinh(t)
                line = f"ax.plot({h} + {side * a} * np.cosh(t), {k} + {b} * np.sinh(t)"
            code.append(f'{line}, color="{st.colors[0]}", linewidth={st.lw})')
            curves.append(curve_facts("branch", x, y, ylim, n=12))
            drawn.append(np.column_stack([x, y]))
        slope = a / b if vertical else b / a
        code.append("# asymptotes")
        for s in (slope, -slope):
            xa = np.array([xlim[0], xlim[1]], float)
            ya = k + s * (xa - h)
            code.append(
                f"ax.plot([{xlim[0]}, {xlim[1]}], [{num_text(ya[0], 4)}, {num_text(ya[1], 4)}], "
                f'linestyle="--", color="{st.colors[1]}", linewidth=1.1)'
            )
            curves.append(
                {
                    "name": "asymptote",
                    "points": [rounded_list(p, 4) for p in zip(xa, ya, strict=True)],
                    "style": "dashed",
                }
            )
    code.append("")
    code.append("# foci")
    for name, f in zip((F1, F2), foci, strict=True):
        code.append(
            f'ax.plot({num_text(f[0], 4)}, {num_text(f[1], 4)}, "o", color="black", markersize=5)'
        )
        off = (0, -13) if not vertical else (13, 0)
        code.append(label_code(name, f, off, st.fontsize))
    code += finish_code()
    axis_name = "major axis" if conic == "ellipse" else "transverse axis"
    other_name = "minor axis" if conic == "ellipse" else "conjugate axis"
    e_text = num_text(c / a)
    pool = [
        ask(
            rng, ("What is the eccentricity of the conic (to two decimals)?",), e_text, kind="float"
        ),
        ask(
            rng,
            (f"What is the distance between the foci {F1} and {F2}?",),
            sqrt_text(4 * c2) if round(c) ** 2 != c2 else 2 * round(c),
            kind="free" if round(c) ** 2 != c2 else "float",
        ),
        ask(rng, (f"What is the length of the {axis_name}?",), 2 * a),
        ask(rng, (f"What is the length of the {other_name}?",), 2 * b),
    ]
    if round(c) ** 2 == c2:
        pool.append(
            ask(
                rng,
                (f"What are the coordinates of the focus {F2}?",),
                point_text(*foci[1]),
                kind="free",
            )
        )
    pool = any_first(rng, pool)
    facts = {
        "points": {F1: rounded_list(foci[0], 4), F2: rounded_list(foci[1], 4)},
        "marks": [rounded_list(foci[0], 4), rounded_list(foci[1], 4)],
        "curves": curves,
        "labels": [eq, F1, F2],
        "extra": {
            "figure": f"{conic} and its foci",
            "frame": st.frame,
            "conic": conic,
            "a": a,
            "b": b,
            "c2": c2,
            "centre": [h, k],
            "vertical": vertical,
        },
    }
    params = {
        "conic": conic,
        "a": a,
        "b": b,
        "h": h,
        "k": k,
        "vertical": vertical,
        "letters": F1 + F2,
    }
    qa = choose_qas(rng, pool)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)
