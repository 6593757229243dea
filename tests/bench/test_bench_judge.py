"""Judges on: the paper's columns from a scripted judge server, re-asks and judge outages."""

from __future__ import annotations

import json

import pytest
from scripts import by_image, fenced
from support.render import inprocess_renderer, test_scorer
from support.replay_server import ReplayServer, SeenRequest, image_urls, status

from codepercept.bench import (
    EvalConfig,
    EvalRun,
    Outcome,
    format_table,
    load_benchmark,
    read_results,
)
from codepercept.bench.judging import make_judge

A1, P9, S30, S37 = (
    "analytic_geometry/image1",
    "plane_geometry/image9",
    "statistics/image30",
    "statistics/image37",
)


def judge_script(req: SeenRequest) -> str:
    """Image judge (two images) says 80, code judge says 60 (after one unreadable reply)."""
    msgs = req.body["messages"]
    if image_urls(req.body):
        return "The reproduction matches well.\n**Score: 80/100**"
    if len(msgs) == 1:
        return "The code is close but the colours differ."  # no score: the judge re-asks
    return "Final score: 60"


def run_with_judge(bench, model_server, judge_server, out, resume=False, **kw):
    config = EvalConfig(
        endpoint=model_server.url,
        model="replay-vlm",
        judge_endpoint=judge_server.url,
        judge_model="replay-judge",
        render_workers=1,
        timeout_s=5.0,
        **kw,
    )
    run = EvalRun(
        load_benchmark(bench),
        out,
        config,
        renderer=inprocess_renderer(),
        scorer=test_scorer(),
        judge=make_judge(config, out),
        progress=False,
        resume=resume,
    )
    run.client.backoff_s = 0.01
    run.judge.judge.client.backoff_s = 0.01
    return run


def test_paper_columns(dynamath_bench, reference_codes, replay_server, tmp_path):
    replies = {k: fenced(v) for k, v in reference_codes.items() if k not in (P9, S30)}
    replay_server.set_script(by_image(dynamath_bench, replies | {S30: "no code"}))
    with ReplayServer(judge_script) as judge_server:
        out = tmp_path / "run"
        summary = run_with_judge(dynamath_bench, replay_server, judge_server, out).run()
        n_judge_requests = len(judge_server.seen())
        # a resumed run sends nothing to either server
        n_model = len(replay_server.seen())
        run_with_judge(dynamath_bench, replay_server, judge_server, out, resume=True).run()
        assert len(judge_server.seen()) == n_judge_requests
        assert len(replay_server.seen()) == n_model
    results = read_results(out / "results.jsonl")
    assert results[A1].judge == {"image_score": 80.0, "code_score": 60.0}
    assert results[S30].judge == {} and results[P9].outcome is Outcome.NO_CODE
    # 4 executed items judged: 4 image requests + 4 x (code request + one re-ask)
    assert n_judge_requests == 4 + 8
    j = summary.overall.judge
    assert j["image_score"] == pytest.approx(80 * 4 / 6)
    assert j["code_score"] == pytest.approx(60 * 4 / 6)
    assert j["exec_rate"] == pytest.approx(100 * 4 / 6)
    assert j["avg"] == pytest.approx(70 * 4 / 6)
    assert j["mean3"] == pytest.approx((80 + 60 + 100) * 4 / 6 / 3)
    assert summary.categories["statistics"].judge["image_score"] == pytest.approx(40.0)
    table = format_table(summary)
    assert "Image" in table and "Mean3" in table
    saved = json.loads((out / "summary.json").read_text())
    assert saved["overall"]["judge"]["avg"] == pytest.approx(j["avg"])
    assert (out / "judge-cache").is_dir()


def test_judge_outage_is_retried_on_resume(
    dynamath_bench, reference_codes, replay_server, tmp_path
):
    replay_server.set_script(
        by_image(dynamath_bench, {k: fenced(v) for k, v in reference_codes.items()})
    )
    out = tmp_path / "run"
    with ReplayServer(lambda req: status(503)) as judge_server:
        summary = run_with_judge(
            dynamath_bench, replay_server, judge_server, out, max_retries=1
        ).run()
    results = read_results(out / "results.jsonl")
    assert {r.outcome for r in results.values()} == {Outcome.REQUEST_FAILED}
    assert all(r.error.startswith("judge:") for r in results.values())
    assert summary.n_pending == 6
    n_model = len(replay_server.seen())
    with ReplayServer(judge_script) as judge_server:
        summary = run_with_judge(
            dynamath_bench, replay_server, judge_server, out, resume=True, max_retries=1
        ).run()
        assert len(judge_server.seen()) == 6 * 3  # image + code + re-ask per item
    assert len(replay_server.seen()) == n_model  # model replies came from the cache
    assert summary.complete and summary.overall.judge["image_score"] == pytest.approx(80.0)
