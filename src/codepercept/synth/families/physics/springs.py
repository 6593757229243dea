"""Spring templates: a mass hanging at rest from one spring or two in series or parallel, and
a horizontal spring oscillator pulled out by its amplitude.

Answers use the closed forms (k in series and parallel, 2π√(m/k), ωA); the verifiers solve the
springs' stiffness equations for the hanging mass, or integrate the oscillator's equation of
motion numerically.
"""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.physics.common import (
    FAMILY,
    G_NOTE,
    STYLE_PARAM,
    G,
    PhysStyle,
    hatch,
    sample_style,
)
from codepercept.synth.families.physics.verify import verify_oscillator, verify_springs
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, num_text, pick
from codepercept.synth.kit.diagram import Diagram
from codepercept.synth.template import ParamSpec, Sample, template

# ----------------------------------------------------------------------------- springs


def _coil(
    dg: Diagram, top: np.ndarray, bottom: np.ndarray, st: PhysStyle, colour: str, turns: int = 10
) -> None:
    """A spring from ``top`` to ``bottom`` (any direction): straight ends and a zigzag coil of
    ``turns`` strokes between them (one polyline)."""
    d = bottom - top
    length = float(np.hypot(*d))
    u = d / length
    n = np.array([-u[1], u[0]])
    pts = [top, top + u * 0.3]
    body = length - 0.6
    for k in range(turns):
        pts.append(top + u * (0.3 + body * (k + 0.5) / turns) + n * (0.28 if k % 2 == 0 else -0.28))
    pts += [bottom - u * 0.3, bottom]
    dg.line(pts, color=colour, lw=st.lw, comment="springs")


