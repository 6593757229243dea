"""Q_IC, the image-code consistency gate: the trace agrees with the facts the template declared.

Checked keys (see docs/gates.md for the exact rules): labels, points (label placed near the
point), segments and dashed_segments (a stroked line joins the points, in the declared style),
circles, counts, min_counts, view, projection. Not checkable from a trace and left to the
template's own tests: lengths, angles, answer, extra.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from codepercept.synth.facts import FactsError, validate_facts
from codepercept.synth.gates import geometry as geo
from codepercept.synth.gates.config import GateConfig
from codepercept.synth.gates.result import Gate, GateResult, verdict
from codepercept.synth.gates.textnorm import contains_label, figure_texts, label_present, norm_text
from codepercept.trace.schema import AxesInfo, Element, ElementKind, Role, Trace

UNCHECKED_KEYS = ("lengths", "angles", "answer", "extra")


def _fmt(p: Any) -> str:
    return "(" + ", ".join(f"{float(v):g}" for v in p) + ")"


class _Ctx:
    """The trace, indexed once for all checks."""

    def __init__(self, trace: Trace, cfg: GateConfig) -> None:
        self.trace = trace
        self.cfg = cfg
        self.content = [e for e in trace.elements if e.role is Role.CONTENT]
        self.texts = [e for e in trace.elements if e.kind is ElementKind.TEXT and e.text]
        self.strokes = [
            e for e in self.content if e.kind in geo.STROKE_KINDS and e.axes is not None
        ]

    def axes(self, i: int | None) -> AxesInfo | None:
        return self.trace.axes[i] if i is not None and 0 <= i < len(self.trace.axes) else None

    def first_axes(self, three_d: bool) -> AxesInfo | None:
        return next((a for a in self.trace.axes if (a.projection == "3d") == three_d), None)

    def label_elements(self, name: str) -> list[Element]:
        exact = [
            e
            for e in self.texts
            if norm_text(e.text).replace(" ", "") == norm_text(name).replace(" ", "")
        ]
        return exact or [e for e in self.texts if contains_label(e.text, name)]

    def normalised(self, e: Element, dim: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(element points, spans) in normalised data coordinates of the element's axes."""
        ax = self.axes(e.axes)
        pts = geo.element_data(e, dim)
        if ax is None or pts is None:
            return None
        sp = geo.spans(ax)
        if len(sp) < dim:
            return None
        return pts / sp[:dim], sp[:dim]


def _check_labels(facts: dict, ctx: _Ctx, reasons: list[str]) -> None:
    texts = figure_texts(ctx.trace)
    for lab in facts.get("labels", []):
        if not label_present(str(lab), texts):
            reasons.append(f"missing_label: {str(lab)!r} is not among the figure's texts")


def _vertex_px(ctx: _Ctx, p: np.ndarray) -> list[tuple[float, float]]:
    """Pixel positions of drawn vertices whose data coordinates equal the 3-D point p."""
    out = []
    for e in ctx.content:
        got = ctx.normalised(e, 3)
        if got is None or e.kind is ElementKind.TEXT or len(e.px) != len(e.data):
            continue
        pts, sp = got
        d = np.linalg.norm(pts - p / sp, axis=1)
        out.extend(e.px[k] for k in np.flatnonzero(d <= ctx.cfg.point_tol))
    return out


def _check_points(facts: dict, ctx: _Ctx, reasons: list[str], details: dict) -> None:
    unanchored: list[str] = []
    for name, p in facts.get("points", {}).items():
        labels = ctx.label_elements(name)
        if not labels:
            reasons.append(f"missing_label: point {name!r} has no text {name!r} in the figure")
            continue
        if len(p) == 2:
            ax = ctx.axes(labels[0].axes) or ctx.first_axes(False)
            at = geo.data_to_px(ax, float(p[0]), float(p[1])) if ax is not None else None
            if at is None:
                unanchored.append(name)
                continue
            anchors, tol = [at], ctx.cfg.label_tol_px
        else:
            anchors, tol = _vertex_px(ctx, np.asarray(p, dtype=float)), ctx.cfg.label_tol_3d_px
            if not anchors:  # the point is not a drawn vertex: accept a label near any vertex
                unanchored.append(name)
                anchors = [q for e in ctx.content if e.kind in geo.STROKE_KINDS for q in e.px]
        best = min(
            (geo.box_distance(a, lab.bbox_px) for a in anchors for lab in labels), default=None
        )
        if best is None or best > tol:
            where = "its point" if name not in unanchored else "any drawn vertex"
            dist = "no drawn vertex" if best is None else f"{best:.0f}px"
            reasons.append(
                f"label_far: label {name!r} is {dist} from {where} {_fmt(p)} (limit {tol:g}px)"
            )
    if unanchored:
        details["points_unanchored"] = unanchored


def _segment_styles(ctx: _Ctx, a: np.ndarray, b: np.ndarray) -> set[str]:
    """Line styles of the stroked elements that run straight from a to b."""
    dim = len(a)
    styles: set[str] = set()
    for e in ctx.strokes:
        if not geo.is_stroked(e):
            continue
        got = ctx.normalised(e, dim)
        if got is None:
            continue
        pts, sp = got
        closed = e.closed or e.kind in (ElementKind.POLYGON, ElementKind.RECTANGLE)
        if geo.covers(pts, closed, a / sp, b / sp, ctx.cfg.point_tol):
            styles.add(e.linestyle)
    return styles


