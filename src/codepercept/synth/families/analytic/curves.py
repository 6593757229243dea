"""Curves beyond y = f(x) on a grid: a piecewise function with open and closed endpoints,
and polar curves (roses and limaçons) on polar axes."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.analytic.common import (
    FAMILY,
    axes_code,
    finish_code,
    numpy_function,
    sample_plot_style,
    step_for,
    style_params,
)
from codepercept.synth.kit import (
    Problems,
    any_first,
    ask,
    choose_qas,
    line_in,
    make_sample,
    pick,
    read_number,
    rounded_list,
    text_width_in,
)
from codepercept.synth.kit.margins import PAD_IN
from codepercept.synth.template import ParamSpec, Sample, template

# ----------------------------------------------------------------------------- piecewise


def verify_piecewise_function(sample: Sample) -> list[str]:
    with Problems(parse=read_number) as p:
        left, right = (np.asarray(c["points"], float) for c in sample.facts["curves"])
        b = float(left[:, 0].max())
        lim_l = float(left[np.argmax(left[:, 0]), 1])
        lim_r = float(right[np.argmin(right[:, 0]), 1])
        filled = sample.facts["extra"]["filled"]
        value = float(filled[1])
        p.drawn(abs(filled[0] - b) < 1e-6, "the filled dot sits at the break")
        for qa in sample.qa:
            if "left" in qa.question:
                p.close(qa, lim_l)
            elif "right" in qa.question:
                p.close(qa, lim_r)
            elif "continuous" in qa.question:
                p.equal(
                    qa, "Yes" if abs(lim_l - lim_r) < 1e-6 and abs(value - lim_l) < 1e-6 else "No"
                )
            else:
                p.close(qa, value)
    return p.found


@template(
    "piecewise_function",
    family=FAMILY,
    parameters=(
        ParamSpec("break_x", "int", -2, 2, help="where the pieces meet"),
        ParamSpec("left", "str", help="left piece: linear coefficients [m, c]"),
        ParamSpec("right", "str", help="right piece: polynomial coefficients"),
        ParamSpec("closed_side", "choice", choices=("left", "right")),
        ParamSpec("continuous", "bool"),
        *style_params(),
    ),
    description="A piecewise function of a line and a line or parabola meeting at x = b, with "
    "a filled and an open endpoint; asks the one-sided limits, f(b) and continuity.",
    verify=verify_piecewise_function,
)
def piecewise_function(rng: np.random.Generator) -> Sample:
    st = sample_plot_style(rng)
    b = int(rng.integers(-2, 3))
    m1 = int(pick(rng, (-2, -1, 1, 2)))
    yl = int(rng.integers(-3, 4))
    continuous = bool(rng.random() < 0.35)
    yr = yl if continuous else yl + int(pick(rng, (-4, -3, -2, 2, 3, 4)))
    quad = bool(rng.random() < 0.5)
    left = [m1, yl - m1 * b]
    if quad:  # y = s (x - b)^2 + d (x - b) + yr
        s = float(pick(rng, (-1.0, -0.5, 0.5, 1.0)))
        d = int(rng.integers(-1, 2))
        right = [s, d - 2 * s * b, s * b * b - d * b + yr]
    else:
        m2 = int(pick(rng, (-2, -1, 0, 1, 2)))
        right = [m2, yr - m2 * b]
    closed = str(pick(rng, ("left", "right")))
    xlim = (b - 5, b + 5)
    xl = np.linspace(xlim[0], b, 101)
    xr = np.linspace(b, xlim[1], 101)
    ly, ry = np.polyval(left, xl), np.polyval(right, xr)
    ys = np.concatenate([ly, ry])
    lo = max(float(ys.min()), yl - 8, yr - 8)
    hi = min(float(ys.max()), yl + 8, yr + 8)
    ylim = (math.floor(min(lo, -1) - 1), math.ceil(max(hi, 1) + 1))
    col = st.colors[0]
    fv = yl if closed == "left" else yr
    code = [
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        *axes_code(st, xlim, ylim, step_for(10), step_for(ylim[1] - ylim[0])),
        "",
        f"xl = np.linspace({xlim[0]}, {b}, 101)",
        f"xr = np.linspace({b}, {xlim[1]}, 101)",
        f'ax.plot(xl, np.polyval({left}, xl), color="{col}", linewidth={st.lw})',
        f'ax.plot(xr, np.polyval({right}, xr), color="{col}", linewidth={st.lw})',
        "",
        "# endpoints at the break: filled = included, open = excluded",
        f'ax.plot({b}, {fv}, "o", color="{col}", markersize=7)',
    ]
    marks = [[b, fv]]
    if not continuous:
        ov = yr if closed == "left" else yl
        code.append(
            f'ax.plot({b}, {ov}, "o", markerfacecolor="white", markeredgecolor="{col}", '
            "markersize=7, markeredgewidth=1.5)"
        )
        marks.append([b, ov])
    code += finish_code()

    def inside(xs: np.ndarray, ys: np.ndarray) -> list[list[float]]:
        keep = [i for i in np.linspace(0, 100, 11).astype(int) if ylim[0] <= ys[i] <= ylim[1]]
        keep = sorted(set(keep) | {100 if xs[100] == b else 0})
        return [rounded_list((xs[i], ys[i]), 4) for i in keep]

    pool = [
        ask(rng, (f"What is the value of f({b})?", f"What is f({b})?"), fv),
        ask(rng, (f"What is the limit of f(x) as x approaches {b} from the left?",), yl),
        ask(rng, (f"What is the limit of f(x) as x approaches {b} from the right?",), yr),
        ask(
            rng,
            (f"Is the function continuous at x = {b}? Answer Yes or No.",),
            "Yes" if continuous else "No",
            kind="choice",
        ),
    ]
    pool = any_first(rng, pool)
    facts = {
        "curves": [
            {"name": "left piece", "points": inside(xl, ly), "style": "solid"},
            {"name": "right piece", "points": inside(xr, ry), "style": "solid"},
        ],
        "marks": marks,
        "extra": {
            "figure": "graph of a piecewise function with a break point",
            "frame": st.frame,
            "break": b,
            "filled": [b, fv],
            "left": left,
            "right": right,
        },
    }
    params = {
        "break_x": b,
        "left": str(left),
        "right": str(right),
        "closed_side": closed,
        "continuous": continuous,
    }
    qa = choose_qas(rng, pool)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)


# ----------------------------------------------------------------------------- polar


def _petal_tips(r_of, n: int = 72001) -> list[float]:
    """Directions (radians) of the distinct tips where |r| peaks, by brute force."""
    t = np.linspace(-0.1, 2 * np.pi + 0.1, n)  # past both ends: a tip at 0 is a peak too
    r = np.asarray(r_of(t), dtype=float)
    ar = np.abs(r)
    peak = (ar[1:-1] >= ar[:-2]) & (ar[1:-1] > ar[2:]) & (ar[1:-1] > 0.5 * ar.max())
    idx = np.flatnonzero(peak) + 1
    dirs = np.mod(np.where(r[idx] < 0, t[idx] + np.pi, t[idx]), 2 * np.pi)
    tips: list[float] = []
    for d in sorted(dirs):
        if not any(min(abs(d - e), 2 * np.pi - abs(d - e)) < 1e-2 for e in tips):
            tips.append(float(d))
    return tips


def verify_polar_curve(sample: Sample) -> list[str]:
    r_of = numpy_function(sample.code, "r_of")
    with Problems(parse=read_number) as p:
        t = np.linspace(0, 2 * np.pi, 72001)
        r = np.abs(np.asarray(r_of(t), dtype=float))
        for qa in sample.qa:
            if "petals" in qa.question:
                p.close(qa, len(_petal_tips(r_of)))
            elif "greatest" in qa.question or "farthest" in qa.question:
                p.close(qa, float(r.max()))
            else:
                p.close(qa, float(r.min()))
    return p.found


@template(
    "polar_curve",
    family=FAMILY,
    parameters=(
        ParamSpec("curve", "choice", choices=("rose", "limacon")),
        ParamSpec("a", "int", 2, 5),
        ParamSpec("k", "int", 2, 6, help="rose: petal frequency"),
        ParamSpec("b", "int", 1, 7, help="limaçon: cosine or sine coefficient (b > a: inner loop)"),
        ParamSpec("trig", "choice", choices=("cos", "sin")),
        ParamSpec("compass", "bool", help="zero angle at the top, angles clockwise"),
        *style_params(),
    ),
    description="A rose r = a cos(kθ) or a limaçon r = a + b cos θ on polar axes with its "
    "equation as title; asks the number of petals or the largest / smallest distance from the pole.",
    verify=verify_polar_curve,
)
def polar_curve(rng: np.random.Generator) -> Sample:
    st = sample_plot_style(rng, frames=("box",), square=True)
    curve = str(pick(rng, ("rose", "limacon")))
    trig = str(pick(rng, ("cos", "sin")))
    a = int(rng.integers(2, 6))
    compass = bool(rng.random() < 0.3)
    params: dict = {"curve": curve, "a": a, "trig": trig, "compass": compass}
    if curve == "rose":
        k = int(rng.integers(2, 7))
        params |= {"k": k}
        expr, title = f"{a} * np.{trig}({k} * theta)", f"r = {a}{trig}({k}θ)"
        rmax = a
        petals = k if k % 2 else 2 * k
    else:
        b = int(rng.integers(1, a + 3))
        params |= {"b": b}
        expr = f"{a} + {b} * np.{trig}(theta)"
        title = f"r = {a} + {b if b > 1 else ''}{trig}θ"
        rmax, petals = a + b, 0
    theta = np.linspace(0, 2 * np.pi, 241)
    r = eval_polar(curve, trig, a, params.get("k", 1), params.get("b", 0), theta)
    th_draw = np.where(r < 0, theta + np.pi, theta)
    code = [
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        "",
        "def r_of(theta):",
        f"    return {expr}",
        "",
        "",
        f'fig, ax = plt.subplots(figsize=({st.figsize[0]}, {st.figsize[1]}), subplot_kw={{"projection": "polar"}})',
        "theta = np.linspace(0, 2 * np.pi, 241)",
        "r = r_of(theta)",
        "# a negative radius points the opposite way",
        f'ax.plot(np.where(r < 0, theta + np.pi, theta), np.abs(r), color="{st.colors[0]}", linewidth={st.lw})',
        f"ax.set_rmax({rmax})",
        f"ax.set_rticks({list(range(1, rmax + 1)) if rmax <= 5 else list(range(2, rmax + 1, 2))})",
        "ax.set_rlabel_position(100)",
        *(['ax.set_theta_zero_location("N")', "ax.set_theta_direction(-1)"] if compass else []),
        f"ax.tick_params(labelsize={st.fontsize - 1})",
        f'ax.set_title("{title}", fontsize={st.fontsize + 2}, pad=14)',
        _polar_margins(st),
        *finish_code(),
    ]
    pool = []
    if curve == "rose":
        pool.append(
            ask(
                rng,
                ("How many petals does the rose have?", "How many petals does this curve have?"),
                petals,
            )
        )
    pool.append(
        ask(
            rng,
            (
                "What is the greatest distance of the curve from the pole?",
                "How far from the pole is the farthest point of the curve?",
            ),
            rmax,
        )
    )
    if curve == "limacon":
        pool.append(
            ask(
                rng,
                ("What is the smallest distance of the curve from the pole?",),
                max(a - params["b"], 0),
            )
        )
    idx = np.linspace(0, 240, 25).astype(int)
    facts = {
        "curves": [
            {
                "name": title,
                "points": [rounded_list((th_draw[i], abs(r[i])), 4) for i in idx],
                "style": "solid",
            }
        ],
        "labels": [title],
        "projection": "2d",
        "extra": {
            "figure": ("rose curve" if curve == "rose" else "limaçon") + " on polar axes",
            "curve": curve,
            "petals": petals,
            "rmax": rmax,
        },
    }
    qa = choose_qas(rng, pool, k_max=2)
    return make_sample(params | {"style": st.as_params()}, "\n".join(code) + "\n", facts, qa)


def _polar_margins(st) -> str:
    """Room for the angle labels around the circle and the title above it."""
    w, h = st.figsize
    side = PAD_IN + text_width_in("135°", st.fontsize - 1) + 0.08
    tick = line_in(st.fontsize - 1) + 0.08
    top = PAD_IN + line_in(st.fontsize + 2) + 14 / 72 + tick
    return (
        f"fig.subplots_adjust(left={side / w:.3f}, right={1 - side / w:.3f}, "
        f"bottom={(PAD_IN + tick) / h:.3f}, top={1 - top / h:.3f})"
    )


def eval_polar(curve: str, trig: str, a: int, k: int, b: int, theta: np.ndarray) -> np.ndarray:
    fn = np.cos if trig == "cos" else np.sin
    return a * fn(k * theta) if curve == "rose" else a + b * fn(theta)
