"""Quadrilateral templates: parallelogram, rectangle with diagonals, trapezoid with its
midline, rhombus with perpendicular diagonals."""

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
    verify_parallelogram_angles_area,
    verify_rectangle_diagonals,
    verify_rhombus_diagonals,
    verify_trapezoid_midline,
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
)
from codepercept.synth.template import ParamSpec, Sample, template

PAIRS = ((3, 4), (5, 12), (6, 8), (8, 15), (4, 3), (12, 5), (8, 6), (15, 8), (9, 12), (12, 9))


@template(
    "parallelogram_angles_area",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "int", 5, 12, help="base"),
        ParamSpec("b", "float", 3, 12, help="slanted side (an integer in angle mode)"),
        ParamSpec("theta", "float", 18, 82, help="angle at the first vertex (50-80 in angle mode)"),
        ParamSpec("height", "int", 3, 7, help="dashed height (height mode)"),
        ParamSpec("mode", "choice", choices=("angle", "height")),
        *common_params(),
    ),
    description="Parallelogram with single and double parallel marks on opposite sides; an "
    "angle arc with its degree label or a dashed height with a right-angle mark; asks the "
    "other angles, the area or the perimeter.",
    verify=verify_parallelogram_angles_area,
)
def parallelogram_angles_area(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        A, B, C, D = letter_run(rng, 4)
        mode = pick(rng, ("angle", "height"))
        a = int(rng.integers(5, 13))
        rot = rotation(rng)
        sk = Sketch(style, f"Parallelogram {A}{B}{C}{D} ({A}{B} parallel to {D}{C})", rot)
        if mode == "height":
            h = int(rng.integers(3, 8))
            e = int(rng.integers(1, max(2, a - 2)))
            pd = np.array([e, h], float)
        else:
            b = int(rng.integers(3, 10))
            theta = int(rng.integers(50, 81))
            pd = b * unit_vec(theta)
        sk.point(A, (0, 0))
        sk.point(B, (a, 0))
        sk.point(C, pd + [a, 0])
        sk.point(D, pd)
        sk.polygon([A, B, C, D], comment="the parallelogram")
        sk.parallel(A, B, comment="parallel marks")
        sk.parallel(D, C, comment="parallel marks")
        sk.parallel(A, D, 2, comment="parallel marks")
        sk.parallel(B, C, 2, comment="parallel marks")
        sk.side_label(A, B, str(a))
        name = f"{A}{B}{C}{D}"
        if mode == "height":
            E = fresh([A, B, C, D], "EHF")
            sk.point(E, (e, 0))
            sk.segment(D, E, dashed=True, role="aux", comment="height")
            sk.right_angle(E, B, D, comment="height")
            sk.side_label(D, E, str(h), away=A)
            b, theta = math.hypot(e, h), math.degrees(math.atan2(h, e))
            pool = [
                ask(
                    rng,
                    (
                        f"What is the area of parallelogram {name}?",
                        f"Find the area of {name} using the height {D}{E}.",
                        f"{D}{E} ⊥ {A}{B}. Compute the area of the parallelogram.",
                    ),
                    a * h,
                ),
                ask(
                    rng,
                    (f"How long is side {D}{C}?", f"What is the length of {C}{D}?"),
                    a,
                ),
            ]
            lengths = {f"{A}{B}": a, f"{D}{C}": a, f"{D}{E}": h, f"{A}{D}": round(b, 4)}
        else:
            sk.side_label(A, D, str(b))
            sk.angle(A, B, D, label=deg_text(theta), comment="angle")
            pool = [
                ask(
                    rng,
                    (
                        f"What is the measure of angle {A}{B}{C}?",
                        f"Find ∠{B} of parallelogram {name} in degrees.",
                        f"Consecutive angles are supplementary: how large is ∠{A}{B}{C}?",
                    ),
                    180 - theta,
                    "int",
                ),
                ask(
                    rng,
                    (f"What is the measure of angle {B}{C}{D}?", f"Find ∠{C} in degrees."),
                    theta,
                    "int",
                ),
                ask(
                    rng,
                    (
                        f"What is the perimeter of {name}?",
                        f"Find the perimeter of parallelogram {name}.",
                    ),
                    2 * (a + b),
                ),
                ask(
                    rng,
                    (
                        f"What is the area of {name}? Round to two decimals.",
                        "Find the area of the parallelogram (2 d.p.).",
                    ),
                    round(a * b * math.sin(math.radians(theta)), 2),
                ),
            ]
            lengths = {f"{A}{B}": a, f"{A}{D}": b, f"{D}{C}": a, f"{B}{C}": b}
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths=lengths,
            angles={f"{D}{A}{B}": round(theta, 2), f"{A}{B}{C}": round(180 - theta, 2)},
            extra={"shape": "parallelogram", "mode": mode, "parallel": [[A + B, D + C]]},
        )
        params = {"a": a, "b": round(b, 3), "theta": round(theta, 2), "mode": mode}
        if mode == "height":
            params["height"] = h
        params |= {"rotation": rot, "letters": A + B + C + D}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "rectangle_diagonals",
    family=FAMILY,
    parameters=(
        ParamSpec("width", "int", 3, 15),
        ParamSpec("height", "int", 3, 15, help="the second side"),
        ParamSpec("dashed", "bool", help="diagonals drawn dashed"),
        ParamSpec("all_corners", "bool", help="right-angle marks at every corner"),
        *common_params(20),
    ),
    description="Rectangle with right-angle marks and both diagonals meeting at the labelled "
    "centre; asks a diagonal, half a diagonal or the angle a diagonal makes with a side.",
    verify=verify_rectangle_diagonals,
)
def rectangle_diagonals(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        if rng.random() < 0.6:
            w, h = PAIRS[int(rng.integers(len(PAIRS)))]
            if max(w, h) < 5:
                w, h = 2 * w, 2 * h
        else:
            while True:
                w, h = int(rng.integers(4, 15)), int(rng.integers(3, 12))
                if 1.1 <= w / h <= 2.6:
                    break
        A, B, C, D = letter_run(rng, 4)
        ctr = fresh([A, B, C, D], "OEM")
        dashed = bool(rng.random() < 0.6)
        all_corners = bool(rng.random() < 0.5)
        rot = rotation(rng, 20)
        sk = Sketch(style, f"Rectangle {A}{B}{C}{D}; its diagonals meet at {ctr}", rot)
        for n, xy in zip((A, B, C, D), ((0, 0), (w, 0), (w, h), (0, h)), strict=True):
            sk.point(n, xy)
        sk.point(ctr, (w / 2, h / 2), dot=True)
        sk.polygon([A, B, C, D], comment="the rectangle")
        sk.segment(A, C, dashed=dashed, role="aux", comment="diagonals")
        sk.segment(B, D, dashed=dashed, role="aux", comment="diagonals")
        corners = ((A, B, D), (B, C, A), (C, D, B), (D, A, C)) if all_corners else ((A, B, D),)
        for v, p, q in corners:
            sk.right_angle(v, p, q, comment="right angles")
        sk.side_label(A, B, str(w))
        sk.side_label(B, C, str(h))
        diag = math.hypot(w, h)
        pool = [
            ask(
                rng,
                (
                    f"How long is diagonal {A}{C}? Round to two decimals.",
                    f"Find the length of {B}{D} (2 d.p.).",
                    f"What is the length of a diagonal of rectangle {A}{B}{C}{D}?",
                ),
                round(diag, 2),
            ),
            ask(
                rng,
                (
                    f"How long is {A}{ctr}? Round to two decimals.",
                    f"The diagonals bisect each other at {ctr}. Find {ctr}{D} (2 d.p.).",
                ),
                round(diag / 2, 2),
            ),
            ask(
                rng,
                (
                    f"What angle does diagonal {A}{C} make with side {A}{B}? (degrees, 1 d.p.)",
                    f"Find ∠{C}{A}{B} to one decimal place.",
                ),
                round(math.degrees(math.atan2(h, w)), 1),
            ),
        ]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{A}{B}": w, f"{B}{C}": h, f"{A}{C}": round(diag, 4)},
            angles={f"{D}{A}{B}": 90.0, f"{C}{A}{B}": round(math.degrees(math.atan2(h, w)), 2)},
            extra={"shape": "rectangle", "diagonals_dashed": dashed, "centre": ctr},
        )
        params = {"width": w, "height": h, "dashed": dashed, "all_corners": all_corners}
        params |= {"rotation": rot, "letters": A + B + C + D}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "trapezoid_midline",
    family=FAMILY,
    parameters=(
        ParamSpec("a", "int", 7, 14, help="long base"),
        ParamSpec("b", "int", 3, 12, help="short base"),
        ParamSpec("height", "int", 3, 7),
        ParamSpec("offset", "float", 0.8, 12, help="horizontal offset of the short base"),
        ParamSpec("show_height", "bool", help="dashed height with a right-angle mark"),
        *common_params(20),
    ),
    description="Trapezoid with parallel marks on its bases, the dashed midline joining the "
    "midpoints of the legs (tick marks on the halves); asks the midline or the area.",
    verify=verify_trapezoid_midline,
)
def trapezoid_midline(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        a = int(rng.integers(7, 15))
        b = int(rng.integers(3, a - 1))
        h = int(rng.integers(3, 8))
        show_h = bool(rng.random() < 0.5)
        x = round(float(rng.uniform(0.8, a - b - 0.2 if a - b > 1.2 else 1.0)), 1)
        A, B, C, D = letter_run(rng, 4)
        M, N = fresh([A, B, C, D], "MEP"), fresh([A, B, C, D], "NFQ")
        rot = rotation(rng, 20)
        sk = Sketch(
            style, f"Trapezoid {A}{B}{C}{D} ({A}{B} parallel to {D}{C}), midline {M}{N}", rot
        )
        sk.point(A, (0, 0))
        sk.point(B, (a, 0))
        sk.point(C, (x + b, h))
        sk.point(D, (x, h))
        sk.point(M, (x / 2, h / 2))
        sk.point(N, ((a + x + b) / 2, h / 2))
        sk.polygon([A, B, C, D], comment="the trapezoid")
        sk.segment(M, N, dashed=True, role="aux", comment="midline")
        sk.parallel(A, B, comment="parallel bases")
        sk.parallel(D, C, comment="parallel bases")
        sk.ticks(A, M, comment="midpoints of the legs")
        sk.ticks(M, D, comment="midpoints of the legs")
        sk.ticks(B, N, 2, comment="midpoints of the legs")
        sk.ticks(N, C, 2, comment="midpoints of the legs")
        sk.side_label(A, B, str(a))
        sk.side_label(D, C, str(b))
        mid = (a + b) / 2
        lengths = {f"{A}{B}": a, f"{D}{C}": b, f"{M}{N}": mid}
        name = f"{A}{B}{C}{D}"
        pool = [
            ask(
                rng,
                (
                    f"How long is the midline {M}{N}?",
                    f"{M} and {N} are midpoints of the legs. Find {M}{N}.",
                    f"What is the length of segment {M}{N}?",
                ),
                mid,
            )
        ]
        if show_h:
            H = fresh([A, B, C, D, M, N], "HKE")
            sk.point(H, (x, 0))
            sk.segment(D, H, dashed=True, role="aux", comment="height")
            sk.right_angle(H, B, D, comment="height")
            sk.side_label(D, H, str(h), away=A)
            lengths[f"{D}{H}"] = h
            pool.append(
                ask(
                    rng,
                    (
                        f"What is the area of trapezoid {name}?",
                        f"Find the area of {name}.",
                        "Using the midline and the height, compute the area.",
                    ),
                    mid * h,
                )
            )
        pool.append(
            ask(
                rng,
                (
                    f"Which side of {name} is parallel to {A}{B}?",
                    f"The parallel marks show {A}{B} ∥ which side?",
                ),
                f"{D}{C}",
                "choice",
            )
        )
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths=lengths,
            extra={"shape": "trapezoid", "parallel": [[A + B, D + C]], "midline": M + N},
        )
        params = {"a": a, "b": b, "height": h, "offset": x, "show_height": show_h}
        params |= {"rotation": rot, "letters": A + B + C + D}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)


