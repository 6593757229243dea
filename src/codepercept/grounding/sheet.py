"""The fact sheet: what a rendered figure verifiably shows, read off its trace (plus template facts).

Counts by element kind, line style and colour, polygons by number of sides, the figure's texts
and label tokens, named points, axes (ranges, labels, titles, view) and drawing order. It is what
:func:`~codepercept.grounding.claims.check_claims` compares a caption with, and
:meth:`FactSheet.render` is the compact text a caption-refinement prompt carries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from codepercept.grounding.colours import colour_name, colour_names
from codepercept.grounding.describe import fmt_num
from codepercept.grounding.index import content_counts
from codepercept.grounding.text import figure_texts, norm_text
from codepercept.trace.schema import Element, ElementKind, Role, Trace

#: Fact keys the sheet leaves out: the quantity a question asks for is not a figure fact.
HIDDEN_KEYS = frozenset({"answer"})

#: A figure text that names a point or a vertex: one capital letter, digits or primes after it.
LABEL_TEXT = re.compile(r"^[A-Z][0-9]*'*$")
CAP_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9']*(?![a-z0-9])")
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![A-Za-z0-9_])")


def _plain_ints(obj: Any) -> Iterator[tuple[str, int]]:
    """(key, count) pairs of a facts tree: int values and the sizes of lists and dicts."""
    if isinstance(obj, Mapping):
        for k, v in obj.items():
            if isinstance(v, bool):
                continue
            if isinstance(v, int):
                yield str(k), v
            elif isinstance(v, list | tuple | Mapping):
                yield str(k), len(v)
            yield from ((f"{k}.{kk}", n) for kk, n in _plain_ints(v))
    elif isinstance(obj, list | tuple):
        for v in obj:
            yield from _plain_ints(v)


def _numbers(obj: Any) -> Iterator[float]:
    """Numeric leaves of a facts tree, numbers written in its strings, sizes of its containers."""
    if isinstance(obj, bool) or obj is None:
        return
    if isinstance(obj, int | float):
        yield float(obj)
    elif isinstance(obj, str):
        yield from (float(x) for x in NUMBER.findall(norm_text(obj)))
    elif isinstance(obj, Mapping):
        yield float(len(obj))
        for k, v in obj.items():
            yield from _numbers(k)
            yield from _numbers(v)
    elif isinstance(obj, list | tuple):
        yield float(len(obj))
        for v in obj:
            yield from _numbers(v)


def _words(obj: Any) -> Iterator[str]:
    """Lower-case words of the strings (values and keys) of a facts tree."""
    if isinstance(obj, str):
        yield from re.findall(r"[a-z]+", obj.lower())
    elif isinstance(obj, Mapping):
        for k, v in obj.items():
            yield from _words(str(k))
            yield from _words(v)
    elif isinstance(obj, list | tuple):
        for v in obj:
            yield from _words(v)


def polygon_sides(e: Element) -> int:
    """Distinct vertices of a closed polygon's outline (0 for anything else)."""
    if e.kind is not ElementKind.POLYGON or not e.data:
        return 0
    pts = list(dict.fromkeys(tuple(round(v, 9) for v in p) for p in e.data))
    return len(pts) if e.n_points <= 64 else 0  # a sampled curve is no polygon


def element_colours(e: Element) -> frozenset[str]:
    """Every fair colour name of what shows of ``e``: its stroke when stroked, its fill."""
    out: set[str] = set()
    if e.stroke is not None and e.stroke[3] > 0 and (e.linewidth > 0 or e.kind is ElementKind.TEXT):
        out |= colour_names(e.stroke)
    if e.fill is not None and e.fill[3] > 0:
        out |= colour_names(e.fill)
    return frozenset(out)


