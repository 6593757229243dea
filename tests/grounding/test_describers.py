"""Geometry captions say what the figure is and how its parts relate, state nothing the claim
checker cannot support, leak no computed answer, and vary their opening over seeds."""

from __future__ import annotations

import re

import numpy as np
import pytest
from support.render import inprocess_renderer

from codepercept.grounding import (
    caption_sample,
    check_claims,
    describable_facts,
    describable_keys,
    fact_coverage,
    fact_sheet,
)
from codepercept.grounding.relations import on_hull, point_relations
from codepercept.synth.template import REGISTRY, Sample

RENDER = inprocess_renderer()
GEOMETRY = sorted(
    n for n, t in REGISTRY.items() if t.family in ("plane_geometry", "solid_geometry")
)


@pytest.fixture(scope="module")
def rendered():
    out = {}
    for name in GEOMETRY:
        for seed in (0, 1):
            s = REGISTRY[name].sample(seed)
            r = RENDER.render(s.code)
            assert r.ok, (name, r.error)
            out[name, seed] = (s, r.trace)
    return out


def caption(rendered, name, seed=0, k=0xCA):
    s, trace = rendered[name, seed]
    return caption_sample(s, trace, np.random.default_rng([seed, k]))


@pytest.mark.parametrize(
    ("name", "phrases"),
    [
        ("axial_section", ["cone with its axial section", "axis OP", "section", "isosceles"]),
        ("regular_pyramid_measures", ["regular square pyramid", "above", "centre O", "hidden"]),
        ("tangent_from_external_point", ["circle with centre O", "tangent", "OT = 4"]),
        ("triangle_median", ["triangle DEF", "median", "midpoint of EF"]),
        ("polyhedron_labelled", ["hexagonal pyramid", "hidden edges BC, CD"]),
        ("pyramid_parallel_section", ["parallel to its base", "section", "blue"]),
    ],
)
def test_captions_name_the_figure_and_its_relations(rendered, name, phrases):
    text = caption(rendered, name)
    for p in phrases:
        assert p in text, (p, text)


@pytest.mark.parametrize("name", GEOMETRY)
def test_no_unsupported_claim_and_no_leaked_answer(rendered, name):
    for seed in (0, 1):
        s, trace = rendered[name, seed]
        sheet = fact_sheet(trace, s.facts)
        written = {x for t in sheet.texts for x in re.findall(r"\d+(?:\.\d+)?", t)}
        for k in range(3):
            text = caption_sample(s, trace, np.random.default_rng([seed, k]))
            report = check_claims(text, sheet)
            assert report.ok, (text, report.problems())
            for qa in s.qa:
                a = qa.answer.strip()
                if not re.fullmatch(r"\d+\.\d+|\d{2,}", a) or a in written:
                    continue
                # a computed answer may appear only as a count ("12 labelled points")
                for m in re.finditer(rf"(?<![\d.]){re.escape(a)}(?![\d.])", text):
                    view_angle = text[m.end() : m.end() + 1] == "°" and "elevation" in text
                    assert view_angle or re.match(r" [a-z]", text[m.end() :]), (qa, text)


def test_openings_vary_over_seeds_and_coverage_is_high(rendered):
    for fam in ("plane_geometry", "solid_geometry"):
        names = [n for n in GEOMETRY if REGISTRY[n].family == fam]
        openings, got, total = [], 0, 0
        for name in names:
            for seed in (0, 1):
                s, trace = rendered[name, seed]
                text = caption_sample(s, trace, np.random.default_rng([seed, 0xCA]))
                openings.append(text.split(". ")[0])
                g, n, _ = fact_coverage(text, s, trace)
                got, total = got + g, total + n
        assert len(set(openings)) / len(openings) >= 0.5, openings
        assert got / total >= 0.8


def test_relations_are_recomputed_from_coordinates():
    pts = {"A": [0, 0], "B": [4, 0], "C": [0, 3], "M": [2, 0], "T": [3, 4], "P": [-1, 7]}
    segs = [["A", "B"], ["C", "M"], ["P", "T"], ["A", "C"]]
    rels = {(r.kind, r.args) for r in point_relations(pts, segs, [{"center": [0, 0], "radius": 5}])}
    assert ("midpoint", ("M", "AB")) in rels
    assert ("right_angle", ("BAC", "A")) in rels
    assert ("tangent", ("PT", "T", "0")) in rels
    assert ("on_circle", ("0", "T")) in rels
    assert not any(k == "foot" and a[0] == "CM" for k, a in rels)  # CM is not perpendicular
    apex = {"A": [0, 0, 0], "B": [2, 0, 0], "C": [2, 2, 0], "D": [0, 2, 0], "O": [1, 1, 0]}
    apex["P"] = [1, 1, 3]
    rels3 = point_relations(apex, [], [])
    assert any(r.kind == "above" and r.args[:2] == ("P", "O") for r in rels3)
    assert on_hull(apex) == {"A", "B", "C", "D", "O", "P"}  # O lies on the base face


def test_a_family_declares_its_describable_keys(rendered):
    s, trace = rendered["axial_section", 0]
    base = {d.key for d in describable_facts(s, trace)}
    assert {"figure", "point"} <= base
    fam = Sample("t", "caption_test_family", {}, "", {"extra": {"chart_type": "pie"}}, (), 0)
    assert not describable_facts(fam, trace)
    describable_keys("caption_test_family", "chart_type")
    (item,) = describable_facts(fam, trace)
    assert item.key == "extra" and item.evidence == ("pie",)
    assert fact_coverage("A pie chart.", fam, trace)[:2] == (1, 1)


ZH_TRIANGLE = """
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(5, 4))
P = {"A": (0, 0), "B": (4, 0), "C": (1, 3), "D": (1, 0)}
for a, b in [("A", "B"), ("B", "C"), ("C", "A")]:
    ax.plot(*zip(P[a], P[b]), color="black")
ax.plot([1, 1], [3, 0], color="gray", linestyle="--")
for n, (x, y) in P.items():
    ax.text(x - 0.2, y - 0.3, n, fontsize=13)
ax.text(2.0, -0.5, "4", fontsize=12)
ax.set_title("三角形的高")
ax.set_xlim(-1, 5)
ax.set_ylim(-1, 4)
ax.axis("off")
plt.savefig("f.png")
"""


def test_a_figure_with_chinese_text_gets_a_chinese_caption():
    trace = RENDER.render(ZH_TRIANGLE).trace
    facts = {
        "labels": ["A", "B", "C", "D", "4"],
        "points": {"A": [0, 0], "B": [4, 0], "C": [1, 3], "D": [1, 0]},
        "segments": [["A", "B"], ["B", "C"], ["C", "A"]],
        "dashed_segments": [["C", "D"]],
        "lengths": {"AB": 4.0, "CD": 3.0},
        "extra": {"shape": "triangle", "auxiliary": ["altitude"]},
    }
    s = Sample("t", "plane_geometry", {}, ZH_TRIANGLE, facts, (), 0)
    texts = {caption_sample(s, trace, np.random.default_rng(k)) for k in range(6)}
    assert len(texts) >= 3
    for text in texts:
        assert "三角形" in text and "垂足" in text and "AB = 4" in text, text
        assert not re.search(r"\b(the|is|are|and)\b", text), text
        assert "= 3" not in text  # CD = 3 is not written
        assert check_claims(text, fact_sheet(trace, facts)).ok
