"""Per-axes summary (limits, scales, view angles, titles) and the ticks an axis really drew."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.ticker import NullLocator

from codepercept.trace.schema import AxesInfo
from codepercept.trace.style import num, num_or, rgba

# Shrink of the 3-D view interval matplotlib applies before choosing ticks (axis._update_ticks).
_AXES3D_TICK_MARGIN = 0.019965277777777776


def _group_visible(kw: dict[str, Any]) -> bool:
    return any(
        kw.get(k) is not False for k in ("tick1On", "tick2On", "label1On", "label2On", "gridOn")
    )


def drawn_ticks(axis: Any) -> list[Any]:
    """The Tick objects the last draw showed: those in use and inside the view interval.

    Mirrors ``Axis._update_ticks`` without touching the ticks (the draw already positioned
    and labelled them).
    """
    ticks: list[Any] = []
    if _group_visible(getattr(axis, "_major_tick_kw", {})) and not isinstance(
        axis.get_major_locator(), NullLocator
    ):
        ticks += axis.majorTicks[: len(axis.get_majorticklocs())]
    if _group_visible(getattr(axis, "_minor_tick_kw", {})) and not isinstance(
        axis.get_minor_locator(), NullLocator
    ):
        ticks += axis.minorTicks[: len(axis.get_minorticklocs())]
    if not ticks:
        return []
    lo, hi = sorted(float(v) for v in axis.get_view_interval())
    ax = getattr(axis, "axes", None)
    if ax is not None and ax.name == "3d":
        import matplotlib as mpl

        if mpl.rcParams.get("axes3d.automargin", False):
            delta = hi - lo
            lo, hi = lo + delta * _AXES3D_TICK_MARGIN, hi - delta * _AXES3D_TICK_MARGIN
    trans = axis.get_transform()
    with np.errstate(all="ignore"):
        try:
            ends = np.ravel(trans.transform(np.array([lo, hi], dtype=float)))
            locs = np.ravel(trans.transform(np.array([t.get_loc() for t in ticks], dtype=float)))
        except (AssertionError, ValueError, TypeError):
            return []
    a, b = sorted(ends.tolist())
    tol = 1e-10 * (b - a)
    keep = (locs >= a - tol) & (locs <= b + tol)
    return [t for t, k in zip(ticks, keep.tolist(), strict=True) if k]


def _title(ax: Any) -> str:
    for t in (ax.title, ax._left_title, ax._right_title):
        s = t.get_text()
        if s and t.get_visible():
            return s
    return ""


def _pair(v: Any) -> tuple[float, float]:
    a, b = v
    return (num_or(a, 0.0), num_or(b, 0.0))


def _aspect(ax: Any) -> str | float:
    a = ax.get_aspect()
    if isinstance(a, str):
        return a
    v = num(a)
    return "auto" if v is None else v


def _grid_on(axis: Any, ticks: list[Any]) -> bool:
    return any(t.get_visible() and t.gridline.get_visible() for t in ticks)


def axes_info(
    ax: Any, index: int, width: int, height: int, ticks: dict[int, list[Any]]
) -> AxesInfo:
    """Summarise one axes; ``ticks`` holds the drawn ticks per axis object id."""
    x0, y0, x1, y1 = (float(v) for v in ax.bbox.extents)
    is3d = ax.name == "3d"
    legend = ax.get_legend()
    texts: tuple[str, ...] = ()
    if legend is not None and legend.get_visible():
        texts = tuple(t.get_text() for t in legend.get_texts())
    if is3d:
        axis_on = bool(getattr(ax, "_axis3don", True))
        grid_x = grid_y = axis_on and bool(getattr(ax, "_draw_grid", False))
    else:
        axis_on = bool(ax.axison)
        grid_x = axis_on and _grid_on(ax.xaxis, ticks.get(id(ax.xaxis), []))
        grid_y = axis_on and _grid_on(ax.yaxis, ticks.get(id(ax.yaxis), []))
    return AxesInfo(
        index=index,
        projection=str(ax.name),
        bbox_px=(round(x0, 2), round(height - y1, 2), round(x1, 2), round(height - y0, 2)),
        bbox_fig=(
            round(x0 / width, 6),
            round(y0 / height, 6),
            round(x1 / width, 6),
            round(y1 / height, 6),
        ),
        xlim=_pair(ax.get_xlim()),
        ylim=_pair(ax.get_ylim()),
        zlim=_pair(ax.get_zlim()) if is3d else None,
        xscale=str(ax.get_xscale()),
        yscale=str(ax.get_yscale()),
        aspect=_aspect(ax),
        axis_on=axis_on,
        xaxis_visible=bool(ax.xaxis.get_visible()),
        yaxis_visible=bool(ax.yaxis.get_visible()),
        grid_x=grid_x,
        grid_y=grid_y,
        title=_title(ax),
        xlabel=ax.get_xlabel(),
        ylabel=ax.get_ylabel(),
        zlabel=ax.get_zlabel() if is3d else None,
        elev=num(getattr(ax, "elev", None)) if is3d else None,
        azim=num(getattr(ax, "azim", None)) if is3d else None,
        roll=num(getattr(ax, "roll", None)) if is3d else None,
        legend=texts,
        facecolor=rgba(ax.patch.get_facecolor()),
    )
