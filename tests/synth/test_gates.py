"""Quality gates on real renders: each failure mode fails with a clear reason, clean figures pass."""

from __future__ import annotations

import copy
import textwrap

import pytest
from support.render import inprocess_renderer

from codepercept.sandbox.types import RenderResult, Status
from codepercept.synth.gates import (
    Gate,
    GateConfig,
    check_code,
    check_consistency,
    check_image,
    run_gates,
)
from codepercept.synth.template import Sample

RENDER = inprocess_renderer()


def render(code: str) -> RenderResult:
    r = RENDER.render(textwrap.dedent(code))
    assert r.ok, r.error
    return r


def codes(result) -> set[str]:
    return set(result.codes)


# A labelled triangle with a dashed altitude and its circumcircle: what plane templates draw.
TRIANGLE = """
import matplotlib.pyplot as plt
from matplotlib.patches import Circle

P = {"A": (0.0, 0.0), "B": (6.0, 0.0), "C": (2.0, 4.0), "H": (2.0, 0.0)}
fig, ax = plt.subplots(figsize=(6, 5))
for a, b in [("A", "B"), ("B", "C"), ("C", "A")]:
    ax.plot([P[a][0], P[b][0]], [P[a][1], P[b][1]], color="black", linewidth=1.8)
ax.plot([2.0, 2.0], [4.0, 0.0], color="gray", linestyle="--", linewidth=1.2)
ax.add_patch(Circle((3.0, 1.0), 3.1623, fill=False, edgecolor="tab:blue", linewidth=1.5))
offsets = {"A": (-0.35, -0.3), "B": (0.35, -0.3), "C": (0.0, 0.35), "H": (0.25, -0.35)}
for name, (x, y) in P.items():
    dx, dy = offsets[name]
    ax.text(x + dx, y + dy, name, fontsize=14, ha="center", va="center")
ax.set_title("Triangle ABC with altitude CH")
ax.set_aspect("equal")
ax.set_xlim(-1.5, 7.5)
ax.set_ylim(-2.5, 4.5)
ax.axis("off")
plt.savefig("figure.png")
"""

TRIANGLE_FACTS = {
    "projection": "2d",
    "labels": ["A", "B", "C", "H", "Triangle ABC with altitude CH"],
    "points": {"A": [0.0, 0.0], "B": [6.0, 0.0], "C": [2.0, 4.0], "H": [2.0, 0.0]},
    "segments": [["A", "B"], ["B", "C"], ["C", "A"], ["A", "H"]],
    "dashed_segments": [["C", "H"]],
    "circles": [{"center": [3.0, 1.0], "radius": 3.1623}],
    "counts": {"line": 4, "circle": 1, "text": 4},
    "lengths": {"AB": 6.0},
}

# A pyramid on real 3-D axes, vertices labelled near their projected positions.
PYRAMID = """
import matplotlib.pyplot as plt

V = {"A": (0, 0, 0), "B": (2, 0, 0), "C": (2, 2, 0), "D": (0, 2, 0), "S": (1, 1, 2)}
fig = plt.figure(figsize=(5, 5))
ax = fig.add_subplot(projection="3d")
solid = [("A", "B"), ("B", "C"), ("S", "A"), ("S", "B"), ("S", "C")]
hidden = [("C", "D"), ("D", "A"), ("S", "D")]
for a, b in solid:
    ax.plot(*zip(V[a], V[b]), color="black", linewidth=1.6)
for a, b in hidden:
    ax.plot(*zip(V[a], V[b]), color="black", linewidth=1.1, linestyle="--")
for name, (x, y, z) in V.items():
    ax.text(x + (0.12 if x else -0.12), y + (0.12 if y else -0.12), z + 0.1, name, fontsize=13)
ax.view_init(elev=20, azim=-60)
ax.set_axis_off()
plt.savefig("figure.png")
"""

PYRAMID_FACTS = {
    "projection": "3d",
    "view": {"elev": 20, "azim": -60},
    "labels": ["A", "B", "C", "D", "S"],
    "points": {"A": [0, 0, 0], "B": [2, 0, 0], "C": [2, 2, 0], "D": [0, 2, 0], "S": [1, 1, 2]},
    "segments": [["A", "B"], ["B", "C"], ["S", "A"], ["S", "B"], ["S", "C"]],
    "dashed_segments": [["C", "D"], ["D", "A"], ["S", "D"]],
    "counts": {"line": 8, "text": 5},
}


