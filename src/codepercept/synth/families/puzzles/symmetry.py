"""Symmetry: a flat shape (regular polygon, star, rectangle, rhombus, kite, ...) drawn at a
random turn; asks its lines of symmetry and its order of rotational symmetry."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth import ParamSpec, template
from codepercept.synth.families.puzzles import verify_symmetry as vsym
from codepercept.synth.families.puzzles.common import FAMILY, sample_puzzle_style
from codepercept.synth.kit import ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram


def _ring(n: int, r: float, phase: float = 90.0) -> list[tuple[float, float]]:
    return [
        (
            r * math.cos(math.radians(phase + 360 * k / n)),
            r * math.sin(math.radians(phase + 360 * k / n)),
        )
        for k in range(n)
    ]


def _star(n: int) -> list[tuple[float, float]]:
    outer, inner = _ring(n, 2.0), _ring(n, 0.85, 90 + 180 / n)
    return [p for pair in zip(outer, inner, strict=True) for p in pair]


def _shapes(rng: np.random.Generator) -> dict[str, tuple[list[tuple[float, float]], int, int]]:
    """name -> (outline, lines of symmetry, order of rotational symmetry)."""
    n = int(rng.integers(3, 9))
    k = int(pick(rng, (4, 5, 6)))
    w, h = float(pick(rng, (3.2, 3.6))), float(pick(rng, (1.8, 2.2)))
    return {
        "regular_polygon": (_ring(n, 2.0), n, n),
        "star": (_star(k), k, k),
        "rectangle": ([(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)], 2, 2),
        "rhombus": ([(0, -1.4), (2.2, 0), (0, 1.4), (-2.2, 0)], 2, 2),
        "parallelogram": ([(-2.0, -1.0), (1.2, -1.0), (2.0, 1.0), (-1.2, 1.0)], 0, 2),
        "isosceles_trapezoid": ([(-2.0, -1.0), (2.0, -1.0), (1.1, 1.0), (-1.1, 1.0)], 1, 1),
        "kite": ([(0, -2.0), (1.2, 0.5), (0, 1.3), (-1.2, 0.5)], 1, 1),
        "plus_sign": (
            [
                (-0.6, -1.8),
                (0.6, -1.8),
                (0.6, -0.6),
                (1.8, -0.6),
                (1.8, 0.6),
                (0.6, 0.6),
                (0.6, 1.8),
                (-0.6, 1.8),
                (-0.6, 0.6),
                (-1.8, 0.6),
                (-1.8, -0.6),
                (-0.6, -0.6),
            ],
            4,
            4,
        ),
        "arrow": (
            [
                (-0.5, -1.8),
                (0.5, -1.8),
                (0.5, 0.2),
                (1.3, 0.2),
                (0.0, 1.8),
                (-1.3, 0.2),
                (-0.5, 0.2),
            ],
            1,
            1,
        ),
        "scalene_triangle": ([(-2.0, -1.2), (1.8, -0.8), (-0.4, 1.6)], 0, 1),
    }


NAMES = (
    "regular_polygon",
    "star",
    "rectangle",
    "rhombus",
    "parallelogram",
    "isosceles_trapezoid",
    "kite",
    "plus_sign",
    "arrow",
    "scalene_triangle",
)


@template(
    "symmetry_count",
    family=FAMILY,
    parameters=(
        ParamSpec("shape", "choice", choices=NAMES),
        ParamSpec("sides", "int", 3, 24, help="corners of the outline"),
        ParamSpec("turned", "int", 0, 359, help="degrees the shape is turned on the page"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="One flat shape (regular polygon, star, rectangle, rhombus, parallelogram, "
    "trapezoid, kite, plus sign, arrow, scalene triangle) at a random turn; asks how many lines "
    "of symmetry it has or its order of rotational symmetry.",
    verify=vsym.verify_symmetry,
)
def symmetry_count(rng: np.random.Generator):
    st = sample_puzzle_style(rng)
    shapes = _shapes(rng)
    name = str(pick(rng, NAMES))
    outline, lines, order = shapes[name]
    turned = int(rng.integers(0, 360))
    t = math.radians(turned)
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    pts = np.asarray(outline, float) @ rot.T
    dg = Diagram("Symmetry of a shape", fontsize=st.fontsize, unit_px=60.0)
    dg.polygon(pts, fc=st.fill, ec=st.line, lw=st.lw + 0.4, path=True, comment="the shape")
    pool = [
        ask(
            rng,
            (
                "How many lines of symmetry does this shape have?",
                "How many mirror lines (axes of symmetry) does the figure have?",
            ),
            lines,
        ),
        ask(
            rng,
            (
                "What is the order of rotational symmetry of this shape?",
                "How many times does the shape fit onto itself in one full turn?",
            ),
            order,
        ),
        ask(rng, ("How many corners (vertices) does the outline have?",), len(outline)),
    ]
    qa = choose_qas(rng, pool, 2)
    code, facts = dg.build(
        extra={"puzzle": "symmetry", "shape": name.replace("_", " "), "corners": len(outline)}
    )
    params = {"shape": name, "sides": len(outline), "turned": turned, "style": st.as_params()}
    return make_sample(params, code, facts, qa)
