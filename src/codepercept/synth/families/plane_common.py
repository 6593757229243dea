"""Shared pieces of the plane-geometry templates: style, letters, number formatting, QA.

Everything here runs at generation time; the emitted scripts only see the literals it
produces.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from codepercept.synth.template import QA, ParamSpec, Sample

FAMILY = "plane_geometry"

#: Letter runs a textbook uses for the vertices of one figure.
LETTER_RUNS = ("ABCDEFGH", "PQRSTUVW", "KLMNOPQR", "DEFGHJKL", "EFGHJKLM", "RSTUVWXY")

#: Letters that name auxiliary points (feet, midpoints, centres) when free, in this order.
AUX_LETTERS = "DEHMNOFGKLPQRSTUVXYZ"

#: (main line, auxiliary line, marks, light fill) colour schemes.
PALETTES = (
    ("#1f2d3d", "#c0392b", "#2874a6", "#d6eaf8"),
    ("#000000", "#555555", "#c0392b", "#f2f3f4"),
    ("#1a5276", "#d35400", "#7d3c98", "#fdebd0"),
    ("#17202a", "#1e8449", "#b03a2e", "#e8f8f5"),
    ("#2e4053", "#8e44ad", "#d68910", "#f4ecf7"),
    ("#0b3d91", "#e67e22", "#c0392b", "#eaf2f8"),
)


@dataclass(frozen=True, slots=True)
class Style:
    """How one figure is drawn; sampled per sample so renders vary beyond the geometry."""

    line: str
    aux: str
    mark: str
    fill: str | None  # light fill of the main shape, None for an outline only
    text: str
    lw: float
    aux_lw: float
    fontsize: int
    size_in: float  # the longer side of the figure, inches
    dash: str  # how the emitted code spells a dashed line: "--" or "dashed"
    label_loop: bool  # point labels written as a dict + loop instead of one call each

    def as_params(self) -> dict[str, Any]:
        return asdict(self)


def sample_style(rng: np.random.Generator) -> Style:
    """A random but tasteful drawing style."""
    line, aux, mark, fill = PALETTES[int(rng.integers(len(PALETTES)))]
    return Style(
        line=line,
        aux=aux,
        mark=mark,
        fill=fill if rng.random() < 0.35 else None,
        text=str(pick(rng, ("black", line))),
        lw=round(float(rng.uniform(1.6, 2.4)), 1),
        aux_lw=round(float(rng.uniform(1.1, 1.5)), 1),
        fontsize=int(rng.integers(13, 16)),
        size_in=round(float(rng.uniform(5.2, 6.8)), 1),
        dash=str(pick(rng, ("--", "dashed"))),
        label_loop=bool(rng.random() < 0.5),
    )


def pick(rng: np.random.Generator, options: Sequence[Any]) -> Any:
    """One element of ``options`` chosen by the RNG."""
    return options[int(rng.integers(len(options)))]


def letters(rng: np.random.Generator, n: int) -> list[str]:
    """``n`` consecutive vertex letters from one of the usual runs."""
    runs = [r for r in LETTER_RUNS if len(r) >= n]
    run = pick(rng, runs)
    return list(run[:n])


def fresh(used: Sequence[str], prefer: str = AUX_LETTERS) -> str:
    """The first letter of ``prefer`` not already naming a point."""
    for ch in prefer:
        if ch not in used:
            return ch
    for ch in AUX_LETTERS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if ch not in used:
            return ch
    raise ValueError("ran out of point letters")


def common_params(spread: float = 25.0) -> tuple[ParamSpec, ...]:
    """The parameters every plane template shares (rotation range, letters, style)."""
    return (
        ParamSpec("rotation", "float", -spread, spread, help="whole-figure rotation, degrees"),
        ParamSpec("letters", "choice", choices=LETTER_RUNS, help="run the point letters come from"),
        ParamSpec("style", "str", help="palette, line widths, font size, figure size, fill"),
    )


def rotation(rng: np.random.Generator, spread: float = 25.0) -> float:
    """A whole-figure rotation in degrees, rounded to 1 degree."""
    return float(round(rng.uniform(-spread, spread)))


# ----------------------------------------------------------------------------- numbers


def fmt(x: float, nd: int = 2) -> str:
    """A measure as printed in a figure or an answer: '7', '7.5', '6.32'."""
    v = round(float(x), nd)
    if v == 0:
        v = 0.0
    if v == int(v):
        return str(int(v))
    return f"{v:.{nd}f}".rstrip("0").rstrip(".")


def deg(x: float) -> str:
    """An angle label: '52°' or '37.5°'."""
    return f"{fmt(x, 1)}°"


def unit_text(value: float, unit: str) -> str:
    """A length label with an optional unit: '5' or '5 cm'."""
    return f"{fmt(value)} {unit}" if unit else fmt(value)


def law_of_cosines_angle(opposite: float, s1: float, s2: float) -> float:
    """The angle (degrees) opposite ``opposite`` in a triangle with the other sides s1, s2."""
    c = (s1 * s1 + s2 * s2 - opposite * opposite) / (2 * s1 * s2)
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def heron(a: float, b: float, c: float) -> float:
    """Triangle area from its three sides."""
    s = (a + b + c) / 2
    return math.sqrt(max(0.0, s * (s - a) * (s - b) * (s - c)))


def unit_vec(deg_angle: float) -> np.ndarray:
    t = math.radians(deg_angle)
    return np.array([math.cos(t), math.sin(t)])


def integer_triangle(rng: np.random.Generator, lo: int = 4, hi: int = 12, even_a: bool = False):
    """Integer sides (a, b, c) whose angles all lie between 30 and 110 degrees."""
    while True:
        a, b, c = (int(x) for x in rng.integers(lo, hi + 1, size=3))
        if even_a and a % 2:
            continue
        angs = (
            law_of_cosines_angle(a, b, c),
            law_of_cosines_angle(b, a, c),
            law_of_cosines_angle(c, a, b),
        )
        if all(30 <= x <= 110 for x in angs):
            return a, b, c, angs


def place_on_base(sk: Any, names: tuple[str, str, str], a: float, b: float, c: float):
    """Place triangle ABC with BC on the x-axis (B at the origin), A above it."""
    A, B, C = names
    ang_b = law_of_cosines_angle(b, a, c)
    sk.point(B, (0, 0))
    sk.point(C, (a, 0))
    apex = c * unit_vec(ang_b)
    sk.point(A, apex)
    return apex


# ----------------------------------------------------------------------------- QA and samples


def ask(
    rng: np.random.Generator, wordings: Sequence[str], answer: float | str, kind: str = "float"
) -> QA:
    """A QA pair with one of several wordings; numeric answers are formatted with :func:`fmt`."""
    text = pick(rng, wordings)
    ans = answer if isinstance(answer, str) else fmt(answer)
    if kind == "float" and not isinstance(answer, str) and float(answer) == int(answer):
        kind = "int"
    return QA(question=text, answer=ans, kind=kind)


def choose_qas(rng: np.random.Generator, pool: Sequence[QA], k_max: int = 3) -> tuple[QA, ...]:
    """Between one and ``k_max`` of the candidate QA pairs, the first one always kept."""
    k = int(rng.integers(1, min(k_max, len(pool)) + 1))
    rest = list(pool[1:])
    order = rng.permutation(len(rest))[: k - 1]
    return (pool[0], *(rest[i] for i in sorted(order)))


def first_clean(
    rng: np.random.Generator, attempt: Callable[[np.random.Generator], Any], tries: int = 25
) -> Any:
    """Call ``attempt`` until its sketch lays out cleanly (no label collisions); keep the last."""
    result = None
    for _ in range(tries):
        result = attempt(rng)
        if result[0].clean:
            return result
    return result


def finish(
    name: str,
    params: dict[str, Any],
    style: Style,
    code: str,
    facts: dict[str, Any],
    qas: tuple[QA, ...],
) -> Sample:
    """Bundle a template's output; facts['answer'] is the first QA's answer."""
    if qas:
        facts = {**facts, "answer": qas[0].answer}
    all_params = {**params, "style": style.as_params()}
    return Sample(template=name, family=FAMILY, params=all_params, code=code, facts=facts, qa=qas)
