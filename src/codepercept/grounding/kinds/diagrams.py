"""Fact kinds of free-form diagrams and plots (physics, chemistry): anchored texts, straight
polylines, arrows and points a drawn curve passes through.

==================  ==========================================================================
kind / key          what the trace must show
==================  ==========================================================================
anchored_texts      list[{"text", "at": [x, y]}]: a text reading ``text`` whose box is within
                    ``label_tol_px`` of the data point ``at`` (a component's value beside it,
                    an atom symbol at its vertex)
polylines           list[[[x, y], ...]]: every piece between consecutive points is covered by
                    one straight stroke (wires, bonds, light rays, graph segments)
arrow_segments      list[{"start": [x, y], "end": [x, y]}]: an arrow element with that tail
                    and tip (force vectors, transitions, field directions)
curve_points        list[[x, y]]: a drawn line passes through each point (a computed curve)
==================  ==========================================================================

Matching is in normalised data coordinates (``point_tol`` of each axis' range), like the
segment checks of :mod:`codepercept.grounding.checks`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from codepercept.grounding import geometry as geo
from codepercept.grounding.facts import FactsError, Findings, fact_kind
from codepercept.grounding.index import TraceIndex
from codepercept.trace.schema import Element, ElementKind

Facts = Mapping[str, Any]


def _xy(p: Any, what: str) -> np.ndarray:
    if not (isinstance(p, list | tuple) and len(p) == 2):
        raise FactsError(f"{what} must be [x, y], got {p!r}")
    return np.asarray(p, dtype=float)


def _fmt(p: Any) -> str:
    return "(" + ", ".join(f"{float(v):g}" for v in p) + ")"


def _axes_2d(ix: TraceIndex, e: Element | None = None):
    ax = ix.axes(e.axes) if e is not None else None
    return ax if ax is not None and ax.projection != "3d" else ix.first_axes(False)


# --- anchored texts -------------------------------------------------------------------------


def _validate_anchored(facts: Facts) -> None:
    for item in facts.get("anchored_texts", []):
        if not isinstance(item, dict) or "text" not in item or "at" not in item:
            raise FactsError(f"anchored_texts entry {item!r} needs 'text' and 'at'")
        _xy(item["at"], "anchored_texts 'at'")


@fact_kind("anchored_texts", validate=_validate_anchored)
def check_anchored_texts(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """Each text is drawn, and one drawing of it lies near its anchor point."""
    tol = ix.cfg.label_tol_px
    for item in facts.get("anchored_texts", []):
        text, at = str(item["text"]), item["at"]
        elems = ix.label_elements(text)
        if not elems:
            found.fail(f"missing_label: {text!r} is not among the figure's texts")
            continue
        best = None
        for e in elems:
            ax = _axes_2d(ix, e)
            px = geo.data_to_px(ax, float(at[0]), float(at[1])) if ax is not None else None
            if px is not None:
                d = geo.box_distance(px, e.bbox_px)
                best = d if best is None else min(best, d)
        if best is None or best > tol:
            dist = "unplaceable" if best is None else f"{best:.0f}px"
            found.fail(
                f"label_far: {text!r} is {dist} from its anchor {_fmt(at)} (limit {tol:g}px)"
            )


# --- polylines ------------------------------------------------------------------------------


def _validate_polylines(facts: Facts) -> None:
    for line in facts.get("polylines", []):
        if not isinstance(line, list | tuple) or len(line) < 2:
            raise FactsError(f"polylines entry {line!r} needs at least two points")
        for p in line:
            _xy(p, "a polyline point")


def _covered(ix: TraceIndex, a: np.ndarray, b: np.ndarray) -> bool:
    for e in ix.strokes:
        if not geo.is_stroked(e):
            continue
        got = ix.normalised(e, 2)
        if got is None:
            continue
        pts, sp = got
        closed = e.closed or e.kind in (ElementKind.POLYGON, ElementKind.RECTANGLE)
        if geo.covers(pts, closed, a / sp, b / sp, ix.cfg.point_tol):
            return True
    return False


@fact_kind("polylines", validate=_validate_polylines)
def check_polylines(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """Every straight piece of every declared polyline is a drawn stroke."""
    n = 0
    for line in facts.get("polylines", []):
        pts = [np.asarray(p, dtype=float) for p in line]
        for a, b in zip(pts, pts[1:], strict=False):
            n += 1
            if not _covered(ix, a, b):
                found.fail(f"missing_segment: no stroke runs from {_fmt(a)} to {_fmt(b)}")
    found.details["polyline_pieces_checked"] = n


# --- arrows ---------------------------------------------------------------------------------


def _validate_arrows(facts: Facts) -> None:
    for item in facts.get("arrow_segments", []):
        if not isinstance(item, dict) or "start" not in item or "end" not in item:
            raise FactsError(f"arrow_segments entry {item!r} needs 'start' and 'end'")
        _xy(item["start"], "an arrow start")
        _xy(item["end"], "an arrow end")


@fact_kind("arrow_segments", validate=_validate_arrows)
def check_arrow_segments(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """An arrow element runs from each declared start to its end (its head at the end)."""
    drawn = []
    for e in ix.content:
        g = e.geometry or {}
        if e.kind is ElementKind.ARROW and g.get("coords", "data") == "data" and "start" in g:
            ax = _axes_2d(ix, e)
            if ax is not None:
                sp = geo.spans(ax)[:2]
                drawn.append((np.asarray(g["start"], float) / sp, np.asarray(g["end"], float) / sp))
    ax = ix.first_axes(False)
    sp = geo.spans(ax)[:2] if ax is not None else np.ones(2)
    tol = ix.cfg.point_tol
    for item in facts.get("arrow_segments", []):
        a, b = np.asarray(item["start"], float) / sp, np.asarray(item["end"], float) / sp
        if not any(np.linalg.norm(s - a) <= tol and np.linalg.norm(t - b) <= tol for s, t in drawn):
            found.fail(f"missing_arrow: no arrow from {_fmt(item['start'])} to {_fmt(item['end'])}")


# --- curve points ---------------------------------------------------------------------------


def _validate_curve_points(facts: Facts) -> None:
    for p in facts.get("curve_points", []):
        _xy(p, "a curve point")


@fact_kind("curve_points", validate=_validate_curve_points)
def check_curve_points(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """A drawn line passes (within ``point_tol``) through each declared point."""
    lines = []
    for e in ix.strokes:
        if e.kind is ElementKind.LINE and (got := ix.normalised(e, 2)) is not None:
            lines.append(got)
    for p in facts.get("curve_points", []):
        q = np.asarray(p, dtype=float)
        ok = False
        for pts, sp in lines:
            x = q / sp
            if len(pts) == 1:
                ok = float(np.linalg.norm(pts[0] - x)) <= ix.cfg.point_tol
            else:
                ok = float(geo._dist_to_edges(x, pts[:-1], pts[1:]).min()) <= ix.cfg.point_tol
            if ok:
                break
        if not ok:
            found.fail(f"off_curve: no drawn line passes through {_fmt(q)}")
