"""Caption describer of the physics diagrams (family ``physics``): circuits, mechanics set-ups,
ray diagrams, field lines and kinematics graphs.

Each caption names the set-up (``extra["figure"]``), its parts and how they are connected or
arranged, the given quantities exactly as the figure writes them, the element counts the trace
confirms, and every drawn label. It never states a computed answer: no equivalent values,
accelerations, image positions or natures, null points or slopes, and any sentence that
contains an answer of the sample's questions is dropped.
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

_PART_NAMES = {
    "cell": "cell",
    "resistor": "resistor",
    "capacitor": "capacitor",
    "switch": "closed switch",
    "ammeter": "ammeter",
    "voltmeter": "voltmeter",
}


def _q(text: str) -> str:
    return f"“{text}”"


def _circuit(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    parts = ex["parts"]
    listed = []
    for kind, name in _PART_NAMES.items():
        n = parts.get(kind, 0)
        if n:
            listed.append(f"{'one' if n == 1 else count_word(n)} {name}{'s' if n > 1 else ''}")
    out = [
        w.pick(
            (
                "It connects {parts} with straight wires, in standard symbols.",
                "Standard symbols show {parts}, joined by wires into one loop with branches.",
                "The circuit is built from {parts}.",
            ),
            parts=w.join(listed),
        )
    ]
    if ex.get("resistor_symbol"):
        out.append(
            w.pick(
                ("Resistors are drawn as {s}.", "Each resistor appears as {s}."),
                s="zigzag lines" if ex["resistor_symbol"] == "zigzag" else "small rectangles",
            )
        )
    named = [g for g in ex["groups"] if all(n in " ".join(labels) for n in g)]
    par = [g for g in named if len(g) > 1]
    for g in par:
        out.append(
            w.pick(
                (
                    "{names} are connected in parallel between a pair of junctions.",
                    "{names} sit on parallel branches.",
                ),
                names=w.join(g),
            )
        )
    if len(ex["groups"]) > 1 and named == ex["groups"]:
        chain = ["(" + " ∥ ".join(g) + ")" if len(g) > 1 else g[0] for g in ex["groups"]]
        out.append(
            w.pick(
                (
                    "Along the loop, the groups follow in series: {c}.",
                    "In series around the loop: {c}.",
                ),
                c=", ".join(chain),
            )
        )
    if ex.get("voltmeter_across") and ex["voltmeter_across"] in " ".join(labels):
        out.append(f"The voltmeter is connected across {ex['voltmeter_across']}.")
    if parts.get("ammeter"):
        out.append(
            w.pick(("The ammeter sits in the main line.", "An ammeter is in series with the cell."))
        )
    cell = next((t for t in labels if t.endswith(" V") and "=" not in t), None)
    if cell:
        out.append(
            w.pick(("The cell is marked {v}.", "The cell's voltage is written as {v}."), v=_q(cell))
        )
    return out


def _incline(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    angle = next((t for t in labels if t.endswith("°")), None)
    forces = [t for t in labels if t in ("mg", "W", "N", "f")]
    given = [t for t in labels if t.startswith(("m =", "μ =")) or t == "smooth"]
    out = [
        w.pick(
            (
                "A square block rests on a right-angled wedge whose base lies on hatched ground; the incline angle is marked {a}.",
                "The wedge's slope makes the angle {a} with the hatched ground, and a block sits on the slope.",
            ),
            a=_q(angle) if angle else "with an arc",
        ),
        w.pick(
            (
                "Force arrows labelled {f} act on the block.",
                "Arrows for the forces {f} start at the block.",
            ),
            f=quoted(forces, w),
        ),
    ]
    if given:
        out.append(w.pick(("The given data read {g}.", "Given: {g}."), g=quoted(given, w)))
    return out


def _pulley(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    masses = [t for t in labels if t.startswith("m")]
    if ex["setup"] == "atwood":
        out = [
            w.pick(
                (
                    "A pulley hangs from a hatched ceiling; a string over it carries two blocks, {m}.",
                    "Two blocks, {m}, hang from the ends of a string passing over a pulley fixed to the ceiling.",
                ),
                m=quoted(masses, w),
            )
        ]
    else:
        out = [
            w.pick(
                (
                    "A block {a} lies on a horizontal table; a horizontal string runs from it over a pulley at the table's edge down to a hanging block {b}.",
                    "On the table sits block {a}, tied by a string over the edge pulley to block {b}, which hangs freely.",
                ),
                a=_q(masses[0]),
                b=_q(masses[1]),
            )
        ]
        surface = next((t for t in labels if t.startswith("μ") or t == "frictionless"), None)
        if surface:
            out.append(f"The table top is labelled {_q(surface)}.")
    return out


def _springs(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    ks = [t for t in labels if t.startswith("k")]
    mass = next((t for t in labels if t.endswith("kg")), "")
    how = {
        "single": "one coil spring",
        "series": "two coil springs joined end to end",
        "parallel": "two side-by-side coil springs joined by a bar",
    }[ex["arrangement"]]
    return [
        w.pick(
            (
                "A block marked {m} hangs at rest from {how} attached to a hatched ceiling.",
                "From a hatched ceiling, {how} support a block labelled {m}.",
            ),
            m=_q(mass),
            how=how,
        ),
        w.pick(("The spring constants are written as {k}.", "Spring labels: {k}."), k=quoted(ks, w))
        if ks
        else "",
    ]


def _oscillator(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    given = [t for t in labels if "=" in t and not t.startswith("x")]
    return [
        w.pick(
            (
                "A coil spring joins a wall on the left to a block resting on hatched, frictionless ground.",
                "The block on the floor is tied to the wall by a horizontal coil spring.",
            )
        ),
        w.pick(
            (
                "A dashed vertical line marks the equilibrium position “x = 0”, and a double arrow shows how far the block is pulled out.",
                "The block is drawn displaced from the dashed equilibrium line “x = 0”, with a double arrow spanning the displacement.",
            )
        ),
        w.pick(("The given values read {g}.", "Given: {g}."), g=quoted(given, w)),
    ]


def _optics(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    device = ex["device"]
    mirror = "mirror" in device
    foci = [t for t in labels if t in ("F", "F′", "C")]
    obj = next((t for t in labels if t in ("O", "object")), "object")
    given = [t for t in labels if "cm" in t]
    return [
        w.pick(
            (
                "A {d} stands on a horizontal principal axis, with {foci} marked by dots on the axis.",
                "The principal axis runs through a {d}; dots on the axis mark {foci}.",
            ),
            d=device,
            foci=w.join(foci),
        ),
        w.pick(
            (
                "An upright object arrow labelled {o} stands in front of the {dev}, and two principal rays from its tip are traced to the image arrow labelled “I”.",
                "Two principal rays leave the tip of the object arrow {o}; after the {dev} they locate the image arrow “I”.",
            ),
            o=_q(obj),
            dev="mirror" if mirror else "lens",
        ),
        w.pick(("The given lengths read {g}.", "Given: {g}."), g=quoted(given, w)) if given else "",
    ]


def _field(ex: Facts, labels: list[str], w: Writer) -> list[str]:
    charges = [t for t in labels if t.startswith("q")]
    sep = next((t for t in labels if t.startswith("d =")), None)
    return [
        w.pick(
            (
                "The charges {q} are drawn as discs marked with their signs, and curved field lines with arrowheads run between and around them.",
                "Field lines with direction arrows surround two charged discs labelled {q}.",
            ),
            q=quoted(charges, w),
        ),
        f"A double arrow below them gives the separation {_q(sep)}." if sep else "",
    ]


def _motion(ex: Facts, trace: Trace, labels: list[str], w: Writer) -> list[str]:
    ax = next((a for a in trace.axes if a.axis_on), None)
    what = ex["figure"].split("-")[0]
    out = [
        w.pick(
            (
                "A piecewise-linear {what} graph with dot markers at its corners is drawn on a grid, with a horizontal line at zero.",
                "Straight segments with dots at their corners plot {what} against time on a grid.",
            ),
            what=what,
        )
    ]
    if ax is not None and ax.xlabel and ax.ylabel:
        out.append(
            w.pick(
                (
                    "The axes are labelled {x} and {y}.",
                    "Axis labels: {x} (horizontal) and {y} (vertical).",
                ),
                x=_q(ax.xlabel),
                y=_q(ax.ylabel),
            )
        )
    corners = [t for t in labels if len(t) == 1 and t.isupper()]
    if corners:
        out.append(
            w.pick(
                ("The corners are lettered {c}.", "Its corner points are named {c}."),
                c=w.join(corners),
            )
        )
    return out


def describe_physics(sample: SampleLike, trace: Trace, w: Writer) -> CaptionParts:
    """The set-up, its parts and givens, confirmed counts and every drawn label."""
    facts = sample.facts
    ex = facts.get("extra") or {}
    labels = shown_labels(facts, trace)
    answers = answer_tokens(sample)
    fig = ex.get("figure", "")
    if "circuit" in fig:
        body = _circuit(ex, labels, w)
    elif "inclined" in fig:
        body = _incline(ex, labels, w)
    elif "pulley" in fig or "Atwood" in fig:
        body = _pulley(ex, labels, w)
    elif "oscillator" in fig:
        body = _oscillator(ex, labels, w)
    elif "spring" in fig:
        body = _springs(ex, labels, w)
    elif "principal rays" in fig:
        body = _optics(ex, labels, w)
    elif "field" in fig:
        body = _field(ex, labels, w)
    else:
        body = _motion(ex, trace, labels, w)
    body = without_answers(body, answers)
    body.append(counts_sentence(facts, trace, w, answers))
    tail = (labels_sentence(labels, w),)
    return CaptionParts(
        "physics", tuple(body), tail, opening=opening(sample, trace, w, "physics diagram")
    )


DESCRIBERS.register("physics", describe_physics)
