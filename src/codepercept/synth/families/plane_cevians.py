"""Triangles with auxiliary lines: altitude, median, angle bisector, and a parallel cut
(similar triangles)."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from codepercept.synth.families.plane_common import (
    FAMILY,
    common_params,
    heron,
    integer_triangle,
    place_on_base,
    rotation,
    unit_vec,
)
from codepercept.synth.families.plane_verify import (
    verify_similar_triangles_parallel,
    verify_triangle_altitude,
    verify_triangle_angle_bisector,
    verify_triangle_median,
)
from codepercept.synth.kit import (
    Sketch,
    ask,
    choose_qas,
    first_clean,
    fresh,
    letter_run,
    make_sample,
    num_text,
    pick,
    sample_sketch_style,
)
from codepercept.synth.template import ParamSpec, Sample, template


@template(
    "triangle_altitude",
    family=FAMILY,
    parameters=(
        ParamSpec("height", "int", 3, 9, help="altitude from the apex"),
        ParamSpec("base", "int", 4, 16, help="side the altitude falls on"),
        ParamSpec("foot", "float", 2, 15, help="distance from the second vertex to the foot"),
        ParamSpec("obtuse", "bool", help="foot falls on the dashed extension of the base"),
        *common_params(),
    ),
    description="Triangle with the altitude from a vertex drawn dashed, a right-angle mark at "
    "its foot (on the base or on its dashed extension); asks the area or a side.",
    verify=verify_triangle_altitude,
)
def triangle_altitude(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        A, B, C = letter_run(rng, 3)
        D = fresh([A, B, C], "DHE")
        h = int(rng.integers(3, 10))
        obtuse = bool(rng.random() < 0.35)
        rot = rotation(rng)
        sk = Sketch(style, f"Triangle {A}{B}{C} with the altitude {A}{D} from {A}", rot)
        if obtuse:
            a = int(rng.integers(4, 11))
            e = int(rng.integers(2, max(3, a // 2 + 1)))
            sk.point(B, (0, 0))
            sk.point(C, (a, 0))
            sk.point(D, (a + e, 0))
            sk.point(A, (a + e, h))
            sk.polygon([A, B, C], comment="the triangle")
            sk.segment(C, D, dashed=True, role="aux", comment=f"{B}{C} extended and the altitude")
            sk.segment(A, D, dashed=True, role="aux", comment=f"{B}{C} extended and the altitude")
            sk.side_label(B, C, str(a))
            sk.side_label(C, D, str(e))
            ab, ac = math.hypot(a + e, h), math.hypot(e, h)
            given = {f"{B}{C}": a, f"{C}{D}": e, f"{A}{D}": h}
        else:
            p, q = (int(x) for x in rng.integers(2, 9, size=2))
            a = p + q
            sk.point(B, (0, 0))
            sk.point(C, (a, 0))
            sk.point(D, (p, 0))
            sk.point(A, (p, h))
            sk.polygon([A, B, C], comment="the triangle")
            sk.segment(A, D, dashed=True, role="aux", comment="the altitude")
            sk.side_label(B, D, str(p))
            sk.side_label(D, C, str(q))
            ab, ac = math.hypot(p, h), math.hypot(q, h)
            given = {f"{B}{D}": p, f"{D}{C}": q, f"{A}{D}": h}
        sk.right_angle(D, C, A, comment=f"right angle at the foot {D}")
        sk.side_label(A, D, str(h), away=B if obtuse else None)
        tri = f"{A}{B}{C}"
        pool = [
            ask(
                rng,
                (
                    f"What is the area of triangle {tri}?",
                    f"Using the altitude {A}{D}, find the area of △{tri}.",
                    f"{A}{D} ⊥ {B}{C}. Compute the area of triangle {tri}.",
                ),
                a * h / 2,
            ),
            ask(
                rng,
                (
                    f"How long is side {A}{B}? Round to two decimals.",
                    f"Find {A}{B} to two decimal places.",
                ),
                round(ab, 2),
            ),
            ask(
                rng,
                (
                    f"How long is side {A}{C}? Round to two decimals.",
                    f"Find the length of {A}{C} (2 d.p.).",
                ),
                round(ac, 2),
            ),
        ]
        if rng.random() < 0.3:
            pool = [pool[1], pool[0], pool[2]]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={**given, f"{B}{C}": a, f"{A}{B}": round(ab, 4), f"{A}{C}": round(ac, 4)},
            angles={f"{A}{D}{B}": 90.0},
            extra={"shape": "triangle", "auxiliary": ["altitude"], "foot_outside": obtuse},
        )
        params = {"height": h, "base": a, "foot": a + e if obtuse else p, "obtuse": obtuse}
        params |= {"rotation": rot, "letters": A + B + C}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "triangle_median",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "int", 4, 12, help="side cut in half by the median (even)"),
        ParamSpec("b", "int", 4, 12),
        ParamSpec("c", "int", 4, 12),
        *common_params(),
    ),
    description="Triangle with a dashed median to the midpoint of a side, equal tick marks on "
    "the two halves; asks the median length (Apollonius), the side or a half-area.",
    verify=verify_triangle_median,
)
def triangle_median(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        a, b, c, _ = integer_triangle(rng, even_a=True)
        A, B, C = letter_run(rng, 3)
        M = fresh([A, B, C], "MDN")
        rot = rotation(rng)
        sk = Sketch(style, f"Triangle {A}{B}{C} with the median {A}{M} ({M} is the midpoint)", rot)
        place_on_base(sk, (A, B, C), a, b, c)
        sk.point(M, (a / 2, 0))
        sk.polygon([A, B, C], comment="the triangle")
        sk.segment(A, M, dashed=True, role="aux", comment="the median")
        sk.ticks(B, M, comment=f"{B}{M} = {M}{C}")
        sk.ticks(M, C, comment=f"{B}{M} = {M}{C}")
        sk.side_label(A, B, str(c))
        sk.side_label(A, C, str(b))
        sk.side_label(B, M, num_text(a / 2))
        median = 0.5 * math.sqrt(2 * b * b + 2 * c * c - a * a)
        pool = [
            ask(
                rng,
                (
                    f"What is the length of the median {A}{M}? Round to two decimals.",
                    f"Find {A}{M} to two decimal places.",
                    f"{M} is the midpoint of {B}{C}. How long is {A}{M} (2 d.p.)?",
                ),
                round(median, 2),
            ),
            ask(
                rng,
                (f"How long is {B}{C}?", f"What is the length of side {B}{C}?"),
                a,
            ),
            ask(
                rng,
                (
                    f"What is the area of triangle {A}{B}{M}? Round to two decimals.",
                    f"Find the area of △{A}{M}{C} (2 d.p.).",
                ),
                round(heron(a, b, c) / 2, 2),
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{B}{C}": a, f"{C}{A}": b, f"{A}{B}": c, f"{A}{M}": round(median, 4)},
            extra={"shape": "triangle", "auxiliary": ["median"], "midpoint": M},
        )
        params = {"a": a, "b": b, "c": c, "rotation": rot, "letters": A + B + C}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "triangle_angle_bisector",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "int", 4, 12, help="side the bisector cuts"),
        ParamSpec("b", "int", 4, 12),
        ParamSpec("c", "int", 4, 12),
        *common_params(),
    ),
    description="Triangle with a dashed angle bisector, its two equal half-angles marked by "
    "arcs; asks the segments it cuts on the opposite side (angle bisector theorem).",
    verify=verify_triangle_angle_bisector,
)
def triangle_angle_bisector(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        a, b, c, angs = integer_triangle(rng)
        A, B, C = letter_run(rng, 3)
        D = fresh([A, B, C], "DLE")
        rot = rotation(rng)
        sk = Sketch(style, f"Triangle {A}{B}{C}; {A}{D} bisects the angle at {A}", rot)
        place_on_base(sk, (A, B, C), a, b, c)
        bd = a * c / (b + c)
        sk.point(D, (bd, 0))
        sk.polygon([A, B, C], comment="the triangle")
        sk.segment(A, D, dashed=True, role="aux", comment="the angle bisector")
        sk.angle(A, B, D, tick=True, comment="equal halves of the angle")
        sk.angle(A, D, C, tick=True, comment="equal halves of the angle")
        sk.side_label(A, B, str(c))
        sk.side_label(A, C, str(b))
        # D splits BC, so a bare number beside BC could be read as BD or DC: name the side
        sk.side_label(B, C, f"{B}{C} = {a}", away=A)
        ratio = Fraction(c, b)
        pool = [
            ask(
                rng,
                (
                    f"How long is {B}{D}? Round to two decimals.",
                    f"{A}{D} bisects ∠{B}{A}{C}. Find {B}{D} (2 d.p.).",
                    f"Using the angle bisector theorem, what is {B}{D}?",
                ),
                round(bd, 2),
            ),
            ask(
                rng,
                (f"How long is {D}{C}? Round to two decimals.", f"Find {D}{C} to two decimals."),
                round(a - bd, 2),
            ),
            ask(
                rng,
                (
                    f"What is the ratio {B}{D} : {D}{C} in lowest terms?",
                    f"Give {B}{D}/{D}{C} as a simplified fraction.",
                ),
                f"{ratio.numerator}/{ratio.denominator}",
                "free",
            ),
        ]
        qas = choose_qas(rng, pool)
        half = round(angs[0] / 2, 2)
        code, facts = sk.build(
            lengths={f"{B}{C}": a, f"{C}{A}": b, f"{A}{B}": c, f"{B}{D}": round(bd, 4)},
            angles={f"{B}{A}{D}": half, f"{D}{A}{C}": half},
            extra={"shape": "triangle", "auxiliary": ["angle bisector"]},
        )
        params = {"a": a, "b": b, "c": c, "rotation": rot, "letters": A + B + C}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "similar_triangles_parallel",
    family=FAMILY,
    parameters=(
        ParamSpec("ad", "int", 2, 6, help="apex to the cut on the first side"),
        ParamSpec("db", "int", 2, 6, help="cut to the base vertex"),
        ParamSpec("base", "float", 4, 18, help="length of the base, parallel to the cut"),
        ParamSpec("ask_for", "choice", choices=("base", "segment")),
        ParamSpec("angle_b", "float", 50, 78, help="base angle at the second vertex"),
        *common_params(),
    ),
    description="Triangle cut by a segment parallel to its base (parallel marks on both); "
    "asks the base, a cut segment or the area ratio of the similar triangles.",
    verify=verify_similar_triangles_parallel,
)
def similar_triangles_parallel(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        while True:
            p, q = (int(x) for x in rng.integers(2, 7, size=2))
            ab = p + q
            L = int(rng.integers(max(4, int(0.7 * ab)), int(1.5 * ab) + 1))
            de = Fraction(L * p, ab)
            if de.denominator in (1, 2):
                break
        ang_b = float(rng.uniform(50, 78))
        A, B, C = letter_run(rng, 3)
        D, E = fresh([A, B, C], "DM"), fresh([A, B, C], "EN")
        rot = rotation(rng)
        sk = Sketch(style, f"Triangle {A}{B}{C} cut by {D}{E} parallel to {B}{C}", rot)
        apex = ab * unit_vec(ang_b)
        sk.point(B, (0, 0))
        sk.point(C, (L, 0))
        sk.point(A, apex)
        k = p / ab
        pd = apex + (np.array([0.0, 0.0]) - apex) * k
        pe = apex + (np.array([float(L), 0.0]) - apex) * k
        sk.point(D, pd)
        sk.point(E, pe)
        sk.polygon([A, B, C], comment="the triangle")
        sk.segment(D, E, comment=f"{D}{E} parallel to {B}{C}")
        sk.parallel(D, E, comment="parallel marks")
        sk.parallel(B, C, comment="parallel marks")
        ask_for = pick(rng, ("base", "segment"))
        sk.side_label(A, D, str(p))
        sk.side_label(D, B, str(q))
        ac = float(np.hypot(*(apex - [L, 0.0])))
        ae = ac * k
        if ask_for == "base":
            sk.side_label(D, E, num_text(float(de)), away=A)
            main = ask(
                rng,
                (
                    f"{D}{E} ∥ {B}{C}. How long is {B}{C}?",
                    f"Find the length of {B}{C}.",
                    f"Using similar triangles {A}{D}{E} and {A}{B}{C}, compute {B}{C}.",
                ),
                L,
            )
        else:
            sk.side_label(B, C, str(L), away=A)
            main = ask(
                rng,
                (
                    f"{D}{E} ∥ {B}{C}. How long is {D}{E}?",
                    f"Find the length of {D}{E}.",
                    f"Triangles {A}{D}{E} and {A}{B}{C} are similar. What is {D}{E}?",
                ),
                float(de),
            )
        r2 = Fraction(p, ab) ** 2
        pool = [
            main,
            ask(
                rng,
                (
                    f"What is the ratio of the areas of triangle {A}{D}{E} to triangle {A}{B}{C}?",
                    f"Area of △{A}{D}{E} : area of △{A}{B}{C} = ? (simplified fraction)",
                ),
                f"{r2.numerator}/{r2.denominator}",
                "free",
            ),
            ask(
                rng,
                (
                    f"What is the ratio {A}{E} : {E}{C}?",
                    f"Give {A}{E}/{E}{C} as a fraction in lowest terms.",
                ),
                f"{Fraction(p, q).numerator}/{Fraction(p, q).denominator}",
                "free",
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={
                f"{A}{D}": p,
                f"{D}{B}": q,
                f"{B}{C}": L,
                f"{D}{E}": float(de),
                f"{A}{E}": round(ae, 4),
            },
            extra={"shape": "triangle", "auxiliary": ["parallel line"], "ratio": [p, ab]},
        )
        params = {"ad": p, "db": q, "base": L, "ask_for": ask_for, "rotation": rot}
        params |= {"letters": A + B + C, "angle_b": round(ang_b, 2)}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)
