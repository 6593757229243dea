"""What only the plane-geometry templates share: the family name, the common parameters, the
whole-figure rotation and a few triangle formulas. Drawing, letters, numbers, style and QA
come from :mod:`codepercept.synth.kit`."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.kit import LETTER_RUNS, Sketch
from codepercept.synth.template import ParamSpec

FAMILY = "plane_geometry"


def common_params(spread: float = 25.0) -> tuple[ParamSpec, ...]:
    """The parameters every plane template shares (rotation range, letters, style)."""
    return (
        ParamSpec("rotation", "float", -spread, spread, help="whole-figure rotation, degrees"),
        ParamSpec(
            "letters", "str", help="the point letters, a prefix of one of " + ", ".join(LETTER_RUNS)
        ),
        ParamSpec("style", "str", help="palette, line widths, font size, figure size, fill"),
    )


def rotation(rng: np.random.Generator, spread: float = 25.0) -> float:
    """A whole-figure rotation in degrees, rounded to 1 degree."""
    return float(round(rng.uniform(-spread, spread)))


# ----------------------------------------------------------------------------- triangles


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


def place_on_base(sk: Sketch, names: tuple[str, str, str], a: float, b: float, c: float):
    """Place triangle ABC with BC on the x-axis (B at the origin), A above it."""
    A, B, C = names
    ang_b = law_of_cosines_angle(b, a, c)
    sk.point(B, (0, 0))
    sk.point(C, (a, 0))
    apex = c * unit_vec(ang_b)
    sk.point(A, apex)
    return apex
