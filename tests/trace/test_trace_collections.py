"""Collections (one element per member), 3-D collections and a zoo of other artists."""

from __future__ import annotations

import logging
import time
from collections import Counter

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.offsetbox import AnchoredText, AnnotationBbox, OffsetImage
from matplotlib.patches import ConnectionPatch, FancyArrowPatch, Wedge

from codepercept.trace import ElementKind, Role


def _content(trace, axes=None):
    return [
        e for e in trace.elements if e.role is Role.CONTENT and (axes is None or e.axes == axes)
    ]


def test_5000_scatter_points(render):
    rng = np.random.default_rng(3)
    x, y, c = rng.random(5000), rng.random(5000), rng.random(5000)
    fig, ax = plt.subplots()
    sc = ax.scatter(x, y, c=c, s=8, cmap="plasma")
    ax.set_xlim(-0.05, 1.05)
    ax.set_ylim(-0.05, 1.05)
    t0 = time.perf_counter()
    _, trace, _ = render(fig)
    print(f"render+trace of 5000 points: {time.perf_counter() - t0:.3f} s")
    markers = [e for e in _content(trace) if e.kind is ElementKind.MARKER]
    assert len(markers) == 5000
    assert np.array_equal(np.array([m.data[0] for m in markers]), np.column_stack([x, y]))
    assert np.allclose([m.fill for m in markers], sc.cmap(sc.norm(c)), atol=1e-6)
    assert [m.index for m in markers] == sorted(m.index for m in markers)


def test_line_and_poly_collections(render):
    fig, ax = plt.subplots()
    ax.errorbar([1, 2, 3], [1, 2, 3], yerr=[0.1, 0.2, 0.3], fmt="o-", capsize=3, color="k")
    ax.fill_between([1, 2, 3], [0, 1, 0], [1, 2, 2], color="orange", alpha=0.4)
    ax.vlines([4, 5], 0, [1, 2], colors=["r", "b"], linestyles="dashed")
    _, trace, _ = render(fig)
    content = _content(trace)
    segments = [e for e in content if e.kind is ElementKind.LINE and e.n_points == 2]
    bars = [e for e in segments if e.linestyle == "solid"]
    assert [e.data for e in bars] == [
        ((1.0, 0.9), (1.0, 1.1)),
        ((2.0, 1.8), (2.0, 2.2)),
        ((3.0, 2.7), (3.0, 3.3)),
    ]
    vl = [e for e in segments if e.linestyle == "dashed"]
    assert [e.data for e in vl] == [((4.0, 0.0), (4.0, 1.0)), ((5.0, 0.0), (5.0, 2.0))]
    assert [e.stroke for e in vl] == [(1.0, 0.0, 0.0, 1.0), (0.0, 0.0, 1.0, 1.0)]
    caps = [e for e in content if e.kind is ElementKind.MARKER and e.marker == "_"]
    assert len(caps) == 6
    poly = [e for e in content if e.kind is ElementKind.POLYGON]
    assert len(poly) == 1 and poly[0].closed and poly[0].fill[3] == pytest.approx(0.4)
    xs = [p[0] for p in poly[0].data]
    assert min(xs) == 1.0 and max(xs) == 3.0


