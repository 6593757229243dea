"""Image-like artists: imshow/AxesImage, figimage, BboxImage, pcolormesh/pcolor meshes."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib import image as mimage

from codepercept.trace.geometry import apply
from codepercept.trace.recorder import Frame, Recorder
from codepercept.trace.schema import ElementKind, Role
from codepercept.trace.style import floats, num


def _colormap_fields(artist: Any, arr: Any) -> dict[str, Any]:
    """cmap name and colour limits when the array is scalar data mapped through a colormap."""
    if arr is None or np.ndim(arr) != 2:
        return {}
    out: dict[str, Any] = {}
    try:
        out["cmap"] = str(artist.get_cmap().name)
        out["clim"] = floats(artist.get_clim())
    except (AttributeError, TypeError, ValueError):
        return {}
    return out


def _shape(arr: Any) -> list[int]:
    return [int(v) for v in np.shape(arr)]


def record_image(rec: Recorder, frame: Frame, im: Any, role: Role, renderer: Any) -> None:
    """Record an image as one IMAGE element with its extent, shape and colormap."""
    alpha = num(im.get_alpha())
    if alpha is not None and alpha <= 0:
        return
    arr = im.get_array()
    if arr is None or np.size(arr) == 0:
        return
    geom: dict[str, Any] = {"shape": _shape(arr), **_colormap_fields(im, arr)}
    data = None
    if isinstance(im, mimage.AxesImage):
        left, right, bottom, top = (float(v) for v in im.get_extent())
        corners = np.array([[left, bottom], [right, bottom], [right, top], [left, top]])
        disp = apply(im.get_transform(), corners)
        geom["extent"] = floats([left, right, bottom, top])
        geom["origin"] = str(getattr(im, "origin", "upper"))
        if frame.native(im.get_transform()):
            data = corners
    else:
        ext = im.get_window_extent(renderer)
        x0, y0, x1, y1 = (float(v) for v in ext.extents)
        disp = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
        geom["extent_px"] = [
            round(x0, 2),
            round(x1, 2),
            round(rec.height - y0, 2),
            round(rec.height - y1, 2),
        ]
    rec.add(
        frame,
        im,
        ElementKind.IMAGE,
        role,
        px=disp,
        data=data,
        closed=True,
        alpha=alpha,
        linestyle="none",
        geometry=geom,
    )


def _perimeter(c: np.ndarray) -> np.ndarray:
    """Boundary of an (M+1, N+1, 2) mesh coordinate grid, counter-clockwise."""
    return np.concatenate([c[0, :], c[1:, -1], c[-1, -2::-1], c[-2:0:-1, 0]])


def record_mesh(rec: Recorder, frame: Frame, mesh: Any, role: Role) -> None:
    """Record a QuadMesh / PolyQuadMesh (pcolormesh, pcolor) as one IMAGE element."""
    alpha = num(mesh.get_alpha())
    if alpha is not None and alpha <= 0:
        return
    coords = np.ma.filled(np.ma.asarray(mesh.get_coordinates(), dtype=float), np.nan)
    if coords.ndim != 3 or coords.shape[0] < 2 or coords.shape[1] < 2:
        return
    outline = _perimeter(coords)
    trans = mesh.get_transform()
    disp = apply(trans, outline)
    arr = mesh.get_array()
    flat = coords.reshape(-1, 2)
    fin = flat[np.isfinite(flat).all(axis=1)]
    if len(fin) == 0:
        return
    geom: dict[str, Any] = {
        "extent": floats([fin[:, 0].min(), fin[:, 0].max(), fin[:, 1].min(), fin[:, 1].max()]),
        "shape": _shape(arr) if arr is not None else [coords.shape[0] - 1, coords.shape[1] - 1],
        **_colormap_fields(mesh, arr),
    }
    native = frame.native(trans)
    rec.add(
        frame,
        mesh,
        ElementKind.IMAGE,
        role,
        px=disp,
        data=outline if native else None,
        closed=True,
        alpha=alpha,
        linestyle="none",
        geometry=geom,
    )
