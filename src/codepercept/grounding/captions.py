"""Grounded captions: what a figure's facts declare *and* its trace shows, in varied wording.

Each family registers a describer in :data:`DESCRIBERS` (plane and solid geometry: see
:mod:`codepercept.grounding.describers.geometry`); a family without one gets
:func:`~codepercept.grounding.describers.generic.describe_generic`, which reads the trace alone.
Wording is drawn from several phrasings per sentence with the given RNG, so the same sample,
trace and seed always give the same caption.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

import numpy as np

from codepercept.grounding.describe import (
    CaptionParts,
    Describer,
    SampleLike,
    Writer,
    caption_language,
    quoted,
    titles,
)
from codepercept.grounding.describers.generic import describe_generic
from codepercept.registry import Registry
from codepercept.trace.schema import Trace

DESCRIBERS: Registry[Describer] = Registry(
    "caption describer",
    hint="a family without one gets the generic describer",
    modules=("codepercept.grounding.describers.*",),
)


def describer_for(family: str) -> Describer:
    """The describer registered for ``family``, else the generic one."""
    return DESCRIBERS[family] if family in DESCRIBERS else describe_generic


def _opening(sample: SampleLike, trace: Trace, parts: CaptionParts, w: Writer) -> str:
    three_d = sample.facts.get("projection") == "3d" or any(
        a.projection == "3d" for a in trace.axes
    )
    dims = w.term("three-dimensional ") if three_d else ""
    named = titles(trace)
    if not named:
        title = ""
    elif len(named) == 1:
        title = w.say("titled", title=f"“{named[0]}”")
    else:
        title = w.say("titled_many", title=quoted(named, w))
    a = "an" if (dims or parts.kind)[:1].lower() in "aeiou" else "a"
    return w.say("opening", a=a, dims=dims, kind=w.term(parts.kind), title=title)


def caption_sample(sample: SampleLike, trace: Trace, rng: np.random.Generator) -> str:
    """A caption of the rendered sample stating only what its facts and trace support."""
    w = Writer(rng, lang=caption_language(trace))
    parts = describer_for(sample.family)(sample, trace, w)
    body = [s for s in parts.body if s]
    if len(body) > 2 and rng.random() < 0.5:  # vary sentence order a little, keeping the first
        rest = body[1:]
        body = body[:1] + [rest[i] for i in rng.permutation(len(rest))]
    opening = parts.opening or _opening(sample, trace, parts, w)
    sentences = [opening, *body, *(s for s in parts.tail if s)]
    return ("" if w.lang == "zh" else " ").join(sentences)


class _Question(Protocol):
    @property
    def question(self) -> str: ...


Q = TypeVar("Q", bound=_Question)


class _HasQA(Protocol[Q]):  # type: ignore[misc]
    @property
    def qa(self) -> Sequence[Q]: ...


def qa_for_sample(sample: _HasQA[Q]) -> list[Q]:
    """The sample's question-answer pairs (answers computed from its parameters), deduplicated."""
    seen: set[str] = set()
    out = []
    for qa in sample.qa:
        if qa.question not in seen:
            seen.add(qa.question)
            out.append(qa)
    return out