def _check_segments(facts: dict, ctx: _Ctx, reasons: list[str], details: dict) -> None:
    points = {k: np.asarray(v, dtype=float) for k, v in facts.get("points", {}).items()}
    dashed_ok = set(ctx.cfg.dashed_styles)
    n = 0
    for key, want_dashed in (("segments", False), ("dashed_segments", True)):
        for s, t in facts.get(key, []):
            n += 1
            styles = _segment_styles(ctx, points[s], points[t])
            name = f"{s}{t}"
            if not styles:
                reasons.append(
                    f"missing_segment: no line joins {s} {_fmt(points[s])} and {t} {_fmt(points[t])}"
                )
            elif want_dashed and not styles & dashed_ok:
                reasons.append(
                    f"segment_style: {name} is declared dashed but drawn {'/'.join(sorted(styles))}"
                )
            elif not want_dashed and "solid" not in styles:
                reasons.append(
                    f"segment_style: {name} is declared solid but drawn {'/'.join(sorted(styles))}"
                )
    details["segments_checked"] = n


def _check_circles(facts: dict, ctx: _Ctx, reasons: list[str]) -> None:
    tol = ctx.cfg.circle_tol
    drawn: list[tuple[np.ndarray, float]] = []
    for e in ctx.content:
        cp = geo.circle_params(e)
        if cp is not None:
            drawn.append(cp)
    for c in facts.get("circles", []):
        c0, r0 = np.asarray(c["center"], dtype=float), float(c["radius"])
        ok = any(
            np.linalg.norm(cc - c0) <= tol * r0 and abs(rr - r0) <= tol * r0 for cc, rr in drawn
        )
        if not ok:
            ok = any(
                (pts := geo.element_data(e, 2)) is not None
                and geo.polyline_circle(pts, c0, r0, tol * r0)
                for e in ctx.strokes
            )
        if ok:
            continue
        msg = f"circle_mismatch: no circle with centre {_fmt(c0)} and radius {r0:g}"
        if drawn:
            cc, rr = min(drawn, key=lambda d: np.linalg.norm(d[0] - c0) + abs(d[1] - r0))
            msg += f"; nearest drawn circle has centre {_fmt(cc)} and radius {rr:g}"
        reasons.append(msg)


def _check_counts(facts: dict, ctx: _Ctx, reasons: list[str], details: dict) -> None:
    by_kind: dict[str, int] = {}
    for e in ctx.content:
        by_kind[e.kind.value] = by_kind.get(e.kind.value, 0) + 1
    details["content_counts"] = by_kind
    known = {k.value for k in ElementKind}
    for key, exact in (("counts", True), ("min_counts", False)):
        for kind, n in facts.get(key, {}).items():
            if kind not in known:
                reasons.append(f"bad_facts: {key} names unknown element kind {kind!r}")
                continue
            got = by_kind.get(kind, 0)
            if exact and got != n:
                reasons.append(f"count_mismatch: {got} {kind} elements drawn, facts say {n}")
            elif not exact and got < n:
                reasons.append(f"min_count: {got} {kind} elements drawn, facts say at least {n}")


def _angle_diff(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


def _check_view(facts: dict, ctx: _Ctx, reasons: list[str]) -> None:
    proj = facts.get("projection")
    has3d = any(a.projection == "3d" for a in ctx.trace.axes)
    if proj == "3d" and not has3d:
        reasons.append("projection_mismatch: facts say 3d but no 3-D axes was drawn")
    elif proj == "2d" and has3d:
        reasons.append("projection_mismatch: facts say 2d but a 3-D axes was drawn")
    view = facts.get("view")
    if not view:
        return
    axes3d = [a for a in ctx.trace.axes if a.projection == "3d"]
    if not axes3d:
        reasons.append("view_mismatch: facts give a view but no 3-D axes was drawn")
        return
    tol = ctx.cfg.angle_tol_deg
    for key in ("elev", "azim", "roll"):
        if key not in view:
            continue
        want = float(view[key])
        got = [getattr(a, key) for a in axes3d if getattr(a, key) is not None]
        if not any(_angle_diff(want, g) <= tol for g in got):
            reasons.append(f"view_mismatch: {key} is {got[0] if got else None}, facts say {want:g}")


def check_consistency(
    facts: dict[str, Any], trace: Trace, config: GateConfig | None = None
) -> GateResult:
    """Q_IC verdict: does the traced figure show what ``facts`` (the facts vocabulary) declare?"""
    cfg = config or GateConfig()
    try:
        validate_facts(facts)
    except FactsError as e:
        return verdict(Gate.CONSISTENCY, [f"bad_facts: {e}"], {})
    reasons: list[str] = []
    details: dict[str, Any] = {
        "checked": sorted(k for k in facts if k not in UNCHECKED_KEYS),
        "unchecked": sorted(k for k in facts if k in UNCHECKED_KEYS),
    }
    ctx = _Ctx(trace, cfg)
    _check_labels(facts, ctx, reasons)
    _check_points(facts, ctx, reasons, details)
    _check_segments(facts, ctx, reasons, details)
    _check_circles(facts, ctx, reasons)
    _check_counts(facts, ctx, reasons, details)
    _check_view(facts, ctx, reasons)
    return verdict(Gate.CONSISTENCY, reasons, details)
