"""Grounded captions: what the template's facts declare *and* the trace shows, in varied wording.

Every statement comes from one of two sources and nothing else: the facts (point names,
segments, circles, counts, measures) restricted to what the figure visibly carries (a point is
named only when its label text was drawn; a length or angle only when its value is written in
the figure, so a caption never leaks a question's answer), and the trace itself (title, axis
labels, view angles, element counts). Wording is drawn from several phrasings per sentence with
the given RNG, so the same seed always gives the same caption.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

from codepercept.synth.captions_phrases import PHRASES, plural
from codepercept.synth.gates.textnorm import contains_label, figure_texts, label_present
from codepercept.synth.template import QA, Sample
from codepercept.trace.schema import ElementKind, Role, Trace

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


def fmt_num(v: Any) -> str:
    """A number as a caption writes it: integers without a decimal point, others to 4 digits."""
    x = float(v)
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return f"{x:.4g}"


def _join(items: list[str], rng: np.random.Generator) -> str:
    if len(items) == 1:
        return items[0]
    conj = " and " if rng.random() < 0.7 else " & "
    return ", ".join(items[:-1]) + conj + items[-1]


class _Writer:
    """Picks phrasings with the RNG and fills them in."""

    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng

    def say(self, key: str, **kw: Any) -> str:
        if kw.get("n") == 1 and f"{key}_1" in PHRASES:
            key = f"{key}_1"
        options = PHRASES[key]
        return options[int(self.rng.integers(len(options)))].format(**kw)

    def join(self, items: list[str]) -> str:
        return _join(items, self.rng)


def _content_counts(trace: Trace) -> dict[str, int]:
    out: dict[str, int] = {}
    for e in trace.elements:
        if e.role is Role.CONTENT:
            out[e.kind.value] = out.get(e.kind.value, 0) + 1
    return out


def _opening(sample: Sample, trace: Trace, w: _Writer) -> str:
    three_d = sample.facts.get("projection") == "3d" or any(
        a.projection == "3d" for a in trace.axes
    )
    kind = _family_word(sample.family)
    dims = "three-dimensional " if three_d else ""
    titles = _titles(trace)
    if not titles:
        title = ""
    elif len(titles) == 1:
        title = w.say("titled", title=f"“{titles[0]}”")
    else:
        title = w.say("titled_many", title=w.join([f"“{t}”" for t in titles]))
    return w.say("opening", dims=dims, kind=kind, title=title)


def _family_word(family: str) -> str:
    for key, word in (("solid", "solid-geometry"), ("plane", "plane-geometry")):
        if key in family:
            return word
    return "geometry"


def _titles(trace: Trace) -> list[str]:
    titles = ([trace.suptitle] if trace.suptitle else []) + [a.title for a in trace.axes if a.title]
    return list(dict.fromkeys(titles))


def _points(facts: dict, texts: list[str], w: _Writer) -> tuple[str, list[str]]:
    names = [n for n in facts.get("points", {}) if label_present(n, texts)]
    if not names:
        return "", []
    return w.say("points", n=len(names), names=w.join(names)), names


def _segments(sample: Sample, named: set[str], w: _Writer) -> list[str]:
    facts = sample.facts
    solid = "solid" in sample.family
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


def _circles(facts: dict, named: set[str], w: _Writer) -> str:
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


def _measures(facts: dict, texts: list[str], w: _Writer) -> tuple[str, set[str]]:
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


def _view(trace: Trace, w: _Writer) -> str:
    ax = next((a for a in trace.axes if a.projection == "3d" and a.elev is not None), None)
    if ax is None or ax.azim is None:
        return ""
    return w.say("view", elev=fmt_num(ax.elev), azim=fmt_num(ax.azim))


def _counts(facts: dict, trace: Trace, w: _Writer) -> str:
    drawn = _content_counts(trace)
    parts = []
    for kind in COUNTED_KINDS:
        n = facts.get("counts", {}).get(kind.value)
        if n and drawn.get(kind.value) == n:  # only when the trace agrees with the facts
            parts.append(f"{n} {plural(n, kind.value)}")
    return w.say("counts", list=w.join(parts)) if parts else ""


def _axes_labels(trace: Trace, w: _Writer) -> str:
    for a in trace.axes:
        if not a.axis_on:
            continue
        labels = [t for t in (a.xlabel, a.ylabel, a.zlabel or "") if t]
        if labels:
            return w.say("axes", list=w.join([f"“{t}”" for t in labels]))
    return ""


def _other_labels(facts: dict, trace: Trace, texts: list[str], used: set[str], w: _Writer) -> str:
    titles = set(_titles(trace))
    extra = [
        str(lab)
        for lab in facts.get("labels", [])
        if str(lab) not in used and str(lab) not in titles and label_present(str(lab), texts)
    ]
    # skip labels already stated: a point name, or a written measure such as "EF = 6"
    extra = [x for x in extra if not any(contains_label(x, m) for m in used)]
    extra = list(dict.fromkeys(extra))
    if not extra:
        return ""
    return w.say("labels", list=w.join([f"“{x}”" for x in extra[:12]]))


def caption_sample(sample: Sample, trace: Trace, rng: np.random.Generator) -> str:
    """A caption of the rendered sample stating only what its facts and trace support."""
    w = _Writer(rng)
    facts = sample.facts
    texts = figure_texts(trace)
    points_sentence, named = _points(facts, texts, w)
    measures, values = _measures(facts, texts, w)
    body = [
        points_sentence,
        *_segments(sample, set(named), w),
        _circles(facts, set(named), w),
        _counts(facts, trace, w),
        measures,
        _other_labels(facts, trace, texts, set(named) | values, w),
    ]
    tail = [_view(trace, w), _axes_labels(trace, w)]
    body = [s for s in body if s]
    if len(body) > 2 and rng.random() < 0.5:  # vary sentence order a little, keeping points first
        rest = body[1:]
        body = body[:1] + [rest[i] for i in rng.permutation(len(rest))]
    sentences = [_opening(sample, trace, w), *body, *(s for s in tail if s)]
    return " ".join(sentences)


def qa_for_sample(sample: Sample) -> list[QA]:
    """The template's question-answer pairs (answers computed from its parameters), deduplicated."""
    seen: set[str] = set()
    out = []
    for qa in sample.qa:
        if qa.question not in seen:
            seen.add(qa.question)
            out.append(qa)
    return out
