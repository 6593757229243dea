"""Space curves in 3-D: helices, circles on a sphere (back half dashed), a curve with its tangent."""

from __future__ import annotations

import math

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_verify import (
    verify_helix_curve,
    verify_space_curve_tangent,
    verify_sphere_circle,
)
from codepercept.synth.kit import (
    ask,
    frac_text,
    make_sample,
    num_literal,
    pick,
    rounded,
    rounded_list,
    tuple_literal,
    view_basis,
)
from codepercept.synth.template import QA, ParamSpec, Sample, template


@template(
    "helix_curve",
    family=FAMILY,
    tags=("space_curve",),
    parameters=(
        ParamSpec("radius", "choice", choices=(1.0, 1.5, 2.0, 3.0)),
        ParamSpec("pitch", "choice", choices=(1.0, 1.5, 2.0, 3.0), help="rise per turn"),
        ParamSpec("turns", "int", 2, 4),
        ParamSpec("handed", "choice", choices=("right", "left")),
        ParamSpec("elev", "int", 15, 35),
        ParamSpec("azim", "int", -70, -20),
    ),
    description="A circular helix on labelled 3-D axes with its start and end points marked.",
    verify=verify_helix_curve,
)
def helix_curve(rng: np.random.Generator) -> Sample:
    """x = r cos t, y = ±r sin t, z = p t / 2π; asks for turns, height and the length of a turn."""
    r = float(pick(rng, (1.0, 1.5, 2.0, 3.0)))
    p = float(pick(rng, (1.0, 1.5, 2.0, 3.0)))
    turns = int(rng.integers(2, 5))
    handed = str(pick(rng, ("right", "left")))
    sgn = 1 if handed == "right" else -1
    elev, azim = int(rng.integers(15, 36)), int(rng.integers(-70, -19))
    color = str(pick(rng, ("tab:blue", "tab:red", "navy", "darkgreen")))
    height = p * turns
    A = [r, 0.0, 0.0]
    B = [r, 0.0, rounded(height)]
    # labels pushed sideways on the page, away from the axis of the helix
    _, right, _ = view_basis(elev, azim)
    side = 1.0 if right[0] >= 0 else -1.0
    lab = side * 0.2 * r * right
    ratio = float(np.clip(height / (2 * r), 1.0, 2.0))
    step = max(1, int(math.ceil(height / 4)))
    z_ticks = list(range(0, int(math.floor(height)) + 1, step))
    code = f"""import matplotlib.pyplot as plt
import numpy as np

r, pitch, turns = {num_literal(r)}, {num_literal(p)}, {turns}  # radius, rise per turn, number of turns
t = np.linspace(0, 2 * np.pi * turns, 600)
x = r * np.cos(t)
y = {"" if sgn == 1 else "-"}r * np.sin(t)  # {"right" if sgn == 1 else "left"}-handed
z = pitch * t / (2 * np.pi)

fig = plt.figure(figsize=(6, 7))
ax = fig.add_subplot(projection="3d")
ax.plot(x, y, z, color="{color}", linewidth=2)
ax.plot([0, 0], [0, 0], [0, {num_literal(height)}], color="gray", linewidth=1, linestyle="--")  # the axis
ax.scatter([{num_literal(A[0])}, {num_literal(B[0])}], [0, 0], [0, {num_literal(B[2])}], color="black", s=25)
ax.text({num_literal(A[0] + lab[0], 2)}, {num_literal(lab[1], 2)}, {num_literal(0.0)}, "A", fontsize=14, ha="center", va="center")
ax.text({num_literal(B[0] + lab[0], 2)}, {num_literal(lab[1], 2)}, {num_literal(B[2])}, "B", fontsize=14, ha="center", va="center")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_zlabel("z")
ax.set_xticks([{num_literal(-r)}, 0, {num_literal(r)}])
ax.set_yticks([{num_literal(-r)}, 0, {num_literal(r)}])
ax.set_zticks({z_ticks})
ax.view_init(elev={elev}, azim={azim})
ax.set_box_aspect((1, 1, {num_literal(ratio, 2)}), zoom=0.85)
plt.savefig("figure.png")
"""
    turn_len = math.hypot(2 * math.pi * r, p)
    qa = (
        ask(
            rng,
            (
                "How many full turns does the helix make from A to B?",
                "Count the turns of the helix between A and B.",
            ),
            str(turns),
            "int",
        ),
        QA(
            f"The helix is x = {num_literal(r)} cos t, y = {'' if sgn == 1 else '-'}{num_literal(r)} sin t, z = {num_literal(p)}t/(2π). How high is B above A?",
            num_literal(height).removesuffix(".0") if height.is_integer() else num_literal(height),
            "float",
        ),
        ask(
            rng,
            (
                f"With radius {num_literal(r)} and pitch {num_literal(p)}, what is the length of one turn (to two decimals)?",
                f"Find the arc length of one turn of a helix of radius {num_literal(r)} rising {num_literal(p)} per turn (2 d.p.).",
            ),
            f"{turn_len:.2f}",
            "float",
        ),
    )
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": ["A", "B", "x", "y", "z"],
        "points": {"A": A, "B": B},
        "dashed_segments": [],
        "counts": {"text": 2, "marker": 2},
        "min_counts": {"line": 2},
        "lengths": {"AB": rounded(height), "one_turn": rounded(turn_len, 4)},
        "answer": turns,
        "extra": {
            "figure": f"{handed}-handed helix",
            "radius": r,
            "pitch": p,
            "turns": turns,
            "handedness": handed,
        },
    }
    params = {"radius": r, "pitch": p, "turns": turns, "handed": handed, "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)


_LATITUDES = {30: ("√3/2", "1/2"), 45: ("√2/2", "√2/2"), 60: ("1/2", "√3/2")}


@template(
    "sphere_circle",
    family=FAMILY,
    tags=("space_curve",),
    parameters=(
        ParamSpec("radius", "int", 2, 6, help="sphere radius R"),
        ParamSpec("latitude", "choice", choices=(30, 45, 60), help="latitude of the small circle"),
        ParamSpec("elev", "int", 12, 28),
        ParamSpec("azim", "int", -80, -10),
    ),
    description="Sphere with its outline, equator and a circle of latitude; back halves dashed.",
    verify=verify_sphere_circle,
)
def sphere_circle(rng: np.random.Generator) -> Sample:
    """Circles on a sphere drawn in 3-D; the hidden half of each circle is computed from the view."""
    R = int(rng.integers(2, 7))
    lat = int(pick(rng, (30, 45, 60)))
    south = bool(rng.random() < 0.25)
    elev, azim = int(rng.integers(12, 29)), int(rng.integers(-80, -9))
    phi = math.radians(-lat if south else lat)
    # P sits towards the left or right rim, a little in front, so triangle OO'P is seen open
    lon = math.radians(azim + float(pick(rng, (-1, 1))) * float(rng.integers(55, 76)))
    P = [
        rounded(R * math.cos(phi) * math.cos(lon)),
        rounded(R * math.cos(phi) * math.sin(lon)),
        rounded(R * math.sin(phi)),
    ]
    Oc = [0.0, 0.0, rounded(R * math.sin(phi))]
    eye, right, up = view_basis(elev, azim)
    color = str(pick(rng, ("tab:red", "tab:blue", "darkorange")))
    d = 0.12 * R
    lab = {
        "O": np.array([0.0, 0.0, 0.0]) - d * (0.9 * up + 0.7 * right),
        "O'": np.array(Oc) + d * (0.6 * up - 1.0 * right),
        "P": np.array(P) + 1.4 * d * _outward(P, right, up),
        "N": np.array([0.0, 0.0, R]) + d * up,
    }
    code = f"""import matplotlib.pyplot as plt
import numpy as np

R = {R}  # radius of the sphere
elev, azim = {elev}, {azim}
# direction towards the viewer: points with p . eye < 0 are on the hidden side
eye = np.array([np.cos(np.radians(elev)) * np.cos(np.radians(azim)),
                np.cos(np.radians(elev)) * np.sin(np.radians(azim)),
                np.sin(np.radians(elev))])
t = np.linspace(0, 2 * np.pi, 361)


def draw_circle(pts, color, lw):
    \"\"\"Front part solid, back part dashed (points on the hidden side become gaps).\"\"\"
    front = pts @ eye >= 0
    ax.plot(*np.where(front, pts.T, np.nan), color=color, linewidth=lw)
    ax.plot(*np.where(~front, pts.T, np.nan), color=color, linewidth=lw * 0.7, linestyle="--")


fig = plt.figure(figsize=(6, 6))
ax = fig.add_subplot(projection="3d")
# outline of the sphere as seen from the viewer
right = np.array([-np.sin(np.radians(azim)), np.cos(np.radians(azim)), 0])
up = np.cross(eye, right)
outline = R * (np.outer(np.cos(t), right) + np.outer(np.sin(t), up))
ax.plot(outline[:, 0], outline[:, 1], outline[:, 2], color="black", linewidth=1.6)
# the equator and the circle of latitude {lat}° {"S" if south else "N"}
equator = np.stack([R * np.cos(t), R * np.sin(t), np.zeros_like(t)], axis=1)
draw_circle(equator, "gray", 1.2)
phi = np.radians({-lat if south else lat})
small = np.stack([R * np.cos(phi) * np.cos(t), R * np.cos(phi) * np.sin(t), np.full_like(t, R * np.sin(phi))], axis=1)
draw_circle(small, "{color}", 2.0)

# centre O, centre O' of the small circle, a point P on it and the pole N
O, O1, P, N = (0, 0, 0), {tuple_literal(Oc)}, {tuple_literal(P)}, (0, 0, R)
for a, b in ((O, O1), (O1, P), (O, P)):
    ax.plot(*zip(a, b), color="black", linewidth=1, linestyle="--")
ax.plot(*zip(O1, N), color="gray", linewidth=0.8, linestyle=":")
label_pos = {{
{"".join(f'    "{n}": {tuple_literal(v)},{chr(10)}' for n, v in lab.items())}}}
for name, (x, y, z) in label_pos.items():
    ax.text(x, y, z, name, fontsize=14, ha="center", va="center")

ax.set_proj_type("ortho")
ax.view_init(elev=elev, azim=azim)
ax.set_xlim(-R, R)
ax.set_ylim(-R, R)
ax.set_zlim(-R, R)
ax.set_box_aspect((1, 1, 1), zoom=1.3)
ax.set_axis_off()
fig.subplots_adjust(left=0, right=1, bottom=0, top=1)
plt.savefig("figure.png")
"""
    cos_s, sin_s = _LATITUDES[lat]
    small_r = R * math.cos(phi)
    qa = (
        QA(
            f"The sphere has radius {R} and ∠POO' = {90 - lat}°. What is the radius O'P of the small circle?",
            _times(R, cos_s),
            "free",
        ),
        ask(
            rng,
            (
                f"How far is the plane of the small circle from the centre O (R = {R})?",
                f"With R = {R}, find the distance OO'.",
            ),
            _times(R, sin_s),
            "free",
        ),
        QA(
            f"What is the circumference of the small circle (R = {R})? Leave π in the answer.",
            _times(2 * R, cos_s) + "π",
            "free",
        ),
    )
    pts = {"O": [0.0, 0.0, 0.0], "O'": Oc, "P": P, "N": [0.0, 0.0, float(R)]}
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": ["O", "O'", "P", "N"],
        "points": pts,
        "dashed_segments": [["O", "O'"], ["O'", "P"], ["O", "P"]],
        "counts": {"text": 4},
        "min_counts": {"line": 6},
        "lengths": {
            "OP": float(R),
            "O'P": rounded(small_r, 4),
            "OO'": rounded(abs(R * math.sin(phi)), 4),
        },
        "angles": {"POO'": float(90 - lat)},
        "answer": rounded(small_r, 4),
        "extra": {
            "figure": "sphere cut by a plane in a small circle",
            "dashed_role": "auxiliary",
            "radius": R,
            "latitude": -lat if south else lat,
        },
    }
    params = {"radius": R, "latitude": lat, "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)


def _outward(p: list[float], right: np.ndarray, up: np.ndarray) -> np.ndarray:
    """Screen-outward unit direction of ``p`` lifted back to 3-D (labels outside the sphere)."""
    v = np.array([np.dot(p, right), np.dot(p, up)])
    n = np.linalg.norm(v)
    v = v / n if n > 1e-9 else np.array([1.0, 0.0])
    return v[0] * right + v[1] * up


def _times(k: int, s: str) -> str:
    """k times a surd written like '√3/2' or '1/2', simplified."""
    from fractions import Fraction

    if "√" in s:
        root, den = s.split("/")
        f = Fraction(k, int(den))
        coef = "" if f.numerator == 1 else str(f.numerator)
        return f"{coef}{root}" + ("" if f.denominator == 1 else f"/{f.denominator}")
    return frac_text(Fraction(k) * Fraction(s))


_CURVES = (
    ((1, 1, 1), "(t, t², t³)"),
    ((1, 2, 1), "(t, 2t², t³)"),
    ((2, 1, 1), "(2t, t², t³)"),
    ((1, 1, 2), "(t, t², 2t³)"),
)


@template(
    "space_curve_tangent",
    family=FAMILY,
    tags=("space_curve",),
    parameters=(
        ParamSpec(
            "curve", "choice", choices=tuple(c for _, c in _CURVES), help="r(t) = (a t, b t², c t³)"
        ),
        ParamSpec("t0", "choice", choices=(-1, 1), help="parameter of the marked point"),
        ParamSpec("elev", "int", 15, 35),
        ParamSpec("azim", "int", -75, -30),
    ),
    description="A twisted-cubic-type space curve with the tangent vector drawn at a labelled point.",
    verify=verify_space_curve_tangent,
)
def space_curve_tangent(rng: np.random.Generator) -> Sample:
    """r(t) = (a t, b t², c t³) for t in [-1.5, 1.5]; the arrow is r'(t0) from P = r(t0)."""
    (a, b, c), name = pick(rng, _CURVES)
    t0 = int(pick(rng, (-1, 1)))
    P = [a * t0, b * t0 * t0, c * t0**3]
    T = [a, 2 * b * t0, 3 * c * t0 * t0]
    scale = 0.5
    tip = [P[i] + scale * T[i] for i in range(3)]
    # data -> box scaling of a (4, 4, 3) box over the curve's ranges, to judge what the eye sees
    box = np.array([4.0, 4.0, 3.0]) / np.array([3.0 * a, 2.25 * b, 6.75 * c])
    for _ in range(40):  # a view where the tangent arrow is not foreshortened
        elev, azim = int(rng.integers(15, 36)), int(rng.integers(-75, -29))
        _, right, up = view_basis(elev, azim)
        sv = box * np.array(T)
        seen = np.array([sv @ right, sv @ up])
        if np.linalg.norm(seen) > 0.8 * np.linalg.norm(sv):
            break
    along = seen / np.linalg.norm(seen)
    side = np.array([-along[1], along[0]])
    if side[1] < 0:
        side = -side

    def lift(v2: np.ndarray, k: float) -> np.ndarray:
        return k * (v2[0] * right + v2[1] * up) / box

    p_lab = np.array(P, float) + lift(side, 0.45)
    t_lab = np.array(tip, float) + lift(along, 0.55)
    color = str(pick(rng, ("tab:blue", "navy", "darkgreen")))
    acc = str(pick(rng, ("tab:red", "darkorange", "crimson")))
    code = f"""import matplotlib.pyplot as plt
import numpy as np

# r(t) = {name}
t = np.linspace(-1.5, 1.5, 300)
x, y, z = {a} * t, {b} * t**2, {c} * t**3

fig = plt.figure(figsize=(6.5, 6))
ax = fig.add_subplot(projection="3d")
ax.plot(x, y, z, color="{color}", linewidth=2)

# the point P = r({t0}) and the tangent vector r'({t0}) = {tuple(T)} (drawn at half length)
P = {tuple(P)}
T = {tuple(T)}
ax.scatter(*P, color="black", s=30)
ax.quiver(*P, *T, length={scale}, color="{acc}", linewidth=2, arrow_length_ratio=0.15)
ax.text({num_literal(p_lab[0], 2)}, {num_literal(p_lab[1], 2)}, {num_literal(p_lab[2], 2)}, "P", fontsize=14, ha="center", va="center")
ax.text({num_literal(t_lab[0], 2)}, {num_literal(t_lab[1], 2)}, {num_literal(t_lab[2], 2)}, "r'({t0})", fontsize=12, color="{acc}", ha="center", va="center")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_zlabel("z")
ax.set_proj_type("ortho")
ax.view_init(elev={elev}, azim={azim})
ax.set_box_aspect((4, 4, 3))
plt.savefig("figure.png")
"""
    qa = (
        ask(
            rng,
            (
                f"For r(t) = {name}, what is the tangent vector at P = r({t0})?",
                f"Compute r'({t0}) for the curve r(t) = {name}.",
            ),
            str(tuple(T)),
            "free",
        ),
        QA(f"What are the coordinates of P = r({t0}) on r(t) = {name}?", str(tuple(P)), "free"),
        QA(
            f"How long is the tangent vector r'({t0})? (2 d.p.)",
            f"{math.sqrt(sum(v * v for v in T)):.2f}",
            "float",
        ),
    )
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": ["P", f"r'({t0})", "x", "y", "z"],
        "points": {"P": rounded_list(P)},
        "counts": {"text": 2, "marker": 1},
        "min_counts": {"line": 2},
        "answer": str(tuple(T)),
        "extra": {
            "figure": "space curve with a tangent vector",
            "curve": name,
            "coefficients": [a, b, c],
            "t0": t0,
            "tangent": T,
        },
    }
    params = {"curve": name, "t0": t0, "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)
