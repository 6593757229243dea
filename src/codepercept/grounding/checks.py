"""The built-in fact kinds: labels, points, segments, circles, counts, view (plane and solid figures).

Each check reads its keys, compares them with the indexed trace and appends ``"code: why"``
reasons; docs/gates.md gives the exact rules. Registration order is the order reasons appear in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from codepercept.grounding import geometry as geo
from codepercept.grounding.facts import FactsError, Findings, fact_kind
from codepercept.grounding.index import TraceIndex
from codepercept.grounding.text import label_present
from codepercept.trace.schema import ElementKind

Facts = Mapping[str, Any]


def _fmt(p: Any) -> str:
    return "(" + ", ".join(f"{float(v):g}" for v in p) + ")"


# --- labels ---------------------------------------------------------------------------------


@fact_kind("labels")
def check_labels(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """Every declared label is among the figure's texts."""
    for lab in facts.get("labels", []):
        if not label_present(str(lab), ix.figure_texts):
            found.fail(f"missing_label: {str(lab)!r} is not among the figure's texts")


# --- points ---------------------------------------------------------------------------------


def _validate_points(facts: Facts) -> None:
    points = facts.get("points", {})
    if not isinstance(points, dict):
        raise FactsError("'points' must map a label to [x, y] or [x, y, z]")
    for name, p in points.items():
        if not (isinstance(p, list | tuple) and len(p) in (2, 3)):
            raise FactsError(f"point {name!r} must be [x, y] or [x, y, z], got {p!r}")


def _vertex_px(ix: TraceIndex, p: np.ndarray) -> list[tuple[float, float]]:
    """Pixel positions of drawn vertices whose data coordinates equal the 3-D point p."""
    out = []
    for e in ix.content:
        got = ix.normalised(e, 3)
        if got is None or e.kind is ElementKind.TEXT or len(e.px) != len(e.data):
            continue
        pts, sp = got
        d = np.linalg.norm(pts - p / sp, axis=1)
        out.extend(e.px[k] for k in np.flatnonzero(d <= ix.cfg.point_tol))
    return out


