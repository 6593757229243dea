"""The execution trace: a typed, JSON-serialisable record of everything a figure drew.

Coordinates: ``data`` points are in the owning axes' data coordinates (3-D data for 3-D
artists); ``px`` points and ``bbox_px`` are pixels of the saved PNG with the origin at the
top-left corner and y pointing down (image convention). ``bbox_fig`` is the same box in
normalised figure coordinates (0..1, origin bottom-left, matplotlib's convention), which
makes two renders of different sizes comparable.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = "1.1"

#: Points kept per element; longer paths are resampled evenly (``n_points`` keeps the count).
MAX_POINTS = 256


class ElementKind(StrEnum):
    LINE = "line"  # Line2D and each segment of a LineCollection
    POLYGON = "polygon"  # Polygon patch, closed path patch, polygon of a PolyCollection
    RECTANGLE = "rectangle"
    CIRCLE = "circle"
    ELLIPSE = "ellipse"
    WEDGE = "wedge"
    ARC = "arc"
    ARROW = "arrow"  # FancyArrow, FancyArrowPatch, annotation arrows
    PATH = "path"  # any other patch or path
    MARKER = "marker"  # one point of a scatter / PathCollection
    TEXT = "text"
    IMAGE = "image"  # AxesImage, imshow, pcolormesh as image-like


class Role(StrEnum):
    """Why an element exists; metrics usually keep only CONTENT (and TITLE/LABEL text)."""

    CONTENT = "content"
    TITLE = "title"
    AXIS_LABEL = "axis_label"
    TICK_LABEL = "tick_label"
    TICK = "tick"
    SPINE = "spine"
    GRID = "grid"
    LEGEND = "legend"
    COLORBAR = "colorbar"
    BACKGROUND = "background"  # axes/figure patches


@dataclass(frozen=True, slots=True)
class Element:
    """One visible thing that was drawn."""

    index: int  # draw order within the figure, 0-based
    kind: ElementKind
    role: Role
    axes: int | None  # index into Trace.axes; None for figure-level artists
    zorder: float
    bbox_px: tuple[float, float, float, float]  # x0, y0, x1, y1 in PNG pixels (y down)
    bbox_fig: tuple[float, float, float, float]  # x0, y0, x1, y1 in figure fraction (y up)
    px: tuple[tuple[float, float], ...] = ()  # outline / polyline in PNG pixels
    data: tuple[tuple[float, ...], ...] = ()  # same points in data coordinates
    n_points: int = 0  # points before resampling to MAX_POINTS
    closed: bool = False
    stroke: tuple[float, float, float, float] | None = None  # RGBA 0..1, None = no edge
    fill: tuple[float, float, float, float] | None = None  # RGBA 0..1, None = not filled
    alpha: float | None = None
    linewidth: float = 0.0  # points
    linestyle: str = "solid"  # solid | dashed | dotted | dashdot | none
    marker: str | None = None
    markersize: float | None = None
    hatch: str | None = None
    text: str | None = None
    fontsize: float | None = None
    rotation: float | None = None
    ha: str | None = None
    va: str | None = None
    # Shape parameters in data coordinates where the artist has them
    # (circle: center, radius; rectangle: xy, width, height, angle; wedge/arc: theta1, theta2;
    # arrow: start, end; annotation: xy, xytext; image: extent, shape).
    geometry: dict[str, Any] = field(default_factory=dict)
    label: str | None = None  # the artist's legend label when it is not private ("_...")
    gid: str | None = None

    @property
    def is_content(self) -> bool:
        return self.role is Role.CONTENT


@dataclass(frozen=True, slots=True)
class AxesInfo:
    index: int
    projection: str  # rectilinear | polar | 3d | ...
    bbox_px: tuple[float, float, float, float]
    bbox_fig: tuple[float, float, float, float]
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    zlim: tuple[float, float] | None = None
    xscale: str = "linear"
    yscale: str = "linear"
    aspect: str | float = "auto"
    axis_on: bool = True
    xaxis_visible: bool = True
    yaxis_visible: bool = True
    grid_x: bool = False
    grid_y: bool = False
    title: str = ""
    xlabel: str = ""
    ylabel: str = ""
    zlabel: str | None = None
    elev: float | None = None
    azim: float | None = None
    roll: float | None = None
    legend: tuple[str, ...] = ()  # legend entry texts in order
    facecolor: tuple[float, float, float, float] | None = None


@dataclass(frozen=True, slots=True)
class Trace:
    """What one rendered figure contains."""

    width_px: int
    height_px: int
    dpi: float
    axes: tuple[AxesInfo, ...]
    elements: tuple[Element, ...]
    n_figures: int = 1  # figures open when the code finished
    suptitle: str = ""
    facecolor: tuple[float, float, float, float] | None = None
    dropped_elements: int = 0  # collection members beyond MAX_MEMBERS, not recorded
    schema_version: str = SCHEMA_VERSION

    def content(self, *, include_ticks: bool = False) -> list[Element]:
        """Elements a metric should compare: content, titles and labels; tick labels optional."""
        keep = {Role.CONTENT, Role.TITLE, Role.AXIS_LABEL}
        if include_ticks:
            keep.add(Role.TICK_LABEL)
        return [e for e in self.elements if e.role in keep]

    def texts(self, *, include_ticks: bool = False) -> list[Element]:
        return [e for e in self.content(include_ticks=include_ticks) if e.kind is ElementKind.TEXT]

    def to_dict(self) -> dict[str, Any]:
        """Same result as ``dataclasses.asdict(self)``, about 15x faster on large traces.

        Only ``geometry`` dicts are copied: every other value is an immutable tuple, str,
        number or enum, so sharing it with the record is safe.
        """
        d = {name: getattr(self, name) for name in _TRACE_NAMES}
        d["axes"] = tuple({n: getattr(a, n) for n in _AXES_NAMES} for a in self.axes)
        d["elements"] = tuple(_element_to_dict(e) for e in self.elements)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Trace:
        """Rebuild a trace from :meth:`to_dict` output (tuples restored, enums validated)."""
        version = d.get("schema_version", SCHEMA_VERSION)
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(
                f"trace schema {version} is not readable by this version ({SCHEMA_VERSION}); "
                "re-render the figure with this codepercept version"
            )
        axes = tuple(_axes_from_dict(a) for a in d.get("axes", ()))
        elements = tuple(_element_from_dict(e) for e in d.get("elements", ()))
        return cls(
            width_px=int(d["width_px"]),
            height_px=int(d["height_px"]),
            dpi=float(d["dpi"]),
            axes=axes,
            elements=elements,
            n_figures=int(d.get("n_figures", 1)),
            suptitle=d.get("suptitle", "") or "",
            facecolor=_tup(d.get("facecolor")),
            dropped_elements=int(d.get("dropped_elements", 0) or 0),
            schema_version=version,
        )


def _tup(v: Any) -> Any:
    if isinstance(v, list):
        return tuple(_tup(x) for x in v)
    return v


_ELEMENT_FIELDS = {f.name for f in fields(Element)}
_AXES_FIELDS = {f.name for f in fields(AxesInfo)}
_ELEMENT_NAMES = tuple(f.name for f in fields(Element))
_AXES_NAMES = tuple(f.name for f in fields(AxesInfo))
_TRACE_NAMES = tuple(f.name for f in fields(Trace))


def _element_to_dict(e: Element) -> dict[str, Any]:
    d = {n: getattr(e, n) for n in _ELEMENT_NAMES}
    d["geometry"] = copy.deepcopy(e.geometry) if e.geometry else {}
    return d


_POINT_FIELDS = frozenset({"px", "data"})  # lists of points: by far the bulk of a trace


def _element_from_dict(d: dict[str, Any]) -> Element:
    kw = {}
    for k, v in d.items():
        if k not in _ELEMENT_FIELDS:
            continue
        if isinstance(v, list) and k != "geometry":
            # points are flat lists of numbers: one tuple() each instead of a recursive walk
            v = tuple([tuple(p) for p in v]) if k in _POINT_FIELDS else _tup(v)
        kw[k] = v
    kw["kind"] = ElementKind(kw["kind"])
    kw["role"] = Role(kw["role"])
    return Element(**kw)


def _axes_from_dict(d: dict[str, Any]) -> AxesInfo:
    return AxesInfo(**{k: _tup(v) for k, v in d.items() if k in _AXES_FIELDS})
