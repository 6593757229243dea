"""Patches: kind, outline points and shape parameters of each matplotlib patch class."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from matplotlib import patches as mpatches
from matplotlib.path import Path
from matplotlib.transforms import Bbox, IdentityTransform

from codepercept.trace.geometry import apply, flatten, path_points
from codepercept.trace.recorder import Frame, Recorder
from codepercept.trace.schema import ElementKind, Role
from codepercept.trace.style import floats, linestyle, num, num_or, rgba

_CLOSED_KINDS = frozenset(
    {
        ElementKind.RECTANGLE,
        ElementKind.CIRCLE,
        ElementKind.ELLIPSE,
        ElementKind.WEDGE,
        ElementKind.ARROW,
    }
)


def _pt(xy: Any) -> list[float | None]:
    return floats(np.asarray(xy, dtype=float).reshape(-1)[:2])


def coords_name(trans: Any, frame: Frame, fig: Any) -> str:
    """Which coordinate system a transform maps from: data | axes | figure | other."""
    axf = frame.axes
    if axf is not None:
        if frame.native(trans):
            return "data"
        if trans is axf.ax.transAxes:
            return "axes"
    if fig is not None and trans is fig.transFigure:
        return "figure"
    return "other"


def _patch_matrix(patch: Any) -> np.ndarray | None:
    """The patch transform of common patches as a 3x3 matrix, built without matplotlib's
    transform objects (creating and evaluating those costs ~60 us per patch).

    None means: use ``get_patch_transform()``.
    """
    if isinstance(patch, mpatches.Ellipse):
        cx = patch.convert_xunits(patch._center[0])
        cy = patch.convert_yunits(patch._center[1])
        w = patch.convert_xunits(patch._width)
        h = patch.convert_yunits(patch._height)
        a = getattr(patch, "_aspect_ratio_correction", 1.0)
        t = np.deg2rad(patch.angle)
        c, s = np.cos(t), np.sin(t)
        return np.array(
            [[c * w / 2, -s * h / 2 * a, cx], [s * w / 2 / a, c * h / 2, cy], [0.0, 0.0, 1.0]],
            dtype=float,
        )
    if isinstance(patch, mpatches.Rectangle) and patch.angle == 0:
        x0, y0, x1, y1 = (float(v) for v in patch._convert_units())
        return np.array([[x1 - x0, 0.0, x0], [0.0, y1 - y0, y0], [0.0, 0.0, 1.0]])
    if isinstance(patch, (mpatches.Polygon, mpatches.PathPatch, mpatches.Wedge)):
        return np.eye(3)
    return None


def _ellipse_box(p: Any) -> dict[str, Any]:
    return {
        "center": _pt(p.get_center()),
        "width": num(p.get_width()),
        "height": num(p.get_height()),
        "angle": num(p.get_angle()),
    }


def _arrow(p: Any) -> dict[str, Any]:
    x, y = num(getattr(p, "_x", None)), num(getattr(p, "_y", None))
    dx, dy = num(getattr(p, "_dx", None)), num(getattr(p, "_dy", None))
    return {} if None in (x, y, dx, dy) else {"start": [x, y], "end": [x + dx, y + dy]}


#: Patch classes in lookup order (subclasses before their bases: Arc and Circle are Ellipses,
#: RegularPolygon is not a Polygon but FancyArrow is), each with its kind and parameters.
_SHAPES: tuple[tuple[Any, ElementKind, Callable[[Any], dict[str, Any]]], ...] = (
    (
        mpatches.Wedge,
        ElementKind.WEDGE,
        lambda p: {
            "center": _pt(p.center),
            "r": num(p.r),
            "theta1": num(p.theta1),
            "theta2": num(p.theta2),
            "width": num(p.width),
        },
    ),
    (
        mpatches.Arc,
        ElementKind.ARC,
        lambda p: {**_ellipse_box(p), "theta1": num(p.theta1), "theta2": num(p.theta2)},
    ),
    (
        mpatches.Circle,
        ElementKind.CIRCLE,
        lambda p: {"center": _pt(p.get_center()), "radius": num(p.get_radius())},
    ),
    (mpatches.Ellipse, ElementKind.ELLIPSE, _ellipse_box),
    (
        mpatches.Rectangle,
        ElementKind.RECTANGLE,
        lambda p: {
            "xy": _pt(p.get_xy()),
            "width": num(p.get_width()),
            "height": num(p.get_height()),
            "angle": num(p.get_angle()),
        },
    ),
    ((mpatches.FancyArrow, mpatches.Arrow), ElementKind.ARROW, _arrow),
    (
        mpatches.RegularPolygon,
        ElementKind.POLYGON,
        lambda p: {
            "xy": _pt(p.xy),
            "radius": num(p.radius),
            "numvertices": int(p.numvertices),
            "orientation": num(p.orientation),
        },
    ),
    (mpatches.Polygon, ElementKind.POLYGON, lambda p: {}),
    (
        mpatches.FancyBboxPatch,
        ElementKind.PATH,
        lambda p: {
            "xy": [num(p.get_x()), num(p.get_y())],
            "width": num(p.get_width()),
            "height": num(p.get_height()),
            "boxstyle": type(p.get_boxstyle()).__name__.lower(),
        },
    ),
)


def shape_of(patch: Any) -> tuple[ElementKind, dict[str, Any]]:
    """The element kind of a patch and its shape parameters in its own coordinates."""
    for cls, kind, params in _SHAPES:
        if isinstance(patch, cls):
            return kind, params(patch)
    return ElementKind.PATH, {}


def patch_colors(patch: Any) -> tuple[Any, Any, float, str, str | None]:
    """(stroke, fill, linewidth, linestyle, hatch) as drawn."""
    lw = num_or(patch.get_linewidth(), 0.0)
    ls = linestyle(patch.get_linestyle())
    stroke = rgba(patch.get_edgecolor()) if lw > 0 and ls != "none" else None
    fill = rgba(patch.get_facecolor()) if patch.get_fill() else None
    hatch = patch.get_hatch() or None
    return stroke, fill, lw, ls, hatch


def record_patch(
    rec: Recorder,
    frame: Frame,
    patch: Any,
    role: Role,
    *,
    fig: Any = None,
    kind: ElementKind | None = None,
) -> None:
    """Record one patch (arrows included) with its outline and shape parameters."""
    stroke, fill, lw, ls, hatch = patch_colors(patch)
    if stroke is None and fill is None and hatch is None:
        return
    # what every element of a patch shares; the fill of an arrow depends on its paths
    style = {
        "stroke": stroke,
        "alpha": num(patch.get_alpha()),
        "linewidth": lw,
        "linestyle": ls,
        "hatch": hatch,
    }
    if isinstance(patch, mpatches.FancyArrowPatch):
        _record_fancy_arrow(rec, frame, patch, role, style)
        return
    k, geom = shape_of(patch)
    dt = patch.get_data_transform()
    path = patch.get_path()
    m = _patch_matrix(patch)
    if m is not None:
        verts, closed = flatten(path)
        coords = verts @ m[:2, :2].T + m[:2, 2]
        if dt.is_affine:
            disp = apply(dt, coords)
        else:
            coords, disp, closed = path_points(
                Path(coords, _interpolation_steps=getattr(path, "_interpolation_steps", 1)), dt
            )
    else:
        ptrans = patch.get_patch_transform()
        if not isinstance(ptrans, IdentityTransform):
            path = ptrans.transform_path(path)
        coords, disp, closed = path_points(path, dt)
    if k is ElementKind.POLYGON:
        closed = closed or bool(getattr(patch, "get_closed", lambda: True)())
    elif k in _CLOSED_KINDS:
        closed = True
    if stroke is None and len(disp):
        span = np.nanmax(disp, axis=0) - np.nanmin(disp, axis=0)
        if not (span > 0).all():
            return  # zero-area fill without an edge draws nothing
    data = None
    cname = coords_name(dt, frame, fig)
    seg3d = getattr(patch, "_segment3d", None)
    if seg3d is not None:
        seg3d = np.asarray(seg3d, dtype=float).reshape(-1, 3)
        data = seg3d if len(seg3d) == len(coords) else None
        cname = "data3d"
    elif cname == "data":
        data = coords
    if geom:
        geom["coords"] = cname
    rec.add(
        frame,
        patch,
        kind or k,
        role,
        px=disp,
        data=data,
        closed=closed,
        fill=fill,
        geometry=geom,
        **style,
    )


def _record_fancy_arrow(
    rec: Recorder,
    frame: Frame,
    patch: Any,
    role: Role,
    style: dict[str, Any],
) -> None:
    paths, fillable = _arrow_paths(patch)
    if not np.iterable(fillable):
        paths, fillable = [paths], [fillable]
    disp = np.concatenate([flatten(p)[0] for p in paths] or [np.zeros((0, 2))])
    face = rgba(patch.get_facecolor()) if any(fillable) else None
    ends = _arrow_ends(patch, disp)
    geom: dict[str, Any] = {}
    if ends is not None:
        start, end = ends
        geom["start_px"] = [round(float(start[0]), 2), round(rec.height - float(start[1]), 2)]
        geom["end_px"] = [round(float(end[0]), 2), round(rec.height - float(end[1]), 2)]
        if frame.axes is not None:
            dd = frame.axes.to_data(np.array([start, end], dtype=float))
            if dd is not None and np.isfinite(dd).all():
                geom["start"], geom["end"] = dd[0].tolist(), dd[1].tolist()
                geom["coords"] = "data"
    rec.add(
        frame,
        patch,
        ElementKind.ARROW,
        role,
        px=disp,
        fill=face,
        geometry=geom,
        **style,
    )


def _arrow_ends(patch: Any, disp: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Tail and head of an arrow in display coordinates."""
    pos = getattr(patch, "_posA_posB", None)
    if pos is not None:
        try:
            return tuple(apply(patch.get_transform(), np.asarray(pos, dtype=float)))  # type: ignore[return-value]
        except (TypeError, ValueError):
            pass
    if isinstance(patch, mpatches.ConnectionPatch):
        try:
            a = patch._get_xy(patch.xy1, patch.coords1, patch.axesA)
            b = patch._get_xy(patch.xy2, patch.coords2, patch.axesB)
            return np.asarray(a, dtype=float), np.asarray(b, dtype=float)
        except (AttributeError, TypeError, ValueError):
            pass
    path = getattr(patch, "_path_original", None)
    if isinstance(path, Path) and len(path.vertices) >= 2:
        v = apply(patch.get_transform(), np.asarray(path.vertices, dtype=float))
        return v[0], v[-1]
    return None


