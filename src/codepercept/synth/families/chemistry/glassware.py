"""Laboratory glassware: a row of three to five lettered vessels (beaker, conical flask,
round-bottom flask, test tube, graduated cylinder, funnel), some holding a coloured liquid.

The template knows which vessel it drew where; the verifier tells them apart from the drawn
outlines alone (how the width changes with height, how tall the vessel is for its width).
"""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.chemistry.common import FAMILY, STYLE_PARAM
from codepercept.synth.families.chemistry.verify import verify_glassware
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, pick
from codepercept.synth.kit.diagram import Diagram, sample_diagram_style
from codepercept.synth.kit.numbers import rounded_list
from codepercept.synth.template import ParamSpec, Sample, template

KINDS = (
    "beaker",
    "conical flask",
    "round-bottom flask",
    "test tube",
    "graduated cylinder",
    "funnel",
)
LIQUIDS = ("#aed6f1", "#f9e79f", "#d2b4de", "#a9dfbf", "#f5b7b1")


def _arc(cx: float, cy: float, r: float, t1: float, t2: float, n: int = 14) -> list[tuple]:
    t = np.radians(np.linspace(t1, t2, n))
    return [(cx + r * math.cos(a), cy + r * math.sin(a)) for a in t]


def outline(kind: str, scale: float) -> list[tuple[float, float]]:
    """The vessel's open outline, left rim to right rim, bottom at y = 0, centred on x = 0."""
    s = scale
    if kind == "beaker":
        w, h = 0.85 * s, 2.0 * s
        return [
            (-w - 0.15, h + 0.1),
            (-w, h),
            (-w, 0.1),
            (-w + 0.1, 0),
            (w - 0.1, 0),
            (w, 0.1),
            (w, h),
        ]
    if kind == "conical flask":
        return [
            (-0.25, 2.5 * s),
            (-0.25, 1.6 * s),
            (-0.95 * s, 0.05),
            (-0.9 * s, 0),
            (0.9 * s, 0),
            (0.95 * s, 0.05),
            (0.25, 1.6 * s),
            (0.25, 2.5 * s),
        ]
    if kind == "round-bottom flask":
        r = 0.8 * s
        a = math.degrees(math.asin(0.2 / r))
        bulb = _arc(0, r, r, 90 + a, 450 - a, 36)
        return [(-0.2, 2 * r + 0.9), *bulb, (0.2, 2 * r + 0.9)]
    if kind == "test tube":
        h = 2.6 * s
        return [
            (-0.27, h),
            (-0.27, 0.27),
            *_arc(0, 0.27, 0.27, 180, 360, 9)[1:-1],
            (0.27, 0.27),
            (0.27, h),
        ]
    if kind == "graduated cylinder":
        h = 2.9 * s
        return [
            (-0.32, h),
            (-0.32, 0.16),
            (-0.65, 0.16),
            (-0.65, 0),
            (0.65, 0),
            (0.65, 0.16),
            (0.32, 0.16),
            (0.32, h),
        ]
    # funnel
    top = 2.5 * s
    return [
        (-0.85 * s, top),
        (-0.12, top - 1.0 * s),
        (-0.12, 0.35),
        (0.12, 0.35),
        (0.12, top - 1.0 * s),
        (0.85 * s, top),
    ]


def _below(poly: list[tuple[float, float]], level: float) -> list[tuple[float, float]]:
    """The part of the closed polygon ``poly`` under the line y = level (Sutherland-Hodgman)."""
    out = []
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
        in1, in2 = y1 <= level, y2 <= level
        if in1:
            out.append((x1, y1))
        if in1 != in2:
            t = (level - y1) / (y2 - y1)
            out.append((x1 + t * (x2 - x1), level))
    return out


@template(
    "lab_glassware",
    family=FAMILY,
    parameters=(
        ParamSpec("vessels", "str", help="the vessels from left to right"),
        ParamSpec("filled", "str", help="which of them hold a liquid"),
        STYLE_PARAM,
    ),
    description="A row of lettered laboratory glassware drawn in outline (beaker, conical "
    "flask, round-bottom flask, test tube, graduated cylinder, funnel), some holding a coloured "
    "liquid; asks which letter marks a named vessel or which vessel is tallest.",
    verify=verify_glassware,
)
def lab_glassware(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_diagram_style(rng)
        n = int(rng.integers(3, 6))
        kinds = [KINDS[i] for i in rng.choice(len(KINDS), n, replace=False)]
        letters = "ABCDE"[:n]
        dg = Diagram(
            "Laboratory glassware", fontsize=st.fontsize + 1, unit_px=float(pick(rng, (62.0, 70.0)))
        )
        x = 0.0
        outlines, filled, heights = {}, [], {}
        liquid = str(pick(rng, LIQUIDS))
        for letter, kind in zip(letters, kinds, strict=True):
            scale = float(pick(rng, (0.9, 1.0, 1.1)))
            pts = [(px + x, py) for px, py in outline(kind, scale)]
            if kind != "funnel" and rng.random() < 0.55:
                top = max(y for _, y in pts)
                level = float(rng.uniform(0.25, 0.6)) * top
                region = _below(pts, level)
                dg.polygon(region, fc=liquid, ec="none", lw=0, comment="liquids", zorder=0)
                filled.append(letter)
            dg.line(pts, color=st.ink, lw=st.lw, comment="glassware outlines")
            if kind in ("graduated cylinder", "beaker"):  # a few scale marks on the wall
                left, top = min(px for px, _ in pts), max(py for _, py in pts)
                wall = left + (0.15 if kind == "beaker" else 0.33)
                ys = np.linspace(0.25 * top, 0.8 * top, 6 if kind == "beaker" else 8)
                xs = ", ".join(
                    f"{wall:.2f}, {wall + (0.22 if k % 2 else 0.12):.2f}, None"
                    for k in range(len(ys))
                )
                yl = ", ".join(f"{y:.2f}, {y:.2f}, None" for y in ys)
                dg.code(f'ax.plot([{xs}], [{yl}], color="{st.ink}", linewidth=1)', "scale marks")
                dg.drawn("line", avoid=[(wall, ys[0]), (wall + 0.22, ys[-1])])
            outlines[letter] = [rounded_list(p, 3) for p in np.round(np.asarray(pts), 2)]
            heights[letter] = max(y for _, y in pts)
            dg.text(letter, (x, -0.15), prefer=(0, -1), color=st.accents[1], weight="bold")
            half = max(abs(px - x) for px, _ in pts)
            x += 2 * half + float(rng.uniform(0.6, 1.0))
        named = [int(i) for i in rng.choice(n, min(2, n), replace=False)]
        pool = [
            ask(
                rng,
                (
                    f"Which letter marks the {kinds[i]}?",
                    f"Which lettered vessel is the {kinds[i]}?",
                ),
                letters[i],
                "choice",
            )
            for i in named
        ]
        pool.append(
            ask(
                rng,
                ("Which lettered vessel is the tallest?",),
                max(heights, key=heights.get),
                "choice",
            )
        )
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={"figure": "row of laboratory glassware", "outlines": outlines, "filled": filled}
        )
        params = {"vessels": ", ".join(kinds), "filled": "".join(filled), "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
