"""Ray-optics templates: a thin lens (converging or diverging) and a spherical mirror
(concave or convex) with an object arrow, the principal rays and the image they form.

Rays are drawn by the construction rules (parallel ray through the focus, central ray
undeviated, focal ray leaves parallel); the answers come from the lens/mirror equation, and
the verifier intersects the drawn outgoing rays instead.
"""

from __future__ import annotations

import numpy as np

from codepercept.synth.families.physics.common import FAMILY, STYLE_PARAM, PhysStyle, sample_style
from codepercept.synth.families.physics.verify import verify_optics
from codepercept.synth.kit import ask, choose_qas, first_clean, make_sample, num_text, pick
from codepercept.synth.kit.diagram import Diagram
from codepercept.synth.kit.numbers import rounded_list
from codepercept.synth.template import ParamSpec, Sample, template

#: object distance as a multiple of |f| (converging / concave: real and virtual images)
RATIOS_CONVERGING = (1.5, 2.0, 2.5, 3.0, 0.5, 0.6)
RATIOS_DIVERGING = (0.5, 1.0, 1.5, 2.0, 3.0)


def _ray(dg: Diagram, pts, st: PhysStyle, colour: str, rays: list, back: tuple | None) -> None:
    """A principal ray (solid polyline) and, for a virtual image, its dashed back-extension."""
    dg.line(pts, color=colour, lw=1.4, comment="principal rays")
    rays.append([rounded_list(p, 3) for p in np.round(np.asarray(pts, float), 3)])
    if back is not None:
        dg.line(back, color=colour, lw=1.1, ls="--", comment="virtual extensions")


