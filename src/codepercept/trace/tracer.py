"""Walk a saved figure's artist tree in draw order and record every visible element.

Runs in the same process as the snippet that drew the figure: a hostile snippet can only
falsify its own trace (see docs/trace.md).
"""

from __future__ import annotations

import logging
from operator import attrgetter
from typing import Any

from matplotlib import collections as mcoll
from matplotlib import image as mimage
from matplotlib import lines as mlines
from matplotlib import offsetbox as moffsetbox
from matplotlib import patches as mpatches
from matplotlib import spines as mspines
from matplotlib import table as mtable
from matplotlib import text as mtext
from matplotlib.axes._base import _AxesBase
from matplotlib.axis import Axis
from matplotlib.figure import FigureBase
from matplotlib.legend import Legend

from codepercept.trace.axesinfo import axes_info, drawn_ticks
from codepercept.trace.collection import record_collection
from codepercept.trace.images import record_image
from codepercept.trace.lines import record_line
from codepercept.trace.patches import record_patch
from codepercept.trace.recorder import AxesFrame, Frame, Recorder
from codepercept.trace.schema import ElementKind, Role, Trace
from codepercept.trace.style import rgba
from codepercept.trace.texts import record_text

log = logging.getLogger(__name__)

_zorder = attrgetter("zorder")


def trace_figure(fig: Any, *, n_figures: int = 1) -> Trace:
    """Record what ``fig`` drew at its last ``savefig(..., dpi=fig.dpi)`` (no extra draw).

    Read-only: the figure and rcParams are left as they were. Pixel coordinates match the
    saved PNG (origin top-left, y down) because the caller saved without ``bbox_inches``.
    """
    renderer = _renderer(fig)
    width = int(getattr(renderer, "width", round(fig.bbox.width)))
    height = int(getattr(renderer, "height", round(fig.bbox.height)))
    rec = Recorder(width, height)
    walker = _Walker(fig, renderer, rec)
    walker.figure(fig, Frame())
    infos = tuple(
        axes_info(af.ax, af.index, width, height, walker.ticks) for af in walker.axes_frames
    )
    sup = getattr(fig, "_suptitle", None)
    return Trace(
        width_px=width,
        height_px=height,
        dpi=float(fig.dpi),
        axes=infos,
        elements=tuple(rec.elements),
        n_figures=int(n_figures),
        suptitle=sup.get_text() if sup is not None and sup.get_visible() else "",
        facecolor=rgba(fig.patch.get_facecolor()),
        dropped_elements=rec.dropped,
    )


def _renderer(fig: Any) -> Any:
    get = getattr(fig.canvas, "get_renderer", None)
    if get is not None:
        return get()
    return fig._get_renderer()


