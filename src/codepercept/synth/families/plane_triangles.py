"""General triangle templates: side lengths and the angle sum."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.plane_common import (
    FAMILY,
    common_params,
    heron,
    law_of_cosines_angle,
    rotation,
    unit_vec,
)
from codepercept.synth.families.plane_verify import (
    verify_triangle_angle_sum,
    verify_triangle_side_lengths,
)
from codepercept.synth.kit import (
    Sketch,
    ask,
    choose_qas,
    deg_text,
    first_clean,
    fresh,
    letter_run,
    make_sample,
    pick,
    sample_sketch_style,
    unit_text,
)
from codepercept.synth.template import ParamSpec, Sample, template

UNITS = ("", "", "cm", "m")


@template(
    "triangle_side_lengths",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "int", 3, 12, help="side opposite the first vertex"),
        ParamSpec("b", "int", 3, 12, help="side opposite the second vertex"),
        ParamSpec("c", "int", 3, 12, help="side opposite the third vertex"),
        ParamSpec("unit", "choice", choices=UNITS, help="unit printed after lengths"),
        *common_params(),
    ),
    description="General triangle with labelled vertices and its three side lengths; "
    "asks perimeter, area (Heron) or one angle (law of cosines).",
    verify=verify_triangle_side_lengths,
)
def triangle_side_lengths(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        while True:
            a, b, c = (int(x) for x in rng.integers(3, 13, size=3))
            angs = (
                law_of_cosines_angle(a, b, c),
                law_of_cosines_angle(b, a, c),
                law_of_cosines_angle(c, a, b),
            )
            if all(28 <= x <= 120 for x in angs):
                break
        A, B, C = letter_run(rng, 3)
        unit = pick(rng, UNITS)
        rot = rotation(rng)
        sk = Sketch(style, f"Triangle {A}{B}{C}: {A}{B} = {c}, {B}{C} = {a}, {C}{A} = {b}", rot)
        sk.point(A, (0, 0))
        sk.point(B, (c, 0))
        sk.point(C, b * unit_vec(angs[0]))
        sk.polygon([A, B, C], comment="the triangle")
        sk.side_label(A, B, unit_text(c, unit))
        sk.side_label(B, C, unit_text(a, unit))
        sk.side_label(C, A, unit_text(b, unit))
        tri = f"{A}{B}{C}"
        v = pick(rng, (A, B, C))
        ang_v = angs[(A, B, C).index(v)]
        pool = [
            ask(
                rng,
                (
                    f"What is the area of triangle {tri}? Round to two decimal places.",
                    f"Using the side lengths shown, find the area of △{tri} (2 d.p.).",
                    f"Compute the area enclosed by triangle {tri}, to two decimals.",
                ),
                round(heron(a, b, c), 2),
            ),
            ask(
                rng,
                (
                    f"What is the perimeter of triangle {tri}?",
                    f"Find the perimeter of △{tri}.",
                    f"Add up the sides: how long is the boundary of triangle {tri}?",
                ),
                a + b + c,
            ),
            ask(
                rng,
                (
                    f"Find the measure of angle {v} in degrees, to one decimal place.",
                    f"Using the law of cosines, how large is ∠{v} (degrees, 1 d.p.)?",
                ),
                round(ang_v, 1),
            ),
        ]
        if rng.random() < 0.5:
            pool[0], pool[1] = pool[1], pool[0]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{A}{B}": c, f"{B}{C}": a, f"{C}{A}": b},
            angles={
                f"{C}{A}{B}": round(angs[0], 2),
                f"{A}{B}{C}": round(angs[1], 2),
                f"{B}{C}{A}": round(angs[2], 2),
            },
            extra={"shape": "triangle", "unit": unit, "area": round(heron(a, b, c), 4)},
        )
        params = {"a": a, "b": b, "c": c, "unit": unit, "rotation": rot, "letters": A + B + C}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "triangle_angle_sum",
    family=FAMILY,
    parameters=(
        ParamSpec("alpha", "int", 30, 95, help="angle at the first vertex, degrees"),
        ParamSpec("beta", "int", 30, 95, help="angle at the second vertex, degrees"),
        ParamSpec("exterior", "bool", help="ask the exterior angle at the third vertex"),
        ParamSpec("base", "float", 6, 9, help="length of the side between the known angles"),
        *common_params(),
    ),
    description="Triangle with two angles marked by arcs and degree labels; the third "
    "(or the exterior angle on a dashed extension) is asked.",
    verify=verify_triangle_angle_sum,
)
def triangle_angle_sum(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        while True:
            alpha, beta = (int(x) for x in rng.integers(30, 96, size=2))
            if 180 - alpha - beta >= 32:
                break
        gamma = 180 - alpha - beta
        exterior = bool(rng.random() < 0.4)
        A, B, C = letter_run(rng, 3)
        base = float(rng.uniform(6, 9))
        rot = rotation(rng)
        what = "exterior angle at " + C if exterior else "angle " + C
        sk = Sketch(style, f"Triangle {A}{B}{C} with two known angles; find the {what}", rot)
        ac = base * math.sin(math.radians(beta)) / math.sin(math.radians(alpha + beta))
        sk.point(A, (0, 0))
        sk.point(B, (base, 0))
        pc = sk.point(C, ac * unit_vec(alpha))
        sk.polygon([A, B, C], comment="the triangle")
        sk.angle(A, B, C, label=deg_text(alpha), comment="known angles")
        sk.angle(B, C, A, label=deg_text(beta), arcs=2, comment="known angles")
        tri = f"{A}{B}{C}"
        if exterior:
            D = fresh([A, B, C], "DEXP")
            pb = np.array([base, 0.0])
            c_local = ac * unit_vec(alpha)
            ext = c_local + (c_local - pb) / np.hypot(*(c_local - pb)) * 0.45 * base
            sk.point(D, ext)
            sk.segment(C, D, dashed=True, role="aux", comment=f"{B}{C} extended beyond {C}")
            sk.angle(C, D, A, label="?", comment="the unknown angle")
            answer = alpha + beta
            wordings = (
                f"Side {B}{C} is extended to {D}. What is the measure of angle {A}{C}{D}?",
                f"Find the exterior angle ∠{A}{C}{D} in degrees.",
                f"How many degrees is the angle marked '?' at {C}?",
            )
        else:
            sk.angle(C, A, B, label="?", comment="the unknown angle")
            answer = gamma
            wordings = (
                f"What is the measure of angle {C} in triangle {tri}?",
                f"Find ∠{A}{C}{B} in degrees.",
                f"How many degrees is the angle marked '?' at vertex {C}?",
            )
        del pc
        pool = [
            ask(rng, wordings, answer, "int"),
            ask(
                rng,
                (
                    f"What is the sum of the interior angles of triangle {tri}?",
                    "How many degrees do the three interior angles add up to?",
                ),
                180,
                "int",
            ),
            ask(
                rng,
                (
                    f"Which vertex of triangle {tri} has the largest angle?",
                    f"At which vertex is the largest interior angle of △{tri}?",
                ),
                (A, B, C)[int(np.argmax([alpha, beta, gamma]))],
                "choice",
            )
            if len({alpha, beta, gamma}) == 3
            else None,
        ]
        qas = choose_qas(rng, [q for q in pool if q is not None], k_max=2)
        angles = {f"{C}{A}{B}": alpha, f"{A}{B}{C}": beta, f"{B}{C}{A}": gamma}
        if exterior:
            angles[f"{A}{C}{D}"] = alpha + beta
        code, facts = sk.build(
            angles=angles,
            extra={"shape": "triangle", "exterior": exterior, "given_angles": [alpha, beta]},
        )
        params = {
            "alpha": alpha,
            "beta": beta,
            "exterior": exterior,
            "base": round(base, 2),
            "rotation": rot,
            "letters": A + B + C,
        }
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)