def test_pie_table_hexbin_quiver_contour(render):
    fig, axs = plt.subplots(2, 3, figsize=(10, 6))
    axs[0, 0].pie([1, 2, 3], labels=["a", "b", "c"])
    axs[0, 1].table(cellText=[["1", "2"], ["3", "4"]], loc="center")
    axs[0, 1].axis("off")
    rng = np.random.default_rng(0)
    hb = axs[0, 2].hexbin(rng.normal(size=300), rng.normal(size=300), gridsize=6)
    axs[1, 0].quiver([0, 1], [0, 1], [1, 1], [1, 0])
    g = np.linspace(-2, 2, 30)
    xx, yy = np.meshgrid(g, g)
    cf = axs[1, 1].contourf(xx, yy, xx**2 - yy**2, levels=5)
    axs[1, 1].contour(xx, yy, xx**2 - yy**2, levels=[0.0], colors="k")
    fig.colorbar(cf, ax=axs[1, 1])
    axs[1, 2].pcolormesh(np.arange(5), np.arange(4), rng.random((3, 4)))
    _, trace, _ = render(fig)

    wedges = [e for e in _content(trace, 0) if e.kind is ElementKind.WEDGE]
    spans = [e.geometry["theta2"] - e.geometry["theta1"] for e in wedges]
    assert spans == pytest.approx([60.0, 120.0, 180.0])
    assert {e.text for e in _content(trace, 0) if e.kind is ElementKind.TEXT} == {"a", "b", "c"}
    cells = _content(trace, 1)
    assert Counter(e.kind for e in cells) == {ElementKind.RECTANGLE: 4, ElementKind.TEXT: 4}
    hexes = [e for e in _content(trace, 2) if e.kind is ElementKind.POLYGON]
    assert len(hexes) == int(np.count_nonzero(hb.get_array() >= 0))
    assert all(e.n_points == 6 for e in hexes)
    arrows = [e for e in _content(trace, 3) if e.kind is ElementKind.POLYGON]
    assert len(arrows) == 2
    levels = [e for e in _content(trace, 4) if e.kind is ElementKind.POLYGON]
    assert len(levels) == len(cf.allsegs)
    zero = [e for e in _content(trace, 4) if e.kind is ElementKind.LINE]
    assert len(zero) == 1 and zero[0].stroke == (0.0, 0.0, 0.0, 1.0)
    pts = np.array(zero[0].data)
    assert np.allclose(np.abs(pts[:, 0]), np.abs(pts[:, 1]), atol=0.1)  # x^2 = y^2
    mesh = [e for e in _content(trace, 5) if e.kind is ElementKind.IMAGE]
    assert len(mesh) == 1
    assert mesh[0].geometry["extent"] == [0.0, 4.0, 0.0, 3.0]
    assert mesh[0].geometry["shape"] == [3, 4]
    assert any(e.role is Role.COLORBAR and e.kind is ElementKind.IMAGE for e in trace.elements)


def test_3d_collections(render):
    rng = np.random.default_rng(5)
    fig = plt.figure()
    ax = fig.add_subplot(projection="3d")
    pts = rng.random((20, 3))
    c = np.linspace(0, 1, 20)
    sc = ax.scatter(pts[:, 0], pts[:, 1], pts[:, 2], c=c, cmap="viridis", depthshade=False)
    gx, gy = np.meshgrid(np.linspace(0, 1, 5), np.linspace(0, 1, 5))
    ax.plot_surface(gx, gy, gx * gy, color="orange")
    ax.plot_wireframe(gx, gy, gx + gy, color="gray")
    ax.text(0.5, 0.5, 1.5, "P")
    _, trace, _ = render(fig)

    markers = [e for e in _content(trace) if e.kind is ElementKind.MARKER]
    assert len(markers) == 20
    expected = {
        tuple(p): tuple(col) for p, col in zip(pts.tolist(), sc.cmap(sc.norm(c)), strict=True)
    }
    for m in markers:  # drawn back to front, each with its own 3-D point and colour
        assert m.data[0] in expected
        assert m.fill == pytest.approx(expected[m.data[0]], abs=1e-6)
    faces = [e for e in _content(trace) if e.kind is ElementKind.POLYGON]
    assert len(faces) == 16
    for f in faces:
        xyz = np.array(f.data)
        assert xyz.shape == (4, 3)
        assert np.allclose(xyz[:, 2], xyz[:, 0] * xyz[:, 1])  # on the surface z = x*y
    wires = [e for e in _content(trace) if e.kind is ElementKind.LINE]
    assert len(wires) == 10
    assert all(
        np.allclose(np.array(w.data)[:, 2], np.array(w.data)[:, 0] + np.array(w.data)[:, 1])
        for w in wires
    )
    label = next(e for e in _content(trace) if e.kind is ElementKind.TEXT)
    assert label.text == "P" and label.data == ((0.5, 0.5, 1.5),)
    # Furniture of 3-D axes lives in projected 2-D space: no (fake) data coordinates.
    assert all(e.data == () for e in trace.elements if e.role is Role.TICK_LABEL)


