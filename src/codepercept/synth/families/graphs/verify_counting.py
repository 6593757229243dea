"""Independent checks of the counting templates by brute force: every right/up move sequence
of a lattice path, every domino tiling by backtracking, every Venn region by point-in-circle
tests of where its number is written."""

from __future__ import annotations

import itertools

import numpy as np

from codepercept.synth.kit import Problems
from codepercept.synth.template import Sample


def count_paths(target: tuple[int, int], through: tuple[int, int] | None, avoid: bool) -> int:
    """Monotone lattice paths from (0, 0) to ``target``, enumerated move by move."""
    n = 0
    for moves in itertools.product("RU", repeat=target[0] + target[1]):
        if moves.count("R") != target[0]:
            continue
        x = y = 0
        seen = {(0, 0)}
        for m in moves:
            x, y = (x + 1, y) if m == "R" else (x, y + 1)
            seen.add((x, y))
        hit = through in seen if through is not None else True
        n += (not hit) if avoid else hit
    return n


def verify_lattice_paths(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        pts = {k: np.asarray(v, float) for k, v in sample.facts["points"].items()}
        step = float(sample.facts["extra"]["step"])
        tx, ty = (int(round(v / step)) for v in pts["B"] - pts["A"])
        marked = "C" if "C" in pts else "P" if "P" in pts else None
        m = None
        if marked:
            m = tuple(int(round(v / step)) for v in pts[marked] - pts["A"])
        for qa in sample.qa:
            q = qa.question
            if "unit steps" in q:
                p.close(qa, tx + ty)
            elif "unit squares" in q:
                p.close(qa, tx * ty)
            else:
                p.close(qa, count_paths((tx, ty), m, marked == "P"))
    return p.found


def count_tilings(rows: int, cols: int) -> int:
    """Domino tilings of a rows x cols board: fill the first empty cell every possible way."""
    board = [[False] * cols for _ in range(rows)]

    def fill() -> int:
        for j in range(rows):
            for i in range(cols):
                if not board[j][i]:
                    total = 0
                    for dj, di in ((0, 1), (1, 0)):
                        jj, ii = j + dj, i + di
                        if jj < rows and ii < cols and not board[jj][ii]:
                            board[j][i] = board[jj][ii] = True
                            total += fill()
                            board[j][i] = board[jj][ii] = False
                    return total
        return 1

    return fill()


def verify_domino_tiling(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        rows, cols = sample.facts["extra"]["board"]
        p.drawn(sample.facts["counts"]["rectangle"] == rows * cols + 1, "board cells + domino")
        for qa in sample.qa:
            q = qa.question
            if "How many dominoes" in q:
                p.close(qa, rows * cols / 2)
            elif "cells" in q:
                p.close(qa, rows * cols)
            else:
                p.close(qa, count_tilings(rows, cols))
    return p.found


def _membership(sample: Sample) -> list[tuple[frozenset[str], int]]:
    """(sets containing the spot, count) of every written region number, by geometry."""
    venn = sample.facts["venn"]
    out = []
    for region in venn["regions"]:
        at = np.asarray(region["at"], float)
        inside = frozenset(
            name
            for name, c in venn["sets"].items()
            if float(np.hypot(*(at - np.asarray(c["center"], float)))) < float(c["radius"])
        )
        out.append((inside, int(region["text"])))
    return out


def verify_venn(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        names = list(sample.facts["venn"]["sets"])
        regions = _membership(sample)
        a, b = names[0], names[1]

        def total(pred) -> int:
            return sum(v for m, v in regions if pred(m))

        for qa in sample.qa:
            q = qa.question
            if "universal" in q:
                want = total(lambda m: True)
            elif "exactly one" in q:
                want = total(lambda m: len(m) == 1)
            elif "exactly two" in q:
                want = total(lambda m: len(m) == 2)
            elif "all three" in q:
                want = total(lambda m: len(m) == 3)
            elif " or " in q:
                want = total(lambda m: a in m or b in m)
            elif "both" in q:
                want = total(lambda m: a in m and b in m)
            elif "total" in q or "size of set" in q:
                want = total(lambda m: b in m)
            else:
                raise ValueError(f"unknown question {q!r}")
            p.close(qa, want)
    return p.found