@pytest.fixture(scope="module")
def triangle() -> RenderResult:
    return render(TRIANGLE)


@pytest.fixture(scope="module")
def pyramid() -> RenderResult:
    return render(PYRAMID)


def sample(code: str, facts: dict) -> Sample:
    return Sample("test", "plane", {}, textwrap.dedent(code), facts, (), 0)


# --- clean figures pass -------------------------------------------------------------------


def test_clean_triangle_passes_every_gate(triangle):
    rerender = render(TRIANGLE)
    report = run_gates(sample(TRIANGLE, TRIANGLE_FACTS), triangle, rerender)
    assert report.passed, report.reasons
    assert [r.gate for r in report.results] == [Gate.CODE, Gate.IMAGE, Gate.CONSISTENCY]
    ic = report.get(Gate.CONSISTENCY)
    assert ic.details["segments_checked"] == 5
    assert "lengths" in ic.details["unchecked"]
    assert report.get(Gate.CODE).details["determinism_checked"] is True


def test_clean_pyramid_passes_every_gate(pyramid):
    report = run_gates(sample(PYRAMID, PYRAMID_FACTS), pyramid, None)
    assert report.passed, report.reasons
    assert report.get(Gate.CONSISTENCY).details.get("points_unanchored") is None


# --- Q_I image ------------------------------------------------------------------------------


def test_blank_figure_fails():
    r = render(
        """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(5, 4))
        ax.axis("off")
        plt.savefig("f.png")
        """
    )
    res = check_image(r.png, r.trace)
    assert not res.passed
    assert "blank" in codes(res)
    assert any("differ from the background" in why for why in res.reasons)


def test_text_clipped_at_the_edge_fails():
    r = render(
        """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(5, 4))
        ax.plot([0, 1], [0, 1], color="black")
        fig.text(0.85, 0.5, "a long caption that runs off", fontsize=14)
        plt.savefig("f.png")
        """
    )
    res = check_image(r.png, r.trace)
    assert "clipped_text" in codes(res)
    assert "clipped" in codes(res)  # the ink itself reaches the right border band
    assert any("right edge" in why for why in res.reasons)


def test_overlapping_labels_fail():
    r = render(
        """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(5, 4))
        ax.plot([0, 4], [0, 3], color="black")
        ax.text(2.0, 1.5, "P", fontsize=16)
        ax.text(2.05, 1.55, "Q", fontsize=16)
        ax.axis("off")
        plt.savefig("f.png")
        """
    )
    res = check_image(r.png, r.trace)
    assert codes(res) == {"overlapping_text"}
    assert "'P' and 'Q'" in res.reasons[0]


def test_twenty_thousand_tiny_dots_fail():
    r = render(
        """
        import matplotlib.pyplot as plt
        import numpy as np
        rng = np.random.default_rng(0)
        x, y = rng.random((2, 20000))
        fig, ax = plt.subplots(figsize=(5, 4))
        ax.scatter(x, y, s=0.05, color="black")
        plt.savefig("f.png")
        """
    )
    res = check_image(r.png, r.trace)
    assert {"too_dense", "too_small"} <= codes(res)
    assert res.details["content_elements"] == 20000


def test_twenty_to_one_aspect_fails():
    r = render(
        """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(20, 1))
        ax.plot([0, 1, 2], [0, 1, 0], color="black")
        plt.savefig("f.png")
        """
    )
    res = check_image(r.png, r.trace)
    assert "aspect" in codes(res)
    assert any("20.0:1" in why for why in res.reasons)


def test_tiny_font_fails():
    r = render(
        """
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(5, 4))
        ax.plot([0, 1], [0, 1], color="black")
        ax.text(0.5, 0.3, "unreadable", fontsize=3)
        ax.axis("off")
        plt.savefig("f.png")
        """
    )
    res = check_image(r.png, r.trace)
    assert codes(res) == {"tiny_font"}


def test_image_gate_without_trace_still_checks_pixels(triangle):
    res = check_image(triangle.png, None)
    assert res.passed and res.details["trace"].startswith("missing")


