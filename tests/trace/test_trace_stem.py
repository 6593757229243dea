"""Realistic STEM figures: the trace must agree with the data and with the pixels of the PNG."""

from __future__ import annotations

import math
import warnings
from collections import Counter

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.colors import ListedColormap
from matplotlib.patches import Arc, Circle

from codepercept.trace import ElementKind, Role

RED = (255, 0, 0)
BLUE = (0, 0, 255)


def _content(trace):
    return [e for e in trace.elements if e.role is Role.CONTENT]


def _kinds(elements):
    return Counter(e.kind for e in elements)


def _close(a, b, tol=2.0):
    return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol


def test_triangle_with_labelled_vertices_and_angle_arc(render, centroid):
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 4, 1, 0], [0, 0, 3, 0], color="black", lw=2)
    ax.plot([0], [0], "o", color="#ff0000", ms=9)
    for name, (x, y) in {"A": (-0.3, -0.4), "B": (4.1, -0.4), "C": (1.0, 3.15)}.items():
        ax.text(x, y, name, fontsize=14)
    angle = math.degrees(math.atan2(3, 1))
    ax.add_patch(Arc((0, 0), 1.2, 1.2, theta1=0, theta2=angle, color="blue", lw=1.5))
    ax.set_xlim(-1, 5)
    ax.set_ylim(-1, 4)
    ax.set_aspect("equal")
    ax.set_title("Triangle ABC")
    img, trace, _ = render(fig)

    content = _content(trace)
    assert _kinds(content) == {
        ElementKind.LINE: 1,
        ElementKind.MARKER: 1,
        ElementKind.TEXT: 3,
        ElementKind.ARC: 1,
    }
    tri = next(e for e in content if e.kind is ElementKind.LINE)
    assert tri.data == ((0.0, 0.0), (4.0, 0.0), (1.0, 3.0), (0.0, 0.0))
    assert tri.closed and tri.stroke == (0.0, 0.0, 0.0, 1.0) and tri.fill is None
    assert tri.linewidth == 2.0 and tri.linestyle == "solid"

    vertex = next(e for e in content if e.kind is ElementKind.MARKER)
    assert vertex.data == ((0.0, 0.0),)
    assert vertex.marker == "o" and vertex.fill == (1.0, 0.0, 0.0, 1.0)
    # The marker at data (0, 0) sits where the red pixels of the PNG are.
    assert _close(vertex.px[0], centroid(img, RED)), (vertex.px[0], centroid(img, RED))
    # ... and the triangle's first vertex is the same pixel.
    assert _close(tri.px[0], vertex.px[0], 0.01)

    arc = next(e for e in content if e.kind is ElementKind.ARC)
    assert arc.geometry["center"] == [0.0, 0.0]
    assert arc.geometry["theta1"] == 0.0 and arc.geometry["theta2"] == pytest.approx(angle)
    pts = np.array(arc.data)
    assert np.allclose(np.hypot(pts[:, 0], pts[:, 1]), 0.6, atol=1e-3)
    angles = np.degrees(np.arctan2(pts[:, 1], pts[:, 0]))
    assert angles.min() == pytest.approx(0.0, abs=1e-6)
    assert angles.max() == pytest.approx(angle, abs=1e-6)
    assert not arc.closed and arc.fill is None

    texts = {e.text: e for e in content if e.kind is ElementKind.TEXT}
    assert set(texts) == {"A", "B", "C"}
    assert texts["C"].data == ((1.0, 3.15),) and texts["C"].fontsize == 14.0
    assert trace.axes[0].title == "Triangle ABC" and trace.axes[0].aspect == 1.0
    title = [e for e in trace.elements if e.role is Role.TITLE]
    assert [e.text for e in title] == ["Triangle ABC"]


