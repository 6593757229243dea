"""Summary arithmetic: denominators, failures as 0, reference failures, paper columns."""

from __future__ import annotations

import json

import pytest

from codepercept.bench import ItemResult, Outcome, ResultsLog, format_table, read_results, summarize


def ok(i, cat, overall, judge=None):
    scores = {"overall": overall, "visual": overall, "structural": overall}
    return ItemResult(i, cat, Outcome.OK, executed=True, scores=scores, judge=judge or {})


def test_exec_rate_divides_by_full_benchmark_and_category():
    items = [("a", "x"), ("b", "x"), ("c", "x"), ("d", "y"), ("e", "y")]
    results = {
        "a": ok("a", "x", 80.0),
        "b": ItemResult("b", "x", Outcome.EXEC_FAILED, render_status="error"),
        "d": ItemResult("d", "y", Outcome.REQUEST_FAILED, error="HTTP 500"),
        # c and e were never run
    }
    s = summarize(items, results)
    assert s.overall.exec_rate == pytest.approx(20.0)  # 1 of 5, not 1 of 2 finished
    assert s.overall.det["overall"] == pytest.approx(16.0)  # 80 / 5
    assert s.overall.det_executed["overall"] == pytest.approx(80.0)
    assert s.categories["x"].exec_rate == pytest.approx(100 / 3)
    assert s.categories["y"].exec_rate == 0.0 and s.categories["y"].n == 2
    assert s.n_pending == 3 and not s.complete  # c, e, and the failed request d
    assert s.outcomes == {"ok": 1, "exec_failed": 1, "request_failed": 1}
    assert s.overall.judge == {}


def test_reference_failures_leave_score_means_but_not_exec_rate():
    items = [("a", "x"), ("b", "x"), ("c", "x")]
    results = {
        "a": ok("a", "x", 50.0),
        "b": ItemResult("b", "x", Outcome.REF_FAILED, executed=True),
        "c": ItemResult("c", "x", Outcome.SCORE_FAILED, executed=True, error="ScoreError: x"),
    }
    s = summarize(items, results)
    assert s.overall.exec_rate == 100.0
    assert s.overall.n_scorable == 1 and s.overall.det["overall"] == pytest.approx(50.0)


def test_paper_columns_with_judges():
    items = [("a", "x"), ("b", "x"), ("c", "x"), ("d", "x")]
    results = {
        "a": ok("a", "x", 90.0, {"image_score": 80.0, "code_score": 60.0}),
        "b": ok("b", "x", 70.0, {"image_score": 40.0, "code_score": 20.0}),
        "c": ItemResult("c", "x", Outcome.NO_CODE),
        "d": ItemResult("d", "x", Outcome.EXEC_FAILED),
    }
    j = summarize(items, results).overall.judge
    assert j["image_score"] == pytest.approx(30.0)  # (80 + 40) / 4
    assert j["code_score"] == pytest.approx(20.0)
    assert j["exec_rate"] == pytest.approx(50.0)
    assert j["avg"] == pytest.approx(25.0)
    assert j["mean3"] == pytest.approx((30 + 20 + 50) / 3)
    table = format_table(summarize(items, results))
    assert "Image" in table and "Mean3" in table and table.splitlines()[-2].startswith("ALL")


def test_results_log_roundtrip_and_torn_line(tmp_path):
    path = tmp_path / "results.jsonl"
    with ResultsLog(path) as log:
        log.append(ok("a", "x", 0.5))
        log.append(ItemResult("b", "x", Outcome.REQUEST_FAILED, error="down"))
        log.append(ok("b", "x", 0.7))  # a retry on resume: the last line wins
    with path.open("ab") as f:
        f.write(b'{"id": "c", "outcome": "ok", "sco')  # kill -9 mid-write
    results = read_results(path)
    assert set(results) == {"a", "b"} and results["b"].outcome is Outcome.OK
    with ResultsLog(path) as log:  # reopening cuts the torn tail before appending
        log.append(ok("c", "x", 0.1))
    lines = path.read_text().splitlines()
    assert len(lines) == 4 and all(json.loads(x) for x in lines)
    assert read_results(path)["c"].scores["overall"] == 0.1
