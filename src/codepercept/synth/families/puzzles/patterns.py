"""Number patterns: a 3x3 matrix whose rows follow one rule, and numbers in shapes whose
centre number is made from the corner numbers."""

from __future__ import annotations

import numpy as np

from codepercept.synth import ParamSpec, template
from codepercept.synth.families.puzzles import verify_patterns as vp
from codepercept.synth.families.puzzles.common import FAMILY, sample_puzzle_style
from codepercept.synth.kit import ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram


def _row(rng: np.random.Generator, rule: str) -> list[int]:
    if rule == "sum":
        a, b = (int(x) for x in rng.integers(2, 30, size=2))
        return [a, b, a + b]
    if rule == "product":
        a, b = (int(x) for x in rng.integers(2, 10, size=2))
        return [a, b, a * b]
    if rule == "difference":
        b, c = (int(x) for x in rng.integers(2, 25, size=2))
        return [b + c, b, c]
    a, b = (int(x) for x in rng.integers(2, 12, size=2))
    return [a, b, 2 * (a + b)]  # double_sum


@template(
    "number_matrix",
    family=FAMILY,
    parameters=(
        ParamSpec("rule", "choice", choices=("sum", "product", "difference", "double_sum")),
        ParamSpec("missing", "int", 0, 2, help="column of the bottom row that shows '?'"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="3×3 table of numbers whose rows all follow one rule (third = first + second, "
    "first × second, ...), one cell of the last row shown as '?'; asks the missing number.",
    verify=vp.verify_number_matrix,
)
def number_matrix(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    for _ in range(50):
        rule = str(pick(rng, ("sum", "product", "difference", "double_sum")))
        rows = [_row(rng, rule) for _ in range(3)]
        missing = int(rng.integers(3))
        if vp.matrix_answers(rows[:2], rows[2], missing) == {rows[2][missing]}:
            break
    cell = 1.2
    dg = Diagram("Number matrix puzzle", fontsize=st.fontsize + 2)
    for j in range(3):
        for i in range(3):
            x, y = i * cell, (2 - j) * cell
            shade = st.fill if (i + j) % 2 == 0 else "none"
            dg.rect((x, y), cell, cell, fc=shade, ec=st.line, lw=st.lw, comment="the table")
            text = "?" if (j, i) == (2, missing) else str(rows[j][i])
            color = st.accent if text == "?" else st.text
            dg.text(
                text,
                at=(x + cell / 2, y + cell / 2),
                color=color,
                weight="bold" if text == "?" else "normal",
            )
    qa = [
        ask(
            rng,
            (
                "Each row follows the same rule. Which number replaces the question mark?",
                "What number should be in the cell with '?'?",
                "Find the missing number in the table.",
            ),
            rows[2][missing],
        )
    ]
    grid = [[None if (j, i) == (2, missing) else rows[j][i] for i in range(3)] for j in range(3)]
    code, facts = dg.build(
        extra={"figure": "number table", "puzzle": "number_matrix", "grid": grid}
    )
    params = {"rule": rule, "missing": missing, "style": st.as_params()}
    return make_sample(params, code, facts, qa)


def _shape_numbers(rng: np.random.Generator, rule: str, corners: int) -> tuple[list[int], int]:
    while True:
        xs = [int(x) for x in rng.integers(1, 10, size=corners)]
        centre = vp.RULES[rule](xs)
        if 0 < centre < 200:
            return xs, centre


@template(
    "numbers_in_shapes",
    family=FAMILY,
    parameters=(
        ParamSpec("shape", "choice", choices=("triangle", "square")),
        ParamSpec("rule", "choice", choices=tuple(vp.RULES)),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Three triangles or squares with numbers at the corners and one in the middle, "
    "made from the corners by the same rule; the last middle number is '?'.",
    verify=vp.verify_numbers_in_shapes,
)
def numbers_in_shapes(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    shape = str(pick(rng, ("triangle", "square")))
    corners = 3 if shape == "triangle" else 4
    rules = [r for r in vp.RULES if vp.RULE_CORNERS[r] in (0, corners)]
    for _ in range(80):
        rule = str(pick(rng, rules))
        figs = [_shape_numbers(rng, rule, corners) for _ in range(3)]
        if vp.shapes_answers(
            [f[0] for f in figs[:2]], [f[1] for f in figs[:2]], figs[2][0], corners
        ) == {figs[2][1]}:
            break
    size = 2.4
    if shape == "triangle":
        outline = [(-size / 2, 0.0), (size / 2, 0.0), (0.0, size * 0.87)]
        spots = [(-size / 2 - 0.05, -0.3), (size / 2 + 0.05, -0.3), (0.0, size * 0.87 + 0.3)]
        mid = (0.0, size * 0.3)
    else:
        h = size / 2
        outline = [(-h, 0.0), (h, 0.0), (h, size), (-h, size)]
        spots = [
            (-h - 0.3, -0.25),
            (h + 0.3, -0.25),
            (h + 0.3, size + 0.25),
            (-h - 0.3, size + 0.25),
        ]
        mid = (0.0, h)
    dg = Diagram("Numbers in shapes", fontsize=st.fontsize + 1)
    for k, (xs, centre) in enumerate(figs):
        dx = k * (size + 1.6)
        dg.polygon(
            [(x + dx, y) for x, y in outline],
            fc=st.fill,
            ec=st.line,
            lw=st.lw,
            comment="the shapes",
        )
        for (x, y), v in zip(spots, xs, strict=True):
            dg.text(str(v), at=(x + dx, y), color=st.text)
        last = k == 2
        dg.text(
            "?" if last else str(centre), at=(mid[0] + dx, mid[1]), color=st.accent, weight="bold"
        )
    qa = [
        ask(
            rng,
            (
                "The number inside each shape is made from its corner numbers by the same rule. "
                "What number replaces the question mark?",
                "Which number should go in the last shape instead of '?'?",
            ),
            figs[2][1],
        )
    ]
    code, facts = dg.build(
        extra={
            "figure": "numbers-in-shapes puzzle",
            "puzzle": "numbers_in_shapes",
            "shape": shape,
            "corners": [f[0] for f in figs],
            "centres": [figs[0][1], figs[1][1], None],
        }
    )
    params = {"shape": shape, "rule": rule, "style": st.as_params()}
    return make_sample(params, code, facts, qa)


LO_SHU = ((2, 7, 6), (9, 5, 1), (4, 3, 8))


@template(
    "magic_square",
    family=FAMILY,
    parameters=(
        ParamSpec("scale", "int", 1, 3, help="the Lo Shu square times this ..."),
        ParamSpec("shift", "int", 0, 10, help="... plus this"),
        ParamSpec("blanks", "int", 3, 5, help="cells left empty, the '?' among them"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="3×3 magic square with some cells empty and one marked '?'; asks the missing "
    "number or the magic sum shared by every row, column and diagonal.",
    verify=vp.verify_magic_square,
)
def magic_square(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    m = np.array(LO_SHU)
    m = np.rot90(m, int(rng.integers(4)))
    if rng.random() < 0.5:
        m = m.T
    scale, shift = int(rng.integers(1, 4)), int(rng.integers(0, 11))
    m = m * scale + shift
    for _ in range(60):
        blanks = int(rng.integers(3, 6))
        hidden = [divmod(int(k), 3) for k in rng.choice(9, blanks, replace=False)]
        grid = [[None if (j, i) in hidden else int(m[j, i]) for i in range(3)] for j in range(3)]
        asked = hidden[0]
        if vp.magic_answers(grid, asked) == {int(m[asked])}:
            break
    cell = 1.2
    dg = Diagram("Magic square puzzle", fontsize=st.fontsize + 2)
    for j in range(3):
        for i in range(3):
            x, y = i * cell, (2 - j) * cell
            dg.rect((x, y), cell, cell, fc="none", ec=st.line, lw=st.lw, comment="the square")
            if (j, i) == asked:
                dg.text("?", at=(x + cell / 2, y + cell / 2), color=st.accent, weight="bold")
            elif grid[j][i] is not None:
                dg.text(str(grid[j][i]), at=(x + cell / 2, y + cell / 2), color=st.text)
    pool = [
        ask(
            rng,
            (
                "Every row, column and diagonal of this magic square has the same sum. Which "
                "number replaces the question mark?",
                "Complete the magic square: what number belongs in the cell with '?'?",
            ),
            int(m[asked]),
        ),
        ask(
            rng,
            ("What is the common sum of each row, column and diagonal of the magic square?",),
            int(m[0].sum()),
        ),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        extra={
            "figure": "magic square",
            "puzzle": "magic_square",
            "grid": grid,
            "asked": [asked[0], asked[1]],
        }
    )
    params = {"scale": scale, "shift": shift, "blanks": blanks, "style": st.as_params()}
    return make_sample(params, code, facts, qa)