def test_circle_with_tangent_line(render, pixel_box):
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.add_patch(Circle((1, 1), 1, fill=False, edgecolor="#0000ff", lw=2))
    t = math.radians(45)
    tx, ty = 1 + math.cos(t), 1 + math.sin(t)
    dx, dy = -math.sin(t), math.cos(t)
    ax.plot([tx - 1.5 * dx, tx + 1.5 * dx], [ty - 1.5 * dy, ty + 1.5 * dy], color="green")
    ax.set_xlim(-1, 3.5)
    ax.set_ylim(-1, 3.5)
    ax.set_aspect("equal")
    img, trace, _ = render(fig)

    content = _content(trace)
    assert _kinds(content) == {ElementKind.CIRCLE: 1, ElementKind.LINE: 1}
    circle = next(e for e in content if e.kind is ElementKind.CIRCLE)
    assert circle.geometry == {"center": [1.0, 1.0], "radius": 1.0, "coords": "data"}
    assert circle.fill is None and circle.stroke == (0.0, 0.0, 1.0, 1.0) and circle.closed
    pts = np.array(circle.data)
    assert len(pts) == circle.n_points > 30
    assert np.allclose(np.hypot(pts[:, 0] - 1, pts[:, 1] - 1), 1.0, atol=1e-3)
    # The outline matches the blue pixels (up to half the 2 pt stroke width = 1.4 px).
    blue = pixel_box(img, BLUE, tol=60)
    assert all(abs(a - b) <= 2.5 for a, b in zip(circle.bbox_px, blue, strict=True)), (
        circle.bbox_px,
        blue,
    )

    line = next(e for e in content if e.kind is ElementKind.LINE)
    (x0, y0), (x1, y1) = line.data
    dist = abs((x1 - x0) * (y0 - 1) - (x0 - 1) * (y1 - y0)) / math.hypot(x1 - x0, y1 - y0)
    assert dist == pytest.approx(1.0, abs=1e-9)  # tangent: distance to the centre = radius
    assert line.stroke == pytest.approx((0.0, 128 / 255, 0.0, 1.0), abs=1e-6)


def test_scatter_of_50_points_with_colormap(render, centroid):
    rng = np.random.default_rng(7)
    x, y, c = rng.random(50), rng.random(50), rng.random(50)
    fig, ax = plt.subplots()
    sc = ax.scatter(x, y, c=c, cmap="viridis", s=40, label="samples")
    ax.scatter([1.3], [1.3], color="#ff0000", s=120)
    fig.colorbar(sc, ax=ax, label="value")
    ax.set_xlim(-0.1, 1.5)
    ax.set_ylim(-0.1, 1.5)
    img, trace, _ = render(fig)

    markers = [e for e in _content(trace) if e.kind is ElementKind.MARKER]
    assert len(markers) == 51
    pts = markers[:50]
    assert [m.data[0] for m in pts] == list(zip(x.tolist(), y.tolist(), strict=True))
    expected = sc.cmap(sc.norm(c))
    assert np.allclose([m.fill for m in pts], expected, atol=1e-6)
    assert {m.marker for m in pts} == {"o"} and {m.label for m in pts} == {"samples"}
    assert all(m.markersize == pytest.approx(math.sqrt(40)) for m in pts)
    red = markers[50]
    assert red.fill == (1.0, 0.0, 0.0, 1.0)
    assert _close(red.px[0], centroid(img, RED))
    # Marker footprint: s=120 pt^2 -> diameter sqrt(120) pt = 15.2 px at 100 dpi.
    x0, y0, x1, y1 = red.bbox_px
    assert x1 - x0 == pytest.approx(math.sqrt(120) * 100 / 72, abs=2.5)

    cbar = [e for e in trace.elements if e.role is Role.COLORBAR]
    assert any(e.kind is ElementKind.IMAGE for e in cbar)
    assert any(e.kind is ElementKind.TEXT and e.text == "value" for e in cbar)
    assert len(trace.axes) == 2


