"""Structural score on hand-built traces: identity, graded perturbations, edge cases."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from score_helpers import (
    BLUE,
    ORANGE,
    RED,
    axes,
    line,
    marker,
    moved,
    polygon,
    scene,
    text,
    trace,
)

from codepercept.score import SUB_NAMES, ScoreConfig, structural_parts, structural_score
from codepercept.trace.schema import ElementKind


def _subs(a, b, cfg=None):
    sub, _ = structural_parts(a, b, cfg)
    return sub


def test_identical_traces_score_100_everywhere():
    t = trace(scene())
    sub = _subs(t, t)
    assert set(sub) == set(SUB_NAMES)
    assert all(v == pytest.approx(1.0, abs=1e-4) for v in sub.values()), sub
    assert structural_score(t, t) == pytest.approx(100.0, abs=0.01)


def test_draw_order_of_unrelated_elements_does_not_matter():
    els = scene()
    shuffled = [els[i] for i in (3, 0, 2, 1, 6, 5, 4, 10, 9, 8, 7)]
    # No overlapping pair changes relative order here except those we keep in order.
    a, b = trace(els), trace(shuffled)
    sub = _subs(a, b)
    for k in ("count", "position", "color", "text", "style", "layout"):
        assert sub[k] == pytest.approx(1.0, abs=1e-4), k


def test_closed_line_equals_polygon_outline():
    pts = [(0.2, 0.2), (0.8, 0.2), (0.4, 0.75), (0.2, 0.2)]
    a = trace([line(pts, closed=True), text("A", (0.17, 0.15))])
    b = trace([polygon(pts[:3], closed=True), text("A", (0.17, 0.15))])
    assert structural_score(a, b) >= 99.0


def _move_all(els, frac):
    # Move the content shapes and markers (not the labels) diagonally by ``frac``.
    d = frac / math.sqrt(2)
    return [moved(e, d, d) if e.kind is not ElementKind.TEXT else e for e in els]


def test_moving_points_lowers_position_monotonically_and_most():
    base = trace(scene())
    prev_struct, prev_pos = 100.0, 1.0
    for frac in (0.01, 0.05, 0.2):
        cand = trace(_move_all(scene(), frac))
        sub = _subs(base, cand)
        s = structural_score(base, cand)
        assert s < prev_struct and sub["position"] < prev_pos, frac
        drops = {k: 1.0 - v for k, v in sub.items()}
        assert max(drops, key=drops.get) == "position", (frac, sub)
        prev_struct, prev_pos = s, sub["position"]


def test_dropping_elements_lowers_count_monotonically_and_most():
    els = scene()
    base = trace(els)
    prev = 100.0
    shapes = [0, 1, 2, 3, 4, 5, 6]  # non-text elements
    for n_drop in (1, 3, len(shapes)):
        keep = [e for i, e in enumerate(els) if i not in shapes[-n_drop:]]
        sub = _subs(base, trace(keep))
        s = structural_score(base, trace(keep))
        assert s < prev, n_drop
        drops = {k: 1.0 - v for k, v in sub.items()}
        assert drops["count"] >= max(drops.values()) - 1e-12, (n_drop, sub)
        prev = s
    empty = trace([])
    assert structural_score(base, empty) == 0.0
    assert structural_score(base, empty) < prev


def test_recolouring_moves_colour_most():
    els = scene()
    recoloured = list(els)
    recoloured[1] = replace(els[1], stroke=BLUE)
    recoloured[2] = replace(els[2], stroke=ORANGE)
    sub = _subs(trace(els), trace(recoloured))
    drops = {k: 1.0 - v for k, v in sub.items()}
    assert max(drops, key=drops.get) == "color", sub
    assert sub["color"] < 0.9


def test_changed_label_moves_text_most():
    els = scene()
    changed = list(els)
    changed[9] = replace(els[9], text="D")
    changed[10] = replace(els[10], text="Triangle XYZ")
    sub = _subs(trace(els), trace(changed))
    drops = {k: 1.0 - v for k, v in sub.items()}
    assert max(drops, key=drops.get) == "text", sub
    assert sub["text"] < 0.9


def test_swapped_zorder_moves_zorder_most():
    fill = polygon([(0.2, 0.2), (0.8, 0.2), (0.5, 0.8)], fill=(1.0, 0.8, 0.8, 1.0), stroke=None)
    cross = line([(0.1, 0.5), (0.9, 0.5)], stroke=RED, lw=2.0)
    label = text("P", (0.05, 0.9))
    a = trace([fill, cross, label])
    b = trace([cross, fill, label])
    sub = _subs(a, b)
    assert sub["zorder"] == 0.0
    others = {k: v for k, v in sub.items() if k != "zorder"}
    assert min(others.values()) > 0.99


def test_style_changes_move_style():
    els = scene()
    styled = list(els)
    styled[1] = replace(els[1], linestyle="solid", linewidth=3.0)
    styled[0] = replace(els[0], hatch="//")
    sub = _subs(trace(els), trace(styled))
    drops = {k: 1.0 - v for k, v in sub.items()}
    assert max(drops, key=drops.get) == "style", sub


def test_layout_sees_limits_axes_count_and_aspect():
    t = trace(scene())
    limits = trace(scene(), [axes(xlim=(0.0, 20.0))])
    two = trace(scene(), [axes(), axes(index=1, bbox_fig=(0.5, 0.1, 0.9, 0.5))])
    aspect = trace(scene(), [axes(aspect="equal")])
    polar = trace(scene(), [axes(projection="polar")])
    for other in (limits, two, aspect, polar):
        sub = _subs(t, other)
        assert sub["layout"] < 0.97
        assert all(sub[k] == pytest.approx(1.0, abs=1e-4) for k in SUB_NAMES if k != "layout")


def test_empty_figures():
    empty = trace([])
    no_axes = trace([], [])
    assert structural_score(empty, empty) == pytest.approx(100.0)
    assert structural_score(no_axes, no_axes) == pytest.approx(100.0)
    assert structural_score(trace(scene()), empty) == 0.0
    assert structural_score(empty, trace(scene())) == 0.0
    for a, b in ((empty, no_axes), (no_axes, trace(scene()))):
        sub = _subs(a, b)
        assert all(0.0 <= v <= 1.0 and not math.isnan(v) for v in sub.values())


def test_thousands_of_markers_identical_and_perturbed():
    rng = np.random.default_rng(0)
    pts = rng.uniform(0.1, 0.9, size=(2500, 2))
    base = [marker(tuple(p)) for p in pts] + [text("scatter", (0.4, 0.92))]
    a = trace(base)
    sub, details = structural_parts(a, a)
    assert details["approximate_matching"] is True
    assert all(v == pytest.approx(1.0, abs=1e-4) for v in sub.values()), sub
    jitter = [moved(e, 0.01, 0.0) if i % 2 else e for i, e in enumerate(base[:-1])] + base[-1:]
    half = trace(base[:1250] + base[-1:])
    s_jit = structural_score(a, trace(jitter))
    s_half = structural_score(a, half)
    assert 0.0 < s_half < s_jit < 100.0
    # Duplicated points: greedy matching must still find every identical twin.
    dup = trace([marker((0.5, 0.5)) for _ in range(700)])
    assert structural_score(dup, dup) == pytest.approx(100.0, abs=0.01)


def test_exact_and_greedy_matching_agree_on_identity():
    rng = np.random.default_rng(1)
    els = [
        line([tuple(p), tuple(p + rng.uniform(-0.05, 0.05, 2))], stroke=BLUE)
        for p in rng.uniform(0.1, 0.9, size=(400, 2))
    ]
    t = trace(els)
    exact = structural_score(t, t, ScoreConfig(exact_match_limit=1000))
    greedy = structural_score(t, t, ScoreConfig(exact_match_limit=50))
    assert exact == pytest.approx(100.0, abs=0.01) and greedy == pytest.approx(100.0, abs=0.01)


def test_tick_labels_excluded_by_default():
    from codepercept.trace.schema import Role

    ticks_a = [text(str(k), (0.1 + 0.1 * k, 0.05), role=Role.TICK_LABEL) for k in range(8)]
    ticks_b = [text(str(k + 1), (0.1 + 0.1 * k, 0.05), role=Role.TICK_LABEL) for k in range(8)]
    a, b = trace(scene() + ticks_a), trace(scene() + ticks_b)
    assert structural_score(a, b) == pytest.approx(100.0, abs=0.01)
    assert structural_score(a, b, ScoreConfig(include_ticks=True)) < 99.0


def test_scores_are_bounded_for_random_pairs():
    rng = np.random.default_rng(2)
    for _ in range(20):
        els = []
        for _ in range(int(rng.integers(0, 30))):
            p = rng.uniform(-0.5, 1.5, size=(int(rng.integers(1, 6)), 2))
            kind = rng.integers(0, 3)
            if kind == 0:
                els.append(line([tuple(x) for x in p], stroke=tuple(rng.uniform(0, 1, 4))))
            elif kind == 1:
                els.append(marker(tuple(p[0]), size=float(rng.uniform(0, 20))))
            else:
                els.append(text("".join(rng.choice(list("ab c"), 5)), tuple(p[0])))
        a = trace(els)
        b = trace(els[: len(els) // 2])
        for x, y in ((a, b), (b, a), (a, a)):
            sub = _subs(x, y)
            s = structural_score(x, y)
            assert 0.0 <= s <= 100.0
            assert all(0.0 <= v <= 1.0 and math.isfinite(v) for v in sub.values())
