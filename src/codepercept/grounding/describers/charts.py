"""Caption describer of statistics charts (family ``charts``): what kind of chart, its title
and axes, the categories and series it shows, how many bars, wedges or points, the values
written on it, and a table's layout.

Everything comes from the facts checked against the trace (bars, wedges, boxes, marks, table,
labels) or from the trace itself (titles, axis labels, legend); a sentence that would name a
label-like QA answer (a written value that is also an answer) is left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import codepercept.grounding.kinds.plots  # noqa: F401  (the fact kinds of charts)
from codepercept.grounding.captions import DESCRIBERS
from codepercept.grounding.describe import CaptionParts, SampleLike, Writer, fmt_num, quoted
from codepercept.grounding.describers.plot_sentences import (
    answers_of,
    axis_labels_sentence,
    count_word,
    keep,
    legend_sentence,
    opening,
    say,
)
from codepercept.grounding.index import content_counts
from codepercept.trace.schema import Trace

Facts = Mapping[str, Any]

PHRASES: dict[str, tuple[str, ...]] = {
    "bars": (
        "It draws {n}{how}rectangles as bars, one for each of {cats}.",
        "{N}{how}rectangles stand for {cats}.",
        "The bars are {n}{how}rectangles: {cats}.",
    ),
    "grouped": (
        "{N}rectangles form the groups {cats}, one bar per series in each group.",
        "The groups {cats} hold side-by-side bars, one per series, {n}rectangles in all.",
    ),
    "stacked": (
        "The columns {cats} each stack one layer per series, {n}rectangles in all.",
        "{N}rectangles are stacked into columns for {cats}, one layer per series.",
    ),
    "wedges": (
        "The pie is cut into {n}wedges: {cats}.",
        "It has {n}wedges, for {cats}.",
        "{N}wedges share the circle: {cats}.",
    ),
    "boxes": (
        "It draws a box plot for each of {cats}, with median lines, whiskers and any outliers.",
        "There is one box with whiskers for each of {cats}.",
        "Boxes with whiskers summarise the groups {cats}.",
    ),
    "histogram": (
        "The bins are {width} wide and run from {lo} to {hi}.",
        "Bars cover bins of width {width} between {lo} and {hi}.",
        "The data are binned in steps of {width} from {lo} to {hi}.",
    ),
    "scatter": (
        "It plots {n}point markers with a straight least-squares line through them.",
        "{N}round markers are scattered around a fitted straight line.",
        "A fitted line runs through the cloud of {n}data markers.",
    ),
    "lines": (
        "{K}{lines} with marked values run over the months {months}.",
        "The chart follows {k}{lines} across the months {months}, each month marked.",
    ),
    "dots": (
        "{N}dots are stacked over the values {lo} to {hi}, one dot per data value.",
        "The data are drawn as {n}dots stacked above the values {lo} to {hi}.",
    ),
    "table": (
        "The table has a header row {head} and {n}rows named {rows}.",
        "Under the header {head} come the rows {rows}.",
        "Its columns are {head}; its rows are {rows}.",
    ),
    "table_range": (
        "Its cells hold numbers from {lo} to {hi}.",
        "The numbers in the cells range from {lo} to {hi}.",
    ),
    "written": (
        "The values written on the chart are {list}.",
        "Written values: {list}.",
        "It prints the values {list}.",
    ),
}


def _n(n: int, answers: set[str]) -> str:
    return count_word(n, answers)


def _say(w: Writer, key: str, **kw: Any) -> str:
    return say(w, PHRASES, key, **kw)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _shape_sentence(facts: Facts, trace: Trace, answers: set[str], w: Writer) -> str:
    extra = facts.get("extra") or {}
    fig = str(extra.get("figure", ""))
    names = [str(c) for c in extra.get("categories", [])]
    cats = quoted(names, w) if names else ""
    drawn = content_counts(trace)
    if "boxes" in facts:
        return _say(w, "boxes", cats=cats)
    if "wedges" in facts:
        return _say(w, "wedges", n=_n(len(facts["wedges"]), answers), cats=cats)
    if "table" in facts:
        rows = facts["table"]
        nums = [float(c) for r in rows[1:] for c in r[1:] if _is_number(str(c))]
        head = quoted([str(c) for c in rows[0] if str(c)], w)
        names = quoted([str(r[0]) for r in rows[1:]], w)
        out = _say(w, "table", head=head, n=_n(len(rows) - 1, answers), rows=names)
        if nums:
            lo, hi = fmt_num(min(nums)), fmt_num(max(nums))
            out += " " + keep(_say(w, "table_range", lo=lo, hi=hi), answers)
        return out.strip()
    if fig == "dot plot":
        axis = extra.get("axis_values", [])
        n = _n(len(facts.get("marks", [])), answers)
        lo, hi = f"“{fmt_num(axis[0])}”", f"“{fmt_num(axis[-1])}”"  # tick labels
        return _say(w, "dots", n=n, lo=lo, hi=hi)
    if fig == "histogram":
        bins = extra.get("bins", [])
        width = fmt_num(bins[1] - bins[0])
        lo, hi = f"“{fmt_num(bins[0])}”", f"“{fmt_num(bins[-1])}”"  # tick labels
        return _say(w, "histogram", width=width, lo=lo, hi=hi)
    if "scatter" in fig:
        return _say(w, "scatter", n=_n(len(facts.get("marks", [])), answers))
    if fig == "line chart":
        k = len(facts.get("curves", []))
        months = quoted([str(m) for m in extra.get("categories", [])], w)
        lines = "line" if k == 1 else "lines"
        return _say(w, "lines", k=_n(k, answers), lines=lines, months=months)
    bars = facts.get("bars", [])
    if not bars or drawn.get("rectangle") != len(bars):
        return ""
    n = _n(len(bars), answers)
    if "grouped" in fig:
        return _say(w, "grouped", n=n, cats=cats)
    if "stacked" in fig:
        return _say(w, "stacked", n=n, cats=cats)
    how = "horizontal " if extra.get("horizontal") else "vertical "
    return _say(w, "bars", n=n, how=how, cats=cats)


def _written(facts: Facts, answers: set[str], w: Writer) -> str:
    extra = facts.get("extra") or {}
    values = [str(v) for v in extra.get("values_written", [])]
    cats = [str(c) for c in extra.get("categories", [])]
    if not values:
        return ""
    if len(cats) == len(values):
        items = [f"{c} {v}" for c, v in zip(cats, values, strict=True)]
    else:
        items = values
    items = [it for it in items if keep(it, answers)]
    return _say(w, "written", list=w.join(items)) if items else ""


def describe_charts(sample: SampleLike, trace: Trace, w: Writer) -> CaptionParts:
    """Kind and title first, then shape (bars, wedges, boxes, table), axes, legend, values."""
    facts = sample.facts
    answers = answers_of(sample)
    body = (
        _shape_sentence(facts, trace, answers, w),
        axis_labels_sentence(trace, w),
        legend_sentence(trace, w, skip=("data",)),
        _written(facts, answers, w),
    )
    body = tuple(keep(s, answers) for s in body)
    return CaptionParts("chart", body, (), opening=opening(sample, trace, w, "chart"))


DESCRIBERS.register("charts", describe_charts)