def test_bar_chart_with_hatch(render):
    fig, ax = plt.subplots()
    ax.bar(
        ["a", "b", "c"], [3, 5, 2], color="#1f77b4", hatch="//", edgecolor="black", label="sales"
    )
    ax.legend()
    ax.set_ylabel("count")
    _, trace, _ = render(fig)

    bars = [e for e in _content(trace) if e.kind is ElementKind.RECTANGLE]
    assert len(bars) == 3
    assert [b.geometry["height"] for b in bars] == [3.0, 5.0, 2.0]
    assert [b.geometry["xy"] for b in bars] == [[-0.4, 0.0], [0.6, 0.0], [1.6, 0.0]]
    assert all(b.hatch == "//" and b.stroke == (0.0, 0.0, 0.0, 1.0) for b in bars)
    assert all(
        b.fill == pytest.approx((31 / 255, 119 / 255, 180 / 255, 1.0), abs=1e-6) for b in bars
    )
    assert bars[1].bbox_px[1] < bars[0].bbox_px[1] < bars[2].bbox_px[1]  # taller bar, higher top

    ticks = [
        e.text
        for e in trace.elements
        if e.role is Role.TICK_LABEL and e.bbox_px[1] > bars[0].bbox_px[3]
    ]
    assert ticks == ["a", "b", "c"]
    legend = [e for e in trace.elements if e.role is Role.LEGEND]
    assert [e.text for e in legend if e.kind is ElementKind.TEXT] == ["sales"]
    handle = [e for e in legend if e.kind is ElementKind.RECTANGLE]
    assert len(handle) == 1 and handle[0].hatch == "//"
    assert trace.axes[0].legend == ("sales",) and trace.axes[0].ylabel == "count"


def test_cube_3d_with_dashed_hidden_edges(render, centroid):
    corners = [(x, y, z) for x in (0, 1) for y in (0, 1) for z in (0, 1)]
    edges = [
        (p, q)
        for i, p in enumerate(corners)
        for q in corners[i + 1 :]
        if sum(a != b for a, b in zip(p, q, strict=True)) == 1
    ]
    hidden_corner = (0, 1, 0)
    fig = plt.figure()
    ax = fig.add_subplot(projection="3d")
    for p, q in edges:
        hidden = hidden_corner in (p, q)
        ax.plot(*zip(p, q, strict=True), color="black", ls="--" if hidden else "-")
    ax.plot([1], [0], [1], "o", color="#ff0000", ms=8)
    ax.view_init(elev=20, azim=-60)
    ax.set_xlabel("x")
    img, trace, _ = render(fig)

    lines = [e for e in _content(trace) if e.kind is ElementKind.LINE]
    assert len(lines) == 12
    assert Counter(e.linestyle for e in lines) == {"solid": 9, "dashed": 3}
    assert {tuple(sorted(e.data)) for e in lines} == {
        tuple(sorted((tuple(map(float, p)), tuple(map(float, q))))) for p, q in edges
    }
    dashed = [e for e in lines if e.linestyle == "dashed"]
    assert all((0.0, 1.0, 0.0) in e.data for e in dashed)

    marker = next(e for e in _content(trace) if e.kind is ElementKind.MARKER)
    assert marker.data == ((1.0, 0.0, 1.0),)
    assert _close(marker.px[0], centroid(img, RED))

    info = trace.axes[0]
    assert info.projection == "3d" and info.elev == 20.0 and info.azim == -60.0
    assert info.zlim is not None and info.xlabel == "x"
    assert (
        sum(e.role is Role.BACKGROUND and e.kind is ElementKind.POLYGON for e in trace.elements)
        == 3
    )
    assert any(e.role is Role.TICK_LABEL for e in trace.elements)
    assert any(e.role is Role.AXIS_LABEL and e.text == "x" for e in trace.elements)


def test_polar_plot(render, centroid):
    fig = plt.figure()
    ax = fig.add_subplot(projection="polar")
    theta = np.linspace(0, 2 * np.pi, 200)
    r = 1 + 0.5 * np.cos(3 * theta)
    ax.plot(theta, r, color="C0")
    ax.plot([np.pi / 2], [1.0], "o", color="#ff0000", ms=8)
    img, trace, _ = render(fig)

    assert trace.axes[0].projection == "polar"
    curve = next(e for e in _content(trace) if e.kind is ElementKind.LINE)
    assert curve.n_points == 200
    assert np.allclose(np.array(curve.data), np.column_stack([theta, r]))
    marker = next(e for e in _content(trace) if e.kind is ElementKind.MARKER)
    assert len(marker.data) == 1 and marker.data[0] == pytest.approx((np.pi / 2, 1.0))
    assert _close(marker.px[0], centroid(img, RED))
    labels = {e.text for e in trace.elements if e.role is Role.TICK_LABEL}
    assert {"0°", "90°", "180°", "270°"} <= labels
    assert any(e.role is Role.GRID for e in trace.elements) and trace.axes[0].grid_x


