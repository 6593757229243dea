"""Regular pyramids: height, slant height and apothem; a section parallel to the base."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np

from codepercept.synth.families.solid_common import FAMILY
from codepercept.synth.families.solid_verify import (
    verify_pyramid_parallel_section,
    verify_regular_pyramid_measures,
)
from codepercept.synth.kit import (
    HEADER_3D,
    HEADER_3D_POLY,
    alphabet,
    axes3d_code,
    face_facing,
    fit_view3d,
    frac_text,
    label_positions_3d,
    make_sample,
    pick,
    rounded,
    rounded_list,
    sample_solid_style,
    sample_view,
    split_edges,
    sqrt_text,
    tuple_literal,
    view_projector,
    wire_code,
)
from codepercept.synth.template import QA, ParamSpec, Sample, template

_TRIPLES = (
    (6, 4),
    (12, 8),
    (10, 12),
    (16, 15),
    (14, 24),
    (18, 12),
    (6, 3),
    (4, 2),
    (10, 6),
    (8, 5),
)


def _square_pyramid(a: float, h: float, apex: str) -> tuple[dict, list]:
    r = a / 2
    verts = {
        "A": (-r, -r, 0.0),
        "B": (r, -r, 0.0),
        "C": (r, r, 0.0),
        "D": (-r, r, 0.0),
        apex: (0.0, 0.0, h),
    }
    faces = [("A", "B", "C", "D")] + [
        (x, y, apex) for x, y in (("A", "B"), ("B", "C"), ("C", "D"), ("D", "A"))
    ]
    return verts, faces


def _line3d(p: tuple, q: tuple, color: str, lw: float, dashed: bool) -> str:
    style = ', linestyle="--"' if dashed else ""
    return (
        f"ax.plot([{p[0]}, {q[0]}], [{p[1]}, {q[1]}], [{p[2]}, {q[2]}], "
        f'color="{color}", linewidth={lw:.2f}{style})\n'
    )


@template(
    "regular_pyramid_measures",
    family=FAMILY,
    tags=("polyhedron",),
    parameters=(
        ParamSpec("base", "int", 4, 18, help="base edge a of the square base"),
        ParamSpec("height", "int", 2, 24, help="height SO"),
        ParamSpec("elev", "int", 12, 30),
        ParamSpec("azim", "int", -80, -10),
    ),
    description="Regular square pyramid with height SO and slant height SM drawn; asks for lengths and volume.",
    verify=verify_regular_pyramid_measures,
)
def regular_pyramid_measures(rng: np.random.Generator) -> Sample:
    """Square pyramid S-ABCD: centre O, midpoint M of a front base edge, SO and OM dashed."""
    a, h = (int(v) for v in pick(rng, _TRIPLES))
    apex = str(pick(rng, ("S", "P", "V")))
    verts, faces = _square_pyramid(float(a), float(h), apex)
    elev, azim = sample_view(
        rng,
        verts,
        faces,
        elev=(12, 30),
        azim=(-80, -10),
        points=verts | {"O": (0.0, 0.0, 0.0)},
        min_sep=0.1,
    )
    proj = view_projector(elev, azim)
    visible, hidden = split_edges(verts, faces, proj)
    facing = face_facing(verts, faces, proj)
    lateral = max(range(1, 5), key=lambda i: facing[i])
    p, q = faces[lateral][0], faces[lateral][1]
    mid = tuple(rounded((verts[p][i] + verts[q][i]) / 2) for i in range(3))
    allv = dict(verts) | {"O": (0.0, 0.0, 0.0), "M": mid}
    style = sample_solid_style(rng)
    fs = (float(pick(rng, (6.0, 6.5))),) * 2
    centre, half, zoom, px = fit_view3d(
        verts.values(), elev, azim, (fs[0] * 100, fs[1] * 100), fill=0.76
    )
    extra_lines = [[verts[apex], (0, 0, 0)], [(0, 0, 0), mid], [verts[apex], mid]]
    labels = label_positions_3d(
        allv, elev, azim, (style.fontsize + 6) / px, centre, visible + hidden, extra_lines
    )
    top, foot = verts[apex], (0.0, 0.0, 0.0)
    aux = (
        f"\n# height {apex}O and apothem OM are inside the solid (dashed); slant height {apex}M lies on a face\n"
        + f"top, O, M = {tuple_literal(top)}, {tuple_literal(foot)}, {tuple_literal(mid)}\n"
        + f'ax.plot(*zip(top, O), color="{style.mark}", linewidth={style.lw * 0.8:.2f}, linestyle="--")\n'
        + f'ax.plot(*zip(O, M), color="{style.mark}", linewidth={style.lw * 0.8:.2f}, linestyle="--")\n'
        + f'ax.plot(*zip(top, M), color="{style.mark}", linewidth={style.lw:.2f})\n'
    )
    code = (
        HEADER_3D
        + f"\nfig = plt.figure(figsize={fs})\n"
        + 'ax = fig.add_subplot(projection="3d")\n\n'
        + wire_code(
            allv,
            visible,
            hidden,
            labels,
            style,
            what=f"regular pyramid {apex}-ABCD (a = {a}, h = {h})",
        )
        + aux
        + "\n"
        + axes3d_code(elev, azim, centre, half, zoom=zoom)
        + "\nfig.subplots_adjust(left=0, right=1, bottom=0, top=1)\n"
        + 'plt.savefig("figure.png")\n'
    )
    slant2 = Fraction(h * h) + Fraction(a * a, 4)
    lateral2 = Fraction(h * h) + Fraction(a * a, 2)
    slant = math.sqrt(slant2)
    given = pick(
        rng,
        (
            f"In the regular pyramid {apex}-ABCD, AB = {a} and {apex}O = {h}.",
            f"The base edge of the regular pyramid is {a} and its height {apex}O is {h}.",
        ),
    )
    qa = [
        QA(f"{given} Find the slant height {apex}M.", _root(slant2), "free"),
        QA(
            f"{given} "
            + pick(rng, ("What is the volume of the pyramid?", "Find the pyramid's volume.")),
            frac_text(Fraction(a * a * h, 3)),
            "free",
        ),
        QA(f"{given} How long is the lateral edge {apex}A?", _root(lateral2), "free"),
    ]
    names = list(allv)
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": names,
        "points": {k: rounded_list(v) for k, v in allv.items()},
        "segments": [list(e) for e in visible] + [[apex, "M"]],
        "dashed_segments": [list(e) for e in hidden] + [[apex, "O"], ["O", "M"]],
        "counts": {"text": len(names), "line": len(visible) + len(hidden) + 3},
        "lengths": {
            "AB": float(a),
            f"{apex}O": float(h),
            f"{apex}M": rounded(slant, 4),
            "OM": a / 2,
        },
        "answer": rounded(slant, 4),
        "extra": {
            "figure": "regular square pyramid",
            "apex": apex,
            "midpoint_edge": [p, q],
            "volume": float(Fraction(a * a * h, 3)),
        },
    }
    params = {"base": a, "height": h, "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)


def _root(f: Fraction) -> str:
    """Square root of a fraction with denominator 1 or 4, simplified."""
    if f.denominator == 1:
        return sqrt_text(f.numerator)
    if f.denominator == 4:
        r = sqrt_text(f.numerator)
        return str(int(r) / 2).removesuffix(".0") if r.isdigit() else f"{r}/2"
    return f"√({frac_text(f)})"


_RATIOS = (Fraction(1, 2), Fraction(2, 3), Fraction(3, 4), Fraction(3, 5))


@template(
    "pyramid_parallel_section",
    family=FAMILY,
    tags=("cross_section",),
    parameters=(
        ParamSpec("sides", "choice", choices=(3, 4, 5), help="sides of the regular base"),
        ParamSpec("base", "int", 4, 12, help="base edge"),
        ParamSpec("ratio", "choice", choices=tuple(str(r) for r in _RATIOS), help="PA' : PA"),
        ParamSpec("elev", "int", 14, 32),
        ParamSpec("azim", "int", -80, -10),
    ),
    description="Regular pyramid cut by a plane parallel to its base; the section polygon is shaded.",
    verify=verify_pyramid_parallel_section,
)
def pyramid_parallel_section(rng: np.random.Generator) -> Sample:
    """Section A'B'C'... of a pyramid at PA' : PA = k; asks for the section's edge and area ratio."""
    n = int(pick(rng, (3, 4, 5)))
    a = int(rng.integers(2, 7)) * 2
    k = pick(rng, _RATIOS)
    apex = str(pick(rng, ("P", "S", "V")))
    R = a / (2 * math.sin(math.pi / n))
    h = round(R * float(pick(rng, (1.6, 2.0, 2.4))), 2)
    phase = float(rng.uniform(0, 2 * math.pi / n))
    base = alphabet(n)
    sec = [f"{c}'" for c in base]
    verts: dict[str, tuple] = {}
    for i, name in enumerate(base):
        t = phase + 2 * math.pi * i / n
        verts[name] = (rounded(R * math.cos(t)), rounded(R * math.sin(t)), 0.0)
    verts[apex] = (0.0, 0.0, h)
    faces = [tuple(base)] + [(base[i], base[(i + 1) % n], apex) for i in range(n)]
    kf = float(k)
    solid = dict(verts)
    for name, s in zip(base, sec, strict=True):
        v, P = np.array(verts[name]), np.array(verts[apex])
        verts[s] = tuple(rounded(c) for c in P + kf * (v - P))
    elev, azim = sample_view(
        rng, solid, faces, elev=(14, 32), azim=(-80, -10), points=verts, min_sep=0.09
    )
    proj = view_projector(elev, azim)
    visible, hidden = split_edges(solid, faces, proj)
    facing = face_facing(solid, faces, proj)
    sec_vis, sec_hid = [], []
    for i in range(n):
        e = (sec[i], sec[(i + 1) % n])
        (sec_vis if facing[i + 1] > 0 else sec_hid).append(e)
    style = sample_solid_style(rng)
    outline = [verts[x] for x in base + [apex]]
    fs = (float(pick(rng, (6.0, 6.5))),) * 2
    centre, half, zoom, px = fit_view3d(outline, elev, azim, (fs[0] * 100, fs[1] * 100), fill=0.76)
    edges_all = visible + hidden + sec_vis + sec_hid
    labels = label_positions_3d(verts, elev, azim, (style.fontsize + 6) / px, centre, edges_all)
    poly = ", ".join(tuple_literal(verts[s]) for s in sec)
    code = (
        HEADER_3D_POLY
        + f"\nfig = plt.figure(figsize={fs})\n"
        + 'ax = fig.add_subplot(projection="3d")\n\n'
        + wire_code(
            verts,
            visible + sec_vis,
            hidden + sec_hid,
            labels,
            style,
            what=f"pyramid {apex}-{''.join(base)} cut parallel to the base at {apex}{sec[0]} : {apex}{base[0]} = {k}",
        )
        + "\n# the section is shaded\n"
        + f'section = Poly3DCollection([[{poly}]], facecolor="{style.mark}", alpha=0.3, edgecolor="none")\n'
        + "ax.add_collection3d(section)\n\n"
        + axes3d_code(elev, azim, centre, half, zoom=zoom)
        + "\nfig.subplots_adjust(left=0, right=1, bottom=0, top=1)\n"
        + 'plt.savefig("figure.png")\n'
    )
    side = a * k
    q1 = pick(
        rng,
        (
            f"The base edge of the regular pyramid is {a} and {apex}{sec[0]} : {apex}{base[0]} = {k.numerator} : {k.denominator}. How long is {sec[0]}{sec[1]}?",
            f"If {base[0]}{base[1]} = {a} and the cutting plane is parallel to the base with {apex}{sec[0]} = {k} {apex}{base[0]}, find {sec[0]}{sec[1]}.",
        ),
    )
    q2 = pick(
        rng,
        (
            "What is the ratio of the section's area to the base's area?",
            "The section is similar to the base. What fraction of the base area is it?",
        ),
    )
    q3 = pick(
        rng,
        (
            "How many sides does the shaded section have?",
            "What kind of polygon is the section? Give its number of sides.",
        ),
    )
    qa = (QA(q1, frac_text(side), "free"), QA(q2, frac_text(k * k), "free"), QA(q3, str(n), "int"))
    names = list(verts)
    facts = {
        "projection": "3d",
        "view": {"elev": float(elev), "azim": float(azim)},
        "labels": names,
        "points": {x: list(v) for x, v in verts.items()},
        "segments": [list(e) for e in visible + sec_vis],
        "dashed_segments": [list(e) for e in hidden + sec_hid],
        "counts": {"text": len(names), "line": len(edges_all), "polygon": 1},
        "lengths": {f"{base[0]}{base[1]}": float(a), f"{sec[0]}{sec[1]}": float(side)},
        "answer": float(side),
        "extra": {
            "figure": "pyramid cut by a plane parallel to its base",
            "sides": n,
            "ratio": str(k),
            "area_ratio": str(k * k),
            "section": sec,
        },
    }
    params = {"sides": n, "base": a, "ratio": str(k), "elev": elev, "azim": azim}
    return make_sample(params, code, facts, qa)
