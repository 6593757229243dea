"""Accuracy, Wilson intervals and the per-subject summary: pure functions."""

from __future__ import annotations

import pytest

from codepercept.perception import summarize, wilson_interval


@pytest.mark.parametrize(
    "k, n, low, high",  # reference values: Wilson (1927) score interval, z = 1.95996
    [
        (8, 10, 0.4902, 0.9433),
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (50, 100, 0.4038, 0.5962),
    ],
)
def test_wilson_interval(k, n, low, high):
    lo, hi = wilson_interval(k, n)
    assert lo == pytest.approx(low, abs=1e-4) and hi == pytest.approx(high, abs=1e-4)


def test_wilson_edges():
    assert wilson_interval(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError):
        wilson_interval(3, 2)


def test_summary_counts_every_item():
    items = [("a", "geo"), ("b", "geo"), ("c", "alg"), ("d", "alg"), ("e", "alg")]
    records = {
        "a": {"outcome": "answered", "correct": True},
        "b": {"outcome": "no_answer", "correct": False},
        "c": {"outcome": "answered", "correct": True},
        "d": {"outcome": "request_failed", "correct": False},
    }
    s = summarize(items, records)
    assert (s.overall.n, s.overall.n_finished, s.overall.n_correct) == (5, 3, 2)
    assert s.overall.accuracy == pytest.approx(40.0) and s.n_pending == 2 and not s.complete
    assert s.subjects["geo"].accuracy == 50.0 and s.subjects["alg"].n_correct == 1
    assert s.outcomes == {"answered": 2, "no_answer": 1, "request_failed": 1}
    assert s.overall.ci_low < 40.0 < s.overall.ci_high
