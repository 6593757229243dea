"""Counting on grids: monotone lattice paths (through or avoiding a point) and domino tilings
of a board."""

from __future__ import annotations

from math import comb

import numpy as np

from codepercept.synth import ParamSpec, template
from codepercept.synth.families.graphs import verify_counting as vc
from codepercept.synth.families.graphs.common import FAMILY, GRAPH_PALETTES
from codepercept.synth.kit import ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram


@template(
    "lattice_paths",
    family=FAMILY,
    parameters=(
        ParamSpec("cols", "int", 3, 6, help="unit squares across"),
        ParamSpec("rows", "int", 2, 5, help="unit squares up"),
        ParamSpec("mode", "choice", choices=("plain", "through", "avoid")),
        ParamSpec("marked", "str", help="the marked lattice point (x, y), when there is one"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Grid of streets from A (bottom left) to B (top right); asks how many shortest "
    "paths (moves right or up) there are, possibly through or avoiding a marked point.",
    verify=vc.verify_lattice_paths,
)
def lattice_paths(rng: np.random.Generator):
    cols, rows = int(rng.integers(3, 7)), int(rng.integers(2, 6))
    mode = str(pick(rng, ("plain", "through", "avoid")))
    edge, face, node_edge, text = pick(rng, GRAPH_PALETTES)
    lw = round(float(rng.uniform(1.4, 2.0)), 1)
    step = 1.0
    dg = Diagram("Lattice paths on a street grid", fontsize=int(rng.integers(13, 16)))
    for j in range(rows + 1):
        dg.line([(0, j * step), (cols * step, j * step)], color=edge, lw=lw, comment="grid")
    for i in range(cols + 1):
        dg.line([(i * step, 0), (i * step, rows * step)], color=edge, lw=lw, comment="grid")
    ends = {"A": (0.0, 0.0), "B": (cols * step, rows * step)}
    dg.dots(list(ends.values()), color=node_edge, size=8, comment="start and end")
    dg.text("A", ends["A"], prefer=(-1, -1), color=text)
    dg.text("B", ends["B"], prefer=(1, 1), color=text)
    points = {k: [v[0], v[1]] for k, v in ends.items()}
    total = comb(cols + rows, cols)
    marked = None
    if mode != "plain":
        inner = [(i, j) for i in range(cols + 1) for j in range(rows + 1)]
        inner = [p for p in inner if p not in ((0, 0), (cols, rows))]
        marked = tuple(int(v) for v in pick(rng, inner))
        name = "C" if mode == "through" else "P"
        xy = (marked[0] * step, marked[1] * step)
        dg.dots([xy], color="#c0392b", size=9, comment="marked point")
        dg.text(name, xy, prefer=(1, -1), color="#c0392b")
        points[name] = [float(xy[0]), float(xy[1])]
        via = comb(marked[0] + marked[1], marked[0]) * comb(
            cols - marked[0] + rows - marked[1], cols - marked[0]
        )
    wordings = {
        "plain": (
            "Moving only right or up along the grid lines, how many shortest paths lead from A "
            "to B?",
            "How many different shortest routes are there from A to B along the streets?",
        ),
        "through": (
            "Moving only right or up along the grid lines, how many paths from A to B pass "
            "through C?",
            "How many shortest routes from A to B go through the point C?",
        ),
        "avoid": (
            "Moving only right or up along the grid lines, how many paths from A to B avoid the "
            "point P?",
            "The crossing P is closed. How many shortest routes lead from A to B?",
        ),
    }
    answer = {
        "plain": total,
        "through": via if marked else 0,
        "avoid": total - via if marked else 0,
    }
    pool = [
        ask(rng, wordings[mode], answer[mode]),
        ask(rng, ("How many unit steps long is a shortest path from A to B?",), cols + rows),
        ask(rng, ("How many unit squares does the grid have?",), cols * rows),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        points=points,
        extra={"figure": "street grid", "grid": [cols, rows], "step": step, "mode": mode},
    )
    params = {"cols": cols, "rows": rows, "mode": mode}
    if marked is not None:
        params["marked"] = f"({marked[0]}, {marked[1]})"
    params["style"] = {"edge": edge, "lw": lw}
    return make_sample(params, code, facts, qa)


def _tilings(rows: int, cols: int) -> int:
    """Domino tilings of a rows x cols board by the classic recurrences (rows 2 or 3)."""
    if rows == 2:
        a, b = 1, 1
        for _ in range(cols - 1):
            a, b = b, a + b
        return b
    seq = {0: 1, 2: 3}
    for n in range(4, cols + 1, 2):
        seq[n] = 4 * seq[n - 2] - seq[n - 4]
    return seq[cols]


@template(
    "domino_tiling",
    family=FAMILY,
    parameters=(
        ParamSpec("rows", "int", 2, 9, help="board height in cells"),
        ParamSpec("cols", "int", 2, 9, help="board width in cells (one side is 2 or 3)"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Empty rectangular board beside one 1×2 domino; asks in how many ways the board "
    "can be tiled with dominoes, how many dominoes a tiling uses, or how many cells there are.",
    verify=vc.verify_domino_tiling,
)
def domino_tiling(rng: np.random.Generator):
    short = int(pick(rng, (2, 3)))
    long = int(rng.integers(2, 10)) if short == 2 else int(pick(rng, (2, 4, 6, 8)))
    tall = long <= 6 and bool(rng.random() < 0.4)  # the board stands upright
    rows, cols = (long, short) if tall else (short, long)
    edge, face, node_edge, text = pick(rng, GRAPH_PALETTES)
    lw = round(float(rng.uniform(1.4, 2.0)), 1)
    fill = str(pick(rng, ("#f5cba7", "#aed6f1", "#d5f5e3", "#f9e79f")))
    checker = bool(rng.random() < 0.4)
    dg = Diagram("Board to tile with 1x2 dominoes", fontsize=int(rng.integers(13, 16)))
    for j in range(rows):
        for i in range(cols):
            fc = "#d5d8dc" if checker and (i + j) % 2 else "none"
            dg.rect((i, j), 1, 1, fc=fc, ec=node_edge, lw=lw, comment="the board, cell by cell")
    vertical = bool(rng.random() < 0.5)
    w, h = (1, 2) if vertical else (2, 1)
    if tall:  # the domino stands to the right of the board
        x0, y0 = cols + 0.8, rows / 2 - h / 2
        label_at = (x0 + w / 2, y0 - 0.45)
    else:  # the domino sits under the board
        x0, y0 = cols / 2 - w / 2 - 0.8, -0.8 - h
        label_at = (x0 + w + 1.0, y0 + h / 2)
    dg.rect((x0, y0), w, h, fc=fill, ec=node_edge, lw=lw, comment="one domino")
    split = [(x0, y0 + 1), (x0 + 1, y0 + 1)] if vertical else [(x0 + 1, y0), (x0 + 1, y0 + 1)]
    dg.line(split, color=node_edge, lw=max(1.0, lw - 0.6), ls="--", comment="one domino")
    dg.text("domino", at=label_at, color=text)
    n = _tilings(short, long)
    pool = [
        ask(
            rng,
            (
                "In how many different ways can the board be covered by non-overlapping dominoes "
                "like the one shown?",
                "How many domino tilings does the board have?",
            ),
            n,
        ),
        ask(rng, ("How many dominoes does a complete tiling of the board use?",), rows * cols // 2),
        ask(rng, ("How many cells does the board have?",), rows * cols),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        extra={"figure": "domino board", "board": [rows, cols], "domino": [w, h]}
    )
    params = {
        "rows": rows,
        "cols": cols,
        "style": {"edge": node_edge, "fill": fill, "lw": lw, "checker": checker},
    }
    return make_sample(params, code, facts, qa)