@dataclass(frozen=True)
class FactSheet:
    """Verified facts of one figure; build it with :func:`fact_sheet`."""

    counts: dict[str, int]  # CONTENT elements by ElementKind value
    styles: dict[str, dict[str, int]]  # kind -> line style -> count (stroked elements)
    colours: dict[str, dict[str, int]]  # kind -> colour name -> count (any fair name)
    main_colours: dict[str, dict[str, int]]  # kind -> the one name a describer writes -> count
    figure_colours: frozenset[str]  # every colour name shown, backgrounds included
    sides: dict[int, int]  # polygons by number of distinct vertices
    side_styles: dict[int, dict[str, int]]  # sides -> line style -> count ("a dashed triangle")
    side_colours: dict[int, dict[str, int]]  # sides -> colour name -> count ("a red square")
    texts: tuple[str, ...]  # every text the figure shows
    labels: frozenset[str]  # label tokens: point names, drawn capital tokens, fact labels
    points: dict[str, tuple[float, ...]]  # named points (template facts)
    numbers: frozenset[float]  # every number the figure or the facts state
    fact_counts: tuple[tuple[str, int], ...]  # (fact key path, int value or container size)
    words: frozenset[str]  # lower-case words of the facts and texts ("cone", "triangle")
    radii: tuple[float, ...]  # radii of the circles drawn (circle patches)
    limits: tuple[tuple[float, float, float, float], ...]  # x0, x1, y0, y1 of visible 2-D axes
    panels: int
    axes: tuple[dict[str, Any], ...]
    z_order: tuple[tuple[str, float], ...]  # (kind, zorder) of content, back to front
    facts: dict[str, Any] = field(default_factory=dict)

    def render(self) -> str:
        """A compact plain-text sheet (one fact group per line) for an LLM prompt."""
        lines = []
        counts = ", ".join(f"{n} {k}" for k, n in sorted(self.counts.items()))
        lines.append(f"elements: {counts or 'none'}")
        for kind, by in sorted(self.styles.items()):
            if len(by) > 1 or "solid" not in by:
                lines.append(f"{kind} styles: " + ", ".join(f"{n} {s}" for s, n in by.items()))
        for kind, by in sorted(self.main_colours.items()):
            lines.append(f"{kind} colours: " + ", ".join(f"{n} {c}" for c, n in by.items()))
        if self.sides:
            sides = ", ".join(f"{n} with {k} sides" for k, n in sorted(self.sides.items()))
            lines.append(f"polygons: {sides}")
        if self.texts:
            lines.append(
                "texts: " + ", ".join(json.dumps(t, ensure_ascii=False) for t in self.texts)
            )
        if self.points:
            pts = "; ".join(
                f"{n} ({', '.join(fmt_num(v) for v in p)})" for n, p in self.points.items()
            )
            lines.append(f"named points: {pts}")
        for i, ax in enumerate(self.axes):
            lines.append(f"axes {i}: " + ", ".join(f"{k} {v}" for k, v in ax.items()))
        if self.z_order:
            order = " < ".join(f"{k}({fmt_num(z)})" for k, z in self.z_order)
            lines.append(f"z-order (back to front): {order}")
        facts = {k: v for k, v in self.facts.items() if k not in HIDDEN_KEYS}
        if facts:
            lines.append("template facts: " + json.dumps(facts, ensure_ascii=False, default=str))
        return "\n".join(lines)


def _axes_summary(trace: Trace) -> tuple[dict[str, Any], ...]:
    out = []
    for a in trace.axes:
        d: dict[str, Any] = {"projection": a.projection}
        if a.axis_on:
            d["x"] = f"{fmt_num(a.xlim[0])}..{fmt_num(a.xlim[1])}"
            d["y"] = f"{fmt_num(a.ylim[0])}..{fmt_num(a.ylim[1])}"
        else:
            d["axis"] = "off"
        for key in ("title", "xlabel", "ylabel", "zlabel"):
            if getattr(a, key):
                d[key] = json.dumps(getattr(a, key), ensure_ascii=False)
        if a.elev is not None and a.azim is not None:
            d["view"] = f"elev {fmt_num(a.elev)} azim {fmt_num(a.azim)}"
        if a.legend:
            d["legend"] = json.dumps(list(a.legend), ensure_ascii=False)
        out.append(d)
    return tuple(out)


