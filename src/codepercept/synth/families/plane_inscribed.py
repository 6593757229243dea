"""Inscribed and circumscribed figures: incircle and circumcircle of a triangle, a regular
polygon in a circle, a circle in a square (and the square in a circle)."""

from __future__ import annotations

import math

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
    verify_regular_polygon_in_circle,
    verify_square_circle_inscribed,
    verify_triangle_circumcircle,
    verify_triangle_incircle,
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
    num_text,
    pick,
    sample_sketch_style,
)
from codepercept.synth.template import ParamSpec, Sample, template

#: Integer triangles (a, b, c) with a rational inradius, listed with it.
NICE_INCIRCLE = ((5, 3, 4), (10, 6, 8), (13, 5, 12), (15, 9, 12), (14, 13, 15), (6, 5, 5))
NICE_INCIRCLE += ((12, 10, 10), (17, 8, 15), (8, 5, 5), (10, 13, 13))


@template(
    "triangle_incircle",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "int", 3, 17),
        ParamSpec("b", "int", 3, 17),
        ParamSpec("c", "int", 3, 17),
        ParamSpec("bisectors", "bool", help="dashed angle bisectors to the incentre"),
        *common_params(),
    ),
    description="Triangle with its incircle and incentre, the dashed radius to a point of "
    "tangency with a right-angle mark (and optionally dashed bisectors); asks the inradius, "
    "area or a tangent length.",
    verify=verify_triangle_incircle,
)
def triangle_incircle(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        if rng.random() < 0.55:
            a, b, c = NICE_INCIRCLE[int(rng.integers(len(NICE_INCIRCLE)))]
        else:
            a, b, c, _ = integer_triangle(rng, 5, 13)
        A, B, C = letter_run(rng, 3)
        inc = fresh([A, B, C], "IO")
        D = fresh([A, B, C, inc], "DTE")
        bis = bool(rng.random() < 0.4)
        rot = rotation(rng)
        sk = Sketch(style, f"Triangle {A}{B}{C} with its incircle (centre {inc})", rot)
        apex = place_on_base(sk, (A, B, C), a, b, c)
        s = (a + b + c) / 2
        area = heron(a, b, c)
        r = area / s
        centre = (a * apex + b * np.zeros(2) + c * np.array([a, 0.0])) / (a + b + c)
        sk.point(inc, centre, dot=True)
        sk.point(D, (s - b, 0))
        sk.polygon([A, B, C], comment="the triangle")
        sk.circle(inc, r, role="aux", comment="incircle")
        sk.segment(inc, D, dashed=True, role="aux", comment="radius to the point of tangency")
        sk.right_angle(D, C, inc, comment="radius to the point of tangency")
        if bis:
            for v in (A, B, C):
                sk.segment(v, inc, dashed=True, role="mark", comment="angle bisectors")
        sk.side_label(A, B, str(c))
        sk.side_label(B, C, str(a))
        sk.side_label(C, A, str(b))
        tri = f"{A}{B}{C}"
        pool = [
            ask(
                rng,
                (
                    f"What is the radius of the incircle of triangle {tri}? Round to two decimals.",
                    f"Find the inradius {inc}{D} (2 d.p.).",
                    f"The circle touches all three sides. How long is {inc}{D} (2 d.p.)?",
                ),
                round(r, 2),
            ),
            ask(
                rng,
                (
                    f"What is the area of triangle {tri}? Round to two decimals.",
                    f"Find the area of △{tri} (2 d.p.).",
                ),
                round(area, 2),
            ),
            ask(
                rng,
                (
                    f"How long is {B}{D}, from {B} to the point of tangency?",
                    f"Find the tangent length {B}{D}.",
                ),
                s - b,
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{B}{C}": a, f"{C}{A}": b, f"{A}{B}": c, f"{inc}{D}": round(r, 4)}
            | {f"{B}{D}": s - b},
            angles={f"{inc}{D}{C}": 90.0},
            extra={"shape": "triangle", "inscribed": "incircle", "inradius": round(r, 4)},
        )
        params = {"a": a, "b": b, "c": c, "bisectors": bis, "rotation": rot, "letters": A + B + C}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


RIGHT = ((3, 4), (6, 8), (5, 12), (8, 6), (12, 5), (9, 12), (8, 15), (12, 9))


def _circumcentre(apex: np.ndarray, a: float) -> np.ndarray:
    """Circumcentre of the triangle (0, 0), (a, 0), apex: on x = a/2, equidistant from both."""
    return np.array([a / 2, (apex @ apex - a * apex[0]) / (2 * apex[1])])


@template(
    "triangle_circumcircle",
    family=FAMILY,
    parameters=(
        ParamSpec("mode", "choice", choices=("right", "sides", "sine")),
        ParamSpec("a", "int", 3, 15, help="side opposite the first vertex"),
        ParamSpec("b", "float", 2, 20, help="side opposite the second vertex"),
        ParamSpec("c", "float", 2, 20, help="side opposite the third vertex (the base)"),
        *common_params(180),
    ),
    description="Triangle with its circumcircle, the circumcentre and dashed radii to the "
    "vertices; asks the circumradius (hypotenuse / 2, abc / 4K or the law of sines).",
    verify=verify_triangle_circumcircle,
)
def triangle_circumcircle(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        mode = pick(rng, ("right", "sides", "sine"))
        A, B, C = letter_run(rng, 3)
        ctr = fresh([A, B, C], "OKM")
        rot = rotation(rng, 180)
        sk = Sketch(style, f"Triangle {A}{B}{C} inscribed in a circle with centre {ctr}", rot)
        if mode == "right":
            p, q = RIGHT[int(rng.integers(len(RIGHT)))]
            a, b, c = p, q, math.hypot(p, q)  # right angle at C
            sk.point(C, (0, 0))
            sk.point(B, (p, 0))
            sk.point(A, (0, q))
            centre = np.array([p / 2, q / 2])
        elif mode == "sides":
            a, b, c, _ = integer_triangle(rng, 5, 13)
            centre = _circumcentre(place_on_base(sk, (A, B, C), a, b, c), a)
        else:
            while True:
                a = int(rng.integers(5, 13))
                alpha, beta = int(rng.integers(35, 111)), int(rng.integers(30, 90))
                if 180 - alpha - beta >= 30:
                    break
            sa = math.sin(math.radians(alpha))
            b = a * math.sin(math.radians(beta)) / sa
            c = a * math.sin(math.radians(180 - alpha - beta)) / sa
            sk.point(B, (0, 0))
            sk.point(C, (a, 0))
            apex = c * unit_vec(beta)
            sk.point(A, apex)
            centre = _circumcentre(apex, a)
        area = heron(a, b, c)
        R = a * b * c / (4 * area)
        sk.point(ctr, centre, dot=True)
        sk.polygon([A, B, C], comment="the triangle")
        sk.circle(ctr, R, role="aux", comment="circumcircle")
        for v in (A, B, C):
            if not (mode == "right" and v in (A, B)):
                sk.segment(ctr, v, dashed=True, role="aux", comment="radii to the vertices")
        tri = f"{A}{B}{C}"
        if mode == "right":
            sk.right_angle(C, B, A, comment=f"right angle at {C}")
            sk.side_label(B, C, str(a))
            sk.side_label(C, A, str(b))
            extra_q = ask(
                rng,
                (f"How long is the hypotenuse {A}{B}?", f"Find {A}{B}."),
                c,
            )
            wordings = (
                f"What is the radius of the circumcircle of right triangle {tri}?",
                f"{ctr} is the midpoint of {A}{B}. Find {ctr}{C}.",
                f"How long is {ctr}{A}, the radius of the circle through {A}, {B} and {C}?",
            )
        elif mode == "sides":
            sk.side_label(A, B, str(c))
            sk.side_label(B, C, str(a))
            sk.side_label(C, A, str(b))
            extra_q = ask(
                rng,
                (f"What is the area of triangle {tri}? (2 d.p.)", f"Find the area of △{tri}."),
                round(area, 2),
            )
            wordings = (
                f"Find the circumradius of triangle {tri} (R = abc / 4K), to two decimals.",
                f"How long is {ctr}{A}? Round to two decimals.",
                f"What is the radius of the circle through {A}, {B} and {C} (2 d.p.)?",
            )
        else:
            sk.side_label(B, C, str(a))
            sk.angle(A, B, C, label=deg_text(alpha), comment=f"angle at {A}")
            extra_q = ask(
                rng,
                ("What is the diameter of the circle? (2 d.p.)", "Find the circle's diameter."),
                round(2 * R, 2),
            )
            wordings = (
                f"Using the law of sines, find the circumradius {ctr}{A} (2 d.p.).",
                f"What is the radius of the circle through {A}, {B}, {C}? Round to two decimals.",
                f"{B}{C} = {a} and ∠{A} = {alpha}°. How long is {ctr}{B} (2 d.p.)?",
            )
        pool = [ask(rng, wordings, round(R, 2)), extra_q]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{B}{C}": a, f"{C}{A}": b, f"{A}{B}": round(c, 4), f"{ctr}{A}": round(R, 4)},
            extra={"shape": "triangle", "circumscribed": "circumcircle", "mode": mode},
        )
        params = {"mode": mode, "a": a, "b": b, "c": round(c, 4), "rotation": rot}
        params["letters"] = A + B + C
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


POLYGON_NAMES = {3: "equilateral triangle", 4: "square", 5: "regular pentagon"}
POLYGON_NAMES |= {6: "regular hexagon", 7: "regular heptagon", 8: "regular octagon"}


@template(
    "regular_polygon_in_circle",
    family=FAMILY,
    parameters=(
        ParamSpec("n", "int", 3, 8, help="number of sides"),
        ParamSpec("radius", "int", 3, 10),
        ParamSpec("ask_for", "choice", choices=("central", "interior")),
        *common_params(180),
    ),
    description="Regular polygon inscribed in a circle, the centre with dashed radii to two "
    "adjacent vertices and an angle arc; asks the central or interior angle, side or area.",
    verify=verify_regular_polygon_in_circle,
)
def regular_polygon_in_circle(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        n = int(rng.integers(3, 9))
        r = int(rng.integers(3, 11))
        ask_for = pick(rng, ("central", "interior"))
        names = letter_run(rng, n)
        ctr = fresh(names, "OZ")
        rot = rotation(rng, 180)
        shape = POLYGON_NAMES[n]
        sk = Sketch(style, f"{shape.capitalize()} {''.join(names)} inscribed in a circle", rot)
        sk.point(ctr, (0, 0), dot=True)
        for k, name in enumerate(names):
            sk.point(name, r * unit_vec(90 - 360 * k / n))
        sk.circle(ctr, r, role="aux", comment="the circle")
        sk.polygon(names, comment=f"the {shape}")
        a0, a1, a2 = names[0], names[1], names[2 % n]
        sk.segment(ctr, a0, dashed=True, role="aux", comment="radii to two adjacent vertices")
        sk.segment(ctr, a1, dashed=True, role="aux", comment="radii to two adjacent vertices")
        sk.side_label(ctr, a0, str(r), away=a1)
        central, interior = 360 / n, 180 * (n - 2) / n
        if ask_for == "central":
            sk.angle(ctr, a0, a1, label="?", comment="the angle asked")
            main = ask(
                rng,
                (
                    f"What is the measure of the central angle {a0}{ctr}{a1}?",
                    "How many degrees is the angle marked '?' at the centre?",
                    f"Find ∠{a0}{ctr}{a1} of the {shape}.",
                ),
                round(central, 2),
            )
        else:
            sk.angle(a1, a0, a2, label="?", comment="the angle asked")
            main = ask(
                rng,
                (
                    f"What is the measure of the interior angle {a0}{a1}{a2}?",
                    "How many degrees is the angle marked '?'?",
                    f"Find each interior angle of the {shape}.",
                ),
                round(interior, 2),
            )
        side = 2 * r * math.sin(math.pi / n)
        pool = [
            main,
            ask(
                rng,
                (
                    f"How long is each side of the {shape}? Round to two decimals.",
                    f"Find {a0}{a1} (2 d.p.).",
                ),
                round(side, 2),
            ),
            ask(
                rng,
                (
                    f"What is the area of the {shape}? Round to two decimals.",
                    f"Find the area enclosed by {''.join(names)} (2 d.p.).",
                ),
                round(n * r * r * math.sin(2 * math.pi / n) / 2, 2),
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{ctr}{a0}": r, f"{a0}{a1}": round(side, 4)},
            angles={f"{a0}{ctr}{a1}": round(central, 4), f"{a0}{a1}{a2}": round(interior, 4)},
            extra={"shape": shape, "n_sides": n, "inscribed_in": "circle"},
        )
        params = {"n": n, "radius": r, "ask_for": ask_for, "rotation": rot}
        params["letters"] = "".join(names)
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "square_circle_inscribed",
    family=FAMILY,
    parameters=(
        ParamSpec("radius", "float", 2, 9, help="radius of the inscribed circle"),
        ParamSpec("outer", "bool", help="also draw the circle through the vertices"),
        *common_params(30),
    ),
    description="Square circumscribing a circle: the dashed radius to a point of tangency "
    "with a right-angle mark (optionally the circumscribed circle too); asks the side, an "
    "area or the outer radius.",
    verify=verify_square_circle_inscribed,
)
def square_circle_inscribed(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        r = float(pick(rng, (2, 2.5, 3, 3.5, 4, 5, 6, 7, 8, 9)))
        outer = bool(rng.random() < 0.4)
        A, B, C, D = letter_run(rng, 4)
        ctr = fresh([A, B, C, D], "OM")
        E = fresh([A, B, C, D, ctr], "ETN")
        rot = rotation(rng, 30)
        sk = Sketch(style, f"Square {A}{B}{C}{D} circumscribing a circle with centre {ctr}", rot)
        for name, xy in zip((A, B, C, D), ((-r, -r), (r, -r), (r, r), (-r, r)), strict=True):
            sk.point(name, xy)
        sk.point(ctr, (0, 0), dot=True)
        sk.point(E, (0, -r))
        sk.polygon([A, B, C, D], fill=False, comment="the square")
        sk.circle(ctr, r, role="aux", comment="inscribed circle")
        sk.segment(ctr, E, dashed=True, role="aux", comment="radius to the point of tangency")
        sk.right_angle(E, B, ctr, comment="radius to the point of tangency")
        sk.side_label(ctr, E, num_text(r), away=B)
        if outer:
            sk.circle(ctr, r * math.sqrt(2), role="line", comment="circle through the vertices")
            sk.segment(ctr, C, dashed=True, role="aux", comment="radius of the outer circle")
        pool = [
            ask(
                rng,
                (
                    f"How long is a side of square {A}{B}{C}{D}?",
                    f"The circle touches all four sides. Find {A}{B}.",
                    "What is the side length of the square?",
                ),
                2 * r,
            ),
            ask(
                rng,
                (
                    "What is the area inside the square but outside the circle? (2 d.p.)",
                    "Find the area of the four corner regions between the square and the "
                    "circle, to two decimals.",
                ),
                round(4 * r * r - math.pi * r * r, 2),
            ),
        ]
        if outer:
            pool.append(
                ask(
                    rng,
                    (
                        f"What is the radius {ctr}{C} of the outer circle? (2 d.p.)",
                        "How long is the radius of the circle through the vertices (2 d.p.)?",
                    ),
                    round(r * math.sqrt(2), 2),
                )
            )
        else:
            pool.append(
                ask(
                    rng,
                    ("What is the area of the square?", f"Find the area of {A}{B}{C}{D}."),
                    4 * r * r,
                )
            )
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{ctr}{E}": r, f"{A}{B}": 2 * r}
            | ({f"{ctr}{C}": round(r * 2**0.5, 4)} if outer else {}),
            angles={f"{ctr}{E}{B}": 90.0},
            extra={"shape": "square", "inscribed": "circle", "outer_circle": outer},
        )
        params = {"radius": r, "outer": outer, "rotation": rot, "letters": A + B + C + D}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)