@template(
    "spring_mass",
    family=FAMILY,
    parameters=(
        ParamSpec("arrangement", "choice", choices=("single", "series", "parallel")),
        ParamSpec("k1", "int", 20, 400, help="spring constant, N/m"),
        ParamSpec("k2", "int", 20, 400, help="second spring constant, N/m"),
        ParamSpec("mass", "float", 0.5, 8, help="hanging mass, kg"),
        STYLE_PARAM,
    ),
    description="Mass hanging at rest from one spring, two springs in series or two in "
    "parallel, spring constants labelled; asks the equivalent spring constant, the extension "
    "or the period of small oscillations.",
    verify=verify_springs,
)
def spring_mass(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_style(rng)
        arr = str(pick(rng, ("single", "series", "parallel")))
        ks = [int(pick(rng, (20, 40, 50, 60, 80, 100, 120, 150, 200, 300, 400))) for _ in range(2)]
        if arr == "single":
            ks = ks[:1]
        m = float(pick(rng, (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)))
        dg = Diagram(
            f"Mass hanging from springs ({arr})",
            fontsize=st.fontsize,
            unit_px=float(pick(rng, (46.0, 52.0))),
        )
        hatch(dg, np.array([-2.0, 6.0]), np.array([2.0, 6.0]), st, 1.0)
        turns = int(pick(rng, (8, 10, 12, 14)))
        springs = []
        cols = (st.accents[1], st.accents[2])
        if arr == "parallel":
            dg.rect((-1.4, 1.6), 2.8, 0.25, fc=st.ink, ec=st.ink, lw=1.0, comment="spreader bar")
            for i, x in enumerate((-1.0, 1.0)):
                _coil(dg, np.array([x, 6.0]), np.array([x, 1.85]), st, cols[i], turns)
                springs.append({"k": ks[i], "top": [x, 6.0], "bottom": [x, 1.85], "joint": "bar"})
                dg.text(
                    f"k{i + 1} = {ks[i]} N/m",
                    (x + 0.3 * (1 if x > 0 else -1), 4.0),
                    prefer=(np.sign(x), 0),
                    color=cols[i],
                )
            dg.line([(0, 1.6), (0, 1.2)], color=st.ink, lw=st.lw, comment="hook")
            top_of_mass = 1.2
        else:
            y = 6.0
            seg = float(pick(rng, (4.0, 4.6, 5.2))) / len(ks)
            for i, k in enumerate(ks):
                _coil(dg, np.array([0.0, y]), np.array([0.0, y - seg]), st, cols[i], turns)
                springs.append(
                    {
                        "k": k,
                        "top": [0.0, round(y, 2)],
                        "bottom": [0.0, round(y - seg, 2)],
                        "joint": "chain",
                    }
                )
                name = f"k{i + 1} = {k} N/m" if len(ks) > 1 else f"k = {k} N/m"
                dg.text(name, (0.3, y - seg / 2), prefer=(1, 0), color=cols[i])
                y -= seg
            if len(ks) > 1:
                dg.dots([(0.0, 6.0 - seg)], color=st.ink, size=5, comment="joint")
            top_of_mass = y
        dg.rect(
            (-0.7, top_of_mass - 1.1), 1.4, 1.1, fc=st.fill, ec=st.ink, lw=st.lw, comment="mass"
        )
        dg.text(f"{num_text(m)} kg", (0.75, top_of_mass - 0.55), prefer=(1, 0), color=st.ink)
        if arr == "series":
            keq = ks[0] * ks[1] / (ks[0] + ks[1])
        else:
            keq = float(sum(ks))
        ext = m * G / keq
        period = 2 * math.pi * math.sqrt(m / keq)
        pool = [
            ask(
                rng,
                (
                    "What is the equivalent spring constant of the arrangement, in N/m?",
                    "Find the effective stiffness supporting the mass (N/m).",
                ),
                round(keq, 2),
            ),
            ask(
                rng,
                (
                    f"By how many centimetres is the arrangement stretched at equilibrium? {G_NOTE}",
                    f"Find the static extension in cm {G_NOTE}.",
                ),
                round(100 * ext, 2),
            ),
            ask(
                rng,
                (
                    "What is the period of small vertical oscillations, in seconds?",
                    "Find the oscillation period T (s) of the mass.",
                ),
                round(period, 3),
            ),
        ]
        qas = choose_qas(rng, pool)
        figure = {
            "single": "mass hanging from a spring",
            "series": "mass hanging from two springs in series",
            "parallel": "mass hanging from two springs in parallel",
        }[arr]
        code, facts = dg.build(
            extra={"figure": figure, "arrangement": arr, "mass": m, "springs": springs}
        )
        params = {"arrangement": arr, "k1": ks[0], "k2": ks[-1], "mass": m, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)


@template(
    "spring_oscillator",
    family=FAMILY,
    parameters=(
        ParamSpec("k", "int", 20, 400, help="spring constant, N/m"),
        ParamSpec("mass", "float", 0.5, 8, help="block mass, kg"),
        ParamSpec("amplitude", "int", 5, 30, help="amplitude, cm"),
        STYLE_PARAM,
    ),
    description="Horizontal spring oscillator: a wall, a spring and a block on a frictionless "
    "floor pulled out by the amplitude A from its dashed equilibrium position; asks the "
    "period, the maximum speed, the maximum acceleration or the energy.",
    verify=verify_oscillator,
)
def spring_oscillator(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_style(rng)
        k = int(pick(rng, (20, 40, 50, 80, 100, 150, 200, 250, 300, 400)))
        m = float(pick(rng, (0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 8.0)))
        a_cm = int(pick(rng, (5, 8, 10, 12, 15, 20, 25, 30)))
        rest = float(pick(rng, (3.6, 4.2, 4.8)))
        shift = 0.04 * a_cm + 0.4  # drawn displacement (not to scale)
        dg = Diagram(
            "Horizontal spring oscillator",
            fontsize=st.fontsize,
            unit_px=float(pick(rng, (48.0, 54.0))),
        )
        hatch(dg, np.array([0.0, -0.0]), np.array([rest + shift + 3.0, 0.0]), st, -1.0)
        dg.rect((-0.35, 0.0), 0.35, 2.4, fc="#cccccc", ec=st.ink, lw=st.lw, comment="the wall")
        x_block = rest + shift
        _coil(
            dg,
            np.array([0.0, 0.6]),
            np.array([x_block, 0.6]),
            st,
            st.accents[1],
            int(pick(rng, (10, 12, 14, 16))),
        )
        dg.rect((x_block, 0.0), 1.2, 1.2, fc=st.fill, ec=st.ink, lw=st.lw, comment="the block")
        dg.line(
            [(rest, 0.0), (rest, 1.75)],
            color="#777777",
            lw=1.2,
            ls="--",
            comment="equilibrium position",
        )
        dg.arrow(
            (rest, 1.7),
            (x_block, 1.7),
            color=st.accents[0],
            lw=1.2,
            style="<|-|>",
            head=10,
            comment="amplitude",
        )
        dg.text(f"A = {a_cm} cm", (rest + shift / 2, 1.7), prefer=(0, 1), color=st.accents[0])
        dg.text(f"k = {k} N/m", (x_block / 2, 0.95), prefer=(0, 1), color=st.accents[1])
        dg.text(f"m = {num_text(m)} kg", (x_block + 1.2, 0.6), prefer=(1, 0), color=st.ink)
        dg.text("x = 0", (rest, -0.3), prefer=(0, -1), color="#555555")
        omega = math.sqrt(k / m)
        amp = a_cm / 100
        pool = [
            ask(
                rng,
                (
                    "What is the period of the oscillation, in seconds?",
                    "Find the period T (s) of the block's motion.",
                ),
                num_text(2 * math.pi / omega, 3),
            ),
            ask(
                rng,
                (
                    "What is the block's maximum speed, in m/s?",
                    "Find the largest speed the block reaches (m/s).",
                ),
                num_text(omega * amp, 3),
            ),
            ask(
                rng,
                ("What is the magnitude of the maximum acceleration, in m/s²?",),
                num_text(omega**2 * amp, 3),
            ),
            ask(
                rng,
                ("What is the total mechanical energy of the oscillator, in joules?",),
                num_text(0.5 * k * amp**2, 4),
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={
                "figure": "horizontal spring oscillator",
                "k": k,
                "mass": m,
                "amplitude_cm": a_cm,
            }
        )
        params = {"k": k, "mass": m, "amplitude": a_cm, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
