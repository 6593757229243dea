"""The describer of a family without its own: element counts, texts and axes, from the trace."""

from __future__ import annotations

from codepercept.grounding.describe import (
    CaptionParts,
    SampleLike,
    Writer,
    axes_sentence,
    quoted,
    titles,
    view_sentence,
)
from codepercept.grounding.index import content_counts
from codepercept.trace.schema import ElementKind, Role, Trace

#: At most this many texts are quoted.
MAX_TEXTS = 12


def _counts(trace: Trace, w: Writer) -> str:
    drawn = content_counts(trace)
    parts = [
        w.say("item_count", n=drawn[k.value], what=w.noun(drawn[k.value], k.value))
        for k in ElementKind
        if k is not ElementKind.TEXT and drawn.get(k.value)
    ]
    return w.say("counts", list=w.join(parts)) if parts else ""


def _texts(trace: Trace, w: Writer) -> str:
    shown = [
        e.text
        for e in trace.elements
        if e.kind is ElementKind.TEXT and e.role is Role.CONTENT and e.text
    ]
    shown += [t for a in trace.axes for t in a.legend if t]
    skip = set(titles(trace))
    texts = [t.strip() for t in dict.fromkeys(shown) if t.strip() and t not in skip]
    return w.say("texts", list=quoted(texts[:MAX_TEXTS], w)) if texts else ""


def family_word(family: str) -> str:
    """How an opening names a family's figures: ``"function_graphs"`` -> ``"function graphs"``."""
    return family.replace("_", " ").strip() or "matplotlib"


def describe_generic(sample: SampleLike, trace: Trace, w: Writer) -> CaptionParts:
    """Counts of drawn elements by kind, the figure's texts, view angles and axis labels."""
    body = (_counts(trace, w), _texts(trace, w))
    return CaptionParts(
        family_word(sample.family), body, (view_sentence(trace, w), axes_sentence(trace, w))
    )
