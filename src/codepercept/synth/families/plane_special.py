"""Special triangles: right triangles (Pythagoras) and isosceles triangles."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.plane_common import (
    FAMILY,
    common_params,
    rotation,
)
from codepercept.synth.families.plane_triangles import UNITS
from codepercept.synth.families.plane_verify import (
    verify_isosceles_triangle,
    verify_right_triangle_pythagoras,
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

TRIPLES = ((3, 4, 5), (5, 12, 13), (8, 15, 17), (6, 8, 10), (9, 12, 15), (20, 21, 29), (7, 24, 25))


@template(
    "right_triangle_pythagoras",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "float", 3, 24, help="leg opposite the first vertex"),
        ParamSpec("b", "float", 3, 24, help="the other leg"),
        ParamSpec("given", "choice", choices=("legs", "leg_hyp"), help="which sides are shown"),
        ParamSpec("unit", "choice", choices=UNITS),
        *common_params(30),
    ),
    description="Right triangle with a right-angle mark and two labelled sides; asks the "
    "third side (Pythagoras), the area or an acute angle.",
    verify=verify_right_triangle_pythagoras,
)
def right_triangle_pythagoras(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        given = pick(rng, ("legs", "leg_hyp"))
        if given == "leg_hyp" or rng.random() < 0.5:
            a, b, _ = TRIPLES[int(rng.integers(len(TRIPLES)))]
            a, b = (a, b) if rng.random() < 0.5 else (b, a)
        else:
            while True:
                a, b = (int(x) for x in rng.integers(3, 13, size=2))
                if max(a, b) / min(a, b) <= 2.6:
                    break
        c = math.hypot(a, b)
        unit = pick(rng, UNITS)
        A, B, C = letter_run(rng, 3)
        rot = rotation(rng, 30)
        sk = Sketch(style, f"Right triangle {A}{B}{C} with the right angle at {C}", rot)
        sk.point(C, (0, 0))
        sk.point(B, (a, 0))
        sk.point(A, (0, b))
        sk.polygon([A, B, C], comment="the triangle")
        sk.right_angle(C, B, A, comment=f"right angle at {C}")
        sk.side_label(B, C, unit_text(a, unit))
        if given == "legs":
            sk.side_label(C, A, unit_text(b, unit))
            sk.side_label(A, B, "?")
            main = ask(
                rng,
                (
                    f"What is the length of the hypotenuse {A}{B}? Round to two decimals.",
                    f"Find {A}{B} (2 d.p.).",
                    "How long is the side marked '?'? Give two decimal places.",
                ),
                round(c, 2),
            )
        else:
            sk.side_label(A, B, unit_text(c, unit))
            sk.side_label(C, A, "?")
            main = ask(
                rng,
                (
                    f"Find the length of leg {A}{C}.",
                    "How long is the side marked '?'?",
                    f"Using the Pythagorean theorem, what is {C}{A}?",
                ),
                round(b, 2),
            )
        pool = [
            main,
            ask(
                rng,
                (
                    f"What is the area of triangle {A}{B}{C}?",
                    f"Find the area of right triangle {A}{B}{C}.",
                ),
                round(a * b / 2, 2),
            ),
            ask(
                rng,
                (
                    f"What is angle {A} in degrees, to one decimal place?",
                    f"Find ∠{C}{A}{B} to the nearest tenth of a degree.",
                ),
                round(math.degrees(math.atan2(a, b)), 1),
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{B}{C}": a, f"{C}{A}": b, f"{A}{B}": round(c, 4)},
            angles={
                f"{A}{C}{B}": 90.0,
                f"{C}{A}{B}": round(math.degrees(math.atan2(a, b)), 2),
                f"{A}{B}{C}": round(math.degrees(math.atan2(b, a)), 2),
            },
            extra={"shape": "right triangle", "right_angle_at": C, "given": given, "unit": unit},
        )
        params = {"a": a, "b": b, "given": given, "unit": unit, "rotation": rot}
        params["letters"] = A + B + C
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


ISO_TRIPLES = ((5, 3, 4), (13, 5, 12), (10, 6, 8), (17, 8, 15), (5, 4, 3), (15, 9, 12), (25, 7, 24))


@template(
    "isosceles_triangle",
    family=FAMILY,
    parameters=(
        ParamSpec("mode", "choice", choices=("base_angle", "apex_angle", "altitude")),
        ParamSpec("base_angle", "int", 35, 75, help="base angle, degrees (angle modes)"),
        ParamSpec("leg", "float", 4, 25, help="equal side (an integer in altitude mode)"),
        *common_params(),
    ),
    description="Isosceles triangle with equal-length tick marks; asks the apex or base "
    "angle, or the altitude on the dashed axis of symmetry with its right-angle mark.",
    verify=verify_isosceles_triangle,
)
def isosceles_triangle(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        mode = pick(rng, ("base_angle", "apex_angle", "altitude"))
        A, B, C = letter_run(rng, 3)
        rot = rotation(rng)
        sk = Sketch(style, f"Isosceles triangle {A}{B}{C} with {A}{B} = {A}{C}", rot)
        if mode == "altitude":
            leg, half, h = ISO_TRIPLES[int(rng.integers(len(ISO_TRIPLES)))]
            beta = math.degrees(math.acos(half / leg))
        else:
            beta = int(rng.integers(35, 76))
            half = 4.0
            h = half * math.tan(math.radians(beta))
            leg = math.hypot(half, h)
        sk.point(B, (-half, 0))
        sk.point(C, (half, 0))
        sk.point(A, (0, h))
        sk.polygon([A, B, C], comment="the triangle")
        sk.ticks(A, B, comment="equal sides")
        sk.ticks(A, C, comment="equal sides")
        tri = f"{A}{B}{C}"
        lengths = {f"{A}{B}": round(leg, 4), f"{A}{C}": round(leg, 4), f"{B}{C}": 2 * half}
        if mode == "altitude":
            D = fresh([A, B, C], "DHM")
            sk.point(D, (0, 0))
            sk.segment(A, D, dashed=True, role="aux", comment="axis of symmetry (altitude)")
            sk.right_angle(D, C, A, comment="axis of symmetry (altitude)")
            sk.side_label(A, B, str(leg))
            sk.side_label(B, C, str(2 * half))
            lengths[f"{A}{D}"] = h
            pool = [
                ask(
                    rng,
                    (
                        f"What is the length of the altitude {A}{D}?",
                        f"Find the height {A}{D} of the isosceles triangle.",
                        f"{A}{D} is perpendicular to {B}{C}. How long is {A}{D}?",
                    ),
                    h,
                ),
                ask(
                    rng,
                    (f"What is the area of triangle {tri}?", f"Find the area of △{tri}."),
                    half * h,
                ),
                ask(
                    rng,
                    (f"How long is {B}{D}?", f"What is the length of {D}{C}?"),
                    half,
                ),
            ]
        else:
            apex = 180 - 2 * beta
            sk.angle(
                B, C, A, label=deg_text(beta) if mode == "base_angle" else None, comment="angles"
            )
            sk.angle(C, A, B, label="?" if mode == "apex_angle" else None, comment="angles")
            if mode == "base_angle":
                sk.angle(A, B, C, label="?", comment="angles")
                wordings = (
                    f"What is the measure of the apex angle {B}{A}{C}?",
                    f"Find ∠{A} in degrees.",
                    "How many degrees is the angle marked '?'?",
                )
                answer = apex
            else:
                sk.angle(A, B, C, label=deg_text(apex), comment="angles")
                wordings = (
                    f"What is the measure of base angle {A}{C}{B}?",
                    f"Find ∠{C} in degrees.",
                    "How many degrees is the angle marked '?'?",
                )
                answer = beta
            pool = [
                ask(rng, wordings, answer, "int"),
                ask(
                    rng,
                    (
                        f"Which two sides of triangle {tri} are equal?",
                        "The tick marks show two equal sides. Which are they?",
                    ),
                    f"{A}{B} and {A}{C}",
                    "free",
                ),
            ]
        qas = choose_qas(rng, pool)
        angles = {f"{A}{B}{C}": round(beta, 2), f"{B}{C}{A}": round(beta, 2)}
        angles[f"{B}{A}{C}"] = round(180 - 2 * beta, 2)
        code, facts = sk.build(
            lengths=lengths,
            angles=angles,
            extra={"shape": "isosceles triangle", "apex": A, "mode": mode},
        )
        params = {"mode": mode, "base_angle": round(beta, 2), "leg": round(leg, 3)}
        params |= {"rotation": rot, "letters": A + B + C}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)
