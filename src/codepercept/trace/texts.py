"""Text, Annotation (text plus a separate ARROW) and Text3D (projected)."""

from __future__ import annotations

import math
import sys
from typing import Any

import numpy as np
from matplotlib import cbook
from matplotlib import text as mtext
from matplotlib.text import Annotation

from codepercept.trace.geometry import apply
from codepercept.trace.patches import record_patch
from codepercept.trace.recorder import Frame, Recorder
from codepercept.trace.schema import ElementKind, Role
from codepercept.trace.style import num, rgba


def _is_text3d(text: Any) -> bool:
    art3d = sys.modules.get("mpl_toolkits.mplot3d.art3d")
    return art3d is not None and isinstance(text, art3d.Text3D)


def _text3d_projection(text: Any) -> tuple[float, float, float] | None:
    """Projected 2-D position (in the 3-D axes' 2-D data space) and angle, as Text3D.draw does."""
    from mpl_toolkits.mplot3d import art3d, proj3d

    ax = text.axes
    if ax is None or getattr(ax, "M", None) is None:
        return None
    pos = np.array([text._x, text._y, text._z], dtype=float)
    pts = np.asarray([pos, pos + np.asarray(text._dir_vec, dtype=float)])
    fn = getattr(proj3d, "_scale_proj_transform", None)
    if fn is not None:
        proj = fn(pts[:, 0], pts[:, 1], pts[:, 2], ax)
    else:
        proj = proj3d.proj_transform(pts[:, 0], pts[:, 1], pts[:, 2], ax.M)
    angle = math.degrees(math.atan2(proj[1][1] - proj[1][0], proj[0][1] - proj[0][0]))
    return float(proj[0][0]), float(proj[1][0]), art3d._norm_text_angle(angle)


def _anchor_and_extent(text: Any, renderer: Any) -> tuple[np.ndarray, Any, float, Any]:
    """(anchor in display, window extent, rotation, 3-D data point or None)."""
    if _is_text3d(text):
        proj = _text3d_projection(text)
        if proj is not None:
            x, y, rot = proj
            # Same temporary swap matplotlib's own Text3D.draw performs; restored on exit.
            with cbook._setattr_cm(text, _x=x, _y=y, _rotation=rot):
                anchor = np.asarray(text._get_xy_display(), dtype=float)
                ext = mtext.Text.get_window_extent(text, renderer)
            xyz = np.array([[text._x, text._y, text._z]], dtype=float)
            return anchor, ext, rot, xyz
    anchor = apply(text.get_transform(), [text.get_unitless_position()])[0]
    # Text's own extent: Annotation.get_window_extent would include the arrow.
    return anchor, mtext.Text.get_window_extent(text, renderer), text.get_rotation(), None


def record_text(
    rec: Recorder, frame: Frame, text: Any, role: Role, renderer: Any, fig: Any = None
) -> None:
    """Record a text (and an annotation's arrow and a text's bbox patch, drawn before it)."""
    s = text.get_text()
    if not isinstance(s, str) or not s.strip():
        return
    alpha = num(text.get_alpha())
    color = rgba(text.get_color(), alpha)
    xy_disp = None
    if isinstance(text, Annotation):
        xy_disp = np.asarray(text._get_position_xy(renderer), dtype=float)
        if not _annotation_shown(text, xy_disp):
            return
        if text.arrow_patch is not None and text.arrow_patch.get_visible():
            record_patch(rec, frame, text.arrow_patch, role, fig=fig)
    bbox_patch = text.get_bbox_patch()
    if bbox_patch is not None and bbox_patch.get_visible():
        record_patch(rec, frame, bbox_patch, role, fig=fig, kind=ElementKind.PATH)
    if color is None:
        return
    anchor, ext, rot, xyz = _anchor_and_extent(text, renderer)
    box = (float(ext.x0), float(ext.y0), float(ext.x1), float(ext.y1))
    data = xyz
    if data is None and frame.native(text.get_transform()):
        data = np.array([text.get_unitless_position()], dtype=float)
    geom: dict[str, Any] = {}
    if isinstance(text, Annotation):
        geom = _annotation_geometry(rec, frame, text, xy_disp, anchor)
    rec.add(
        frame,
        text,
        ElementKind.TEXT,
        role,
        px=anchor[None, :],
        data=data,
        bbox=box,
        fill=color,
        alpha=alpha,
        linestyle="none",
        text=s,
        fontsize=num(text.get_fontsize()),
        rotation=num(rot),
        ha=text.get_horizontalalignment(),
        va=text.get_verticalalignment(),
        geometry=geom,
    )


def _annotation_shown(ann: Any, xy_disp: np.ndarray) -> bool:
    """Annotation._check_xy without its slow generic path test for rectangular axes."""
    clip = ann.get_annotation_clip()
    if not (clip or (clip is None and ann.xycoords == "data")) or ann.axes is None:
        return True
    if ann.axes.name == "rectilinear":
        return bool(ann.axes.bbox.contains(float(xy_disp[0]), float(xy_disp[1])))
    return bool(ann.axes.contains_point(xy_disp))


def _annotation_geometry(
    rec: Recorder, frame: Frame, ann: Any, xy_disp: np.ndarray, anchor: np.ndarray
) -> dict[str, Any]:
    """Annotated point and text position, in pixels and (inside axes) data coordinates."""
    pts = np.array([xy_disp, anchor], dtype=float)
    geom: dict[str, Any] = {}
    if np.isfinite(pts).all():
        geom["xy_px"] = [round(float(xy_disp[0]), 2), round(rec.height - float(xy_disp[1]), 2)]
        geom["xytext_px"] = [round(float(anchor[0]), 2), round(rec.height - float(anchor[1]), 2)]
    if frame.axes is not None:
        dd = frame.axes.to_data(pts)
        if dd is not None and np.isfinite(dd).all():
            geom["xy"], geom["xytext"] = dd[0].tolist(), dd[1].tolist()
            geom["coords"] = "data"
    if isinstance(ann.xycoords, str):
        geom["xycoords"] = ann.xycoords
    return geom
