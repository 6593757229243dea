"""Circle templates: chord and its distance from the centre, central and inscribed angles,
tangent from an external point, two tangent circles."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.plane_common import (
    FAMILY,
    common_params,
    rotation,
    unit_vec,
)
from codepercept.synth.families.plane_verify import (
    verify_circle_chord_distance,
    verify_inscribed_central_angle,
    verify_tangent_circles,
    verify_tangent_from_external_point,
)
from codepercept.synth.kit import (
    Sketch,
    ask,
    choose_qas,
    deg_text,
    first_clean,
    fresh,
    make_sample,
    pick,
    sample_sketch_style,
)
from codepercept.synth.template import ParamSpec, Sample, template

#: (hypotenuse, leg, leg) triples used for exact answers.
TRIPLES = (
    (5, 3, 4),
    (5, 4, 3),
    (13, 5, 12),
    (13, 12, 5),
    (10, 6, 8),
    (10, 8, 6),
    (17, 8, 15),
    (17, 15, 8),
    (15, 9, 12),
    (15, 12, 9),
    (25, 7, 24),
)
CHORD_PAIRS = ("AB", "PQ", "CD", "MN", "EF")


@template(
    "circle_chord_distance",
    family=FAMILY,
    parameters=(
        ParamSpec("radius", "int", 5, 25),
        ParamSpec("distance", "int", 3, 15, help="distance from the centre to the chord"),
        ParamSpec("half_chord", "int", 3, 24, help="half the chord (a Pythagorean triple)"),
        ParamSpec("given", "choice", choices=("distance", "chord")),
        *common_params(180),
    ),
    description="Circle with its centre, a chord, the radius to one end and the dashed "
    "perpendicular from the centre (right-angle mark); asks the chord, half-chord or distance.",
    verify=verify_circle_chord_distance,
)
def circle_chord_distance(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        r, d, half = TRIPLES[int(rng.integers(len(TRIPLES)))]
        A, B = pick(rng, CHORD_PAIRS)
        ctr = "O"
        M = fresh([A, B, ctr], "MHKE")
        given = pick(rng, ("distance", "chord"))
        rot = rotation(rng, 180)
        sk = Sketch(
            style, f"Circle with centre {ctr}, chord {A}{B} and {ctr}{M} perpendicular to it", rot
        )
        sk.point(ctr, (0, 0), dot=True)
        sk.point(A, (-half, -d))
        sk.point(B, (half, -d))
        sk.point(M, (0, -d))
        sk.circle(ctr, r, comment="the circle")
        sk.segment(A, B, comment=f"chord {A}{B} and radius {ctr}{A}")
        sk.segment(ctr, A, comment=f"chord {A}{B} and radius {ctr}{A}")
        sk.segment(ctr, M, dashed=True, role="aux", comment="perpendicular from the centre")
        sk.right_angle(M, B, ctr, comment="perpendicular from the centre")
        sk.side_label(ctr, A, str(r), away=M)
        if given == "distance":
            sk.side_label(ctr, M, str(d), away=A)
            pool = [
                ask(
                    rng,
                    (
                        f"How long is chord {A}{B}?",
                        f"Find the length of {A}{B}.",
                        f"{ctr}{M} ⊥ {A}{B}. What is the length of the chord {A}{B}?",
                    ),
                    2 * half,
                ),
                ask(rng, (f"How long is {A}{M}?", f"Find {M}{B}."), half),
            ]
        else:
            sk.side_label(M, B, str(half), away=ctr)
            pool = [
                ask(
                    rng,
                    (
                        f"How far is the chord {A}{B} from the centre {ctr}?",
                        f"Find the length of {ctr}{M}.",
                        f"What is the distance {ctr}{M}?",
                    ),
                    d,
                ),
                ask(rng, (f"How long is chord {A}{B}?", f"Find {A}{B}."), 2 * half),
            ]
        pool.append(
            ask(
                rng,
                (
                    f"What is the area of triangle {ctr}{A}{B}?",
                    f"Find the area of △{A}{ctr}{B}.",
                ),
                d * half,
            )
        )
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{ctr}{A}": r, f"{ctr}{M}": d, f"{A}{M}": half, f"{A}{B}": 2 * half},
            angles={f"{ctr}{M}{B}": 90.0},
            extra={"shape": "circle", "given": given},
        )
        params = {"radius": r, "distance": d, "half_chord": half, "given": given}
        params |= {"rotation": rot, "letters": A + B + M}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "inscribed_central_angle",
    family=FAMILY,
    parameters=(
        ParamSpec("central", "int", 50, 160, help="central angle, degrees (even)"),
        ParamSpec("given", "choice", choices=("central", "inscribed")),
        ParamSpec("apex_offset", "float", -75, 75, help="where the inscribed vertex sits"),
        ParamSpec("chord", "bool", help="draw the chord between the arc's ends"),
        *common_params(180),
    ),
    description="Circle with a central angle and an inscribed angle on the same arc, both "
    "marked by arcs; one is labelled in degrees and the other asked.",
    verify=verify_inscribed_central_angle,
)
def inscribed_central_angle(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        given = pick(rng, ("central", "inscribed"))
        A, B, C = pick(rng, ("ABC", "PQR", "MNP", "DEF"))
        ctr = "O"
        radius = 4.0
        rot = rotation(rng, 180)
        while True:  # chords from the inscribed vertex clear of the centre, vertex clear of A, B
            theta = 2 * int(rng.integers(25, 81))
            off = float(rng.uniform(-75, 75))
            arcs = ((90 + off) - (270 - theta / 2), (270 + theta / 2) - (90 + off))
            if all(abs(math.cos(math.radians(x / 2))) > 0.3 and abs(x) > 40 for x in arcs):
                break
        sk = Sketch(style, f"Central angle {A}{ctr}{B} and inscribed angle {A}{C}{B}", rot)
        sk.point(ctr, (0, 0), dot=True)
        sk.point(A, radius * unit_vec(270 - theta / 2))
        sk.point(B, radius * unit_vec(270 + theta / 2))
        sk.point(C, radius * unit_vec(90 + off))
        sk.circle(ctr, radius, comment="the circle")
        sk.segment(ctr, A, role="aux", comment="radii")
        sk.segment(ctr, B, role="aux", comment="radii")
        sk.segment(C, A, comment="chords from the inscribed vertex")
        sk.segment(C, B, comment="chords from the inscribed vertex")
        chord = bool(rng.random() < 0.5)
        if chord:
            sk.segment(A, B, comment=f"chord {A}{B}")
        if given == "central":
            sk.angle(ctr, A, B, label=deg_text(theta), comment="angle marks")
            sk.angle(C, A, B, label="?", comment="angle marks")
            answer = theta // 2
            wordings = (
                f"What is the measure of the inscribed angle {A}{C}{B}?",
                f"∠{A}{ctr}{B} is a central angle. Find ∠{A}{C}{B}.",
                "How many degrees is the angle marked '?'?",
            )
        else:
            sk.angle(ctr, A, B, label="?", comment="angle marks")
            sk.angle(C, A, B, label=deg_text(theta // 2), comment="angle marks")
            answer = theta
            wordings = (
                f"What is the measure of the central angle {A}{ctr}{B}?",
                f"∠{A}{C}{B} is inscribed in the circle. Find ∠{A}{ctr}{B}.",
                "How many degrees is the angle marked '?'?",
            )
        pool = [
            ask(rng, wordings, answer, "int"),
            ask(
                rng,
                (
                    f"What is the measure of angle {ctr}{A}{B}?",
                    f"Triangle {ctr}{A}{B} is isosceles. Find ∠{ctr}{B}{A}.",
                ),
                (180 - theta) / 2,
                "int",
            )
            if chord
            else None,
            ask(
                rng,
                (
                    f"What is the degree measure of the minor arc {A}{B}?",
                    f"How many degrees is arc {A}{B} (the one not containing {C})?",
                ),
                theta,
                "int",
            ),
        ]
        qas = choose_qas(rng, [q for q in pool if q is not None])
        code, facts = sk.build(
            angles={f"{A}{ctr}{B}": float(theta), f"{A}{C}{B}": theta / 2},
            extra={"shape": "circle", "given": given, "radius": radius},
        )
        params = {"central": theta, "given": given, "apex_offset": round(off, 2), "chord": chord}
        params |= {"rotation": rot, "letters": A + B + C}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


TANGENT_TRIPLES = ((3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 15, 17), (9, 12, 15), (4, 3, 5))


@template(
    "tangent_from_external_point",
    family=FAMILY,
    parameters=(
        ParamSpec("radius", "int", 3, 9),
        ParamSpec("tangent", "int", 3, 15, help="tangent length"),
        ParamSpec("distance", "int", 5, 17, help="external point to centre"),
        ParamSpec("both", "bool", help="draw both tangents (equal tick marks)"),
        ParamSpec("given", "choice", choices=("distance", "tangent")),
        *common_params(180),
    ),
    description="Circle, an external point and its tangent, the radius to the point of "
    "tangency with a right-angle mark and the dashed line to the centre; asks the tangent "
    "length, the distance to the centre or an angle.",
    verify=verify_tangent_from_external_point,
)
def tangent_from_external_point(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        r, t, d = TANGENT_TRIPLES[int(rng.integers(len(TANGENT_TRIPLES)))]
        both = bool(rng.random() < 0.45)
        given = pick(rng, ("distance", "tangent"))
        ctr, P = "O", pick(rng, "PAM")
        T = fresh([ctr, P], "TBQ")
        rot = rotation(rng, 180)
        sk = Sketch(style, f"Tangent {P}{T} from {P} to the circle with centre {ctr}", rot)
        phi = math.degrees(math.acos(r / d))
        sk.point(ctr, (0, 0), dot=True)
        sk.point(P, (d, 0))
        sk.point(T, r * unit_vec(phi))
        sk.circle(ctr, r, comment="the circle")
        sk.segment(P, T, comment="tangent and radius")
        sk.segment(ctr, T, comment="tangent and radius")
        sk.segment(ctr, P, dashed=True, role="aux", comment=f"line {ctr}{P}")
        sk.right_angle(T, ctr, P, comment="the radius is perpendicular to the tangent")
        if both:
            T2 = fresh([ctr, P, T], "SUR")
            sk.point(T2, r * unit_vec(-phi))
            sk.segment(P, T2, comment="second tangent")
            sk.ticks(P, T, comment="equal tangent lengths")
            sk.ticks(P, T2, comment="equal tangent lengths")
        sk.side_label(ctr, T, str(r), away=P)
        if given == "distance":
            sk.side_label(ctr, P, str(d), away=T)
            main = ask(
                rng,
                (
                    f"How long is the tangent segment {P}{T}?",
                    f"Find {P}{T}.",
                    f"{P}{T} touches the circle at {T}. What is its length?",
                ),
                t,
            )
        else:
            sk.side_label(P, T, str(t), away=ctr)
            main = ask(
                rng,
                (
                    f"How far is {P} from the centre {ctr}?",
                    f"Find the length of {ctr}{P}.",
                    f"What is the distance {ctr}{P}?",
                ),
                d,
            )
        pool = [
            main,
            ask(
                rng,
                (
                    f"What is angle {ctr}{P}{T} in degrees, to one decimal place?",
                    f"Find ∠{T}{P}{ctr} (1 d.p.).",
                ),
                round(math.degrees(math.asin(r / d)), 1),
            ),
            ask(
                rng,
                (f"What is the measure of angle {ctr}{T}{P}?", f"Find ∠{P}{T}{ctr}."),
                90,
                "int",
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{ctr}{T}": r, f"{P}{T}": t, f"{ctr}{P}": d},
            angles={f"{ctr}{T}{P}": 90.0, f"{ctr}{P}{T}": round(math.degrees(math.asin(r / d)), 2)},
            extra={"shape": "circle", "both_tangents": both, "given": given},
        )
        params = {"radius": r, "tangent": t, "distance": d, "both": both, "given": given}
        params |= {"rotation": rot, "letters": ctr + P + T}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "tangent_circles",
    family=FAMILY,
    parameters=(
        ParamSpec("r1", "int", 2, 8),
        ParamSpec("r2", "int", 1, 7),
        ParamSpec("internal", "bool", help="the smaller circle touches from inside"),
        *common_params(40),
    ),
    description="Two tangent circles (externally or internally) with dotted centres, the "
    "point of tangency and the dashed line of centres; asks the distance between the centres "
    "or the number of common tangents.",
    verify=verify_tangent_circles,
)
def tangent_circles(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        internal = bool(rng.random() < 0.35)
        r1 = int(rng.integers(3, 9))
        r2 = int(rng.integers(1, int(0.7 * r1) + 1)) if internal else int(rng.integers(2, 8))
        O1, O2 = pick(rng, ("OP", "OQ", "MN", "AB"))
        T = fresh([O1, O2], "TKS")
        rot = rotation(rng, 40)
        kind = "internally" if internal else "externally"
        sk = Sketch(style, f"Circles with centres {O1} and {O2}, {kind} tangent at {T}", rot)
        sk.point(O1, (0, 0), dot=True)
        sk.point(O2, ((r1 - r2) if internal else (r1 + r2), 0), dot=True)
        sk.point(T, (r1, 0), dot=True)
        sk.circle(O1, r1, comment="the two circles")
        sk.circle(O2, r2, comment="the two circles")
        if internal:
            R = fresh([O1, O2, T], "RAC")
            sk.point(R, r1 * unit_vec(float(rng.uniform(120, 240))))
            sk.segment(O1, T, dashed=True, role="aux", comment="line of centres")
            sk.segment(O1, R, role="aux", comment="radius of the larger circle")
            sk.side_label(O1, R, str(r1))
            sk.side_label(O2, T, str(r2), away=(r1 - r2, r2))
            dist, common = r1 - r2, 1
        else:
            sk.segment(O1, O2, dashed=True, role="aux", comment="line of centres")
            sk.side_label(O1, T, str(r1))
            sk.side_label(T, O2, str(r2))
            dist, common = r1 + r2, 3
        pool = [
            ask(
                rng,
                (
                    f"What is the distance between the centres {O1} and {O2}?",
                    f"Find {O1}{O2}.",
                    f"The circles touch at {T}. How long is {O1}{O2}?",
                ),
                dist,
            ),
            ask(
                rng,
                (
                    "How many common tangent lines do the two circles have?",
                    "How many lines are tangent to both circles?",
                ),
                common,
                "int",
            ),
            ask(
                rng,
                (
                    "What is the ratio of the larger circle's area to the smaller one's?",
                    "Area of the larger circle : area of the smaller (as a number, 2 d.p.)?",
                ),
                round(max(r1, r2) ** 2 / min(r1, r2) ** 2, 2),
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{O1}{T}": r1, f"{O2}{T}": r2, f"{O1}{O2}": dist},
            extra={"shape": "two circles", "tangency": kind, "point_of_tangency": T},
        )
        params = {"r1": r1, "r2": r2, "internal": internal, "rotation": rot}
        params["letters"] = O1 + O2 + T
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)
