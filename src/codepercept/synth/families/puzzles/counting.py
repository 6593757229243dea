"""Counting figures: triangles in a subdivided triangle, rectangles and squares in a divided
rectangle."""

from __future__ import annotations

from math import comb

import numpy as np

from codepercept.synth import ParamSpec, template
from codepercept.synth.families.puzzles import verify_counting as vc
from codepercept.synth.families.puzzles.common import FAMILY, sample_puzzle_style
from codepercept.synth.kit import ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram


@template(
    "count_triangles",
    family=FAMILY,
    parameters=(
        ParamSpec("rays", "int", 2, 5, help="lines from the apex to the base, sides included"),
        ParamSpec("levels", "int", 1, 3, help="segments across the triangle, base included"),
        ParamSpec("apex_up", "bool"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Triangle cut by lines from its apex to the base and by segments parallel to "
    "the base; asks how many triangles of any size the figure contains.",
    verify=vc.verify_count_triangles,
)
def count_triangles(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    k = int(rng.integers(3, 6)) if rng.random() < 0.8 else 2
    h = int(rng.integers(1, 4)) if k > 2 else int(rng.integers(2, 4))
    W, H = float(pick(rng, (5.0, 5.6, 6.0))), float(pick(rng, (4.0, 4.5, 5.0)))
    up = bool(rng.random() < 0.75)
    s = 1.0 if up else -1.0
    apex = np.array([round(float(rng.uniform(-0.6, 0.6)), 2), s * H])
    inner = sorted(
        float(x)
        for x in rng.choice(np.linspace(-W / 2 + 0.6, W / 2 - 0.6, 9), k - 2, replace=False)
    )
    feet = [-W / 2, *inner, W / 2]
    heights = [
        0.0,
        *sorted(float(x) for x in rng.choice((0.3, 0.45, 0.6, 0.75), h - 1, replace=False)),
    ]
    dg = Diagram("Count the triangles", fontsize=st.fontsize)
    dg.polygon(
        [apex, (-W / 2, 0), (W / 2, 0)], fc=st.fill + "66", ec="none", lw=0, comment="shading"
    )
    for x in feet:
        dg.line([apex, (x, 0.0)], color=st.line, lw=st.lw, comment="lines from the apex")
    for t in heights:
        y = s * H * t
        left = apex + (np.array([-W / 2, 0.0]) - apex) * (1 - t)
        right = apex + (np.array([W / 2, 0.0]) - apex) * (1 - t)
        assert abs(left[1] - y) < 1e-9
        dg.line([left, right], color=st.line, lw=st.lw, comment="segments across")
    total = comb(k, 2) * h
    pool = [
        ask(
            rng,
            (
                "How many triangles are there in the figure?",
                "Count all triangles of any size in the figure.",
                "How many triangles can you find in this picture?",
            ),
            total,
        ),
        ask(
            rng,
            ("How many lines run from the top vertex to the opposite side (sides included)?",),
            k,
        )
        if up
        else ask(
            rng,
            ("How many lines run from the bottom vertex to the opposite side (sides included)?",),
            k,
        ),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        extra={"figure": "divided triangle", "puzzle": "count_triangles", "rays": k, "levels": h}
    )
    params = {"rays": k, "levels": h, "apex_up": up, "style": st.as_params()}
    return make_sample(params, code, facts, qa)


@template(
    "count_rectangles",
    family=FAMILY,
    parameters=(
        ParamSpec("mode", "choice", choices=("grid", "irregular")),
        ParamSpec("columns", "int", 1, 5, help="strips across"),
        ParamSpec("rows", "int", 1, 4, help="strips up"),
        ParamSpec("shaded", "str", help="the shaded piece (column, row), from the lower left"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Rectangle divided by full-length lines (a square grid or irregular strips) with "
    "one piece shaded; asks how many rectangles or squares the figure contains, or how many "
    "rectangles contain the shaded piece.",
    verify=vc.verify_count_rectangles,
)
def count_rectangles(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    mode = str(pick(rng, ("grid", "irregular")))
    a, b = int(rng.integers(2, 6)), int(rng.integers(2 if mode == "grid" else 1, 5))
    if mode == "grid":
        xs = [float(i) for i in range(a + 1)]
        ys = [float(j) for j in range(b + 1)]
    else:
        W, H = 6.0, 4.0
        xs = [
            0.0,
            *sorted(
                float(v) for v in rng.choice(np.arange(0.8, W - 0.7, 0.7), a - 1, replace=False)
            ),
            W,
        ]
        ys = [
            0.0,
            *sorted(
                float(v) for v in rng.choice(np.arange(0.8, H - 0.7, 0.7), b - 1, replace=False)
            ),
            H,
        ]
        xs, ys = [round(v, 2) for v in xs], [round(v, 2) for v in ys]
    dg = Diagram(
        "Count the rectangles", fontsize=st.fontsize, unit_px=70.0 if mode == "grid" else 55.0
    )
    dg.rect(
        (xs[0], ys[0]),
        xs[-1] - xs[0],
        ys[-1] - ys[0],
        fc=st.fill + "66",
        ec="none",
        lw=0,
        comment="shading",
    )
    ci, cj = int(rng.integers(a)), int(rng.integers(b))
    cell = [xs[ci], ys[cj], xs[ci + 1], ys[cj + 1]]
    dg.rect(
        (cell[0], cell[1]),
        cell[2] - cell[0],
        cell[3] - cell[1],
        fc=st.accent + "55",
        ec="none",
        lw=0,
        comment="the shaded piece",
    )
    for x in xs:
        dg.line([(x, ys[0]), (x, ys[-1])], color=st.line, lw=st.lw, comment="vertical lines")
    for y in ys:
        dg.line([(xs[0], y), (xs[-1], y)], color=st.line, lw=st.lw, comment="horizontal lines")
    rects = comb(a + 1, 2) * comb(b + 1, 2)
    pool = [
        ask(
            rng,
            (
                "How many rectangles (squares included) are there in the figure?",
                "Count every rectangle of any size in the figure.",
            ),
            rects,
        )
    ]
    if mode == "grid":
        squares = sum((a - i) * (b - i) for i in range(min(a, b)))
        pool.append(ask(rng, ("How many squares of any size are there in the grid?",), squares))
    pool.append(
        ask(rng, ("How many of the smallest pieces is the big rectangle cut into?",), a * b)
    )
    pool.append(
        ask(
            rng,
            (
                "How many rectangles in the figure contain the shaded piece?",
                "How many of the rectangles include the shaded piece?",
            ),
            (ci + 1) * (a - ci) * (cj + 1) * (b - cj),
        )
    )
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        extra={
            "figure": "divided rectangle",
            "puzzle": "count_rectangles",
            "mode": mode,
            "columns": a,
            "rows": b,
            "shaded_piece": cell,
        }
    )
    params = {
        "mode": mode,
        "columns": a,
        "rows": b,
        "shaded": f"({ci + 1}, {cj + 1})",
        "style": st.as_params(),
    }
    return make_sample(params, code, facts, qa)
