"""Code writer for free-form 2-D diagrams and plots (apparatus, circuits, rays, molecules, graphs).

:class:`Diagram` records what a template draws in its own data units: polylines, patches,
arrows and texts anchored to a point. :meth:`Diagram.build` places every anchored text where it
touches no stroke and no other text (:class:`~codepercept.synth.kit.BoxPlacer`, in pixels),
fixes the figure size so that one data unit is the same number of pixels on both axes (or
uses the axes frame and limits given for a plot), and returns the script with literal numbers
plus its facts: exact element counts, the anchored texts, the straight paths and the arrows
drawn (fact kinds of :mod:`codepercept.grounding.kinds.diagrams`). Nothing here is imported by
the emitted code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from codepercept.synth.kit import labels as lay
from codepercept.synth.kit.numbers import num_literal, rounded_list
from codepercept.synth.kit.rand import pick

DPI = 100.0
MARGIN_PX = 10.0
MIN_SIDE_PX = 200.0  # the shorter side of an axes-free diagram, at least


#: (ink, first accent, second accent, third accent, light fill) colour schemes.
DIAGRAM_PALETTES = (
    ("black", "#c0392b", "#1f618d", "#1e8449", "#f5cba7"),
    ("#1b2631", "#d35400", "#2874a6", "#7d3c98", "#d6eaf8"),
    ("#17202a", "#b03a2e", "#117864", "#2e4053", "#fcf3cf"),
    ("#0b3d91", "#e74c3c", "#27ae60", "#8e44ad", "#e8f8f5"),
)


@dataclass(frozen=True, slots=True)
class DiagramStyle:
    """Colours, line width and font size of one diagram."""

    ink: str
    accents: tuple[str, str, str]
    fill: str
    lw: float
    fontsize: int

    def as_params(self) -> dict[str, Any]:
        """The style as plain JSON values, for ``Sample.params['style']``."""
        return {**asdict(self), "accents": list(self.accents)}


def sample_diagram_style(rng: np.random.Generator) -> DiagramStyle:
    """A palette, line width and font size for a :class:`Diagram`."""
    ink, a1, a2, a3, fill = pick(rng, DIAGRAM_PALETTES)
    return DiagramStyle(
        ink=ink,
        accents=(a1, a2, a3),
        fill=fill,
        lw=float(pick(rng, (1.6, 1.8, 2.0))),
        fontsize=int(pick(rng, (12, 13, 14))),
    )


def _lits(vals: Any, nd: int) -> str:
    return "[" + ", ".join(num_literal(v, nd) for v in vals) + "]"


@dataclass(slots=True)
class _Text:
    text: str
    anchor: np.ndarray | None  # data point the text names (None: placed exactly at ``at``)
    at: np.ndarray | None  # fixed centre (data), when not placed
    prefer: np.ndarray | None
    size: float
    color: str
    weight: str
    check: bool
    centre: np.ndarray = field(default_factory=lambda: np.zeros(2))


@dataclass(frozen=True, slots=True)
class Frame:
    """A plot's axes: figure size (inches), axes box (figure fractions) and data limits."""

    figsize: tuple[float, float]
    box: tuple[float, float, float, float]  # left, bottom, right, top
    xlim: tuple[float, float]
    ylim: tuple[float, float]


