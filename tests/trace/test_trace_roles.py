"""Roles of axis furniture, skipping of invisible artists, and a read-only tracer."""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.patches import Circle, Rectangle

from codepercept.trace import ElementKind, Role, trace_figure


def _by_role(trace, role, axes=0):
    return [e for e in trace.elements if e.role is role and e.axes == axes]


def test_tick_labels_spines_grid_legend_and_background(render):
    fig, ax = plt.subplots()
    ax.plot([0, 1, 2], [0, 1, 4], label="y = x²")
    ax.set_xlim(0, 2)
    ax.set_ylim(0, 4)
    ax.grid(True)
    ax.legend(loc="upper left")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    _, trace, _ = render(fig)

    xticks = [(t, t.get_loc()) for t in ax.xaxis.get_major_ticks()]
    expected_x = [t.label1.get_text() for t, loc in xticks if 0 <= loc <= 2]
    labels = _by_role(trace, Role.TICK_LABEL)
    x_labels = [e for e in labels if e.rotation == 0.0 and e.va == "top"]
    assert [e.text for e in x_labels] == expected_x
    for e in x_labels:  # each x tick label sits at its tick value in data coordinates
        assert e.data[0][0] == pytest.approx(float(e.text))
    assert len(_by_role(trace, Role.TICK)) == len(labels)

    spines = _by_role(trace, Role.SPINE)
    assert len(spines) == 4 and {e.kind for e in spines} == {ElementKind.LINE}
    ax_box = trace.axes[0].bbox_px
    left = min(spines, key=lambda e: e.bbox_px[0])
    assert left.bbox_px[0] == pytest.approx(ax_box[0], abs=0.01)
    assert left.bbox_px[2] == pytest.approx(ax_box[0], abs=0.01)

    grid = _by_role(trace, Role.GRID)
    assert len(grid) == len(labels) and all(e.kind is ElementKind.LINE for e in grid)
    assert trace.axes[0].grid_x and trace.axes[0].grid_y

    legend = _by_role(trace, Role.LEGEND)
    assert [e.text for e in legend if e.kind is ElementKind.TEXT] == ["y = x²"]
    assert sum(e.kind is ElementKind.LINE for e in legend) == 1
    assert sum(e.kind is ElementKind.PATH for e in legend) == 1  # the frame
    assert trace.axes[0].legend == ("y = x²",)

    assert [e.text for e in _by_role(trace, Role.AXIS_LABEL)] == ["x", "y"]
    backgrounds = [e for e in trace.elements if e.role is Role.BACKGROUND]
    assert [e.axes for e in backgrounds] == [None, 0]  # figure patch, then axes patch
    content = [e for e in trace.elements if e.role is Role.CONTENT]
    assert len(content) == 1 and content[0].label == "y = x²"
    # draw order: background first; legend drawn last (zorder 5)
    assert trace.elements[0].role is Role.BACKGROUND
    assert max(e.index for e in legend) == len(trace.elements) - 1


def test_no_grid_and_axis_off(render):
    fig, (a, b) = plt.subplots(1, 2)
    a.plot([0, 1], [0, 1])
    b.plot([0, 1], [1, 0])
    b.axis("off")
    _, trace, _ = render(fig)
    assert not trace.axes[0].grid_x and not _by_role(trace, Role.GRID)
    assert trace.axes[1].axis_on is False and trace.axes[0].axis_on is True
    assert not [e for e in trace.elements if e.axes == 1 and e.role is not Role.CONTENT]
    assert len(_by_role(trace, Role.CONTENT, axes=1)) == 1


def test_invisible_artists_are_skipped(render):
    fig, ax = plt.subplots()
    hidden = ax.plot([0, 1], [0, 1])[0]
    hidden.set_visible(False)
    ax.add_patch(Rectangle((0.1, 0.1), 0.3, 0.3, alpha=0))
    ax.add_patch(Circle((0.5, 0.5), 0.1, fill=False, edgecolor="none"))
    ax.add_patch(Rectangle((0.2, 0.2), 0, 0, edgecolor="black"))
    ax.add_patch(Rectangle((0.2, 0.6), 0.5, 0.0, facecolor="red", edgecolor="none"))
    ax.text(0.5, 0.5, "invisible ink", color="none")
    ax.text(0.5, 0.5, "")
    ax.text(0.2, 0.2, "   ")
    ax.scatter([0.5], [0.5], s=0)
    ax.plot([0.3], [0.3])  # one point, no marker: nothing is drawn
    ax.plot([5, 6], [5, 6])  # outside the view limits: clipped away
    kept_edge = ax.add_patch(Rectangle((0.1, 0.1), 0.2, 0.2, fill=False, edgecolor="black"))
    kept_fill = ax.add_patch(Circle((0.7, 0.7), 0.1, facecolor="red", edgecolor="none"))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    _, trace, _ = render(fig)

    content = [e for e in trace.elements if e.role is Role.CONTENT]
    assert [e.kind for e in content] == [ElementKind.RECTANGLE, ElementKind.CIRCLE]
    rect, circ = content
    assert rect.fill is None and rect.stroke == (0.0, 0.0, 0.0, 1.0)
    assert circ.stroke is None and circ.fill == (1.0, 0.0, 0.0, 1.0)
    assert rect.zorder == kept_edge.get_zorder() and circ.zorder == kept_fill.get_zorder()


def test_tracing_leaves_figure_and_rcparams_unchanged(render):
    rng = np.random.default_rng(1)
    fig = plt.figure(figsize=(8, 4))
    ax = fig.add_subplot(121)
    ax.scatter(rng.random(30), rng.random(30), c=rng.random(30))
    ax.annotate("peak", xy=(0.5, 0.5), xytext=(0.8, 0.9), arrowprops={"arrowstyle": "->"})
    ax.legend(["pts"])
    ax3 = fig.add_subplot(122, projection="3d")
    ax3.plot([0, 1], [0, 1], [0, 1])
    ax3.text(0, 0, 1, "top")
    ax3.scatter([0.2, 0.8], [0.3, 0.1], [0.5, 0.9])
    rc_before = dict(mpl.rcParams)
    _, trace, png = render(fig)
    assert dict(mpl.rcParams) == rc_before
    again = trace_figure(fig)
    assert again == trace  # deterministic
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi)
    assert buf.getvalue() == png  # the figure still draws exactly the same pixels
