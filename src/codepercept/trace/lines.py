"""Line2D and Line3D: one LINE per stroked line, one MARKER per point of a markers-only line."""

from __future__ import annotations

from typing import Any

import numpy as np

from codepercept.trace.geometry import apply, path_points
from codepercept.trace.recorder import Frame, Recorder, clip_box
from codepercept.trace.schema import ElementKind, Role
from codepercept.trace.style import linestyle, marker_name, num, num_or, rgba, text_or_none


def _marker_style(line: Any) -> Any:
    ms = getattr(line, "_marker", None)
    if ms is None:
        from matplotlib.markers import MarkerStyle

        ms = MarkerStyle(line.get_marker(), line.get_fillstyle())
    return ms


_OUTLINES: dict[Any, np.ndarray] = {}


def _marker_outline(line: Any, ms: Any, mpath: Any) -> np.ndarray:
    """Marker path vertices in marker units (cached for the common string/int markers)."""
    spec = line.get_marker()
    key = (spec, line.get_fillstyle()) if isinstance(spec, (str, int)) else None
    hit = _OUTLINES.get(key) if key is not None else None
    if hit is not None:
        return hit
    out = apply(ms.get_transform(), np.asarray(mpath.vertices, dtype=float))
    if key is not None and len(_OUTLINES) < 256:
        _OUTLINES[key] = out
    return out


def _marker_scale(line: Any, dpi: float) -> float:
    """Pixels per marker-path unit, as Line2D.draw computes it."""
    if line.get_marker() == ",":
        return 1.0
    return num_or(line.get_markersize(), 0.0) * dpi / 72.0


def _mark_every(line: Any, n: int) -> np.ndarray:
    """Indices of the points that carry a marker (simple markevery forms; floats keep all)."""
    every = line.get_markevery()
    idx = np.arange(n)
    if every is None:
        return idx
    try:
        if isinstance(every, (int, np.integer)) and not isinstance(every, bool):
            return idx[:: max(int(every), 1)]
        if (
            isinstance(every, tuple)
            and len(every) == 2
            and all(isinstance(v, (int, np.integer)) for v in every)
        ):
            return idx[int(every[0]) :: max(int(every[1]), 1)]
        if isinstance(every, slice):
            return idx[every]
        arr = np.asarray(every)
        if arr.dtype == bool and arr.shape == (n,):
            return idx[arr]
        if arr.dtype.kind in "iu":
            return arr[(arr >= 0) & (arr < n)]
    except (TypeError, ValueError):
        return idx
    return idx


def _line_data(line: Any, frame: Frame, coords: np.ndarray) -> np.ndarray | None:
    """Data coordinates matching the drawn vertices: 3-D data, native 2-D data, or None."""
    if hasattr(line, "get_data_3d"):
        xyz = np.column_stack([np.asarray(v, dtype=float) for v in line.get_data_3d()])
        return xyz if len(xyz) == len(coords) else None
    if frame.native(line.get_transform()):
        return coords
    return None


def record_line(rec: Recorder, frame: Frame, line: Any, role: Role, dpi: float) -> None:
    """Record a Line2D (or Line3D, already projected by the draw)."""
    alpha = num(line.get_alpha())
    lw = num_or(line.get_linewidth(), 0.0)
    ls = linestyle(line.get_linestyle())
    stroke = rgba(line.get_color(), alpha) if ls != "none" and lw > 0 else None
    marker = marker_name(line.get_marker())
    coords, disp, closed = path_points(line.get_path(), line.get_transform())
    data = _line_data(line, frame, coords)
    clip = clip_box(line)
    label = text_or_none(line.get_label())
    if stroke is not None:
        if not closed and len(disp) > 2 and np.allclose(disp[0], disp[-1]):
            closed = True
        rec.add(
            frame,
            line,
            ElementKind.LINE,
            role,
            px=disp,
            data=data,
            clip=clip,
            closed=closed,
            stroke=stroke,
            alpha=alpha,
            linewidth=lw,
            linestyle=ls,
            marker=marker,
            markersize=num(line.get_markersize()) if marker else None,
            label=label,
        )
        return
    if marker is None:
        return
    ms = _marker_style(line)
    mpath = ms.get_path()
    if len(mpath.vertices) == 0:
        return
    scale = _marker_scale(line, dpi)
    if scale <= 0:
        return
    unit = _marker_outline(line, ms, mpath) * scale
    edge = rgba(line.get_markeredgecolor(), alpha)
    mew = num_or(line.get_markeredgewidth(), 0.0)
    face = rgba(line.get_markerfacecolor(), alpha) if ms.is_filled() else None
    if edge is not None and mew <= 0 and ms.is_filled():
        edge = None
    if edge is None and face is None:
        return
    if role is Role.TICK:
        # A tick mark is a marker in matplotlib but a short segment on the page.
        for k in range(len(disp)):
            rec.add(
                frame,
                line,
                ElementKind.LINE,
                role,
                px=disp[k] + unit,
                clip=clip,
                stroke=edge or face,
                alpha=alpha,
                linewidth=mew,
                linestyle="solid",
                marker=marker,
                markersize=num(line.get_markersize()),
            )
        return
    # Markers sit on the path's own vertices (never on points a curvilinear transform's
    # interpolation added).
    verts = np.asarray(line.get_path().vertices, dtype=float)
    centers = apply(line.get_transform(), verts)
    data = _line_data(line, frame, verts)
    keep = _mark_every(line, len(centers))
    half = np.abs(unit).max(axis=0) + mew * dpi / 144.0
    if len(keep) == 0:
        return
    rec.add_markers(
        frame,
        line,
        role,
        centers=centers[keep],
        half=half,
        data=None if data is None else data[keep],
        clip=clip,
        per_point={},
        stroke=edge,
        fill=face,
        alpha=alpha,
        linewidth=mew,
        linestyle="none",
        marker=marker,
        markersize=num(line.get_markersize()),
        label=label,
    )