def _optics(rng: np.random.Generator, device: str) -> tuple[Diagram, Sample]:
    st = sample_style(rng)
    mirror = device == "mirror"
    converging = bool(rng.random() < 0.6)
    symbol = "arc" if mirror else str(pick(rng, ("arrows", "shape")))
    f_cm = int(pick(rng, (6, 8, 10, 12, 15, 20)))
    ratio = float(pick(rng, RATIOS_CONVERGING if converging else RATIOS_DIVERGING))
    do_cm = round(ratio * f_cm, 1)
    ho_cm = float(pick(rng, (2, 3, 4)))
    f_signed = f_cm if converging else -f_cm
    di_cm = f_signed * do_cm / (do_cm - f_signed)  # real-is-positive
    mag = -di_cm / do_cm
    k = 9.0 / max(do_cm, 2 * f_cm, abs(di_cm) if not mirror else 0.0, 1.0)  # units per cm
    k = min(k, 9.0 / max(do_cm + (abs(di_cm) if mirror else 0.0), 1.0)) if mirror else k
    f, do, h = f_signed * k, do_cm * k, min(ho_cm * k, 2.2)
    k_h = h / ho_cm  # vertical units per cm (object heights drawn to their own scale)
    di, hi = di_cm * k, mag * h
    kind = (
        ("concave" if converging else "convex")
        if mirror
        else ("converging" if converging else "diverging")
    )
    dg = Diagram(
        f"{kind.capitalize()} {'mirror' if mirror else 'lens'}: object {do_cm:g} cm away, f = {f_cm} cm",
        fontsize=st.fontsize,
        unit_px=float(pick(rng, (44.0, 50.0))),
        nd=3,
    )
    ink, ray_cols = st.ink, (st.accents[0], st.accents[1], st.accents[2])
    image_x = -di if mirror else di
    reach = 2.2 if mirror else 1.2  # the centre of curvature or the focal points stay on the axis
    xs = [-do, image_x, -abs(f) * reach, abs(f) * reach]
    left, right = min(xs) - 0.8, max(max(xs) + 0.8, 1.5)
    span = max(h, abs(hi), 1.6) + 0.6
    dg.line([(left, 0), (right, 0)], color=ink, lw=1.0, comment="principal axis", path=False)
    if mirror:
        ys = np.linspace(-span, span, 25)
        bulge = 0.22 * (ys / span) ** 2 * (-1 if converging else 1)
        dg.line(
            np.column_stack([bulge, ys]), color=ink, lw=st.lw + 1, comment="the mirror", path=False
        )
        back = 0.18 if converging else 0.3
        hx = [f"{b + back:.3f}" for b in bulge[::3]]
        dg.code(
            "ax.plot(["
            + ", ".join(f"{b + 0.02:.3f}, {x}, None" for b, x in zip(bulge[::3], hx, strict=True))
            + "], ["
            + ", ".join(f"{y:.3f}, {y + 0.15:.3f}, None" for y in ys[::3])
            + f'], color="{ink}", linewidth=1)',
            "the mirror",
        )
        dg.drawn("line", avoid=[(back, -span), (back + 0.2, span)])
    elif symbol == "shape":  # the lens outline: biconvex or biconcave
        ys = np.linspace(-span, span, 21)
        rim = 0.28 * (1 - (ys / span) ** 2) if converging else 0.08 + 0.22 * (ys / span) ** 2
        outline = np.vstack([np.column_stack([rim, ys]), np.column_stack([-rim, ys])[::-1]])
        dg.polygon(outline, fc=st.fill, ec=ink, lw=st.lw, comment="the lens", zorder=0)
    else:
        dg.arrow(
            (0, -span),
            (0, span),
            color=ink,
            lw=st.lw,
            style="<|-|>" if converging else "|-|",
            comment="the lens",
        )
    foci = [(-f, 0.0)] if mirror else [(-abs(f), 0.0), (abs(f), 0.0)]
    if mirror:
        foci.append((-2 * f, 0.0))
    dg.dots(foci, color=ink, size=5, comment="focal points")
    names = ["F", "C"] if mirror else ["F", "F′"]
    for name, p in zip(names, foci, strict=True):
        dg.text(name, p, prefer=(0, -1), color=ink)
    tip = np.array([-do, h])
    dg.arrow((-do, 0), tip, color=st.accents[2], lw=st.lw + 0.4, comment="object and image")
    rays: list[list[list[float]]] = []
    virtual = di_cm < 0
    image = np.array([image_x, hi])
    out_to = right - 0.1 if not mirror else left + 0.1

    def forward(p: np.ndarray, d: np.ndarray) -> np.ndarray:
        """Where a ray from p along d leaves the drawing (the axis' end, or above/below it)."""
        t = (out_to - p[0]) / d[0]
        if abs(d[1]) > 1e-9:
            t = min(t, ((span + 0.8) * np.sign(d[1]) - p[1]) / d[1])
        return p + d * max(t, 0.5)

    # ray 1: parallel to the axis, then through (or as if from) the focus
    hit1 = np.array([0.0, h])
    focus = np.array([-f if mirror else f, 0.0])  # the focus the ray passes through
    d1 = np.sign(f) * (focus - hit1)
    _ray(
        dg,
        [tip, hit1, forward(hit1, d1)],
        st,
        ray_cols[0],
        rays,
        (hit1, image) if virtual else None,
    )
    # ray 2: through the optical centre (lens) or to the vertex (mirror)
    d2 = np.array([do, -h]) if not mirror else np.array([-do, -h])
    _ray(
        dg,
        [tip, np.zeros(2), forward(np.zeros(2), d2)],
        st,
        ray_cols[1],
        rays,
        (np.zeros(2), image) if virtual else None,
    )
    # ray 3 (sometimes): through (or towards) the other focus, leaving parallel to the axis
    aim = np.array([-f, 0.0])  # the object-side focus of a converging lens or concave mirror
    y3 = h - h * do / (aim[0] + do) if abs(aim[0] + do) > 1e-6 else np.inf
    if rng.random() < 0.5 and abs(y3) < span - 0.2 and abs(y3 - h) > 0.3 and abs(y3) > 0.3:
        hit3 = np.array([0.0, y3])
        d3 = np.array([-1.0 if mirror else 1.0, 0.0])
        _ray(
            dg,
            [tip, hit3, forward(hit3, d3)],
            st,
            ray_cols[2],
            rays,
            (hit3, image) if virtual else None,
        )
    obj_lab = str(pick(rng, ("O", "object")))
    dg.text(obj_lab, tip, prefer=(0, 1), color=st.accents[2])
    dg.arrow(
        (image_x, 0),
        image,
        color=st.accents[2],
        lw=st.lw,
        ls="--" if virtual else "-",
        comment="object and image",
    )
    dg.text("I", image, prefer=(0, 1 if hi > 0 else -1), color=st.accents[2])
    dim_y = -span - 0.5
    dg.arrow(
        (-do, dim_y), (0, dim_y), color=ink, lw=1.0, style="<|-|>", head=10, comment="dimensions"
    )
    dg.text(f"{num_text(do_cm)} cm", (-do / 2, dim_y), prefer=(0, -1), color=ink)
    dg.text(f"f = {f_cm} cm", (foci[0][0], span), prefer=(0, 1), color=ink, check=True)
    dg.text(f"h = {num_text(ho_cm)} cm", (-do, h / 2), prefer=(-1, 0), color=st.accents[2])
    pool = [
        ask(
            rng,
            (
                f"How far from the {'mirror' if mirror else 'lens'} is the image, in cm?",
                f"Find the image distance (in cm, as a positive number) for this {kind} {'mirror' if mirror else 'lens'}.",
            ),
            round(abs(di_cm), 2),
        ),
        ask(
            rng,
            (
                "What is the magnification (negative when the image is inverted)?",
                "Find the lateral magnification m = h_i / h_o (sign included).",
            ),
            round(mag, 3),
        ),
        ask(
            rng,
            ("Is the image real or virtual?", "Is the image formed real or virtual?"),
            "virtual" if virtual else "real",
            "choice",
        ),
        ask(
            rng,
            ("How tall is the image, in cm?", "Find the height of the image (cm, positive)."),
            round(abs(mag) * ho_cm, 2),
        ),
    ]
    qas = choose_qas(rng, pool)
    code, facts = dg.build(
        extra={
            "figure": f"{kind} {'mirror' if mirror else 'lens'} with principal rays",
            "device": f"{kind} {'mirror' if mirror else 'lens'}",
            "focal_length_cm": f_cm,
            "object_distance_cm": do_cm,
            "object_height_cm": ho_cm,
            "cm_per_unit": [1 / k, 1 / k_h],
            "object_tip": rounded_list(tip, 3),
            "rays": rays,
        }
    )
    params = {"kind": kind, "focal_length": f_cm, "object_distance": do_cm, "object_height": ho_cm}
    if not mirror:
        params["symbol"] = symbol
    params["style"] = st.as_params()
    return dg, make_sample(params, code, facts, qas)


