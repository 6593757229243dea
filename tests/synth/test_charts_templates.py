"""Chart templates (bars, pies, box plots, histograms, scatter fits, line charts, tables):
the drawn values are facts the trace confirms (bar boxes, wedge angles, box statistics,
markers, table cells) and a figure that draws other values fails them; verifiers recompute
answers from the drawn or raw data and catch wrong ones; captions state the chart's title,
categories, series and written values, pass the claim checker and never name an answer."""

from __future__ import annotations

import re

import numpy as np
import pytest
from support.captions import grounded_caption, rendered
from support.plot_answers import wrong_answer
from support.verify import assert_catches_each_wrong_answer

from codepercept.grounding import caption_sample, check_facts
from codepercept.grounding.describe import answer_labels, leaks
from codepercept.synth.families.charts.stats import quartile
from codepercept.synth.kit import code_literal
from codepercept.synth.template import REGISTRY

CHARTS = sorted(n for n, t in REGISTRY.items() if t.family == "charts")


def test_the_family_has_its_templates():
    assert len(CHARTS) >= 8, CHARTS  # each with a verifier: the contract test checks that


@pytest.mark.parametrize("name", CHARTS)
def test_verifier_catches_each_wrong_answer(name):
    assert_catches_each_wrong_answer(REGISTRY[name], wrong_answer, seeds=range(8))


# --- drawn values are facts the trace confirms ------------------------------------------


@pytest.mark.parametrize("seed", range(3))
def test_bar_heights_are_the_values_in_the_code(renderer, seed):
    sample, trace = rendered(renderer, "bar_chart", seed)
    values = code_literal(sample.code, "values")
    horizontal = sample.facts["extra"]["horizontal"]
    drawn = [(b[2] - b[0]) if horizontal else (b[3] - b[1]) for b in sample.facts["bars"]]
    assert drawn == values
    assert check_facts(sample.facts, trace).passed
    taller = [[x0, y0, x1, y1 + 1] for x0, y0, x1, y1 in sample.facts["bars"]]
    if horizontal:
        taller = [[x0, y0, x1 + 1, y1] for x0, y0, x1, y1 in sample.facts["bars"]]
    bad = check_facts({**sample.facts, "bars": taller}, trace)
    assert sum(r.startswith("bar_missing") for r in bad.reasons) == len(values), bad.reasons


def test_stacked_segments_sit_on_each_other(renderer):
    sample, trace = rendered(renderer, "stacked_bar_chart", 1)
    assert check_facts(sample.facts, trace).passed
    by_x: dict[float, list[list[float]]] = {}
    for b in sample.facts["bars"]:
        by_x.setdefault(b[0], []).append(b)
    for column in by_x.values():
        column.sort(key=lambda b: b[1])
        assert column[0][1] == 0
        assert all(lo[3] == hi[1] for lo, hi in zip(column, column[1:], strict=False))


def test_pie_wedges_follow_the_shares(renderer):
    for seed in range(4):
        sample, trace = rendered(renderer, "pie_chart", seed)
        values = code_literal(sample.code, "values")
        sweeps = [t2 - t1 for t1, t2 in sample.facts["wedges"]]
        assert np.allclose(sweeps, [360 * v / sum(values) for v in values], atol=0.01)
        assert check_facts(sample.facts, trace).passed
    turned = [[t1 + 5, t2 + 5] for t1, t2 in sample.facts["wedges"]]
    bad = check_facts({**sample.facts, "wedges": turned}, trace)
    assert any(r.startswith("wedge_missing") for r in bad.reasons), bad.reasons


def test_box_statistics_match_the_raw_data_and_the_drawing(renderer):
    for seed in range(4):
        sample, trace = rendered(renderer, "box_plot", seed)
        for box, data in zip(sample.facts["boxes"], code_literal(sample.code, "data"), strict=True):
            s = sorted(data)
            assert box["med"] == pytest.approx(quartile(s, 0.5))
            assert box["q1"] == pytest.approx(quartile(s, 0.25))
            assert s[0] <= box["whislo"] <= box["q1"] <= box["q3"] <= box["whishi"] <= s[-1]
        assert check_facts(sample.facts, trace).passed
    higher = [{**b, "med": b["med"] + 1} for b in sample.facts["boxes"]]
    bad = check_facts({**sample.facts, "boxes": higher}, trace)
    assert any("median" in r for r in bad.reasons), bad.reasons


def test_histogram_bars_count_the_raw_values(renderer):
    sample, trace = rendered(renderer, "histogram", 2)
    data, edges = code_literal(sample.code, "data"), code_literal(sample.code, "bins")
    for x0, _, x1, h in sample.facts["bars"]:
        assert h == sum(x0 <= v < x1 or (x1 == edges[-1] and v == x1) for v in data)
    assert check_facts(sample.facts, trace).passed


def test_scatter_markers_and_fitted_line_are_checked(renderer):
    sample, trace = rendered(renderer, "scatter_fit", 3)
    assert check_facts(sample.facts, trace).passed
    moved = [[x, y + 5] for x, y in sample.facts["marks"]]
    bad = check_facts({**sample.facts, "marks": moved}, trace)
    assert any(r.startswith("mark_missing") for r in bad.reasons)
    tilted = [
        {**c, "points": [[x, y * 1.3] for x, y in c["points"]]} for c in sample.facts["curves"]
    ]
    bad = check_facts({**sample.facts, "curves": tilted}, trace)
    assert any(r.startswith("curve_missing") for r in bad.reasons)


def test_table_cells_are_read_back_row_by_row(renderer):
    sample, trace = rendered(renderer, "table_figure", 0)
    assert check_facts(sample.facts, trace).passed
    rows = sample.facts["table"]
    swapped = [rows[0], rows[2], rows[1], *rows[3:]]
    bad = check_facts({**sample.facts, "table": swapped}, trace)
    assert any(r.startswith("table_mismatch") for r in bad.reasons), bad.reasons


def test_line_chart_points_are_the_series_values(renderer):
    sample, trace = rendered(renderer, "line_chart", 4)
    for curve in sample.facts["curves"]:
        assert [x for x, _ in curve["points"]] == list(range(len(curve["points"])))
    assert check_facts(sample.facts, trace).passed


# --- captions ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", CHARTS)
def test_captions_are_grounded_and_leak_no_answer(renderer, name):
    for seed in range(3):
        sample, trace = rendered(renderer, name, seed)
        caption = grounded_caption(sample, trace)
        assert sample.facts["extra"]["figure"] in caption
        for title in [a.title for a in trace.axes if a.title]:
            assert f"“{title}”" in caption
        unquoted = re.sub(r"“[^”]*”", " ", caption)
        assert not leaks(unquoted, answer_labels(sample)), (seed, caption)


def test_caption_lists_categories_series_and_written_values(renderer):
    for seed in range(6):
        sample, trace = rendered(renderer, "grouped_bar_chart", seed)
        caption = caption_sample(sample, trace, np.random.default_rng(seed))
        for name in [*sample.facts["extra"]["categories"], *sample.facts["extra"]["series"]]:
            assert f"“{name}”" in caption, (name, caption)
    for seed in range(12):
        sample, trace = rendered(renderer, "bar_chart", seed)
        if not sample.facts["extra"]["values_written"]:
            continue
        caption = caption_sample(sample, trace, np.random.default_rng(seed))
        answers = {qa.answer for qa in sample.qa}
        cats = sample.facts["extra"]["categories"]
        for cat, value in zip(cats, sample.facts["extra"]["values_written"], strict=True):
            if value not in answers:
                assert f"{cat} {value}" in caption, caption
