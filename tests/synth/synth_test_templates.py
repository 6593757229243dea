"""Templates used only by the pipeline tests (imported by workers via ``template_modules``).

``pipe_triangle`` is a clean labelled triangle; ``pipe_constant`` draws the same figure for
every seed (dedup must catch it); ``pipe_flaky`` raises for about one seed in three and
writes code that fails to render for another one in three.
"""

from __future__ import annotations

import numpy as np

from codepercept.synth.template import QA, ParamSpec, Sample, template

FAMILY = "pipetest"

CODE = """import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(3, 3))
A, B, C = ({ax:.2f}, {ay:.2f}), ({bx:.2f}, 0.0), (0.0, 0.0)
ax.plot([A[0], B[0], C[0], A[0]], [A[1], B[1], C[1], A[1]], color="black", linewidth=1.5)
for name, (x, y) in (("A", A), ("B", B), ("C", C)):
    ax.text(x + 0.08, y + 0.08, name, fontsize=12)
ax.set_xlim(-0.5, 4.5)
ax.set_ylim(-0.5, 4.5)
ax.set_aspect("equal")
ax.axis("off")
plt.savefig("figure.png")
"""


def _triangle(name: str, rng: np.random.Generator, constant: bool = False) -> Sample:
    p = (
        {"ax": 1.5, "ay": 3.0, "bx": 3.5}
        if constant
        else {
            "ax": float(rng.uniform(0.5, 3.0)),
            "ay": float(rng.uniform(1.5, 3.8)),
            "bx": float(rng.uniform(2.5, 3.9)),
        }
    )
    return Sample(
        template=name,
        family=FAMILY,
        params=p,
        code=CODE.format(**p),
        facts={
            "labels": ["A", "B", "C"],
            "points": {"A": [p["ax"], p["ay"]], "B": [p["bx"], 0.0], "C": [0.0, 0.0]},
            "segments": [["A", "B"], ["B", "C"], ["C", "A"]],
            "projection": "2d",
        },
        qa=(QA("How many labelled vertices are there?", "3", "int"),),
    )


PARAMS = (ParamSpec("ax", "float", 0.5, 3.0, help="x of A"), ParamSpec("bx", "float", 2.5, 3.9))


@template("pipe_triangle", family=FAMILY, parameters=PARAMS)
def pipe_triangle(rng: np.random.Generator) -> Sample:
    """A labelled triangle ABC."""
    return _triangle("pipe_triangle", rng)


@template("pipe_constant", family=FAMILY, parameters=PARAMS)
def pipe_constant(rng: np.random.Generator) -> Sample:
    """The same triangle whatever the seed."""
    return _triangle("pipe_constant", rng, constant=True)


@template("pipe_flaky", family=FAMILY, parameters=PARAMS)
def pipe_flaky(rng: np.random.Generator) -> Sample:
    """Fails on purpose for some seeds."""
    draw = int(rng.integers(0, 3))
    if draw == 0:
        raise ValueError("degenerate parameters")
    s = _triangle("pipe_flaky", rng)
    if draw == 1:
        s = Sample(
            s.template, s.family, s.params, s.code.replace("ax.plot(", "ax.plott("), s.facts, s.qa
        )
    return s
