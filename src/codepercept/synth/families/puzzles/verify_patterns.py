"""Rule libraries and checks of the number-pattern puzzles: every rule that fits the complete
rows (or shapes) is found, and the missing number is searched for value by value, so an
answer stands only when every fitting rule gives the same one."""

from __future__ import annotations

from collections.abc import Callable

from codepercept.synth.kit import Problems
from codepercept.synth.template import Sample

#: Row rules of the number matrix: a complete row (a, b, c) satisfies them.
ROW_RULES: dict[str, Callable[[list[int]], bool]] = {
    "sum": lambda r: r[0] + r[1] == r[2],
    "product": lambda r: r[0] * r[1] == r[2],
    "difference": lambda r: r[0] - r[1] == r[2],
    "double_sum": lambda r: 2 * (r[0] + r[1]) == r[2],
    "reverse_sum": lambda r: r[1] + r[2] == r[0],
}

#: Centre rules of the numbers-in-shapes puzzle, from the corner numbers in drawing order.
RULES: dict[str, Callable[[list[int]], int]] = {
    "sum": lambda xs: sum(xs),
    "double_sum": lambda xs: 2 * sum(xs),
    "product_plus": lambda xs: xs[0] * xs[1] + xs[2],
    "product_minus": lambda xs: xs[0] * xs[1] - xs[2],
    "sum_times": lambda xs: (xs[0] + xs[1]) * xs[2],
    "diagonal_products": lambda xs: xs[0] * xs[2] + xs[1] * xs[3],
    "opposite_sums_product": lambda xs: (xs[0] + xs[2]) * (xs[1] + xs[3]),
}
#: How many corners a rule needs (0: any).
RULE_CORNERS = {
    "sum": 0,
    "double_sum": 0,
    "product_plus": 3,
    "product_minus": 3,
    "sum_times": 3,
    "diagonal_products": 4,
    "opposite_sums_product": 4,
}

SEARCH = range(-50, 2001)


def matrix_answers(complete: list[list[int]], last: list[int], missing: int) -> set[int]:
    """Every value of the missing cell that some rule fitting the complete rows allows
    (constant row sums included)."""
    out: set[int] = set()
    fits = [f for f in ROW_RULES.values() if all(f(r) for r in complete)]
    sums = {sum(r) for r in complete}
    for v in SEARCH:
        row = [v if i == missing else x for i, x in enumerate(last)]
        if any(f(row) for f in fits) or (len(sums) == 1 and sum(row) in sums):
            out.add(v)
    return out


def shapes_answers(
    corners: list[list[int]], centres: list[int], last: list[int], n_corners: int
) -> set[int]:
    """Every centre value of the last shape that some rule fitting the first shapes gives."""
    fits = [
        f
        for name, f in RULES.items()
        if RULE_CORNERS[name] in (0, n_corners)
        and all(f(xs) == c for xs, c in zip(corners, centres, strict=True))
    ]
    return {v for v in SEARCH if any(f(last) == v for f in fits)}


def verify_number_matrix(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        grid = sample.facts["extra"]["grid"]
        (j, i) = next((j, i) for j in range(3) for i in range(3) if grid[j][i] is None)
        complete = [r for k, r in enumerate(grid) if k != j]
        answers = matrix_answers(complete, grid[j], i)
        p.drawn(len(answers) == 1, f"one missing value fits the rows, found {sorted(answers)}")
        for qa in sample.qa:
            p.close(qa, next(iter(answers)))
    return p.found


def verify_numbers_in_shapes(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        extra = sample.facts["extra"]
        corners, centres = extra["corners"], extra["centres"]
        answers = shapes_answers(corners[:2], centres[:2], corners[2], len(corners[0]))
        p.drawn(len(answers) == 1, f"one centre value fits the shapes, found {sorted(answers)}")
        for qa in sample.qa:
            p.close(qa, next(iter(answers)))
    return p.found


LINES = (
    *(((j, 0), (j, 1), (j, 2)) for j in range(3)),
    *(((0, i), (1, i), (2, i)) for i in range(3)),
    ((0, 0), (1, 1), (2, 2)),
    ((0, 2), (1, 1), (2, 0)),
)


def _complete(grid: list[list[int | None]], total: int) -> list[list[int]] | None:
    """Fill the empty cells so every line sums to ``total`` (a line with one empty cell at a
    time); None when the cells cannot all be found or a line disagrees."""
    g = [list(row) for row in grid]
    changed = True
    while changed:
        changed = False
        for line in LINES:
            empty = [c for c in line if g[c[0]][c[1]] is None]
            if len(empty) == 1:
                j, i = empty[0]
                g[j][i] = total - sum(g[a][b] for a, b in line if (a, b) != (j, i))
                changed = True
    if any(v is None for row in g for v in row):
        return None
    if any(sum(g[a][b] for a, b in line) != total for line in LINES):
        return None
    return g  # type: ignore[return-value]


def magic_answers(grid: list[list[int | None]], asked: tuple[int, int]) -> set[int]:
    """Every value of the asked cell over all magic sums that complete the square."""
    out = set()
    for total in SEARCH:
        done = _complete(grid, total)
        if done is not None:
            out.add(done[asked[0]][asked[1]])
    return out


def verify_magic_square(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        extra = sample.facts["extra"]
        grid, asked = extra["grid"], tuple(extra["asked"])
        sums = {sum(done[0]) for total in SEARCH if (done := _complete(grid, total)) is not None}
        values = magic_answers(grid, asked)
        p.drawn(len(values) == 1 and len(sums) == 1, f"one completion, found {sorted(values)}")
        for qa in sample.qa:
            p.close(qa, next(iter(sums if "common sum" in qa.question else values)))
    return p.found
