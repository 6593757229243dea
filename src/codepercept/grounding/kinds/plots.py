"""Fact kinds of function graphs and charts: curves, marks, shaded regions, vectors, bars,
pie wedges, box plots and tables, each checked against the drawn data in the trace.

==========  ==================================================================================
kind        keys
==========  ==================================================================================
curves      ``curves`` list[{"name", "points": [[x, y], ...], "style"}]: one stroked line passes
            within ``point_tol`` (share of each axis' range) of every point, in that line style
marks       ``marks`` list[[x, y]]: a marker is drawn at each point
regions     ``regions`` list[{"x": [a, b], "area": A}]: a filled polygon spans x = a..b and
            encloses area A (within 2%)
vectors     ``vectors`` list[{"name", "start": [x, y], "end": [x, y]}]: an arrow from start to end
bars        ``bars`` list[[x0, y0, x1, y1]]: a rectangle with exactly that data box
wedges      ``wedges`` list[[theta1, theta2]]: a pie wedge spanning those angles (degrees)
boxes       ``boxes`` list[{"pos", "width", "whislo", "q1", "med", "q3", "whishi", "vert"}]:
            a box plot's box, median, whiskers drawn at those values
table       ``table`` list[list[str]]: texts that, read row by row, are exactly these cells
==========  ==================================================================================

Imported by the analytic and charts template families and their caption describers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from codepercept.grounding import geometry as geo
from codepercept.grounding.facts import FactsError, Findings, fact_kind
from codepercept.grounding.index import TraceIndex
from codepercept.grounding.text import norm_text
from codepercept.trace.schema import Element, ElementKind, Role

Facts = Mapping[str, Any]

#: Largest difference of a declared and a drawn pie wedge angle, degrees.
WEDGE_TOL_DEG = 0.5
#: Largest relative difference of a declared and a drawn shaded area.
AREA_REL_TOL = 0.02


def _fmt(p: Any) -> str:
    return "(" + ", ".join(f"{float(v):.4g}" for v in p) + ")"


def _pairs(value: Any, what: str) -> np.ndarray:
    arr = np.asarray(value, dtype=float)
    if arr.ndim != 2 or arr.shape[1] != 2 or not np.isfinite(arr).all():
        raise FactsError(f"{what} must be a list of finite [x, y] pairs")
    return arr


def _flat(ix: TraceIndex, e: Element) -> tuple[np.ndarray, np.ndarray] | None:
    """A 2-D element's data points divided by its axes' ranges, and those ranges."""
    ax = ix.axes(e.axes)
    pts = geo.element_data(e, 2)
    if ax is None or pts is None or ax.projection == "3d":
        return None
    sp = geo.spans(ax)[:2]
    return pts / sp, sp


def _polyline_distance(pts: np.ndarray, line: np.ndarray) -> np.ndarray:
    """Distance from each point to the polyline ``line`` (both (N, 2))."""
    if len(line) == 1:
        return np.linalg.norm(pts - line[0], axis=1)
    p, q = line[:-1], line[1:]
    d = q - p
    L2 = np.einsum("ij,ij->i", d, d)
    rel = pts[:, None, :] - p[None]
    t = np.clip(np.einsum("kij,ij->ki", rel, d) / np.where(L2 == 0, 1.0, L2), 0.0, 1.0)
    near = p[None] + t[..., None] * d[None]
    return np.linalg.norm(pts[:, None, :] - near, axis=2).min(axis=1)


# --- curves ---------------------------------------------------------------------------------


def _validate_curves(facts: Facts) -> None:
    for c in facts.get("curves", []):
        if not isinstance(c, dict) or "points" not in c:
            raise FactsError(f"curve {c!r} needs 'points' (and optionally 'name', 'style')")
        _pairs(c["points"], f"curve {c.get('name')!r} points")


@fact_kind("curves", validate=_validate_curves)
def check_curves(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """One stroked line runs through every sample point of each declared curve."""
    tol = ix.cfg.point_tol
    dashed = set(ix.cfg.dashed_styles)
    lines = [e for e in ix.strokes if e.kind is ElementKind.LINE and geo.is_stroked(e)]
    for c in facts.get("curves", []):
        want = np.asarray(c["points"], dtype=float)
        style = c.get("style", "solid")
        styles = set()
        for e in lines:
            got = _flat(ix, e)
            if got is None:
                continue
            data, sp = got
            if (_polyline_distance(want / sp, data) <= tol).all():
                styles.add(e.linestyle)
        name = c.get("name", "curve")
        if not styles:
            found.fail(f"curve_missing: no drawn line passes through every point of {name!r}")
        elif style not in styles and not (style == "dashed" and styles & dashed):
            found.fail(f"curve_style: {name!r} is declared {style} but drawn {'/'.join(styles)}")


# --- marks ----------------------------------------------------------------------------------


def _validate_marks(facts: Facts) -> None:
    if facts.get("marks"):
        _pairs(facts["marks"], "marks")


@fact_kind("marks", validate=_validate_marks)
def check_marks(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """A marker (scatter point or line marker) sits at each declared point."""
    drawn: list[tuple[np.ndarray, np.ndarray]] = []
    for e in ix.content:
        marked = e.kind is ElementKind.MARKER or (
            e.kind is ElementKind.LINE and e.marker not in (None, "", "None", "none")
        )
        got = _flat(ix, e) if marked else None
        if got is not None:
            drawn.append(got)
    for p in facts.get("marks", []):
        p = np.asarray(p, dtype=float)
        ok = any((np.abs(pts - p / sp) <= ix.cfg.point_tol).all(axis=1).any() for pts, sp in drawn)
        if not ok:
            found.fail(f"mark_missing: no marker is drawn at {_fmt(p)}")


# --- regions --------------------------------------------------------------------------------


def _validate_regions(facts: Facts) -> None:
    for r in facts.get("regions", []):
        if not isinstance(r, dict) or len(r.get("x", ())) != 2 or "area" not in r:
            raise FactsError(f"region {r!r} needs 'x': [a, b] and 'area'")


def _shoelace(pts: np.ndarray) -> float:
    x, y = pts[:, 0], pts[:, 1]
    return 0.5 * abs(float(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))))


@fact_kind("regions", validate=_validate_regions)
def check_regions(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """A filled polygon spans each declared x-interval and encloses the declared area."""
    polys = [e for e in ix.content if e.kind is ElementKind.POLYGON and e.fill is not None]
    for r in facts.get("regions", []):
        a, b = (float(v) for v in r["x"])
        area = float(r["area"])
        best = None
        for e in polys:
            got = _flat(ix, e)
            if got is None:
                continue
            data, sp = got
            pts = data * sp
            if abs(pts[:, 0].min() - a) / sp[0] > ix.cfg.point_tol:
                continue
            if abs(pts[:, 0].max() - b) / sp[0] > ix.cfg.point_tol:
                continue
            drawn = _shoelace(pts)
            best = drawn if best is None or abs(drawn - area) < abs(best - area) else best
        if best is None:
            found.fail(f"region_missing: no filled region spans x = {a:g}..{b:g}")
        elif abs(best - area) > AREA_REL_TOL * max(abs(area), 1e-9):
            found.fail(
                f"region_area: the region over {a:g}..{b:g} encloses {best:.4g}, not {area:g}"
            )


# --- vectors --------------------------------------------------------------------------------


def _validate_vectors(facts: Facts) -> None:
    for v in facts.get("vectors", []):
        if not isinstance(v, dict) or len(v.get("start", ())) != 2 or len(v.get("end", ())) != 2:
            raise FactsError(f"vector {v!r} needs 'start' and 'end' as [x, y]")


@fact_kind("vectors", validate=_validate_vectors)
def check_vectors(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """An arrow runs from each declared start to its end."""
    arrows = []
    for e in ix.content:
        g = e.geometry or {}
        ax = ix.axes(e.axes)
        if e.kind is ElementKind.ARROW and g.get("coords") == "data" and "end" in g and ax:
            sp = geo.spans(ax)[:2]
            arrows.append(
                (np.asarray(g["start"], float) / sp, np.asarray(g["end"], float) / sp, sp)
            )
    for v in facts.get("vectors", []):
        s, t = np.asarray(v["start"], float), np.asarray(v["end"], float)
        ok = any(
            np.abs(s / sp - a).max() <= ix.cfg.point_tol
            and np.abs(t / sp - b).max() <= ix.cfg.point_tol
            for a, b, sp in arrows
        )
        if not ok:
            name = v.get("name", "vector")
            found.fail(f"vector_missing: no arrow runs from {_fmt(s)} to {_fmt(t)} ({name})")


# --- bars -----------------------------------------------------------------------------------


def _validate_bars(facts: Facts) -> None:
    for b in facts.get("bars", []):
        if len(b) != 4:
            raise FactsError(f"bar {b!r} must be [x0, y0, x1, y1]")


def _rect_box(e: Element) -> np.ndarray | None:
    g = e.geometry or {}
    if e.kind is not ElementKind.RECTANGLE or g.get("coords") != "data" or g.get("angle"):
        return None
    (x, y), w, h = g["xy"], g["width"], g["height"]
    return np.array([min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h)], float)


@fact_kind("bars", validate=_validate_bars)
def check_bars(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """A rectangle with each declared data box (bar or histogram bin) is drawn."""
    boxes = []
    for e in ix.content:
        box, ax = _rect_box(e), ix.axes(e.axes)
        if box is not None and ax is not None:
            sp = geo.spans(ax)[:2]
            boxes.append((box, np.concatenate([sp, sp])))
    for b in facts.get("bars", []):
        want = np.asarray(b, dtype=float)
        if not any(np.abs(box - want).max() <= ix.cfg.point_tol * sp.min() for box, sp in boxes):
            found.fail(f"bar_missing: no rectangle spans {_fmt(want[:2])} to {_fmt(want[2:])}")


# --- wedges ---------------------------------------------------------------------------------


def _validate_wedges(facts: Facts) -> None:
    for w in facts.get("wedges", []):
        if len(w) != 2:
            raise FactsError(f"wedge {w!r} must be [theta1, theta2] in degrees")


def _angle_gap(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


@fact_kind("wedges", validate=_validate_wedges)
def check_wedges(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """A pie wedge from each declared start angle with the declared sweep is drawn."""
    drawn = [
        (float(g["theta1"]), float(g["theta2"]) - float(g["theta1"]))
        for e in ix.content
        if e.kind is ElementKind.WEDGE and (g := e.geometry or {}).get("theta1") is not None
    ]
    for t1, t2 in facts.get("wedges", []):
        sweep = float(t2) - float(t1)
        ok = any(
            _angle_gap(float(t1), a) <= WEDGE_TOL_DEG and abs(sweep - s) <= WEDGE_TOL_DEG
            for a, s in drawn
        )
        if not ok:
            found.fail(f"wedge_missing: no wedge spans {float(t1):.1f}° to {float(t2):.1f}°")


# --- boxes ----------------------------------------------------------------------------------

_BOX_KEYS = ("pos", "width", "whislo", "q1", "med", "q3", "whishi")


def _validate_boxes(facts: Facts) -> None:
    for b in facts.get("boxes", []):
        if not isinstance(b, dict) or any(k not in b for k in _BOX_KEYS):
            raise FactsError(f"box {b!r} needs {', '.join(_BOX_KEYS)}")


def _box_segments(b: Facts) -> dict[str, tuple[tuple[float, float], tuple[float, float]]]:
    p, h = float(b["pos"]), float(b["width"]) / 2
    segs = {
        "lower whisker": ((p, b["q1"]), (p, b["whislo"])),
        "upper whisker": ((p, b["q3"]), (p, b["whishi"])),
        "median": ((p - h, b["med"]), (p + h, b["med"])),
        "box bottom": ((p - h, b["q1"]), (p + h, b["q1"])),
        "box top": ((p - h, b["q3"]), (p + h, b["q3"])),
    }
    if not b.get("vert", True):
        segs = {k: ((s[1], s[0]), (t[1], t[0])) for k, (s, t) in segs.items()}
    return segs


@fact_kind("boxes", validate=_validate_boxes)
def check_boxes(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """Each box plot's box edges, median and whiskers are drawn at the declared values."""
    strokes = [(e, got) for e in ix.strokes if geo.is_stroked(e) and (got := _flat(ix, e))]
    for b in facts.get("boxes", []):
        for part, (s, t) in _box_segments(b).items():
            a, c = np.asarray(s, float), np.asarray(t, float)
            if np.allclose(a, c):
                continue  # a whisker of zero length draws nothing to check
            ok = any(
                geo.covers(data, e.closed, a / sp, c / sp, ix.cfg.point_tol)
                for e, (data, sp) in strokes
            )
            if not ok:
                found.fail(
                    f"box_mismatch: the {part} of the box at {float(b['pos']):g} is not drawn"
                )