def _exit_t(p: np.ndarray, d: np.ndarray, box: Any) -> float:
    """Parameter along p + t*d where the segment leaves ``box`` (0 when p is outside it)."""
    lo = np.array([box.x0, box.y0])
    hi = np.array([box.x1, box.y1])
    if not ((p >= lo).all() and (p <= hi).all()):
        return 0.0
    ts = [((hi[k] if d[k] > 0 else lo[k]) - p[k]) / d[k] for k in (0, 1) if d[k] != 0]
    t = max(0.0, min([1.0, *ts]))
    return 0.0 if t >= 1.0 else t  # segment wholly inside: matplotlib leaves it unclipped


def _display_box(patch: Any) -> Any:
    """Display extents of an arrow's end patch (fast for the display-space Rectangle that
    Annotation uses around its text)."""
    if (
        isinstance(patch, mpatches.Rectangle)
        and patch.angle == 0
        and isinstance(patch.get_data_transform(), IdentityTransform)
    ):
        x0, y0, x1, y1 = (float(v) for v in patch._convert_units())
        return Bbox.from_extents(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    return patch.get_extents()


def _straight_shaft(patch: Any) -> Path | None:
    """Shaft of a straight (arc3, rad=0) arrow, clipped to its end patches and shrunk.

    Matches what the connection style computes, without its slow bisection on Bezier
    curves (about 1 ms per annotation arrow).
    """
    cs = patch.get_connectionstyle()
    pos = getattr(patch, "_posA_posB", None)
    if pos is None or not isinstance(cs, mpatches.ConnectionStyle.Arc3) or cs.rad != 0:
        return None
    a, b = apply(patch.get_transform(), np.asarray(pos, dtype=float))
    d = b - a
    length = float(np.hypot(*d))
    if length == 0 or not np.isfinite(length):
        return None
    t0, t1 = 0.0, 1.0
    if patch.patchA is not None:
        t0 = _exit_t(a, d, _display_box(patch.patchA))
    if patch.patchB is not None:
        t1 = 1.0 - _exit_t(b, -d, _display_box(patch.patchB))
    dpi_cor = getattr(patch, "_dpi_cor", 1.0)
    # matplotlib skips a shrink (or clip) whose circle (or patch) holds the whole rest.
    shrink_a = patch.shrinkA * dpi_cor / length
    if t1 - t0 > shrink_a:
        t0 += shrink_a
    shrink_b = patch.shrinkB * dpi_cor / length
    if t1 - t0 > shrink_b:
        t1 -= shrink_b
    p0, p1 = a + d * t0, a + d * t1
    # Arc3 returns a quadratic Bezier; some arrow styles require exactly that shape.
    return Path(np.array([p0, (p0 + p1) / 2, p1]), [Path.MOVETO, Path.CURVE3, Path.CURVE3])


def _arrow_paths(patch: Any) -> tuple[Any, Any]:
    """Drawn arrow paths in display coordinates and which of them are fillable."""
    shaft = _straight_shaft(patch)
    if shaft is not None:
        dpi_cor = getattr(patch, "_dpi_cor", 1.0)
        return patch.get_arrowstyle()(
            shaft,
            patch.get_mutation_scale() * dpi_cor,
            patch.get_linewidth() * dpi_cor,
            patch.get_mutation_aspect(),
        )
    try:
        return patch._get_path_in_displaycoord()
    except (AttributeError, TypeError, ValueError):
        return patch.get_transform().transform_path(patch.get_path()), False
