"""Figure sequences: dot patterns that grow by a rule, and a shape turning step by step."""

from __future__ import annotations

import math

import numpy as np

import codepercept.grounding.kinds.puzzles  # noqa: F401  (registers "panels")
from codepercept.synth import ParamSpec, template
from codepercept.synth.families.puzzles import verify_sequences as vs
from codepercept.synth.families.puzzles.common import FAMILY, sample_puzzle_style
from codepercept.synth.kit import ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram


def _term(kind: str, a: int, d: int, i: int) -> int:
    """The ``i``-th figure's dot count (``i`` from 1)."""
    if kind == "arithmetic":
        return a + d * (i - 1)
    k = i + a - 1
    if kind == "square":
        return k * k
    if kind == "oblong":
        return k * (k + 1)
    return k * (k + 1) // 2  # triangular


def _arrangement(kind: str, n: int, per_row: int, gap: float) -> list[tuple[float, float]]:
    """Dot centres of one figure, bottom row first, centred on x = 0."""
    if kind == "square":
        k = math.isqrt(n)
        rows = [k] * k
    elif kind == "oblong":
        k = (math.isqrt(4 * n + 1) - 1) // 2
        rows = [k + 1] * k
    elif kind == "triangular":
        k = 1
        while k * (k + 1) // 2 < n:
            k += 1
        rows = list(range(k, 0, -1))
    else:
        rows = [per_row] * (n // per_row) + ([n % per_row] if n % per_row else [])
    pts = []
    for j, m in enumerate(rows):
        for i in range(m):
            pts.append(((i - (m - 1) / 2) * gap, j * gap))
    return pts


@template(
    "dot_sequence",
    family=FAMILY,
    parameters=(
        ParamSpec("kind", "choice", choices=("arithmetic", "square", "triangular", "oblong")),
        ParamSpec("start", "int", 1, 4, help="first term (arithmetic) or first side (others)"),
        ParamSpec("step", "int", 1, 3, help="common difference of an arithmetic sequence"),
        ParamSpec("shown", "int", 3, 4, help="figures drawn before the '?' box"),
        ParamSpec("asked", "int", 4, 8, help="the figure number asked about"),
        ParamSpec("marker", "choice", choices=("o", "s", "^", "D"), help="dot shape"),
        ParamSpec("framed", "bool", help="boxes drawn around the figures"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Row of numbered boxes with growing dot patterns (arithmetic, square, "
    "triangular or oblong numbers) and a '?' box; asks how many dots the next or a later "
    "figure has.",
    verify=vs.verify_dot_sequence,
)
def dot_sequence(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    kind = str(pick(rng, ("arithmetic", "square", "triangular", "oblong")))
    a = int(rng.integers(1, 5)) if kind == "arithmetic" else int(rng.integers(1, 4))
    d = int(rng.integers(1, 4))
    # three terms show an arithmetic rule, a quadratic one needs four
    shown = int(rng.integers(3, 5)) if kind == "arithmetic" else 4
    per_row = int(pick(rng, (2, 3, 4, 5)))
    marker = str(pick(rng, ("o", "s", "^", "D")))
    gap = float(pick(rng, (0.45, 0.55, 0.65)))
    size = round(gap * 14, 1)
    framed = bool(rng.random() < 0.7)  # boxes around the figures, or labels only
    label = str(pick(rng, ("{}", "({})", "Fig. {}")))
    counts = [_term(kind, a, d, i) for i in range(1, shown + 1)]
    figs = [_arrangement(kind, n, per_row, gap) for n in counts]
    width = max(max(abs(x) for x, _ in f) for f in figs) * 2 + 0.9
    height = max(max(y for _, y in f) for f in figs) + 0.9
    width, height = max(width, 1.4), max(height, 1.4)
    dg = Diagram("Dot pattern sequence", fontsize=st.fontsize)
    panels = []
    fits = [c for c in (2, 3, shown + 1) if (c * (width + 0.4)) / (height + 0.9) < 3.6]
    cols = int(pick(rng, fits or [2]))
    for k in range(shown + 1):
        x0, y0 = (k % cols) * (width + 0.4), -(k // cols) * (height + 0.9)
        if framed:
            dg.rect((x0, y0), width, height, ec=st.line, lw=st.lw, comment="boxes")
        dg.text(label.format(k + 1), at=(x0 + width / 2, y0 - 0.35), color=st.text)
        if k == shown:
            dg.text(
                "?",
                at=(x0 + width / 2, y0 + height / 2),
                size=st.fontsize + 8,
                color=st.accent,
                weight="bold",
            )
            continue
        ys = [y for _, y in figs[k]]
        off = (height - (max(ys) - min(ys))) / 2
        pts = [(x0 + width / 2 + x, y0 + off + y) for x, y in figs[k]]
        xs = ", ".join(f"{x:.2f}" for x, _ in pts)
        ys = ", ".join(f"{y:.2f}" for _, y in pts)
        dg.code(
            f'ax.plot([{xs}], [{ys}], "{marker}", color="{st.accent}", markersize={size:g})',
            comment=f"figure {k + 1}: {counts[k]} dots",
        )
        box = [x0, y0, x0 + width, y0 + height]
        # the panel's box, drawn or not, bounds the dots (and so the figure's limits)
        corners = [(x0, y0), (box[2], y0), (box[2], box[3]), (x0, box[3]), (x0, y0)]
        dg.drawn("marker", len(pts), avoid=np.asarray(corners))
        panels.append({"box": [round(v, 2) for v in box], "markers": counts[k]})
    later = int(rng.integers(shown + 2, 9))
    pool = [
        ask(
            rng,
            (
                "How many dots does the figure in the '?' box have?",
                "Following the pattern, how many dots come in the next figure?",
            ),
            _term(kind, a, d, shown + 1),
        ),
        ask(
            rng,
            (f"Following the same rule, how many dots does figure {later} have?",),
            _term(kind, a, d, later),
        ),
        ask(rng, ("How many dots are drawn in all the figures shown together?",), sum(counts)),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        panels=panels,
        extra={"figure": "dot pattern sequence", "puzzle": "dot_sequence", "shown": shown},
    )
    params = {
        "kind": kind,
        "start": a,
        "shown": shown,
        "asked": later,
        "marker": marker,
        "framed": framed,
        "style": st.as_params(),
    }
    if kind == "arithmetic":
        params["step"] = d
    return make_sample(params, code, facts, qa)


#: Asymmetric outlines (a flag, an arrow, an L) that show which way they point.
SHAPES = {
    "flag": ((-0.1, -0.7), (0.1, -0.7), (0.1, 0.1), (0.65, 0.35), (0.1, 0.7), (-0.1, 0.7)),
    "arrow": (
        (-0.15, -0.7),
        (0.15, -0.7),
        (0.15, 0.2),
        (0.4, 0.2),
        (0.0, 0.72),
        (-0.4, 0.2),
        (-0.15, 0.2),
    ),
    "ell": ((-0.45, -0.6), (0.5, -0.6), (0.5, -0.3), (-0.15, -0.3), (-0.15, 0.65), (-0.45, 0.65)),
}


@template(
    "rotation_sequence",
    family=FAMILY,
    parameters=(
        ParamSpec("shape", "choice", choices=tuple(SHAPES)),
        ParamSpec(
            "turn",
            "choice",
            choices=(45, 90, 135, 225, 270, 315),
            help="clockwise degrees per step",
        ),
        ParamSpec("start", "int", 0, 345, help="orientation of the first figure"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Four boxes showing a shape turned by the same angle each step, a '?' box and "
    "options A-D below; asks which option comes next, the clockwise turn per step, or after how "
    "many steps the shape first looks the same again.",
    verify=vs.verify_rotation,
)
def rotation_sequence(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    shape = str(pick(rng, tuple(SHAPES)))
    turn = int(pick(rng, (45, 90, 135, 225, 270, 315)))
    start = int(pick(rng, range(0, 360, 15)))
    base = np.asarray(SHAPES[shape], float)
    side = 2.0
    dg = Diagram("Rotation sequence with answer options", fontsize=st.fontsize, unit_px=55.0)

    def shape_at(c: np.ndarray, deg: float) -> None:
        t = math.radians(deg)
        rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
        dg.polygon(
            base @ rot.T + c,
            fc=st.fill,
            ec=st.accent,
            lw=st.lw,
            path=True,
            comment="the shape, turned",
        )

    for k in range(5):
        x0 = k * (side + 0.35)
        dg.rect((x0, 0), side, side, ec=st.line, lw=st.lw, comment="the sequence")
        c = np.array([x0 + side / 2, side / 2])
        if k == 4:
            dg.text("?", at=c, size=st.fontsize + 8, color=st.accent, weight="bold")
        else:
            shape_at(c, start - turn * k)  # clockwise turns
    nxt = start - turn * 4
    offsets = [0, *(int(v) for v in rng.permutation([90, 180, 270]))]
    order = rng.permutation(4)
    answer = "ABCD"[int(np.flatnonzero(order == 0)[0])]
    shift = (5 * (side + 0.35) - 0.35 - 4 * (side + 0.35) + 0.35) / 2
    for j in range(4):
        x0 = shift + j * (side + 0.35)
        y0 = -side - 1.3
        dg.rect((x0, y0), side, side, ec=st.line, lw=max(1.0, st.lw - 0.5), comment="options")
        shape_at(np.array([x0 + side / 2, y0 + side / 2]), nxt + offsets[int(order[j])])
        dg.text("ABCD"[j], at=(x0 + side / 2, y0 - 0.35), color=st.text)
    period = 360 // math.gcd(turn, 360)
    pool = [
        ask(
            rng,
            (
                "Which option, A, B, C or D, belongs in the box with the question mark?",
                "The shape keeps turning by the same angle. Which option comes next?",
            ),
            answer,
            kind="choice",
        ),
        ask(
            rng,
            (
                "The shape turns by the same angle from each box to the next. How many degrees "
                "clockwise is one step (between 0 and 360)?",
            ),
            turn,
        ),
        ask(
            rng,
            (
                "After how many steps does the shape first return to its orientation in the "
                "first box?",
            ),
            period,
        ),
    ]
    qa = choose_qas(rng, pool, 3)
    code, facts = dg.build(
        extra={
            "figure": "rotation sequence",
            "puzzle": "rotation_sequence",
            "outline": shape,
            "boxes": 5,
            "options": "ABCD",
        }
    )
    params = {"shape": shape, "turn": turn, "start": start, "style": st.as_params()}
    return make_sample(params, code, facts, qa)
