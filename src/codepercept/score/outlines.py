"""Element outlines in figure coordinates and their even resampling, batched for speed."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from codepercept.trace.schema import Element


def polylines(elements: Sequence[Element], width_px: float, height_px: float) -> list[np.ndarray]:
    """Each element's drawn points in figure coordinates (y up), closing point added when
    closed; an element without a path gives its bbox centre. One array conversion for all."""
    flat: list[tuple[float, float]] = []
    lens: list[int] = []
    for e in elements:
        pts = list(e.px)
        if not pts:
            x0, y0, x1, y1 = e.bbox_fig
            pts = [((x0 + x1) / 2.0 * width_px, (1.0 - (y0 + y1) / 2.0) * height_px)]
        elif e.closed and len(pts) > 2 and pts[0] != pts[-1]:
            pts.append(pts[0])
        flat.extend(pts)
        lens.append(len(pts))
    if not flat:
        return []
    arr = np.array(flat, dtype=float).reshape(-1, 2)
    if not np.isfinite(arr).all():
        arr = np.nan_to_num(arr)
    arr[:, 0] /= width_px
    arr[:, 1] = 1.0 - arr[:, 1] / height_px
    return np.split(arr, np.cumsum(lens)[:-1])


def resample_many(lines: Sequence[np.ndarray], n: int) -> np.ndarray:
    """``n`` points spread evenly by arc length along each polyline: (len(lines), n, 2).

    One vectorised pass over all polylines (a single point is repeated ``n`` times).
    """
    m = len(lines)
    if m == 0:
        return np.zeros((0, n, 2))
    lens = np.array([len(p) for p in lines], dtype=np.intp)
    pts = np.concatenate(lines).astype(float)
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    ends = starts + lens
    seg = np.hypot(*np.diff(pts, axis=0).T) if len(pts) > 1 else np.zeros(0)
    if len(seg):
        seg[ends[:-1] - 1] = 0.0  # no length between one polyline and the next
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    base = cum[starts]
    total = cum[ends - 1] - base
    t = base[:, None] + np.linspace(0.0, 1.0, n)[None, :] * total[:, None]
    last_seg = np.maximum(ends - 2, starts)[:, None]
    idx = np.searchsorted(cum, t, side="right") - 1
    idx = np.clip(idx, starts[:, None], last_seg)
    nxt = np.minimum(idx + 1, (ends - 1)[:, None])
    span = cum[nxt] - cum[idx]
    frac = np.where(span > 0, (t - cum[idx]) / np.where(span > 0, span, 1.0), 0.0)
    out = pts[idx] + frac[..., None] * (pts[nxt] - pts[idx])
    single = lens == 1
    if single.any():
        out[single] = pts[starts[single]][:, None, :]
    return out