def test_imshow(render, centroid):
    arr = np.ones((3, 4))
    arr[0, 0] = 0.0  # one red cell, top-left with origin="upper"
    cmap = ListedColormap(["#ff0000", "#cccccc"], name="redgray")
    fig, ax = plt.subplots()
    ax.imshow(arr, cmap=cmap, vmin=0, vmax=1, extent=(0, 4, 0, 3))
    img, trace, _ = render(fig)

    image = next(e for e in _content(trace) if e.kind is ElementKind.IMAGE)
    assert image.geometry["extent"] == [0.0, 4.0, 0.0, 3.0]
    assert image.geometry["shape"] == [3, 4]
    assert image.geometry["cmap"] == "redgray" and image.geometry["clim"] == [0.0, 1.0]
    x0, y0, x1, y1 = image.bbox_px
    ax0, ay0, ax1, ay1 = trace.axes[0].bbox_px
    assert max(abs(x0 - ax0), abs(y0 - ay0), abs(x1 - ax1), abs(y1 - ay1)) <= 0.5
    # Data cell (0.5, 2.5) is the red one; its pixel centre follows from the image box.
    expected = (x0 + (x1 - x0) * 0.5 / 4, y0 + (y1 - y0) * 0.5 / 3)
    assert _close(expected, centroid(img, RED))


def test_annotated_arrow(render, pixel_box):
    fig, ax = plt.subplots()
    ax.plot([0, 1, 2, 3, 4], [0, 2, 4, 2, 0], color="gray")
    ax.annotate(
        "max", xy=(2, 4), xytext=(3, 5), arrowprops={"arrowstyle": "->", "color": "#ff0000"}
    )
    ax.set_ylim(0, 6)
    img, trace, _ = render(fig)

    arrow = next(e for e in _content(trace) if e.kind is ElementKind.ARROW)
    text = next(e for e in _content(trace) if e.kind is ElementKind.TEXT)
    assert arrow.index < text.index  # Annotation.draw draws the arrow first
    assert arrow.stroke == (1.0, 0.0, 0.0, 1.0)
    assert arrow.geometry["end"] == pytest.approx([2.0, 4.0])
    assert text.text == "max"
    assert text.geometry["xy"] == pytest.approx([2.0, 4.0])
    assert text.geometry["xytext"] == pytest.approx([3.0, 5.0])
    red = pixel_box(img, RED, tol=60)
    assert all(abs(a - b) <= 2 for a, b in zip(arrow.bbox_px, red, strict=True)), (
        arrow.bbox_px,
        red,
    )


def test_chinese_text(render, pixel_box):
    try:
        font_manager.findfont(
            font_manager.FontProperties(family="WenQuanYi Zen Hei"), fallback_to_default=False
        )
    except ValueError:
        pytest.skip("WenQuanYi Zen Hei is not installed (make sysdeps installs fonts-wqy-zenhei)")
    # Glyph fallback walks font.family entries (a generic "sans-serif" alias gives one font).
    rc = {"font.family": ["DejaVu Sans", "WenQuanYi Zen Hei"]}
    with plt.rc_context(rc), warnings.catch_warnings():
        warnings.filterwarnings("error", message="Glyph .* missing")
        fig, ax = plt.subplots()
        ax.set_title("三角形的面积")
        ax.text(
            0.5,
            0.5,
            "勾股定理 a²+b²=c²",
            fontsize=18,
            ha="center",
            va="center",
            color="#ff0000",
            transform=ax.transAxes,
        )
        img, trace, _ = render(fig)

    assert trace.axes[0].title == "三角形的面积"
    text = next(e for e in _content(trace) if e.kind is ElementKind.TEXT)
    assert text.text == "勾股定理 a²+b²=c²" and text.ha == "center" and text.va == "center"
    assert text.data[0] == pytest.approx((0.5, 0.5))  # axes (0.5, 0.5) -> data, limits 0..1
    x0, y0, x1, y1 = text.bbox_px
    rx0, ry0, rx1, ry1 = pixel_box(img, RED, tol=80)
    assert x0 - 2 <= rx0 and rx1 <= x1 + 2 and y0 - 2 <= ry0 and ry1 <= y1 + 2
    assert rx1 - rx0 >= 0.85 * (x1 - x0)  # the glyphs span the box: no tofu-width mismatch