@template(
    "rhombus_diagonals",
    family=FAMILY,
    parameters=(
        ParamSpec("half_d1", "int", 3, 15, help="half of the first diagonal"),
        ParamSpec("half_d2", "int", 3, 15, help="half of the second diagonal"),
        *common_params(35),
    ),
    description="Rhombus with equal-length tick marks on all sides and dashed perpendicular "
    "diagonals (right-angle mark at their intersection); asks the side, area or perimeter.",
    verify=verify_rhombus_diagonals,
)
def rhombus_diagonals(rng: np.random.Generator) -> Sample:
    def attempt(rng: np.random.Generator):
        style = sample_sketch_style(rng)
        if rng.random() < 0.6:
            p, q = PAIRS[int(rng.integers(len(PAIRS)))]
        else:
            while True:
                p, q = int(rng.integers(3, 10)), int(rng.integers(3, 10))
                if 1.3 <= max(p, q) / min(p, q) <= 2.8:
                    break
        A, B, C, D = letter_run(rng, 4)
        ctr = fresh([A, B, C, D], "OEM")
        rot = rotation(rng, 35)
        sk = Sketch(style, f"Rhombus {A}{B}{C}{D} with diagonals meeting at {ctr}", rot)
        for n, xy in zip(
            (A, B, C, D, ctr), ((-p, 0), (0, -q), (p, 0), (0, q), (0, 0)), strict=True
        ):
            sk.point(n, xy)
        sk.polygon([A, B, C, D], comment="the rhombus")
        sk.segment(A, C, dashed=True, role="aux", comment="diagonals")
        sk.segment(B, D, dashed=True, role="aux", comment="diagonals")
        sk.right_angle(ctr, C, D, comment="the diagonals are perpendicular")
        for u, v in ((A, B), (B, C), (C, D), (D, A)):
            sk.ticks(u, v, comment="four equal sides")
        sk.side_label(ctr, A, str(p), away=D)
        sk.side_label(ctr, D, str(q), away=A)
        side = math.hypot(p, q)
        name = f"{A}{B}{C}{D}"
        pool = [
            ask(
                rng,
                (
                    f"How long is each side of rhombus {name}? Round to two decimals.",
                    f"Find {A}{B} (2 d.p.).",
                    "The diagonals are perpendicular bisectors. What is the side length?",
                ),
                round(side, 2),
            ),
            ask(
                rng,
                (f"What is the area of rhombus {name}?", f"Find the area of {name}."),
                2 * p * q,
            ),
            ask(
                rng,
                (
                    f"What is the perimeter of {name}? Round to two decimals.",
                    "Find the perimeter of the rhombus (2 d.p.).",
                ),
                round(4 * side, 2),
            ),
            ask(rng, (f"How long is diagonal {A}{C}?", f"Find the length of {A}{C}."), 2 * p),
        ]
        qas = choose_qas(rng, pool)
        code, facts = sk.build(
            lengths={f"{ctr}{A}": p, f"{ctr}{D}": q, f"{A}{C}": 2 * p, f"{B}{D}": 2 * q}
            | {f"{A}{B}": round(side, 4)},
            angles={f"{C}{ctr}{D}": 90.0},
            extra={"shape": "rhombus", "centre": ctr},
        )
        params = {"half_d1": p, "half_d2": q, "rotation": rot, "letters": A + B + C + D}
        return sk, make_sample(params, code, facts, qas, style)

    return first_clean(rng, attempt)