# --- Q_C code -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("import os\nprint(os.getcwd())", "file_access"),
        ("import requests", "network_access"),
        ("import time\nt0 = time.time()", "clock_access"),
        ("from datetime import datetime", "clock_access"),
        ("import subprocess", "process_access"),
        ("import pandas as pd", "disallowed_import"),
        ("data = open('values.csv').read()", "file_access"),
        ("arr = np.loadtxt('values.txt')", "file_access"),
        ("exec('x = 1')", "dynamic_code"),
        ("m = __import__('o' + 's')", "dynamic_code"),
        ("y = np.random.rand(5)", "unseeded_random"),
        ("rng = np.random.default_rng()", "unseeded_random"),
        ("import random\nk = random.randint(0, 9)", "unseeded_random"),
        ("from numpy.random import normal\nv = normal(size=3)", "unseeded_random"),
        ("rng = np.random.default_rng(None)", "unseeded_random"),
        ("x = open('values.csv').read()\nopen = 1", "file_access"),  # rebinding excuses nothing
    ],
)
def test_code_gate_rejects(triangle, line, code):
    src = "import matplotlib.pyplot as plt\nimport numpy as np\n" + line + "\n" + TRIANGLE
    res = check_code(src, triangle)
    assert code in codes(res), res.reasons
    assert all(":" in why for why in res.reasons)


@pytest.mark.parametrize(
    "line",
    [
        "np.random.seed(3)\ny = np.random.rand(5)",
        "rng = np.random.default_rng(7)\ny = rng.normal(size=4)",
        "import random\nrandom.seed(1)\nk = random.randint(0, 9)",
        "gen = np.random.Generator(np.random.PCG64(5))",
        "input = 3\nvalue = input + 1",  # a variable that shadows a builtin is not the builtin
        "from mpl_toolkits.mplot3d import Axes3D\nimport math\nr = math.sqrt(2)",
    ],
)
def test_code_gate_accepts_seeded_and_plain_code(triangle, line):
    src = "import matplotlib.pyplot as plt\nimport numpy as np\n" + line + "\n" + TRIANGLE
    res = check_code(src, triangle)
    assert res.passed, res.reasons


def test_seed_after_the_draw_does_not_count(triangle):
    src = "import numpy as np\ny = np.random.rand(3)\nnp.random.seed(0)\n" + TRIANGLE
    res = check_code(src, triangle)
    assert "unseeded_random" in codes(res)
    assert any("line 2" in why for why in res.reasons)


def test_nondeterministic_code_fails_on_a_second_render():
    code = """
        import matplotlib.pyplot as plt
        import numpy as np
        fig, ax = plt.subplots(figsize=(4, 3))
        ax.plot(np.random.rand(20), color="black")
        plt.savefig("f.png")
        """
    a, b = render(code), render(code)
    res = check_code(textwrap.dedent(code), a, b)
    assert {"nondeterministic", "unseeded_random"} <= codes(res)
    assert any("pixels differ" in why for why in res.reasons)


def test_failed_render_and_length_bounds(triangle):
    failed = RENDER.render("import matplotlib.pyplot as plt\nraise ValueError('boom')\n")
    assert failed.status is Status.ERROR
    res = check_code("import matplotlib.pyplot as plt\nraise ValueError('boom')\n", failed)
    assert "render_failed" in codes(res) and "too_short" in codes(res)
    assert any("boom" in why for why in res.reasons)
    long = TRIANGLE + "\n".join(f"x{i} = {i}" for i in range(700))
    assert "too_long" in codes(check_code(long, triangle))
    report = run_gates(sample("raise ValueError('boom')", {}), failed, None)
    assert [r.gate for r in report.results] == [Gate.CODE] and not report.passed


def test_allowlist_is_configurable(triangle):
    src = "import pandas as pd\n" + TRIANGLE
    cfg = GateConfig(allowed_imports=(*GateConfig().allowed_imports, "pandas"))
    assert check_code(src, triangle, config=cfg).passed
    with pytest.raises(ValueError, match="max_aspect"):
        GateConfig(max_aspect=0.5)
    assert "max_aspect" in GateConfig.help()


# --- Q_IC consistency -----------------------------------------------------------------------


def mutated(facts: dict, **changes) -> dict:
    out = copy.deepcopy(facts)
    out.update(changes)
    return out


def test_label_not_drawn_fails(triangle):
    facts = mutated(TRIANGLE_FACTS, labels=[*TRIANGLE_FACTS["labels"], "D"])
    res = check_consistency(facts, triangle.trace)
    assert res.reasons == ("missing_label: 'D' is not among the figure's texts",)


def test_point_label_far_from_its_point_fails(triangle):
    pts = dict(TRIANGLE_FACTS["points"], C=[5.0, 3.5])
    facts = mutated(TRIANGLE_FACTS, points=pts, segments=[], dashed_segments=[])
    res = check_consistency(facts, triangle.trace)
    assert codes(res) == {"label_far"}
    assert "'C'" in res.reasons[0]


