"""Caption describers of plane and solid geometry: named points, segments, circles, measures.

Statements come from the facts restricted to what the figure visibly carries: a point is named
only when its label text was drawn, a length or angle only when its value is written in the
figure (so a caption never leaks a question's answer), a count only when the trace agrees.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import partial
from typing import Any

import numpy as np

from codepercept.grounding.captions import DESCRIBERS
from codepercept.grounding.describe import (
    CaptionParts,
    SampleLike,
    Writer,
    axes_sentence,
    fmt_num,
    quoted,
    titles,
    view_sentence,
)
from codepercept.grounding.index import content_counts
from codepercept.grounding.phrases import plural
from codepercept.grounding.text import contains_label, figure_texts, label_present
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


def _points(facts: Facts, texts: list[str], w: Writer) -> tuple[str, list[str]]:
    names = [n for n in facts.get("points", {}) if label_present(n, texts)]
    if not names:
        return "", []
    return w.say("points", n=len(names), names=w.join(names)), names


def _segments(facts: Facts, solid: bool, named: set[str], w: Writer) -> list[str]:
    noun = "segment"
    out = []
    for key, phrase in (("segments", "solid"), ("dashed_segments", "dashed")):
        segs = facts.get(key, [])
        if not segs:
            continue
        n = len(segs)
        if all(a in named and b in named for a, b in segs) and n <= 16:
            names = w.join([f"{a}{b}" for a, b in segs])
        else:
            names = ""
        if phrase == "solid":
            out.append(
                w.say("solid_named" if names else "solid", n=n, what=plural(n, noun), names=names)
            )
        else:
            # the vocabulary says dashed = hidden edge or auxiliary line; plane figures have
            # no hidden edges, solid ones may have either, so solid captions stay neutral
            why = "neutral" if solid else "auxiliary"
            what = plural(n, "line" if why == "auxiliary" else noun)
            key = f"dashed_{why}_named" if names else f"dashed_{why}"
            out.append(w.say(key, n=n, what=what, names=names))
    return out


def _circles(facts: Facts, named: set[str], w: Writer) -> str:
    circles = facts.get("circles", [])
    if not circles:
        return ""
    points = facts.get("points", {})
    parts = []
    for c in circles:
        centre = next(
            (
                n
                for n in named
                if len(points[n]) == 2
                and np.allclose(points[n], c["center"], atol=1e-6 * max(1.0, float(c["radius"])))
            ),
            None,
        )
        r = fmt_num(c["radius"])
        parts.append(
            w.say("circle_centred", centre=centre, r=r) if centre else w.say("circle", r=r)
        )
    n = len(circles)
    return w.say("circles", n=n, list=w.join(parts))


def _measures(facts: Facts, texts: list[str], w: Writer) -> tuple[str, set[str]]:
    """The lengths and angles whose values are written in the figure, and those value texts."""
    shown, values = [], set()
    points = set(facts.get("points", {}))
    for key, sym, unit in (("lengths", "", ""), ("angles", "∠", "°")):
        measures = facts.get(key, {})
        same_value = Counter(fmt_num(v) for v in measures.values())
        for name, v in measures.items():
            value = fmt_num(v)
            written = sum(
                contains_label(t, value) or contains_label(t, value + unit) for t in texts
            )
            # A value written fewer times than measures share it (AB = 4 labelled, CD = 4 asked)
            # does not say which of them it labels: state none of them.
            if written and written >= same_value[value]:
                if _is_point_name(name, points):
                    shown.append(f"{sym}{name} = {value}{unit}")
                else:  # a named quantity such as "cone_height"
                    shown.append(f"{name.replace('_', ' ')} {value}{unit}")
                values |= {value, value + unit}
    if not shown:
        return "", values
    return w.say("measures", list=w.join(shown)), values


def _is_point_name(name: str, points: set[str]) -> bool:
    """True when ``name`` is a run of point names (``AB``, ``AA'``, ``ABC``)."""
    if not name:
        return True
    return any(name.startswith(p) and _is_point_name(name[len(p) :], points) for p in points if p)


def _counts(facts: Facts, trace: Trace, w: Writer) -> str:
    drawn = content_counts(trace)
    parts = []
    for kind in COUNTED_KINDS:
        n = facts.get("counts", {}).get(kind.value)
        if n and drawn.get(kind.value) == n:  # only when the trace agrees with the facts
            parts.append(f"{n} {plural(n, kind.value)}")
    return w.say("counts", list=w.join(parts)) if parts else ""


def _other_labels(facts: Facts, trace: Trace, texts: list[str], used: set[str], w: Writer) -> str:
    shown_titles = set(titles(trace))
    extra = [
        str(lab)
        for lab in facts.get("labels", [])
        if str(lab) not in used and str(lab) not in shown_titles and label_present(str(lab), texts)
    ]
    # skip labels already stated: a point name, or a written measure such as "EF = 6"
    extra = [x for x in extra if not any(contains_label(x, m) for m in used)]
    extra = list(dict.fromkeys(extra))
    if not extra:
        return ""
    return w.say("labels", list=quoted(extra[:12], w))


def describe_geometry(sample: SampleLike, trace: Trace, w: Writer, *, solid: bool) -> CaptionParts:
    """Points first, then segments, circles, counts, written measures and other labels."""
    facts = sample.facts
    texts = figure_texts(trace)
    points_sentence, named = _points(facts, texts, w)
    measures, values = _measures(facts, texts, w)
    body = (
        points_sentence,
        *_segments(facts, solid, set(named), w),
        _circles(facts, set(named), w),
        _counts(facts, trace, w),
        measures,
        _other_labels(facts, trace, texts, set(named) | values, w),
    )
    tail = (view_sentence(trace, w), axes_sentence(trace, w))
    return CaptionParts("solid-geometry" if solid else "plane-geometry", body, tail)


DESCRIBERS.register("plane_geometry", partial(describe_geometry, solid=False))
DESCRIBERS.register("solid_geometry", partial(describe_geometry, solid=True))