_PARAMS = (
    ParamSpec("focal_length", "int", 6, 20, help="|f| in cm"),
    ParamSpec("object_distance", "float", 3, 60, help="object distance, cm"),
    ParamSpec("object_height", "float", 2, 4, help="object height, cm"),
    STYLE_PARAM,
)


@template(
    "thin_lens",
    family=FAMILY,
    parameters=(
        ParamSpec("kind", "choice", choices=("converging", "diverging")),
        ParamSpec(
            "symbol",
            "choice",
            choices=("arrows", "shape"),
            help="lens drawn as a line with arrowheads or as its outline",
        ),
        *_PARAMS,
    ),
    description="Ray diagram of a thin converging or diverging lens: principal axis, focal "
    "points, an object arrow, two principal rays and the image (dashed when virtual); asks "
    "the image distance, magnification, image height or whether the image is real.",
    verify=verify_optics,
)
def thin_lens(rng: np.random.Generator) -> Sample:
    return first_clean(rng, lambda r: _optics(r, "lens"))


@template(
    "spherical_mirror",
    family=FAMILY,
    parameters=(ParamSpec("kind", "choice", choices=("concave", "convex")), *_PARAMS),
    description="Ray diagram of a concave or convex spherical mirror: principal axis, focus "
    "and centre of curvature, an object arrow, two reflected principal rays and the image "
    "(dashed when virtual); asks the image distance, magnification, height or nature.",
    verify=verify_optics,
)
def spherical_mirror(rng: np.random.Generator) -> Sample:
    return first_clean(rng, lambda r: _optics(r, "mirror"))
