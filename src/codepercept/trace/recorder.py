"""Turns display-space geometry into :class:`Element` records (filtering, resampling, y flip)."""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, fields
from typing import Any

import numpy as np

from codepercept.trace.geometry import finite_rows
from codepercept.trace.schema import MAX_POINTS, Element, ElementKind, Role
from codepercept.trace.style import text_or_none, zorder_of

Box = tuple[float, float, float, float]

# Up to this many points the bookkeeping runs in plain Python (faster than numpy on tiny arrays).
_SMALL = 24


_NAMES = [f.name for f in fields(Element)]
_POS = {name: i for i, name in enumerate(_NAMES)}
_DEFAULTS = [None if f.default is MISSING else f.default for f in fields(Element)]


def _template(**values: Any) -> list[Any]:
    """Element constructor arguments in field order (positional creation is much faster)."""
    row = list(_DEFAULTS)
    for k, v in values.items():
        row[_POS[k]] = v
    return row


def _gid(artist: Any) -> str | None:
    gid = artist.get_gid()
    return gid if isinstance(gid, str) else None


class AxesFrame:
    """Per-axes state shared by its artists: index, data transform and its (lazy) inverse."""

    def __init__(self, ax: Any, index: int, *, is3d: bool, colorbar: bool) -> None:
        self.ax = ax
        self.index = index
        self.is3d = is3d
        self.colorbar = colorbar
        self.trans = ax.transData
        self._inv: Any = None
        self._inv_m: np.ndarray | None = None

    def to_data(self, disp: np.ndarray) -> np.ndarray | None:
        """Display points back to this axes' data coordinates (None for 3-D axes)."""
        if self.is3d or len(disp) == 0:
            return None
        if self._inv is None:
            if self.trans.is_affine:
                try:
                    self._inv_m = np.linalg.inv(self.trans.get_matrix())
                except np.linalg.LinAlgError:
                    return None
            self._inv = self.trans.inverted()
        m = self._inv_m
        if m is not None:
            return disp @ m[:2, :2].T + m[:2, 2]
        with np.errstate(all="ignore"):
            return np.asarray(self._inv.transform(disp), dtype=float)


@dataclass(frozen=True, slots=True)
class Frame:
    """Where an artist sits: its axes (None at figure level) and a role forced by a container."""

    axes: AxesFrame | None = None
    force: Role | None = None  # LEGEND inside a legend, COLORBAR inside a colorbar axes

    def native(self, trans: Any) -> bool:
        """Whether ``trans`` is this 2-D axes' data transform (so artist coordinates are data).

        In 3-D axes ``transData`` maps already-projected 2-D coordinates, which are not data.
        """
        return self.axes is not None and not self.axes.is3d and trans is self.axes.trans

    def role(self, default: Role) -> Role:
        return self.force if self.force is not None else default

    def with_force(self, role: Role) -> Frame:
        return Frame(self.axes, self.force if self.force is not None else role)


#: Default of :meth:`Recorder.add`'s ``clip``: the artist's own clip box.
OWN: Any = object()


def clip_box(artist: Any) -> Box | None:
    """The display rectangle an artist is clipped to, when clipping is on."""
    if not artist.get_clip_on():
        return None
    box = artist.get_clip_box()
    if box is None:
        return None
    x0, y0, x1, y1 = box.extents
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


#: Members recorded per collection; beyond it an evenly spaced sample is kept and the rest
#: counted in ``Trace.dropped_elements`` (a 100k-point scatter would otherwise cost seconds).
MAX_MEMBERS = 5000


