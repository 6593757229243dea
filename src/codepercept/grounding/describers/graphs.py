"""Caption describer of the graph-theory and combinatorics figures (family ``graphs``).

Sentences come from the facts the trace was checked against: lettered vertices (``points``),
edges (``segments``, or arrows for a directed graph), the weights written beside edges
(``anchored_texts``), Venn circles and the numbers written in their regions (``venn``), and
grid, board and tree shapes (``extra``). Only what the figure shows is stated, and a count is
left out when it is the answer to one of the sample's questions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

import codepercept.grounding.kinds.graphs  # noqa: F401  (the "venn" fact kind)
from codepercept.grounding.captions import DESCRIBERS
from codepercept.grounding.describe import CaptionParts, SampleLike, Writer
from codepercept.grounding.text import figure_texts, label_present
from codepercept.trace.schema import Trace

Facts = Mapping[str, Any]


def _answers(sample: SampleLike) -> set[str]:
    return {str(q.answer) for q in getattr(sample, "qa", ())}


def _count(n: int, noun: str, answers: set[str]) -> str:
    """``"7 edges"``, or just ``"edges"`` when 7 answers one of the questions."""
    return noun if str(n) in answers else f"{n} {noun}"


def _edges(facts: Facts) -> list[tuple[str, str]]:
    pts = {k: np.asarray(v, float) for k, v in facts.get("points", {}).items()}
    if "segments" in facts:
        return [(a, b) for a, b in facts["segments"]]

    def nearest(p: Sequence[float]) -> str:
        q = np.asarray(p, float)
        return min(pts, key=lambda k: float(np.hypot(*(pts[k] - q))))

    return [(nearest(a["start"]), nearest(a["end"])) for a in facts.get("arrow_segments", [])]


def _weights(facts: Facts, edges: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    pts = {k: np.asarray(v, float) for k, v in facts.get("points", {}).items()}
    out = {}
    for a, b in edges:
        mid = (pts[a] + pts[b]) / 2
        for t in facts.get("anchored_texts", []):
            if np.allclose(np.asarray(t["at"], float), mid, atol=0.01):
                out[(a, b)] = str(t["text"])
    return out


def _graph(sample: SampleLike, texts: list[str], w: Writer) -> list[str]:
    facts = sample.facts
    kind = facts["extra"]["graph"]
    answers = _answers(sample)
    names = [n for n in facts.get("points", {}) if label_present(n, texts)]
    edges = _edges(facts)
    out = [
        w.pick(
            (
                "Its vertices are {n} circles with their names inside: {names}.",
                "{n} labelled circles mark the vertices {names}.",
                "The vertices, drawn as {n} small circles, are named {names}.",
            ),
            n=_count(len(names), "", answers).strip() or "several",
            names=w.join(names),
        )
    ]
    weights = _weights(facts, edges)
    if kind == "directed":
        arcs = [f"{a}→{b}" for a, b in edges]
        out.append(
            w.pick(
                (
                    "{m} point {list}.",
                    "The arcs run {list}, drawn as {m}.",
                    "Directed edges, {m} in all: {list}.",
                ),
                m=_count(len(arcs), "arrows", answers),
                list=w.join(arcs),
            )
        )
    elif weights:
        parts = [f"{a}{b} = {weights[(a, b)]}" for a, b in edges if (a, b) in weights]
        out.append(
            w.pick(
                (
                    "Its {m} are labelled with weights: {list}.",
                    "The edge weights written beside the {m} are {list}.",
                    "Weighted {m}: {list}.",
                ),
                m=_count(len(edges), "edges", answers),
                list=w.join(parts),
            )
        )
    elif kind in ("rooted_tree", "binary_tree"):
        out += _tree(facts, edges, w)
    else:
        out.append(
            w.pick(
                (
                    "Straight edges join {list}.",
                    "The {m} connect {list}.",
                    "Edges drawn: {list}.",
                ),
                m=_count(len(edges), "edges", answers),
                list=w.join([f"{a}{b}" for a, b in edges]),
            )
        )
    return out


def _tree(facts: Facts, edges: list[tuple[str, str]], w: Writer) -> list[str]:
    pts = facts["points"]
    kids: dict[str, list[str]] = {}
    parent = {}
    for a, b in edges:
        hi, lo = (a, b) if pts[a][1] > pts[b][1] else (b, a)
        kids.setdefault(hi, []).append(lo)
        parent[lo] = hi
    root = next(n for n in pts if n not in parent)
    out = [
        w.pick(
            (
                "The root {r} is drawn at the top and the tree grows downwards.",
                "Node {r} sits at the top as the root; children are drawn below their parents.",
            ),
            r=root,
        )
    ]
    rel = []
    for p, cs in kids.items():
        cs = sorted(cs, key=lambda c: pts[c][0])
        rel.append(f"{p} → {', '.join(cs)}")
    out.append(
        w.pick(
            ("Parent to children, left to right: {list}.", "The branches are {list}."),
            list="; ".join(rel),
        )
    )
    return out


def _lattice(sample: SampleLike, w: Writer) -> list[str]:
    facts = sample.facts
    cols, rows = facts["extra"]["grid"]
    answers = _answers(sample)
    out = [
        w.pick(
            (
                "A rectangular street grid is {c} cells wide and {r} cells high.",
                "Grid lines form a block of {c} by {r} cells.",
                "The grid has {c} columns and {r} rows of cells.",
            ),
            c=cols if str(cols) not in answers else "several",
            r=rows if str(rows) not in answers else "several",
        ),
        w.pick(
            (
                "Point A is the bottom-left corner and B the top-right corner, both marked with dots.",
                "Dots mark A at the lower left and B at the upper right.",
            )
        ),
    ]
    for name in ("C", "P"):
        if name in facts["points"]:
            x, y = facts["points"][name]
            step = float(facts["extra"]["step"])
            out.append(
                w.pick(
                    (
                        "A further lattice point {n} is marked {i} right and {j} up from A.",
                        "Point {n} is highlighted at the crossing {i} right, {j} up from A.",
                    ),
                    n=name,
                    i=int(round(x / step)),
                    j=int(round(y / step)),
                )
            )
    return out


def _board(sample: SampleLike, w: Writer) -> list[str]:
    rows, cols = sample.facts["extra"]["board"]
    dw, dh = sample.facts["extra"]["domino"]
    way = "upright" if dh > dw else "lying flat"
    return [
        w.pick(
            (
                "An empty board of {r} rows and {c} columns of square cells is drawn.",
                "The board is a grid of square cells, {r} rows by {c} columns.",
            ),
            r=rows,
            c=cols,
        ),
        w.pick(
            (
                "Below it, one shaded 1×2 domino ({way}, its two halves split by a dashed line) "
                "is labelled “domino”; cells and domino make {n} rectangles.",
                "Under the board a single domino covering two cells, {way}, carries the text "
                "“domino” ({n} rectangles are drawn in all).",
            ),
            way=way,
            n=rows * cols + 1,
        ),
    ]


def _venn(sample: SampleLike, w: Writer) -> list[str]:
    venn = sample.facts["venn"]
    names = list(venn["sets"])
    out = [
        w.pick(
            (
                "{k} overlapping circles stand for the sets {names}, inside one rectangle marked U.",
                "Inside one rectangle, the universal set U, {k} overlapping circles are named "
                "{names}.",
            ),
            k=len(names),
            names=w.join(names),
        )
    ]
    parts = []
    for r in venn["regions"]:
        inside = r["in"]
        if not inside:
            where = "in the rectangle outside the circles"
        elif len(inside) == len(names):
            where = "in the centre, common to all three" if len(names) > 2 else "in the overlap"
        elif len(inside) == 1:
            where = f"in {inside[0]} only"
        else:
            where = f"in {' and '.join(inside)} only"
        parts.append(f"{r['text']} {where}")
    out.append(
        w.pick(
            ("The numbers written are {list}.", "Region counts: {list}.", "It shows {list}."),
            list="; ".join(parts),
        )
    )
    return out


def describe_graphs(sample: SampleLike, trace: Trace, w: Writer) -> CaptionParts:
    """What the graph, tree, grid, board or Venn diagram shows, by the kind of figure."""
    extra = sample.facts.get("extra", {})
    texts = figure_texts(trace)
    figure = str(extra.get("figure", "graph-theory"))
    kind = w.pick(("", "labelled ", "textbook ", "combinatorics ")) + figure
    if "venn" in sample.facts:
        return CaptionParts(kind, tuple(_venn(sample, w)))
    if "grid" in extra:
        return CaptionParts(kind, tuple(_lattice(sample, w)))
    if "board" in extra:
        return CaptionParts(kind, tuple(_board(sample, w)))
    return CaptionParts(kind, tuple(_graph(sample, texts, w)))


DESCRIBERS.register("graphs", describe_graphs)