def _trace_numbers(trace: Trace, texts: list[str], counts: Mapping[str, int]) -> set[float]:
    nums = {float(x) for t in texts for x in NUMBER.findall(norm_text(t))}
    for a in trace.axes:
        nums |= {float(v) for v in (a.elev, a.azim, a.roll) if v is not None}
        if a.axis_on:
            nums |= {float(v) for lim in (a.xlim, a.ylim, a.zlim or ()) for v in lim}
    nums |= {float(n) for n in counts.values()}
    return nums


def fact_sheet(trace: Trace, facts: Mapping[str, Any] | None = None) -> FactSheet:
    """The verified facts of ``trace``, with the template ``facts`` when given (minus the answer)."""
    facts = {k: v for k, v in (facts or {}).items() if k not in HIDDEN_KEYS}
    content = [e for e in trace.elements if e.role is Role.CONTENT]
    counts = content_counts(trace)
    styles: dict[str, dict[str, int]] = {}
    colours: dict[str, dict[str, int]] = {}
    main: dict[str, dict[str, int]] = {}
    sides: dict[int, int] = {}
    side_styles: dict[int, dict[str, int]] = {}
    side_colours: dict[int, dict[str, int]] = {}
    shown: set[str] = set()
    for e in content:
        k = e.kind.value
        if e.linewidth > 0 and e.kind is not ElementKind.TEXT:
            by = styles.setdefault(k, {})
            by[e.linestyle] = by.get(e.linestyle, 0) + 1
        names = element_colours(e)
        shown |= names
        for c in names:
            colours.setdefault(k, {})[c] = colours.get(k, {}).get(c, 0) + 1
        paint = e.fill if e.fill is not None and e.fill[3] > 0 else e.stroke
        if paint is not None and paint[3] > 0:
            c = colour_name(paint)
            main.setdefault(k, {})[c] = main.get(k, {}).get(c, 0) + 1
        if n := polygon_sides(e):
            sides[n] = sides.get(n, 0) + 1
            by_style = side_styles.setdefault(n, {})
            by_style[e.linestyle] = by_style.get(e.linestyle, 0) + 1
            by_colour = side_colours.setdefault(n, {})
            for c in names:
                by_colour[c] = by_colour.get(c, 0) + 1
    for e in trace.elements:  # titles and tick labels have colours too
        if e.kind is ElementKind.TEXT and e.role is not Role.CONTENT:
            shown |= element_colours(e)
    for bg in [trace.facecolor, *(a.facecolor for a in trace.axes)]:
        if bg is not None and bg[3] > 0:
            shown |= colour_names(bg)
    texts = figure_texts(trace)
    points = {str(n): tuple(float(v) for v in p) for n, p in facts.get("points", {}).items()}
    labels = set(points) | {str(x) for x in facts.get("labels", [])}
    for t in texts:
        labels |= set(CAP_TOKEN.findall(norm_text(t)))
    numbers = _trace_numbers(trace, texts, counts) | set(_numbers(facts))
    words = set(_words(facts)) | {w for t in texts for w in re.findall(r"[a-z]+", t.lower())}
    z = sorted({(e.kind.value, float(e.zorder)) for e in content}, key=lambda kz: (kz[1], kz[0]))
    return FactSheet(
        counts=counts,
        styles=styles,
        colours=colours,
        main_colours=main,
        figure_colours=frozenset(shown),
        sides=sides,
        side_styles=side_styles,
        side_colours=side_colours,
        texts=tuple(dict.fromkeys(texts)),
        labels=frozenset(labels),
        points=points,
        numbers=frozenset(numbers),
        fact_counts=tuple(_plain_ints(facts)),
        words=frozenset(words),
        radii=tuple(
            float(e.geometry["radius"])
            for e in content
            if e.kind is ElementKind.CIRCLE and isinstance(e.geometry.get("radius"), int | float)
        ),
        limits=tuple(
            (*map(float, a.xlim), *map(float, a.ylim))
            for a in trace.axes
            if a.axis_on and a.projection != "3d"
        ),
        panels=len(trace.axes),
        axes=_axes_summary(trace),
        z_order=tuple(z),
        facts=facts,
    )
