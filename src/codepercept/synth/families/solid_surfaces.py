"""Surface-integral diagrams: a surface patch with normals, a cap with an oriented boundary
(Stokes), and a plane region with positively oriented boundary arrows (Green)."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_verify import (
    verify_green_region,
    verify_stokes_cap,
    verify_surface_normals,
)
from codepercept.synth.kit import (
    ask,
    frac_text,
    make_sample,
    num_literal,
    pi_text,
    pick,
    rounded,
    sqrt_text,
)
from codepercept.synth.template import QA, ParamSpec, Sample, template


@template(
    "surface_normals",
    family=FAMILY,
    tags=("surface_integral",),
    parameters=(
        ParamSpec("surface", "choice", choices=("plane", "paraboloid", "saddle")),
        ParamSpec("grid", "int", 2, 4, help="normals drawn per side"),
        ParamSpec("orientation", "choice", choices=("upward", "downward")),
        ParamSpec("elev", "int", 20, 35),
        ParamSpec("azim", "int", -70, -30),
    ),
    description="A surface patch z = f(x, y) over a rectangle with unit normal vectors drawn on a grid.",
    verify=verify_surface_normals,
)
def surface_normals(rng: np.random.Generator) -> Sample:
    """Oriented surface S with its normal field n = ±(-f_x, -f_y, 1)/|.|; asks for n and the count."""
    kind = str(pick(rng, ("plane", "paraboloid", "saddle")))
    half = int(pick(rng, (1, 2)))
    x0, x1, y0, y1 = -half, half, -half, half
    if kind == "plane":
        p, q = (int(v) for v in pick(rng, ((2, 2), (1, 2), (2, 1), (0, 1), (1, 0), (2, 4))))
        c = 2 * half + 2
        f_src, fx_src, fy_src = (
            f"{c} - {p} * x - {q} * y",
            f"np.full_like(x, {-p})",
            f"np.full_like(y, {-q})",
        )
        formula = f"z = {c} - {p}x - {q}y"

        def fpy(x, y):
            return c - p * x - q * y
    elif kind == "paraboloid":
        s = int(pick(rng, (2, 4)))
        c = 3
        f_src, fx_src, fy_src = f"{c} - (x**2 + y**2) / {s}", f"-2 * x / {s}", f"-2 * y / {s}"
        formula = f"z = {c} - (x² + y²)/{s}"

        def fpy(x, y):
            return c - (x**2 + y**2) / s
    else:
        s = int(pick(rng, (2, 4)))
        f_src, fx_src, fy_src = f"(x**2 - y**2) / {s}", f"2 * x / {s}", f"-2 * y / {s}"
        formula = f"z = (x² - y²)/{s}"

        def fpy(x, y):
            return (x**2 - y**2) / s

    grid = np.linspace(x0, x1, 41)
    zs = fpy(*np.meshgrid(grid, grid))
    m = int(rng.integers(2, 5))
    orient = str(pick(rng, ("upward", "upward", "downward")))
    L = 0.45 * half
    zlo = float(zs.min()) - (L * 1.6 if orient == "downward" else 0.1)
    zhi = float(zs.max()) + (L * 1.6 if orient == "upward" else 0.1)
    span = max(zhi - zlo, 0.6 * (x1 - x0))
    zmid = (zlo + zhi) / 2
    zlo, zhi = zmid - span / 2, zmid + span / 2
    z_ticks = [int(v) for v in range(math.ceil(zlo), math.floor(zhi) + 1)]
    if len(z_ticks) > 4:
        z_ticks = z_ticks[:: math.ceil(len(z_ticks) / 4)]
    sign = "" if orient == "upward" else "-"
    elev, azim = int(rng.integers(20, 36)), int(rng.integers(-70, -29))
    color = str(pick(rng, ("lightsteelblue", "wheat", "lightgreen", "thistle")))
    acc = str(pick(rng, ("tab:red", "crimson", "darkorange")))
    inset = 0.8 * half
    code = f"""import matplotlib.pyplot as plt