@fact_kind("points", validate=_validate_points)
def check_points(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """Each named point has its label drawn near it (2-D: its pixel; 3-D: a drawn vertex)."""
    unanchored: list[str] = []
    for name, p in facts.get("points", {}).items():
        labels = ix.label_elements(name)
        if not labels:
            found.fail(f"missing_label: point {name!r} has no text {name!r} in the figure")
            continue
        if len(p) == 2:
            ax = ix.axes(labels[0].axes) or ix.first_axes(False)
            at = geo.data_to_px(ax, float(p[0]), float(p[1])) if ax is not None else None
            if at is None:
                unanchored.append(name)
                continue
            anchors, tol = [at], ix.cfg.label_tol_px
        else:
            anchors, tol = _vertex_px(ix, np.asarray(p, dtype=float)), ix.cfg.label_tol_3d_px
            if not anchors:  # the point is not a drawn vertex: accept a label near any vertex
                unanchored.append(name)
                anchors = [q for e in ix.content if e.kind in geo.STROKE_KINDS for q in e.px]
        best = min(
            (geo.box_distance(a, lab.bbox_px) for a in anchors for lab in labels), default=None
        )
        if best is None or best > tol:
            where = "its point" if name not in unanchored else "any drawn vertex"
            dist = "no drawn vertex" if best is None else f"{best:.0f}px"
            found.fail(
                f"label_far: label {name!r} is {dist} from {where} {_fmt(p)} (limit {tol:g}px)"
            )
    if unanchored:
        found.details["points_unanchored"] = unanchored


# --- segments -------------------------------------------------------------------------------


def _validate_segments(facts: Facts) -> None:
    points = facts.get("points", {})
    for key in ("segments", "dashed_segments"):
        for seg in facts.get(key, []):
            if len(seg) != 2 or any(s not in points for s in seg):
                raise FactsError(f"{key} entry {seg!r} must name two declared points")


def _segment_styles(ix: TraceIndex, a: np.ndarray, b: np.ndarray) -> set[str]:
    """Line styles of the stroked elements that run straight from a to b."""
    dim = len(a)
    styles: set[str] = set()
    for e in ix.strokes:
        if not geo.is_stroked(e):
            continue
        got = ix.normalised(e, dim)
        if got is None:
            continue
        pts, sp = got
        closed = e.closed or e.kind in (ElementKind.POLYGON, ElementKind.RECTANGLE)
        if geo.covers(pts, closed, a / sp, b / sp, ix.cfg.point_tol):
            styles.add(e.linestyle)
    return styles


@fact_kind(
    "segments", keys=("segments", "dashed_segments"), validate=_validate_segments, always=True
)
def check_segments(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """A stroked line joins each declared segment's points, solid or dashed as declared."""
    points = {k: np.asarray(v, dtype=float) for k, v in facts.get("points", {}).items()}
    dashed_ok = set(ix.cfg.dashed_styles)
    n = 0
    for key, want_dashed in (("segments", False), ("dashed_segments", True)):
        for s, t in facts.get(key, []):
            n += 1
            styles = _segment_styles(ix, points[s], points[t])
            name = f"{s}{t}"
            if not styles:
                found.fail(
                    f"missing_segment: no line joins {s} {_fmt(points[s])} and {t} {_fmt(points[t])}"
                )
            elif want_dashed and not styles & dashed_ok:
                found.fail(
                    f"segment_style: {name} is declared dashed but drawn {'/'.join(sorted(styles))}"
                )
            elif not want_dashed and "solid" not in styles:
                found.fail(
                    f"segment_style: {name} is declared solid but drawn {'/'.join(sorted(styles))}"
                )
    found.details["segments_checked"] = n


# --- circles --------------------------------------------------------------------------------


def _validate_circles(facts: Facts) -> None:
    for c in facts.get("circles", []):
        if "center" not in c or "radius" not in c:
            raise FactsError(f"circle {c!r} needs 'center' and 'radius'")


@fact_kind("circles", validate=_validate_circles)
def check_circles(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """Each declared circle is drawn: a circle patch, a round ellipse or a sampled polyline."""
    tol = ix.cfg.circle_tol
    drawn = [cp for e in ix.content if (cp := geo.circle_params(e)) is not None]
    for c in facts.get("circles", []):
        c0, r0 = np.asarray(c["center"], dtype=float), float(c["radius"])
        ok = any(
            np.linalg.norm(cc - c0) <= tol * r0 and abs(rr - r0) <= tol * r0 for cc, rr in drawn
        )
        if not ok:
            ok = any(
                (pts := geo.element_data(e, 2)) is not None
                and geo.polyline_circle(pts, c0, r0, tol * r0)
                for e in ix.strokes
            )
        if ok:
            continue
        msg = f"circle_mismatch: no circle with centre {_fmt(c0)} and radius {r0:g}"
        if drawn:
            cc, rr = min(drawn, key=lambda d: np.linalg.norm(d[0] - c0) + abs(d[1] - r0))
            msg += f"; nearest drawn circle has centre {_fmt(cc)} and radius {rr:g}"
        found.fail(msg)


# --- counts ---------------------------------------------------------------------------------


def _validate_counts(facts: Facts) -> None:
    for key in ("counts", "min_counts"):
        for kind, n in facts.get(key, {}).items():
            if not isinstance(n, int) or n < 0:
                raise FactsError(f"{key}[{kind!r}] must be a non-negative int")


@fact_kind("counts", keys=("counts", "min_counts"), validate=_validate_counts, always=True)
def check_counts(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """The number of CONTENT elements of each declared kind is exact (counts) or enough."""
    by_kind = ix.content_counts()
    found.details["content_counts"] = by_kind
    known = {k.value for k in ElementKind}
    for key, exact in (("counts", True), ("min_counts", False)):
        for kind, n in facts.get(key, {}).items():
            if kind not in known:
                found.fail(f"bad_facts: {key} names unknown element kind {kind!r}")
                continue
            got = by_kind.get(kind, 0)
            if exact and got != n:
                found.fail(f"count_mismatch: {got} {kind} elements drawn, facts say {n}")
            elif not exact and got < n:
                found.fail(f"min_count: {got} {kind} elements drawn, facts say at least {n}")


# --- view -----------------------------------------------------------------------------------


def _angle_diff(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


@fact_kind("view", keys=("view", "projection"))
def check_view(facts: Facts, ix: TraceIndex, found: Findings) -> None:
    """The projection (2d/3d) and the 3-D view angles are those declared."""
    proj = facts.get("projection")
    has3d = any(a.projection == "3d" for a in ix.trace.axes)
    if proj == "3d" and not has3d:
        found.fail("projection_mismatch: facts say 3d but no 3-D axes was drawn")
    elif proj == "2d" and has3d:
        found.fail("projection_mismatch: facts say 2d but a 3-D axes was drawn")
    view = facts.get("view")
    if not view:
        return
    axes3d = [a for a in ix.trace.axes if a.projection == "3d"]
    if not axes3d:
        found.fail("view_mismatch: facts give a view but no 3-D axes was drawn")
        return
    tol = ix.cfg.angle_tol_deg
    for key in ("elev", "azim", "roll"):
        if key not in view:
            continue
        want = float(view[key])
        got = [getattr(a, key) for a in axes3d if getattr(a, key) is not None]
        if not any(_angle_diff(want, g) <= tol for g in got):
            found.fail(f"view_mismatch: {key} is {got[0] if got else None}, facts say {want:g}")
