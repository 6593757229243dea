"""Independent checks of the sequence puzzles: dot counts are read from the drawn panels and
extended by finite differences; turns are measured between the drawn outlines."""

from __future__ import annotations

import math
import re

import numpy as np

from codepercept.synth.kit import Problems
from codepercept.synth.template import Sample


def extend(terms: list[int], upto: int) -> list[int]:
    """Continue ``terms`` to ``upto`` terms by the lowest order of constant differences."""
    rows = [list(terms)]
    while len(set(rows[-1])) > 1:
        rows.append([b - a for a, b in zip(rows[-1], rows[-1][1:], strict=False)])
        if len(rows[-1]) < 2:
            raise ValueError("too few terms to see the rule")
    while len(rows[0]) < upto:
        rows[-1].append(rows[-1][-1])  # the constant row
        for i in range(len(rows) - 2, -1, -1):
            rows[i].append(rows[i][-1] + rows[i + 1][-1])
    return rows[0]


def verify_dot_sequence(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        panels = sorted(sample.facts["panels"], key=lambda q: (-q["box"][1], q["box"][0]))
        shown = [int(q["markers"]) for q in panels]
        for qa in sample.qa:
            q = qa.question
            if "all the figures" in q:
                p.close(qa, sum(shown))
                continue
            m = re.search(r"figure (\d+)", q)
            n = int(m.group(1)) if m else len(shown) + 1
            p.close(qa, extend(shown, n)[n - 1])
    return p.found


def _outlines(sample: Sample) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The drawn outlines of the sequence (top row) and of the options (bottom row), each
    left to right."""
    outlines = [np.asarray(line[:-1], float) for line in sample.facts["polylines"]]
    top = max(float(o[:, 1].mean()) for o in outlines)
    seq = [o for o in outlines if abs(float(o[:, 1].mean()) - top) < 0.5]
    opts = [o for o in outlines if abs(float(o[:, 1].mean()) - top) >= 0.5]

    def left_to_right(os: list[np.ndarray]) -> list[np.ndarray]:
        return sorted(os, key=lambda o: float(o[:, 0].mean()))

    return left_to_right(seq), left_to_right(opts)


def _cw_turn(a: np.ndarray, b: np.ndarray) -> float:
    """The clockwise turn taking outline ``a`` onto ``b`` (least squares over all corners)."""
    u, v = a - a.mean(axis=0), b - b.mean(axis=0)
    cross = float(np.sum(u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0]))
    ccw = math.degrees(math.atan2(cross, float(np.sum(u * v))))
    return (-ccw) % 360


def turns(sample: Sample) -> list[float]:
    """Clockwise degrees from each drawn outline of the sequence to the next."""
    seq, _ = _outlines(sample)
    return [_cw_turn(a, b) for a, b in zip(seq, seq[1:], strict=False)]


def next_option(sample: Sample, turn: float) -> str:
    """The option whose outline is the last figure turned once more (translation aside)."""
    seq, opts = _outlines(sample)
    last = seq[-1] - seq[-1].mean(axis=0)
    t = math.radians(-turn)
    want = last @ np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]]).T
    hits = ["ABCD"[j] for j, o in enumerate(opts) if np.abs(o - o.mean(axis=0) - want).max() < 0.05]
    (letter,) = hits
    return letter


def verify_rotation(sample: Sample) -> list[str]:
    with Problems(rel=0.0, abs_tol=0.0) as p:
        steps = turns(sample)
        p.drawn(max(steps) - min(steps) < 1.0, "the shape turns by the same angle each step")
        turn = round(float(np.mean(steps)))
        for qa in sample.qa:
            if "Which option" in qa.question:
                p.equal(qa, next_option(sample, turn))
            elif "How many degrees" in qa.question:
                p.close(qa, turn, abs_tol=0.5)
            else:
                k = next(k for k in range(1, 361) if (k * turn) % 360 == 0)
                p.close(qa, k)
    return p.found
