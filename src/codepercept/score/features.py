"""Per-element features of a trace as arrays: what the structural matching and sub-scores use.

Coordinates are normalised figure coordinates (0..1, origin bottom-left, like ``bbox_fig``),
so renders of different pixel sizes compare directly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from codepercept.score.colors import srgb_to_lab
from codepercept.score.outlines import polylines, resample_many
from codepercept.score.text import normalize_text
from codepercept.trace.schema import Element, ElementKind, Trace

#: Element families: elements are only ever matched inside one family.
SHAPE, MARKER, TEXT, IMAGE = 0, 1, 2, 3
FAMILY_NAMES = ("shape", "marker", "text", "image")

#: Canonical kinds: different artists that draw the same thing share one.
CANON_NAMES = ("polygon", "ellipse", "wedge", "line", "arrow", "marker", "text", "image")
_POLYGON, _ELLIPSE, _WEDGE, _LINE, _ARROW, _MARKER, _TEXT, _IMAGE = range(8)
#: Closed outlines, open curves, arrows: partial kind credit inside a group.
_GROUP = np.array([0, 0, 0, 1, 2, 3, 4, 5])
_FAMILY = np.array([SHAPE, SHAPE, SHAPE, SHAPE, SHAPE, MARKER, TEXT, IMAGE])

#: Outline samples kept per shape to tell apart shapes sharing a bounding box when matching.
SKETCH = 8

_LINESTYLES = {"solid": 0, "dashed": 1, "dotted": 2, "dashdot": 3, "none": 4}


#: Kinds whose canonical kind does not depend on the element; LINE, POLYGON and PATH do.
_CANON_OF_KIND = {
    ElementKind.MARKER: _MARKER,
    ElementKind.TEXT: _TEXT,
    ElementKind.IMAGE: _IMAGE,
    ElementKind.CIRCLE: _ELLIPSE,
    ElementKind.ELLIPSE: _ELLIPSE,
    ElementKind.WEDGE: _WEDGE,
    ElementKind.ARROW: _ARROW,
    ElementKind.RECTANGLE: _POLYGON,
    ElementKind.ARC: _LINE,
}


def _canon(e: Element) -> int:
    c = _CANON_OF_KIND.get(e.kind)
    if c is not None:
        return c
    return _POLYGON if e.closed else _LINE  # LINE, POLYGON, PATH


def kind_credit(canon_a: np.ndarray, canon_b: np.ndarray) -> np.ndarray:
    """1 for the same canonical kind, 0.8 for the same group, 0.5 otherwise (same family)."""
    same = canon_a == canon_b
    group = _GROUP[canon_a] == _GROUP[canon_b]
    return np.where(same, 1.0, np.where(group, 0.8, 0.5))


@dataclass(frozen=True, slots=True)
class Features:
    """Column arrays over the compared elements of one trace (length n)."""

    elements: tuple[Element, ...]
    family: np.ndarray  # int
    canon: np.ndarray  # int
    weight: np.ndarray  # float: 1, markers down-weighted to a budget
    anchor: np.ndarray  # (n, 2): text anchor, marker centre, else bbox centre
    size: np.ndarray  # (n, 2): bbox width and height
    bbox: np.ndarray  # (n, 4): x0, y0, x1, y1
    sketch: np.ndarray  # (n, SKETCH, 2): outline samples of shapes (anchor for the rest)
    lines: tuple[np.ndarray | None, ...]  # drawn polyline of each shape (figure coords)
    has_stroke: np.ndarray  # bool
    has_fill: np.ndarray  # bool
    stroke_lab: np.ndarray  # (n, 3)
    fill_lab: np.ndarray  # (n, 3)
    alpha: np.ndarray  # effective opacity 0..1
    linewidth: np.ndarray  # points
    linestyle: np.ndarray  # int code
    marker: np.ndarray  # int code of the marker name, 0 for none
    markersize: np.ndarray  # points (0 when none)
    hatch: np.ndarray  # int code of the hatch pattern, 0 for none
    fontsize: np.ndarray  # points (0 when not text)
    rotation: np.ndarray  # degrees
    text: tuple[str, ...]  # normalised text ("" when not text)
    order: np.ndarray  # draw order rank
    zorder: np.ndarray  # the artist's zorder
    axes: np.ndarray  # axes index, -1 at figure level
    aspect: float  # width / height of the figure

    def __len__(self) -> int:
        return len(self.elements)


def _finite(x: np.ndarray) -> np.ndarray:
    """``x`` with NaN/inf replaced (checked first: most traces are clean)."""
    return x if np.isfinite(x).all() else np.nan_to_num(x, nan=0.0, posinf=1e6, neginf=-1e6)


def _codes(values: list[str | None]) -> np.ndarray:
    """Equal strings get equal non-zero integers (within this process); None and "" get 0."""
    return np.array([hash(v) or 1 if v else 0 for v in values], dtype=np.int64)


def _lab_of(colors: list[tuple[float, float, float, float] | None]) -> np.ndarray:
    arr = np.array([c if c is not None else (1.0, 1.0, 1.0, 1.0) for c in colors], dtype=float)
    if len(arr) == 0:
        return np.zeros((0, 3))
    arr = arr.reshape(-1, 4)
    a = arr[:, 3:4]
    return srgb_to_lab(arr[:, :3] * a + (1.0 - a))


def extract(trace: Trace, *, include_ticks: bool = False, marker_budget: int = 50) -> Features:
    """Features of the elements a metric compares (content, titles, labels; ticks optional)."""
    els = tuple(trace.content(include_ticks=include_ticks))
    n = len(els)
    w = float(trace.width_px) or 1.0
    h = float(trace.height_px) or 1.0
    canon = np.array([_canon(e) for e in els], dtype=np.intp)
    family = _FAMILY[canon] if n else np.zeros(0, dtype=np.intp)
    anchor = np.zeros((n, 2))
    bbox = np.array([e.bbox_fig for e in els], dtype=float).reshape(n, 4)
    bbox = _finite(
        np.column_stack(
            [
                np.minimum(bbox[:, 0], bbox[:, 2]),
                np.minimum(bbox[:, 1], bbox[:, 3]),
                np.maximum(bbox[:, 0], bbox[:, 2]),
                np.maximum(bbox[:, 1], bbox[:, 3]),
            ]
        )
    )
    size = bbox[:, 2:] - bbox[:, :2]
    for i, e in enumerate(els):
        x0, y0, x1, y1 = bbox[i]
        if (canon[i] == _TEXT or canon[i] == _MARKER) and e.px:
            px, py = e.px[0]
            anchor[i] = (px / w, 1.0 - py / h)
        else:
            anchor[i] = ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
    sketch = np.repeat(anchor[:, None, :], SKETCH, axis=1)
    shapes = np.flatnonzero(family == SHAPE).tolist()
    lines: list[np.ndarray | None] = [None] * n
    for i, line in zip(shapes, polylines([els[i] for i in shapes], w, h), strict=True):
        lines[i] = line
    if shapes:
        sketch[shapes] = resample_many([lines[i] for i in shapes], SKETCH)
    weight = np.ones(n)
    is_marker = family == MARKER
    n_markers = int(is_marker.sum())
    if n_markers > marker_budget:
        weight[is_marker] = marker_budget / n_markers
    alpha = np.array(
        [1.0 if e.alpha is None else min(max(float(e.alpha), 0.0), 1.0) for e in els], dtype=float
    )
    return Features(
        elements=els,
        family=family,
        canon=canon,
        weight=weight,
        anchor=_finite(anchor),
        size=size,
        bbox=bbox,
        sketch=_finite(sketch),
        lines=tuple(lines),
        has_stroke=np.array([e.stroke is not None for e in els], dtype=bool),
        has_fill=np.array([e.fill is not None for e in els], dtype=bool),
        stroke_lab=_lab_of([e.stroke for e in els]),
        fill_lab=_lab_of([e.fill for e in els]),
        alpha=alpha,
        linewidth=np.array([max(float(e.linewidth or 0.0), 0.0) for e in els], dtype=float),
        linestyle=np.array([_LINESTYLES.get(e.linestyle, 0) for e in els], dtype=np.intp),
        marker=_codes([e.marker for e in els]),
        markersize=np.array([float(e.markersize or 0.0) for e in els], dtype=float),
        hatch=_codes([e.hatch for e in els]),
        fontsize=np.array([float(e.fontsize or 0.0) for e in els], dtype=float),
        rotation=np.array([float(e.rotation or 0.0) for e in els], dtype=float),
        text=tuple(normalize_text(e.text) if e.text else "" for e in els),
        order=np.arange(n, dtype=float),
        zorder=_finite(np.array([float(e.zorder) for e in els], dtype=float)),
        axes=np.array([-1 if e.axes is None else int(e.axes) for e in els], dtype=np.intp),
        aspect=w / h,
    )


def sketch_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Mean distance of corresponding outline samples, the better of both directions.

    ``a`` and ``b`` are (P, SKETCH, 2); returns (P,). Zero for identical outlines.
    """
    fwd = np.linalg.norm(a - b, axis=2).mean(axis=1)
    rev = np.linalg.norm(a - b[:, ::-1], axis=2).mean(axis=1)
    return np.minimum(fwd, rev)
