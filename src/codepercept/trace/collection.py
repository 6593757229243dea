"""Collections: one element per member (scatter point, line segment, polygon, patch path)."""

from __future__ import annotations

import sys
from typing import Any

import numpy as np
from matplotlib import collections as mcoll
from matplotlib.contour import ContourSet
from matplotlib.path import Path

from codepercept.trace.geometry import apply, flatten
from codepercept.trace.images import record_mesh
from codepercept.trace.recorder import MAX_MEMBERS, Frame, Recorder, clip_box
from codepercept.trace.schema import ElementKind, Role
from codepercept.trace.style import dash_kind, num, scatter_marker, text_or_none


def _art3d() -> Any:
    return sys.modules.get("mpl_toolkits.mplot3d.art3d")


def _color_rows(colors: Any) -> list[Any]:
    """(N, 4) colours as JSON-safe tuples; fully transparent rows become None."""
    arr = np.asarray(colors, dtype=float).reshape(-1, 4)
    if len(arr) == 0:
        return []
    arr = np.clip(np.nan_to_num(arr, nan=0.0), 0.0, 1.0).round(6)
    return [tuple(r) if r[3] > 0 else None for r in arr.tolist()]


def _linestyles(coll: Any) -> list[str]:
    styles = getattr(coll, "_us_linestyles", None)
    if styles is None:
        return ["solid"]
    return [dash_kind(seq) for _off, seq in styles] or ["solid"]


def _alphas(coll: Any) -> list[float | None]:
    a = coll.get_alpha()
    if a is None or np.ndim(a) == 0:
        return [num(a)]
    return [num(v) for v in np.ravel(a)] or [None]


def record_collection(rec: Recorder, frame: Frame, coll: Any, role: Role, dpi: float) -> None:
    """Dispatch a collection to the mesh, scatter or generic per-path recorder."""
    if isinstance(coll, (mcoll.QuadMesh, mcoll.PolyQuadMesh)):
        record_mesh(rec, frame, coll, role)
    elif isinstance(coll, mcoll.PathCollection):
        _record_scatter(rec, frame, coll, role, dpi)
    else:
        _record_paths(rec, frame, coll, role)


def _record_scatter(rec: Recorder, frame: Frame, coll: Any, role: Role, dpi: float) -> None:
    paths = coll.get_paths()
    if not paths:
        return
    zsorted = getattr(coll, "_offset_zordered", None)
    offsets = coll.get_offsets() if zsorted is None else zsorted
    offsets = np.ma.filled(np.ma.asarray(offsets, dtype=float), np.nan).reshape(-1, 2)
    n = max(len(paths), len(offsets)) if len(offsets) else len(paths)
    if n == 0:
        return
    oi = np.arange(n) % max(len(offsets), 1)
    centers = apply(coll.get_offset_transform(), offsets)[oi] if len(offsets) else np.zeros((n, 2))
    pi = np.arange(n) % len(paths)
    ext = np.array(
        [np.abs(p.vertices).max(axis=0) if len(p.vertices) else (0.0, 0.0) for p in paths],
        dtype=float,
    )
    half = ext[pi]
    tfs = coll.get_transforms()
    if len(tfs):
        a = np.abs(np.asarray(tfs, dtype=float)[:, :2, :2])[np.arange(n) % len(tfs)]
        half = np.einsum("nij,nj->ni", a, half)
    master = coll.get_transform()
    if not master.is_affine:
        master = master.get_affine()
    half = half @ np.abs(master.get_matrix()[:2, :2]).T
    lws = np.asarray(coll.get_linewidths(), dtype=float).reshape(-1)
    lw = lws[np.arange(n) % len(lws)] if len(lws) else np.zeros(n)
    has_size = (half > 0).any(axis=1)  # a zero-size marker draws nothing, edge or not
    half = half + (lw * dpi / 144.0)[:, None]
    fills = _color_rows(coll.get_facecolor())
    strokes = _color_rows(coll.get_edgecolor())
    sizes = np.asarray(coll.get_sizes(), dtype=float).reshape(-1)
    ms = np.sqrt(np.clip(sizes, 0, None)).round(6).tolist() if len(sizes) else [None]
    alphas = _alphas(coll)
    idx = range(n)
    per_point = {
        "fill": [fills[i % len(fills)] for i in idx] if fills else [None] * n,
        "stroke": [strokes[i % len(strokes)] if lw[i] > 0 else None for i in idx]
        if strokes
        else [None] * n,
        "linewidth": lw.round(6).tolist(),
        "markersize": [ms[i % len(ms)] for i in idx],
        "alpha": [alphas[i % len(alphas)] for i in idx],
    }
    visible = [
        sized and (f is not None or s is not None)
        for sized, f, s in zip(
            has_size.tolist(), per_point["fill"], per_point["stroke"], strict=True
        )
    ]
    if not any(visible):
        return
    half = np.where(np.asarray(visible)[:, None], half, 0.0)  # invisible members are dropped
    rec.add_markers(
        frame,
        coll,
        role,
        centers=centers,
        half=half,
        data=_scatter_data(frame, coll, offsets, oi),
        per_point=per_point,
        linestyle=_linestyles(coll)[0],
        marker=scatter_marker(paths[0]),
        hatch=coll.get_hatch() or None,
    )


