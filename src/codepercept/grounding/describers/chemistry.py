"""Caption describer of the chemistry diagrams (family ``chemistry``): skeletal formulas,
titration curves, energy diagrams and apparatus readings.

Each caption names the diagram (``extra["figure"]``), how it is drawn, the given quantities and
labels exactly as written, and the element counts the trace confirms. It never states what the
questions ask: no molecular formulas or atom counts, functional groups, pH values, activation
energies, photon energies, unpaired electrons or readings; a sentence containing an answer of
the sample's questions is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import codepercept.grounding.kinds.diagrams  # noqa: F401  (the diagram fact kinds)
from codepercept.grounding.captions import DESCRIBERS
from codepercept.grounding.describe import CaptionParts, SampleLike, Writer, quoted
from codepercept.grounding.describers.diagram_sentences import (
    answer_tokens,
    count_word,
    counts_sentence,
    labels_sentence,
    shown_labels,
    without_answers,
)
from codepercept.grounding.describers.plot_sentences import opening
from codepercept.trace.schema import Trace

Facts = Mapping[str, Any]


def _molecule(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    double = sum(1 for b in ex["bonds"] if b[2] == 2)
    groups = [t for t in labels]
    ring = "benzene" in ex["figure"]
    out = []
    if ring:
        style = (
            "alternating single and double bonds (a Kekulé structure)"
            if ex.get("kekule")
            else "a circle inside the hexagon for the delocalised electrons"
        )
        out.append(
            w.pick(
                ("A hexagonal benzene ring is drawn with {s}.", "The six-membered ring uses {s}."),
                s=style,
            )
        )
        n = int(ex["substituents"])
        out.append(
            w.pick(
                (
                    "It carries {n} substituent{s} on the ring.",
                    "{N} substituent{s} {verb} out from the ring.",
                ),
                n=count_word(n),
                N=count_word(n).capitalize(),
                verb="stick" if n > 1 else "sticks",
                s="s" if n > 1 else "",
            )
        )
    else:
        out.append(
            w.pick(
                (
                    "Carbon atoms sit unlabelled at the corners of a zigzag chain drawn with 120° bond angles.",
                    "The carbon skeleton is a zigzag of straight bonds at 120°, with carbons implied at the corners and ends.",
                )
            )
        )
        if double:
            out.append(
                w.pick(
                    (
                        "{N} double bond{s} {verb} as paired parallel lines.",
                        "Paired lines mark {n} double bond{s}.",
                    ),
                    n=count_word(double),
                    N=count_word(double).capitalize(),
                    s="s" if double > 1 else "",
                    verb="appear" if double > 1 else "appears",
                )
            )
    if groups:
        out.append(
            w.pick(
                (
                    "Hetero-atom groups are written out as {g}.",
                    "Only {g} {be} written as atom symbols.",
                ),
                g=quoted(groups, w),
                be="are" if len(groups) > 1 else "is",
            )
        )
    return out


def _heating(ex: Facts, trace: Trace, labels: list[str], w: Writer) -> list[str]:
    ax = next((a for a in trace.axes if a.axis_on), None)
    corners = [t for t in labels if len(t) == 1 and t.isupper()]
    out = [
        w.pick(
            (
                "Temperature is plotted against the heat added: three sloped stages alternate with two flat plateaus lying on dashed guide lines at 0 °C and 100 °C.",
                "The broken-line curve climbs in sloped stages and stays flat twice, along dashed lines at 0 °C (melting) and 100 °C (boiling).",
            )
        ),
        w.pick(
            ("Its corners are lettered {c}.", "Dots at the corners are labelled {c}."),
            c=w.join(corners),
        ),
    ]
    if ax is not None:
        out.append(
            w.pick(
                ("The axes are labelled {x} and {y}.", "Axis labels: {x} and {y}."),
                x=f"“{ax.xlabel}”",
                y=f"“{ax.ylabel}”",
            )
        )
    return out


def _titration(ex: Facts, trace: Trace, labels: list[str], w: Writer) -> list[str]:
    ax = next((a for a in trace.axes if a.axis_on), None)
    out = [
        w.pick(
            (
                "A smooth sigmoid curve plots pH against the volume of base added, on a light grid.",
                "The curve rises from acidic to basic pH as base is added, with a steep jump in the middle.",
            )
        )
    ]
    if ax is not None:
        out.append(
            w.pick(
                ("The axes are labelled {x} and {y}.", "Axis labels: {x} and {y}."),
                x=f"“{ax.xlabel}”",
                y=f"“{ax.ylabel}”",
            )
        )
    if "P" in labels:
        out.append(
            w.pick(
                (
                    "A dot labelled P marks one point on the curve.",
                    "Point P is marked on the curve by a dot.",
                )
            )
        )
    return out


def _profile(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    ends = [t for t in labels if t not in ("Ea", "ΔH", "catalysed")]
    out = [
        w.pick(
            (
                "A smooth potential-energy curve runs along the reaction coordinate from {r} to {p}, with dashed grey guide lines at both levels.",
                "The energy curve starts at the level of {r} and ends at the level of {p}; dashed grey lines mark both levels.",
            ),
            r=f"“{ends[0]}”" if ends else "the reactants",
            p=f"“{ends[1]}”" if len(ends) > 1 else "the products",
        ),
        w.pick(
            (
                "Vertical double arrows labelled “Ea” and “ΔH” span the barrier and the energy change.",
                "Two double-headed arrows mark “Ea” (up to the highest point) and “ΔH” (between the end levels).",
            )
        ),
    ]
    if ex.get("catalysed"):
        out.append("A dashed second curve labelled “catalysed” runs below the first.")
    return out


def _levels(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    top = int(ex["top_level"])
    letters = [t for t in labels if len(t) == 1 and t.islower()]
    energies = [t for t in labels if t.endswith("eV")]
    return [
        w.pick(
            (
                "Horizontal lines show the levels n = 1 to n = {top} and a dashed line the level n = ∞, each named on the left.",
                "The hydrogen levels from n = 1 up to n = {top}, plus n = ∞ dashed at the top, are drawn as horizontal lines.",
            ),
            top=top,
        ),
        w.pick(
            (
                "Their energies are written on the right: {e}.",
                "The right-hand labels give the energies {e}.",
            ),
            e=quoted(energies, w),
        ),
        w.pick(
            (
                "Coloured vertical arrows between levels are lettered {l}.",
                "Transitions are drawn as vertical arrows named {l}.",
            ),
            l=w.join(letters),
        ),
    ]


def _orbitals(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    subshells = [t for t in ex["subshells"] if t in labels]
    out = [
        w.pick(
            (
                "Square boxes, one per orbital, are grouped by subshell and labelled {s} underneath.",
                "Each subshell is a row of orbital boxes, labelled {s} below.",
            ),
            s=quoted(subshells, w),
        ),
        w.pick(
            (
                "Electrons are drawn as up and down arrows inside the boxes, in two colours.",
                "Up arrows and down arrows in the boxes stand for electrons of opposite spin.",
            )
        ),
    ]
    if ex.get("core") and ex["core"] in labels:
        out.append(
            w.pick(
                (
                    "A noble-gas core written as “{c}” stands in front of the boxes.",
                    "The inner electrons are abbreviated as the core “{c}”.",
                ),
                c=ex["core"],
            )
        )
    if ex.get("species") and ex["species"] in labels:
        out.append(
            w.pick(
                ("The species is named “{x}” above the boxes.", "A label above reads “{x}”."),
                x=ex["species"],
            )
        )
    return out


def _glassware(ex: Facts, labels: list[str], w: Writer) -> tuple[str, list[str]]:
    """The row (it lists every letter, so no answer filter applies) and what the vessels hold."""
    letters = [t for t in labels if len(t) == 1]
    n = len(ex["outlines"])
    row = w.pick(
        (
            "{N} vessels drawn in outline stand side by side on one baseline, lettered {l} beneath.",
            "Side by side stand {n} pieces of glassware, drawn as outlines and lettered {l} below.",
        ),
        N=count_word(n).capitalize(),
        n=count_word(n),
        l=w.join(letters),
    )
    out = []
    filled = ex.get("filled") or []
    if filled:
        out.append(
            w.pick(
                (
                    "A pale coloured liquid partly fills {v}.",
                    "Only {v} {be} partly filled with a coloured liquid.",
                ),
                v=w.join(filled),
                be="are" if len(filled) > 1 else "is",
            )
        )
    else:
        out.append("All the vessels are empty.")
    return row, out


def _apparatus(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    if "cylinder" in ex["figure"]:
        marks = [t for t in labels if t != "mL"]
        return [
            w.pick(
                (
                    "A tall cylinder on a base has a scale of short minor marks and numbered major marks from {lo} to {hi}, headed “mL”.",
                    "The scale of the cylinder is numbered {lo} to {hi} (unit “mL”), with unnumbered minor divisions.",
                ),
                lo=f"“{marks[0]}”",
                hi=f"“{marks[-1]}”",
            ),
            w.pick(
                (
                    "A coloured liquid fills it to a concave meniscus.",
                    "The liquid inside ends in a curved, concave meniscus.",
                )
            ),
        ]
    return [
        w.pick(
            (
                "Two scale windows headed “initial” and “final” show a burette tube whose numbers increase downwards.",
                "Side by side, the “initial” and “final” close-ups show stretches of a burette scale numbered downwards.",
            )
        ),
        w.pick(
            (
                "Each window has ten minor marks per numbered millilitre and a coloured liquid ending in a concave meniscus.",
                "In both, the liquid column ends in a concave meniscus between the marks.",
            )
        ),
    ]


def describe_chemistry(sample: SampleLike, trace: Trace, w: Writer) -> CaptionParts:
    """The diagram, how it is drawn, its givens, confirmed counts and every drawn label."""
    facts = sample.facts
    ex = facts.get("extra") or {}
    labels = shown_labels(facts, trace)
    answers = answer_tokens(sample)
    fig = ex.get("figure", "")
    listed: list[str] = []  # sentences that list every label alike (exempt from the filter)
    if fig.startswith("skeletal"):
        body = _molecule(ex, labels, w)
    elif fig.startswith("heating"):
        body = _heating(ex, trace, labels, w)
    elif fig.startswith("titration"):
        body = _titration(ex, trace, labels, w)
    elif fig.startswith("reaction"):
        body = _profile(ex, labels, w)
    elif "hydrogen" in fig:
        body = _levels(ex, labels, w)
    elif "glassware" in fig:
        row, body = _glassware(ex, labels, w)
        listed = [row]
    elif fig.startswith("orbital"):
        body = _orbitals(ex, labels, w)
    else:
        body = _apparatus(ex, labels, w)
    body = listed + without_answers(body, answers)
    body.append(counts_sentence(facts, trace, w, answers))
    tail = (labels_sentence(labels, w),)
    return CaptionParts(
        "chemistry", tuple(body), tail, opening=opening(sample, trace, w, "chemistry diagram")
    )


DESCRIBERS.register("chemistry", describe_chemistry)
