"""Caption describer of function graphs and analytic geometry (family ``analytic``): what is
graphed, the window and grid, the legend and title equations, named points (with their
coordinates when they are given data, not answers), shaded regions, dashed guide lines,
vectors and break points.

Statements come from the facts checked against the trace (curves, marks, regions, vectors,
points) and from the trace (ranges, grid, title, legend). Quantities a question asks for
(intersection coordinates, asymptote positions, foci, the result vector) are never stated;
a sentence naming a label-like answer is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import codepercept.grounding.kinds.plots  # noqa: F401  (the fact kinds of function graphs)
from codepercept.grounding.captions import DESCRIBERS
from codepercept.grounding.describe import CaptionParts, SampleLike, Writer, fmt_num
from codepercept.grounding.describers.plot_sentences import (
    answers_of,
    count_word,
    keep,
    legend_sentence,
    opening,
    ranges_sentence,
    say,
)
from codepercept.grounding.text import figure_texts, label_present
from codepercept.trace.schema import Trace

Facts = Mapping[str, Any]

PHRASES: dict[str, tuple[str, ...]] = {
    "named_points": (
        "{N}points are marked with dots and named {names}.",
        "Dots mark {n}named points, {names}.",
        "The labelled points are {names}.",
    ),
    "named_point_1": (
        "The point {names} is marked with a dot.",
        "One point is marked and named {names}.",
    ),
    "named_at": (
        "The marked points are {list}.",
        "Dots mark {list}.",
        "Named lattice points: {list}.",
    ),
    "region": (
        "The region between the curves from x = {a} to x = {b} is shaded.",
        "Shading fills the area between the curves over {a} ≤ x ≤ {b}.",
        "A shaded region lies between the curves for x from {a} to {b}.",
    ),
    "dashed": (
        "{N}dashed lines are drawn as guides ({why}).",
        "It adds {n}dashed lines as guides ({why}).",
    ),
    "dashed_1": (
        "One dashed line is drawn: {why}.",
        "A dashed line shows {why}.",
    ),
    "branches": (
        "The curve has two branches, one on each side of the vertical asymptote.",
        "Its graph falls into two separate branches.",
    ),
    "vectors": (
        "{N}arrows start at the origin: {names}.",
        "From the origin, {n}arrows are drawn, named {names}.",
    ),
    "vector_given": (
        "Vector u ends at ({ux}, {uy}) and vector v at ({vx}, {vy}).",
        "The tip of u is at ({ux}, {uy}); the tip of v is at ({vx}, {vy}).",
    ),
    "parallelogram": (
        "Dashed sides complete the parallelogram spanned by u and v.",
        "The parallelogram on u and v is finished with dashed sides.",
    ),
    "pieces": (
        "The graph consists of two pieces that meet at x = {b}, {dots}.",
        "Two pieces make up the graph, joined at x = {b}, {dots}.",
    ),
    "dots_jump": (
        "where a filled dot and an open dot mark the endpoints",
        "with one filled and one hollow endpoint there",
    ),
    "dots_joined": (
        "where a filled dot marks the shared endpoint",
        "with a filled dot at the join",
    ),
    "polar": (
        "The curve is drawn on polar axes, with angles marked in degrees around the circle.",
        "Polar axes carry the curve, angles labelled in degrees.",
    ),
    "foci": (
        "The two foci {names} are marked with dots.",
        "Dots mark the foci {names}.",
    ),
    "lines": (
        "Each pair of named points lies on its own straight line, and both lines run across "
        "the window.",
        "Both straight lines run from edge to edge of the window.",
    ),
    "wave": (
        "One smooth periodic curve runs across the whole window.",
        "A single wave spans the window from edge to edge.",
    ),
}


def _n(n: int, answers: set[str]) -> str:
    return count_word(n, answers)


def _say(w: Writer, key: str, **kw: Any) -> str:
    return say(w, PHRASES, key, **kw)


def _points(facts: Facts, texts: list[str], answers: set[str], w: Writer) -> str:
    extra = facts.get("extra") or {}
    named = [n for n in facts.get("points", {}) if label_present(n, texts)]
    if not named:
        return ""
    if "conic" in extra:
        return _say(w, "foci", names=w.join(named))
    if "crossing" in extra:  # lattice points are the given data of the line problem
        pts = facts["points"]
        items = [f"{n}({fmt_num(pts[n][0])}, {fmt_num(pts[n][1])})" for n in named]
        with_coords = _say(w, "named_at", list=w.join(items))
        if keep(with_coords, answers):
            return with_coords
    if len(named) == 1:
        return _say(w, "named_point_1", names=named[0])
    return _say(w, "named_points", n=_n(len(named), answers), names=w.join(named))


def _dashed(facts: Facts, answers: set[str], w: Writer) -> str:
    dashed = [c for c in facts.get("curves", []) if c.get("style") == "dashed"]
    if not dashed:
        return ""
    names = {str(c.get("name", "")) for c in dashed}
    if names <= {"side"}:
        return _say(w, "parallelogram")
    if any("asymptote" in n for n in names):
        why = "the asymptotes"
    elif names == {"tangent"}:
        why = "the tangent line"
    elif names == {"mirror line"}:
        why = "the mirror line y = x"
    else:
        why = "auxiliary lines"
    if len(dashed) == 1:
        return _say(w, "dashed_1", why=why)
    return _say(w, "dashed", n=_n(len(dashed), answers), why=why)


def _specific(facts: Facts, answers: set[str], w: Writer) -> list[str]:
    extra = facts.get("extra") or {}
    out = []
    for r in facts.get("regions", []):
        a, b = (fmt_num(v) for v in r["x"])
        out.append(_say(w, "region", a=a, b=b))
    vectors = facts.get("vectors", [])
    if vectors:
        names = w.join([str(v["name"]) for v in vectors])
        out.append(_say(w, "vectors", n=_n(len(vectors), answers), names=names))
        u = next((v for v in vectors if v["name"] == "u"), None)
        v = next((v for v in vectors if v["name"] == "v"), None)
        if u and v:
            (ux, uy), (vx, vy) = (fmt_num(c) for c in u["end"]), (fmt_num(c) for c in v["end"])
            out.append(_say(w, "vector_given", ux=ux, uy=uy, vx=vx, vy=vy))
    if "break" in extra:
        marks = facts.get("marks", [])
        dots = w.pick(PHRASES["dots_jump" if len(marks) > 1 else "dots_joined"])
        out.append(_say(w, "pieces", b=fmt_num(extra["break"]), dots=dots))
    if "p" in extra and "q" in extra:
        out.append(_say(w, "branches"))
    if extra.get("curve") in ("rose", "limacon"):
        out.append(_say(w, "polar"))
    if "crossing" in extra:
        out.append(_say(w, "lines"))
    if "amplitude" in extra:
        out.append(_say(w, "wave"))
    return out


def describe_analytic(sample: SampleLike, trace: Trace, w: Writer) -> CaptionParts:
    """What is graphed first, then the window, legend, points, shading, guides and vectors."""
    facts = sample.facts
    answers = answers_of(sample)
    texts = figure_texts(trace)
    body = (
        _points(facts, texts, answers, w),
        ranges_sentence(trace, facts, w),
        legend_sentence(trace, w),
        *_specific(facts, answers, w),
        _dashed(facts, answers, w),
    )
    body = tuple(keep(s, answers) for s in body)
    return CaptionParts("function-graph", body, (), opening=opening(sample, trace, w, "graph"))


DESCRIBERS.register("analytic", describe_analytic)
