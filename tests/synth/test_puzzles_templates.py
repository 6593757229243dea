"""The puzzles family: facts match the drawing, verifiers recompute every answer from the
drawn data and catch wrong ones, captions state the givens without stating answers."""

from __future__ import annotations

import math

import numpy as np
import pytest
from support.captions import grounded_caption, rendered
from support.verify import assert_catches_each_wrong_answer

from codepercept.grounding import check_facts
from codepercept.synth import REGISTRY
from codepercept.synth.families.puzzles import verify_counting as vc
from codepercept.synth.families.puzzles import verify_dials as vd
from codepercept.synth.families.puzzles import verify_patterns as vp
from codepercept.synth.families.puzzles import verify_sequences as vs
from codepercept.synth.families.puzzles import verify_symmetry as vsym

PUZZLES = sorted(n for n in REGISTRY.names() if REGISTRY[n].family == "puzzles")


def test_the_family_has_at_least_eight_templates():
    assert len(PUZZLES) >= 8


def _wrong(sample, qa) -> str:
    a = qa.answer
    if ":" in a:  # a time: one minute later
        h, m = (int(x) for x in a.split(":"))
        return f"{h}:{(m + 1) % 60:02d}"
    if a in ("A", "B", "C", "D"):
        return "A" if a != "A" else "B"
    return str(float(a) + 1) if "." in a else str(int(a) + 1)


@pytest.mark.parametrize("name", PUZZLES)
def test_verifiers_catch_each_corrupted_answer(name):
    assert_catches_each_wrong_answer(REGISTRY[name], _wrong, seeds=range(8))


def test_clock_is_read_back_from_the_drawn_hands():
    t = REGISTRY["clock_time"]
    for seed in range(12):
        s = t.sample(seed)
        h, m, angle = vd.read_clock(s)
        assert (h, m) == (s.params["hour"], s.params["minute"])
        d = abs(30 * (h % 12) - 5.5 * m) % 360
        assert math.isclose(angle, min(d, 360 - d), abs_tol=1e-6)


def test_hands_and_panels_are_checked_against_the_trace(renderer):
    clock = REGISTRY["clock_time"].sample(3)
    trace = renderer.render(clock.code).trace
    assert check_facts(clock.facts, trace).passed
    turned = [dict(h) for h in clock.facts["dial_hands"]]
    turned[1]["angle"] += 30  # the minute hand five minutes on
    reasons = check_facts({**clock.facts, "dial_hands": turned}, trace).reasons
    assert any("missing_hand" in r for r in reasons)
    dots = REGISTRY["dot_sequence"].sample(2)
    trace = renderer.render(dots.code).trace
    assert check_facts(dots.facts, trace).passed
    panels = [dict(p) for p in dots.facts["panels"]]
    panels[-1]["markers"] += 1
    reasons = check_facts({**dots.facts, "panels": panels}, trace).reasons
    assert any("panel_count" in r for r in reasons)


def test_brute_force_counters_on_known_figures():
    seg = lambda a, b: (np.array(a, float), np.array(b, float))  # noqa: E731
    # a triangle with one cevian from the apex: 3 triangles
    tri = [seg((0, 2), (-2, 0)), seg((0, 2), (2, 0)), seg((-2, 0), (2, 0)), seg((0, 2), (0, 0))]
    assert vc.count_triangles(tri) == 3
    # a 2 x 2 grid of unit squares: 9 rectangles, 5 squares
    grid = [seg((x, 0), (x, 2)) for x in (0, 1, 2)] + [seg((0, y), (2, y)) for y in (0, 1, 2)]
    assert vc.count_rectangles(grid, squares=False) == 9
    assert vc.count_rectangles(grid, squares=True) == 5
    assert vs.extend([1, 4, 9, 16], 6) == [1, 4, 9, 16, 25, 36]
    assert vs.extend([2, 5, 8], 5) == [2, 5, 8, 11, 14]
    square = np.array([(1, 1), (-1, 1), (-1, -1), (1, -1)], float)
    assert vsym.symmetries(square) == (4, 4)
    rect = np.array([(2, 1), (-2, 1), (-2, -1), (2, -1)], float)
    assert vsym.symmetries(rect) == (2, 2)
    assert vp.matrix_answers([[2, 3, 5], [4, 2, 6]], [6, 2, 0], 2) == {8}
    assert vp.shapes_answers([[1, 2, 3], [2, 2, 2]], [6, 6], [4, 4, 1], 3) == {9}
    lo_shu = [[2, 7, 6], [9, None, 1], [None, 3, None]]
    assert vp.magic_answers(lo_shu, (2, 0)) == {4}
    # two givens fix no line: no completion, so the generator would draw again
    assert vp.magic_answers([[2, None, None], [None, None, None], [None, None, 8]], (0, 1)) == set()


def test_symmetry_counts_match_the_shape_names():
    expected = {"rectangle": (2, 2), "parallelogram": (0, 2), "kite": (1, 1), "plus_sign": (4, 4)}
    seen = set()
    for seed in range(80):
        s = REGISTRY["symmetry_count"].sample(seed)
        name = s.params["shape"]
        (line,) = s.facts["polylines"]
        got = vsym.symmetries(np.asarray(line[:-1], float))
        if name in expected:
            assert got == expected[name], (seed, name, got)
            seen.add(name)
        elif name == "regular_polygon":
            assert got == (s.params["sides"], s.params["sides"])
    assert seen == set(expected)


@pytest.mark.parametrize("name", PUZZLES)
def test_captions_pass_the_claim_checker_and_hide_answers(renderer, name):
    for seed in range(3):
        s, trace = rendered(renderer, name, seed)
        cap = grounded_caption(s, trace)
        for qa in s.qa:
            if ":" in qa.answer:
                assert qa.answer not in cap
        extra = s.facts.get("extra", {})
        if extra.get("puzzle") == "number_matrix":  # every given number, row by row
            for row in extra["grid"]:
                assert ", ".join("?" if v is None else str(v) for v in row) in cap
        if extra.get("puzzle") == "magic_square":
            assert cap.count("blank") == sum(v is None for r in extra["grid"] for v in r) - 1
        if "panels" in s.facts:
            assert all(str(p["markers"]) in cap for p in s.facts["panels"])