def _scatter_data(frame: Frame, coll: Any, offsets: np.ndarray, oi: np.ndarray) -> Any:
    """3-D data in draw order for Path3DCollection, native 2-D offsets when in data space."""
    off3d = getattr(coll, "_offsets3d", None)
    if off3d is not None:
        xyz = np.column_stack([np.ma.filled(np.ma.asarray(v, dtype=float), np.nan) for v in off3d])
        order = getattr(coll, "_z_markers_idx", None)
        if isinstance(order, np.ndarray) and len(order) == len(xyz):
            xyz = xyz[order]
        return xyz[oi] if len(xyz) == len(offsets) else None
    if frame.native(coll.get_offset_transform()):
        return offsets[oi]
    return None


def _member_kind(coll: Any) -> ElementKind:
    if isinstance(coll, ContourSet):
        return ElementKind.POLYGON if coll.filled else ElementKind.LINE
    if isinstance(coll, mcoll.LineCollection):
        return ElementKind.LINE
    if isinstance(coll, mcoll.PolyCollection):
        return ElementKind.POLYGON
    return ElementKind.PATH


def _data3d_members(coll: Any, n: int) -> list[np.ndarray] | None:
    """3-D vertices of each drawn member of a 3-D collection, in draw order."""
    art3d = _art3d()
    if art3d is None:
        return None
    try:
        if getattr(coll, "_3dverts_codes", None) is not None:  # Collection3D (contour3D, ...)
            out = []
            for verts, codes in coll._3dverts_codes:
                verts = np.asarray(verts, dtype=float).reshape(-1, 3)
                if codes is not None:
                    codes = np.asarray(codes)
                    if np.isin(codes, (Path.CURVE3, Path.CURVE4)).any():
                        return None
                    verts = verts[(codes != Path.CLOSEPOLY) & (codes != Path.STOP)]
                out.append(verts)
            return out if len(out) == n else None
        if isinstance(coll, art3d.Line3DCollection):
            segs = [np.asarray(s, dtype=float).reshape(-1, 3) for s in coll._segments3d]
            return segs if len(segs) == n else None
        if isinstance(coll, art3d.Poly3DCollection):
            from mpl_toolkits.mplot3d import proj3d

            faces = np.asarray(coll._faces, dtype=float)
            pz = proj3d._scale_proj_transform_vectors(faces, coll.axes)[..., 2]
            invalid = np.broadcast_to(np.asarray(coll._invalid_vertices), pz.shape)
            if np.any(invalid):
                pz = np.ma.MaskedArray(pz, mask=invalid)
            order = np.argsort(np.ma.filled(coll._zsortfunc(pz, axis=-1), np.nan))[::-1]
            out = [faces[i][~invalid[i]] for i in order]
            return out if len(out) == n else None
    except (AttributeError, TypeError, ValueError, IndexError):
        return None
    return None


def _record_paths(rec: Recorder, frame: Frame, coll: Any, role: Role) -> None:
    paths = coll.get_paths()
    if not paths:
        return
    trans = coll.get_transform()
    off_trf = coll.get_offset_transform()
    offsets = np.ma.filled(np.ma.asarray(coll.get_offsets(), dtype=float), np.nan).reshape(-1, 2)
    has_off = len(offsets) > 0 and (offsets.any() or not _is_identity(off_trf))
    n = max(len(paths), len(offsets)) if has_off else len(paths)
    off_px = apply(off_trf, offsets) if has_off else None
    tfs = np.asarray(coll.get_transforms(), dtype=float)
    fills = _color_rows(coll.get_facecolor())
    strokes = _color_rows(coll.get_edgecolor())
    lws = [float(v) for v in np.ravel(coll.get_linewidths())] or [0.0]
    styles = _linestyles(coll)
    alphas = _alphas(coll)
    hatch = coll.get_hatch() or None
    kind = _member_kind(coll)
    native = not has_off and len(tfs) == 0 and frame.native(trans)
    data3d = _data3d_members(coll, n)
    clip = clip_box(coll)
    label = text_or_none(coll.get_label())
    members = range(n)
    if n > MAX_MEMBERS:  # an evenly spaced sample; the rest is counted, not traced
        rec.dropped += n - MAX_MEMBERS
        members = np.linspace(0, n - 1, MAX_MEMBERS).round().astype(int).tolist()
    for i in members:
        lw = lws[i % len(lws)]
        ls = styles[i % len(styles)]
        stroke = strokes[i % len(strokes)] if strokes and lw > 0 and ls != "none" else None
        fill = fills[i % len(fills)] if fills and kind is not ElementKind.LINE else None
        if stroke is None and fill is None and hatch is None:
            continue
        path = paths[i % len(paths)]
        if getattr(path, "_interpolation_steps", 1) > 1 and not trans.is_affine:
            path = path.interpolated(path._interpolation_steps)
        verts, closed = flatten(path)
        if len(tfs):
            t = tfs[i % len(tfs)]
            verts = verts @ t[:2, :2].T + t[:2, 2]
        disp = apply(trans, verts)
        if off_px is not None:
            disp = disp + off_px[i % len(off_px)]
        if data3d is not None:
            data = data3d[i]
            data = data if len(data) == len(disp) else None
        else:
            data = verts if native else None
        rec.add(
            frame,
            coll,
            kind,
            role,
            px=disp,
            data=data,
            clip=clip,
            closed=closed or kind is ElementKind.POLYGON,
            stroke=stroke,
            fill=fill,
            alpha=alphas[i % len(alphas)],
            linewidth=lw,
            linestyle=ls,
            hatch=hatch,
            label=label,
        )


def _is_identity(trans: Any) -> bool:
    return trans.is_affine and np.array_equal(trans.get_matrix(), np.eye(3))