def test_contour3d_levels_carry_3d_data(render):
    fig = plt.figure()
    ax = fig.add_subplot(projection="3d")
    gx, gy = np.meshgrid(np.linspace(-1, 1, 20), np.linspace(-1, 1, 20))
    ax.contour3D(gx, gy, gx * gy, levels=[-0.5, 0.5])
    _, trace, _ = render(fig)
    levels = [e for e in _content(trace) if e.kind is ElementKind.LINE]
    assert len(levels) == 2
    for e in levels:
        xyz = np.array(e.data)
        assert xyz.shape[1] == 3 and len(xyz) == len(e.px)
        assert np.allclose(xyz[:, 2], xyz[:, 0] * xyz[:, 1], atol=0.02)  # on z = x*y
    assert sorted({round(p[2], 6) for e in levels for p in e.data}) == [-0.5, 0.5]


def test_layout_zoo_traces_without_warnings(render, caplog):
    fig = plt.figure(figsize=(10, 5))
    left, right = fig.subfigures(1, 2)
    a = left.subplots()
    a.plot([1, 2, 3], [1, 3, 2])
    inset = a.inset_axes([0.6, 0.6, 0.3, 0.3])
    inset.plot([0, 1], [1, 0])
    a.add_artist(AnchoredText("note", loc="upper left"))
    left.suptitle("left")
    b = right.subplots()
    b.bar(["p", "q"], [3, 4])
    twin = b.twinx()
    twin.plot([0, 1], [10, 20], "r")
    b.secondary_xaxis("top")
    b.add_artist(AnnotationBbox(OffsetImage(np.eye(5), zoom=3), (0.5, 2)))
    b.add_artist(
        ConnectionPatch(
            (0.1, 0.1),
            (0.9, 0.9),
            "axes fraction",
            "axes fraction",
            axesA=b,
            axesB=b,
            arrowstyle="->",
        )
    )
    b.add_patch(
        FancyArrowPatch(
            (0, 1), (1, 3), arrowstyle="simple", mutation_scale=15, connectionstyle="arc3,rad=0.3"
        )
    )
    b.add_patch(Wedge((0.5, 1.0), 0.4, 30, 270, width=0.2))
    gx, gy = np.meshgrid(np.linspace(-1, 1, 8), np.linspace(-1, 1, 8))
    inset.streamplot(gx, gy, np.ones_like(gx), gy)
    fig.suptitle("zoo")
    fig.text(0.5, 0.01, "footer")
    with caplog.at_level(logging.WARNING, logger="codepercept.trace"):
        _, trace, _ = render(fig)
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    assert len(trace.axes) == 5  # a, inset, b, twin, secondary axis
    assert trace.suptitle == "zoo"
    titles = [e.text for e in trace.elements if e.role is Role.TITLE]
    assert titles == ["left", "zoo"]
    content = _content(trace)
    assert {"note", "footer"} <= {e.text for e in content if e.kind is ElementKind.TEXT}
    assert sum(e.kind is ElementKind.IMAGE for e in content) == 1
    arrows = [e for e in content if e.kind is ElementKind.ARROW]
    assert len(arrows) > 3  # the connection patch, the fancy arrow and streamplot arrows
    conn = next(e for e in arrows if e.axes == 2 and "start" in e.geometry and e.n_points < 20)
    assert conn.geometry["coords"] == "data"
    wedge = next(e for e in content if e.kind is ElementKind.WEDGE)
    assert wedge.geometry["width"] == 0.2 and wedge.closed
    assert trace.axes[2].xlim[0] < 0 < trace.axes[2].xlim[1]
