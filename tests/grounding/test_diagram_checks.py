"""The diagram fact kinds (anchored texts, polylines, arrows, curve points) against a real
trace: a small matplotlib figure passes, each kind catches its own kind of mismatch, and
malformed facts are refused before any check runs."""

from __future__ import annotations

import os

import pytest
from support.render import inprocess_renderer

from codepercept.grounding import FactsError, check_facts, validate_facts

CODE = """
import matplotlib.pyplot as plt
import matplotlib.patches as patches
fig, ax = plt.subplots(figsize=(4, 3))
ax.plot([0, 2, 2], [0, 0, 1], color="black")
x = [i / 10 for i in range(31)]
ax.plot(x, [v * v / 3 for v in x], color="red")
ax.add_patch(patches.FancyArrowPatch((0, 1), (1, 2), arrowstyle="-|>", mutation_scale=12))
ax.text(2.1, 1.05, "R1", ha="left", va="bottom")
ax.set_xlim(-0.5, 3.5)
ax.set_ylim(-0.5, 3.5)
plt.savefig("figure.png")
"""

GOOD = {
    "anchored_texts": [{"text": "R1", "at": [2.0, 1.0]}],
    "polylines": [[[0.0, 0.0], [2.0, 0.0], [2.0, 1.0]]],
    "arrow_segments": [{"start": [0.0, 1.0], "end": [1.0, 2.0]}],
    "curve_points": [[1.5, 0.75], [3.0, 3.0]],
}


@pytest.fixture(scope="module")
def trace(tmp_path_factory):
    old = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("diagram_checks"))
    try:
        return inprocess_renderer().render(CODE).trace
    finally:
        os.chdir(old)


def test_the_drawn_figure_satisfies_its_facts(trace):
    result = check_facts(GOOD, trace)
    assert result.passed, result.reasons
    assert result.details["polyline_pieces_checked"] == 2


@pytest.mark.parametrize(
    ("key", "bad", "code"),
    [
        ("anchored_texts", [{"text": "R1", "at": [0.0, 3.0]}], "label_far"),
        ("anchored_texts", [{"text": "R2", "at": [2.0, 1.0]}], "missing_label"),
        ("polylines", [[[0.0, 0.0], [2.0, 1.0]]], "missing_segment"),
        ("arrow_segments", [{"start": [1.0, 2.0], "end": [0.0, 1.0]}], "missing_arrow"),
        ("curve_points", [[1.5, 1.5]], "off_curve"),
    ],
)
def test_each_kind_catches_a_mismatch(trace, key, bad, code):
    result = check_facts({**GOOD, key: bad}, trace)
    assert [r for r in result.reasons if r.startswith(code)], result.reasons


@pytest.mark.parametrize(
    "facts",
    [
        {"anchored_texts": [{"text": "A"}]},
        {"polylines": [[[0, 0]]]},
        {"arrow_segments": [{"start": [0, 0], "end": [1]}]},
        {"curve_points": [[1, 2, 3]]},
    ],
)
def test_malformed_diagram_facts_are_refused(facts):
    with pytest.raises(FactsError):
        validate_facts(facts)