# --- table ----------------------------------------------------------------------------------


def _validate_table(facts: Facts) -> None:
    rows = facts.get("table", [])
    if not rows or any(not isinstance(r, list) or len(r) != len(rows[0]) for r in rows):
        raise FactsError("'table' must be a non-empty list of equally long rows of texts")


def _reading_rows(texts: list[Element]) -> list[list[str]]:
    """Texts grouped into rows by their vertical centres (top to bottom), each left to right."""
    items = sorted(
        ((e.bbox_px[1] + e.bbox_px[3]) / 2, (e.bbox_px[0] + e.bbox_px[2]) / 2, e) for e in texts
    )
    rows: list[list[tuple[float, float, Element]]] = []
    for it in items:
        e = it[2]
        if rows and it[0] - rows[-1][-1][0] < 0.5 * (e.bbox_px[3] - e.bbox_px[1]):
            rows[-1].append(it)
        else:
            rows.append([it])
    return [[norm_text(e.text or "") for _, _, e in sorted(r, key=lambda i: i[1])] for r in rows]


@fact_kind("table", validate=_validate_table)
def check_table(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """The figure's texts that are table cells, read row by row, equal the declared cells."""
    want = [[norm_text(str(c)) for c in row] for row in facts["table"]]
    cells = {c for row in want for c in row if c}
    texts = [e for e in ix.texts if e.role is Role.CONTENT and norm_text(e.text or "") in cells]
    got = _reading_rows(texts)
    want_rows = [[c for c in row if c] for row in want]
    if got != want_rows:
        found.fail(
            f"table_mismatch: the drawn cells read {got[:3]}..., facts say {want_rows[:3]}..."
        )
