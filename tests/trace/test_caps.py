"""Huge collections are sampled, not traced point by point, and the trace says how many were left out."""

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from codepercept.trace import ElementKind, Trace, trace_figure  # noqa: E402
from codepercept.trace.recorder import MAX_MEMBERS  # noqa: E402


def _trace(fig) -> Trace:
    fig.savefig(io.BytesIO(), format="png", dpi=fig.dpi)
    try:
        return trace_figure(fig)
    finally:
        plt.close(fig)


def test_big_scatter_is_sampled_evenly():
    rng = np.random.default_rng(1)
    pts = rng.uniform(0, 1, size=(3 * MAX_MEMBERS, 2))
    fig, ax = plt.subplots()
    ax.scatter(pts[:, 0], pts[:, 1], s=4)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    t = _trace(fig)
    markers = [e for e in t.content() if e.kind is ElementKind.MARKER]
    assert len(markers) == MAX_MEMBERS
    assert t.dropped_elements == 2 * MAX_MEMBERS
    xs = np.array([e.data[0][0] for e in markers])
    # An even sample still covers the whole cloud.
    assert xs.min() < 0.01 and xs.max() > 0.99
    assert Trace.from_dict(t.to_dict()).dropped_elements == 2 * MAX_MEMBERS


def test_big_line_collection_is_sampled():
    n = MAX_MEMBERS + 500
    segs = [[(i / n, 0.0), (i / n, 1.0)] for i in range(n)]
    fig, ax = plt.subplots()
    from matplotlib.collections import LineCollection

    ax.add_collection(LineCollection(segs, linewidths=0.2))
    t = _trace(fig)
    lines = [e for e in t.content() if e.kind is ElementKind.LINE]
    assert len(lines) == MAX_MEMBERS
    assert t.dropped_elements == 500


def test_small_figures_drop_nothing():
    fig, ax = plt.subplots()
    ax.scatter([0, 1, 2], [1, 0, 1])
    assert _trace(fig).dropped_elements == 0
