"""Analytic templates (function graphs, conics, polar curves, vectors): the facts the trace
checks really catch a figure that draws something else, the verifiers recompute every answer
and catch wrong ones, and captions state the figure's title, points and window, pass the
claim checker and never name an answer."""

from __future__ import annotations

import re

import numpy as np
import pytest
from support.captions import grounded_caption, rendered
from support.plot_answers import wrong_answer
from support.verify import assert_catches_each_wrong_answer

from codepercept.grounding import caption_sample, check_facts
from codepercept.grounding.describe import answer_labels, leaks
from codepercept.synth.families.analytic.common import numpy_function, poly_code, sign_roots
from codepercept.synth.families.analytic.conics import fit_axis_conic
from codepercept.synth.template import REGISTRY

ANALYTIC = sorted(n for n, t in REGISTRY.items() if t.family == "analytic")


def test_the_family_has_its_templates():
    assert len(ANALYTIC) >= 8, ANALYTIC  # each with a verifier: the contract test checks that


@pytest.mark.parametrize("name", ANALYTIC)
def test_verifier_catches_each_wrong_answer(name):
    assert_catches_each_wrong_answer(REGISTRY[name], wrong_answer, seeds=range(8))


# --- facts against the trace: each fact kind notices a figure that differs ----------------


def _moved(facts: dict, key: str, fn) -> dict:
    return {**facts, key: fn(facts[key])}


def test_curves_fact_fails_when_the_drawn_curve_is_elsewhere(renderer):
    sample, trace = rendered(renderer, "function_intersections", 1)
    assert check_facts(sample.facts, trace).passed

    def shift(curves):
        first = {**curves[0], "points": [[x, y + 0.7] for x, y in curves[0]["points"]]}
        return [first, *curves[1:]]

    bad = check_facts(_moved(sample.facts, "curves", shift), trace)
    assert any(r.startswith("curve_missing") for r in bad.reasons), bad.reasons


def test_curve_style_is_checked(renderer):
    sample, trace = rendered(renderer, "rational_asymptotes", 0)
    restyled = [
        {**c, "style": "solid"} if c["style"] == "dashed" else c for c in sample.facts["curves"]
    ]
    bad = check_facts({**sample.facts, "curves": restyled}, trace)
    assert any(r.startswith("curve_style") for r in bad.reasons), bad.reasons


def test_marks_regions_and_vectors_are_checked(renderer):
    sample, trace = rendered(renderer, "function_intersections", 2)
    bad = check_facts(_moved(sample.facts, "marks", lambda m: [[x + 1, y] for x, y in m]), trace)
    assert any(r.startswith("mark_missing") for r in bad.reasons)

    sample, trace = rendered(renderer, "parabola_area", 3)
    assert check_facts(sample.facts, trace).passed
    bigger = [{**r, "area": r["area"] * 1.1} for r in sample.facts["regions"]]
    bad = check_facts({**sample.facts, "regions": bigger}, trace)
    assert any(r.startswith("region_area") for r in bad.reasons), bad.reasons
    wider = [{**r, "x": [r["x"][0] - 1, r["x"][1]]} for r in sample.facts["regions"]]
    bad = check_facts({**sample.facts, "regions": wider}, trace)
    assert any(r.startswith("region_missing") for r in bad.reasons), bad.reasons

    sample, trace = rendered(renderer, "vector_addition", 4)
    longer = [{**v, "end": [v["end"][0] + 1, v["end"][1]]} for v in sample.facts["vectors"]]
    bad = check_facts({**sample.facts, "vectors": longer}, trace)
    assert sum(r.startswith("vector_missing") for r in bad.reasons) == 3, bad.reasons


def test_polar_curve_facts_are_in_theta_r_coordinates(renderer):
    sample, trace = rendered(renderer, "polar_curve", 0)
    assert any(a.projection == "polar" for a in trace.axes)
    assert check_facts(sample.facts, trace).passed
    bigger = [
        {**c, "points": [[t, r * 1.2] for t, r in c["points"]]} for c in sample.facts["curves"]
    ]
    assert not check_facts({**sample.facts, "curves": bigger}, trace).passed


# --- drawn data agrees with the mathematics -------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_intersection_points_lie_on_both_drawn_functions(seed):
    sample = REGISTRY["function_intersections"].sample(seed)
    f, g = numpy_function(sample.code, "f"), numpy_function(sample.code, "g")
    roots = sign_roots(lambda x: f(x) - g(x), -30, 30)
    pts = sorted(sample.facts["points"].values())
    assert np.allclose(roots, [p[0] for p in pts], atol=1e-6)


@pytest.mark.parametrize("seed", range(6))
def test_conic_fit_of_the_drawn_points_gives_the_declared_foci(seed):
    sample = REGISTRY["conic_foci"].sample(seed)
    pts = np.concatenate(
        [np.asarray(c["points"]) for c in sample.facts["curves"] if c["style"] == "solid"]
    )
    fit = fit_axis_conic(pts)
    centre = np.mean(list(sample.facts["points"].values()), axis=0)
    assert np.allclose([fit["h"], fit["k"]], centre, atol=1e-3)


def test_polynomial_code_is_what_numpy_evaluates():
    code = f"def f(x):\n    return {poly_code([0.5, -2, 3])}\n"
    f = numpy_function(code, "f")
    assert np.allclose(f(np.array([0.0, 2.0, 4.0])), [3.0, 1.0, 3.0])
    const = numpy_function(f"def g(x):\n    return {poly_code([0, 4])}\n", "g")
    assert const(np.zeros(3)).shape == (3,)


# --- captions ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ANALYTIC)
def test_captions_are_grounded_and_leak_no_answer(renderer, name):
    for seed in range(3):
        sample, trace = rendered(renderer, name, seed)
        caption = grounded_caption(sample, trace)
        for title in [a.title for a in trace.axes if a.title]:
            assert f"“{title}”" in caption
        for point in sample.facts.get("points", {}):
            assert re.search(rf"(?<![A-Za-z]){re.escape(point)}(?![A-Za-z0-9'])", caption)
        unquoted = re.sub(r"“[^”]*”", " ", caption)
        assert not leaks(unquoted, answer_labels(sample)), (seed, caption)
        for qa in sample.qa:
            if qa.answer.startswith(("(", "x =", "y =")):
                assert qa.answer not in unquoted, (seed, caption, qa)


def test_caption_names_the_window_and_the_shaded_interval(renderer):
    sample, trace = rendered(renderer, "parabola_area", 2)
    caption = caption_sample(sample, trace, np.random.default_rng(0))
    a, b = sample.facts["regions"][0]["x"]
    assert "graph of a parabola with a shaded region" in caption
    assert re.search(rf"\b{a}\b.*\b{b}\b", caption), caption


def test_captions_vary_their_wording(renderer):
    openings = set()
    for seed in range(6):
        sample, trace = rendered(renderer, "vector_addition", seed)
        caption = caption_sample(sample, trace, np.random.default_rng(seed))
        openings.add(caption.split(".")[0])
    assert len(openings) >= 3, openings
