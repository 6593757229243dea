"""Triangle templates: side lengths, angle sums, right and isosceles triangles."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families._draw import Sketch
from codepercept.synth.families.plane_common import (
    FAMILY,
    LETTER_RUNS,
    ask,
    choose_qas,
    deg,
    finish,
    first_clean,
    fresh,
    heron,
    law_of_cosines_angle,
    letters,
    pick,
    rotation,
    sample_style,
    unit_text,
    unit_vec,
)
from codepercept.synth.template import ParamSpec, Sample, template

COMMON = (
    ParamSpec("rotation", "float", -25, 25, help="whole-figure rotation, degrees"),
    ParamSpec("letters", "choice", choices=LETTER_RUNS, help="run the vertex letters come from"),
    ParamSpec("style", "str", help="palette, line widths, font size, figure size, fill"),
)
UNITS = ("", "", "cm", "m")


@template(
    "triangle_side_lengths",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "int", 3, 12, help="side opposite the first vertex"),
        ParamSpec("b", "int", 3, 12, help="side opposite the second vertex"),
        ParamSpec("c", "int", 3, 12, help="side opposite the third vertex"),
        ParamSpec("unit", "choice", choices=UNITS, help="unit printed after lengths"),
        *COMMON,
    ),
    description="General triangle with labelled vertices and its three side lengths; "
    "asks perimeter, area (Heron) or one angle (law of cosines).",
)
def triangle_side_lengths(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_style(rng)
        while True:
            a, b, c = (int(x) for x in rng.integers(3, 13, size=3))
            angs = (
                law_of_cosines_angle(a, b, c),
                law_of_cosines_angle(b, a, c),
                law_of_cosines_angle(c, a, b),
            )
            if all(28 <= x <= 120 for x in angs):
                break
        A, B, C = letters(rng, 3)
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
        return sk, code, facts, params, qas, style

    sk, code, facts, params, qas, style = first_clean(rng, attempt)
    return finish("triangle_side_lengths", params, style, code, facts, qas)


@template(
    "triangle_angle_sum",
    family=FAMILY,
    parameters=(
        ParamSpec("alpha", "int", 30, 95, help="angle at the first vertex, degrees"),
        ParamSpec("beta", "int", 30, 95, help="angle at the second vertex, degrees"),
        ParamSpec("exterior", "bool", help="ask the exterior angle at the third vertex"),
        *COMMON,
    ),
    description="Triangle with two angles marked by arcs and degree labels; the third "
    "(or the exterior angle on a dashed extension) is asked.",
)
def triangle_angle_sum(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_style(rng)
        while True:
            alpha, beta = (int(x) for x in rng.integers(30, 96, size=2))
            if 180 - alpha - beta >= 32:
                break
        gamma = 180 - alpha - beta
        exterior = bool(rng.random() < 0.4)
        A, B, C = letters(rng, 3)
        base = float(rng.uniform(6, 9))
        rot = rotation(rng)
        what = "exterior angle at " + C if exterior else "angle " + C
        sk = Sketch(style, f"Triangle {A}{B}{C} with two known angles; find the {what}", rot)
        ac = base * math.sin(math.radians(beta)) / math.sin(math.radians(alpha + beta))
        sk.point(A, (0, 0))
        sk.point(B, (base, 0))
        pc = sk.point(C, ac * unit_vec(alpha))
        sk.polygon([A, B, C], comment="the triangle")
        sk.angle(A, B, C, label=deg(alpha), comment="known angles")
        sk.angle(B, C, A, label=deg(beta), arcs=2, comment="known angles")
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
        return sk, code, facts, params, qas, style

    sk, code, facts, params, qas, style = first_clean(rng, attempt)
    return finish("triangle_angle_sum", params, style, code, facts, qas)


TRIPLES = ((3, 4, 5), (5, 12, 13), (8, 15, 17), (6, 8, 10), (9, 12, 15), (20, 21, 29), (7, 24, 25))


@template(
    "right_triangle_pythagoras",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "float", 3, 24, help="leg opposite the first vertex"),
        ParamSpec("b", "float", 3, 24, help="the other leg"),
        ParamSpec("given", "choice", choices=("legs", "leg_hyp"), help="which sides are shown"),
        ParamSpec("unit", "choice", choices=UNITS),
        *COMMON,
    ),
    description="Right triangle with a right-angle mark and two labelled sides; asks the "
    "third side (Pythagoras), the area or an acute angle.",
)
def right_triangle_pythagoras(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_style(rng)
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
        A, B, C = letters(rng, 3)
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
        return sk, code, facts, params, qas, style

    sk, code, facts, params, qas, style = first_clean(rng, attempt)
    return finish("right_triangle_pythagoras", params, style, code, facts, qas)


ISO_TRIPLES = ((5, 3, 4), (13, 5, 12), (10, 6, 8), (17, 8, 15), (5, 4, 3), (15, 9, 12), (25, 7, 24))


@template(
    "isosceles_triangle",
    family=FAMILY,
    parameters=(
        ParamSpec("mode", "choice", choices=("base_angle", "apex_angle", "altitude")),
        ParamSpec("base_angle", "int", 35, 75, help="base angle, degrees (angle modes)"),
        ParamSpec("leg", "int", 5, 25, help="equal side (altitude mode)"),
        *COMMON,
    ),
    description="Isosceles triangle with equal-length tick marks; asks the apex or base "
    "angle, or the altitude on the dashed axis of symmetry with its right-angle mark.",
)
def isosceles_triangle(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_style(rng)
        mode = pick(rng, ("base_angle", "apex_angle", "altitude"))
        A, B, C = letters(rng, 3)
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
            sk.angle(B, C, A, label=deg(beta) if mode == "base_angle" else None, comment="angles")
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
                sk.angle(A, B, C, label=deg(apex), comment="angles")
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
        return sk, code, facts, params, qas, style

    sk, code, facts, params, qas, style = first_clean(rng, attempt)
    return finish("isosceles_triangle", params, style, code, facts, qas)
