"""The claim checker: true captions pass, each kind of injected error is caught, the sheet renders."""

from __future__ import annotations

import textwrap

import numpy as np
import pytest
from support.render import inprocess_renderer

from codepercept.grounding import (
    ClaimKind,
    caption_sample,
    check_claims,
    colour_name,
    colour_names,
    fact_sheet,
)
from codepercept.synth.template import REGISTRY

RENDER = inprocess_renderer()

FIGURE = """
import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Polygon
fig, ax = plt.subplots(figsize=(5, 4))
P = {"A": (0, 0), "B": (4, 0), "C": (1, 3)}
ax.add_patch(Polygon([P["A"], P["B"], P["C"]], closed=True, facecolor="tab:blue",
                     edgecolor="black", alpha=0.4))
ax.add_patch(Circle((4, 3), 0.8, fill=False, edgecolor="red", linewidth=2))
ax.add_patch(Circle((-0.5, 3), 0.5, fill=False, edgecolor="red", linewidth=2))
ax.plot([1, 1], [3, 0], color="gray", linestyle="--")
ax.plot([0, 4], [0, 0], color="black")
for n, (x, y) in P.items():
    ax.text(x - 0.2, y - 0.3, n, fontsize=13)
ax.text(2.0, -0.5, "4", fontsize=12)
ax.text(3.2, 1.6, "EF = 12", fontsize=10)
ax.set_xlim(-1.5, 5.5)
ax.set_ylim(-1, 4.5)
ax.axis("off")
plt.savefig("f.png")
"""
FACTS = {
    "points": {"A": [0, 0], "B": [4, 0], "C": [1, 3], "D": [1, 0]},
    "segments": [["A", "B"]],
    "dashed_segments": [["C", "D"]],
    "lengths": {"AB": 4.0, "CD": 3.0, "AC": 3.1623},
    "answer": 7.5,
    "extra": {"shape": "triangle"},
}


@pytest.fixture(scope="module")
def sheet():
    r = RENDER.render(textwrap.dedent(FIGURE))
    assert r.ok, r.error
    return fact_sheet(r.trace, FACTS)


TRUE_CAPTIONS = [
    "A triangle ABC is shaded blue; two red circles sit beside it, and AB = 4 is written below.",
    "The figure shows 2 circles, 1 polygon and one dashed line CD; the side AB is 4 long.",
    "Triangle ABC with AC = √10 (about 3.16) and a dashed gray altitude CD, labelled “EF = 12”.",
    "It has 4 named points A, B, C and D; the text “4” marks AB. Green's theorem is not involved.",
]


@pytest.mark.parametrize("caption", TRUE_CAPTIONS)
def test_true_captions_have_no_problem(sheet, caption):
    report = check_claims(caption, sheet)
    assert report.ok, report.problems()
    assert report.checked >= 3


@pytest.mark.parametrize(
    ("caption", "kind", "contradicted"),
    [
        ("The figure shows 3 circles.", ClaimKind.COUNT, True),
        ("There are three red circles.", ClaimKind.COUNT, True),
        ("Two dashed lines are drawn.", ClaimKind.COUNT, True),
        ("A hexagon is drawn.", ClaimKind.COUNT, True),
        ("The side AB = 5 is marked.", ClaimKind.NUMBER, True),
        ("The circle has radius 7.", ClaimKind.NUMBER, False),
        ("The point Q lies on AB.", ClaimKind.LABEL, False),
        ("The text “GH = 3” labels a side.", ClaimKind.LABEL, False),
        ("The circles are drawn in green.", ClaimKind.COLOUR, False),
        ("The circles are green circles.", ClaimKind.COLOUR, True),
    ],
)
def test_each_kind_of_false_claim_is_caught(sheet, caption, kind, contradicted):
    report = check_claims(caption, sheet)
    found = report.contradicted if contradicted else report.unsupported
    assert any(c.kind is kind for c in found), (report.contradicted, report.unsupported)
    assert not report.ok


def test_a_shape_named_by_its_sides_takes_a_colour_or_style(sheet):
    assert check_claims("A blue triangle sits left of two red circles.", sheet).ok
    assert check_claims("One solid triangle is drawn.", sheet).ok
    assert not check_claims("A red triangle is drawn.", sheet).ok
    assert not check_claims("Two dashed triangles are drawn.", sheet).ok
    assert not check_claims("A blue pentagon is drawn.", sheet).ok


def test_the_answer_is_no_fact_and_a_wrong_surd_is_caught(sheet):
    assert 7.5 not in sheet.numbers
    assert not check_claims("The area is 7.5.", sheet).ok
    assert check_claims("AC = √10.", sheet).ok
    assert not check_claims("AC = √11.", sheet).ok


def test_an_article_is_no_label_but_a_lone_capital_is(sheet):
    assert check_claims("A red circle is drawn. A lies at the origin.", sheet).ok
    assert not check_claims("A red circle is drawn. Z lies at the origin.", sheet).ok


def test_sheet_renders_counts_styles_colours_texts_and_points(sheet):
    text = sheet.render()
    assert "2 circle" in text and "1 polygon" in text
    assert "dashed" in text and "red" in text
    assert '"EF = 12"' in text and "D (1, 0)" in text
    assert "answer" not in text and "7.5" not in text
    assert sheet.sides == {3: 1}


def test_colour_names():
    assert colour_name((1.0, 0.0, 0.0, 1.0)) == "red"
    assert colour_name((0.12, 0.47, 0.71, 1.0)) == "blue"  # tab:blue
    assert colour_name((0.5, 0.5, 0.5, 1.0)) == "gray"
    assert {"blue", "cyan"} <= colour_names((0.68, 0.85, 0.9, 1.0))  # light blue
    assert "red" not in colour_names((0.0, 0.5, 0.0, 1.0))


@pytest.mark.parametrize(
    "name", ["axial_section", "tangent_circles", "cube_cross_section", "triangle_angle_sum"]
)
def test_template_captions_raise_no_false_alarm(name):
    for seed in (0, 3):
        sample = REGISTRY[name].sample(seed)
        r = RENDER.render(sample.code)
        assert r.ok, r.error
        sheet = fact_sheet(r.trace, sample.facts)
        for k in range(4):
            caption = caption_sample(sample, r.trace, np.random.default_rng([seed, k]))
            report = check_claims(caption, sheet)
            assert report.ok, (caption, report.problems())


AXES = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(5, 4))
ax.plot([-3, 6], [-7, 2], color="tab:blue")
ax.plot([2], [-3], "o", color="black")
ax.text(2.2, -3, "P")
ax.set_xlim(-4, 7)
ax.set_ylim(-8, 4)
ax.grid(True)
plt.savefig("f.png")
"""


def test_axis_ranges_and_point_coordinates_are_checked():
    r = RENDER.render(AXES)
    assert r.ok, r.error
    sheet = fact_sheet(r.trace, {"points": {"P": [2, -3]}})
    assert check_claims("The x-axis runs from -4 to 7 and the y-axis from -8 to 4.", sheet).ok
    assert check_claims("Its axes span -4 to 7 horizontally and -8 to 4 vertically.", sheet).ok
    assert check_claims("The point P(2, -3) is marked with a dot.", sheet).ok
    for wrong in (
        "The x-axis runs from -4 to 7 and the y-axis from -7 to 4.",
        "The window shows x from -5 to 7 and y from -8 to 4.",
        "The point P(2, -4) is marked with a dot.",
    ):
        report = check_claims(wrong, sheet)
        assert report.contradicted and report.contradicted[0].kind is ClaimKind.NUMBER, wrong
