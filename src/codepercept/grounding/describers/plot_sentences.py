"""Sentences the analytic and charts describers share: the opening that names the figure and
its title, axis ranges and labels, legend entries, and the filter that keeps a sentence from
naming a question's answer."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from codepercept.grounding.describe import (
    SampleLike,
    Writer,
    answer_labels,
    figure_name,
    fmt_num,
    leaks,
    quoted,
    titles,
    with_article,
)
from codepercept.trace.schema import AxesInfo, Trace

#: Phrasings of the sentences below (slots in braces).
PLOT_PHRASES: dict[str, tuple[str, ...]] = {
    "ranges": (
        "The x-axis runs from {x0} to {x1} and the y-axis from {y0} to {y1}{how}.",
        "The window shows x from {x0} to {x1} and y from {y0} to {y1}{how}.",
        "Its axes span {x0} to {x1} horizontally and {y0} to {y1} vertically{how}.",
    ),
    "legend": (
        "The legend reads {list}.",
        "A legend lists {list}.",
        "Its legend names {list}.",
    ),
    "axis_labels": (
        "The horizontal axis is labelled {x} and the vertical axis {y}.",
        "{x} runs along the horizontal axis and {y} up the vertical one.",
        "The axes are labelled {x} (horizontal) and {y} (vertical).",
    ),
    "axis_label_one": (
        "The value axis is labelled {x}.",
        "Its axis carries the label {x}.",
    ),
}


def answers_of(sample: SampleLike) -> set[str]:
    """Label-like answers of the sample's questions (see ``answer_labels``)."""
    return answer_labels(sample)


_QUOTED = re.compile(r"“[^”]*”")


def keep(sentence: str, answers: set[str]) -> str:
    """The sentence, or "" when it names a label-like answer outside the figure texts it
    quotes (a quoted title or legend entry is the figure's own text, not a stated answer)."""
    return "" if leaks(_QUOTED.sub(" ", sentence), answers) else sentence


def opening(sample: SampleLike, trace: Trace, w: Writer, default: str) -> str:
    """'The figure shows a bar chart titled “Fruit sales”.'"""
    fig = figure_name(sample.facts) or default
    named = titles(trace)
    extra = w.say("titled", title=f"“{named[0]}”") if named else ""
    return w.say("figure_opening", fig=with_article(fig), extra=extra)


def first_axes(trace: Trace) -> AxesInfo | None:
    return next((a for a in trace.axes if a.axis_on), None)


def ranges_sentence(trace: Trace, facts: Mapping[str, Any], w: Writer) -> str:
    """The visible x and y ranges, and whether there is a grid and where the axes cross."""
    ax = first_axes(trace)
    if ax is None or ax.projection != "rectilinear":
        return ""
    extra = facts.get("extra") or {}
    how = []
    if ax.grid_x or ax.grid_y:
        how.append("a grid in the background")
    if (
        extra.get("frame") == "cross"
        and ax.xlim[0] < 0 < ax.xlim[1]
        and ax.ylim[0] < 0 < ax.ylim[1]
    ):
        how.append("the axes crossing at the origin")
    tail = (", with " + " and ".join(how)) if how else ""
    x0, x1 = (fmt_num(v) for v in ax.xlim)
    y0, y1 = (fmt_num(v) for v in ax.ylim)
    return w.pick(PLOT_PHRASES["ranges"], x0=x0, x1=x1, y0=y0, y1=y1, how=tail)


def legend_sentence(trace: Trace, w: Writer, skip: Sequence[str] = ()) -> str:
    entries = [t for a in trace.axes for t in a.legend if t and t not in skip]
    return w.pick(PLOT_PHRASES["legend"], list=quoted(entries, w)) if entries else ""


def axis_labels_sentence(trace: Trace, w: Writer) -> str:
    ax = first_axes(trace)
    if ax is None:
        return ""
    if ax.xlabel and ax.ylabel:
        return w.pick(PLOT_PHRASES["axis_labels"], x=f"“{ax.xlabel}”", y=f"“{ax.ylabel}”")
    one = ax.xlabel or ax.ylabel
    return w.pick(PLOT_PHRASES["axis_label_one"], x=f"“{one}”") if one else ""


def count_word(n: int, answers: set[str]) -> str:
    """``"6 "`` before a noun, or nothing when 6 answers one of the questions."""
    return "" if str(n) in answers else f"{n} "


def say(w: Writer, phrases: Mapping[str, Sequence[str]], key: str, **kw: Any) -> str:
    """A phrasing of ``key`` from ``phrases``, capitalised; ``N``/``K`` are the capitalised
    forms of the counts ``n``/``k`` (which :func:`count_word` may have left empty)."""
    kw |= {"N": str(kw.get("n", "")).capitalize(), "K": str(kw.get("k", "")).capitalize()}
    out = w.pick(phrases[key], **kw).replace("  ", " ")
    return out[:1].upper() + out[1:]
