"""Caption describers of plane and solid geometry: what the figure is, how its parts relate,
the quantities written on it, its layout (labels, dashed and shaded parts and why), exact counts.

Statements come from the facts restricted to what the figure visibly carries: a point is named
only when its label text was drawn, a length or angle (or a radius) only when its value is
written in the figure (so a caption never leaks a question's answer), a count only when the
trace agrees, a relation (midpoint, foot, tangent, apex above the base centre) only when the
declared coordinates satisfy it (:mod:`codepercept.grounding.relations`) and it names no
label-like QA answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np

from codepercept.grounding.captions import DESCRIBERS
from codepercept.grounding.colours import colour_name
from codepercept.grounding.describe import (
    CaptionParts,
    SampleLike,
    Writer,
    answer_labels,
    axes_sentence,
    figure_name,
    fmt_num,
    leaks,
    quoted,
    titles,
    view_sentence,
    written_measures,
)
from codepercept.grounding.describers.geometry_relations import relation_sentences
from codepercept.grounding.index import content_counts
from codepercept.grounding.relations import Relation, on_hull, point_relations, shaded_polygons
from codepercept.grounding.text import (
    contains_label,
    figure_texts,
    is_label_run,
    label_present,
)
from codepercept.trace.schema import ElementKind, Trace

Facts = Mapping[str, Any]

#: Element kinds a caption counts by name (lines and texts are described through facts instead).
COUNTED_KINDS = (
    ElementKind.RECTANGLE,
    ElementKind.POLYGON,
    ElementKind.ELLIPSE,
    ElementKind.WEDGE,
    ElementKind.ARC,
    ElementKind.ARROW,
    ElementKind.MARKER,
)
#: Shapes whose name is followed by the polygon's vertex names ("triangle RST").
POLYGON_WORDS = ("triangle", "gram", "rectangle", "trapezoid", "rhombus", "square", "gon")


@dataclass
class Scene:
    """What one describer call knows: facts, drawn texts, labelled points, relations."""

    facts: Facts
    trace: Trace
    texts: list[str]
    named: list[str]
    solid: bool
    relations: list[Relation]
    shaded: list[tuple[str, Any]]
    answers: set[str]
    surface: set[str]  # 3-D named points on the surface of their convex hull

    @property
    def three_d(self) -> bool:
        return self.facts.get("projection") == "3d" or any(
            a.projection == "3d" for a in self.trace.axes
        )

    @property
    def letters(self) -> list[str]:
        """Named points with letter names (cube-net faces are named by digits)."""
        return [n for n in self.named if n[:1].isalpha()]


def _scene(sample: SampleLike, trace: Trace, solid: bool) -> Scene:
    facts = sample.facts
    texts = figure_texts(trace)
    points = facts.get("points", {})
    named = [n for n in points if label_present(n, texts)]
    pts = {n: points[n] for n in named}
    segs = [*facts.get("segments", []), *facts.get("dashed_segments", [])]
    rels = point_relations(pts, segs, facts.get("circles", []))
    shaded = shaded_polygons(trace, pts) if named else []
    if solid:  # a section's sides meet the solid's edges at incidental right angles
        sides = {frozenset(p) for poly, _ in shaded for p in _pairs(poly)}
        rels = [r for r in rels if not (r.kind == "foot" and _names(r.args[0]) in sides)]
    surface = on_hull(pts) if solid else set()
    return Scene(facts, trace, texts, named, solid, rels, shaded, answer_labels(sample), surface)


# --- what the figure is -----------------------------------------------------------------


def _main_polygon(sc: Scene) -> str:
    """The polygon the figure is about: a shaded one whose sides are all solid segments."""
    solid = {frozenset(s) for s in sc.facts.get("segments", [])}
    for name, _ in sc.shaded:
        ring = [frozenset(p) for p in _pairs(name)]
        if len(ring) == len(set(ring)) and all(r in solid for r in ring):
            return name
    return ""


def _pairs(poly: str) -> list[tuple[str, str]]:
    """The sides of polygon ``poly`` as vertex-name pairs (names may carry primes: A'B'C')."""
    names = re.findall(r"[A-Z0-9][0-9]*'*", poly)
    return list(zip(names, names[1:] + names[:1], strict=True)) if names else []


def _names(seg: str) -> frozenset[str]:
    """The point names a segment name joins (``"A'B'"`` -> {A', B'})."""
    return frozenset(re.findall(r"[A-Z0-9][0-9]*'*", seg))


def _ring(poly: str) -> set[frozenset[str]]:
    """The sides of polygon ``poly``."""
    return {frozenset(p) for p in _pairs(poly)}


def _figure(sc: Scene, w: Writer) -> str:
    extra = sc.facts.get("extra") or {}
    name = figure_name(sc.facts) or ("solid" if sc.solid else "construction")
    poly = _main_polygon(sc)
    if poly and any(word in name for word in POLYGON_WORDS):
        fig = w.say("fig_named", name=w.term(name), poly=poly)
    else:
        fig = w.article(w.term(name))
    centres = _centres(sc)
    if name in ("circle", "two circles") and centres:
        fig += w.say("fig_centres", n=len(centres), names=w.join(centres))
    if extra.get("inscribed") == "incircle":
        fig += w.say("fig_incircle")
    elif extra.get("circumscribed") == "circumcircle":
        fig += w.say("fig_circumcircle")
    elif extra.get("inscribed_in") == "circle":
        fig += w.say("fig_inscribed_in")
    elif extra.get("inscribed") == "circle":
        fig += w.say("fig_with_incircle")
    aux = [a for a in extra.get("auxiliary", []) if isinstance(a, str)]
    if aux and not leaks(fig, sc.answers):
        fig += w.say("fig_with", list=w.join([w.article(w.term(a)) for a in aux]))
    return fig


def _centres(sc: Scene) -> list[str]:
    points = sc.facts.get("points", {})
    out = []
    for c in sc.facts.get("circles", []):
        hit = next(
            (n for n in sc.named if len(points[n]) == 2 and _same(points[n], c["center"], c)),
            None,
        )
        if hit and hit not in out:
            out.append(hit)
    return out


def _same(p: Any, q: Any, c: Mapping[str, Any]) -> bool:
    return bool(np.allclose(p, q, atol=1e-6 * max(1.0, float(c["radius"]))))


def _opening(sc: Scene, w: Writer) -> str:
    named = titles(sc.trace)
    extra = ""
    if len(named) == 1:
        extra = w.say("titled", title=f"“{named[0]}”")
    elif named:
        extra = w.say("titled_many", title=quoted(named, w))
    elif sc.three_d and w.rng.random() < 0.6:
        extra = w.say("in_3d")
    return w.say("figure_opening", fig=_figure(sc, w), extra=extra)


# --- quantities written on the figure -----------------------------------------------------


def _measures(sc: Scene, w: Writer) -> tuple[str, set[str]]:
    """The lengths and angles whose values are written in the figure, and those value texts."""
    shown, values = [], set()
    points = set(sc.facts.get("points", {}))
    for name, value, unit in written_measures(sc.facts, sc.texts):
        sym = "∠" if unit == "°" else ""
        if is_label_run(name, points):
            shown.append(w.say("equation", name=sym + name, value=value + unit))
        else:  # a named quantity such as "cone_height"
            shown.append(
                w.say("named_value", name=w.term(name.replace("_", " ")), value=value + unit)
            )
        values |= {value, value + unit}
    if not shown:
        return "", values
    return w.say("measures", list=w.join(shown)), values


def _circles(sc: Scene, w: Writer) -> str:
    circles = sc.facts.get("circles", [])
    if not circles:
        return ""
    points = sc.facts.get("points", {})
    parts = []
    for c in circles:
        centre = next(
            (n for n in sc.named if len(points[n]) == 2 and _same(points[n], c["center"], c)),
            None,
        )
        r = fmt_num(c["radius"])
        if not any(contains_label(t, r) for t in sc.texts):
            r = ""  # the radius is not written: saying it could give an answer away
        if centre and r:
            parts.append(w.say("circle_centred", centre=centre, r=r))
        elif r:
            parts.append(w.say("circle", r=r))
    if not parts:  # no radius is written: the opening and the counts say the rest
        return ""
    if len(parts) < len(circles):
        return w.say("circles_some", n=len(parts), list=w.join(parts))
    return w.say("circles", n=len(circles), list=w.join(parts))


# --- layout: labels, line styles, shading ---------------------------------------------------


def _labels(sc: Scene, w: Writer) -> str:
    faces = [n for n in sc.named if not n[:1].isalpha()]
    if faces:
        return w.say("layout_faces", names=w.join(faces))
    if not sc.letters:
        return ""
    return w.say("layout_labels", n=len(sc.letters), names=w.join(sc.letters))


def _hidden(sc: Scene, seg: tuple[str, str]) -> bool | None:
    """Is a dashed segment a hidden line (True), an auxiliary one (False), or unknown (None)?

    ``extra["dashed_role"]`` ("hidden" | "auxiliary") decides when a template declares it;
    plane figures' dashed lines are auxiliary; in a 3-D solid a dashed segment on the surface
    of the points' convex hull is hidden unless a relation makes it a height or a median.
    """
    role = (sc.facts.get("extra") or {}).get("dashed_role")
    if role in ("hidden", "auxiliary"):
        return role == "hidden"
    if not sc.solid:
        return False
    if not sc.three_d:
        return None
    name = "".join(seg)
    aux = {r.args[0] for r in sc.relations if r.kind == "foot"}
    aux |= {r.args[0] + r.args[1] for r in sc.relations if r.kind == "above"}
    if name in aux or name[::-1] in aux:
        return False
    return set(seg) <= sc.surface


def _segments(sc: Scene, w: Writer) -> list[str]:
    named = set(sc.named)
    out = []
    solid = sc.facts.get("segments", [])
    dashed = sc.facts.get("dashed_segments", [])
    if solid:
        n = len(solid)
        names = w.join([a + b for a, b in solid]) if all(set(s) <= named for s in solid) else ""
        key = "solid_named" if names else "solid"
        out.append(w.say(key, n=n, what=w.noun(n, "segment"), names=names))
    if not dashed:
        return out
    roles = [_hidden(sc, (a, b)) for a, b in dashed]
    if not all(set(s) <= named for s in dashed) or None in roles:
        n = len(dashed)
        if all(set(s) <= named for s in dashed):
            names = w.join([a + b for a, b in dashed])
            return [
                *out,
                w.say("dashed_neutral_named", n=n, what=w.noun(n, "segment"), names=names),
            ]
        why = "neutral" if sc.solid else "auxiliary"
        noun = "segment" if sc.solid else "line"
        return [*out, w.say(f"dashed_{why}", n=n, what=w.noun(n, noun))]
    hidden = [a + b for (a, b), h in zip(dashed, roles, strict=True) if h]
    aux = [a + b for (a, b), h in zip(dashed, roles, strict=True) if not h]
    if hidden:
        out.append(w.say("dashed_hidden_named", n=len(hidden), names=w.join(hidden)))
    if aux:
        n = len(aux)
        out.append(w.say("dashed_auxiliary_named", n=n, what=w.noun(n, "line"), names=w.join(aux)))
    return out


def _shading(sc: Scene, w: Writer) -> list[str]:
    extra = sc.facts.get("extra") or {}
    out = []
    main = _main_polygon(sc)
    for poly, fill in sc.shaded:
        colour = colour_name(fill)
        if colour in ("white", "gray") or (poly == main and not sc.solid):
            if poly == main and w.rng.random() < 0.5:
                out.append(w.say("shaded_plain", poly=poly))
            continue
        what = "section" if sc.solid else "region"
        out.append(w.say("shaded", what=w.term(what), poly=poly, colour=w.term(colour)))
        shape = extra.get("section_shape") or (extra.get("shape") if sc.solid else None)
        if isinstance(shape, str) and shape:
            a_shape = w.article(w.term(shape))
            out.append(w.say("section_shape", what=w.term(what), a_shape=a_shape))
    return out


# --- exact counts -----------------------------------------------------------------------------


def _counts(sc: Scene, w: Writer) -> str:
    drawn = content_counts(sc.trace)
    parts = []
    if sc.letters:
        n = len(sc.letters)
        parts.append(w.say("item_points", n=n, what=w.noun(n, "point")))
    for key, style in (("segments", "solid"), ("dashed_segments", "dashed")):
        if n := len(sc.facts.get(key, [])):
            parts.append(w.say(f"item_{style}", n=n, what=w.noun(n, "segment")))
    if n := len(sc.facts.get("circles", [])):
        parts.append(w.say("item_count", n=n, what=w.noun(n, "circle")))
    for kind in COUNTED_KINDS:
        n = sc.facts.get("counts", {}).get(kind.value)
        if n and drawn.get(kind.value) == n:  # only when the trace agrees with the facts
            parts.append(w.say("item_count", n=n, what=w.noun(n, kind.value)))
    return w.say("exact_counts", list=w.join(parts)) if parts else ""


def _other_labels(sc: Scene, used: set[str], w: Writer) -> str:
    shown_titles = set(titles(sc.trace))
    extra = [
        str(lab)
        for lab in sc.facts.get("labels", [])
        if str(lab) not in used
        and str(lab) not in shown_titles
        and label_present(str(lab), sc.texts)
    ]
    # skip labels already stated: a point name, or a written measure such as "EF = 6"
    extra = [x for x in extra if not any(contains_label(x, m) for m in used)]
    extra = list(dict.fromkeys(extra))
    if not extra:
        return ""
    return w.say("labels", list=quoted(extra[:12], w))


def describe_geometry(sample: SampleLike, trace: Trace, w: Writer, *, solid: bool) -> CaptionParts:
    """What the figure is; relations and written quantities; layout; exact counts; view."""
    sc = _scene(sample, trace, solid)
    opening = _opening(sc, w)
    measures, values = _measures(sc, w)
    body = (
        *relation_sentences(sc.relations, sc.facts, sc.answers, w, _ring(_main_polygon(sc))),
        measures,
        _circles(sc, w),
    )
    tail = (
        _labels(sc, w),
        *_segments(sc, w),
        *_shading(sc, w),
        _other_labels(sc, set(sc.named) | values, w),
        _counts(sc, w),
        view_sentence(trace, w),
        axes_sentence(trace, w),
    )
    kind = "solid-geometry" if solid else "plane-geometry"
    return CaptionParts(kind, body, tail, opening=opening)


DESCRIBERS.register("plane_geometry", partial(describe_geometry, solid=False))
DESCRIBERS.register("solid_geometry", partial(describe_geometry, solid=True))