import numpy as np


def f(x, y):
    \"\"\"The surface S: {formula}.\"\"\"
    return {f_src}


def f_x(x, y):
    return {fx_src}


def f_y(x, y):
    return {fy_src}


x = np.linspace({x0}, {x1}, 40)
y = np.linspace({y0}, {y1}, 40)
X, Y = np.meshgrid(x, y)

fig = plt.figure(figsize=(6.5, 6))
ax = fig.add_subplot(projection="3d")
ax.plot_surface(X, Y, f(X, Y), color="{color}", alpha=0.7, edgecolor="none")

# {orient} unit normals on a {m} x {m} grid of points
px, py = np.meshgrid(np.linspace({num_literal(-inset)}, {num_literal(inset)}, {m}), np.linspace({num_literal(-inset)}, {num_literal(inset)}, {m}))
pz = f(px, py)
nx, ny, nz = -f_x(px, py), -f_y(px, py), np.ones_like(px)
length = np.sqrt(nx**2 + ny**2 + nz**2)
ax.quiver(px, py, pz, {sign}nx / length, {sign}ny / length, {sign}nz / length, length={num_literal(L)}, color="{acc}", linewidth=1.5)

ax.text({x1}, {y0}, f({x1}, {y0}), "  S", fontsize=15)
ax.text(px[-1, -1], py[-1, -1], pz[-1, -1] {"+" if orient == "upward" else "-"} {num_literal(1.25 * L)}, "n", fontsize=14, color="{acc}")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_zlabel("z")
ax.set_zlim({num_literal(zlo, 2)}, {num_literal(zhi, 2)})
ax.set_xticks([{x0}, 0, {x1}])
ax.set_yticks([{y0}, 0, {y1}])
ax.set_zticks({z_ticks})
ax.set_box_aspect(({x1 - x0}, {y1 - y0}, {num_literal(span, 2)}))  # equal scales, so normals look normal
ax.view_init(elev={elev}, azim={azim})
plt.savefig("figure.png")
"""
    # the normal at an integer point of the patch, exact
    qx, qy = int(rng.integers(x0, x1 + 1)), int(rng.integers(y0, y1 + 1))
    if kind == "plane":
        nvec = (Fraction(p), Fraction(q), Fraction(1))
    elif kind == "paraboloid":
        nvec = (Fraction(2 * qx, s), Fraction(2 * qy, s), Fraction(1))
    else:
        nvec = (Fraction(-2 * qx, s), Fraction(2 * qy, s), Fraction(1))
    if orient == "downward":
        nvec = tuple(-v for v in nvec)
    nstr = "(" + ", ".join(frac_text(v) for v in nvec) + ")"
    qa = [
        ask(
            rng,
            (
                "How many normal vectors are drawn on S?",
                "Count the arrows normal to the surface.",
            ),
            str(m * m),
            "int",
        ),
        QA(
            f"S is {formula}, oriented {orient}. Give a normal vector at ({qx}, {qy}) of the form (a, b, ±1) that matches the orientation.",
            nstr,
            "free",
        ),
    ]
    if kind != "plane":
        qa.append(QA("Do the normals in the figure point upward or downward?", orient, "choice"))
    else:
        area = (x1 - x0) * (y1 - y0)
        root = sqrt_text(1 + p * p + q * q)
        qa.append(
            QA(
                f"What is the area of S ({formula} over [{x0}, {x1}] x [{y0}, {y1}])?",
                str(area * int(root)) if root.isdigit() else f"{area}{root}",
                "free",
            )
        )
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": ["S", "n", "x", "y", "z"],
        "counts": {"text": 2},
        "min_counts": {"polygon": 1, "line": m * m},
        "answer": m * m,
        "extra": {
            "figure": f"{kind} surface with normal vectors",
            "surface": kind,
            "formula": formula,
            "orientation": orient,
            "normals": m * m,
            "domain": [x0, x1, y0, y1],
        },
    }
    params = {"surface": kind, "grid": m, "orientation": orient, "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)


@template(
    "stokes_cap",
    family=FAMILY,
    tags=("surface_integral",),
    parameters=(
        ParamSpec("cap", "choice", choices=("paraboloid", "hemisphere")),
        ParamSpec("radius", "int", 1, 3, help="radius of the boundary circle"),
        ParamSpec(
            "orientation",
            "choice",
            choices=("counterclockwise", "clockwise"),
            help="seen from above",
        ),
        ParamSpec("elev", "int", 20, 35),
        ParamSpec("azim", "int", -70, -30),
    ),
    description="A cap S over the unit disc with boundary circle C, orientation arrows and the matching normal.",
    verify=verify_stokes_cap,
)
def stokes_cap(rng: np.random.Generator) -> Sample:
    """Stokes' theorem picture: arrows on C and the normal n agree by the right-hand rule."""
    cap = str(pick(rng, ("paraboloid", "hemisphere")))
    R = int(rng.integers(1, 4))
    H = R if cap == "hemisphere" else int(pick(rng, (R, 2 * R)))
    ccw = bool(rng.random() < 0.6)
    elev, azim = int(rng.integers(20, 36)), int(rng.integers(-70, -29))
    color = str(pick(rng, ("lightsteelblue", "wheat", "lightgreen")))
    acc = str(pick(rng, ("tab:red", "crimson", "darkorange")))
    k = int(pick(rng, (3, 4)))
    z_src = (
        f"np.sqrt(np.clip({R}**2 - X**2 - Y**2, 0, None))"
        if cap == "hemisphere"
        else f"{H} * (1 - (X**2 + Y**2) / {R}**2)"
    )
    direction = 1 if ccw else -1
    c_angle = math.radians(azim + 35)  # just outside C, on the side facing the viewer
    c_at = (1.18 * R * math.cos(c_angle), 1.18 * R * math.sin(c_angle))
    code = f"""import matplotlib.pyplot as plt
import numpy as np

R = {R}  # radius of the boundary circle C
r = np.linspace(0, R, 30)
theta = np.linspace(0, 2 * np.pi, 60)
Rg, T = np.meshgrid(r, theta)
X, Y = Rg * np.cos(T), Rg * np.sin(T)
Z = {z_src}

fig = plt.figure(figsize=(6.5, 6))
ax = fig.add_subplot(projection="3d")
ax.plot_surface(X, Y, Z, color="{color}", alpha=0.5, edgecolor="none")

# the boundary C in the plane z = 0, with arrows showing its orientation ({"counterclockwise" if ccw else "clockwise"} seen from above)
t = np.linspace(0, 2 * np.pi, 200)
ax.plot(R * np.cos(t), R * np.sin(t), np.zeros_like(t), color="black", linewidth=2)
for a in np.linspace(0, 2 * np.pi, {k}, endpoint=False) + 0.4:
    ax.quiver(R * np.cos(a), R * np.sin(a), 0, {-direction} * np.sin(a), {direction} * np.cos(a), 0,
              length={num_literal(0.5 * R)}, color="black", linewidth=2, arrow_length_ratio=0.5)

# the unit normal at the top of S, chosen by the right-hand rule
ax.quiver(0, 0, {num_literal(H if ccw else H + 0.7 * R)}, 0, 0, {direction}, length={num_literal(0.7 * R)}, color="{acc}", linewidth=2.5, arrow_length_ratio=0.25)
ax.text({num_literal(0.12 * R)}, {num_literal(0.12 * R)}, {num_literal(H + 0.6 * R)}, "n", fontsize=15, color="{acc}")
ax.text(0.55 * R, -0.55 * R, {num_literal(0.75 * H)}, "S", fontsize=15)
ax.text({num_literal(c_at[0], 2)}, {num_literal(c_at[1], 2)}, 0, "C", fontsize=15, ha="center", va="center")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_zlabel("z")
ax.set_xlim({num_literal(-1.3 * R)}, {num_literal(1.3 * R)})
ax.set_ylim({num_literal(-1.3 * R)}, {num_literal(1.3 * R)})
ax.set_zlim(0, {num_literal(H + 0.9 * R)})
ax.set_xticks([{-R}, 0, {R}])
ax.set_yticks([{-R}, 0, {R}])
ax.set_zticks([0, {H}])
ax.set_box_aspect(({num_literal(2.6 * R)}, {num_literal(2.6 * R)}, {num_literal(H + 0.9 * R)}))  # true proportions
ax.view_init(elev={elev}, azim={azim})
plt.savefig("figure.png")
"""
    circ = 2 * R * R * direction
    qa = (
        ask(
            rng,
            (
                "Seen from above, which way does C run?",
                "Is the boundary C traversed clockwise or counterclockwise (viewed from above)?",
            ),
            "counterclockwise" if ccw else "clockwise",
            "choice",
        ),
        QA(
            "Does the normal n that agrees with C's orientation point up or down?",
            "up" if ccw else "down",
            "choice",
        ),
        QA(
            f"For F = (-y, x, 0), compute the circulation of F around C as oriented in the figure (R = {R}).",
            ("-" if circ < 0 else "") + pi_text(abs(circ)),
            "free",
        ),
    )
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": ["n", "S", "C", "x", "y", "z"],
        "counts": {"text": 3},
        "min_counts": {"polygon": 1, "line": 1 + k},
        "answer": "counterclockwise" if ccw else "clockwise",
        "extra": {
            "figure": f"{cap} surface with its boundary curve",
            "cap": cap,
            "radius": R,
            "height": H,
            "orientation": "counterclockwise" if ccw else "clockwise",
            "arrows_on_C": k,
        },
    }
    params = {"cap": cap, "radius": R, "orientation": facts["answer"], "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)


@template(
    "green_region",
    family=FAMILY,
    tags=("surface_integral",),
    parameters=(
        ParamSpec("region", "choice", choices=("ellipse", "annulus")),
        ParamSpec("a", "int", 2, 5, help="semi-axis or outer radius"),
        ParamSpec("b", "int", 1, 5, help="other semi-axis or inner radius"),
    ),
    description="A plane region D with its boundary positively oriented (arrows), as in Green's theorem.",
    verify=verify_green_region,
)
def green_region(rng: np.random.Generator) -> Sample:
    """Ellipse or annulus; the outer boundary runs counterclockwise, an inner one clockwise."""
    region = str(pick(rng, ("ellipse", "annulus")))
    fill = str(pick(rng, ("#cfe2f3", "#fce5cd", "#d9ead3", "#ead1dc")))
    acc = str(pick(rng, ("tab:red", "navy", "darkgreen")))
    n_out = int(pick(rng, (3, 4)))
    if region == "ellipse":
        a, b = int(rng.integers(3, 6)), int(rng.integers(1, 3))
        if rng.random() < 0.5:
            a, b = max(a - 1, 2), a
        inner = 0
        shape = f'ax.add_patch(Ellipse((0, 0), {2 * a}, {2 * b}, facecolor="{fill}", edgecolor="black", linewidth=1.8))\n'
        curves = [(a, b, n_out, 1)]
        lim_x, lim_y = a, b
    else:
        a = int(rng.integers(3, 6))
        b = int(rng.integers(1, a - 0))
        inner = 2
        shape = (
            f'ax.add_patch(Circle((0, 0), {a}, facecolor="{fill}", edgecolor="black", linewidth=1.8))\n'
            f'ax.add_patch(Circle((0, 0), {b}, facecolor="white", edgecolor="black", linewidth=1.8))\n'
        )
        curves = [(a, a, n_out, 1), (b, b, inner, -1)]
        lim_x = lim_y = a
    arrows = []
    for rx, ry, n, sgn in curves:
        for i in range(n):
            t = 2 * math.pi * i / n + 0.5
            dt = sgn * 0.35 * min(1.0, 2.0 / max(rx, ry) + 0.2)
            arrows.append(
                (
                    (rounded(rx * math.cos(t), 2), rounded(ry * math.sin(t), 2)),
                    (rounded(rx * math.cos(t + dt), 2), rounded(ry * math.sin(t + dt), 2)),
                )
            )
    arrow_rows = "".join(f"    ({tuple(p)}, {tuple(q)}),\n" for p, q in arrows)
    mid = (a + b) / 2  # inside the ring, between the first two arrows of the outer circle
    d_pos = (
        (rounded(mid * math.cos(1.3), 2), rounded(mid * math.sin(1.3), 2))
        if region == "annulus"
        else (0.0, 0.0)
    )
    c_pos = (rounded(lim_x * 0.78 + 0.55, 2), rounded(-lim_y * 0.78 - 0.55, 2))
    texts = ["D", "C"]
    text_code = f'ax.text({num_literal(d_pos[0])}, {num_literal(d_pos[1])}, "D", fontsize=18, ha="center", va="center")\n'
    text_code += f'ax.text({num_literal(c_pos[0])}, {num_literal(c_pos[1])}, "C", fontsize=16, ha="center", va="center")\n'
    m = 1.3
    code = f"""import matplotlib.pyplot as plt
from matplotlib.patches import {"Ellipse" if region == "ellipse" else "Circle"}, FancyArrowPatch

fig, ax = plt.subplots(figsize=(6, {round(float(np.clip(6 * (lim_y + m) / (lim_x + m), 3.5, 6.5)), 1)}))
{shape}
# short arrows along the boundary: D stays on the left as C is traversed
arrows = [
{arrow_rows}]
for start, end in arrows:
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=18, color="{acc}", linewidth=2))

{text_code}ax.axhline(0, color="gray", linewidth=0.6)
ax.axvline(0, color="gray", linewidth=0.6)
ax.set_aspect("equal")
ax.set_xlim({num_literal(-lim_x - m)}, {num_literal(lim_x + m)})
ax.set_ylim({num_literal(-lim_y - m)}, {num_literal(lim_y + m)})
ax.set_xlabel("x")
ax.set_ylabel("y")
plt.savefig("figure.png")
"""
    area = a * b if region == "ellipse" else a * a - b * b
    desc = (
        f"the region inside the ellipse x²/{a * a} + y²/{b * b} = 1"
        if region == "ellipse"
        else f"the ring {b} ≤ √(x² + y²) ≤ {a}"
    )
    qa = [
        QA(f"D is {desc}. What is its area?", pi_text(area), "free"),
        ask(
            rng,
            (
                f"Using Green's theorem, evaluate ∮_C x dy over the positively oriented boundary of D ({desc}).",
                f"What is ∮_C x dy around the boundary of {desc}, oriented as shown?",
            ),
            pi_text(area),
            "free",
        ),
        QA(
            "How many separate closed curves make up the boundary C?"
            if region == "annulus"
            else "Is the boundary traversed clockwise or counterclockwise?",
            "2" if region == "annulus" else "counterclockwise",
            "int" if region == "annulus" else "choice",
        ),
    ]
    if region == "annulus" and rng.random() < 0.5:
        qa[2] = QA(
            "In which direction do the arrows run on the inner circle?", "clockwise", "choice"
        )
    facts = {
        "projection": "2d",
        "labels": texts + ["x", "y"],
        "counts": {"text": 2, "arrow": len(arrows)}
        | ({"ellipse": 1} if region == "ellipse" else {"circle": 2}),
        "answer": rounded(area * math.pi, 4),
        "extra": {
            "figure": "ring between two circles" if region == "annulus" else "elliptical region",
            "region": region,
            "a": a,
            "b": b,
            "area_over_pi": area,
            "boundary_curves": 1 if region == "ellipse" else 2,
        },
    }
    if region == "annulus":
        facts["circles"] = [
            {"center": [0.0, 0.0], "radius": float(a)},
            {"center": [0.0, 0.0], "radius": float(b)},
        ]
    params = {"region": region, "a": a, "b": b}
    return make_sample(params, code, facts, qa)