class _Walker:
    """Visits artists in the order Figure.draw / Axes.draw / Axis.draw would draw them."""

    def __init__(self, fig: Any, renderer: Any, rec: Recorder) -> None:
        self.fig = fig
        self.renderer = renderer
        self.rec = rec
        self.dpi = float(fig.dpi)
        self.axes_frames: list[AxesFrame] = []
        self.ticks: dict[int, list[Any]] = {}
        self._seen: set[int] = set()

    # -- containers -------------------------------------------------------------------
    def figure(self, figure: Any, frame: Frame) -> None:
        self.artist(figure.patch, frame, Role.BACKGROUND)
        special = {
            id(getattr(figure, "_suptitle", None)): Role.TITLE,
            id(getattr(figure, "_supxlabel", None)): Role.AXIS_LABEL,
            id(getattr(figure, "_supylabel", None)): Role.AXIS_LABEL,
        }
        children = [c for c in figure.get_children() if c is not figure.patch]
        for child in sorted((c for c in children if not c.get_animated()), key=_zorder):
            self.artist(child, frame, special.get(id(child), Role.CONTENT))

    def axes(self, ax: Any) -> None:
        af = AxesFrame(
            ax, len(self.axes_frames), is3d=ax.name == "3d", colorbar=hasattr(ax, "_colorbar")
        )
        self.axes_frames.append(af)
        frame = Frame(af, Role.COLORBAR if af.colorbar else None)
        roles = {id(s): Role.SPINE for s in ax.spines.values()}
        for t in (ax.title, ax._left_title, ax._right_title):
            roles[id(t)] = Role.TITLE
        children = ax.get_children()
        children.remove(ax.patch)
        axis_objs = list(ax._axis_map.values())
        if af.is3d:
            self.artist(ax.patch, frame, Role.BACKGROUND)
            self._axes3d_axis(ax, frame)
            frame_on = False
            axis_on = False
        else:
            frame_on = bool(ax.axison and ax.get_frame_on())
            axis_on = bool(ax.axison)
        drop = set()
        if not frame_on:
            drop |= {id(s) for s in ax.spines.values()}
        if not axis_on:
            drop |= {id(a) for a in axis_objs}
        children = sorted((c for c in children if id(c) not in drop), key=_zorder)
        if frame_on:
            self.artist(ax.patch, frame, Role.BACKGROUND)
        for child in children:
            self.artist(child, frame, roles.get(id(child), Role.CONTENT))

    def _axes3d_axis(self, ax: Any, frame: Frame) -> None:
        """Panes, grids, then axis lines, ticks and labels, as Axes3D.draw orders them."""
        if not getattr(ax, "_axis3don", True):
            return
        axes = [a for a in ax._axis_map.values()]
        for axis in axes:
            self.artist(axis.pane, frame, Role.BACKGROUND)
        for axis in axes:
            ticks = drawn_ticks(axis)
            self.ticks[id(axis)] = ticks
            if getattr(ax, "_draw_grid", False) and ticks:
                self.artist(axis.gridlines, frame, Role.GRID)
        for axis in axes:
            if not axis.get_visible():
                continue
            self.artist(axis.line, frame, Role.SPINE)
            self._ticks(self.ticks[id(axis)], frame)
            self.artist(axis.offsetText, frame, Role.TICK_LABEL)
            self.artist(axis.label, frame, Role.AXIS_LABEL)

    def axis(self, axis: Any, frame: Frame) -> None:
        ticks = drawn_ticks(axis)
        self.ticks[id(axis)] = ticks
        self._ticks(ticks, frame)
        self.artist(axis.label, frame, Role.AXIS_LABEL)
        self.artist(axis.offsetText, frame, Role.TICK_LABEL)

    def _ticks(self, ticks: list[Any], frame: Frame) -> None:
        for tick in ticks:
            if not tick.get_visible():
                continue
            self.artist(tick.gridline, frame, Role.GRID)
            self.artist(tick.tick1line, frame, Role.TICK)
            self.artist(tick.tick2line, frame, Role.TICK)
            self.artist(tick.label1, frame, Role.TICK_LABEL)
            self.artist(tick.label2, frame, Role.TICK_LABEL)

    def legend(self, leg: Any, frame: Frame) -> None:
        inner = frame.with_force(Role.LEGEND)
        self.artist(leg.legendPatch, inner, Role.LEGEND)
        self.artist(leg._legend_box, inner, Role.LEGEND)

    def table(self, table: Any, frame: Frame, role: Role) -> None:
        for key in sorted(table.get_celld()):
            cell = table.get_celld()[key]
            if not cell.get_visible():
                continue
            self._once(cell)
            record_patch(self.rec, frame, cell, role, fig=self.fig)
            self.artist(cell.get_text(), frame, role)

    def offsetbox(self, box: Any, frame: Frame, role: Role) -> None:
        arrow = getattr(box, "arrow_patch", None)
        if arrow is not None:
            self.artist(arrow, frame, role)
        patch = getattr(box, "patch", None)
        if isinstance(patch, mpatches.Patch):
            self.artist(patch, frame, role)
        for child in box.get_children():
            self.artist(child, frame, role)

    # -- dispatch ---------------------------------------------------------------------
    def _once(self, artist: Any) -> bool:
        key = id(artist)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    def artist(self, a: Any, frame: Frame, role: Role) -> None:
        """Record one artist (or walk a container) if it is visible and not yet seen."""
        if a is None or not a.get_visible() or not self._once(a):
            return
        try:
            self._dispatch(a, frame, role)
        except Exception as exc:  # one exotic artist must not lose the whole trace
            log.warning("trace: skipped %s (%s: %s)", type(a).__name__, type(exc).__name__, exc)

    def _dispatch(self, a: Any, frame: Frame, role: Role) -> None:
        rec = self.rec
        if isinstance(a, _AxesBase):
            self.axes(a)
        elif isinstance(a, FigureBase):
            self.figure(a, frame)
        elif isinstance(a, Legend):
            self.legend(a, frame)
        elif isinstance(a, Axis):
            self.axis(a, frame)
        elif isinstance(a, mspines.Spine):
            record_patch(
                rec,
                frame,
                a,
                Role.SPINE if role is Role.CONTENT else role,
                fig=self.fig,
                kind=ElementKind.LINE,
            )
        elif isinstance(a, mtable.Table):
            self.table(a, frame, role)
        elif isinstance(a, mlines.Line2D):
            record_line(rec, frame, a, role, self.dpi)
        elif isinstance(a, mpatches.Patch):
            record_patch(rec, frame, a, role, fig=self.fig)
        elif isinstance(a, mcoll.Collection):
            record_collection(rec, frame, a, role, self.dpi)
        elif isinstance(a, mtext.Text):
            record_text(rec, frame, a, role, self.renderer, self.fig)
        elif isinstance(a, mimage._ImageBase):
            record_image(rec, frame, a, role, self.renderer)
        elif isinstance(a, (moffsetbox.OffsetBox, moffsetbox.AnnotationBbox)):
            self.offsetbox(a, frame, role)
        else:
            for child in a.get_children():
                self.artist(child, frame, role)
