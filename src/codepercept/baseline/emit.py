"""Write matplotlib code that redraws a :class:`~codepercept.baseline.trace.Reading`.

The code draws in the image's pixel frame (an axes filling the figure, y pointing down), at the
image's own size, so its render lines up with the picture it was read from.
"""

from __future__ import annotations

from codepercept.baseline.trace import Reading

DPI = 100


def _pts(points) -> str:
    return "[" + ", ".join(f"({x:.1f}, {y:.1f})" for x, y in points) + "]"


def _lw(width_px: float) -> str:
    return f"{max(0.5, width_px * 72 / DPI):.2f}"  # pixels -> points


def _fontsize(height_px: float) -> str:
    return f"{max(5.0, height_px * 72 / DPI):.1f}"  # an OCR box is about one em high


def figure_code(reading: Reading) -> str:
    """A self-contained matplotlib script redrawing ``reading`` (saved by ``plt.savefig``)."""
    r = reading
    out = [
        "import matplotlib.pyplot as plt",
        "from matplotlib.patches import Circle, Ellipse, Polygon",
        "",
        f"fig = plt.figure(figsize=({r.width / DPI:.2f}, {r.height / DPI:.2f}), dpi={DPI}, "
        f'facecolor="{r.background}")',
        "ax = fig.add_axes([0, 0, 1, 1])",
        f"ax.set_xlim(0, {r.width})",
        f"ax.set_ylim({r.height}, 0)  # image coordinates: y grows downwards",
        "ax.set_axis_off()",
    ]
    if r.regions:
        out += ["", "# filled regions"]
        out += [
            f'ax.add_patch(Polygon({_pts(g.points)}, closed=True, facecolor="{g.color}", '
            f'edgecolor="none", zorder=0))'
            for g in r.regions
        ]
    if r.circles:
        out += ["", "# circles"]
        out += [
            f"ax.add_patch(Circle(({c.x:.1f}, {c.y:.1f}), {c.r:.1f}, fill=False, "
            f'edgecolor="{c.color}", linewidth={_lw(c.width)}, zorder=2))'
            for c in r.circles
        ]
    if r.ellipses:
        out += ["", "# ellipses"]
        out += [
            f"ax.add_patch(Ellipse(({e.x:.1f}, {e.y:.1f}), {e.width:.1f}, {e.height:.1f}, "
            f'angle={e.angle:.1f}, fill=False, edgecolor="{e.color}", '
            f"linewidth={_lw(e.stroke)}, zorder=2))"
            for e in r.ellipses
        ]
    segments = [s for s in r.strokes if len(s.points) == 2]
    curves = [s for s in r.strokes if len(s.points) > 2]
    if segments:
        out += ["", "# line segments"]
        for s in segments:
            (x0, y0), (x1, y1) = s.points
            out.append(
                f"ax.plot([{x0:.1f}, {x1:.1f}], [{y0:.1f}, {y1:.1f}], "
                f'color="{s.color}", linewidth={_lw(s.width)}, solid_capstyle="round", zorder=2)'
            )
    if curves:
        out += ["", "# curves and polylines"]
        for s in curves:
            out.append(f"xs, ys = zip(*{_pts(s.points)})")
            out.append(f'ax.plot(xs, ys, color="{s.color}", linewidth={_lw(s.width)}, zorder=2)')
    if r.texts:
        out += ["", "# text"]
        for t in r.texts:
            out.append(
                f"ax.text({t.x:.1f}, {t.y:.1f}, {t.text!r}, fontsize={_fontsize(t.height)}, "
                f'color="{t.color}", ha="left", va="top", zorder=3)'
            )
    out += ["", 'plt.savefig("figure.png", dpi=DPI_OUT)'.replace("DPI_OUT", str(DPI))]
    return "\n".join(out) + "\n"


def vectorize(image: bytes) -> str:
    """The classical baseline end to end: image bytes -> matplotlib code that redraws it."""
    from codepercept.baseline.trace import read_figure

    return figure_code(read_figure(image))
