"""JSON round trip, NaN handling, the public surface and the small pure helpers."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.patches import Circle

import codepercept.trace as trace_pkg
from codepercept.trace import SCHEMA_VERSION, ElementKind, Role, Trace
from codepercept.trace.style import dash_kind, linestyle, rgba


def _kitchen_sink():
    fig = plt.figure(figsize=(9, 6))
    a = fig.add_subplot(221)
    a.plot([0, 1, np.nan, 2, 3], [0, 1, 5, 2, np.inf], "o-", label="with gaps")
    a.add_patch(Circle((1, 1), 0.5, hatch="x", alpha=0.3, zorder=np.inf))
    a.annotate("A", xy=(1, 1), xytext=(2, 2), arrowprops={"arrowstyle": "-|>"})
    a.scatter([0.5, 1.5], [0.5, np.nan], c=[1, 2])
    a.legend()
    a.set_xscale("symlog")
    p = fig.add_subplot(222, projection="polar")
    p.fill(np.linspace(0, 6, 50), np.ones(50))
    i = fig.add_subplot(223)
    im = i.imshow(np.arange(16).reshape(4, 4))
    fig.colorbar(im, ax=i)
    t = fig.add_subplot(224, projection="3d")
    t.plot_surface(*np.meshgrid([0, 1], [0, 1]), np.zeros((2, 2)))
    t.text(0, 0, 0, "O")
    fig.suptitle("sink")
    return fig


def test_json_round_trip_is_exact_and_nan_free(render):
    _, trace, _ = render(_kitchen_sink())
    text = json.dumps(trace.to_dict(), allow_nan=False)  # raises on NaN/inf anywhere
    back = Trace.from_dict(json.loads(text))
    assert back == trace
    assert back.schema_version == SCHEMA_VERSION
    assert {e.kind for e in trace.elements} >= {
        ElementKind.LINE,
        ElementKind.MARKER,
        ElementKind.CIRCLE,
        ElementKind.ARROW,
        ElementKind.TEXT,
        ElementKind.IMAGE,
        ElementKind.POLYGON,
    }
    for e in trace.elements:
        assert len(e.px) <= trace_pkg.MAX_POINTS and e.n_points >= len(e.px)
        assert e.data == () or len(e.data) == len(e.px)


def test_nan_points_are_dropped_and_inf_zorder_clamped(render):
    _, trace, _ = render(_kitchen_sink())
    line = next(e for e in trace.elements if e.kind is ElementKind.LINE and e.label == "with gaps")
    assert line.data == ((0.0, 0.0), (1.0, 1.0), (2.0, 2.0))  # NaN and inf vertices dropped
    circle = next(e for e in trace.elements if e.kind is ElementKind.CIRCLE)
    assert circle.zorder == 1e300 and circle.hatch == "x"
    scatter = [
        e
        for e in trace.elements
        if e.kind is ElementKind.MARKER
        and e.axes == 0
        and e.role is Role.CONTENT
        and e.marker == "o"
        and e.n_points == 1
    ]
    assert (1.5, np.nan) not in [m.data[0] for m in scatter if m.data]


def test_to_dict_matches_dataclasses_asdict(render):
    _, trace, _ = render(_kitchen_sink())
    assert trace.to_dict() == dataclasses.asdict(trace)


def test_public_surface():
    assert set(trace_pkg.__all__) >= {
        "trace_figure",
        "Trace",
        "Element",
        "AxesInfo",
        "ElementKind",
        "Role",
        "SCHEMA_VERSION",
    }


def test_trace_package_does_not_import_the_sandbox():
    code = "import sys, codepercept.trace; print(any(m.startswith('codepercept.sandbox') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("-", "solid"),
        ("solid", "solid"),
        ("--", "dashed"),
        (":", "dotted"),
        ("-.", "dashdot"),
        ("None", "none"),
        ("", "none"),
        (None, "solid"),
        ((0, (5, 5)), "dashed"),
        ((0, (1, 1)), "dotted"),
        ((0, (3, 1, 1, 1)), "dashdot"),
        ((0, None), "solid"),
    ],
)
def test_linestyle_normalisation(spec, expected):
    assert linestyle(spec) == expected


def test_dash_kind_uses_linewidth_units():
    assert dash_kind([2.0, 3.3], scale=2.0) == "dotted"  # ':' scaled by lw = 2
    assert dash_kind([7.4, 3.2], scale=2.0) == "dashed"


def test_rgba_absent_colours():
    assert rgba("none") is None and rgba(None) is None
    assert rgba("red", 0.0) is None
    assert rgba("red", 0.5) == (1.0, 0.0, 0.0, 0.5)
    assert rgba((0.1, 0.2, 0.3)) == (0.1, 0.2, 0.3, 1.0)