class Diagram:
    """One diagram under construction; see the module docstring.

    Without a ``frame`` the diagram has no axes: ``unit_px`` pixels per data unit, limits and
    figure size fitted to what is drawn. With one, ``head`` lines set up the axes (labels,
    ticks, grid) and texts are placed inside the frame.
    """

    def __init__(
        self,
        title: str,
        *,
        fontsize: int = 13,
        unit_px: float = 50.0,
        frame: Frame | None = None,
        nd: int = 2,
    ) -> None:
        self.title = title
        self.fontsize = fontsize
        self.unit_px = unit_px
        self.frame = frame
        self.nd = nd
        self.body: list[tuple[str | None, str]] = []
        self.head: list[str] = []
        self.geometry: list[np.ndarray] = []  # strokes (data units) texts must avoid
        self.counts: Counter[str] = Counter()
        self.paths: list[list[list[float]]] = []
        self.arrows: list[dict[str, list[float]]] = []
        self.curve_points: list[list[float]] = []
        self.texts: list[_Text] = []
        self.imports: set[str] = set()  # "math", "numpy", "patches": what the script imports
        self.clean = True

    # ------------------------------------------------------------------ drawing

    def code(self, line: str, comment: str | None = None) -> None:
        """A line of code as is (its elements must be declared with :meth:`drawn`)."""
        self.body.append((comment, line))

    def needs(self, *modules: str) -> None:
        """Raw code uses these modules: ``"math"``, ``"numpy"`` (as np), ``"patches"``."""
        self.imports |= set(modules)

    def path(self, pts: Any) -> None:
        """Declare a straight-segment polyline that raw code draws (a ``polylines`` fact)."""
        self.paths.append([rounded_list(q, self.nd) for q in np.asarray(pts, float)])

    def drawn(self, kind: str, n: int = 1, *, avoid: Any = None) -> None:
        """Declare ``n`` elements of ``kind`` drawn by raw code, and strokes texts must avoid."""
        self.counts[kind] += n
        if avoid is not None:
            self.geometry.append(np.asarray(avoid, float))

    def line(
        self,
        pts: Any,
        *,
        color: str = "black",
        lw: float = 1.8,
        ls: str = "-",
        comment: str | None = None,
        path: bool = True,
        curve: bool = False,
        extra: str = "",
    ) -> np.ndarray:
        """A polyline through ``pts``; recorded as a straight ``path`` fact (or a curve)."""
        p = np.round(np.asarray(pts, float), self.nd) + 0.0
        style = f', linestyle="{ls}"' if ls != "-" else ""
        self.body.append(
            (
                comment,
                f"ax.plot({_lits(p[:, 0], self.nd)}, {_lits(p[:, 1], self.nd)}, "
                f'color="{color}", linewidth={lw}{style}{extra})',
            )
        )
        self.counts["line"] += 1
        self.geometry.append(p)
        if path and not curve and ls == "-":
            self.paths.append([rounded_list(q, self.nd) for q in p])
        return p

    def polygon(
        self,
        pts: Any,
        *,
        fc: str = "none",
        ec: str = "black",
        lw: float = 1.8,
        comment: str | None = None,
        zorder: float | None = None,
        path: bool = False,
    ) -> np.ndarray:
        p = np.round(np.asarray(pts, float), self.nd) + 0.0
        self.imports.add("patches")
        xy = ", ".join(f"({num_literal(x, self.nd)}, {num_literal(y, self.nd)})" for x, y in p)
        z = f", zorder={zorder}" if zorder is not None else ""
        self.body.append(
            (
                comment,
                f'ax.add_patch(patches.Polygon([{xy}], closed=True, facecolor="{fc}", '
                f'edgecolor="{ec}", linewidth={lw}{z}))',
            )
        )
        self.counts["polygon"] += 1
        self.geometry.append(np.vstack([p, p[:1]]))
        if path:
            self.paths.append([rounded_list(q, self.nd) for q in np.vstack([p, p[:1]])])
        return p

    def rect(
        self,
        xy: Any,
        w: float,
        h: float,
        *,
        fc: str = "none",
        ec: str = "black",
        lw: float = 1.8,
        comment: str | None = None,
        zorder: float | None = None,
    ) -> None:
        x, y = (float(v) for v in xy)
        self.imports.add("patches")
        z = f", zorder={zorder}" if zorder is not None else ""
        self.body.append(
            (
                comment,
                f"ax.add_patch(patches.Rectangle(({num_literal(x, self.nd)}, "
                f"{num_literal(y, self.nd)}), {num_literal(w, self.nd)}, {num_literal(h, self.nd)}, "
                f'facecolor="{fc}", edgecolor="{ec}", linewidth={lw}{z}))',
            )
        )
        self.counts["rectangle"] += 1
        self.geometry.append(np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]))

    def circle(
        self,
        c: Any,
        r: float,
        *,
        fc: str = "none",
        ec: str = "black",
        lw: float = 1.8,
        comment: str | None = None,
        zorder: float | None = None,
    ) -> None:
        cx, cy = (float(v) for v in c)
        self.imports.add("patches")
        z = f", zorder={zorder}" if zorder is not None else ""
        self.body.append(
            (
                comment,
                f"ax.add_patch(patches.Circle(({num_literal(cx, self.nd)}, {num_literal(cy, self.nd)}), "
                f'{num_literal(r, self.nd)}, facecolor="{fc}", edgecolor="{ec}", linewidth={lw}{z}))',
            )
        )
        self.counts["circle"] += 1
        t = np.linspace(0, 2 * np.pi, 49)
        self.geometry.append(np.column_stack([cx + r * np.cos(t), cy + r * np.sin(t)]))

    def arrow(
        self,
        start: Any,
        end: Any,
        *,
        color: str = "black",
        lw: float = 1.8,
        head: float = 16.0,
        comment: str | None = None,
        style: str = "-|>",
        ls: str = "-",
    ) -> None:
        """An arrow from ``start`` to ``end`` (a FancyArrowPatch; an ``arrow_segments`` fact)."""
        a = np.round(np.asarray(start, float), self.nd) + 0.0
        b = np.round(np.asarray(end, float), self.nd) + 0.0
        self.imports.add("patches")
        self.body.append(
            (
                comment,
                f"ax.add_patch(patches.FancyArrowPatch(({num_literal(a[0], self.nd)}, "
                f"{num_literal(a[1], self.nd)}), ({num_literal(b[0], self.nd)}, "
                f'{num_literal(b[1], self.nd)}), arrowstyle="{style}", mutation_scale={head:g}, '
                f'color="{color}", linewidth={lw}, shrinkA=0, shrinkB=0'
                + (f', linestyle="{ls}"' if ls != "-" else "")
                + "))",
            )
        )
        self.counts["arrow"] += 1
        self.geometry.append(np.array([a, b]))
        self.arrows.append({"start": rounded_list(a, self.nd), "end": rounded_list(b, self.nd)})

    def dots(self, pts: Any, *, color: str = "black", size: float = 6, comment: str | None = None):
        p = np.round(np.asarray(pts, float), self.nd) + 0.0
        self.body.append(
            (
                comment,
                f"ax.plot({_lits(p[:, 0], self.nd)}, {_lits(p[:, 1], self.nd)}, 'o', "
                f'color="{color}", markersize={size:g})',
            )
        )
        self.counts["marker"] += len(p)
        for q in p:
            self.geometry.append(np.array([q, q]))

    def text(
        self,
        s: str,
        anchor: Any = None,
        *,
        at: Any = None,
        prefer: Any = None,
        size: float | None = None,
        color: str = "black",
        weight: str = "normal",
        check: bool = True,
    ) -> None:
        """A text naming ``anchor`` (placed near it, clear of strokes), or centred ``at``."""
        self.texts.append(
            _Text(
                s,
                None if anchor is None else np.asarray(anchor, float),
                None if at is None else np.asarray(at, float),
                None if prefer is None else np.asarray(prefer, float),
                float(size or self.fontsize),
                color,
                weight,
                check,
            )
        )
        self.counts["text"] += 1

    def curve(self, xy: Any, *, keep: int = 9) -> None:
        """Declare ``keep`` points of a drawn curve (evenly spread) as ``curve_points`` facts."""
        p = np.asarray(xy, float)
        idx = np.unique(np.linspace(0, len(p) - 1, keep).round().astype(int))
        self.curve_points += [rounded_list(q, 4) for q in p[idx]]

    # ------------------------------------------------------------------ build

    def _to_px(self, p: np.ndarray) -> np.ndarray:
        if self.frame is None:
            return p * self.unit_px
        f = self.frame
        (x0, x1), (y0, y1) = f.xlim, f.ylim
        w, h = f.figsize[0] * DPI, f.figsize[1] * DPI
        left, b, r, t = f.box
        sx = (r - left) * w / (x1 - x0)
        sy = (t - b) * h / (y1 - y0)
        return np.column_stack([left * w + (p[:, 0] - x0) * sx, b * h + (p[:, 1] - y0) * sy])

    def _from_px(self, q: np.ndarray) -> np.ndarray:
        if self.frame is None:
            return q / self.unit_px
        f = self.frame
        (x0, x1), (y0, y1) = f.xlim, f.ylim
        w, h = f.figsize[0] * DPI, f.figsize[1] * DPI
        left, b, r, t = f.box
        return np.array(
            [
                x0 + (q[0] - left * w) * (x1 - x0) / ((r - left) * w),
                y0 + (q[1] - b * h) * (y1 - y0) / ((t - b) * h),
            ]
        )

    def _place(self) -> list[tuple[_Text, np.ndarray, np.ndarray]]:
        strokes = [lay.densify(self._to_px(g)) for g in self.geometry if len(g)]
        geo = np.concatenate(strokes) if strokes else np.zeros((0, 2))
        placer = lay.BoxPlacer(geo)
        placed = []
        allp = np.concatenate([g for g in self.geometry if len(g)] or [np.zeros((1, 2))])
        centre = self._to_px(((allp.min(axis=0) + allp.max(axis=0)) / 2)[None])[0]
        for t in self.texts:
            hw, hh = lay.text_half_size(t.text, t.size)
            if t.anchor is None:
                c = self._to_px(t.at[None])[0]
                placer.boxes.append((float(c[0]), float(c[1]), hw, hh))
                t.centre = t.at
            else:
                p = self._to_px(t.anchor[None])[0]
                prefer = (
                    t.prefer if t.prefer is not None else lay.free_direction(p, geo, p - centre)
                )
                c = placer.place(lay.point_candidates(p, prefer, hw, hh), hw, hh)
                t.centre = self._from_px(c)
            placed.append((t, self._to_px(t.centre[None])[0], np.array([hw, hh])))
        self.clean = placer.clean and self._inside(placed)
        return placed

    def _inside(self, placed) -> bool:
        """Every placed text lies inside the axes frame (clear of tick labels), if any."""
        if self.frame is None:
            return True
        w, h = self.frame.figsize[0] * DPI, self.frame.figsize[1] * DPI
        left, b, r, t = self.frame.box
        return all(
            c[0] - s[0] >= left * w + 2
            and c[1] - s[1] >= b * h + 2
            and c[0] + s[0] <= r * w - 2
            and c[1] + s[1] <= t * h - 2
            for _, c, s in placed
        )

    def build(self, **facts: Any) -> tuple[str, dict[str, Any]]:
        """The script and its facts; ``facts`` adds ``labels``, ``extra`` and the like."""
        placed = self._place()
        out = ["import math", ""] if "math" in self.imports else []
        out.append("import matplotlib.pyplot as plt")
        if "numpy" in self.imports:
            out.append("import numpy as np")
        if "patches" in self.imports:
            out.append("import matplotlib.patches as patches")
        out += ["", *(f"# {ln}" for ln in self.title.splitlines()), ""]
        if self.frame is None:
            pts = [self._to_px(g) for g in self.geometry if len(g)]
            pts += [np.array([c - s, c + s]) for _, c, s in placed]
            arr = np.concatenate(pts)
            lo_px, hi_px = arr.min(axis=0) - MARGIN_PX, arr.max(axis=0) + MARGIN_PX
            grow = np.maximum(MIN_SIDE_PX - (hi_px - lo_px), 0.0) / 2  # small drawings: pad
            lo, hi = (lo_px - grow) / self.unit_px, (hi_px + grow) / self.unit_px
            size = (hi - lo) * self.unit_px / DPI
            out += [
                f"fig, ax = plt.subplots(figsize=({num_literal(size[0], 2)}, {num_literal(size[1], 2)}))",
                "fig.subplots_adjust(left=0, right=1, bottom=0, top=1)",
            ]
        else:
            f = self.frame
            out += [
                f"fig, ax = plt.subplots(figsize=({num_literal(f.figsize[0], 2)}, "
                f"{num_literal(f.figsize[1], 2)}))",
                f"fig.subplots_adjust(left={f.box[0]}, bottom={f.box[1]}, right={f.box[2]}, "
                f"top={f.box[3]})",
            ]
        last = None
        for comment, line in self.body:
            if comment is not None and comment != last:
                out += ["", f"# {comment}"]
                last = comment
            out.append(line)
        if placed:
            out += ["", "# labels"]
        for t, _, _ in placed:
            c = t.centre
            weight = f', fontweight="{t.weight}"' if t.weight != "normal" else ""
            out.append(
                f"ax.text({num_literal(c[0], 2)}, {num_literal(c[1], 2)}, {t.text!r}, "
                f'fontsize={t.size:g}, color="{t.color}", ha="center", va="center"{weight})'
            )
        out.append("")
        if self.frame is None:
            out += [
                f"ax.set_xlim({num_literal(lo[0], 2)}, {num_literal(hi[0], 2)})",
                f"ax.set_ylim({num_literal(lo[1], 2)}, {num_literal(hi[1], 2)})",
                'ax.set_aspect("equal")',
                'ax.axis("off")',
            ]
        else:
            f = self.frame
            out += [
                f"ax.set_xlim({num_literal(f.xlim[0], 3)}, {num_literal(f.xlim[1], 3)})",
                f"ax.set_ylim({num_literal(f.ylim[0], 3)}, {num_literal(f.ylim[1], 3)})",
                *self.head,
            ]
        out.append('plt.savefig("figure.png")')
        anchored = [
            {"text": t.text, "at": rounded_list(t.anchor if t.anchor is not None else t.at, 3)}
            for t, _, _ in placed
            if t.check
        ]
        result: dict[str, Any] = {
            "counts": dict(sorted(self.counts.items())),
            "labels": list(dict.fromkeys(t.text for t, _, _ in placed if t.check)),
            "projection": "2d",
        }
        if anchored:
            result["anchored_texts"] = anchored
        if self.paths:
            result["polylines"] = self.paths
        if self.arrows:
            result["arrow_segments"] = self.arrows
        if self.curve_points:
            result["curve_points"] = self.curve_points
        result.update(facts)
        return "\n".join(out) + "\n", result
