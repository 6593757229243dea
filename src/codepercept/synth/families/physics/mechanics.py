"""Mechanics templates: a block on an incline with its force arrows and pulley systems (an
Atwood machine, a block on a table pulled by a hanging mass).

Answers use the textbook closed forms; the verifiers solve Newton's second law as a linear
system from the drawn force directions and the given masses.
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
    arc,
    hatch,
    sample_style,
)
from codepercept.synth.families.physics.verify import verify_incline, verify_pulley
from codepercept.synth.kit import (
    ask,
    choose_qas,
    deg_text,
    first_clean,
    make_sample,
    num_text,
    pick,
)
from codepercept.synth.kit.diagram import Diagram
from codepercept.synth.kit.numbers import rounded_list
from codepercept.synth.template import ParamSpec, Sample, template

# ----------------------------------------------------------------------------- incline


@template(
    "incline_block",
    family=FAMILY,
    parameters=(
        ParamSpec("angle", "int", 20, 45, help="incline angle, degrees"),
        ParamSpec("mass", "int", 2, 12, help="block mass, kg"),
        ParamSpec("mu", "float", 0, 0.3, help="kinetic friction coefficient (0: smooth)"),
        ParamSpec("flip", "bool", help="the incline rises to the left"),
        STYLE_PARAM,
    ),
    description="Block sliding down an incline (angle marked) with its weight, normal force "
    "and friction drawn as arrows; asks the acceleration, the normal force, the friction or "
    "the weight component along the slope.",
    verify=verify_incline,
)
def incline_block(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_style(rng)
        theta = int(pick(rng, (20, 25, 30, 35, 37, 40, 45)))
        m = int(rng.integers(2, 13))
        mu = float(pick(rng, (0.0, 0.0, 0.1, 0.15, 0.2, 0.25, 0.3)))
        flip = bool(rng.random() < 0.4)
        th = math.radians(theta)
        run = min(7.0, 5.0 / math.tan(th))
        h = run * math.tan(th)
        sx = -1.0 if flip else 1.0
        M = np.array([sx, 1.0])
        A, B, C = np.zeros(2), np.array([run, 0.0]) * M, np.array([run, h]) * M
        u = np.array([math.cos(th), math.sin(th)]) * M  # up the slope
        n = np.array([-math.sin(th), math.cos(th)]) * M
        n = n if n[1] > 0 else -n
        side = 1.2
        P = A + (C - A) * 0.55
        corners = [
            P - u * side / 2,
            P + u * side / 2,
            P + u * side / 2 + n * side,
            P - u * side / 2 + n * side,
        ]
        c = P + n * side / 2
        dg = Diagram(
            f"Block of {m} kg on a {theta}° incline",
            fontsize=st.fontsize,
            unit_px=float(pick(rng, (48.0, 55.0))),
        )
        dg.polygon([A, B, C], fc=st.fill, ec=st.ink, lw=st.lw, comment="the incline", path=True)
        hatch(dg, A - np.array([0.6 * sx, 0]), B + np.array([0.6 * sx, 0]), st, -1.0)
        mark = arc(A, 1.2, 0, theta) if not flip else arc(A, 1.2, 180 - theta, 180)
        dg.line(mark, color=st.accents[1], lw=1.4, comment="angle mark", path=False)
        bis = np.array([math.cos(th / 2) * sx, math.sin(th / 2)])
        dg.text(deg_text(theta), A + bis * 1.25, prefer=bis, color=st.ink)
        dg.polygon(corners, fc="#dddddd", ec=st.ink, lw=st.lw, comment="the block", zorder=2)
        scale = 2.4
        W = c + np.array([0.0, -scale])
        N = c + n * scale * math.cos(th)
        wname = str(pick(rng, ("mg", "W")))
        dg.arrow(c, W, color=st.accents[0], lw=st.lw, comment="forces on the block")
        dg.arrow(c, N, color=st.accents[1], lw=st.lw, comment="forces on the block")
        dg.text(wname, W, prefer=(0.3 * sx, -1), color=st.accents[0])
        dg.text("N", N, prefer=n, color=st.accents[1])
        forces = {"weight": 0, "normal": 1}
        if mu > 0:
            F = P + u * (0.6 + 3.0 * mu)
            dg.arrow(
                P + u * side / 2,
                F + u * side / 2,
                color=st.accents[2],
                lw=st.lw,
                comment="forces on the block",
            )
            dg.text("f", F + u * side / 2, prefer=u, color=st.accents[2])
            forces["friction"] = 2
        given = f"m = {m} kg"
        dg.text(given, corners[2], prefer=n + u * 0.5, color=st.ink)
        dg.text(
            "μ = " + num_text(mu) if mu > 0 else "smooth",
            A + (C - A) * 0.22,
            prefer=-n,
            color=st.ink,
        )
        acc = G * (math.sin(th) - mu * math.cos(th))
        normal = m * G * math.cos(th)
        pool = [
            ask(
                rng,
                (
                    f"What is the acceleration of the block down the incline in m/s²? {G_NOTE}",
                    f"Find the block's acceleration along the slope (m/s²) {G_NOTE}.",
                ),
                round(acc, 2),
            ),
            ask(
                rng,
                (
                    f"What is the magnitude of the normal force N in newtons? {G_NOTE}",
                    f"Find N, the normal force on the block (N) {G_NOTE}.",
                ),
                round(normal, 2),
            ),
            ask(
                rng,
                (
                    f"What is the component of the weight along the incline, in newtons? {G_NOTE}",
                    f"Find the weight component parallel to the slope (N) {G_NOTE}.",
                ),
                round(m * G * math.sin(th), 2),
            ),
        ]
        if mu > 0:
            pool.append(
                ask(
                    rng,
                    (f"What is the magnitude of the friction force f in newtons? {G_NOTE}",),
                    round(mu * normal, 2),
                )
            )
        qas = choose_qas(rng, pool)
        code, facts = dg.build(
            extra={
                "figure": "block on an inclined plane",
                "angle": theta,
                "mass": m,
                "mu": mu,
                "slope": [rounded_list(C, 2), rounded_list(A, 2)],
                "forces": forces,
            }
        )
        params = {"angle": theta, "mass": m, "mu": mu, "flip": flip, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)


# ----------------------------------------------------------------------------- pulleys


def _block(dg: Diagram, centre: np.ndarray, w: float, h: float, st: PhysStyle, colour: str) -> None:
    dg.rect(
        centre - np.array([w / 2, h / 2]), w, h, fc=colour, ec=st.ink, lw=st.lw, comment="blocks"
    )


@template(
    "pulley_system",
    family=FAMILY,
    parameters=(
        ParamSpec("setup", "choice", choices=("atwood", "table")),
        ParamSpec("m1", "int", 1, 10, help="first mass, kg (the one on the table)"),
        ParamSpec("m2", "int", 1, 10, help="second (hanging) mass, kg"),
        ParamSpec("mu", "float", 0, 0.3, help="friction coefficient on the table"),
        STYLE_PARAM,
    ),
    description="Pulley system with light string: an Atwood machine (two hanging masses) or a "
    "block on a table pulled by a hanging mass over a pulley at the edge; asks the "
    "acceleration or the string tension.",
    verify=verify_pulley,
)
def pulley_system(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        st = sample_style(rng)
        setup = str(pick(rng, ("atwood", "table")))
        dg = Diagram(
            f"Pulley system ({setup})", fontsize=st.fontsize, unit_px=float(pick(rng, (44.0, 50.0)))
        )
        blocks: list[dict] = []
        if setup == "atwood":
            m1, m2 = (int(x) for x in rng.choice(np.arange(1, 11), size=2, replace=False))
            mu = 0.0
            hub, r = np.array([0.0, 5.0]), 0.6
            hatch(dg, np.array([-1.6, 6.2]), np.array([1.6, 6.2]), st, 1.0)
            dg.line([(0, 6.2), hub], color=st.ink, lw=st.lw, comment="pulley")
            dg.circle(hub, r, fc=st.fill, ec=st.ink, lw=st.lw, comment="pulley")
            dg.dots([hub], color=st.ink, size=5, comment="pulley")
            y1, y2 = float(rng.uniform(0.2, 2.0)), float(rng.uniform(0.2, 2.0))
            for x, y, m, name in ((-r, y1, m1, "m₁"), (r, y2, m2, "m₂")):
                h = 0.7 + 0.05 * m
                dg.line([(x, 5.0), (x, y + h / 2)], color=st.ink, lw=1.3, comment="string")
                _block(dg, np.array([x, y]), 1.0, h, st, "#dddddd")
                dg.text(
                    f"{name} = {m} kg",
                    (x + (-0.5 if x < 0 else 0.5), y),
                    prefer=(np.sign(x), 0),
                    color=st.ink,
                )
                blocks.append({"name": name, "mass": m, "hangs": True, "at": [x, round(y, 2)]})
            acc = abs(m1 - m2) * G / (m1 + m2)
            tension = 2 * m1 * m2 * G / (m1 + m2)
        else:
            m1, m2 = int(rng.integers(1, 11)), int(rng.integers(1, 11))
            mu = float(pick(rng, (0.0, 0.0, 0.1, 0.2, 0.3)))
            if m2 <= mu * m1:
                m2 = int(math.floor(mu * m1)) + 1
            dg.rect((-6.0, -0.4), 6.0, 0.4, fc=st.fill, ec=st.ink, lw=st.lw, comment="table")
            dg.line([(-5.6, -0.4), (-5.6, -4.2)], color=st.ink, lw=st.lw + 1, comment="table")
            hub, r = np.array([0.45, 0.45]), 0.45
            dg.line([(0.0, 0.0), hub], color=st.ink, lw=st.lw, comment="pulley")
            dg.circle(hub, r, fc=st.fill, ec=st.ink, lw=st.lw, comment="pulley")
            dg.dots([hub], color=st.ink, size=5, comment="pulley")
            bx = float(rng.uniform(-4.4, -3.0))
            dg.line([(bx + 0.7, 0.9), (hub[0], 0.9)], color=st.ink, lw=1.3, comment="string")
            _block(dg, np.array([bx, 0.6]), 1.4, 1.2, st, "#dddddd")
            y2 = float(rng.uniform(-3.4, -2.2))
            dg.line([(0.9, 0.45), (0.9, y2 + 0.45)], color=st.ink, lw=1.3, comment="string")
            _block(dg, np.array([0.9, y2]), 0.9, 0.9, st, "#dddddd")
            dg.text(f"m₁ = {m1} kg", (bx, 1.2), prefer=(0, 1), color=st.ink)
            dg.text(f"m₂ = {m2} kg", (1.35, y2), prefer=(1, 0), color=st.ink)
            dg.text(
                "μ = " + num_text(mu) if mu > 0 else "frictionless",
                (-1.6, 0.0),
                prefer=(0, 1),
                color=st.ink,
            )
            blocks = [
                {"name": "m₁", "mass": m1, "hangs": False, "at": [round(bx, 2), 0.6]},
                {"name": "m₂", "mass": m2, "hangs": True, "at": [0.9, round(y2, 2)]},
            ]
            acc = (m2 - mu * m1) * G / (m1 + m2)
            tension = m1 * (acc + mu * G)
        pool = [
            ask(
                rng,
                (
                    f"What is the magnitude of the acceleration of the masses, in m/s²? {G_NOTE}",
                    f"Find the acceleration of the system (m/s²) {G_NOTE}.",
                ),
                round(acc, 2),
            ),
            ask(
                rng,
                (
                    f"What is the tension in the string, in newtons? {G_NOTE}",
                    f"Find the string tension T (N) {G_NOTE}.",
                ),
                round(tension, 2),
            ),
        ]
        qas = choose_qas(rng, pool)
        figure = (
            "Atwood machine"
            if setup == "atwood"
            else "block on a table pulled over a pulley by a hanging mass"
        )
        code, facts = dg.build(extra={"figure": figure, "setup": setup, "mu": mu, "blocks": blocks})
        params = {"setup": setup, "m1": m1, "m2": m2, "mu": mu, "style": st.as_params()}
        return dg, make_sample(params, code, facts, qas)

    return first_clean(rng, attempt)
