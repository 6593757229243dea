"""Venn diagrams of two or three sets with the number of elements written in every region."""

from __future__ import annotations

import numpy as np

import codepercept.grounding.kinds.graphs  # noqa: F401  (registers the "venn" fact kind)
from codepercept.synth import ParamSpec, template
from codepercept.synth.families.graphs import verify_counting as vc
from codepercept.synth.families.graphs.common import FAMILY
from codepercept.synth.kit import ask, choose_qas, make_sample, pick
from codepercept.synth.kit.diagram import Diagram

#: Set names a textbook survey uses, by theme (letters are the default).
THEMES = (
    ("A", "B", "C"),
    ("P", "Q", "R"),
    ("Math", "Art", "Music"),
    ("Tea", "Coffee", "Juice"),
    ("Soccer", "Tennis", "Chess"),
    ("Cats", "Dogs", "Birds"),
)
COLOURS = (
    ("#c0392b", "#2874a6", "#1e8449"),
    ("#d35400", "#7d3c98", "#117a65"),
    ("#000000", "#000000", "#000000"),
    ("#1a5276", "#b03a2e", "#9a7d0a"),
)

#: (set centres, radius, where each region's number goes with its membership) per set count.
LAYOUTS = {
    2: (
        ((-0.95, 0.0), (0.95, 0.0)),
        1.65,
        (((-1.75, 0.0), (0,)), ((0.0, 0.0), (0, 1)), ((1.75, 0.0), (1,))),
    ),
    3: (
        ((-0.85, 0.5), (0.85, 0.5), (0.0, -0.95)),
        1.5,
        (
            ((-1.45, 0.95), (0,)),
            ((1.45, 0.95), (1,)),
            ((0.0, -1.85), (2,)),
            ((0.0, 1.2), (0, 1)),
            ((-0.95, -0.55), (0, 2)),
            ((0.95, -0.55), (1, 2)),
            ((0.0, 0.05), (0, 1, 2)),
        ),
    ),
}


def _questions(rng, names, values, outside):
    """Candidate QA pairs over the region counts (membership tuple -> count)."""
    k = len(names)
    a, b = names[0], names[1]

    def total(pred) -> int:
        return sum(v for m, v in values.items() if pred(set(m)))

    # pure read-offs (a single region's number) are left out: every answer adds regions up
    pool = [
        ask(
            rng,
            (f"How many elements are in {a} or {b} (or both)?",),
            total(lambda m: bool(m & {0, 1})),
        ),
        ask(
            rng,
            (f"How many elements does {b} have in total?", f"What is the size of set {b}?"),
            total(lambda m: 1 in m),
        ),
        ask(
            rng,
            ("How many elements belong to exactly one of the sets?",),
            total(lambda m: len(m) == 1),
        ),
    ]
    if k == 3:
        pool.append(
            ask(rng, (f"How many elements are in both {a} and {b}?",), total(lambda m: {0, 1} <= m))
        )
        pool.append(
            ask(
                rng,
                ("How many elements are in exactly two of the sets?",),
                total(lambda m: len(m) == 2),
            )
        )
    if outside is not None:
        pool.append(
            ask(
                rng,
                ("How many elements does the universal set U have?",),
                total(lambda m: True) + outside,
            )
        )
    first = int(rng.integers(len(pool)))
    return choose_qas(rng, [pool[first], *pool[:first], *pool[first + 1 :]], 3)


@template(
    "venn_diagram",
    family=FAMILY,
    parameters=(
        ParamSpec("n_sets", "int", 2, 3, help="circles"),
        ParamSpec("names", "str", help="set names"),
        ParamSpec("values", "str", help="the count written in each region"),
        ParamSpec("outside", "int", 0, 15, help="elements outside every set (when shown)"),
        ParamSpec("style", "str", help="colours and sizes"),
    ),
    description="Venn diagram of two or three sets inside a universal rectangle with the count "
    "of each region written; asks counts of set combinations (only, or, and, exactly two).",
    verify=vc.verify_venn,
)
def venn_diagram(rng: np.random.Generator):
    k = int(pick(rng, (2, 3)))
    names = list(pick(rng, THEMES))[:k]
    colours = pick(rng, COLOURS)
    fs = int(rng.integers(13, 16))
    centres, r, spots = LAYOUTS[k]
    dg = Diagram(f"Venn diagram of {k} sets", fontsize=fs)
    lw = round(float(rng.uniform(1.5, 2.2)), 1)
    filled = bool(rng.random() < 0.5)
    top = max(c[1] for c in centres) + r + 0.75
    bottom = min(c[1] for c in centres) - r - (0.35 if k == 2 else 0.6)
    half_w = 3.4 if k == 2 else 3.3
    dg.rect(
        (-half_w, bottom), 2 * half_w, top - bottom, ec="#333333", lw=lw, comment="universal set"
    )
    sets = {}
    for name, c, col in zip(names, centres, colours, strict=False):
        fc = col + "22" if filled else "none"
        dg.circle(c, r, fc=fc, ec=col, lw=lw, comment="sets")
        sets[name] = {"center": [c[0], c[1]], "radius": r}
    name_at = [
        (centres[0][0] - 0.9, centres[0][1] + r + 0.35),
        (centres[1][0] + 0.9, centres[1][1] + r + 0.35),
    ]
    if k == 3:
        name_at.append((centres[2][0] + r + 0.55, centres[2][1] - r + 0.1))
    for name, at, col in zip(names, name_at, colours, strict=False):
        dg.text(name, at=at, color=col, size=fs, weight="bold")
    dg.text("U", at=(-half_w + 0.3, top - 0.3), size=fs)
    values = {}
    regions = []
    for at, members in spots:
        v = int(rng.integers(1, 21))
        values[members] = v
        dg.text(str(v), at=at, size=fs)
        regions.append({"text": str(v), "at": [at[0], at[1]], "in": [names[i] for i in members]})
    outside = int(rng.integers(0, 16)) if rng.random() < 0.6 else None
    if outside is not None:
        at = (-half_w + 0.45, bottom + 0.35)
        dg.text(str(outside), at=at, size=fs)
        regions.append({"text": str(outside), "at": [at[0], at[1]], "in": []})
    qa = _questions(rng, names, values, outside)
    code, facts = dg.build(
        circles=[{"center": s["center"], "radius": r} for s in sets.values()],
        venn={"sets": sets, "regions": regions},
        extra={"figure": "Venn diagram", "n_sets": k, "outside_shown": outside is not None},
    )
    params = {
        "n_sets": k,
        "names": ", ".join(names),
        "values": ", ".join(str(values[m]) for _, m in spots),
        "style": {"colours": list(colours[:k]), "lw": lw, "filled": filled, "fontsize": fs},
    }
    if outside is not None:
        params["outside"] = outside
    return make_sample(params, code, facts, qa)