class Recorder:
    """Accumulates elements in draw order; all coordinates it receives are display (y up)."""

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        self.elements: list[Element] = []
        self.dropped = 0  # collection members left out by MAX_MEMBERS
        self._canvas: Box = (0.0, 0.0, float(width), float(height))

    def _visible(self, box: Box, clip: Box | None) -> bool:
        x0, y0, x1, y1 = box
        for cx0, cy0, cx1, cy1 in (self._canvas, clip) if clip is not None else (self._canvas,):
            if x1 < cx0 - 0.5 or x0 > cx1 + 0.5 or y1 < cy0 - 0.5 or y0 > cy1 + 0.5:
                return False
        return True

    def _boxes(self, x0: float, y0: float, x1: float, y1: float) -> tuple[Box, Box]:
        h, w = self.height, self.width
        px = (round(x0, 2), round(h - y1, 2), round(x1, 2), round(h - y0, 2))
        fig = (round(x0 / w, 6), round(y0 / h, 6), round(x1 / w, 6), round(y1 / h, 6))
        return px, fig

    def add(
        self,
        frame: Frame,
        artist: Any,
        kind: ElementKind,
        role: Role,
        *,
        px: np.ndarray,
        data: np.ndarray | None = None,
        bbox: Box | None = None,
        clip: Box | None | object = OWN,
        **attrs: Any,
    ) -> bool:
        """Record one element; returns False when it was skipped as invisible or empty.

        ``clip`` and the ``label`` attribute default to the artist's own (``OWN``); callers
        recording several elements of one artist pass them once computed.
        """
        if clip is OWN:
            clip = clip_box(artist)
        if "label" not in attrs:
            attrs["label"] = text_or_none(artist.get_label())
        px = np.asarray(px, dtype=float).reshape(-1, 2)
        n = len(px)
        small = n <= _SMALL
        pl = px.tolist() if small else None
        if small:
            if not all(math.isfinite(x + y) for x, y in pl):
                keep = [math.isfinite(x + y) for x, y in pl]
                if data is not None and len(data) == n:
                    data = np.asarray(data)[keep]
                px = px[keep]
                pl = px.tolist()
                n = len(pl)
        elif not np.isfinite(px).all():
            ok = finite_rows(px)
            if data is not None and len(data) == n:
                data = data[ok]
            px = px[ok]
            n = len(px)
        if bbox is None:
            if n == 0:
                return False
            if small:
                xs = [p[0] for p in pl]
                ys = [p[1] for p in pl]
                x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
            else:
                x0, y0 = px.min(axis=0).tolist()
                x1, y1 = px.max(axis=0).tolist()
        else:
            x0, y0, x1, y1 = (float(v) for v in bbox)
            if not (math.isfinite(x0 + y0 + x1 + y1)):
                return False
        if (x1 - x0 <= 0 and y1 - y0 <= 0) or not self._visible((x0, y0, x1, y1), clip):
            return False
        if data is not None and len(data) != n:
            data = None
        axf = frame.axes
        if data is None and axf is not None:
            data = axf.to_data(px)
        if n > MAX_POINTS:
            idx = np.linspace(0, n - 1, MAX_POINTS).round().astype(np.intp)
            px = px[idx]
            if data is not None and len(data) == n:
                data = data[idx]
        dl: list[Any] | None = None
        if data is not None:
            data = np.asarray(data, dtype=float)
            if len(data) <= MAX_POINTS and np.isfinite(data).all():
                dl = data.tolist()
        h = self.height
        if pl is not None and len(pl) <= 8:
            pts = [(round(x, 2), round(h - y, 2)) for x, y in pl]
        else:
            arr = np.column_stack([px[:, 0], h - px[:, 1]]).round(2)
            pts = list(map(tuple, arr.tolist()))
        bpx, bfig = self._boxes(x0, y0, x1, y1)
        self.elements.append(
            Element(
                index=len(self.elements),
                kind=kind,
                role=frame.role(role),
                axes=None if axf is None else axf.index,
                zorder=zorder_of(artist),
                bbox_px=bpx,
                bbox_fig=bfig,
                px=tuple(pts),
                data=() if dl is None else tuple(map(tuple, dl)),
                n_points=n,
                gid=_gid(artist),
                **attrs,
            )
        )
        return True

    def add_markers(
        self,
        frame: Frame,
        artist: Any,
        role: Role,
        *,
        centers: np.ndarray,
        half: np.ndarray,
        data: np.ndarray | None,
        per_point: dict[str, list[Any]],
        clip: Box | None | object = OWN,
        **attrs: Any,
    ) -> int:
        """Record one MARKER element per point, vectorised; ``half`` is (N, 2) half extents.

        ``per_point`` maps Element field names to per-point values (already JSON-safe);
        ``clip`` and ``label`` default to the artist's own, as in :meth:`add`.
        Returns how many markers were recorded.
        """
        if clip is OWN:
            clip = clip_box(artist)
        if "label" not in attrs:
            attrs["label"] = text_or_none(artist.get_label())
        centers = np.asarray(centers, dtype=float).reshape(-1, 2)
        half = np.broadcast_to(np.asarray(half, dtype=float), centers.shape)
        lo = centers - half
        hi = centers + half
        cx0, cy0, cx1, cy1 = self._canvas
        keep = finite_rows(centers) & finite_rows(half) & ((hi - lo) > 0).any(axis=1)
        keep &= (hi[:, 0] >= cx0 - 0.5) & (lo[:, 0] <= cx1 + 0.5)
        keep &= (hi[:, 1] >= cy0 - 0.5) & (lo[:, 1] <= cy1 + 0.5)
        if clip is not None:
            keep &= (hi[:, 0] >= clip[0] - 0.5) & (lo[:, 0] <= clip[2] + 0.5)
            keep &= (hi[:, 1] >= clip[1] - 0.5) & (lo[:, 1] <= clip[3] + 0.5)
        axf = frame.axes
        if data is None and axf is not None:
            data = axf.to_data(centers)
        if data is not None:
            data = np.asarray(data, dtype=float).reshape(len(centers), -1)
        idx = np.flatnonzero(keep)
        if len(idx) == 0:
            return 0
        if len(idx) > MAX_MEMBERS:  # keep an even sample so huge scatters stay cheap
            self.dropped += len(idx) - MAX_MEMBERS
            idx = idx[np.linspace(0, len(idx) - 1, MAX_MEMBERS).round().astype(int)]
        h, w = self.height, self.width
        c = centers[idx]
        pxs = np.column_stack([c[:, 0], h - c[:, 1]]).round(2).tolist()
        bpx = np.column_stack([lo[idx, 0], h - hi[idx, 1], hi[idx, 0], h - lo[idx, 1]])
        bfig = np.column_stack(
            [lo[idx, 0] / w, lo[idx, 1] / h, hi[idx, 0] / w, hi[idx, 1] / h]
        ).round(6)
        bpx_l = bpx.round(2).tolist()
        bfig_l = bfig.tolist()
        if data is not None:
            dsel = data[idx]
            dfin = finite_rows(dsel).tolist()
            dl = dsel.tolist()
        template = _template(
            kind=ElementKind.MARKER,
            role=frame.role(role),
            axes=None if axf is None else axf.index,
            zorder=zorder_of(artist),
            n_points=1,
            gid=_gid(artist),
            **attrs,
        )
        cols = [(_POS[k], v) for k, v in per_point.items()]
        i_index, i_bpx, i_bfig, i_px = _POS["index"], _POS["bbox_px"], _POS["bbox_fig"], _POS["px"]
        i_data, i_geom = _POS["data"], _POS["geometry"]
        out = self.elements
        for j, i in enumerate(idx.tolist()):
            row = template.copy()
            row[i_index] = len(out)
            row[i_bpx] = tuple(bpx_l[j])
            row[i_bfig] = tuple(bfig_l[j])
            row[i_px] = (tuple(pxs[j]),)
            if data is not None and dfin[j]:
                row[i_data] = (tuple(dl[j]),)
            row[i_geom] = {}
            for pos, col in cols:
                row[pos] = col[i]
            out.append(Element(*row))
        return len(idx)