def test_dashed_declared_but_drawn_solid_fails(triangle):
    facts = mutated(TRIANGLE_FACTS, dashed_segments=[["C", "H"], ["A", "B"]])
    res = check_consistency(facts, triangle.trace)
    assert res.reasons == ("segment_style: AB is declared dashed but drawn solid",)


def test_missing_segment_fails(triangle):
    facts = mutated(TRIANGLE_FACTS, segments=[*TRIANGLE_FACTS["segments"], ["B", "H"], ["A", "C"]])
    facts["segments"].append(["H", "C"])  # drawn, but dashed
    res = check_consistency(facts, triangle.trace)
    # BH lies along AB (A-H-B collinear), so it is drawn; HC is drawn dashed, not solid
    assert res.reasons == ("segment_style: HC is declared solid but drawn dashed",)
    off = mutated(TRIANGLE_FACTS, points=dict(TRIANGLE_FACTS["points"], H=[2.0, 1.0]))
    res = check_consistency(off, triangle.trace)
    assert "missing_segment" in codes(res)


def test_wrong_circle_radius_fails(triangle):
    facts = mutated(TRIANGLE_FACTS, circles=[{"center": [3.0, 1.0], "radius": 4.0}])
    res = check_consistency(facts, triangle.trace)
    assert codes(res) == {"circle_mismatch"}
    assert "nearest drawn circle has centre (3, 1) and radius 3.1623" in res.reasons[0]


def test_wrong_count_fails(triangle):
    facts = mutated(TRIANGLE_FACTS, counts={"line": 5, "circle": 1}, min_counts={"text": 9})
    res = check_consistency(facts, triangle.trace)
    assert res.reasons == (
        "count_mismatch: 4 line elements drawn, facts say 5",
        "min_count: 4 text elements drawn, facts say at least 9",
    )


def test_bad_facts_fail_clearly(triangle):
    res = check_consistency({"colour": "red"}, triangle.trace)
    assert codes(res) == {"bad_facts"}
    res = check_consistency({"counts": {"triangle": 1}}, triangle.trace)
    assert "unknown element kind 'triangle'" in res.reasons[0]


def test_3d_label_hidden_edge_and_view_mismatches(pyramid):
    assert check_consistency(PYRAMID_FACTS, pyramid.trace).passed
    swapped = mutated(
        PYRAMID_FACTS,
        segments=[*PYRAMID_FACTS["segments"], ["C", "D"]],
        view={"elev": 35, "azim": -60},
        points=dict(PYRAMID_FACTS["points"], D=[2, 0, 0], B=[0, 2, 0]),
    )
    res = check_consistency(swapped, pyramid.trace)
    assert "view_mismatch" in codes(res)
    assert any("declared solid but drawn dashed" in why for why in res.reasons)
    far = [why for why in res.reasons if why.startswith("label_far")]
    assert len(far) == 2 and any("'D'" in why for why in far)


def test_mathtext_labels_match_plain_facts():
    r = render(
        r"""
        import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(5, 4))
        ax.plot([0, 3], [0, 0], color="black")
        ax.text(1.5, 0.3, r"$\angle ABC = 60^\circ$", fontsize=12)
        ax.text(3.2, 0.0, r"$A'$", fontsize=12)
        ax.set_xlim(-1, 4)
        ax.set_ylim(-1, 2)
        plt.savefig("f.png")
        """
    )
    facts = {"labels": ["∠ABC = 60°", "A'"], "points": {"A'": [3.0, 0.0]}}
    assert check_consistency(facts, r.trace).passed
    assert not check_consistency({"labels": ["A"]}, r.trace).passed  # A' is not A


def test_model_code_without_facts_is_gated_without_q_ic(triangle):
    """Code a model wrote has no template facts: Q_C and Q_I run, Q_IC is left out."""
    from codepercept.synth.gates import gate_code

    code = textwrap.dedent(TRIANGLE)
    report = gate_code(code, triangle, rerender=render(TRIANGLE))
    assert [g.gate for g in report.results] == [Gate.CODE, Gate.IMAGE]
    assert report.passed, report.reasons
    with_facts = gate_code(code, triangle, TRIANGLE_FACTS)
    assert [g.gate for g in with_facts.results] == [Gate.CODE, Gate.IMAGE, Gate.CONSISTENCY]
